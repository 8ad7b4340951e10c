"""WhatsApp: messages taken in, sent messages and their status, held replies, long menus.

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None


def _user_id(*, nullable: bool) -> sa.Column[int]:
    return sa.Column(
        "user_id", sa.Integer(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "whatsapp_inbound",
        sa.Column("wamid_sha256", sa.String(64), primary_key=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_whatsapp_inbound_received_at", "whatsapp_inbound", ["received_at"])
    op.create_table(
        "whatsapp_outbound",
        sa.Column("wamid_sha256", sa.String(64), primary_key=True),
        _user_id(nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_at", UTCDateTime(), nullable=False),
        sa.Column("error_code", sa.Integer()),
    )
    op.create_index("ix_whatsapp_outbound_user_id", "whatsapp_outbound", ["user_id"])
    op.create_index("ix_whatsapp_outbound_sent_at", "whatsapp_outbound", ["sent_at"])
    op.create_table(
        "whatsapp_held",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_id(nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("template", sa.String(512)),
        sa.Column("replies", sa.JSON(), nullable=False),
    )
    op.create_index("ix_whatsapp_held_user_id", "whatsapp_held", ["user_id"])
    op.create_table(
        "whatsapp_menus",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_id(nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=False),
    )
    op.create_index("ix_whatsapp_menus_user_id", "whatsapp_menus", ["user_id"])
    op.create_index("ix_whatsapp_menus_created_at", "whatsapp_menus", ["created_at"])


def downgrade() -> None:
    for table, columns in (
        ("whatsapp_menus", ("created_at", "user_id")),
        ("whatsapp_held", ("user_id",)),
        ("whatsapp_outbound", ("sent_at", "user_id")),
        ("whatsapp_inbound", ("received_at",)),
    ):
        for column in columns:
            op.drop_index(f"ix_{table}_{column}", table)
        op.drop_table(table)
