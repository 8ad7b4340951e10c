"""What the handover needs from channels beyond ``bot.app.Sender``: topics in the staff chat,
editing the case card, and copying a message as it is (photo, voice, location, ...).

Channels implement these structurally (Telegram, the terminal); the core never imports them.
A method raises ``DeliveryRefused``/``ThreadGone``/``RetryLater`` (``bot.dialogue.messages``)
so the relay can tell "never" from "later"; anything else counts as "later".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from bot.dialogue.messages import ChannelName, ChatId, MessageRef, Reply, ThreadId


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
