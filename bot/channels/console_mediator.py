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
import secrets
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.app import CoreApp
from bot.channels.console import CHANNEL, QUIT_WORDS, write_replies
from bot.dialogue.ids import parse_id
from bot.dialogue.messages import Button, ChatId, Inbound, InboundKind, MessageRef, Reply, ThreadId
from bot.handover.team import inspect_team

TOPIC_COMMAND = "/topic"
TOPICS_COMMAND = "/topics"


class ConsoleMediator:
    """One team member at the terminal; satisfies the core's ``DeskSender`` protocol."""

    def __init__(self, core: CoreApp, out: TextIO, sender_id: str, name: str) -> None:
        assert core.settings.staff_chat_id is not None  # set for the terminal by ``python -m bot``
        self.core = core
        self.out = out
        self.chat_id = ChatId(core.settings.staff_chat_id)
        self.sender_id = sender_id
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
        text = line.strip()
        if text.startswith(TOPIC_COMMAND + " ") and parse_id(text.split()[-1]) is not None:
            self.topic = ThreadId(text.split()[-1])
            self._line(f"Du schreibst jetzt in Thema {self.topic}.")
            return
        if text == TOPICS_COMMAND:
            self._line(
                "\n".join(f"Thema {t}: {title}" for t, title in self.titles.items())
                or "Noch keine Themen."
            )
            return
        number = parse_id(text)
        if number is not None and 1 <= number <= len(self.buttons):
            inbound = self._inbound(InboundKind.ACTION, action=self.buttons[number - 1].action)
        else:
            inbound = self._inbound(InboundKind.TEXT, text=line.rstrip("\n"))
        self.show(await self.core.handle(inbound), self.topic)

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
