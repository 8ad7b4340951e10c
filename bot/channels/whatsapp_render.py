"""The core's replies -> WhatsApp Cloud API messages (pure; no network).

WhatsApp has no buttons on plain texts, pictures or pins: choices travel in an *interactive*
message whose body is the text they answer. Up to three short choices become reply buttons;
more become a list; more than a list holds become a menu the sender shows page by page.
Labels are the core's; the renderer only adds neutral symbols: ``☰`` and a range of numbers
on a list's button, ``⋯`` and the numbers that follow on the "more" row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.channels.text_split import RIGHT_TO_LEFT_MARK, split_text
from bot.dialogue.ids import parse_id
from bot.messages import Attachment, Button, Reply

# Platform limits (Cloud API "messages" reference), in characters.
MAX_TEXT_LENGTH = 4096
MAX_INTERACTIVE_BODY = 1024
MAX_REPLY_BUTTONS = 3
MAX_REPLY_BUTTON_TITLE = 20
MAX_LIST_ROWS = 10
MAX_LIST_ROW_TITLE = 24
MAX_LIST_ROW_DESCRIPTION = 72
MAX_LIST_BUTTON_TEXT = 20

ROWS_BEFORE_MORE = MAX_LIST_ROWS - 1
"""A page of a long menu: nine choices and the "more" row."""
MORE_PREFIX = "wa-more:"
"""Row id of "more": ``wa-more:<menu id>:<page>``; the channel answers it, never the core."""
NEUTRAL_BODY = "⋯"
"""Body for choices that came without any text (WhatsApp requires one)."""
_ELLIPSIS = "…"
_DASH = "\u2013"  # an en dash, between the first and the last number


class MediaKind(StrEnum):
    IMAGE = "image"
    AUDIO = "audio"
    DOCUMENT = "document"


@dataclass(frozen=True)
class MessagePart:
    """A complete message body for ``POST /<number>/messages`` (without recipient)."""

    message: dict[str, Any]


@dataclass(frozen=True)
class MediaPart:
    """A file to upload first; the message then names it by media id."""

    kind: MediaKind
    attachment: Attachment


@dataclass(frozen=True)
class MenuPart:
    """More choices than one list holds: stored by the sender and shown page by page."""

    body: str
    buttons: tuple[Button, ...]


Part = MessagePart | MediaPart | MenuPart


def render_replies(replies: Sequence[Reply]) -> list[Part]:
    """All replies of one answer, in order: picture, text, pin, audio, document.

    Choices ride on their reply's last text. A reply with choices but no text (a pin, a
    calendar file) puts them under the latest plain text of the same answer, or, if there is
    none, under a neutral ``⋯``.
    """
    parts: list[Part] = []
    plain: tuple[int, str] | None = None  # the latest text without choices, and its index
    for reply in replies:
        buttons = _unique(reply.all_buttons)
        if reply.image is not None:
            parts.append(MediaPart(MediaKind.IMAGE, reply.image))
        mark = RIGHT_TO_LEFT_MARK if reply.rtl else ""
        chunks = [mark + chunk for chunk in split_text(reply.text, MAX_TEXT_LENGTH - len(mark))]
        if buttons and chunks:
            *before, last = chunks
            if len(last) > MAX_INTERACTIVE_BODY:  # the tail that fits a body carries the choices
                tail = split_text(last.removeprefix(mark), MAX_INTERACTIVE_BODY - len(mark))
                *more, last = [mark + chunk for chunk in tail]
                before += more
            parts += [text_message(chunk) for chunk in before]
            parts.append(choices(last, buttons))
            buttons, plain = (), None
        else:
            for chunk in chunks:
                parts.append(text_message(chunk))
                plain = (len(parts) - 1, chunk)
        if reply.venue is not None:
            venue = reply.venue
            location = {
                "latitude": venue.latitude,
                "longitude": venue.longitude,
                "name": venue.title,
                "address": venue.address,
            }
            parts.append(MessagePart({"type": "location", "location": location}))
        if reply.audio is not None:
            parts.append(MediaPart(MediaKind.AUDIO, reply.audio))
        if reply.document is not None:
            parts.append(MediaPart(MediaKind.DOCUMENT, reply.document))
        if buttons:
            if plain is not None and len(plain[1]) <= MAX_INTERACTIVE_BODY:
                index, body = plain
                parts[index] = choices(body, buttons)
                plain = None
            else:
                parts.append(choices(NEUTRAL_BODY, buttons))
    return parts


def text_message(body: str) -> MessagePart:
    return MessagePart({"type": "text", "text": {"body": body, "preview_url": False}})


def choices(body: str, buttons: Sequence[Button]) -> Part:
    """Reply buttons when they fit, else a list, else a paged menu."""
    if len(buttons) <= MAX_REPLY_BUTTONS and all(
        len(button.label) <= MAX_REPLY_BUTTON_TITLE for button in buttons
    ):
        action = {
            "buttons": [
                {"type": "reply", "reply": {"id": button.action, "title": button.label}}
                for button in buttons
            ]
        }
        return _interactive("button", body, action)
    if len(buttons) <= MAX_LIST_ROWS:
        return MessagePart(list_page(body, buttons, menu_id=None, page=0))
    return MenuPart(body, tuple(buttons))


def list_page(
    body: str, buttons: Sequence[Button], *, menu_id: int | None, page: int
) -> dict[str, Any]:
    """One list message; page ``page`` of a stored menu when there are more than ten rows."""
    start = page * ROWS_BEFORE_MORE
    rest = buttons[start:]
    shown = rest if len(rest) <= MAX_LIST_ROWS else rest[:ROWS_BEFORE_MORE]
    rows = [_row(button) for button in shown]
    if len(shown) < len(rest):
        assert menu_id is not None, "a menu longer than one list must be stored first"
        first_hidden = start + len(shown) + 1
        more = Button(
            f"{NEUTRAL_BODY} {first_hidden}{_DASH}{len(buttons)}", more_action(menu_id, page + 1)
        )
        rows.append(_row(more))
    label = _fit(f"☰ {start + 1}{_DASH}{start + len(shown)}", MAX_LIST_BUTTON_TEXT)
    action = {"button": label, "sections": [{"rows": rows}]}
    return _interactive("list", body, action).message


def more_action(menu_id: int, page: int) -> str:
    return f"{MORE_PREFIX}{menu_id}:{page}"


def parse_more(action: str | None) -> tuple[int, int] | None:
    """``wa-more:12:1`` -> ``(12, 1)``; None for any other action."""
    if not action or not action.startswith(MORE_PREFIX):
        return None
    menu_text, _, page_text = action.removeprefix(MORE_PREFIX).partition(":")
    menu, page = parse_id(menu_text), parse_id(page_text)
    return None if menu is None or page is None else (menu, page)


def _interactive(kind: str, body: str, action: dict[str, Any]) -> MessagePart:
    interactive = {"type": kind, "body": {"text": body}, "action": action}
    return MessagePart({"type": "interactive", "interactive": interactive})


def _row(button: Button) -> dict[str, str]:
    """A list row; a label too long for the title is shown whole in the description."""
    row = {"id": button.action, "title": _fit(button.label, MAX_LIST_ROW_TITLE)}
    if len(button.label) > MAX_LIST_ROW_TITLE:
        row["description"] = _fit(button.label, MAX_LIST_ROW_DESCRIPTION)
    return row


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - len(_ELLIPSIS)].rstrip() + _ELLIPSIS


def _unique(buttons: Sequence[Button]) -> tuple[Button, ...]:
    """WhatsApp refuses two choices with one id; the first one stays."""
    seen: set[str] = set()
    kept = []
    for button in buttons:
        if button.action not in seen:
            seen.add(button.action)
            kept.append(button)
    return tuple(kept)
