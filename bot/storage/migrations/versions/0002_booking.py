"""Bookings with database-enforced seats, their outbox of reminders, and staff-blocked slots.

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

ACTIVE = sa.text("cancelled_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("offer_id", sa.String(40), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(40)),
        sa.Column("phone", sa.String(24)),
        sa.Column("interpreter_language", sa.String(8)),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("cancelled_at", UTCDateTime()),
        sa.Column("cancelled_by", sa.String(8)),
    )
    op.create_index("ix_bookings_user_id", "bookings", ["user_id"])
    op.create_index("ix_bookings_starts_at", "bookings", ["starts_at"])
    # Partial unique indexes: only active bookings compete for a seat (SQLite and PostgreSQL).
    op.create_index(
        "uq_bookings_active_seat",
        "bookings",
        ["offer_id", "starts_at", "seat"],
        unique=True,
        sqlite_where=ACTIVE,
        postgresql_where=ACTIVE,
    )
    op.create_index(
        "uq_bookings_active_person",
        "bookings",
        ["user_id", "offer_id", "starts_at"],
        unique=True,
        sqlite_where=ACTIVE,
        postgresql_where=ACTIVE,
    )
    op.create_table(
        "booking_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "booking_id",
            sa.Integer(),
            sa.ForeignKey("bookings.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_at", UTCDateTime()),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(16)),
        sa.Column("finished_at", UTCDateTime()),
    )
    op.create_index("ix_booking_messages_booking_id", "booking_messages", ["booking_id"])
    op.create_index("ix_booking_messages_due_at", "booking_messages", ["due_at"])
    op.create_table(
        "booking_blocks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("offer_id", sa.String(40)),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", UTCDateTime()),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_booking_blocks_day", "booking_blocks", ["day"])


def downgrade() -> None:
    op.drop_table("booking_blocks")
    op.drop_table("booking_messages")
    op.drop_table("bookings")
