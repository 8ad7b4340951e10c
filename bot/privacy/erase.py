"""Erasing a person: every feature removes what it holds about them, then their row goes.

Features that store something about a person add their part (booking cancels and tells
staff, handover drops transcripts). The same eraser serves "Delete my data", a declined
consent and the retention purge, so all three leave the same nothing behind.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.privacy.person_key import person_key
from bot.storage import ledger, subscriptions, users
from bot.storage.models import QuestionLog, User

ErasePart = Callable[[AsyncSession, User, datetime], Awaitable[None]]
"""Removes one feature's data about ``user``, inside the caller's transaction."""


async def forget_questions(session: AsyncSession, user: User, now: datetime) -> None:
    """The person's questions in the log (found by their keyed hash; the log has no user id)."""
    key = await person_key(session, user.channel, user.external_id)
    await session.execute(delete(QuestionLog).where(QuestionLog.person_key == key))


class Eraser:
    def __init__(self) -> None:
        self._parts: list[ErasePart] = [
            subscriptions.remove_all,
            forget_questions,
            ledger.erase_person,
        ]

    def add(self, part: ErasePart) -> None:
        """Let a feature remove its data (and do what must happen then) before the person goes."""
        self._parts.append(part)

    async def erase(self, session: AsyncSession, user: User, now: datetime) -> None:
        for part in self._parts:
            await part(session, user, now)
        await users.delete_user(session, user)
