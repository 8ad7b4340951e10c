"""The rendering oracle: what Telegram accepts from a bot and how a person then sees it.

Like Telegram, it refuses what a real bot must not send (HTML tags outside Telegram's set,
texts and captions over their limits in UTF-16 units, oversized button data, bad topic
names) with the Bot API's error, so the fake server built on it checks the adapter's
rendering. ``html_to_text`` gives the text as the person reads it.
"""

from __future__ import annotations

from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any

from telegram.constants import InlineKeyboardButtonLimit

TOPIC_NAME_MAX = 128

# Telegram's HTML parse mode knows these tags only.
TELEGRAM_HTML_TAGS = frozenset(
    {
        "a",
        "b",
        "blockquote",
        "code",
        "del",
        "em",
        "i",
        "ins",
        "pre",
        "s",
        "span",
        "strike",
        "strong",
        "tg-emoji",
        "tg-spoiler",
        "u",
    }
)


class TelegramHtml(HTMLParser):
    """Collect visible text; remember the first tag Telegram would refuse."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.bad_tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_HTML_TAGS and self.bad_tag is None:
            self.bad_tag = tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_to_text(raw: str) -> str:
    parser = TelegramHtml()
    parser.feed(raw)
    parser.close()
    return "".join(parser.text)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class ApiError(Exception):
    """Answer the call with a Bot API error."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


def checked_text(params: Mapping[str, Any], key: str, limit: int) -> dict[str, Any]:
    """The ``key`` field (text or caption) as Telegram stores it; ApiError where it refuses."""
    raw = str(params.get(key) or "")
    if params.get("parse_mode") == "HTML":
        parser = TelegramHtml()
        parser.feed(raw)
        parser.close()
        if parser.bad_tag is not None:
            raise ApiError(
                400,
                f'Bad Request: can\'t parse entities: Unsupported start tag "{parser.bad_tag}"',
            )
        raw = "".join(parser.text)
    if utf16_length(raw) > limit:
        raise ApiError(400, f"Bad Request: {key} is too long")
    return {key: raw} if raw else {}


def topic_name(params: Mapping[str, Any]) -> str:
    name = str(params.get("name") or "")
    if not 1 <= utf16_length(name) <= TOPIC_NAME_MAX:
        raise ApiError(400, "Bad Request: TOPIC_NAME_INVALID")
    return name


def check_keyboard(markup: Mapping[str, Any]) -> None:
    for row in markup.get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data") or ""
            if len(data.encode()) > InlineKeyboardButtonLimit.MAX_CALLBACK_DATA:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
