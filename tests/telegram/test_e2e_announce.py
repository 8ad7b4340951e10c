"""Announcements and staff notices through the real bot process, killed with SIGKILL.

- An announcement to 1,000 subscribers, killed halfway and started again, reaches every one of
  them exactly once; only a message Telegram took in the instant of the kill can come twice
  (the Bot API has no idempotency key to tell).
- While an announcement runs, a mediator's reply reaches the person at once: the
  announcement goes out in the background, not in the staff group's turn.
- A staff notice (an appointment a deletion cancelled) is not lost when the process dies
  after the deletion was committed and before the notice was sent.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from bot.staff.announce import AnnouncementJobs
from bot.storage.database import Database
from bot.storage.models import Booking, User
from tests.support.announce_trial import (
    SEND_COMMAND,
    STAFF_GROUP,
    STAFF_MEMBER,
    announce_env,
    announcement_killed_halfway,
    news_per_chat,
    seed_subscribers,
    started_bot,
)
from tests.support.fake_bot_api import FakeBotApi
from tests.support.telegram_scenario import TelegramMediator, TelegramUser
from tests.telegram.e2e import assert_clean
from tests.telegram.test_e2e_handover import IVAN, TEAM, T, bulgarian, copies, opened_topic

PROMPT_SECONDS = 5.0
"""A mediator's reply reaches the person within this, announcement or not (it was minutes)."""


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


async def test_an_announcement_killed_halfway_reaches_every_subscriber_exactly_once(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    trial = await announcement_killed_halfway(fake, tmp_path, TEAM, subscribers=1000)

    print(f"\nannouncement trial: {trial}".split(", output=")[0])
    assert trial.sent_before_kill < trial.subscribers, "the kill came halfway"
    assert trial.lost == 0
    # Only the sends in flight at the kill can have reached Telegram unrecorded.
    assert trial.doubled <= AnnouncementJobs.parallel
    assert f"{trial.subscribers} zugestellt" in trial.summary or "zugestellt" in trial.summary
    assert_clean(trial.output, private=())


async def test_a_mediator_reply_is_relayed_at_once_while_an_announcement_runs(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    env = announce_env(fake, tmp_path, TEAM, TELEGRAM_MAX_SEND_RATE="0")  # 25 news a second
    chats = await seed_subscribers(env["DATABASE_URL"], 1000)  # 40 s of news at that pace
    bot = await started_bot(fake, env, tmp_path / "bot.log")
    try:
        ivana = await bulgarian(fake, "Ивана")
        start = len(fake.calls)
        await ivana.tap(T._("Talk to a person"))
        thread, _ = await opened_topic(fake, start)
        ivan = TelegramMediator(fake, STAFF_GROUP, user_id=IVAN, first_name="Ivan")
        await ivan.write(thread, "/take")
        staff = TelegramMediator(fake, STAFF_GROUP, user_id=STAFF_MEMBER, first_name="Eva")
        await staff.write(None, SEND_COMMAND)
        assert await fake.changes.wait_until(
            lambda: sum(news_per_chat(fake, chats).values()) >= 25, timeout=30
        ), "the announcement is under way"

        asked = time.monotonic()
        await ivan.write(thread, "отговор")
        await copies(fake, 1, ivana.chat_id, timeout=PROMPT_SECONDS)
        took = time.monotonic() - asked

        assert sum(news_per_chat(fake, chats).values()) < len(chats), "still announcing"
        print(f"\nmediator reply relayed after {took:.2f} s during the announcement")
    finally:
        assert await bot.stop() == 0, bot.output  # a clean stop in the middle of it
    assert_clean(bot.output, private=("Ивана", "отговор"))


async def book_directly(database_url: str, chat_id: str) -> None:
    """An appointment two days ahead for the person (the booking flow has its own tests)."""
    starts = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    database = Database(database_url)
    try:
        async with database.session() as session:
            user_id = await session.scalar(select(User.id).where(User.external_id == chat_id))
            await session.execute(
                insert(Booking).values(
                    user_id=user_id, offer_id="office-hours", starts_at=starts,
                    ends_at=starts + timedelta(minutes=20), seat=0, first_name="Zamfira",
                    created_at=datetime.now(UTC),
                )
            )  # fmt: skip
    finally:
        await database.close()


async def test_a_staff_notice_survives_a_kill_between_the_commit_and_the_send(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    env = announce_env(fake, tmp_path, TEAM, JOB_CLAIM_SECONDS="3")
    first = await started_bot(fake, env, tmp_path / "first.log")
    zamfira = TelegramUser(fake, first_name="Zamfira", language_code="ro")
    await zamfira.onboard("Română")
    await book_directly(env["DATABASE_URL"], zamfira.chat_id)
    fake.unavailable.add(str(STAFF_GROUP))  # the staff group cannot be written to right now

    start = len(fake.calls)
    await zamfira.send("/delete")
    await zamfira.next_replies()
    await zamfira.tap("✅")
    await zamfira.next_replies()  # the deletion is committed
    await fake.wait_until(
        lambda: next(
            (c for c in fake.calls[start:] if c.chat_id == str(STAFF_GROUP) and c.status == 502),
            None,
        )
    )  # the notice was tried, and failed
    await first.kill()
    fake.unavailable.clear()

    second = await started_bot(fake, env, tmp_path / "second.log")
    try:
        notice = await fake.wait_for(
            "sendMessage",
            lambda call: call.chat_id == str(STAFF_GROUP) and "storniert" in call.visible_text,
            start=start,
            timeout=30,
        )
    finally:
        assert await second.stop() == 0, second.output
    assert "die Person hat ihre Daten gelöscht" in notice.visible_text
    assert "Zamfira" not in notice.visible_text
    assert_clean(first.output + second.output, private=("Zamfira",))
