"""Sending the core's replies through the Bot API: one code path for answers and pushes."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

from telegram import Bot, InputFile
from telegram.constants import ParseMode
from telegram.error import Forbidden

from bot.channels.telegram_render import FileKind, FilePart, Part, TextPart, VenuePart, render_reply
from bot.dialogue.messages import Attachment, ChatId, Reply

OnBlocked = Callable[[ChatId], Awaitable[None]]


class TelegramSender:
    """Shows replies in a private chat. Satisfies the core's ``Sender`` protocol.

    A ``Forbidden`` answer means the person blocked the bot (or deleted their account): the
    rest of the replies is dropped and ``on_blocked`` tells the core never to write again.
    Other errors propagate, so a caller with an outbox can retry later.
    """

    def __init__(self, bot: Bot, on_blocked: OnBlocked) -> None:
        self._bot = bot
        self._on_blocked = on_blocked

    async def send(self, chat_id: ChatId, replies: Sequence[Reply]) -> None:
        try:
            for reply in replies:
                for part in render_reply(reply):
                    await self._send_part(chat_id, part)
        except Forbidden:
            await self._on_blocked(chat_id)

    async def _send_part(self, chat_id: ChatId, part: Part) -> None:
        if isinstance(part, TextPart):
            await self._bot.send_message(
                chat_id, part.html, parse_mode=ParseMode.HTML, reply_markup=part.keyboard
            )
        elif isinstance(part, VenuePart):
            venue = part.venue
            await self._bot.send_venue(
                chat_id,
                latitude=venue.latitude,
                longitude=venue.longitude,
                title=venue.title,
                address=venue.address,
                reply_markup=part.keyboard,
            )
        else:
            await self._send_file(chat_id, part)

    async def _send_file(self, chat_id: ChatId, part: FilePart) -> None:
        upload = await _input_file(part.attachment)
        markup = part.keyboard
        match part.kind:
            case FileKind.PHOTO:
                await self._bot.send_photo(chat_id, upload, reply_markup=markup)
            case FileKind.VOICE:
                await self._bot.send_voice(chat_id, upload, reply_markup=markup)
            case FileKind.AUDIO:
                await self._bot.send_audio(chat_id, upload, reply_markup=markup)
            case FileKind.DOCUMENT:
                await self._bot.send_document(chat_id, upload, reply_markup=markup)


async def _input_file(attachment: Attachment) -> InputFile:
    if attachment.data is not None:
        data = attachment.data
    elif attachment.path is not None:
        data = await asyncio.to_thread(attachment.path.read_bytes)  # keep the loop responsive
    else:
        raise ValueError(f"attachment {attachment.filename!r} has neither path nor data")
    return InputFile(data, filename=attachment.filename)
