"""Two bot processes behind one PostgreSQL database serve like one.

Telegram posts the updates of several people, spread over both processes (alternating), and
posts some again as it does when our answer got lost: at the same moment to the other
process, or after the first answer. Every person sees each answer, in order; only a retry
racing the first delivery may show its answer twice (the stored replies are sent again until
one process reports them sent: bot/storage/ledger.py).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest

from tests.support.databases import (
    postgres_unavailable_reason,
    redis_unavailable_reason,
    reset_postgres,
)
from tests.support.fake_bot_api import ApiCall, FakeBotApi
from tests.support.settled import until_settled
from tests.support.telegram_scenario import callback_update, text_update, user_json
from tests.support.webhook_bot import WebhookBot, start_webhook_bot
from tests.telegram.content import offer_title
from tests.telegram.e2e import assert_clean

pytestmark = pytest.mark.postgres

PEOPLE = 6
OFFERS = ("german-course", "parents-cafe", "sewing-cafe", "office-hours", "romanian-breakfast")
TAPS_PER_PERSON = 7
"""After the last answer: time for a late duplicate to show, were there one."""


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
async def shared_database(postgres_url: str | None) -> str:
    if postgres_url is None:
        url = os.environ.get("TEST_POSTGRES_URL", "")
        pytest.skip(await postgres_unavailable_reason(url) or "PostgreSQL unavailable")
    await reset_postgres(postgres_url)
    return postgres_url


def taps_of(person: int) -> list[str]:
    return [OFFERS[(person + n) % len(OFFERS)] for n in range(TAPS_PER_PERSON)]


def racing(n: int) -> bool:
    """Whether a person's ``n``-th update is posted to both processes at the same moment."""
    return n % 4 == 3


def seen_as(call: ApiCall) -> str:
    """What a message is, from the person's side: a screen of onboarding, or an offer card."""
    data = {action for row in call.buttons for _, action in row}
    first_line = call.visible_text.split("\n", 1)[0]
    for offer in OFFERS:
        if offer_title(offer, "en") in first_line:
            return offer
    if "lang:en" in data:
        return "languages"
    if "consent:yes" in data:
        return "consent"
    if any(action.startswith("offer:") for action in data):
        return "menu"
    return f"? {first_line}"


async def converse(person: int, bots: list[WebhookBot], fake: FakeBotApi) -> None:
    """One person's updates, each posted after the previous one was answered (as Telegram
    does), to the two processes in turn; some are posted twice."""
    user = user_json(800_000 + person, f"Person {person}", "en")
    updates: list[dict[str, Any]] = [
        text_update(user, "/start"),
        callback_update(user, "lang:en", None),
        callback_update(user, "consent:yes", None),
        *(callback_update(user, f"offer:{offer}", None) for offer in taps_of(person)),
    ]
    for n, update in enumerate(updates):
        update["update_id"] = fake.next_update_id()
        here, there = bots[(person + n) % 2], bots[(person + n + 1) % 2]
        if racing(n):  # a retry racing the first delivery, at the other process
            statuses = list(await asyncio.gather(here.post(update), there.post(update)))
        else:
            statuses = [await here.post(update)]
            if n % 5 == 1:  # our 200 got lost: Telegram posts it again, to the other process
                statuses.append(await there.post(update))
        assert set(statuses) == {HTTPStatus.OK}


async def test_two_processes_answer_every_person_once_and_in_order(
    fake: FakeBotApi, tmp_path: Path, shared_database: str
) -> None:
    started = await asyncio.gather(  # both at once: they migrate one after the other
        *(
            start_webhook_bot(fake, tmp_path / f"bot-{n}", DATABASE_URL=shared_database)
            for n in range(2)
        ),
        return_exceptions=True,
    )
    bots = [bot for bot in started if isinstance(bot, WebhookBot)]
    try:
        assert len(bots) == 2, started
        await asyncio.gather(*(converse(person, bots, fake) for person in range(PEOPLE)))
        await until_settled(bots[0].process.base_url)  # one database: both have sent all
    finally:
        codes = [await bot.process.stop() for bot in bots]
    assert codes == [0, 0], [bot.process.output for bot in bots]

    for person in range(PEOPLE):
        chat = str(800_000 + person)
        messages = [c for c in fake.calls if c.ok and c.chat_id == chat]
        texts = [seen_as(c) for c in messages if c.method == "sendMessage"]
        expected = ["languages", "consent", "menu", *taps_of(person)]
        once = [seen for i, seen in enumerate(texts) if i == 0 or seen != texts[i - 1]]
        assert once == expected, f"person {person}"
        again = {seen for i, seen in enumerate(texts) if i and seen == texts[i - 1]}
        assert again <= {seen for n, seen in enumerate(expected) if racing(n)}, (
            f"person {person}: only a racing retry may come twice"
        )
        pins = [c for c in messages if c.method == "sendVenue"]
        assert len(pins) == len(texts) - 3, "one map pin per offer card"
    for bot in bots:
        assert_clean(bot.process.output, private=())
    assert all("bot running" in bot.process.output for bot in bots)


PER_PERSON_BURST = 4
MESSAGES = 12


@pytest.mark.parametrize("store", ["postgres", "redis"])
async def test_two_processes_allow_one_person_the_message_limit_once_not_twice(
    fake: FakeBotApi, tmp_path: Path, shared_database: str, store: str
) -> None:
    """A person writes 12 times, to the two processes in turn, with a limit of a burst of 4
    (and one more message a minute). Each process counting alone would let 8 through."""
    extra = {"PERSON_MESSAGE_BURST": str(PER_PERSON_BURST), "PERSON_MESSAGES_PER_MINUTE": "1"}
    if store == "redis":
        redis_url = os.environ.get("TEST_REDIS_URL", "")
        if reason := await redis_unavailable_reason(redis_url):
            pytest.skip(reason)
        extra["REDIS_URL"] = redis_url
    bots = [
        await start_webhook_bot(fake, tmp_path / f"bot-{n}", DATABASE_URL=shared_database, **extra)
        for n in range(2)
    ]
    person = user_json(900_000_000 + os.getpid() % 1_000_000, "Flooder", "en")  # fresh per run
    try:
        for n in range(MESSAGES):
            update = {**text_update(person, "/start"), "update_id": fake.next_update_id()}
            assert await bots[n % 2].post(update) == HTTPStatus.OK
        await until_settled(bots[0].process.base_url)  # one database: both have sent all
    finally:
        codes = [await bot.process.stop() for bot in bots]
    assert codes == [0, 0], [bot.process.output for bot in bots]

    sent = [
        c
        for c in fake.calls
        if c.ok and c.method == "sendMessage" and c.chat_id == str(person["id"])
    ]
    answered = [c for c in sent if any(a.startswith("lang:") for row in c.buttons for _, a in row)]
    told = [c for c in sent if c.visible_text.startswith("⏳")]
    assert (len(answered), len(told)) == (PER_PERSON_BURST, 1)
