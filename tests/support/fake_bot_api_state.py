"""What the fake Bot API records and keeps: every call the bot made, injected faults, topics.

Tests read these (``fake.calls``, ``ApiCall.visible_text``, ``ApiCall.buttons``) to see what
a person or the staff group would have seen.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from tests.support.telegram_oracle import html_to_text

CLIENT_GONE = 499
"""Status of a call the bot abandoned before the fake answered (nginx's "client closed")."""
DROPPED = 444
"""Status of a call whose connection the fake closed without an answer (nginx's "no response");
like a network failing on the way there, the call is not carried out."""
SEND_METHODS = frozenset(
    {
        "sendMessage",
        "sendVenue",
        "sendLocation",
        "sendPhoto",
        "sendAudio",
        "sendVoice",
        "sendDocument",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
    }
)
"""Methods that put something new into a chat (what a person would see arrive)."""


@dataclass(frozen=True)
class UploadedFile:
    field: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class ApiCall:
    """One request the bot made, recorded on arrival; ``status`` is set once answered."""

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile] = field(default_factory=dict)
    status: int | None = None  # None while the fake is still answering (long poll, delay)
    result: Any = None
    received_at: float = field(default_factory=time.monotonic)  # for latency benchmarks
    client_port: int | None = None  # the bot's end of the connection the call came on

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def answered(self) -> bool:
        return self.status is not None

    @property
    def chat_id(self) -> str | None:
        value = self.params.get("chat_id")
        return None if value is None else str(value)

    @property
    def visible_text(self) -> str:
        """Text or caption as the person reads it (HTML tags and entities resolved)."""
        raw = str(self.params.get("text") or self.params.get("caption") or "")
        if self.params.get("parse_mode") == "HTML":
            return html_to_text(raw)
        return raw

    @property
    def buttons(self) -> list[list[tuple[str, str]]]:
        """Inline keyboard rows as ``(label, callback_data)``."""
        markup = self.params.get("reply_markup") or {}
        return [
            [(button["text"], button.get("callback_data", "")) for button in row]
            for row in markup.get("inline_keyboard", [])
        ]

    @property
    def button_labels(self) -> list[str]:
        return [label for row in self.buttons for label, _ in row]


@dataclass(frozen=True)
class Fault:
    """What to do instead of (or before) answering one call."""

    status: int | None = None  # None: answer normally (after the delay)
    retry_after: int | None = None
    delay: float = 0.0
    description: str = "Injected fault"
    drop: bool = False  # close the connection without answering (see DROPPED)


@dataclass
class Topic:
    """A forum topic of the staff group, as the fake keeps it."""

    name: str
    closed: bool = False
    deleted: bool = False
