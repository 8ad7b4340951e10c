"""Telegram's webhook route on our own web server: the secret, and nothing malformed gets in."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from http import HTTPStatus

import aiohttp
import pytest
from telegram import Update
from telegram.ext import Application

from bot.channels.telegram import build_application
from bot.channels.telegram_webhook import SECRET_HEADER, webhook_handler
from bot.channels.web import MAX_BODY_BYTES, WebServer
from bot.config import Settings
from tests.support.fake_bot_api import TEST_TOKEN
from tests.support.telegram_scenario import text_update, user_json

SECRET = "route-Secret_42"


@pytest.fixture
async def served() -> AsyncIterator[tuple[Application, str]]:
    settings = Settings(
        telegram_bot_token=TEST_TOKEN, telegram_api_base_url="http://127.0.0.1:9/bot"
    )
    application = build_application(settings, TEST_TOKEN)
    server = WebServer("127.0.0.1", 0)
    server.add_route("POST", "/telegram", webhook_handler(application, SECRET))
    async with server.serving():
        yield application, f"http://127.0.0.1:{server.port}/telegram"


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


async def test_an_update_with_the_secret_goes_to_the_update_queue(
    served: tuple[Application, str],
) -> None:
    application, url = served

    assert await post(url, UPDATE, SECRET) == HTTPStatus.OK

    queued = application.update_queue.get_nowait()
    assert isinstance(queued, Update) and queued.update_id == 7


@pytest.mark.parametrize("secret", [None, "", "route-Secret_43", SECRET + "x"])
async def test_without_the_right_secret_nothing_is_queued(
    served: tuple[Application, str], secret: str | None
) -> None:
    application, url = served

    assert await post(url, UPDATE, secret) == HTTPStatus.FORBIDDEN
    assert application.update_queue.empty()


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"message": {}}'])
async def test_a_body_that_is_no_update_is_a_bad_request(
    served: tuple[Application, str], body: bytes
) -> None:
    application, url = served

    assert await post(url, body, SECRET) == HTTPStatus.BAD_REQUEST
    assert application.update_queue.empty()


async def test_an_oversized_body_is_refused(served: tuple[Application, str]) -> None:
    application, url = served

    assert (
        await post(url, b"x" * (MAX_BODY_BYTES + 1), SECRET) == HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    )
    assert application.update_queue.empty()
