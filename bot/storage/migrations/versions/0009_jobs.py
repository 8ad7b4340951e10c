"""Durable jobs (announcements one row per recipient, staff notices) and shared pacing.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_UNFINISHED = sa.text("finished_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "announcements",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("offer_id", sa.String(40), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("name", "digest", name="uq_announcements_name_digest"),
    )
    op.create_index("ix_announcements_created_at", "announcements", ["created_at"])
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("key", sa.String(120), unique=True),
        sa.Column("lane", sa.String(40)),
        sa.Column("batch", sa.String(40)),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE")),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_until", UTCDateTime()),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("finished_at", UTCDateTime()),
        sa.Column("outcome", sa.String(16)),
    )
    op.create_index("ix_jobs_batch", "jobs", ["batch"])
    op.create_index("ix_jobs_user_id", "jobs", ["user_id"])
    op.create_index("ix_jobs_finished_at", "jobs", ["finished_at"])
    for name, columns in (("ix_jobs_unfinished", ["due_at", "id"]),
                          ("ix_jobs_lane_unfinished", ["lane", "id"])):  # fmt: skip
        op.create_index(
            name, "jobs", columns, sqlite_where=_UNFINISHED, postgresql_where=_UNFINISHED
        )
    op.create_table(
        "rate_slots",
        sa.Column("key", sa.String(40), primary_key=True),
        sa.Column("next_at", sa.Float(), nullable=False),
        sa.Column("noticed", sa.Boolean(), nullable=False),
        sa.Column("slot", sa.Float(), nullable=False),
        sa.Column("verdict", sa.String(8), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("rate_slots")
    op.drop_table("jobs")
    op.drop_table("announcements")
