"""Cases, topics and recent questions in the database: open, find, claim, hand on, close.

Claims are conditional UPDATEs, so of two mediators tapping "take" at once exactly one wins,
whichever worker serves them. Names and questions live on the case only while it is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, func, literal, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import (
    HandoverCase,
    HandoverTopic,
    RecentQuestion,
    RelayMessage,
    User,
    UTCDateTime,
)

QUESTIONS_SHOWN = 3
"""How many recent questions the card shows (and the person's row keeps)."""
QUESTIONS_KEPT = timedelta(days=1)
"""Older questions say little about why someone asks for a person now; they are deleted."""
QUESTION_MAX_CHARS = 200


class ClosedBy(StrEnum):
    PERSON = "person"
    STAFF = "staff"


@dataclass(frozen=True)
class NewCase:
    language: str
    display_name: str | None
    urgent: bool


async def open_case(
    session: AsyncSession, user: User, new: NewCase, now: datetime
) -> tuple[HandoverCase, bool]:
    """The person's open case, opened now if there is none; True if it was opened now.

    The partial unique index decides between two workers opening one at the same moment:
    the loser's insert fails inside a savepoint and it takes the winner's case.
    """
    existing = await open_case_of(session, user.id)
    if existing is not None:
        return existing, False
    questions = await _take_recent_questions(session, user.id, now)
    case = HandoverCase(
        user_id=user.id,
        language=new.language,
        display_name=new.display_name,
        urgent=new.urgent,
        questions=questions,
        opened_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(case)
    except IntegrityError:
        winner = await open_case_of(session, user.id)
        assert winner is not None  # the constraint fired because it exists
        return winner, False
    return case, True


async def open_case_of(session: AsyncSession, user_id: int) -> HandoverCase | None:
    query = select(HandoverCase).where(
        HandoverCase.user_id == user_id, HandoverCase.closed_at.is_(None)
    )
    return (await session.scalars(query)).first()


async def topic_owner(session: AsyncSession, thread_id: str) -> int | None:
    """The person whose topic this is; None for any other topic of the staff group."""
    return await session.scalar(
        select(HandoverTopic.user_id).where(HandoverTopic.thread_id == thread_id)
    )


async def open_cases(session: AsyncSession) -> list[tuple[HandoverCase, User]]:
    """Every open case with its person, the longest waiting first."""
    query = (
        select(HandoverCase, User)
        .join(User, User.id == HandoverCase.user_id)
        .where(HandoverCase.closed_at.is_(None))
        .order_by(HandoverCase.opened_at, HandoverCase.id)
    )
    return [(case, user) for case, user in (await session.execute(query)).all()]


class Claim(StrEnum):
    TAKEN = "taken"  # this mediator has it now
    ALREADY_YOURS = "already_yours"
    TAKEN_BY_OTHER = "taken_by_other"
    CLOSED = "closed"


async def claim(
    session: AsyncSession,
    case_id: int,
    mediator_id: str,
    name: str,
    now: datetime,
    *,
    from_colleague: bool = False,
) -> tuple[Claim, HandoverCase | None]:
    """Take an open case (or, ``from_colleague``, hand it on): one conditional UPDATE.

    ``claimed_at`` keeps the first time: how soon the team answered (a mediator's first
    message takes the case too), whoever has it now.
    """
    condition = [HandoverCase.id == case_id, HandoverCase.closed_at.is_(None)]
    if not from_colleague:
        condition.append(HandoverCase.claimed_by.is_(None))
    result = await session.execute(
        update(HandoverCase)
        .where(*condition)
        .values(
            claimed_by=mediator_id,
            claimed_by_name=name,
            claimed_at=func.coalesce(HandoverCase.claimed_at, literal(now, UTCDateTime())),
        )
        .execution_options(synchronize_session=False)
    )
    case = await session.get(HandoverCase, case_id, populate_existing=True)
    if getattr(result, "rowcount", 0):
        return Claim.TAKEN, case
    if case is None or case.closed_at is not None:
        return Claim.CLOSED, case
    return (Claim.ALREADY_YOURS if case.claimed_by == mediator_id else Claim.TAKEN_BY_OTHER), case


async def close(session: AsyncSession, case: HandoverCase, by: ClosedBy, now: datetime) -> bool:
    """Close the case (False if it was closed already); the person's name and questions go."""
    result = await session.execute(
        update(HandoverCase)
        .where(HandoverCase.id == case.id, HandoverCase.closed_at.is_(None))
        .values(closed_at=now, closed_by=by.value, display_name=None, questions=[])
        .execution_options(synchronize_session=False)
    )
    await session.refresh(case)
    return bool(getattr(result, "rowcount", 0))


async def topic_of(session: AsyncSession, user_id: int) -> HandoverTopic | None:
    return await session.get(HandoverTopic, user_id, populate_existing=True)


async def save_topic(session: AsyncSession, user_id: int, thread_id: str, now: datetime) -> None:
    """The person's topic from now on (a new one replaces one a mediator deleted)."""
    topic = await session.get(HandoverTopic, user_id)
    if topic is None:
        session.add(HandoverTopic(user_id=user_id, thread_id=thread_id, created_at=now))
    else:
        topic.thread_id, topic.created_at = thread_id, now


async def remember_question(session: AsyncSession, user_id: int, text: str, now: datetime) -> None:
    """Keep the person's last few questions for the card of a case they might open."""
    session.add(RecentQuestion(user_id=user_id, asked_at=now, text=text[:QUESTION_MAX_CHARS]))
    keep = (
        select(RecentQuestion.id)
        .where(RecentQuestion.user_id == user_id)
        .order_by(RecentQuestion.asked_at.desc(), RecentQuestion.id.desc())
        .limit(QUESTIONS_SHOWN)
    )
    await session.flush()
    await session.execute(
        delete(RecentQuestion)
        .where(RecentQuestion.user_id == user_id, RecentQuestion.id.not_in(keep.scalar_subquery()))
        .execution_options(synchronize_session=False)
    )


async def _take_recent_questions(session: AsyncSession, user_id: int, now: datetime) -> list[str]:
    """The person's recent questions, oldest first, moved from their row onto the new case."""
    rows = list(
        await session.scalars(
            select(RecentQuestion)
            .where(
                RecentQuestion.user_id == user_id, RecentQuestion.asked_at >= now - QUESTIONS_KEPT
            )
            .order_by(RecentQuestion.asked_at, RecentQuestion.id)
        )
    )
    await session.execute(delete(RecentQuestion).where(RecentQuestion.user_id == user_id))
    return [row.text for row in rows[-QUESTIONS_SHOWN:]]


async def forget_old_questions(session: AsyncSession, now: datetime) -> None:
    await session.execute(
        delete(RecentQuestion).where(RecentQuestion.asked_at < now - QUESTIONS_KEPT)
    )


async def first_answer_delays(session: AsyncSession, since: datetime) -> list[timedelta]:
    """How long each person who asked since ``since`` waited until the team took their chat
    (and told them who answers). Cases nobody has taken yet are left out."""
    rows = await session.execute(
        select(HandoverCase.opened_at, HandoverCase.claimed_at).where(
            HandoverCase.opened_at >= since
        )
    )
    return [claimed_at - opened_at for opened_at, claimed_at in rows if claimed_at is not None]


async def forget_old_topics(session: AsyncSession, moment: datetime) -> list[str]:
    """Forget topics made before ``moment`` whose person has no open case; their thread ids.

    Telegram keeps what was written in a topic until the topic is deleted, so a topic lives
    no longer than the relay retention (while a case is open it stays, and goes after): the
    person's next case opens a new one.
    """
    open_case = (
        select(HandoverCase.id)
        .where(HandoverCase.user_id == HandoverTopic.user_id, HandoverCase.closed_at.is_(None))
        .exists()
    )
    old = select(HandoverTopic).where(HandoverTopic.created_at < moment, ~open_case)
    topics = list((await session.execute(old)).scalars())
    for topic in topics:
        await session.delete(topic)
    return [topic.thread_id for topic in topics]


async def forget_closed_before(session: AsyncSession, moment: datetime) -> int:
    """Closed cases older than the retention period (their outbox rows go with them)."""
    result = await session.execute(
        delete(HandoverCase)
        .where(HandoverCase.closed_at.is_not(None), HandoverCase.closed_at < moment)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


async def forget_person(session: AsyncSession, user_id: int) -> str | None:
    """Delete the person's cases (with their outbox rows), questions and topic reference;
    returns the topic's thread id, so the topic itself can be deleted too."""
    topic = await topic_of(session, user_id)
    case_ids = select(HandoverCase.id).where(HandoverCase.user_id == user_id).scalar_subquery()
    for statement in (
        delete(RelayMessage).where(RelayMessage.case_id.in_(case_ids)),
        delete(HandoverCase).where(HandoverCase.user_id == user_id),
        delete(RecentQuestion).where(RecentQuestion.user_id == user_id),
        delete(HandoverTopic).where(HandoverTopic.user_id == user_id),
    ):
        await session.execute(statement.execution_options(synchronize_session=False))
    return None if topic is None else topic.thread_id
