"""Users, their conversation state, and the anonymous question log.

Revision ID: 0001
Revises:
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("external_id", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8)),
        sa.Column("format_language", sa.String(8)),
        sa.Column("consent_at", UTCDateTime()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", UTCDateTime(), nullable=False),
        sa.Column("unreachable_at", UTCDateTime()),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("state_data", sa.JSON(), nullable=False),
        sa.UniqueConstraint("channel", "external_id", name="uq_users_channel_external"),
    )
    op.create_table(
        "question_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("asked_at", UTCDateTime(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("detected_language", sa.String(8)),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("offer_id", sa.String(64)),
        sa.Column("score", sa.Float()),
    )
    op.create_index("ix_question_log_asked_at", "question_log", ["asked_at"])


def downgrade() -> None:
    op.drop_index("ix_question_log_asked_at", "question_log")
    op.drop_table("question_log")
    op.drop_table("users")
