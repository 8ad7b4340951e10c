"""Sending the core's replies over the Cloud API: answers, pushes, held replies, menu pages.

Within 24 hours of the person's last message a reply goes out as it is, paced. Later, the
reply is held in the database and an approved template tells the person something waits; the
held replies go out, in order, the next time they write (:meth:`WhatsAppSender.deliver_held`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.channels.whatsapp_client import (
    WINDOW_CLOSED_CODE,
    MediaTooLarge,
    WhatsAppApiError,
    WhatsAppClient,
)
from bot.channels.whatsapp_pacing import Pacer, Turn
from bot.channels.whatsapp_parse import CHANNEL
from bot.channels.whatsapp_render import (
    MediaKind,
    MediaPart,
    MenuPart,
    MessagePart,
    Part,
    list_page,
    render_replies,
)
from bot.channels.whatsapp_window import DEFAULT_PURPOSE, TEMPLATE_PAUSE, Templates, window_open
from bot.messages import (
    PURPOSE,
    ChatId,
    DeliveryRefused,
    FileTooLarge,
    FileUnavailable,
    Reply,
    ThreadId,
)
from bot.ports import AttachmentSlot
from bot.storage import whatsapp as store
from bot.storage.database import Database
from bot.storage.models import User

_LOG = logging.getLogger("bot.channels.whatsapp")

MEDIA_ID_LIFETIME_SECONDS = 25 * 24 * 3600.0
"""Meta keeps uploaded media 30 days; content files are uploaded again after 25."""
CACHED_UPLOADS = 256
UPLOAD_LIMITS: dict[AttachmentSlot, int] = {
    "image": 5 * 1024 * 1024,
    "audio": 16 * 1024 * 1024,
    "document": 100 * 1024 * 1024,
}
"""What the Cloud API takes per media type (images 5 MB, audio 16 MB, documents 100 MB)."""


@dataclass(frozen=True)
class HeldNotice:
    """Replies to one person wait for their next message; ``template`` went out instead."""

    chat_id: ChatId
    purpose: str
    template: str | None


OnHeld = Callable[[HeldNotice], Awaitable[None]]
LanguageChain = Callable[[str | None, str | None], Sequence[str]]


class WhatsAppSender:
    """Shows replies in a person's WhatsApp chat. Satisfies the core's ``Sender`` and
    ``FileSender`` protocols.

    Errors propagate (after the client's retries), so a caller with an outbox can retry.
    """

    def __init__(
        self,
        client: WhatsAppClient,
        pacer: Pacer,
        database: Database,
        templates: Templates,
        *,
        languages: LanguageChain,
        clock: Callable[[], datetime],
    ) -> None:
        self._client = client
        self._pacer = pacer
        self._database = database
        self._templates = templates
        self._languages = languages
        self._clock = clock
        self._uploads: OrderedDict[tuple[Path, int, int], tuple[str, float]] = OrderedDict()
        self.on_held: list[OnHeld] = []

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        """Show ``replies`` now, or hold them for the person's next message (24-hour window).

        WhatsApp chats have no topics: ``thread_id`` is for the staff group and never set here.
        Raises ``DeliveryRefused`` when WhatsApp refuses for good (an invalid number, a bad
        request), the client's ``WhatsAppApiError`` when asking again later may help.
        """
        if not replies:
            return
        try:
            await self._send_or_hold(chat_id, replies)
        except WhatsAppApiError as error:
            if error.retryable:
                raise
            raise DeliveryRefused(f"HTTP {error.status}, error code {error.code}") from error

    async def _send_or_hold(self, chat_id: ChatId, replies: Sequence[Reply]) -> None:
        async with self._pacer.conversation(chat_id) as turn:
            async with self._database.session() as session:
                person = await store.person(session, CHANNEL, chat_id)
                user_id = person.id if person is not None else None
                closed = person is not None and not window_open(person.last_seen_at, self._clock())
            if not closed:
                try:
                    await self._deliver(chat_id, user_id, replies, turn)
                    return
                except WhatsAppApiError as error:
                    if error.code != WINDOW_CLOSED_CODE or person is None:
                        raise
                    # Meta counts the window from a moment a little apart from ours. Parts of
                    # the answer that went out already come again with it: better than a gap.
            assert person is not None
            notice = await self._hold(chat_id, person, replies, turn)
        for listener in self.on_held:
            await listener(notice)

    async def deliver_held(self, chat_id: ChatId) -> int:
        """Send what waited for this person, oldest first; how many answers went out.

        Each held answer is taken from the database before it is sent, so two processes never
        send it twice; one that fails is put back for the next message, unless WhatsApp refused
        it for good (it would block everything after it).
        """
        async with self._database.session() as session:
            person = await store.person(session, CHANNEL, chat_id)
            waiting = await store.held_ids(session, person.id) if person is not None else []
        if person is None or not waiting:
            return 0
        delivered = 0
        async with self._pacer.conversation(chat_id) as turn:
            for held_id in waiting:
                async with self._database.session() as session:
                    replies = await store.take_held(session, held_id)
                if replies is None:
                    continue
                try:
                    await self._deliver(chat_id, person.id, replies, turn)
                except WhatsAppApiError as error:
                    _LOG.warning(
                        "held reply not delivered: HTTP %s, code %s", error.status, error.code
                    )
                    if not error.retryable:
                        continue
                    async with self._database.session() as session:
                        await store.put_back(session, person.id, replies, self._clock())
                    break
                delivered += 1
        return delivered

    async def show_menu_page(self, chat_id: ChatId, menu_id: int, page: int) -> bool:
        """The next page of a long menu ("⋯" tapped); False when the menu is gone."""
        async with self._database.session() as session:
            person = await store.person(session, CHANNEL, chat_id)
            menu = await store.load_menu(session, menu_id, person.id if person else None)
        if menu is None:
            return False
        text, buttons = menu
        async with self._pacer.conversation(chat_id) as turn:
            message = list_page(text, buttons, menu_id=menu_id, page=page)
            await self._send_one(chat_id, person.id if person else None, message, turn)
        return True

    async def aclose(self) -> None:
        await self._client.aclose()

    async def download(self, media_ref: str) -> bytes:
        """The bytes of a file a person sent (``Inbound.media_ref`` is WhatsApp's media id).

        Raises ``FileTooLarge`` above the client's limit, ``FileUnavailable`` when Meta refuses
        for good (a media id expires after 30 days); a retryable ``WhatsAppApiError`` otherwise.
        """
        try:
            data, _ = await self._client.download(media_ref)
        except MediaTooLarge as error:
            raise FileTooLarge(str(error)) from error
        except WhatsAppApiError as error:
            if error.retryable:
                raise
            raise FileUnavailable(str(error)) from error
        return data

    def upload_limit(self, slot: AttachmentSlot) -> int:
        return UPLOAD_LIMITS[slot]

    # -- sending --------------------------------------------------------------------------------

    async def _deliver(
        self, chat_id: ChatId, user_id: int | None, replies: Sequence[Reply], turn: Turn
    ) -> None:
        for part in render_replies(replies):
            message = await self._message(part, user_id)
            await self._send_one(chat_id, user_id, message, turn)

    async def _send_one(
        self, chat_id: ChatId, user_id: int | None, message: dict[str, Any], turn: Turn
    ) -> None:
        await turn()
        wamid = await self._client.send(chat_id, message)
        async with self._database.session() as session:
            await store.record_sent(session, wamid, user_id, self._clock())

    async def _message(self, part: Part, user_id: int | None) -> dict[str, Any]:
        if isinstance(part, MessagePart):
            return part.message
        if isinstance(part, MenuPart):
            async with self._database.session() as session:
                menu_id = await store.save_menu(
                    session, user_id, part.body, part.buttons, self._clock()
                )
            return list_page(part.body, part.buttons, menu_id=menu_id, page=0)
        media: dict[str, Any] = {"id": await self._media_id(part)}
        if part.kind is MediaKind.DOCUMENT:
            media["filename"] = part.attachment.filename
        return {"type": part.kind.value, part.kind.value: media}

    async def _media_id(self, part: MediaPart) -> str:
        attachment = part.attachment
        if attachment.data is not None:  # made on the fly (an .ics): uploaded each time
            return await self._client.upload(
                attachment.data, attachment.mime_type, attachment.filename
            )
        if attachment.path is None:
            raise ValueError(f"attachment {attachment.filename!r} has neither path nor data")
        stat = await asyncio.to_thread(attachment.path.stat)
        key = (attachment.path, stat.st_mtime_ns, stat.st_size)  # an edited file is new
        cached = self._uploads.get(key)
        if cached is not None and time.monotonic() - cached[1] < MEDIA_ID_LIFETIME_SECONDS:
            return cached[0]
        data = await asyncio.to_thread(attachment.path.read_bytes)
        media_id = await self._client.upload(data, attachment.mime_type, attachment.filename)
        self._uploads[key] = (media_id, time.monotonic())
        if len(self._uploads) > CACHED_UPLOADS:
            self._uploads.popitem(last=False)
        return media_id

    # -- outside the 24-hour window ---------------------------------------------------------------

    async def _hold(
        self, chat_id: ChatId, person: User, replies: Sequence[Reply], turn: Turn
    ) -> HeldNotice:
        """Keep the replies for later; send the purpose's template unless one went out lately."""
        extras = next((reply.extras for reply in replies if PURPOSE in reply.extras), {})
        purpose = extras.get(PURPOSE, DEFAULT_PURPOSE)
        now = self._clock()
        async with self._database.session() as session:
            told = await store.template_sent_since(
                session, person.id, purpose, now - TEMPLATE_PAUSE
            )
        template = None
        if not told:
            chosen = self._templates.choose(
                purpose, self._languages(person.language, person.format_language)
            )
            if chosen is None:
                _LOG.warning("no WhatsApp template for %r: the reply waits silently", purpose)
            else:
                try:
                    await self._send_one(chat_id, person.id, chosen.message(extras), turn)
                    template = chosen.name
                except WhatsAppApiError as error:
                    _LOG.warning(
                        "template %s not sent: HTTP %s, code %s",
                        chosen.name,
                        error.status,
                        error.code,
                    )
        async with self._database.session() as session:
            await store.hold(
                session, person.id, replies, purpose=purpose, template=template, now=now
            )
        return HeldNotice(chat_id, purpose, template)
