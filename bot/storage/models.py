"""Tables. Store the minimum: no message text tied to a person; names and phone numbers only
where a booking needs them (a first name, a phone number if given), deleted with the person."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on SQLite (naive storage) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime stored; use an aware one")

        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None

        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class User(Base):
    """A person on one channel. ``state`` says where their conversation stands."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("channel", "external_id", name="uq_users_channel_external"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    language: Mapped[str | None] = mapped_column(String(8))
    format_language: Mapped[str | None] = mapped_column(String(8))
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    unreachable_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(32), default="new")
    state_data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class QuestionLog(Base):
    """A free-text question and how it was understood, for the staff's unanswered report.

    It holds no user id on purpose: staff reading it cannot tell who asked. ``person_key``
    (a keyed hash, ``bot/privacy/person_key.py``) lets "Delete my data" find the person's
    questions all the same; it stays meaningless without the key.
    """

    __tablename__ = "question_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_key: Mapped[str | None] = mapped_column(String(64), index=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    language: Mapped[str] = mapped_column(String(8))
    detected_language: Mapped[str | None] = mapped_column(String(8))
    question: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(16))  # answered | asked_back | unknown
    offer_id: Mapped[str | None] = mapped_column(String(64))
    score: Mapped[float | None] = mapped_column()


class PrivacyKey(Base):
    """A random key made once per database (see ``bot/privacy/person_key.py``)."""

    __tablename__ = "privacy_keys"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))


# -- booking (bot/booking) -----------------------------------------------------------------
# A booking holds the minimum: a first name, a phone number only if given, and whether an
# interpreter is needed. Deleting the person deletes their bookings and messages (CASCADE).

_ACTIVE_BOOKING = text("cancelled_at IS NULL")


class Booking(Base):
    """One appointment: a seat in one slot of one offer.

    Two partial unique indexes over the active (not cancelled) bookings make the database,
    not the code, refuse a double booking: one booking per seat of a slot, and one per
    person and slot. A cancelled booking frees its seat and stays for the person's notice.
    """

    __tablename__ = "bookings"
    __table_args__ = (
        Index(
            "uq_bookings_active_seat",
            "offer_id",
            "starts_at",
            "seat",
            unique=True,
            sqlite_where=_ACTIVE_BOOKING,
            postgresql_where=_ACTIVE_BOOKING,
        ),
        Index(
            "uq_bookings_active_person",
            "user_id",
            "offer_id",
            "starts_at",
            unique=True,
            sqlite_where=_ACTIVE_BOOKING,
            postgresql_where=_ACTIVE_BOOKING,
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    offer_id: Mapped[str] = mapped_column(String(40))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    seat: Mapped[int] = mapped_column(Integer)
    first_name: Mapped[str | None] = mapped_column(String(40))
    phone: Mapped[str | None] = mapped_column(String(24))
    interpreter_language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(8))  # person | staff | moved


class BookingMessage(Base):
    """A message about a booking waiting to be sent: a reminder, or a staff cancellation.

    The outbox: written with the booking, claimed by exactly one process (``claimed_at``),
    and finished with an ``outcome`` (sent, late, cancelled, unreachable, failed).
    """

    __tablename__ = "booking_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    booking_id: Mapped[int] = mapped_column(
        ForeignKey("bookings.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # reminder | cancelled
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())  # not sent after this
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(16))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BookingBlock(Base):
    """Slots staff cancelled: a whole day (``starts_at`` None) or one slot; offer None: all."""

    __tablename__ = "booking_blocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    offer_id: Mapped[str | None] = mapped_column(String(40))
    day: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


# -- staff and privacy (bot/staff, bot/privacy) -------------------------------------------


class Subscription(Base):
    """A person asked to hear about changes to one offer: the row is their consent.

    Deleted with the person (CASCADE) and when they tap "no more news".
    """

    __tablename__ = "subscriptions"
    __table_args__ = (UniqueConstraint("user_id", "offer_id", name="uq_subscriptions_user_offer"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    offer_id: Mapped[str] = mapped_column(String(40), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OfferView(Base):
    """How often an offer card was shown, per local day and language: a count, no person."""

    __tablename__ = "offer_views"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    offer_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


# -- WhatsApp (bot/channels/whatsapp*) -----------------------------------------------------
# Meta retries webhooks and answers sends asynchronously; these rows survive restarts and are
# shared by every process. Rows tied to a person are deleted with them (CASCADE).


class WhatsAppOutbound(Base):
    """A message we sent (by the SHA-256 of its wamid) and what became of it: sent, delivered,
    read, failed."""

    __tablename__ = "whatsapp_outbound"

    wamid_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    status: Mapped[str] = mapped_column(String(16))
    status_at: Mapped[datetime] = mapped_column(UTCDateTime())
    error_code: Mapped[int | None] = mapped_column(Integer)


class WhatsAppHeld(Base):
    """Replies that could not go out (24 hours of silence); delivered when the person writes.

    One row per answer, so its messages arrive together as they were meant; ``template``
    names what was sent instead, if anything.
    """

    __tablename__ = "whatsapp_held"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    purpose: Mapped[str] = mapped_column(String(32))
    template: Mapped[str | None] = mapped_column(String(512))
    replies: Mapped[list[Any]] = mapped_column(JSON)


class WhatsAppMenu(Base):
    """Choices beyond one list message (10 rows): the later pages are shown from here."""

    __tablename__ = "whatsapp_menus"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    text: Mapped[str] = mapped_column(Text)
    buttons: Mapped[list[Any]] = mapped_column(JSON)  # [[label, action], ...]


# -- handover to a mediator (bot/handover) --------------------------------------------------
# A case is one request to talk to a person; the person's name (for the staff topic) and their
# last questions are kept only while it is open. Relayed messages wait in the outbox and are
# deleted after RELAY_RETENTION_DAYS. Everything goes with the person (CASCADE).

_OPEN_CASE = text("closed_at IS NULL")
_UNFINISHED = text("finished_at IS NULL")
_HAS_SOURCE = text("source_ref IS NOT NULL")


class HandoverCase(Base):
    """One "talk to a person", from the tap until a mediator or the person ends it.

    The partial unique index lets the database, not the code, refuse a second open case for
    the same person (two quick taps, two workers). ``id`` is the case number staff see.
    """

    __tablename__ = "handover_cases"
    __table_args__ = (
        Index(
            "uq_handover_cases_open_person",
            "user_id",
            unique=True,
            sqlite_where=_OPEN_CASE,
            postgresql_where=_OPEN_CASE,
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    language: Mapped[str] = mapped_column(String(8))
    display_name: Mapped[str | None] = mapped_column(String(64))  # cleared when closed
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)  # came from the emergency notice
    questions: Mapped[list[Any]] = mapped_column(JSON, default=list)  # cleared when closed
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    claimed_by: Mapped[str | None] = mapped_column(String(32))  # the mediator's user id
    claimed_by_name: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    card_ref: Mapped[str | None] = mapped_column(String(32))  # the card message in the topic
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    closed_by: Mapped[str | None] = mapped_column(String(16))  # person | staff


class HandoverTopic(Base):
    """The person's topic in the staff group: one per person, reused by their next case."""

    __tablename__ = "handover_topics"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    thread_id: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RelayMessage(Base):
    """The handover outbox: one message (or topic step) for the staff topic or the person.

    Written in the transaction that decided it, delivered in ``id`` order per ``lane`` (one
    person, one direction), claimed until ``claimed_until`` by one worker, finished once.
    A message taken in twice (a redelivered update) meets the unique source index.
    """

    __tablename__ = "relay_outbox"
    __table_args__ = (
        Index(
            "uq_relay_outbox_source",
            "source_channel",
            "source_chat",
            "source_ref",
            unique=True,
            sqlite_where=_HAS_SOURCE,
            postgresql_where=_HAS_SOURCE,
        ),
        Index(
            "ix_relay_outbox_unfinished",
            "lane",
            "id",
            sqlite_where=_UNFINISHED,
            postgresql_where=_UNFINISHED,
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("handover_cases.id", ondelete="CASCADE"), index=True
    )
    lane: Mapped[str] = mapped_column(String(40))
    to_staff: Mapped[bool] = mapped_column(Boolean)
    kind: Mapped[str] = mapped_column(String(16))
    source_channel: Mapped[str | None] = mapped_column(String(16))
    source_chat: Mapped[str | None] = mapped_column(String(64))
    source_ref: Mapped[str | None] = mapped_column(String(32))
    media: Mapped[str | None] = mapped_column(String(16))  # InboundKind of a relayed message
    text: Mapped[str | None] = mapped_column(Text)  # the transcript: what was written
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(16))  # delivered | refused


class RecentQuestion(Base):
    """A question the person typed, kept a day so a mediator sees what they asked the bot."""

    __tablename__ = "recent_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    text: Mapped[str] = mapped_column(String(200))


class PathStep(Base):
    """A step of Willkommen Europa's 9-step path a mediator recorded for a person (bot/path).

    The note is for the team only and never shown to the person; all rows go with the person
    ("Delete my data", ``RETENTION_DAYS``).
    """

    __tablename__ = "path_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    step: Mapped[int] = mapped_column(Integer)  # 1 … 9
    note: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    recorded_by: Mapped[str | None] = mapped_column(String(64))  # the mediator's name


# -- the turn ledger (bot/storage/ledger.py) ------------------------------------------------

_UNDELIVERED = text("delivered_at IS NULL")


class TurnLedger(Base):
    """One inbound message of any channel, by the channel's own id of it: Telegram's update id,
    the SHA-256 of WhatsApp's message id (which encodes the phone number).

    A channel that acknowledges before processing (WhatsApp) stores the message here first
    (``inbound``); the turn that processes it marks it (``processed_at``) in its own
    transaction, so it runs once, and keeps its ``replies`` until they are sent
    (``delivered_at``). Then only the id and the times are left, to recognise a redelivery.
    ``claimed_by``/``claimed_until``: which process works on it, until when.
    """

    __tablename__ = "turn_ledger"
    __table_args__ = (
        UniqueConstraint("channel", "update_id", name="uq_turn_ledger_channel_update"),
        Index(
            "ix_turn_ledger_undelivered",
            "channel",
            "id",
            sqlite_where=_UNDELIVERED,
            postgresql_where=_UNDELIVERED,
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    update_id: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[str | None] = mapped_column(String(64))  # until delivered, for erasing
    inbound: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # until processed
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    replies: Mapped[list[Any] | None] = mapped_column(JSON)  # bot/storage/reply_codec.py
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


# -- the staff web desk (bot/web/auth.py) ----------------------------------------------------


class WebLoginLink(Base):
    """A one-time login link for the web desk. Only the token's hash is kept: a copy of the
    database does not let anyone log in."""

    __tablename__ = "web_login_links"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))  # who it was made for, shown on the desk
    role: Mapped[str] = mapped_column(String(16))  # editor | mediator
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class WebSession(Base):
    """A signed-in browser: the cookie holds a random token, the table its hash."""

    __tablename__ = "web_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    csrf: Mapped[str] = mapped_column(String(64))  # every form of this session carries it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


# -- durable jobs (bot/jobs.py) -------------------------------------------------------------


class Announcement(Base):
    """News staff sent about an offer: its texts once, the recipients as one job each.

    ``digest`` is of the file's content: sending the same file again finds this row, and its
    jobs' keys make sure nobody gets it twice.
    """

    __tablename__ = "announcements"
    __table_args__ = (UniqueConstraint("name", "digest", name="uq_announcements_name_digest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    digest: Mapped[str] = mapped_column(String(64))
    offer_id: Mapped[str] = mapped_column(String(40))
    texts: Mapped[dict[str, Any]] = mapped_column(JSON)  # language -> text
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class Job(Base):
    """One piece of work that must not be lost: written in the transaction that decided it,
    claimed until ``claimed_until`` by one worker, retried with backoff, finished once.

    ``key`` (unique) makes adding it twice a no-op; rows of one ``lane`` go in ``id`` order;
    ``user_id`` is the person it goes to (deleted with them); ``batch`` groups rows for
    progress (an announcement's recipients).
    """

    __tablename__ = "jobs"
    __table_args__ = (
        Index(
            "ix_jobs_unfinished",
            "due_at",
            "id",
            sqlite_where=_UNFINISHED,
            postgresql_where=_UNFINISHED,
        ),
        Index(
            "ix_jobs_lane_unfinished",
            "lane",
            "id",
            sqlite_where=_UNFINISHED,
            postgresql_where=_UNFINISHED,
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))
    key: Mapped[str | None] = mapped_column(String(120), unique=True)
    lane: Mapped[str | None] = mapped_column(String(40))
    batch: Mapped[str | None] = mapped_column(String(40), index=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    outcome: Mapped[str | None] = mapped_column(String(16))


class RateSlot(Base):
    """Shared pacing across processes on PostgreSQL (bot/rates.py): when a key's next message
    may go (seconds, the database's clock). ``key`` is a hash: it names no chat."""

    __tablename__ = "rate_slots"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float)
    noticed: Mapped[bool] = mapped_column(Boolean, default=False)
    slot: Mapped[float] = mapped_column(Float, default=0.0)  # the slot the last call got
    verdict: Mapped[str] = mapped_column(String(8), default="pass")  # the last call's verdict
