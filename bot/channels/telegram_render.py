"""The core's :class:`Reply` -> the Bot API messages that show it (pure; no network).

Texts are sent with ``parse_mode=HTML`` and every string from the core is escaped, so a name
like ``<b>Hacker</b>`` or an offer text with ``&`` shows exactly as written.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from typing import Any

from telegram.constants import MessageLimit

from bot.channels import text_split
from bot.channels.text_split import RIGHT_TO_LEFT_MARK, utf16_length
from bot.messages import Attachment, Button, Mention, Reply, Venue

_VOICE_SUFFIXES = (".ogg", ".oga", ".opus")
_VOICE_MIME = "audio/ogg"

Keyboard = Mapping[str, Any]
"""An inline keyboard as the Bot API's ``reply_markup`` object:
``{"inline_keyboard": [[{"text": ..., "callback_data": ...}, ...], ...]}``. Shared between
messages (see :func:`inline_keyboard`): read it, never change it."""


class FileKind(StrEnum):
    """Which Bot API method sends an attachment."""

    PHOTO = "photo"
    AUDIO = "audio"
    VOICE = "voice"  # OGG/Opus: shown as a playable voice note
    DOCUMENT = "document"


@dataclass(frozen=True)
class TextPart:
    html: str
    keyboard: Keyboard | None = None


@dataclass(frozen=True)
class VenuePart:
    venue: Venue
    keyboard: Keyboard | None = None


@dataclass(frozen=True)
class FilePart:
    kind: FileKind
    attachment: Attachment
    keyboard: Keyboard | None = None


Part = TextPart | VenuePart | FilePart


def render_reply(reply: Reply) -> list[Part]:
    """One reply as Bot API messages: image, text (split), venue, audio, document.

    The buttons ride on the last text message, because that is what they answer; a reply
    without text puts them on its last message (a venue, a picture). A reply with nothing to
    show renders to no message at all.
    """
    mentions = " ".join(_mention_html(mention) for mention in reply.mentions)
    limit = MessageLimit.MAX_TEXT_LENGTH - (len(RIGHT_TO_LEFT_MARK) if reply.rtl else 0)
    limit -= _visible_length(reply.mentions)
    parts: list[Part] = []
    if reply.image is not None:
        parts.append(FilePart(FileKind.PHOTO, reply.image))
    html_chunks = [_text_html(chunk, reply.rtl) for chunk in split_text(reply.text, limit)]
    if mentions:  # after the text they belong to ("Speaks bg:"), notifying each one
        last = f"{html_chunks.pop()}\n{mentions}" if html_chunks else mentions
        html_chunks.append(last)
    parts += [TextPart(chunk) for chunk in html_chunks]
    if reply.venue is not None:
        parts.append(VenuePart(reply.venue))
    if reply.audio is not None:
        parts.append(FilePart(_audio_kind(reply.audio), reply.audio))
    if reply.document is not None:
        parts.append(FilePart(FileKind.DOCUMENT, reply.document))
    keyboard = inline_keyboard(reply.buttons)
    if keyboard is not None and parts:
        texts = [index for index, part in enumerate(parts) if isinstance(part, TextPart)]
        target = texts[-1] if texts else len(parts) - 1
        parts[target] = replace(parts[target], keyboard=keyboard)
    return parts


@lru_cache(maxsize=1024)
def inline_keyboard(rows: tuple[tuple[Button, ...], ...]) -> Keyboard | None:
    """Button rows as an inline keyboard; ``callback_data`` is the button's action.

    Built once per distinct set of buttons (the menu, a card's buttons in one language) and
    sent as it is: building PTB's keyboard objects and turning them back into JSON cost about
    1,000 Python calls per message.
    """
    keyboard = tuple(
        tuple({"text": button.label, "callback_data": button.action} for button in row)
        for row in rows
        if row
    )
    return {"inline_keyboard": keyboard} if keyboard else None


def split_text(text: str, limit: int = MessageLimit.MAX_TEXT_LENGTH) -> list[str]:
    """``text`` in messages Telegram takes (see :func:`bot.channels.text_split.split_text`)."""
    return text_split.split_text(text, limit)


def _text_html(chunk: str, rtl: bool) -> str:
    escaped = html.escape(chunk)
    return RIGHT_TO_LEFT_MARK + escaped if rtl else escaped


def _mention_html(mention: Mention) -> str:
    """``<a href="tg://user?id=...">Name</a>``: a notifying link to a staff member by user id."""
    return f'<a href="tg://user?id={html.escape(mention.user_id)}">{html.escape(mention.name)}</a>'


def _visible_length(mentions: tuple[Mention, ...]) -> int:
    """What mentions add to a message as Telegram counts it: the names, spaces and a line break."""
    return sum(utf16_length(m.name) + 1 for m in mentions)


def _audio_kind(attachment: Attachment) -> FileKind:
    is_ogg = attachment.mime_type == _VOICE_MIME or attachment.filename.lower().endswith(
        _VOICE_SUFFIXES
    )
    return FileKind.VOICE if is_ogg else FileKind.AUDIO
