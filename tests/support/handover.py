"""The handover without a network: a core with a staff chat, a test team, and recording channels.

async with handover_core(database_url, tmp_path) as (core, relay):
    person, desk = connect(core)
    ...                      # talk through tests.support.conversation.Chat
    await relay.tick()       # deliver the outbox once, by hand
"""

from __future__ import annotations

import io
import itertools
import shutil
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from bot.app import CoreApp, open_core
from bot.channels.console import CHANNEL, ConsoleSession
from bot.config import Settings
from bot.handover.console_desk import ConsoleMediator, signed_in
from bot.handover.relay import RelayDelivery
from bot.messages import (
    ChannelName,
    ChatId,
    FileUnavailable,
    Inbound,
    InboundKind,
    MessageRef,
    Reply,
    ThreadGone,
    ThreadId,
    UserId,
)
from bot.ports import AttachmentSlot
from tests.support.conversation import Chat, FixedClock

STAFF_CHAT = "-100900"
MEDIATORS = {"bg": "111", "ro": "222", "any": "333"}
"""Telegram user ids of the test team: a Bulgarian speaker, a Romanian speaker, a German one."""
TEST_TEAM = """\
team:
  - name: Ivan
    telegram: 111
    username: ivan_bg
    languages: [bg, de]
    hours: [{weekday: monday, start: "08:00", end: "18:00"}]
  - name: Maria
    telegram: 222
    languages: [ro, rom, de]
    hours: [{weekday: tuesday, start: "10:00", end: "14:00"}]
  - name: Jonas
    telegram: 333
    languages: [de, en]
    hours: [{weekday: wednesday, start: "09:00", end: "12:00"}]
"""


def content_with_team(tmp_path: Path, team: str = TEST_TEAM) -> Path:
    """A copy of the shipped content with the test team (the shipped one is staff's to edit)."""
    content = tmp_path / "content"
    shutil.copytree(Settings().content_dir, content)
    (content / "team.yaml").write_text(team, encoding="utf-8")
    return content


@asynccontextmanager
async def handover_core(
    database_url: str,
    tmp_path: Path,
    *,
    clock: Callable[[], datetime] | None = None,
    content_dir: Path | None = None,
) -> AsyncIterator[tuple[CoreApp, RelayDelivery]]:
    """A core with the handover on and no background loops: tests deliver with ``relay.tick()``."""
    settings = replace(
        Settings(),
        database_url=database_url,
        content_dir=content_dir or content_with_team(tmp_path),
        staff_chat_id=STAFF_CHAT,
        watch_content=False,
        person_messages_per_minute=0,  # tests are faster than people (see running_core)
    )
    async with open_core(
        settings, clock=clock or FixedClock(), detect_languages=False, background=False
    ) as core:
        relay = core.part(RelayDelivery)
        assert relay is not None
        yield core, relay


@dataclass
class Sent:
    """One thing a channel showed: where, and what."""

    chat_id: str
    thread_id: str | None
    reply: Reply | None = None
    copied: tuple[str, str] | None = None  # (from chat, message ref)

    @property
    def text(self) -> str:
        return "" if self.reply is None else self.reply.text


@dataclass
class RecordingChannel:
    """A person's channel and the staff chat in one: records, serves the files people sent,
    and fails when told to."""

    sent: list[Sent] = field(default_factory=list)
    topics: dict[str, str] = field(default_factory=dict)  # thread -> title
    closed: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    edits: list[tuple[str, Reply]] = field(default_factory=list)
    failures: list[Exception] = field(default_factory=list)  # raised by the next sends, in order
    files: dict[str, bytes] = field(default_factory=dict)  # what people sent here, by media ref
    download_failures: list[Exception] = field(default_factory=list)  # the next downloads raise
    limits: dict[str, int] = field(default_factory=dict)  # upload limit per slot; else 50 MB
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def _maybe_fail(self) -> None:
        if self.failures:
            raise self.failures.pop(0)

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        self._maybe_fail()
        self._into(thread_id)
        self.sent += [Sent(chat_id, thread_id, reply) for reply in replies]

    async def copy(
        self,
        from_chat: ChatId,
        message_ref: MessageRef,
        to_chat: ChatId,
        *,
        thread_id: ThreadId | None = None,
    ) -> None:
        self._maybe_fail()
        self._into(thread_id)
        self.sent.append(Sent(to_chat, thread_id, copied=(from_chat, message_ref)))

    async def post(self, chat_id: ChatId, reply: Reply, *, thread_id: ThreadId) -> MessageRef:
        await self.send(chat_id, [reply], thread_id=thread_id)
        return MessageRef(str(len(self.sent)))

    async def edit(self, chat_id: ChatId, message_ref: MessageRef, reply: Reply) -> None:
        self._maybe_fail()
        self.edits.append((message_ref, reply))

    async def create_topic(self, chat_id: ChatId, title: str) -> ThreadId:
        self._maybe_fail()
        thread = ThreadId(str(next(self._ids) + 1000))
        self.topics[thread] = title
        return thread

    async def reopen_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        self._into(thread_id)
        self.closed.discard(thread_id)

    async def edit_topic(self, chat_id: ChatId, thread_id: ThreadId, title: str) -> None:
        self._into(thread_id)
        self.topics[thread_id] = title

    async def close_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        self._into(thread_id)
        self.closed.add(thread_id)

    async def delete_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        self._into(thread_id)
        self.deleted.add(thread_id)

    async def download(self, media_ref: str) -> bytes:
        if self.download_failures:
            raise self.download_failures.pop(0)
        if media_ref not in self.files:
            raise FileUnavailable(f"no file {media_ref}")
        return self.files[media_ref]

    def upload_limit(self, slot: AttachmentSlot) -> int:
        return self.limits.get(slot, 50 * 1024 * 1024)

    def _into(self, thread_id: ThreadId | None) -> None:
        if thread_id is not None and thread_id in self.deleted:
            raise ThreadGone("message thread not found")

    def in_topic(self, thread_id: str) -> list[Sent]:
        return [entry for entry in self.sent if entry.thread_id == thread_id]

    def to_chat(self, chat_id: str) -> list[Sent]:
        return [
            entry for entry in self.sent if entry.chat_id == chat_id and entry.thread_id is None
        ]


def connect(core: CoreApp, channel: str = "telegram") -> tuple[RecordingChannel, RecordingChannel]:
    """Register a recording channel for people and one for the staff chat."""
    person, desk = RecordingChannel(), RecordingChannel()
    core.register_sender(ChannelName(channel), person)
    core.register_desk(ChannelName(channel), desk)
    return person, desk


def staff_says(
    text: str,
    mediator: str,
    thread_id: str | None,
    *,
    ref: str | None = None,
    kind: InboundKind = InboundKind.TEXT,
    media_ref: str | None = None,
) -> Inbound:
    """A message in the staff chat (in a topic, or the general chat with ``thread_id`` None)."""
    return Inbound(
        ChannelName("telegram"),
        ChatId(STAFF_CHAT),
        kind,
        text=text,
        sender_id=UserId(mediator),
        display_name=f"tg-{mediator}",
        thread_id=None if thread_id is None else ThreadId(thread_id),
        message_ref=None if ref is None else MessageRef(ref),
        media_ref=media_ref,
    )


def staff_taps(action: str, mediator: str, thread_id: str | None) -> Inbound:
    return Inbound(
        ChannelName("telegram"),
        ChatId(STAFF_CHAT),
        InboundKind.ACTION,
        action=action,
        sender_id=UserId(mediator),
        thread_id=None if thread_id is None else ThreadId(thread_id),
    )


async def deliver_all(relay: RelayDelivery, rounds: int = 20) -> None:
    """Tick until the outbox has nothing more to send right now (bounded)."""
    for _ in range(rounds):
        if not await relay.tick():
            return
    raise AssertionError(f"the outbox still moved after {rounds} rounds")


class Person(Chat):
    """A newcomer on Telegram: a name for the card, and an id for each message (to copy it)."""

    def __init__(
        self, core: CoreApp, chat_id: str, *, name: str | None = "Ana", first_ref: int = 1
    ) -> None:
        super().__init__(core, chat_id, channel="telegram")
        self.name = name
        self._refs = itertools.count(first_ref)

    async def _do(self, inbound: Inbound) -> list[Reply]:
        return await super()._do(
            replace(inbound, display_name=self.name, message_ref=MessageRef(str(next(self._refs))))
        )

    async def ask_for_a_person(self) -> list[Reply]:
        return await self.press("human")


@dataclass
class Terminals:
    """A person's terminal and a mediator's, two processes on one database (as
    ``python -m bot console`` and ``python -m bot console --mediator Ivan``)."""

    person: ConsoleSession
    mediator: ConsoleMediator
    person_screen: io.StringIO
    team_screen: io.StringIO
    person_relay: RelayDelivery
    team_relay: RelayDelivery


def terminals(
    person_core: CoreApp, team_core: CoreApp, member: str
) -> tuple[ConsoleSession, io.StringIO, ConsoleMediator, io.StringIO]:
    """A person's terminal and a team member's terminal (one core each, or one for both)."""
    person_screen, team_screen = io.StringIO(), io.StringIO()
    person = ConsoleSession(person_core, person_screen)
    person_core.register_sender(CHANNEL, person)
    mediator = signed_in(team_core, team_screen, member)
    assert mediator is not None
    team_core.register_desk(CHANNEL, mediator)
    return person, person_screen, mediator, team_screen


@asynccontextmanager
async def two_terminals(tmp_path: Path, mediator: str = "Ivan") -> AsyncIterator[Terminals]:
    """:func:`terminals` on two cores sharing one SQLite file, with their relays."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'shared.sqlite3'}"
    async with (
        handover_core(url, tmp_path / "person") as (person_core, person_relay),
        handover_core(url, tmp_path / "team") as (team_core, team_relay),
    ):
        person, person_screen, signed, team_screen = terminals(person_core, team_core, mediator)
        yield Terminals(person, signed, person_screen, team_screen, person_relay, team_relay)


async def tap(terminal: ConsoleSession | ConsoleMediator, label: str) -> None:
    """Type the number of the one button whose label holds ``label``."""
    (number,) = [i for i, button in enumerate(terminal.buttons, start=1) if label in button.label]
    await terminal.say(str(number))
