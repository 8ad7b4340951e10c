"""The real bot process in webhook mode: Telegram posts updates, only with the secret header."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus

import pytest
import pytest_asyncio

from tests.support.bot_process import BotProcess, webhook_process
from tests.support.fake_bot_api import FakeBotApi
from tests.support.telegram_scenario import (
    TelegramUser,
    post_to_webhook,
    text_update,
    webhook_delivery,
)
from tests.telegram.content import reads_romanian
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean, telegram_env

pytestmark = pytest.mark.asyncio(loop_scope="module")

SECRET = "webhook-Secret_for-tests-42-long-enough"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


PUBLIC_WEBHOOK_URL = "https://erstkontakt.example/telegram"
"""What Telegram is told (the proxy's address); the bot serves its path on its own port."""


@pytest.fixture(scope="module")
def webhook_url(bot: BotProcess) -> str:
    """Where the test posts updates: the bot itself, as the proxy in front of it would."""
    return f"{bot.base_url}/telegram"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def bot(
    fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[BotProcess]:
    workdir = tmp_path_factory.mktemp("telegram-webhook")
    env = {
        **telegram_env(fake, workdir),
        "WEBHOOK_URL": PUBLIC_WEBHOOK_URL,
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
    }
    ready = fake.wait_for("setWebhook", timeout=STARTUP_SECONDS)
    async with webhook_process(env, workdir, ready=ready) as process:
        yield process


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=("Zamfira", "Mircea", "Florica"))


def person(fake: FakeBotApi, webhook_url: str, first_name: str) -> TelegramUser:
    return TelegramUser(
        fake,
        first_name=first_name,
        language_code="ro",
        deliver=webhook_delivery(fake, webhook_url, SECRET),
    )


async def test_the_webhook_is_registered_with_its_secret(fake: FakeBotApi, bot: BotProcess) -> None:
    (registration,) = fake.calls_of("setWebhook")

    assert registration.params["url"] == PUBLIC_WEBHOOK_URL
    assert registration.params["secret_token"] == SECRET
    assert {"message", "callback_query", "my_chat_member"} <= set(
        registration.params["allowed_updates"]
    )
    assert not fake.calls_of("getUpdates")


async def test_an_update_with_the_secret_is_answered(
    fake: FakeBotApi, bot: BotProcess, webhook_url: str
) -> None:
    ana = person(fake, webhook_url, "Zamfira")

    await ana.send("/start")
    await ana.next_replies()
    await ana.tap("Română")

    assert reads_romanian("\n".join(reply.visible_text for reply in await ana.next_replies()))


@pytest.mark.parametrize("secret", [None, "guessed"])
async def test_an_update_without_the_secret_is_refused(
    fake: FakeBotApi, bot: BotProcess, webhook_url: str, secret: str | None
) -> None:
    intruder = person(fake, webhook_url, "Mircea")

    status = await post_to_webhook(webhook_url, text_update(intruder.user, "/start"), secret)

    assert status == HTTPStatus.FORBIDDEN
    assert await intruder.replies_before_marker() == []


async def test_a_retried_delivery_is_answered_once(
    fake: FakeBotApi, bot: BotProcess, webhook_url: str
) -> None:
    florica = person(fake, webhook_url, "Florica")
    start = text_update(florica.user, "/start")

    first = await florica.send_update(start)
    await florica.send_update(first)  # Telegram retries when our 200 got lost

    pickers = await florica.replies_before_marker()
    assert len(pickers) == 1
