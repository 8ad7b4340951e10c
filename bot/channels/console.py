"""The terminal channel: chat with the bot locally, or replay a scripted conversation.

Buttons show as numbered choices; typing the number taps the button. When standard input is
not a terminal, each line is one message, echoed so the transcript reads like a chat.
A few pseudo-messages let you try what a phone would send: ``:sticker``, ``:photo``,
``:voice``, ``:video``, ``:document``, ``:location``, ``:contact``.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.core import CoreApp
from bot.dialogue.ids import parse_id
from bot.messages import (
    Button,
    ChannelName,
    ChatId,
    DeliveryRefused,
    Inbound,
    InboundKind,
    Reply,
    ThreadId,
)

CHANNEL = ChannelName("console")
QUIT_WORDS = {"/quit", "/exit"}
PSEUDO_KINDS = {
    f":{kind.value}": kind
    for kind in InboundKind
    if kind not in {InboundKind.TEXT, InboundKind.ACTION, InboundKind.OTHER}
}


def render(reply: Reply, first_number: int = 1) -> str:
    """A reply as terminal text; buttons numbered from ``first_number``."""
    lines: list[str] = []
    if reply.image is not None:
        lines.append(f"[🖼 {reply.image.filename}]")
    if reply.text:
        lines.append(reply.text)
    if reply.venue is not None:
        venue = reply.venue
        lines.append(f"📍 {venue.title}, {venue.address}")
        lines.append(f"   🗺 {venue.map_url}")
    if reply.audio is not None:
        # The terminal cannot play it: name the file, so a trial can open it in a player.
        audio = reply.audio
        size = len(audio.data or b"")
        where = (
            str(audio.path.resolve())
            if audio.path is not None
            else f"{audio.filename}, {size} bytes"
        )
        lines.append(f"[🔊 voice message: {where}]")
    if reply.document is not None:
        lines.append(f"[📎 {reply.document.filename}]")
    if reply.mentions:
        lines.append(" ".join(f"@{mention.name}" for mention in reply.mentions))
    number = first_number
    for row in reply.buttons:
        cells = []
        for button in row:
            cells.append(f"[{number}] {button.label}")
            number += 1
        lines.append("   ".join(cells))
    return "\n".join(lines)


def write_replies(out: TextIO, replies: Sequence[Reply]) -> list[Button]:
    """Print replies with their buttons numbered across all of them; returns those buttons."""
    buttons: list[Button] = []
    for reply in replies:
        out.write(render(reply, first_number=len(buttons) + 1) + "\n\n")
        buttons += reply.all_buttons
    out.flush()
    return buttons


def parse_input(line: str, buttons: Sequence[Button], chat_id: ChatId, hint: str | None) -> Inbound:
    """Turn one typed line into what a phone would have sent."""
    text = line.strip()
    number = parse_id(text)
    if number is not None and 1 <= number <= len(buttons):
        return Inbound(
            CHANNEL,
            chat_id,
            InboundKind.ACTION,
            action=buttons[number - 1].action,
            language_hint=hint,
        )
    kind = PSEUDO_KINDS.get(text.lower())
    if kind is not None:
        return Inbound(CHANNEL, chat_id, kind, language_hint=hint)
    return Inbound(CHANNEL, chat_id, InboundKind.TEXT, text=line.rstrip("\n"), language_hint=hint)


def language_hint_from_env() -> str | None:
    """The terminal's locale plays the part of a phone's language (``ro_RO.UTF-8`` -> ``ro``)."""
    value = os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    code = value.split(".")[0]
    return None if code in {"", "C", "POSIX", "C.UTF-8"} else code


class ConsoleSession:
    """One person chatting in this terminal; satisfies the core's ``Sender`` protocol for that
    person only (another terminal on the same database serves its own)."""

    def __init__(self, core: CoreApp, out: TextIO, chat_id: str = "local") -> None:
        self.core = core
        self.out = out
        self.chat_id = ChatId(chat_id)
        self.buttons: list[Button] = []
        self.hint = language_hint_from_env()

    @property
    def own_chats(self) -> frozenset[str]:
        """This terminal's chat: the outboxes leave other terminals' messages to them."""
        return frozenset({self.chat_id})

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        """Messages the core sends on its own (reminders, a mediator's answer)."""
        if chat_id != self.chat_id:
            raise DeliveryRefused(f"this terminal shows chat {self.chat_id} only")
        self.show(replies)

    async def download(self, media_ref: str) -> bytes:
        """The terminal's ``:photo`` and the like stand for files but carry none."""
        raise LookupError(f"the terminal sends no files ({media_ref})")

    def show(self, replies: Sequence[Reply]) -> None:
        buttons = write_replies(self.out, replies)
        if buttons:
            self.buttons = buttons

    async def say(self, line: str) -> None:
        inbound = parse_input(line, self.buttons, self.chat_id, self.hint)
        self.show(await self.core.handle(inbound))


async def run_console(
    core: CoreApp, source: TextIO = sys.stdin, out: TextIO = sys.stdout, chat_id: str = "local"
) -> None:
    """Chat until end of input or ``/quit``."""
    session = ConsoleSession(core, out, chat_id)
    core.register_sender(CHANNEL, session)
    interactive = source.isatty()
    if interactive:
        out.write("Erstkontakt — type a message, a button's number, or /quit.\n\n")
        await session.say("/start")
    while True:
        if interactive:
            line = await asyncio.to_thread(_prompt)
        else:
            # In a thread: a blocking read would freeze the background loops, perhaps in the
            # middle of a transaction that holds SQLite's write lock for every other process.
            line = await asyncio.to_thread(source.readline)
            if line:
                out.write(f"> {line.rstrip()}\n")
        if not line or line.strip() in QUIT_WORDS:
            break
        if line.strip():
            await session.say(line)


def _prompt() -> str:
    try:
        return input("> ") + "\n"
    except EOFError:
        return ""
