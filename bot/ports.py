"""The Protocols channels implement, so the core and features never import a channel.

A channel registers a :class:`Sender` for the people it serves and, if it serves the staff
chat, a :class:`DeskSender`; features use them through the core. A method raises
``DeliveryRefused``/``ThreadGone``/``RetryLater`` (``bot.messages``) so callers can tell
"never" from "later"; anything else counts as "later".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from bot.messages import ChannelName, ChatId, MessageRef, Reply, ThreadId


class Sender(Protocol):
    """What the core needs from a channel to speak first (reminders, a mediator's reply)."""

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        """Show ``replies`` in the chat (in one of its topics, for the staff group).

        May raise ``DeliveryRefused`` (this can never go), ``ThreadGone`` or ``RetryLater``
        (``bot.messages``); anything else means "try again later".
        """
        ...

    async def download(self, media_ref: str) -> bytes:
        """The bytes of a file someone sent, by the channel's ``Inbound.media_ref``.

        Used for catalogue files staff send to the staff group, and for files the handover
        passes to another channel. Telegram: ``getFile`` on the file id, then the download.
        Raises ``FileTooLarge`` (Telegram bots may download up to 20 MB) or ``FileUnavailable``
        (``bot.messages``) when asking again will not help; anything else means
        "try again later".
        """
        ...


AttachmentSlot = Literal["image", "audio", "document"]
"""The fields of ``Reply`` that carry a file."""


@runtime_checkable
class CopyingSender(Protocol):
    """A channel that can show a message from one chat in another, without naming its author."""

    async def copy(
        self,
        from_chat: ChatId,
        message_ref: MessageRef,
        to_chat: ChatId,
        *,
        thread_id: ThreadId | None = None,
    ) -> None: ...


@runtime_checkable
class FileSender(Protocol):
    """A channel that shows files (``Reply.image``/``audio``/``document``), up to a size.

    A sender without this (the terminal) shows a file's name instead of the file.
    """

    def upload_limit(self, slot: AttachmentSlot) -> int:
        """The most bytes the platform takes for one file in ``slot``."""
        ...


class DeskSender(Protocol):
    """The staff chat: one topic per person, a card per case at the top of it."""

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None: ...

    async def post(self, chat_id: ChatId, reply: Reply, *, thread_id: ThreadId) -> MessageRef:
        """One message, whose ref is kept to edit it later (the case card)."""
        ...

    async def edit(self, chat_id: ChatId, message_ref: MessageRef, reply: Reply) -> None: ...

    async def create_topic(self, chat_id: ChatId, title: str) -> ThreadId: ...

    async def reopen_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None: ...

    async def edit_topic(self, chat_id: ChatId, thread_id: ThreadId, title: str) -> None: ...

    async def close_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None: ...

    async def delete_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None: ...


@dataclass(frozen=True)
class Desk:
    """Where mediators work: a chat on a channel, served by this process."""

    channel: ChannelName
    chat_id: ChatId
    sender: DeskSender
