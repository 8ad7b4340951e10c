"""Telegram's webhook route on our own web server: the secret, nothing malformed gets in, and
the answer comes only once the update was processed."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from http import HTTPStatus

import aiohttp
import pytest
from telegram import Update
from telegram.ext import TypeHandler

from bot.channels.telegram import build_application, serving
from bot.channels.telegram_webhook import (
    RETRY_STATUS,
    SECRET_HEADER,
    processing_in_request,
    webhook_handler,
)
from bot.channels.web import (
    MAX_BODY_BYTES,
    REFUSALS_ADDRESSES,
    REFUSALS_BURST,
    RefusedCalls,
    WebServer,
)
from bot.config import Settings
from tests.support.fake_bot_api import TEST_TOKEN, FakeBotApi
from tests.support.telegram_scenario import text_update, user_json

SECRET = "route-Secret_42"


@dataclass
class Processing:
    """Plays PTB behind the route: records updates, finishes each when the test says so."""

    updates: list[Update] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    may_finish: asyncio.Event = field(default_factory=asyncio.Event)
    finished: list[int] = field(default_factory=list)

    async def __call__(self, update: Update) -> bool:
        self.updates.append(update)
        self.arrived.set()
        await self.may_finish.wait()
        self.finished.append(update.update_id)
        return update.update_id not in self.failing

    failing: set[int] = field(default_factory=set)


@pytest.fixture
async def served() -> AsyncIterator[tuple[Processing, str]]:
    settings = Settings(
        telegram_bot_token=TEST_TOKEN, telegram_api_base_url="http://127.0.0.1:9/bot"
    )
    application = build_application(settings, TEST_TOKEN)
    processing = Processing()
    server = WebServer("127.0.0.1", 0)
    server.add_route("POST", "/telegram", webhook_handler(application.bot, SECRET, processing))
    async with server.serving():
        yield processing, f"http://127.0.0.1:{server.port}/telegram"


async def post(url: str, body: bytes, secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body, headers=headers) as answer,
    ):
        return answer.status


UPDATE = json.dumps({"update_id": 7, **text_update(user_json(1, "Ana", "ro"), "hi")}).encode()


async def test_an_update_with_the_secret_is_answered_after_it_was_processed(
    served: tuple[Processing, str],
) -> None:
    processing, url = served

    answer = asyncio.create_task(post(url, UPDATE, SECRET))
    await asyncio.wait_for(processing.arrived.wait(), 5)
    assert not answer.done(), "Telegram must not hear 200 before the update was processed"
    processing.may_finish.set()

    assert await asyncio.wait_for(answer, 5) == HTTPStatus.OK
    assert processing.finished == [7]


async def test_an_update_that_could_not_be_handled_gets_no_200_so_telegram_posts_it_again(
    served: tuple[Processing, str],
) -> None:
    processing, url = served
    processing.failing.add(7)
    processing.may_finish.set()

    assert await asyncio.wait_for(post(url, UPDATE, SECRET), 5) == RETRY_STATUS
    processing.failing.clear()
    assert await asyncio.wait_for(post(url, UPDATE, SECRET), 5) == HTTPStatus.OK


@pytest.mark.parametrize("secret", [None, "", "route-Secret_43", SECRET + "x"])
async def test_without_the_right_secret_nothing_is_processed(
    served: tuple[Processing, str], secret: str | None
) -> None:
    processing, url = served

    assert await post(url, UPDATE, secret) == HTTPStatus.FORBIDDEN
    assert processing.updates == []


DEEP = b'{"update_id": 8, "message": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"message": {}}', DEEP])
async def test_a_body_that_is_no_update_is_a_bad_request(
    served: tuple[Processing, str], body: bytes
) -> None:
    processing, url = served

    assert await post(url, body, SECRET) == HTTPStatus.BAD_REQUEST
    assert processing.updates == []


async def test_one_address_guessing_secrets_is_slowed_down_but_telegram_still_gets_in(
    served: tuple[Processing, str],
) -> None:
    processing, url = served
    processing.may_finish.set()

    refused = [await post(url, UPDATE, f"guess-{n}") for n in range(REFUSALS_BURST + 5)]
    answered = await post(url, UPDATE, SECRET)  # from the same address, e.g. a reverse proxy

    assert refused[:REFUSALS_BURST] == [HTTPStatus.FORBIDDEN] * REFUSALS_BURST
    assert refused[REFUSALS_BURST:] == [HTTPStatus.TOO_MANY_REQUESTS] * 5
    assert answered == HTTPStatus.OK
    assert [update.update_id for update in processing.updates] == [7]


def test_refusals_are_remembered_for_a_bounded_number_of_addresses() -> None:
    now = [0.0]
    calls = RefusedCalls(clock=lambda: now[0])
    log = logging.getLogger("test")

    for n in range(REFUSALS_ADDRESSES + 500):
        calls.refuse(f"10.{n // 65536}.{n // 256 % 256}.{n % 256}", "test", log)
    for _ in range(REFUSALS_BURST):
        assert calls.refuse("203.0.113.9", "test", log).status == HTTPStatus.FORBIDDEN
    limited = calls.refuse("203.0.113.9", "test", log).status
    now[0] += 60
    after_a_minute = calls.refuse("203.0.113.9", "test", log).status

    assert len(calls) == REFUSALS_ADDRESSES
    assert limited == HTTPStatus.TOO_MANY_REQUESTS
    assert after_a_minute == HTTPStatus.FORBIDDEN, "the budget refills with time"


async def test_an_oversized_body_is_refused(served: tuple[Processing, str]) -> None:
    processing, url = served

    assert (
        await post(url, b"x" * (MAX_BODY_BYTES + 1), SECRET) == HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    )
    assert processing.updates == []


async def test_a_slow_update_is_answered_after_the_bound_and_still_finishes() -> None:
    async with FakeBotApi() as fake:
        settings = Settings(telegram_bot_token=TEST_TOKEN, telegram_api_base_url=fake.base_url)
        application = build_application(settings, TEST_TOKEN)
        may_finish, finished = asyncio.Event(), asyncio.Event()

        async def slow(update: object, context: object) -> None:
            await may_finish.wait()
            finished.set()

        application.add_handler(TypeHandler(Update, slow))
        process = processing_in_request(application, answer_within=0.05)
        async with application, serving(application, polling=False):
            update = Update.de_json(json.loads(UPDATE), application.bot)
            await asyncio.wait_for(process(update), 5)  # answered, though still running
            assert not finished.is_set()
            may_finish.set()
            await asyncio.wait_for(finished.wait(), 5)
