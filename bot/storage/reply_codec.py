"""Replies as JSON, to keep a turn's answer in the database until the channel has sent it
(``bot.storage.ledger``). File bytes (an .ics) go in as base64; content files by path."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.messages import Attachment, Button, Mention, Reply, Venue


def to_json(replies: Sequence[Reply]) -> list[dict[str, Any]]:
    return [_reply_to_json(reply) for reply in replies]


def from_json(stored: Sequence[dict[str, Any]]) -> list[Reply]:
    return [_reply_from_json(item) for item in stored]


def _reply_to_json(reply: Reply) -> dict[str, Any]:
    venue = reply.venue
    return {
        "text": reply.text,
        "buttons": [[[button.label, button.action] for button in row] for row in reply.buttons],
        "venue": None
        if venue is None
        else [venue.title, venue.address, venue.latitude, venue.longitude],
        "image": _attachment_to_json(reply.image),
        "audio": _attachment_to_json(reply.audio),
        "document": _attachment_to_json(reply.document),
        "rtl": reply.rtl,
        "extras": dict(reply.extras),
        "mentions": [[mention.user_id, mention.name] for mention in reply.mentions],
    }


def _reply_from_json(item: dict[str, Any]) -> Reply:
    venue = item["venue"]
    return Reply(
        text=item["text"],
        buttons=tuple(
            tuple(Button(label, action) for label, action in row) for row in item["buttons"]
        ),
        venue=None if venue is None else Venue(*venue),
        image=_attachment_from_json(item["image"]),
        audio=_attachment_from_json(item["audio"]),
        document=_attachment_from_json(item["document"]),
        rtl=item["rtl"],
        extras=dict(item["extras"]),
        mentions=tuple(Mention(user_id, name) for user_id, name in item["mentions"]),
    )


def _attachment_to_json(attachment: Attachment | None) -> dict[str, Any] | None:
    if attachment is None:
        return None
    return {
        "filename": attachment.filename,
        "mime_type": attachment.mime_type,
        "path": None if attachment.path is None else str(attachment.path),
        "data": None
        if attachment.data is None
        else base64.b64encode(attachment.data).decode("ascii"),
    }


def _attachment_from_json(item: dict[str, Any] | None) -> Attachment | None:
    if item is None:
        return None
    path, data = item["path"], item["data"]
    return Attachment(
        filename=item["filename"],
        mime_type=item["mime_type"],
        path=None if path is None else Path(path),
        data=None if data is None else base64.b64decode(data),
    )
