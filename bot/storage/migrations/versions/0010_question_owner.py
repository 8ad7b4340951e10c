"""The question log learns whose question it was (a keyed hash), so erasing finds it.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "privacy_keys",
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("value", sa.String(128), nullable=False),
    )
    with op.batch_alter_table("question_log") as table:
        table.add_column(sa.Column("person_key", sa.String(64), nullable=True))
        table.create_index("ix_question_log_person_key", ["person_key"])


def downgrade() -> None:
    with op.batch_alter_table("question_log") as table:
        table.drop_index("ix_question_log_person_key")
        table.drop_column("person_key")
    op.drop_table("privacy_keys")
