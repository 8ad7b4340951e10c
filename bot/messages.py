"""The small vocabulary every channel speaks with the core: one inbound message in, replies out.

Channels translate their wire format into an :class:`Inbound` and render each :class:`Reply`
back. Nothing here knows about Telegram, WhatsApp or the terminal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import NewType

ChannelName = NewType("ChannelName", str)
"""``"telegram"``, ``"whatsapp"``, ``"console"``."""

ChatId = NewType("ChatId", str)
"""The person's chat on their channel, as the channel names it (a Telegram chat id as text)."""

PHONE_NUMBER_CHANNELS = frozenset({ChannelName("whatsapp")})
"""Channels whose chat id is the person's phone number: the privacy note has to say so."""

ThreadId = NewType("ThreadId", str)
"""A topic inside a group chat, as the channel names it (Telegram's message_thread_id)."""

UserId = NewType("UserId", str)
"""A person or staff member on their channel, as the channel names them (Telegram's user id):
who wrote in a group chat, where that differs from the chat."""

MessageRef = NewType("MessageRef", str)
"""One message in a chat, as the channel names it (Telegram's message_id): to copy or edit it."""

ACTION_MAX_BYTES = 64
"""Button payloads must fit Telegram's callback data limit; the core keeps them shorter."""

PURPOSE = "purpose"
"""``Reply.extras`` key: why the bot writes first (``reminder``, ``mediator_reply``, ...).

A channel that may write first only with pre-approved templates (WhatsApp, after 24 hours of
silence) picks the template by it; other ``extras`` (e.g. ``when``) can fill the template."""

TYPED_YES = "typed_yes"
TYPED_NO = "typed_no"
"""``Reply.extras`` keys: the button payloads a typed "yes" ("da", "evet", "ok") or "no" stands
for, on a reply that offers one obvious choice (consent, a booking confirmation). Channels
ignore them; the core remembers them for the next turn."""


LISTEN = "listen"
"""``Reply.extras`` key: what this reply says can also be listened to (``offer:ID``,
``faq:ID``, ``booking:ID``, ``reminder:ID``), or ``say``: speak this reply's own text at once.
The voice feature (``bot/voice``) adds the 🔊 button where a voice exists; channels ignore it."""


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
"""NUL and lone UTF-16 surrogates: PostgreSQL refuses both in text and JSON, and a surrogate
cannot even be written as UTF-8. Nobody types them on purpose."""


def storable(text: str) -> str:
    """``text`` without the characters a database refuses."""
    return _UNSTORABLE.sub("", text)


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
    sender_id: UserId | None = None  # who wrote, where it differs from the chat (staff group)
    thread_id: ThreadId | None = None  # a topic inside a group chat (one per handed-over person)
    message_ref: MessageRef | None = None  # the channel's id of this message, to copy it
    update_id: str | None = None  # the channel's id of this delivery: a redelivery is dropped
    reply_to_media: str | None = None  # the media_ref of the voice note this message answers

    def __post_init__(self) -> None:
        # Every channel's message passes here: the one place to drop what cannot be stored.
        # (The instance's own fields, read directly: ``fields()`` and ``getattr`` for each
        # cost a few dozen Python calls per message.)
        for name, value in vars(self).items():
            if isinstance(value, str) and _UNSTORABLE.search(value):
                object.__setattr__(self, name, storable(value))


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

    ``rtl`` tells channels that can use it that the text reads right to left. ``extras`` holds
    hints for channels, e.g. :data:`PURPOSE`.
    """

    text: str = ""
    buttons: tuple[tuple[Button, ...], ...] = ()
    venue: Venue | None = None
    image: Attachment | None = None
    audio: Attachment | None = None
    document: Attachment | None = None
    rtl: bool = False
    extras: dict[str, str] = field(default_factory=dict)
    mentions: tuple[Mention, ...] = ()  # staff to notify, shown after the text (staff group only)

    @property
    def all_buttons(self) -> list[Button]:
        return [button for row in self.buttons for button in row]


@dataclass(frozen=True)
class Mention:
    """Someone to notify in a group, by their user id on that channel, shown by name."""

    user_id: str
    name: str


# -- what a channel's send may raise, so the core can tell "try later" from "never" ----------


class DeliveryRefused(Exception):
    """The channel refused the message for good (bad request, chat gone): do not retry it."""


class RetryLater(Exception):
    """The channel asks to wait (a flood limit) before trying again."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds}s")
        self.seconds = seconds


class ThreadGone(DeliveryRefused):
    """The topic was deleted: the message can only go to a new one."""


class ThreadClosed(DeliveryRefused):
    """The topic is closed: reopen it, then try again."""


# -- what a channel's download may raise ---------------------------------------------------------


class FileUnavailable(Exception):
    """The channel cannot hand out this file, for good (gone, refused): asking again won't help."""


class FileTooLarge(FileUnavailable):
    """The file is bigger than the channel lets a bot fetch or send."""
