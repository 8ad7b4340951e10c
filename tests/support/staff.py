"""A running core with a staff group, a copy of the content, and a channel that records pushes."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from bot.app import CoreApp, open_core
from bot.config import PROJECT_ROOT, Settings
from bot.messages import (
    ChannelName,
    ChatId,
    Inbound,
    InboundKind,
    Reply,
    RetryLater,
    ThreadId,
    UserId,
)
from tests.support.conversation import Chat, FixedClock

STAFF_GROUP = "-100777"
STAFF_MEMBER = "42"
STRANGER = "666"
TELEGRAM = ChannelName("telegram")


class FakeChannel:
    """Plays the Telegram sender: records what was pushed to whom, serves sent files, and
    behaves like Telegram for people who blocked the bot (marks them, does not raise)."""

    def __init__(self, core: CoreApp) -> None:
        self.core = core
        self.sent: list[tuple[str, list[Reply]]] = []
        self.files: dict[str, bytes] = {}
        self.blocked: set[str] = set()
        self.broken: set[str] = set()  # chats whose send raises (a network error)
        self.flooded: set[str] = set()  # chats whose next send meets a flood limit
        self.attempts: list[str] = []  # every chat a send was tried to, in order
        self._arrived = asyncio.Condition()

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        async with self._arrived:
            self.attempts.append(chat_id)
            self._arrived.notify_all()
        if chat_id in self.flooded:
            self.flooded.discard(chat_id)
            raise RetryLater(0.01)
        if chat_id in self.broken:
            raise ConnectionError("network down")
        if chat_id in self.blocked:
            await self.core.mark_unreachable(TELEGRAM, chat_id)
            return
        async with self._arrived:
            self.sent.append((chat_id, list(replies)))
            self._arrived.notify_all()

    async def until(self, probe: Callable[[], bool], *, within: float = 10) -> None:
        """Until ``probe`` holds after a send (or was tried); fails after ``within`` seconds."""
        async with asyncio.timeout(within), self._arrived:
            await self._arrived.wait_for(probe)

    async def download(self, media_ref: str) -> bytes:
        return self.files[media_ref]

    def texts_to(self, chat_id: str) -> list[str]:
        return [
            "\n".join(r.text for r in replies if r.text)
            for to, replies in self.sent
            if to == chat_id
        ]

    async def until_staff_hears(
        self, containing: str, *, trigger: Callable[[], object], within: float = 15
    ) -> str:
        """Run ``trigger`` (a file edit), then wait for a staff message containing ``containing``.

        The watcher may not have registered its watch yet when the test edits the file, so the
        edit is repeated every two seconds until the message arrives or ``within`` seconds pass.
        """
        async with asyncio.timeout(within):
            while True:
                trigger()
                try:
                    async with asyncio.timeout(2), self._arrived:
                        await self._arrived.wait_for(
                            lambda: self._staff_text(containing) is not None
                        )
                        text = self._staff_text(containing)
                        assert text is not None
                        return text
                except TimeoutError:
                    continue

    async def staff_hears(self, containing: str, *, within: float = 5) -> str:
        """The first staff message containing ``containing``, once it arrived (bounded)."""
        async with asyncio.timeout(within), self._arrived:
            await self._arrived.wait_for(lambda: self._staff_text(containing) is not None)
        text = self._staff_text(containing)
        assert text is not None
        return text

    def _staff_text(self, containing: str) -> str | None:
        return next((t for t in self.texts_to(STAFF_GROUP) if containing in t), None)


@dataclass
class StaffSetup:
    core: CoreApp
    channel: FakeChannel
    content: Path

    async def staff(self, text: str, sender: str = STAFF_MEMBER) -> str:
        """A staff member writes in the group; the bot's answer as one text."""
        inbound = Inbound(
            TELEGRAM, ChatId(STAFF_GROUP), InboundKind.TEXT, text=text, sender_id=UserId(sender)
        )
        return "\n".join(r.text for r in await self.core.handle(inbound) if r.text)

    async def staff_replies(self, text: str, sender: str = STAFF_MEMBER) -> list[Reply]:
        return await self.core.handle(
            Inbound(
                TELEGRAM, ChatId(STAFF_GROUP), InboundKind.TEXT, text=text, sender_id=UserId(sender)
            )
        )

    async def staff_sends_file(
        self, data: bytes, caption: str | None = None, sender: str = STAFF_MEMBER
    ) -> str:
        replies = await self.staff_replies_to_file(data, caption, sender)
        return "\n".join(r.text for r in replies if r.text)

    async def staff_replies_to_file(
        self, data: bytes, caption: str | None = None, sender: str = STAFF_MEMBER
    ) -> list[Reply]:
        reference = f"file-{len(self.channel.files) + 1}"
        self.channel.files[reference] = data
        inbound = Inbound(
            TELEGRAM,
            ChatId(STAFF_GROUP),
            InboundKind.DOCUMENT,
            text=caption,
            media_ref=reference,
            sender_id=UserId(sender),
        )
        return await self.core.handle(inbound)

    async def person(self, chat_id: str, language_label: str) -> Chat:
        """Someone who chose a language and accepted the privacy notice, on Telegram."""
        chat = Chat(self.core, chat_id, channel="telegram")
        await chat.send("/start")
        await chat.tap(language_label)
        if any(b.action.startswith("fmt:") for b in chat.buttons):  # Romani: date format
            await chat.press(chat.buttons[0].action)
        await chat.press("consent:yes")
        return chat

    def edit(self, filename: str, old: str, new: str) -> None:
        path = self.content / filename
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} must occur once in {filename}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def line_of(self, filename: str, snippet: str) -> int:
        lines = (self.content / filename).read_text(encoding="utf-8").splitlines()
        found = [n for n, line in enumerate(lines, start=1) if snippet in line]
        assert len(found) == 1, f"{snippet!r} must be on exactly one line of {filename}"
        return found[0]


@asynccontextmanager
async def staff_core(
    database_url: str,
    tmp_path: Path,
    *,
    clock: FixedClock | None = None,
    watch: bool = False,
    voice_languages: tuple[str, ...] | None = None,
) -> AsyncIterator[StaffSetup]:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    settings = replace(
        Settings(),
        database_url=database_url,
        content_dir=content,
        staff_chat_id=STAFF_GROUP,
        staff_user_ids=frozenset({STAFF_MEMBER}),
        watch_content=watch,
        voice_cache_dir=tmp_path / "voice-cache",
        voice_languages=voice_languages,
    )
    async with open_core(settings, clock=clock or FixedClock(), detect_languages=False) as core:
        channel = FakeChannel(core)
        core.register_sender(TELEGRAM, channel)
        core.register_desk(TELEGRAM, channel)  # type: ignore[arg-type]  # staff notices only
        yield StaffSetup(core, channel, content)
