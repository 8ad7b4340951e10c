"""The small vocabulary every channel speaks with the core: one inbound message in, replies out.

Channels translate their wire format into an :class:`Inbound` and render each :class:`Reply`
back. Nothing here knows about Telegram, WhatsApp or the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NewType

ChannelName = NewType("ChannelName", str)
"""``"telegram"``, ``"whatsapp"``, ``"console"``."""

ChatId = NewType("ChatId", str)
"""The person's chat on their channel, as the channel names it (a Telegram chat id as text)."""

ACTION_MAX_BYTES = 64
"""Button payloads must fit Telegram's callback data limit; the core keeps them shorter."""


class InboundKind(StrEnum):
    """What the person sent. Anything the core cannot read still gets a friendly answer."""

    TEXT = "text"
    ACTION = "action"  # a tapped button; ``Inbound.action`` holds its payload
    STICKER = "sticker"
    PHOTO = "photo"
    VOICE = "voice"
    AUDIO = "audio"
    VIDEO = "video"
    DOCUMENT = "document"
    LOCATION = "location"
    CONTACT = "contact"
    OTHER = "other"


@dataclass(frozen=True)
class Inbound:
    """One thing a person did in their chat.

    ``text`` may start with ``/`` for commands (``/start ro-sewing-cafe``, ``/language``);
    the core parses them, so every channel gets the same commands.
    """

    channel: ChannelName
    chat_id: ChatId
    kind: InboundKind = InboundKind.TEXT
    text: str | None = None
    action: str | None = None
    language_hint: str | None = None  # e.g. Telegram's language_code; only preselects
    display_name: str | None = None  # for a mediator's card; never logged
    media_ref: str | None = None  # a channel's own id for media, for later relaying
    sender_id: str | None = None  # who wrote, where it differs from the chat (the staff group)
    thread_id: str | None = None  # a topic inside a group chat (one per handed-over person)


@dataclass(frozen=True)
class Button:
    """A tappable choice. ``action`` is opaque to channels and at most 64 bytes."""

    label: str
    action: str

    def __post_init__(self) -> None:
        if len(self.action.encode()) > ACTION_MAX_BYTES:
            raise ValueError(f"button action longer than {ACTION_MAX_BYTES} bytes: {self.action!r}")


@dataclass(frozen=True)
class Venue:
    """A place to show as a map pin."""

    title: str
    address: str
    latitude: float
    longitude: float

    @property
    def map_url(self) -> str:
        """A plain map link for channels without native pins (the terminal)."""
        return (
            "https://www.openstreetmap.org/?mlat="
            f"{self.latitude:.5f}&mlon={self.longitude:.5f}#map=18/"
            f"{self.latitude:.5f}/{self.longitude:.5f}"
        )


@dataclass(frozen=True)
class Attachment:
    """A file to send: from disk (content media) or made on the fly (an .ics)."""

    filename: str
    mime_type: str
    path: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class Reply:
    """One message from the bot. Text is plain (channels escape it); buttons come in rows.

    ``rtl`` tells channels that can use it that the text reads right to left.
    """

    text: str = ""
    buttons: tuple[tuple[Button, ...], ...] = ()
    venue: Venue | None = None
    image: Attachment | None = None
    audio: Attachment | None = None
    document: Attachment | None = None
    rtl: bool = False
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def all_buttons(self) -> list[Button]:
        return [button for row in self.buttons for button in row]
