"""Crash trials against the real ``python -m bot run`` process: kill it, stop it, cut its
database, start it again, and count what people got.

Each trial returns a :class:`Counts`: how many messages were sent, answered, lost (never
answered) and doubled (the same reply twice to one person). ``bench/crash_trials.py`` runs
them at full size and prints a table; ``tests/whatsapp/test_e2e_crash.py`` runs small
versions and asserts.

The script plays the channel's servers, as they behave: Meta posts a WhatsApp message again
until it gets a 200, Telegram posts an update again until it gets a 200 (and a chat's next
update only after that). Everything listens on 127.0.0.1.

To add a trial: write ``async def my_trial(workdir: Path, ...) -> Counts`` here (or next to
the feature it tries) and register it in ``bench/crash_trials.py``'s ``TRIALS``.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any

import aiohttp

from tests.support.bot_process import BotProcess
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi
from tests.support.settled import until_settled
from tests.support.whatsapp_scenario import (
    APP_SECRET,
    VERIFY_TOKEN,
    contact,
    envelope,
    post_payload,
    text_message,
)

STARTUP_SECONDS = 60.0
ANSWERED_SECONDS = 60.0
"""How long people may wait for their answers after a restart before they count as lost."""
HANG_SECONDS = 3.0
"""``hang_sends``: long enough for the kill to come first, short enough not to hold the fake."""
GRAPH_LATENCY_SECONDS = 0.3
"""How long the fake Graph API takes to accept a message, about what Meta's servers take."""
REDELIVERY_PAUSES = (0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0)
"""How the channel's server posts again after a failed delivery (Meta and Telegram back off)."""


@dataclass
class Counts:
    """What one trial did to people: every sent message should be answered exactly once."""

    trial: str
    sent: int
    answered: int
    lost: int
    doubled: int
    exit_seconds: float | None = None  # SIGTERM until the process was gone
    exit_code: int | None = None  # after SIGTERM; SIGKILLed (-9) if it took over 10 s
    notes: list[str] = field(default_factory=list)


# -- WhatsApp -----------------------------------------------------------------------------------


def whatsapp_env(graph: FakeGraphApi, workdir: Path, **more: str) -> dict[str, str]:
    return {
        "DATABASE_URL": f"sqlite+aiosqlite:///{workdir / 'bot.sqlite3'}",
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_API_BASE_URL": graph.base_url,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WATCH_CONTENT": "off",
        **more,
    }


class Meta:
    """Meta's side of the webhook: posts each person's message until it got a 200."""

    def __init__(self, graph: FakeGraphApi, people: int, first_number: int) -> None:
        self.graph = graph
        self.bot_url = ""  # the running bot: see :meth:`post_to`
        self.url = ""  # its webhook
        self.people = [str(first_number + index) for index in range(people)]
        self.payloads = {
            wa_id: envelope(
                messages=[text_message(wa_id, "hallo")], contacts=[contact(wa_id, "Trial")]
            )
            for wa_id in self.people
        }
        self.acknowledged: set[str] = set()

    def post_to(self, bot: BotProcess) -> None:
        """Post to ``bot`` from now on (a restarted bot listens on a port of its own)."""
        self.bot_url = bot.base_url
        self.url = f"{bot.base_url}/whatsapp"

    async def deliver(
        self,
        people: Iterable[str],
        *,
        concurrency: int = 40,
        on_ok: Callable[[int], Any] | None = None,
    ) -> None:
        """One delivery attempt for each of ``people`` not yet acknowledged; ``on_ok(n)`` runs
        right after the n-th 200 of this call."""
        gate = asyncio.Semaphore(concurrency)
        oks = 0

        async def one(wa_id: str) -> None:
            nonlocal oks
            async with gate:
                try:
                    status = await post_payload(self.url, self.payloads[wa_id])
                except (aiohttp.ClientError, OSError):
                    return  # no answer: Meta tries again later
            if status == HTTPStatus.OK:
                self.acknowledged.add(wa_id)
                oks += 1
                if on_ok is not None:
                    on_ok(oks)

        await asyncio.gather(*(one(wa_id) for wa_id in people if wa_id not in self.acknowledged))

    async def redeliver_until_acknowledged(self) -> None:
        for pause in REDELIVERY_PAUSES:
            missing = [wa_id for wa_id in self.people if wa_id not in self.acknowledged]
            if not missing:
                return
            await self.deliver(missing)
            if len(self.acknowledged) < len(self.people):
                await asyncio.sleep(pause)

    async def wait_answered(self, timeout: float = ANSWERED_SECONDS) -> None:  # noqa: ASYNC109
        def all_answered() -> bool:
            answered = {call.to for call in self.graph.sent()}
            return all(wa_id in answered for wa_id in self.people)

        await self.graph.wait_until(all_answered, timeout=timeout)
        await until_settled(self.bot_url, within=timeout)  # doubles, if any, have been sent

    def counts(self, trial: str) -> Counts:
        replies: dict[str, Counter[str]] = {wa_id: Counter() for wa_id in self.people}
        for call in self.graph.sent():
            if call.to in replies:
                replies[call.to][json.dumps(call.body, sort_keys=True)] += 1
        answered = sum(1 for got in replies.values() if got)
        doubled = sum(1 for got in replies.values() if any(n > 1 for n in got.values()))
        return Counts(trial, len(self.people), answered, len(self.people) - answered, doubled)


async def start_whatsapp_bot(env: Mapping[str, str], log: Path, meta: Meta) -> BotProcess:
    """Start the bot, wait for the port it reports, and point Meta's deliveries at it."""
    process = BotProcess(["run", "--webhook"], env, log)
    await process.start()
    await process.wait_until_listening(within=STARTUP_SECONDS)
    meta.post_to(process)
    return process


async def restart_until_answered(meta: Meta, env: Mapping[str, str], workdir: Path) -> None:
    """Start the bot again (same database); Meta posts what got no 200 again;
    wait until everyone is answered, or the wait runs out."""
    second = await start_whatsapp_bot(env, workdir / "second.log", meta)
    try:
        await meta.redeliver_until_acknowledged()
        await meta.wait_answered()
    finally:
        await second.stop()


async def whatsapp_kill_after_acknowledged(
    workdir: Path, people: int = 40, *, hang_sends: bool = False, **env: str
) -> Counts:
    """(a) ``people`` each send one message; SIGKILL right after the last HTTP 200; restart.

    Sending an answer takes :data:`GRAPH_LATENCY_SECONDS` for each person's first answer.
    ``hang_sends``: the Graph API does not answer the first sends at all, so no answer can
    have gone out before the kill (for a test that must fail without a durable intake).
    """
    async with FakeGraphApi() as graph:
        settings = whatsapp_env(graph, workdir, **env)
        graph.delay_next(
            "messages", HANG_SECONDS if hang_sends else GRAPH_LATENCY_SECONDS, times=people
        )
        meta = Meta(graph, people, 40_713_000_000)
        first = await start_whatsapp_bot(settings, workdir / "first.log", meta)
        try:
            killed = asyncio.Event()

            def kill_at_last(oks: int) -> None:
                if oks == people:
                    first.kill_now()
                    killed.set()

            await meta.deliver(meta.people, concurrency=people, on_ok=kill_at_last)
            await first.kill()
            graph.clear_faults()  # what the killed process did not reach
            await restart_until_answered(meta, settings, workdir)
        finally:
            await first.kill()
        counts = meta.counts(f"WhatsApp: SIGKILL after {people} acknowledged")
        if not killed.is_set():
            counts.notes.append("not every message got its 200 before the kill")
        return counts


async def whatsapp_term_during_answers(workdir: Path, people: int = 300, **env: str) -> Counts:
    """(b) ``people`` each send one message; SIGTERM right after the last 200, while the
    answers still go out (paced at the number's 20 messages a second); restart."""
    async with FakeGraphApi() as graph:
        settings = whatsapp_env(graph, workdir, **env)
        graph.delay_next("messages", GRAPH_LATENCY_SECONDS, times=people)
        meta = Meta(graph, people, 40_714_000_000)
        first = await start_whatsapp_bot(settings, workdir / "first.log", meta)
        exit_seconds = exit_code = None
        try:
            await meta.deliver(meta.people)
            started = time.monotonic()
            exit_code = await first.stop()
            exit_seconds = time.monotonic() - started
            await restart_until_answered(meta, settings, workdir)
        finally:
            await first.kill()
        counts = meta.counts(f"WhatsApp: SIGTERM during {people} answers")
        counts.exit_seconds, counts.exit_code = exit_seconds, exit_code
        return counts
