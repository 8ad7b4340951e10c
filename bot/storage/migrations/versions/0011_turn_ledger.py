"""One turn ledger for every channel: processed Telegram updates and WhatsApp message ids move
into ``turn_ledger``, which also holds a WhatsApp message from before its 200 until its turn.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_UNDELIVERED = sa.text("delivered_at IS NULL")


def upgrade() -> None:
    op.create_table(
        "turn_ledger",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("update_id", sa.String(64), nullable=False),
        sa.Column("chat_id", sa.String(64)),
        sa.Column("inbound", sa.JSON()),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("processed_at", UTCDateTime()),
        sa.Column("replies", sa.JSON()),
        sa.Column("delivered_at", UTCDateTime()),
        sa.Column("claimed_by", sa.String(128)),
        sa.Column("claimed_until", UTCDateTime()),
        sa.UniqueConstraint("channel", "update_id", name="uq_turn_ledger_channel_update"),
    )
    op.create_index("ix_turn_ledger_received_at", "turn_ledger", ["received_at"])
    op.create_index(
        "ix_turn_ledger_undelivered",
        "turn_ledger",
        ["channel", "id"],
        sqlite_where=_UNDELIVERED,
        postgresql_where=_UNDELIVERED,
    )
    # What was remembered stays remembered: a redelivery after the upgrade is still recognised.
    op.execute(
        "INSERT INTO turn_ledger"
        " (channel, update_id, received_at, processed_at, replies, delivered_at)"
        " SELECT channel, update_id, processed_at, processed_at, replies, delivered_at"
        " FROM processed_updates"
    )
    op.execute(
        "INSERT INTO turn_ledger (channel, update_id, received_at, processed_at, delivered_at)"
        " SELECT 'whatsapp', wamid_sha256, received_at, received_at, received_at"
        " FROM whatsapp_inbound"
    )
    op.drop_index("ix_processed_updates_processed_at", "processed_updates")
    op.drop_table("processed_updates")
    op.drop_index("ix_whatsapp_inbound_received_at", "whatsapp_inbound")
    op.drop_table("whatsapp_inbound")


def downgrade() -> None:
    op.create_table(
        "whatsapp_inbound",
        sa.Column("wamid_sha256", sa.String(64), primary_key=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_whatsapp_inbound_received_at", "whatsapp_inbound", ["received_at"])
    op.create_table(
        "processed_updates",
        sa.Column("channel", sa.String(16), primary_key=True),
        sa.Column("update_id", sa.String(64), primary_key=True),
        sa.Column("processed_at", UTCDateTime(), nullable=False),
        sa.Column("replies", sa.JSON(), nullable=True),
        sa.Column("delivered_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_processed_updates_processed_at", "processed_updates", ["processed_at"])
    op.execute(
        "INSERT INTO whatsapp_inbound (wamid_sha256, received_at)"
        " SELECT update_id, received_at FROM turn_ledger WHERE channel = 'whatsapp'"
    )
    op.execute(
        "INSERT INTO processed_updates (channel, update_id, processed_at, replies, delivered_at)"
        " SELECT channel, update_id, processed_at, replies, delivered_at FROM turn_ledger"
        " WHERE channel <> 'whatsapp' AND processed_at IS NOT NULL"
    )
    op.drop_index("ix_turn_ledger_undelivered", "turn_ledger")
    op.drop_index("ix_turn_ledger_received_at", "turn_ledger")
    op.drop_table("turn_ledger")
