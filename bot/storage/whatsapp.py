"""WhatsApp's rows: sent messages and their status, held replies, menus.

Everything here is shared by all processes through the database, so a second worker never
delivers a held reply twice. Messages taken in live in the turn ledger (``ledger``), keyed by
:func:`wamid_key`.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.messages import Attachment, Button, Reply, Venue
from bot.storage.models import User, WhatsAppHeld, WhatsAppMenu, WhatsAppOutbound

KEEP_OUTBOUND = timedelta(days=30)
KEEP_MENUS = timedelta(days=7)
KEEP_HELD = timedelta(days=28)
"""A reply held this long is stale (an appointment long past): it is dropped, not delivered."""

_STATUS_RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}
"""Status callbacks may arrive out of order: a later one never replaces a further one."""


def wamid_key(wamid: str) -> str:
    """What is stored of a wamid: it encodes the phone number, its hash does not."""
    return hashlib.sha256(wamid.encode()).hexdigest()


async def person(session: AsyncSession, channel: str, chat_id: str) -> User | None:
    query = select(User).where(User.channel == channel, User.external_id == chat_id)
    return (await session.execute(query)).scalar_one_or_none()


async def record_sent(
    session: AsyncSession, wamid: str, user_id: int | None, now: datetime
) -> None:
    session.add(
        WhatsAppOutbound(
            wamid_sha256=wamid_key(wamid),
            user_id=user_id,
            sent_at=now,
            status="sent",
            status_at=now,
        )
    )


async def record_status(
    session: AsyncSession, wamid: str, status: str, at: datetime, error_code: int | None
) -> bool:
    """Note a status callback for a message we sent; False for ids we do not know."""
    row = await session.get(WhatsAppOutbound, wamid_key(wamid))
    if row is None:
        return False
    if _STATUS_RANK.get(status, 0) > _STATUS_RANK.get(row.status, 0):
        row.status, row.status_at, row.error_code = status, at, error_code
    return True


# -- held replies (the 24-hour window) ------------------------------------------------------


async def hold(
    session: AsyncSession,
    user_id: int,
    replies: Sequence[Reply],
    *,
    purpose: str,
    template: str | None,
    now: datetime,
) -> None:
    held = [reply_to_json(reply) for reply in replies]
    session.add(
        WhatsAppHeld(
            user_id=user_id, created_at=now, purpose=purpose, template=template, replies=held
        )
    )


async def template_sent_since(
    session: AsyncSession, user_id: int, purpose: str, since: datetime
) -> bool:
    """Whether a template for ``purpose`` already told this person about waiting replies."""
    query = select(WhatsAppHeld.id).where(
        WhatsAppHeld.user_id == user_id,
        WhatsAppHeld.purpose == purpose,
        WhatsAppHeld.template.is_not(None),
        WhatsAppHeld.created_at >= since,
    )
    return (await session.execute(query.limit(1))).first() is not None


async def held_ids(session: AsyncSession, user_id: int) -> list[int]:
    query = select(WhatsAppHeld.id).where(WhatsAppHeld.user_id == user_id).order_by(WhatsAppHeld.id)
    return list(await session.scalars(query))


async def take_held(session: AsyncSession, held_id: int) -> list[Reply] | None:
    """Remove one held answer and return it; None when another process took it first."""
    taken = await session.execute(
        delete(WhatsAppHeld).where(WhatsAppHeld.id == held_id).returning(WhatsAppHeld.replies)
    )
    data = taken.scalar_one_or_none()
    return None if data is None else [reply_from_json(reply) for reply in data]


async def put_back(
    session: AsyncSession, user_id: int, replies: Sequence[Reply], now: datetime
) -> None:
    """A taken answer that could not be sent waits for the next message (after those held)."""
    await hold(session, user_id, replies, purpose="retry", template=None, now=now)


# -- long menus ---------------------------------------------------------------------------------


async def save_menu(
    session: AsyncSession, user_id: int | None, text: str, buttons: Sequence[Button], now: datetime
) -> int:
    menu = WhatsAppMenu(
        user_id=user_id,
        created_at=now,
        text=text,
        buttons=[[button.label, button.action] for button in buttons],
    )
    session.add(menu)
    await session.flush()
    return menu.id


async def load_menu(
    session: AsyncSession, menu_id: int, user_id: int | None
) -> tuple[str, list[Button]] | None:
    """The menu if it was shown to ``user_id``: menu ids count up, anyone can guess one."""
    menu = await session.get(WhatsAppMenu, menu_id)
    if menu is None or menu.user_id is None or menu.user_id != user_id:
        return None
    return menu.text, [Button(label, action) for label, action in menu.buttons]


async def prune(session: AsyncSession, now: datetime) -> None:
    """Forget what is no longer needed: old statuses, menus, stale held replies."""
    for column, keep in (
        (WhatsAppOutbound.sent_at, KEEP_OUTBOUND),
        (WhatsAppMenu.created_at, KEEP_MENUS),
        (WhatsAppHeld.created_at, KEEP_HELD),
    ):
        await session.execute(delete(column.class_).where(column < now - keep))


# -- a Reply as JSON (held replies) -------------------------------------------------------------


def reply_to_json(reply: Reply) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": reply.text,
        "buttons": [[[b.label, b.action] for b in row] for row in reply.buttons],
        "rtl": reply.rtl,
        "extras": dict(reply.extras),
    }
    if reply.venue is not None:
        venue = reply.venue
        data["venue"] = [venue.title, venue.address, venue.latitude, venue.longitude]
    for name in ("image", "audio", "document"):
        attachment: Attachment | None = getattr(reply, name)
        if attachment is not None:
            data[name] = _attachment_to_json(attachment)
    return data


def reply_from_json(data: dict[str, Any]) -> Reply:
    venue = data.get("venue")
    return Reply(
        text=data.get("text", ""),
        buttons=tuple(
            tuple(Button(label, action) for label, action in row) for row in data.get("buttons", [])
        ),
        venue=Venue(*venue) if venue else None,
        image=_attachment_from_json(data.get("image")),
        audio=_attachment_from_json(data.get("audio")),
        document=_attachment_from_json(data.get("document")),
        rtl=bool(data.get("rtl")),
        extras=dict(data.get("extras", {})),
    )


def _attachment_to_json(attachment: Attachment) -> dict[str, Any]:
    data: dict[str, Any] = {"filename": attachment.filename, "mime_type": attachment.mime_type}
    if attachment.path is not None:
        data["path"] = str(attachment.path)  # content media: the file stays where staff put it
    if attachment.data is not None:
        data["data"] = base64.b64encode(attachment.data).decode("ascii")  # e.g. an .ics
    return data


def _attachment_from_json(data: dict[str, Any] | None) -> Attachment | None:
    if data is None:
        return None
    return Attachment(
        filename=data["filename"],
        mime_type=data["mime_type"],
        path=Path(data["path"]) if "path" in data else None,
        data=base64.b64decode(data["data"]) if "data" in data else None,
    )
