"""No message lost, none twice, none out of order: the relay against a failing Bot API and a
bot killed (SIGKILL) in the middle of sending, then started again on the same database."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.bot_process import BotProcess
from tests.support.fake_bot_api import ApiCall, FakeBotApi
from tests.support.settled import until_settled
from tests.support.telegram_scenario import TelegramMediator
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean
from tests.telegram.test_e2e_handover import (
    IVAN,
    PRIVATE,
    STAFF_GROUP,
    T,
    bulgarian,
    copies,
    copies_into,
    handover_env,
    opened_topic,
)

RELAYED_SECONDS = 30.0
"""Generous: retries back off, and a killed bot's claim has to run out first."""


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


async def started(fake: FakeBotApi, env: dict[str, str], log: Path) -> BotProcess:
    process = BotProcess(["run"], env, log)
    await process.start()
    await fake.wait_for("getUpdates", arrived=True, start=len(fake.calls), timeout=STARTUP_SECONDS)
    await process.wait_until_listening(within=STARTUP_SECONDS)
    return process


def _nth_call(fake: FakeBotApi, method: str, index: int) -> ApiCall | None:
    calls = fake.calls_of(method)
    return calls[index] if len(calls) > index else None


def sources(calls: list[ApiCall]) -> list[str]:
    return [call.params["message_id"] for call in calls]


async def test_every_message_arrives_once_and_in_order_through_faults_and_a_crash(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    env = handover_env(
        fake, tmp_path, RELAY_CLAIM_SECONDS="4"
    )  # a killed bot's claim runs out soon
    first = await started(fake, env, tmp_path / "first.log")
    ivana = await bulgarian(fake, "Ивана")
    start = len(fake.calls)
    await ivana.tap(T._("Talk to a person"))
    await ivana.next_replies()
    thread, _ = await opened_topic(fake, start)

    # Two copies go through; then three 502s (the bot's own retries give up: the outbox backs
    # off), a 429 with retry_after, and a copy that hangs until the bot is killed.
    fake.delay_next("copyMessage", 0.0, times=2)
    fake.fail_next("copyMessage", status=502, times=3)
    fake.fail_next("copyMessage", status=429, retry_after=1)
    fake.delay_next("copyMessage", 60.0)
    sent = [await ivana.send(f"съобщение {number}") for number in range(1, 7)]
    await ivana.replies_before_marker()  # all six are in the outbox now
    hanging = 2 + 3 + 1  # the call after the two copies, the three 502s and the 429
    await fake.wait_until(lambda: _nth_call(fake, "copyMessage", hanging), timeout=RELAYED_SECONDS)
    await first.kill()

    second = await started(fake, env, tmp_path / "second.log")
    try:
        wanted = [str(update["message"]["message_id"]) for update in sent]
        assert (
            sources(await copies(fake, 6, STAFF_GROUP, thread, timeout=RELAYED_SECONDS)) == wanted
        )
        # Now the other way, with a 502 and a send that times out on the bot's side.
        ivan = TelegramMediator(fake, STAFF_GROUP, user_id=IVAN, first_name="Ivan")
        await ivan.write(thread, "/take")
        fake.fail_next("copyMessage", status=502, times=3)
        fake.delay_next("copyMessage", 30.0)
        replies = [await ivan.write(thread, f"отговор {number}") for number in range(1, 5)]
        await copies(fake, 4, ivana.chat_id, timeout=RELAYED_SECONDS)
        await until_settled(second.base_url)  # a duplicate, were there one, has been sent
    finally:
        assert await second.stop() == 0, second.output

    assert sources(copies_into(fake, ivana.chat_id)) == [
        str(update["message"]["message_id"]) for update in replies
    ]
    assert sources(copies_into(fake, STAFF_GROUP, thread)) == wanted, "nothing came twice meanwhile"
    assert_clean(first.output + second.output, private=PRIVATE)
