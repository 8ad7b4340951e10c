"""The relay outbox: what must reach the staff topic or the person, written before it is sent.

Rows are added in the transaction that decided them (a person's message, a mediator's
``/close``), so a crash either loses the decision and the row together or keeps both. Each
person has two lanes (to staff, to the person); only the oldest unfinished row of a lane may
go out, so messages arrive in the order they were written, even across retries and restarts.

A claim (``claimed_until``) gives one worker the row for a while; a worker that dies holding
it loses it when that time has passed, and the row goes out again (see ``relay``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, bindparam, delete, event, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from bot.messages import Button, Inbound, Reply
from bot.storage import reply_codec
from bot.storage.database import upsert
from bot.storage.models import HandoverCase, RelayMessage, User
from bot.storage.reach import Reach, reachable

ERASE_LANE = "erase:"
REPLIES = "replies"
"""Payload key of a NOTICE row that holds several replies (see :meth:`Outbox.notices`)."""


class Kind(StrEnum):
    CARD = "card"  # to staff: make sure the topic is there (open, titled), post the case card
    CARD_UPDATE = "card_update"  # to staff: show on the card who has the case, or that it ended
    RELAY = "relay"  # a message from the person to the topic, or from a mediator to the person
    NOTE = "note"  # to staff: a line from the bot in the topic (German)
    NOTICE = "notice"  # to the person: a reply from the bot in their language
    CLOSE_TOPIC = "close_topic"
    DELETE_TOPIC = "delete_topic"  # the person deleted their data: their topic goes too


class Outcome(StrEnum):
    DELIVERED = "delivered"
    REFUSED = "refused"  # the channel will never take it; the lane moves on


def lane(user_id: int, *, to_staff: bool) -> str:
    return f"{user_id}:{'staff' if to_staff else 'person'}"


class Outbox:
    """Adds rows; wakes the delivery loop once the transaction that added them has committed."""

    def __init__(self) -> None:
        self.added = asyncio.Event()

    def to_staff(
        self,
        session: AsyncSession,
        case: HandoverCase,
        kind: Kind,
        now: datetime,
        text: str | None = None,
    ) -> None:
        self._add(
            session,
            RelayMessage(
                case_id=case.id,
                lane=lane(case.user_id, to_staff=True),
                to_staff=True,
                kind=kind.value,
                text=text,
                **_new(now),
            ),
        )

    def notice(
        self, session: AsyncSession, case: HandoverCase, reply: Reply, now: datetime
    ) -> None:
        """A reply from the bot to the person, kept whole (text, buttons) as it was made."""
        self._add(
            session,
            RelayMessage(
                case_id=case.id,
                lane=lane(case.user_id, to_staff=False),
                to_staff=False,
                kind=Kind.NOTICE.value,
                text=reply.text,
                payload=reply_to_json(reply),
                **_new(now),
            ),
        )

    def notices(
        self, session: AsyncSession, case: HandoverCase, replies: Sequence[Reply], now: datetime
    ) -> None:
        """Several replies from the bot, sent together (an offer card: picture, text, pin),
        kept whole with their places and files (``reply_codec``)."""
        self._add(
            session,
            RelayMessage(
                case_id=case.id,
                lane=lane(case.user_id, to_staff=False),
                to_staff=False,
                kind=Kind.NOTICE.value,
                text="\n".join(reply.text for reply in replies if reply.text),
                payload={REPLIES: reply_codec.to_json(replies)},
                **_new(now),
            ),
        )

    async def relay(
        self,
        session: AsyncSession,
        case: HandoverCase,
        inbound: Inbound,
        *,
        to_staff: bool,
        now: datetime,
    ) -> None:
        """A message someone wrote, to be shown on the other side. A message already taken in
        (Telegram delivering an update twice after a restart) is not added again."""
        values = {
            "case_id": case.id,
            "lane": lane(case.user_id, to_staff=to_staff),
            "to_staff": to_staff,
            "kind": Kind.RELAY.value,
            "source_channel": inbound.channel,
            "source_chat": inbound.chat_id,
            "source_ref": inbound.message_ref,
            "media": inbound.kind.value,
            "text": inbound.text,
            # The channel's id of a file (or a place's geo URI): another channel fetches it.
            "payload": {"media_ref": inbound.media_ref} if inbound.media_ref else {},
            **_new(now),
        }
        statement = upsert(session, RelayMessage).values(**values)
        await session.execute(
            statement.on_conflict_do_nothing(
                index_elements=["source_channel", "source_chat", "source_ref"],
                index_where=RelayMessage.source_ref.is_not(None),
            )
        )
        self._wake_after_commit(session)

    def delete_topic(self, session: AsyncSession, thread_id: str, now: datetime) -> None:
        """Outlives the person's rows: it belongs to no case, in a lane of its own."""
        self._add(
            session,
            RelayMessage(
                case_id=None,
                lane=f"{ERASE_LANE}{thread_id}",
                to_staff=True,
                kind=Kind.DELETE_TOPIC.value,
                payload={"thread_id": thread_id},
                **_new(now),
            ),
        )

    def _add(self, session: AsyncSession, row: RelayMessage) -> None:
        session.add(row)
        self._wake_after_commit(session)

    def _wake_after_commit(self, session: AsyncSession) -> None:
        # Waking before the commit would let the loop look before the row is visible.
        if not session.info.get("relay_wake"):
            session.info["relay_wake"] = True
            event.listen(session.sync_session, "after_commit", self._on_commit, once=True)

    def _on_commit(self, session: Session) -> None:
        session.info.pop("relay_wake", None)
        self.added.set()


def _new(now: datetime) -> dict[str, Any]:
    return {"created_at": now, "due_at": now, "attempts": 0}


@dataclass(frozen=True)
class Claimed:
    row_id: int
    attempts: int


@dataclass(frozen=True)
class Letter:
    """A claimed row with what sending it needs, read in one short transaction."""

    row: RelayMessage
    case: HandoverCase | None
    user: User | None
    attempts: int  # this one included


async def claim_heads(
    session: AsyncSession,
    now: datetime,
    lease: timedelta,
    *,
    to_staff: bool,
    people: Reach,
) -> list[Claimed]:
    """Claim the oldest unfinished row of every lane this worker can deliver, if it is due.

    The ``claimed_until`` condition in the UPDATE makes a claim exclusive: of two workers
    updating one row, the second finds it claimed and gets nothing.
    """
    query = _heads_query(to_staff, tuple(people.items()))
    if query is None:
        return []
    candidates = list(await session.scalars(query, {"b_now": now}))
    free = or_(RelayMessage.claimed_until.is_(None), RelayMessage.claimed_until < now)
    claimed = []
    for row_id in candidates:
        attempts = await session.scalar(
            update(RelayMessage)
            .where(RelayMessage.id == row_id, RelayMessage.finished_at.is_(None), free)
            .values(claimed_until=now + lease, attempts=RelayMessage.attempts + 1)
            .returning(RelayMessage.attempts)
            .execution_options(synchronize_session=False)
        )
        if attempts is not None:
            claimed.append(Claimed(row_id, attempts))
    return claimed


@lru_cache(maxsize=64)
def _heads_query(
    to_staff: bool, people: tuple[tuple[str, frozenset[str] | None], ...]
) -> Any | None:
    """The due heads of the lanes this worker can deliver, ``b_now`` a parameter; None when it
    can deliver nothing. Built once per reach: the relay looks every second, mostly finding
    nothing, and building the query cost more Python than running it."""
    heads = (
        select(func.min(RelayMessage.id))
        .where(RelayMessage.finished_at.is_(None))
        .group_by(RelayMessage.lane)
    )
    deliverable: list[ColumnElement[bool]] = []
    if to_staff:
        deliverable.append(RelayMessage.to_staff.is_(True))
    if people:
        deliverable.append(and_(RelayMessage.to_staff.is_(False), reachable(dict(people))))
    if not deliverable:
        return None
    now = bindparam("b_now", type_=RelayMessage.due_at.type)
    free = or_(RelayMessage.claimed_until.is_(None), RelayMessage.claimed_until < now)
    return (
        select(RelayMessage.id)
        .outerjoin(HandoverCase, HandoverCase.id == RelayMessage.case_id)
        .outerjoin(User, User.id == HandoverCase.user_id)
        .where(RelayMessage.id.in_(heads), RelayMessage.due_at <= now, free, or_(*deliverable))
        .order_by(RelayMessage.id)
    )


async def finish(session: AsyncSession, row_id: int, outcome: Outcome, now: datetime) -> None:
    await session.execute(
        update(RelayMessage)
        .where(RelayMessage.id == row_id)
        .values(finished_at=now, outcome=outcome.value, claimed_until=None)
        .execution_options(synchronize_session=False)
    )


async def release(session: AsyncSession, row_id: int, retry_at: datetime) -> None:
    """Give the row back for another try at ``retry_at``; the lane waits for it (order)."""
    await session.execute(
        update(RelayMessage)
        .where(RelayMessage.id == row_id)
        .values(claimed_until=None, due_at=retry_at)
        .execution_options(synchronize_session=False)
    )


async def wrote_to_person_since(session: AsyncSession, user_id: int, moment: datetime) -> bool:
    """Whether the team (or the bot for it) wrote to the person at or after ``moment``."""
    written = await session.scalar(
        select(RelayMessage.id)
        .where(
            RelayMessage.lane == lane(user_id, to_staff=False),
            RelayMessage.created_at >= moment,
        )
        .limit(1)
    )
    return written is not None


async def forget_before(session: AsyncSession, moment: datetime) -> int:
    """Delete rows written before ``moment``: the transcripts of relayed messages go."""
    result = await session.execute(
        delete(RelayMessage)
        .where(RelayMessage.created_at < moment)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def reply_to_json(reply: Reply) -> dict[str, Any]:
    return {
        "text": reply.text,
        "buttons": [[[b.label, b.action] for b in row] for row in reply.buttons],
        "rtl": reply.rtl,
        "extras": dict(reply.extras),
    }


def replies_of_notice(payload: dict[str, Any]) -> list[Reply]:
    """What a NOTICE row shows the person: one reply, or several kept by :meth:`Outbox.notices`."""
    if REPLIES in payload:
        return reply_codec.from_json(payload[REPLIES])
    return [reply_from_json(payload)]


def reply_from_json(data: dict[str, Any]) -> Reply:
    return Reply(
        text=str(data.get("text", "")),
        buttons=tuple(
            tuple(Button(label, action) for label, action in row) for row in data.get("buttons", [])
        ),
        rtl=bool(data.get("rtl", False)),
        extras={str(k): str(v) for k, v in (data.get("extras") or {}).items()},
    )
