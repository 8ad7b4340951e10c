"""What the handover needs from channels beyond ``bot.app.Sender``: topics in the staff chat,
editing the case card, copying a message as it is (photo, voice, location, ...), and the size
of files a channel takes (for files passed between channels).

Channels implement these structurally (Telegram, the terminal); the core never imports them.
A method raises ``DeliveryRefused``/``ThreadGone``/``RetryLater`` (``bot.dialogue.messages``)
so the relay can tell "never" from "later"; anything else counts as "later".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from bot.dialogue.messages import ChannelName, ChatId, MessageRef, Reply, ThreadId

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
