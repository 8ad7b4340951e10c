"""Sending the core's replies through the Bot API: one code path for answers and pushes, in
private chats and in the topics of the staff group; plus the topics themselves and copies.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterator, Sequence
from datetime import timedelta
from typing import Any, cast

from telegram import Bot, InputFile
from telegram.constants import FileSizeLimit, ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter

from bot.channels.telegram_render import Part, TextPart, VenuePart, render_reply
from bot.messages import (
    Attachment,
    ChatId,
    DeliveryRefused,
    FileTooLarge,
    FileUnavailable,
    MessageRef,
    Reply,
    RetryLater,
    ThreadGone,
    ThreadId,
)
from bot.ports import AttachmentSlot

OnBlocked = Callable[[ChatId], Awaitable[None]]

_THREAD_GONE = ("message thread not found", "topic_deleted", "topic_id_invalid")
"""How the Bot API says a forum topic no longer exists (a mediator deleted it)."""
_UNCHANGED = ("topic_not_modified", "message is not modified")
"""Reopening an open topic, renaming it to its name, editing a card to the same text: done."""


def _later(error: RetryAfter) -> RetryLater:
    wait = error.retry_after
    return RetryLater(wait.total_seconds() if isinstance(wait, timedelta) else float(wait))


@contextlib.contextmanager
def _delivery_errors(*, unchanged_is_done: bool = False) -> Iterator[None]:
    """Bot API errors as the core understands them: never (refused), later, topic gone."""
    try:
        yield
    except RetryAfter as error:
        raise _later(error) from error
    except BadRequest as error:
        text = error.message.lower()
        if unchanged_is_done and any(words in text for words in _UNCHANGED):
            return
        if any(words in text for words in _THREAD_GONE):
            raise ThreadGone(error.message) from error
        raise DeliveryRefused(error.message) from error


@contextlib.contextmanager
def _download_errors() -> Iterator[None]:
    """getFile's refusals as the core understands them; a flood limit means later."""
    try:
        yield
    except RetryAfter as error:
        raise _later(error) from error
    except BadRequest as error:
        if "too big" in error.message.lower():
            raise FileTooLarge(error.message) from error
        raise FileUnavailable(error.message) from error


class TelegramSender:
    """Shows replies in a private chat or a staff topic. Satisfies the core's ``Sender``,
    ``CopyingSender``, ``FileSender`` and ``DeskSender`` protocols.

    A ``Forbidden`` answer in a private chat means the person blocked the bot (or deleted their
    account): the rest of the replies is dropped and ``on_blocked`` tells the core never to
    write again. Other errors propagate as the core's ``DeliveryRefused``/``ThreadGone``/
    ``RetryLater`` or as they are (network trouble), so a caller with an outbox can retry.
    """

    def __init__(self, bot: Bot, on_blocked: OnBlocked) -> None:
        self._bot = bot
        self._on_blocked = on_blocked

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        try:
            for reply in replies:
                await self._send_reply(chat_id, reply, thread_id)
        except Forbidden:
            if thread_id is not None:
                raise  # the bot lost its rights in the staff group: someone must fix that
            await self._on_blocked(chat_id)

    async def copy(
        self,
        from_chat: ChatId,
        message_ref: MessageRef,
        to_chat: ChatId,
        *,
        thread_id: ThreadId | None = None,
    ) -> None:
        """The message as it was sent (photo, voice, location, ...), without its author."""
        try:
            with _delivery_errors():
                await self._bot.copy_message(
                    to_chat, from_chat, int(message_ref), message_thread_id=_topic(thread_id)
                )
        except Forbidden:
            if thread_id is not None:
                raise
            await self._on_blocked(to_chat)

    async def download(self, media_ref: str) -> bytes:
        """A file someone sent, by its file id: ``getFile``, then the file itself.

        Raises ``FileTooLarge`` above the Bot API's download limit (20 MB), ``FileUnavailable``
        for a file id Telegram does not know (any more).
        """
        with _download_errors():
            file = await self._bot.get_file(media_ref)
            if (file.file_size or 0) > FileSizeLimit.FILESIZE_DOWNLOAD:
                raise FileTooLarge(f"{file.file_size} bytes: bots may download 20 MB")
            return bytes(await file.download_as_bytearray())

    def upload_limit(self, slot: AttachmentSlot) -> int:
        """Bots may upload photos up to 10 MB, other files up to 50 MB."""
        if slot == "image":
            return FileSizeLimit.PHOTOSIZE_UPLOAD
        return FileSizeLimit.FILESIZE_UPLOAD

    async def post(self, chat_id: ChatId, reply: Reply, *, thread_id: ThreadId) -> MessageRef:
        """One reply; the ref of its last message (the case card's text) to edit it later."""
        messages = await self._send_reply(chat_id, reply, thread_id)
        return MessageRef(str(messages[-1]["message_id"]))

    async def edit(self, chat_id: ChatId, message_ref: MessageRef, reply: Reply) -> None:
        """Replace a text message (the case card) with the first text of ``reply``."""
        part = next(p for p in render_reply(reply) if isinstance(p, TextPart))
        with _delivery_errors(unchanged_is_done=True):
            await self._call(
                "editMessageText",
                {
                    "chat_id": chat_id,
                    "message_id": int(message_ref),
                    "text": part.html,
                    "parse_mode": ParseMode.HTML,
                    "reply_markup": part.keyboard,
                },
            )

    async def create_topic(self, chat_id: ChatId, title: str) -> ThreadId:
        with _delivery_errors():
            topic = await self._bot.create_forum_topic(chat_id, title)
        return ThreadId(str(topic.message_thread_id))

    async def reopen_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        with _delivery_errors(unchanged_is_done=True):
            await self._bot.reopen_forum_topic(chat_id, int(thread_id))

    async def edit_topic(self, chat_id: ChatId, thread_id: ThreadId, title: str) -> None:
        with _delivery_errors(unchanged_is_done=True):
            await self._bot.edit_forum_topic(chat_id, int(thread_id), name=title)

    async def close_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        with _delivery_errors(unchanged_is_done=True):
            await self._bot.close_forum_topic(chat_id, int(thread_id))

    async def delete_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        with _delivery_errors():
            await self._bot.delete_forum_topic(chat_id, int(thread_id))

    async def _send_reply(
        self, chat_id: ChatId, reply: Reply, thread_id: ThreadId | None
    ) -> list[SentMessage]:
        with _delivery_errors():
            sent = [
                await self._send_part(chat_id, part, _topic(thread_id))
                for part in render_reply(reply)
            ]
        return sent

    async def _send_part(self, chat_id: ChatId, part: Part, topic: int | None) -> SentMessage:
        if isinstance(part, TextPart):
            return await self._call(
                "sendMessage",
                {
                    "chat_id": chat_id,
                    "text": part.html,
                    "parse_mode": ParseMode.HTML,
                    "reply_markup": part.keyboard,
                    "message_thread_id": topic,
                },
            )
        if isinstance(part, VenuePart):
            venue = part.venue
            return await self._call(
                "sendVenue",
                {
                    "chat_id": chat_id,
                    "latitude": venue.latitude,
                    "longitude": venue.longitude,
                    "title": venue.title,
                    "address": venue.address,
                    "reply_markup": part.keyboard,
                    "message_thread_id": topic,
                },
            )
        upload = await _input_file(part.attachment)
        field = part.kind.value  # sendPhoto's photo, sendVoice's voice, ...
        return await self._call(
            f"send{field.capitalize()}",
            {
                "chat_id": chat_id,
                field: upload,
                "reply_markup": part.keyboard,
                "message_thread_id": topic,
            },
        )

    async def _call(self, endpoint: str, data: dict[str, object]) -> SentMessage:
        """A Bot API call through PTB's request path (rate limiter, retries, errors), without
        building PTB's objects for our keyboards or reading the sent message back into them:
        that cost about a third of an answered update's Python calls, for a message id we
        seldom need. ``None`` values are left out, as PTB does."""
        result = await self._bot._post(endpoint, data)
        return cast(SentMessage, result)


SentMessage = dict[str, Any]
"""The Bot API's ``Message`` object of a sent message, as JSON (``message_id``, ...)."""


def _topic(thread_id: ThreadId | None) -> int | None:
    return None if thread_id is None else int(thread_id)


async def _input_file(attachment: Attachment) -> InputFile:
    if attachment.data is not None:
        data = attachment.data
    elif attachment.path is not None:
        data = await asyncio.to_thread(attachment.path.read_bytes)  # keep the loop responsive
    else:
        raise ValueError(f"attachment {attachment.filename!r} has neither path nor data")
    return InputFile(data, filename=attachment.filename)
