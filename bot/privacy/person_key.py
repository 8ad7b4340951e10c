"""A keyed hash of a person, so what they left without their id can still be found and erased.

The question log keeps no user id (staff read it in /unanswered), but "Delete my data" must
delete the person's questions too. HMAC-SHA256 of the channel and chat id, with a random key
created once and kept in the database: equal for the same person, meaningless without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import weakref

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import PrivacyKey

QUESTION_LOG_KEY = "question_log"
_INSERTED = "privacy_key_inserted"
"""``session.info`` flag: this transaction created the key, so it is not committed yet."""

_known: weakref.WeakKeyDictionary[object, dict[str, str]] = weakref.WeakKeyDictionary()
"""Keys read from each database (by engine): a key never changes once stored, and a question
turn need not read it again."""


async def person_key(session: AsyncSession, channel: str, external_id: str) -> str:
    """The person's key in the question log (64 hex characters)."""
    key = await _key(session, QUESTION_LOG_KEY)
    return _keyed(key, channel, external_id)


def known_person_key(engine: Engine, channel: str, external_id: str) -> str | None:
    """:func:`person_key` without the database, when this process read the key before."""
    key = _known.get(engine, {}).get(QUESTION_LOG_KEY)
    return None if key is None else _keyed(key, channel, external_id)


def _keyed(key: str, channel: str, external_id: str) -> str:
    message = f"{channel}\x1f{external_id}".encode()
    return hmac.new(bytes.fromhex(key), message, hashlib.sha256).hexdigest()


async def _key(session: AsyncSession, name: str) -> str:
    """The stored key; the first caller creates it (two processes at once keep one)."""
    engine = session.get_bind().engine  # a session on a turn's connection: its engine
    known = _known.setdefault(engine, {})
    if name in known:
        return known[name]
    query = select(PrivacyKey.value).where(PrivacyKey.name == name)
    value = await session.scalar(query)
    if value is not None and not session.info.get(_INSERTED):
        known[name] = value  # committed (by us earlier, or another process): it stays
    if value is None:
        session.info[_INSERTED] = True
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        await session.execute(
            insert(PrivacyKey)
            .values(name=name, value=secrets.token_hex(32))
            .on_conflict_do_nothing(index_elements=["name"])
        )
        value = await session.scalar(query)
    assert value is not None
    return value
