"""Files passed between channels in the relay: fetched from the channel they were sent on,
shown on the other one; where that cannot be, a note in the topic and a word to the person.

The fetch happens inside the delivery step, so a failed fetch is retried like a failed send,
and a file is never held anywhere but in memory (and the outbox keeps only its id).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from bot.handover import media, views
from bot.handover.outbox import Kind, Letter, Outbox
from bot.handover.views import MEDIATOR_REPLY
from bot.i18n.translator import TextCatalogs, Translator
from bot.messages import (
    PURPOSE,
    ChannelName,
    ChatId,
    FileTooLarge,
    FileUnavailable,
    InboundKind,
    Reply,
    RetryLater,
    ThreadId,
)
from bot.ports import DeskSender, FileSender
from bot.storage.database import Database
from bot.storage.models import HandoverCase, User

if TYPE_CHECKING:
    from bot.ports import Sender

FILE_LANES = 2
"""Files passed on at the same time; each is held in memory (up to 50 MB)."""
FILE_ATTEMPTS = 10
"""Tries to fetch a file (about ten minutes with the backoff) before notes go instead."""


class FileCarrier:
    def __init__(
        self,
        *,
        database: Database,
        box: Outbox,
        senders: Mapping[ChannelName, Sender],
        texts: TextCatalogs,
        clock: Callable[[], datetime],
    ) -> None:
        self.database = database
        self.box = box
        self.senders = senders
        self.texts = texts
        self.clock = clock
        self._lanes = asyncio.Semaphore(FILE_LANES)

    async def carry(
        self,
        letter: Letter,
        kind: InboundKind,
        target: Sender | DeskSender,
        chat: ChatId,
        thread: ThreadId | None,
    ) -> None:
        """A file from one channel shown on another. It is fetched in this step, so a failed
        fetch is retried like a failed send; a file that cannot go at all leaves notes."""
        row = letter.row
        if not isinstance(target, FileSender):  # the terminal shows the file's name
            await target.send(chat, [self._file_name(letter, kind)], thread_id=thread)
            return
        async with self._lanes:
            try:
                data = await self._download(letter)
                reply = media.file_reply(kind, data, row.text, target.upload_limit)
                if reply is None:
                    raise FileTooLarge(f"{len(data)} bytes")
            except FileUnavailable as error:
                too_large = isinstance(error, FileTooLarge)
                await self._stayed(letter, kind, target, chat, thread, too_large=too_large)
                return
            if not row.to_staff:
                reply = replace(reply, extras={PURPOSE: MEDIATOR_REPLY})
            await target.send(chat, [reply], thread_id=thread)

    async def _download(self, letter: Letter) -> bytes:
        row = letter.row
        source = self.senders.get(ChannelName(row.source_channel or ""))
        try:
            if source is None:
                raise LookupError(f"no {row.source_channel} channel in this process")
            return await source.download(str(media.media_ref(row)))
        except (FileUnavailable, RetryLater):
            raise
        except Exception as error:
            if letter.attempts >= FILE_ATTEMPTS:
                raise FileUnavailable(f"no file after {letter.attempts} tries") from error
            raise

    async def _stayed(
        self,
        letter: Letter,
        kind: InboundKind,
        target: Sender | DeskSender,
        chat: ChatId,
        thread: ThreadId | None,
        *,
        too_large: bool,
    ) -> None:
        """Instead of the file: a German note in the topic, a short text to the person."""
        row, case = letter.row, letter.case
        assert case is not None and letter.user is not None  # relayed rows belong to a case
        t = self._person(case, letter.user)
        if row.to_staff:
            problem = "ist zu groß, um sie hier zu zeigen" if too_large else "ließ sich nicht laden"
            note = (
                f"{media.as_text(row, media.NAMES_DE)}\n⚠️ Die Datei {problem}. Die Person wurde "
                "gebeten, eine kleinere zu schicken oder zu schreiben, worum es geht."
            )
            await target.send(chat, [Reply(text=note)], thread_id=thread)
            async with self.database.session() as session:
                self.box.notice(session, case, views.file_not_passed_on(t), self.clock())
            return
        await target.send(chat, [views.file_not_delivered(t)])
        name = media.NAMES_DE[kind]
        problem = "ist zu groß für den Chat der Person" if too_large else "ließ sich nicht laden"
        note = (
            f"⚠️ Die Datei ({name}) {problem} und ging nicht an die Person; sie weiß Bescheid. "
            "Bitte kleiner schicken oder den Inhalt schreiben."
        )
        async with self.database.session() as session:
            self.box.to_staff(session, case, Kind.NOTE, self.clock(), note)

    def _file_name(self, letter: Letter, kind: InboundKind) -> Reply:
        name = media.file_name(kind, letter.row.text)
        if letter.row.to_staff:
            return Reply(text=f"{name}\n(Das Terminal zeigt keine Dateien.)")
        assert letter.case is not None and letter.user is not None
        return views.file_in_terminal(self._person(letter.case, letter.user), name)

    def _person(self, case: HandoverCase, user: User) -> Translator:
        return self.texts.translator(case.language, user.format_language)
