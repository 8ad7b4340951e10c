"""The turn ledger: every channel's inbound messages, by the channel's own id of each.

One idempotency mechanism for all channels. The row for a message is keyed by (channel,
update id), so exactly one of all processes and redeliveries gets it through:

- A channel that must acknowledge before it processes (WhatsApp: Meta wants its 200 fast)
  stores the message first (:func:`receive`); a worker (``bot.intake``) processes it from
  here, after any crash too.
- A channel that processes before it acknowledges (Telegram's webhook) needs no such step:
  until our 200 Telegram itself keeps the update and posts it again.

Either way the turn marks its row processed in the turn's own transaction
(:func:`claim_turn`): a turn that failed or was cut short by a crash leaves it unprocessed,
so it runs again; a turn that was stored is never run twice. Its replies are kept with it
until the channel reports them sent (:func:`mark_delivered`, :func:`finish`): after a crash
in between they are owed, and sent from here instead of running the turn again.

What a row holds about a person (the chat, the message, the replies) goes as soon as it is
not needed; the id and the times stay a few days to recognise a redelivery.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, Update, bindparam, delete, func, null, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import BindParameter

from bot.messages import ChannelName, ChatId, Inbound, InboundKind, Reply
from bot.storage import reply_codec
from bot.storage.database import Database, upsert
from bot.storage.models import TurnLedger, User

_LOG = logging.getLogger(__name__)
_LEDGER: Table = TurnLedger.__table__  # type: ignore[assignment]

KEEP_IDS = timedelta(days=3)
"""Telegram keeps an unconfirmed update for 24 hours; ids are kept longer, then forgotten."""
KEEP_IDS_BY_CHANNEL = {"whatsapp": timedelta(days=8)}
"""Meta retries an unacknowledged webhook for up to 7 days; a day more to be safe."""
MARK_DELAY = 0.2
"""Seconds a "sent" mark waits to be written with others (:class:`DeliveryMarks`)."""


@dataclass(frozen=True)
class Entry:
    """A row a worker claimed: the message still to process, or the replies still owed."""

    id: int
    channel: str
    update_id: str
    chat_id: str | None
    inbound: dict[str, Any] | None
    processed: bool
    replies: list[Reply]


# -- taking a message in ------------------------------------------------------------------------


async def receive(
    session: AsyncSession,
    channel: str,
    update_id: str,
    chat_id: str,
    inbound: dict[str, Any],
    now: datetime,
    *,
    claimed_by: str,
    claim_until: datetime,
) -> int | None:
    """Store a message before it is acknowledged; its row id, or None when it was stored
    before (a redelivery, by any process). The row is claimed for its taker until
    ``claim_until``; after that any process may take it over."""
    inserted = await session.execute(
        upsert(session, TurnLedger)
        .values(
            channel=channel,
            update_id=update_id,
            chat_id=chat_id,
            inbound=inbound,
            received_at=now,
            claimed_by=claimed_by,
            claimed_until=claim_until,
        )
        .on_conflict_do_nothing(index_elements=["channel", "update_id"])
        .returning(TurnLedger.id)
    )
    return inserted.scalar_one_or_none()


# -- inside a turn ------------------------------------------------------------------------------


def _claim_statement(dialect: str) -> Any:
    """The upsert :func:`claim_turn` runs, with its values as parameters. Built once per
    dialect: building and checking a statement costs more Python than running it."""
    now = bindparam("b_now", type_=_LEDGER.c.processed_at.type)
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    return (
        insert(_LEDGER)
        .values(
            channel=bindparam("b_channel"),
            update_id=bindparam("b_update_id"),
            chat_id=bindparam("b_chat_id"),
            received_at=now,
            processed_at=now,
        )
        .on_conflict_do_update(
            index_elements=["channel", "update_id"],
            set_={"processed_at": now, "inbound": null()},
            where=_LEDGER.c.processed_at.is_(None),
        )
        .returning(_LEDGER.c.id)
    )


_CLAIM = {dialect: _claim_statement(dialect) for dialect in ("sqlite", "postgresql")}
_KEEP_REPLIES = (
    update(_LEDGER)
    .where(
        _LEDGER.c.channel == bindparam("b_channel"),
        _LEDGER.c.update_id == bindparam("b_update_id"),
    )
    .values(replies=bindparam("b_replies", type_=_LEDGER.c.replies.type))
)


async def claim_turn(
    session: AsyncSession, channel: str, update_id: str, chat_id: str, now: datetime
) -> bool:
    """Mark the message processed by this turn; False when a turn already processed it.

    Inserts the row when the channel stored none before (Telegram). On PostgreSQL a second
    transaction claiming the same id waits until the first one ends: it gets False once that
    one committed, True if it rolled back (the turn failed).
    """
    # Core statements on the table (here and below on the turn's path): the ORM's bulk
    # machinery would compare every row with the session's objects, for nothing.
    claimed = await session.execute(
        _CLAIM[session.get_bind().dialect.name],
        {"b_channel": channel, "b_update_id": update_id, "b_chat_id": chat_id, "b_now": now},
    )
    return claimed.scalar_one_or_none() is not None


async def keep_replies(
    session: AsyncSession, channel: str, update_id: str, replies: Sequence[Reply]
) -> None:
    """Store the turn's replies with its row, until they are reported sent."""
    if not replies:
        return  # nothing owed: a redelivery finds no replies either way
    await session.execute(
        _KEEP_REPLIES,
        {
            "b_channel": channel,
            "b_update_id": update_id,
            "b_replies": reply_codec.to_json(replies),
        },
    )


async def owed(session: AsyncSession, channel: str, update_id: str) -> list[Reply] | None:
    """None when ``update_id`` was never processed; else the replies stored for it and not
    yet reported sent (empty once sent, or when none were stored)."""
    query = select(_LEDGER.c.replies, _LEDGER.c.delivered_at).where(
        _LEDGER.c.channel == channel,
        _LEDGER.c.update_id == update_id,
        _LEDGER.c.processed_at.is_not(None),
    )
    row = (await session.execute(query)).first()
    if row is None:
        return None
    replies, delivered_at = row
    return reply_codec.from_json(replies) if replies and delivered_at is None else []


async def mark_delivered(
    session: AsyncSession, channel: str, update_ids: Collection[str], now: datetime
) -> None:
    """The channel sent what the turns answered: a redelivery gets nothing from now on."""
    await session.execute(
        _MARK_DELIVERED, {"b_now": now, "b_channel": channel, "b_ids": list(update_ids)}
    )


class DeliveryMarks:
    """Marks "sent" written a moment later, many in one transaction, not one per turn.

    Why that keeps every guarantee: a mark only stops a redelivery from being answered again
    with the stored replies. Lost in a crash, it costs at most a reply sent twice, never one
    lost; the turn itself is stored by then (:func:`claim_turn`, :func:`keep_replies`). Until
    written, :meth:`pending` tells this process's turns that the replies went out, and
    :meth:`flush` writes what is left when the core closes (a SIGTERM doubles nothing).
    """

    def __init__(self, database: Database, delay: float = MARK_DELAY) -> None:
        self._database = database
        self._delay = delay
        # Only SQLite batches: it is served by one process, whose turns see :meth:`pending`.
        # On PostgreSQL several processes may serve one bot, and a redelivery reaching the
        # other one would find the replies unmarked and send them again: written at once.
        self.batched = database.dialect == "sqlite"
        self._waiting: dict[str, dict[str, datetime]] = {}
        self._writer: asyncio.Task[None] | None = None

    def add(self, channel: str, update_id: str, now: datetime) -> None:
        self._waiting.setdefault(channel, {})[update_id] = now
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._write_soon())

    async def record(self, channel: str, update_id: str, now: datetime) -> None:
        """The replies of ``update_id`` went out: batched on SQLite, written now elsewhere."""
        if not self.batched:
            self._waiting.setdefault(channel, {})[update_id] = now
            try:
                await self.flush()
                return
            except Exception as error:  # the database away: kept, and tried again shortly
                _LOG.warning("delivery mark not written yet: %s", type(error).__name__)
        self.add(channel, update_id, now)

    def pending(self, channel: str, update_id: str) -> bool:
        """Reported sent here, not yet written."""
        return update_id in self._waiting.get(channel, {})

    async def _write_soon(self) -> None:
        await asyncio.sleep(self._delay)
        try:
            await self.flush()
        except Exception as error:  # the database away: written with the next marks, or at close
            _LOG.warning("delivery marks not written yet: %s", type(error).__name__)

    async def flush(self) -> None:
        """Write every waiting mark in one transaction."""
        waiting, self._waiting = self._waiting, {}
        if not waiting:
            return
        try:
            async with self._database.session() as session:
                for channel, marks in waiting.items():
                    await mark_delivered(session, channel, list(marks), max(marks.values()))
        except BaseException:
            for channel, marks in waiting.items():  # kept for the next try
                self._waiting.setdefault(channel, {}).update(marks)
            raise

    async def close(self) -> None:
        """Write what waits (at shutdown): after this, no mark is left in memory."""
        if self._writer is not None and not self._writer.done():
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._writer
        try:
            await self.flush()
        except Exception as error:
            _LOG.warning("delivery marks lost at shutdown: %s", type(error).__name__)


# -- the worker's side (bot/intake.py) --------------------------------------------------------


async def claim(
    session: AsyncSession, entry_id: int, by: str, now: datetime, until: datetime
) -> Entry | None:
    """Take a row that is not finished for ``by`` until ``until``; None when it is finished or
    another process holds it (its claim has not run out)."""
    taken = await session.execute(
        update(TurnLedger)
        .where(
            TurnLedger.id == entry_id,
            TurnLedger.delivered_at.is_(None),
            _claimable(by, now),
        )
        .values(claimed_by=by, claimed_until=until)
        .returning(
            TurnLedger.channel,
            TurnLedger.update_id,
            TurnLedger.chat_id,
            TurnLedger.inbound,
            TurnLedger.processed_at,
            TurnLedger.replies,
        )
        .execution_options(synchronize_session=False)
    )
    row = taken.first()
    if row is None:
        return None
    channel, update_id, chat_id, inbound, processed_at, replies = row
    return Entry(
        entry_id,
        channel,
        update_id,
        chat_id,
        inbound,
        processed_at is not None,
        reply_codec.from_json(replies) if replies else [],
    )


async def finish(session: AsyncSession, entry_id: int, now: datetime) -> None:
    """The row's message is answered (or needed no turn): only its id stays."""
    await session.execute(_done(now).where(_LEDGER.c.id == entry_id))


async def unfinished(
    session: AsyncSession, channel: str, by: str, now: datetime, limit: int
) -> list[tuple[int, str | None]]:
    """Rows of ``channel`` not yet answered that ``by`` may take, oldest first: (id, chat)."""
    query = (
        select(TurnLedger.id, TurnLedger.chat_id)
        .where(
            TurnLedger.channel == channel,
            TurnLedger.delivered_at.is_(None),
            _claimable(by, now),
        )
        .order_by(TurnLedger.id)
        .limit(limit)
    )
    return [(row_id, chat) for row_id, chat in (await session.execute(query)).all()]


async def release(session: AsyncSession, channel: str, by: str) -> None:
    """At shutdown: what ``by`` did not finish may be taken by any process at once."""
    await session.execute(
        update(TurnLedger)
        .where(
            TurnLedger.channel == channel,
            TurnLedger.claimed_by == by,
            TurnLedger.delivered_at.is_(None),
        )
        .values(claimed_by=None, claimed_until=None)
        .execution_options(synchronize_session=False)
    )


def _claimable(by: str, now: datetime) -> Any:
    return or_(
        TurnLedger.claimed_by == by,
        TurnLedger.claimed_until.is_(None),
        TurnLedger.claimed_until < now,
    )


def _done(now: datetime | BindParameter[datetime]) -> Update:
    # What the bot was told and said is kept no longer than needed.
    return (
        update(_LEDGER)
        .where(_LEDGER.c.delivered_at.is_(None))
        .values(
            processed_at=func.coalesce(_LEDGER.c.processed_at, now),
            delivered_at=now,
            chat_id=None,
            inbound=null(),
            replies=null(),
            claimed_by=None,
            claimed_until=None,
        )
        .execution_options(synchronize_session=False)
    )


_MARK_DELIVERED = (
    # Built once, values as parameters: the "sent" marks are written several times a second
    # while people write, and building the statement cost more Python than running it.
    _done(bindparam("b_now", type_=_LEDGER.c.delivered_at.type)).where(
        _LEDGER.c.channel == bindparam("b_channel"),
        _LEDGER.c.update_id.in_(bindparam("b_ids", expanding=True)),
    )
)


# -- forgetting ---------------------------------------------------------------------------------


async def forget_old(session: AsyncSession, now: datetime) -> int:
    """Drop ids old enough that no redelivery can come any more (per channel)."""
    forgotten = 0
    special = list(KEEP_IDS_BY_CHANNEL)
    for channel, keep in KEEP_IDS_BY_CHANNEL.items():
        result = await session.execute(
            delete(TurnLedger)
            .where(TurnLedger.channel == channel, TurnLedger.received_at < now - keep)
            .execution_options(synchronize_session=False)
        )
        forgotten += int(getattr(result, "rowcount", 0) or 0)
    result = await session.execute(
        delete(TurnLedger)
        .where(TurnLedger.channel.not_in(special), TurnLedger.received_at < now - KEEP_IDS)
        .execution_options(synchronize_session=False)
    )
    return forgotten + int(getattr(result, "rowcount", 0) or 0)


async def erase_person(session: AsyncSession, user: User, _now: datetime) -> None:
    """ "Delete my data": their messages and replies waiting here go; bare ids stay."""
    await session.execute(
        update(TurnLedger)
        .where(TurnLedger.channel == user.channel, TurnLedger.chat_id == user.external_id)
        .values(chat_id=None, inbound=null(), replies=null())
        .execution_options(synchronize_session=False)
    )


# -- a message as JSON (while it waits for its turn) ---------------------------------------------


def inbound_to_json(inbound: Inbound) -> dict[str, Any]:
    data = {key: value for key, value in asdict(inbound).items() if value is not None}
    data["kind"] = inbound.kind.value
    return data


def inbound_from_json(data: dict[str, Any]) -> Inbound:
    fields = dict(data)
    return Inbound(
        **{
            **fields,
            "channel": ChannelName(fields["channel"]),
            "chat_id": ChatId(fields["chat_id"]),
            "kind": InboundKind(fields["kind"]),
        }
    )
