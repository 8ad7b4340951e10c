"""Crash trial (c): a mediator writes in a person's topic while PostgreSQL is unreachable for
a few seconds (a TCP proxy between the bot and the server cuts every connection).

The real bot runs in webhook mode against the fake Bot API; this script plays Telegram,
which posts an update again until it gets a 200, and a chat's next update only after that.
Counted: how many of the mediator's messages reached the person, once, twice, or never.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from http import HTTPStatus
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy.engine import make_url

from tests.support.crash_trials import REDELIVERY_PAUSES, Counts
from tests.support.databases import reset_postgres
from tests.support.fake_bot_api import FakeBotApi
from tests.support.settled import until_settled
from tests.support.tcp_proxy import TcpProxy
from tests.support.telegram_scenario import (
    TelegramUser,
    in_topic,
    text_update,
    user_json,
)
from tests.support.webhook_bot import WebhookBot, start_webhook_bot

STAFF_GROUP = -1001234567890
MEDIATOR = 111
TEAM = """team:
  - {name: Ivan, telegram: 111, languages: [bg, ro, de, en], hours: [
      {weekday: monday, start: "00:00", end: "23:59"},
      {weekday: tuesday, start: "00:00", end: "23:59"},
      {weekday: wednesday, start: "00:00", end: "23:59"},
      {weekday: thursday, start: "00:00", end: "23:59"},
      {weekday: friday, start: "00:00", end: "23:59"},
      {weekday: saturday, start: "00:00", end: "23:59"},
      {weekday: sunday, start: "00:00", end: "23:59"}]}
"""
RELAYED_SECONDS = 60.0
WRITE_EVERY_SECONDS = 0.25


class Telegram:
    """Telegram's side of the webhook: an update is posted until it gets a 200."""

    def __init__(self, fake: FakeBotApi, bot: WebhookBot) -> None:
        self.fake = fake
        self.bot = bot
        self.failed_posts = 0

    async def deliver(self, update: dict[str, Any]) -> dict[str, Any]:
        posted = dict(update)
        posted.setdefault("update_id", self.fake.next_update_id())
        for pause in (*REDELIVERY_PAUSES, None):
            with contextlib.suppress(aiohttp.ClientError, OSError):
                if await self.bot.post(posted) == HTTPStatus.OK:
                    return posted
            self.failed_posts += 1
            if pause is None:
                break
            await asyncio.sleep(pause)
        return posted  # Telegram gave up: the count shows it as lost


async def mediator_writes_through_a_database_outage(
    workdir: Path, postgres_url: str, *, messages: int = 20, outage_seconds: float = 5.0
) -> Counts:
    """The mediator writes ``messages`` messages; after a quarter of them the database is
    cut off for ``outage_seconds``; then it comes back."""
    await reset_postgres(postgres_url)
    server = make_url(postgres_url)
    proxy = TcpProxy(server.host or "127.0.0.1", server.port or 5432)
    await proxy.open()
    through_proxy = server.set(host="127.0.0.1", port=proxy.port)
    content = _content_with_team(workdir)
    async with FakeBotApi() as fake:
        bot = await start_webhook_bot(
            fake,
            workdir,
            DATABASE_URL=through_proxy.render_as_string(hide_password=False),
            STAFF_CHAT_ID=str(STAFF_GROUP),
            CONTENT_DIR=str(content),
        )
        telegram = Telegram(fake, bot)
        try:
            person = TelegramUser(
                fake, first_name="Ana", language_code="en", deliver=telegram.deliver
            )
            await person.onboard("English")
            start = len(fake.calls)
            await person.tap(action="human")
            created = await fake.wait_for("createForumTopic", start=start, timeout=RELAYED_SECONDS)
            thread = int(created.result["message_thread_id"])
            mediator = user_json(MEDIATOR, "Ivan", "de")
            await telegram.deliver(in_topic(text_update(mediator, "/take"), STAFF_GROUP, thread))

            written: list[str] = []
            cut_at = max(1, messages // 4)
            restore: asyncio.Task[None] | None = None
            for number in range(messages):
                if number == cut_at:
                    await proxy.cut()
                    restore = asyncio.create_task(_reopen_after(proxy, outage_seconds))
                update = in_topic(text_update(mediator, f"Antwort {number}"), STAFF_GROUP, thread)
                posted = await telegram.deliver(update)
                written.append(str(posted["message"]["message_id"]))
                await asyncio.sleep(WRITE_EVERY_SECONDS)
            if restore is not None:
                await restore

            def all_relayed() -> bool:
                arrived = {c.params.get("message_id") for c in _copies_to(fake, person.chat_id)}
                return all(ref in arrived for ref in written)

            await fake.wait_until(all_relayed, timeout=RELAYED_SECONDS)
            await until_settled(bot.process.base_url, within=RELAYED_SECONDS)
        finally:
            await proxy.close()
            await bot.process.stop()
    copied = Counter(str(c.params.get("message_id")) for c in _copies_to(fake, person.chat_id))
    answered = sum(1 for ref in written if copied[ref])
    counts = Counts(
        f"Telegram: mediator writes through a {outage_seconds:.0f} s PostgreSQL outage",
        len(written),
        answered,
        len(written) - answered,
        sum(1 for ref in written if copied[ref] > 1),
    )
    counts.notes.append(f"{telegram.failed_posts} posts refused and posted again by Telegram")
    return counts


def _copies_to(fake: FakeBotApi, chat_id: str) -> list[Any]:
    return [c for c in fake.calls_of("copyMessage") if c.ok and c.chat_id == chat_id]


async def _reopen_after(proxy: TcpProxy, seconds: float) -> None:
    await asyncio.sleep(seconds)
    await proxy.restore()


def _content_with_team(workdir: Path) -> Path:
    from tests.support.handover import content_with_team

    return content_with_team(workdir, TEAM)
