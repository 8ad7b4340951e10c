"""Handover to a mediator: cases, the person's staff topic, the relay outbox, recent questions.

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.models import UTCDateTime

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: Sequence[str] | None = None
depends_on: Sequence[str] | None = None

_OPEN_CASE = sa.text("closed_at IS NULL")
_UNFINISHED = sa.text("finished_at IS NULL")
_HAS_SOURCE = sa.text("source_ref IS NOT NULL")


def _user_id(*, primary_key: bool = False) -> sa.Column[int]:
    return sa.Column(
        "user_id",
        sa.Integer(),
        sa.ForeignKey("users.id", ondelete="CASCADE"),
        nullable=False,
        primary_key=primary_key,
    )


def upgrade() -> None:
    op.create_table(
        "handover_cases",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_id(),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("display_name", sa.String(64)),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_by", sa.String(32)),
        sa.Column("claimed_by_name", sa.String(64)),
        sa.Column("claimed_at", UTCDateTime()),
        sa.Column("card_ref", sa.String(32)),
        sa.Column("closed_at", UTCDateTime()),
        sa.Column("closed_by", sa.String(16)),
    )
    op.create_index("ix_handover_cases_user_id", "handover_cases", ["user_id"])
    op.create_index("ix_handover_cases_opened_at", "handover_cases", ["opened_at"])
    op.create_index("ix_handover_cases_closed_at", "handover_cases", ["closed_at"])
    op.create_index(
        "uq_handover_cases_open_person",
        "handover_cases",
        ["user_id"],
        unique=True,
        sqlite_where=_OPEN_CASE,
        postgresql_where=_OPEN_CASE,
    )
    op.create_table(
        "handover_topics",
        _user_id(primary_key=True),
        sa.Column("thread_id", sa.String(32), nullable=False, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "relay_outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("handover_cases.id", ondelete="CASCADE")),
        sa.Column("lane", sa.String(40), nullable=False),
        sa.Column("to_staff", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source_channel", sa.String(16)),
        sa.Column("source_chat", sa.String(64)),
        sa.Column("source_ref", sa.String(32)),
        sa.Column("media", sa.String(16)),
        sa.Column("text", sa.Text()),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=False),
        sa.Column("claimed_until", UTCDateTime()),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("finished_at", UTCDateTime()),
        sa.Column("outcome", sa.String(16)),
    )
    op.create_index("ix_relay_outbox_case_id", "relay_outbox", ["case_id"])
    op.create_index("ix_relay_outbox_created_at", "relay_outbox", ["created_at"])
    op.create_index(
        "ix_relay_outbox_unfinished",
        "relay_outbox",
        ["lane", "id"],
        sqlite_where=_UNFINISHED,
        postgresql_where=_UNFINISHED,
    )
    op.create_index(
        "uq_relay_outbox_source",
        "relay_outbox",
        ["source_channel", "source_chat", "source_ref"],
        unique=True,
        sqlite_where=_HAS_SOURCE,
        postgresql_where=_HAS_SOURCE,
    )
    op.create_table(
        "recent_questions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_id(),
        sa.Column("asked_at", UTCDateTime(), nullable=False),
        sa.Column("text", sa.String(200), nullable=False),
    )
    op.create_index("ix_recent_questions_user_id", "recent_questions", ["user_id"])
    op.create_index("ix_recent_questions_asked_at", "recent_questions", ["asked_at"])


def downgrade() -> None:
    op.drop_table("recent_questions")
    op.drop_table("relay_outbox")
    op.drop_table("handover_topics")
    op.drop_table("handover_cases")
