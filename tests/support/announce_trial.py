"""An announcement to many subscribers through the real bot process (long polling, fake Bot
API), killed with SIGKILL halfway and started again: who got it, and how often.

Used by tests/telegram/test_e2e_announce.py and by ``bench/crash_trials.py``.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select

from bot.storage.models import Subscription, User
from tests.support.bot_process import BotProcess
from tests.support.databases import started_database
from tests.support.fake_bot_api import FakeBotApi
from tests.support.handover import content_with_team
from tests.support.settled import until_settled
from tests.support.telegram_scenario import TelegramMediator
from tests.telegram.e2e import STARTUP_SECONDS, telegram_env

STAFF_GROUP = -1001234567890
STAFF_MEMBER = 4242
FIRST_CHAT = 7_000_000
NAME = "naehcafe"
ANNOUNCEMENT = """\
offer: sewing-cafe
text:
  de: "Das Nähcafé fällt am Freitag aus."
  en: "The sewing café is cancelled on Friday."
  ro: "Cafeneaua de cusut nu are loc vineri."
"""
LANGUAGES = ("de", "en", "ro", "bg", "ar", "tr", "uk", "fa")
SEND_COMMAND = f"/announce {NAME} senden"
DONE_SECONDS = 180.0
"""Generous: the bound for the whole announcement after the restart, on a busy machine."""


def announce_env(fake: FakeBotApi, workdir: Path, team: str, **more: str) -> dict[str, str]:
    """A bot with a staff group, ``team``, and the announcement in its content folder."""
    content = content_with_team(workdir, team)
    (content / "announcements").mkdir(exist_ok=True)
    (content / "announcements" / f"{NAME}.yaml").write_text(ANNOUNCEMENT, encoding="utf-8")
    return {
        **telegram_env(fake, workdir),
        "STAFF_CHAT_ID": str(STAFF_GROUP),
        "STAFF_USER_IDS": str(STAFF_MEMBER),
        "CONTENT_DIR": str(content),
        "WATCH_CONTENT": "off",
        **more,
    }


async def seed_subscribers(database_url: str, count: int) -> list[str]:
    """``count`` people on Telegram who asked for news about the sewing café."""
    now = datetime.now(UTC)
    chats = [str(FIRST_CHAT + n) for n in range(count)]
    people = [
        {"channel": "telegram", "external_id": chat, "consent_at": now,
         "language": LANGUAGES[n % len(LANGUAGES)], "created_at": now, "last_seen_at": now,
         "state": "menu", "state_data": {}}
        for n, chat in enumerate(chats)
    ]  # fmt: skip
    async with started_database(database_url) as database, database.session() as session:
        await session.execute(insert(User), people)
        ids = list(await session.scalars(select(User.id).where(User.external_id.in_(chats))))
        await session.execute(
            insert(Subscription),
            [{"user_id": id_, "offer_id": "sewing-cafe", "created_at": now} for id_ in ids],
        )
    return chats


def news_per_chat(fake: FakeBotApi, chats: Sequence[str]) -> Counter[str]:
    """How many messages each subscriber got (they get nothing but the news here)."""
    wanted = set(chats)
    return Counter(
        call.chat_id
        for call in fake.calls
        if call.ok and call.method == "sendMessage" and call.chat_id in wanted
    )


async def started_bot(fake: FakeBotApi, env: dict[str, str], log: Path) -> BotProcess:
    process = BotProcess(["run"], env, log)
    await process.start()
    await fake.wait_for("getUpdates", arrived=True, start=len(fake.calls), timeout=STARTUP_SECONDS)
    await process.wait_until_listening(within=STARTUP_SECONDS)
    return process


@dataclass(frozen=True)
class AnnouncementTrial:
    subscribers: int
    received: int  # got it at least once
    lost: int  # never got it
    doubled: int  # got it more than once
    sent_before_kill: int
    seconds: float
    summary: str  # what the staff group was told at the end
    output: str  # both processes' logs


async def announcement_killed_halfway(
    fake: FakeBotApi,
    workdir: Path,
    team: str,
    *,
    subscribers: int = 1000,
    kill_after: int = 300,
    per_second: float = 200.0,
) -> AnnouncementTrial:
    """Staff send the news; SIGKILL once ``kill_after`` went out; start again; count."""
    env = announce_env(
        fake, workdir, team,
        ANNOUNCE_MESSAGES_PER_SECOND=str(per_second),
        TELEGRAM_MAX_SEND_RATE="0",  # the announcement's own pace is what is tried here
        JOB_CLAIM_SECONDS="3",  # a killed bot's claims run out soon
    )  # fmt: skip
    chats = await seed_subscribers(env["DATABASE_URL"], subscribers)
    started = time.monotonic()
    first = await started_bot(fake, env, workdir / "first.log")
    staff = TelegramMediator(fake, STAFF_GROUP, user_id=STAFF_MEMBER, first_name="Eva")
    await staff.write(None, SEND_COMMAND)
    halfway = await fake.changes.wait_until(
        lambda: sum(news_per_chat(fake, chats).values()) >= kill_after, timeout=DONE_SECONDS
    )
    assert halfway, f"not {kill_after} sent within {DONE_SECONDS}s:\n{first.output}"
    await first.kill()
    sent_before_kill = sum(news_per_chat(fake, chats).values())
    second = await started_bot(fake, env, workdir / "second.log")
    try:
        summary = await fake.wait_for(
            "sendMessage",
            lambda call: call.chat_id == str(STAFF_GROUP) and "gesendet:" in call.visible_text,
            timeout=DONE_SECONDS,
        )
        # The explicit end: every job done, also those the killed process had claimed. (A
        # claim that ran out during a slow send once gave a double here; a job started late
        # in its batch now renews its lease first, bot/jobs.py.)
        await until_settled(second.base_url, within=DONE_SECONDS)
    finally:
        code = await second.stop()
    assert code == 0, second.output
    counts = news_per_chat(fake, chats)
    return AnnouncementTrial(
        subscribers=subscribers,
        received=sum(1 for chat in chats if counts[chat] >= 1),
        lost=sum(1 for chat in chats if counts[chat] == 0),
        doubled=sum(1 for chat in chats if counts[chat] > 1),
        sent_before_kill=sent_before_kill,
        seconds=time.monotonic() - started,
        summary=summary.visible_text,
        output=first.output + second.output,
    )
