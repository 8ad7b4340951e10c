"""Core throughput: inbound messages per second through the dialogue, on SQLite, one process.

The baseline is a bare turn: the same per-chat lock, the same user row loaded and saved in
one transaction, and a fixed reply. The ratio shows what understanding and rendering cost.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench.report import Figure
from bot.app import open_core
from bot.config import PROJECT_ROOT, Settings
from bot.matching.evaluate import load_questions
from bot.messages import ChannelName, ChatId, Inbound, InboundKind, Reply
from bot.storage import users

CHATS = 50
TURNS_PER_CHAT = 40


def _inbound(chat: int, *, text: str | None = None, action: str | None = None) -> Inbound:
    kind = InboundKind.ACTION if action else InboundKind.TEXT
    return Inbound(ChannelName("console"), ChatId(f"bench-{chat}"), kind, text=text, action=action)


async def _per_second(handle: object, messages: list[Inbound]) -> float:
    by_chat: dict[str, list[Inbound]] = {}
    for message in messages:
        by_chat.setdefault(message.chat_id, []).append(message)

    async def play(chat_messages: list[Inbound]) -> None:
        for message in chat_messages:
            await handle(message)  # type: ignore[operator]

    started = time.perf_counter()
    await asyncio.gather(*(play(chat_messages) for chat_messages in by_chat.values()))
    return len(messages) / (time.perf_counter() - started)


async def _measure() -> list[Figure]:
    questions = [q.text for q in load_questions(PROJECT_ROOT / "tests" / "data" / "questions.yaml")]
    with tempfile.TemporaryDirectory() as folder:
        # 40 turns per chat in a burst would meet the per-person limit: turns are measured here.
        settings = replace(
            Settings(),
            database_url=f"sqlite+aiosqlite:///{Path(folder) / 'bench.sqlite3'}",
            person_messages_per_minute=0,
        )
        async with open_core(settings) as core:
            for chat in range(CHATS):  # onboard everyone first: the figures are for served chats
                for step in ({"text": "/start"}, {"action": "lang:ro"}, {"action": "consent:yes"}):
                    await core.handle(_inbound(chat, **step))

            async def bare(message: Inbound) -> list[Reply]:
                key = (message.channel, message.chat_id)
                async with core.dialogue._chat_locks.hold(key), core.database.session() as session:
                    await users.load_for_update(
                        session, message.channel, message.chat_id, core.dialogue.clock()
                    )
                return [Reply(text="ok")]

            free_text = [
                _inbound(c, text=questions[(c * TURNS_PER_CHAT + i) % len(questions)])
                for c in range(CHATS)
                for i in range(TURNS_PER_CHAT)
            ]
            taps = [
                _inbound(c, action="menu" if i % 2 else "offer:sewing-cafe")
                for c in range(CHATS)
                for i in range(TURNS_PER_CHAT)
            ]
            figures = []
            for label, messages in (
                ("free-text questions", free_text),
                ("menu and card taps", taps),
            ):
                baseline = await _per_second(bare, messages)
                ours = await _per_second(core.handle, messages)
                figures.append(
                    Figure(
                        f"core: {label}",
                        "msg/s",
                        ours,
                        baseline,
                        "bare DB turn",
                        note=f"{CHATS} chats, SQLite",
                    )
                )
            return figures


def run() -> list[Figure]:
    return asyncio.run(_measure())
