"""A mediator in the terminal: the staff chat for local trials, next to a person's terminal.

    python -m bot console --mediator [NAME]     (a second terminal, the same database)

Each person gets a topic, shown with its number: ``── Thema 481516 · 🇧🇬 bg · Ana · #3 ──``.
``/topic 481516`` writes into that topic (the prompt shows which), ``/topics`` lists them, a
button's number taps it; the team commands are those of the Telegram group: ``/queue``,
``/take``, ``/handto``, ``/close``, and lines starting with ``!`` stay with the team. What the
person writes arrives through the shared database (the outbox), checked every second.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.channels.console import CHANNEL, QUIT_WORDS, write_replies
from bot.core import CoreApp
from bot.dialogue.ids import parse_id
from bot.handover import cases
from bot.handover.cards import TAKE
from bot.handover.staff_commands import STAFF_ONLY
from bot.handover.team import inspect_team
from bot.messages import Button, ChatId, Inbound, InboundKind, MessageRef, Reply, ThreadId, UserId
from bot.storage.models import HandoverCase

log = logging.getLogger(__name__)

TOPIC_COMMAND = "/topic"
TOPICS_COMMAND = "/topics"
TAKE_COMMAND = "/take"


class ConsoleMediator:
    """One team member at the terminal; satisfies the core's ``DeskSender`` protocol."""

    def __init__(self, core: CoreApp, out: TextIO, sender_id: str, name: str) -> None:
        assert core.settings.staff_chat_id is not None  # set for the terminal by ``python -m bot``
        self.core = core
        self.out = out
        self.chat_id = ChatId(core.settings.staff_chat_id)
        self.sender_id = UserId(sender_id)
        self.name = name
        self.topic: ThreadId | None = None
        self.titles: dict[ThreadId, str] = {}
        self.buttons: list[Button] = []
        self._cards = 0

    @property
    def prompt(self) -> str:
        return f"[Thema {self.topic}]> " if self.topic else "> "

    # -- what the core shows in the staff chat ------------------------------------------------

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        self.show(replies, thread_id)

    async def post(self, chat_id: ChatId, reply: Reply, *, thread_id: ThreadId) -> MessageRef:
        self.show([reply], thread_id)
        self._cards += 1
        return MessageRef(str(self._cards))

    async def edit(self, chat_id: ChatId, message_ref: MessageRef, reply: Reply) -> None:
        self.show([Reply(text="✏️ Karte aktualisiert:"), reply], None)

    async def create_topic(self, chat_id: ChatId, title: str) -> ThreadId:
        # Random, not counted: a restarted terminal must not reuse a number the database knows.
        thread = ThreadId(str(100_000 + secrets.randbelow(900_000)))
        self.titles[thread] = title
        self._line(f"🆕 Neues Thema {thread}: {title} — schreiben mit {TOPIC_COMMAND} {thread}")
        return thread

    async def reopen_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        self._line(f"↩️ Thema {thread_id} ist wieder offen.")

    async def edit_topic(self, chat_id: ChatId, thread_id: ThreadId, title: str) -> None:
        self.titles[thread_id] = title

    async def close_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        self._line(f"🔒 Thema {thread_id} ist geschlossen.")

    async def delete_topic(self, chat_id: ChatId, thread_id: ThreadId) -> None:
        self.titles.pop(thread_id, None)
        self._line(f"🗑 Thema {thread_id} ist gelöscht (die Person hat ihre Daten gelöscht).")
        if self.topic == thread_id:  # its buttons and replies would point at a case now gone
            self.topic = None
            self.buttons = []
            self._line("Du bist wieder im allgemeinen Chat.")

    def show(self, replies: Sequence[Reply], thread_id: ThreadId | None) -> None:
        if not replies:
            return
        header = (
            f"Thema {thread_id} · {self.titles.get(thread_id, '')}" if thread_id else "Allgemein"
        )
        self.out.write(f"── {header} ──\n")
        buttons = write_replies(self.out, replies)
        if buttons:
            self.buttons = buttons

    def _line(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    # -- what the mediator types ----------------------------------------------------------------

    async def say(self, line: str) -> None:
        """One typed line. A line that cannot go where it was meant to is never dropped
        silently: the mediator is told why and what to do."""
        try:
            await self._say(line)
        except Exception as error:  # a database outage or lock: tell, do not crash the terminal
            log.error("mediator line failed: %s", type(error).__name__)
            self._line(
                f"⚠️ Das hat nicht geklappt ({type(error).__name__}). Deine Zeile ist NICHT "
                f"angekommen. Bitte gleich noch einmal senden: {line.strip()}"
            )

    async def _say(self, line: str) -> None:
        text = line.strip()
        if text.startswith(TOPIC_COMMAND + " "):
            await self._choose_topic(text.split(maxsplit=1)[1].strip())
            return
        if text == TOPICS_COMMAND:
            self._line(
                "\n".join(f"Thema {t}: {title}" for t, title in self.titles.items())
                or "Noch keine Themen."
            )
            return
        number = parse_id(text)
        tapped: str | None = None
        if number is not None and 1 <= number <= len(self.buttons):
            tapped = self.buttons[number - 1].action
            inbound = self._inbound(InboundKind.ACTION, action=tapped)
        elif self.topic is None and not text.startswith(("/", STAFF_ONLY)):
            # In Telegram the general chat is colleagues talking; here nobody would read it.
            self._line(
                "⚠️ Du bist im allgemeinen Chat: diese Zeile ging an niemanden. Wähle erst "
                f"ein Thema ({TOPIC_COMMAND} N, die Themen zeigt {TOPICS_COMMAND}) und sende "
                "sie dann noch einmal."
            )
            return
        else:
            inbound = self._inbound(InboundKind.TEXT, text=line.rstrip("\n"))
        replies = await self.core.handle(inbound)
        self.show(replies, self.topic)
        if self.topic is not None:
            return
        if text.startswith(TAKE_COMMAND):
            await self._follow_taken_case(text, replies)
        elif tapped is not None and tapped.startswith(f"{TAKE}:"):
            # "✋ Übernehmen" tapped under a case card: in Telegram the card sits in the
            # person's topic, so the next line goes there; here too (found in a trial, where
            # the mediator's first answer went to nobody).
            await self._follow_case_if_mine(parse_id(tapped.split(":", 1)[1]))

    async def _choose_topic(self, wanted: str) -> None:
        """``/topic N``: a topic number, or else a case number (``#3`` or ``3``) to its topic."""
        number = parse_id(wanted.removeprefix("#"))
        if number is None:
            self._line(f"Bitte eine Zahl: {TOPIC_COMMAND} N. Die Themen zeigt {TOPICS_COMMAND}.")
            return
        if not wanted.startswith("#") and await self._is_topic(str(number)):
            self._enter(ThreadId(str(number)))
            return
        thread = await self._topic_of_case(number)
        if thread is not None:
            self._line(f"Fall #{number} hat Thema {thread}.")
            self._enter(thread)
            return
        self._line(
            f"Ein Thema oder einen Fall {number} gibt es nicht. Die Themen zeigt "
            f"{TOPICS_COMMAND}, die wartenden Fälle /queue."
        )

    def _enter(self, thread: ThreadId) -> None:
        self.topic = thread
        self._line(f"Du schreibst jetzt in Thema {self.topic}.")

    async def _is_topic(self, thread: str) -> bool:
        if ThreadId(thread) in self.titles:
            return True
        async with self.core.database.session() as session:
            return await cases.topic_owner(session, thread) is not None

    async def _topic_of_case(self, case_id: int) -> ThreadId | None:
        async with self.core.database.session() as session:
            case = await session.get(HandoverCase, case_id)
            topic = None if case is None else await cases.topic_of(session, case.user_id)
        return None if topic is None else ThreadId(topic.thread_id)

    async def _follow_taken_case(self, command: str, replies: Sequence[Reply]) -> None:
        """After ``/take N`` in the general view, write into that case's topic from now on, so
        the next line reaches the person (only when the case is now this mediator's)."""
        number = parse_id(command.removeprefix(TAKE_COMMAND).strip().removeprefix("#"))
        mine = (f"hat Fall #{number} übernommen", f"Fall #{number} ist schon bei dir")
        if number is None or not any(m in r.text for r in replies for m in mine):
            return
        thread = await self._topic_of_case(number)
        if thread is not None:
            self._enter(thread)

    async def _follow_case_if_mine(self, case_id: int | None) -> None:
        """Write into the case's topic from now on, if the case is now this mediator's."""
        if case_id is None:
            return
        async with self.core.database.session() as session:
            case = await session.get(HandoverCase, case_id)
            mine = case is not None and case.claimed_by == self.sender_id
        thread = await self._topic_of_case(case_id) if mine else None
        if thread is not None:
            self._enter(thread)

    def _inbound(
        self, kind: InboundKind, *, text: str | None = None, action: str | None = None
    ) -> Inbound:
        return Inbound(
            CHANNEL,
            self.chat_id,
            kind,
            text=text,
            action=action,
            sender_id=self.sender_id,
            display_name=self.name,
            thread_id=self.topic,
        )


def signed_in(core: CoreApp, out: TextIO, wanted: str) -> ConsoleMediator | None:
    """The team member ``wanted`` (a name, @username or its start; empty: the first in
    content/team.yaml) at this terminal; None if the team has no such member."""
    team = inspect_team(core.settings.content_dir, core.dialogue.languages.codes).team
    member = team.find(wanted) if wanted else next(iter(team.members), None)
    return None if member is None else ConsoleMediator(core, out, member.user_id, member.name)


async def run_mediator(
    core: CoreApp, mediator: ConsoleMediator, source: TextIO = sys.stdin
) -> None:
    """Serve the staff chat from this terminal until end of input or ``/quit``."""
    core.register_desk(CHANNEL, mediator)
    out = mediator.out
    out.write(
        f"Erstkontakt, Team-Terminal: {mediator.name}. /queue zeigt wartende Chats, "
        f"{TOPIC_COMMAND} N wählt ein Thema, /help alle Befehle, /quit beendet.\n\n"
    )
    out.flush()
    while True:
        line = await asyncio.to_thread(_read, source, mediator.prompt)
        if not line or line.strip() in QUIT_WORDS:
            break
        if line.strip():
            await mediator.say(line)


def _read(source: TextIO, prompt: str) -> str:
    if not source.isatty():
        return source.readline()
    try:
        return input(prompt) + "\n"
    except EOFError:
        return ""
