"""Who is signed in to the web desk: one-time login links, cookie sessions, CSRF tokens.

Tokens are random (``secrets``); the database keeps only their SHA-256, so a leaked copy of
it opens nothing. A link works once and for a few minutes; a session ends when it expires,
when its owner logs out, or when all sessions of a name are ended.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import WebLoginLink, WebSession

LINK_LIFETIME = timedelta(minutes=15)
SESSION_LIFETIME = timedelta(hours=12)  # one working day; then a new link
TOKEN_BYTES = 32
KEEP_ENDED = timedelta(days=1)  # ended and expired rows are deleted after this


class Role(StrEnum):
    EDITOR = "editor"  # may publish offers, translations, announcements
    MEDIATOR = "mediator"  # sees everything, works with appointments; publishes nothing

    @property
    def label_de(self) -> str:
        return "Redaktion" if self is Role.EDITOR else "Mediation"


@dataclass(frozen=True)
class DeskUser:
    """The person behind a session."""

    name: str
    role: Role
    csrf: str
    token_hash: str

    @property
    def may_publish(self) -> bool:
        return self.role is Role.EDITOR


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_link(
    session: AsyncSession,
    name: str,
    role: Role,
    now: datetime,
    lifetime: timedelta = LINK_LIFETIME,
) -> str:
    """A new login token for ``name``; only its hash is stored."""
    await _forget_old(session, now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        WebLoginLink(
            token_hash=_hash(token),
            name=name[:64],
            role=role.value,
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    return token


async def link_is_valid(session: AsyncSession, token: str, now: datetime) -> bool:
    link = await session.get(WebLoginLink, _hash(token))
    return link is not None and link.used_at is None and link.expires_at > now


async def redeem_link(session: AsyncSession, token: str, now: datetime) -> str | None:
    """Use the link once and open a session; returns the session's cookie token or None.

    The conditional UPDATE makes two clicks (two tabs, two workers) open one session only.
    """
    token_hash = _hash(token)
    claimed = await session.execute(
        update(WebLoginLink)
        .where(
            WebLoginLink.token_hash == token_hash,
            WebLoginLink.used_at.is_(None),
            WebLoginLink.expires_at > now,
        )
        .values(used_at=now)
        .returning(WebLoginLink.name, WebLoginLink.role)
    )
    row = claimed.first()
    if row is None:
        return None
    cookie = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        WebSession(
            token_hash=_hash(cookie),
            name=row.name,
            role=row.role,
            csrf=secrets.token_urlsafe(TOKEN_BYTES),
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    return cookie


async def session_user(session: AsyncSession, cookie: str, now: datetime) -> DeskUser | None:
    row = await session.get(WebSession, _hash(cookie))
    if row is None or row.ended_at is not None or row.expires_at <= now:
        return None
    return DeskUser(row.name, Role(row.role), row.csrf, row.token_hash)


async def end_session(session: AsyncSession, user: DeskUser, now: datetime) -> None:
    await session.execute(
        update(WebSession).where(WebSession.token_hash == user.token_hash).values(ended_at=now)
    )


async def end_all_sessions(session: AsyncSession, name: str, now: datetime) -> int:
    """End every open session of ``name`` (a lost phone); returns how many were open."""
    result = await session.execute(
        update(WebSession)
        .where(WebSession.name == name, WebSession.ended_at.is_(None), WebSession.expires_at > now)
        .values(ended_at=now)
        .returning(WebSession.token_hash)
    )
    return len(result.all())


async def open_sessions(session: AsyncSession, name: str, now: datetime) -> int:
    rows = await session.scalars(
        select(WebSession.token_hash).where(
            WebSession.name == name, WebSession.ended_at.is_(None), WebSession.expires_at > now
        )
    )
    return len(rows.all())


async def _forget_old(session: AsyncSession, now: datetime) -> None:
    cutoff = now - KEEP_ENDED
    await session.execute(delete(WebLoginLink).where(WebLoginLink.expires_at < cutoff))
    await session.execute(delete(WebSession).where(WebSession.expires_at < cutoff))
