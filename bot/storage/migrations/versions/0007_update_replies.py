"""A processed update keeps its replies until they are sent: a retry after a crash gets them.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    # Rows from before have neither: they count as delivered, as they were treated until now.
    with op.batch_alter_table("processed_updates") as table:
        table.add_column(sa.Column("replies", sa.JSON(), nullable=True))
        table.add_column(sa.Column("delivered_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("processed_updates") as table:
        table.drop_column("delivered_at")
        table.drop_column("replies")
