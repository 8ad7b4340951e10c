"""The 9-step path: the steps mediators record for a person (``path_steps``).

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "path_steps",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(200)),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(64)),
    )
    op.create_index("ix_path_steps_user_id", "path_steps", ["user_id"])
    op.create_index("ix_path_steps_recorded_at", "path_steps", ["recorded_at"])


def downgrade() -> None:
    op.drop_index("ix_path_steps_recorded_at", table_name="path_steps")
    op.drop_index("ix_path_steps_user_id", table_name="path_steps")
    op.drop_table("path_steps")
