"""Whole conversations with the real bot process (long polling) against the fake Bot API.

The bot's wording belongs to the core; these tests check what a Romanian speaker sees:
Romanian text, the catalogue's Romanian titles on the buttons, map pins where the place is.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from bot.app import load_text_catalogs
from bot.channels.telegram_request import SEND_CONNECTIONS
from bot.config import Settings
from tests.support.bot_process import BotProcess, running_bot
from tests.support.fake_bot_api import ApiCall, FakeBotApi
from tests.support.telegram_scenario import (
    TelegramUser,
    edited_text_update,
    sticker_update,
    text_update,
    voice_update,
)
from tests.telegram.content import offer_place, offer_title, reads_romanian
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean, telegram_env

pytestmark = pytest.mark.asyncio(loop_scope="module")

QUESTION = "cand e cursul de germana"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def bot(
    fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[BotProcess]:
    workdir = tmp_path_factory.mktemp("telegram-polling")
    ready = fake.wait_for("getUpdates", arrived=True, timeout=STARTUP_SECONDS)
    async with running_bot(["run"], telegram_env(fake, workdir), workdir, ready=ready) as process:
        yield process  # SIGTERM at the end must stop the bot cleanly


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=(QUESTION, "Zamfira", "Mircea", "Florica", "Ionela", "Nicu"))


async def onboarded(fake: FakeBotApi, first_name: str) -> TelegramUser:
    """A Romanian speaker who picked Română and accepted the privacy notice."""
    person = TelegramUser(fake, first_name=first_name, language_code="ro")
    await person.onboard("Română")
    return person


def texts(replies: list[ApiCall]) -> str:
    return "\n".join(reply.visible_text for reply in replies)


def venues(replies: list[ApiCall]) -> list[ApiCall]:
    return [reply for reply in replies if reply.method == "sendVenue"]


async def test_startup_publishes_localized_command_menus(fake: FakeBotApi, bot: BotProcess) -> None:
    menus = {
        call.params.get("language_code"): call.params["commands"]
        for call in fake.calls_of("setMyCommands")
    }

    assert None in menus and "ro" in menus and "de" in menus  # a default and per language
    assert "rom" not in menus  # Telegram knows two-letter codes only
    assert menus["ro"] != menus["de"]
    assert {command["command"] for command in menus["ro"]} >= {"start", "menu"}
    _, texts = load_text_catalogs(Settings())
    appointments = texts.translator("ro")._("My appointments")
    assert {"command": "appointments", "description": appointments} in menus["ro"]


async def test_first_contact_language_consent_menu(fake: FakeBotApi, bot: BotProcess) -> None:
    ana = TelegramUser(fake, first_name="Zamfira", language_code="ro")

    await ana.send("/start")
    (picker,) = await ana.next_replies()
    assert any("Română" in label for label in picker.button_labels)

    await ana.tap("Română")
    consent = await ana.next_replies()
    assert reads_romanian(texts(consent))

    await ana.tap(action="consent:yes")
    menu = await ana.next_replies()
    labels = [label for reply in menu for label in reply.button_labels]
    assert any(offer_title("sewing-cafe", "ro") in label for label in labels)
    assert any(offer_title("german-course", "ro") in label for label in labels)


async def test_a_question_gets_the_offer_card_and_a_map_pin(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    mircea = await onboarded(fake, "Mircea")

    await mircea.send(QUESTION)
    replies = await mircea.next_replies(until=lambda call: call.method == "sendVenue")

    assert offer_title("german-course", "ro") in texts(replies)
    assert reads_romanian(texts(replies))
    (pin,) = venues(replies)
    place = offer_place("german-course")
    assert pin.params["title"] == place.name
    assert float(pin.params["latitude"]) == pytest.approx(place.latitude)
    assert float(pin.params["longitude"]) == pytest.approx(place.longitude)


async def test_a_flyer_deep_link_leads_to_its_offer(fake: FakeBotApi, bot: BotProcess) -> None:
    florica = TelegramUser(fake, first_name="Florica", language_code=None)

    await florica.send("/start ro-sewing-cafe")
    consent = await florica.next_replies()
    assert reads_romanian(texts(consent))  # the link chose the language

    await florica.tap(action="consent:yes")
    card = await florica.next_replies(until=lambda call: call.method == "sendVenue")
    assert offer_title("sewing-cafe", "ro") in texts(card)
    assert venues(card)[0].params["title"] == offer_place("sewing-cafe").name


async def test_a_stale_button_is_answered_politely_with_the_menu(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    ionela = await onboarded(fake, "Ionela")

    tap = await ionela.tap_action("offer:does-not-exist")
    replies = await ionela.next_replies()

    query_id = tap["callback_query"]["id"]
    await fake.wait_for("answerCallbackQuery", lambda c: c.params["callback_query_id"] == query_id)
    assert reads_romanian(texts(replies))
    labels = [label for reply in replies for label in reply.button_labels]
    assert any(offer_title("sewing-cafe", "ro") in label for label in labels)


async def test_stickers_and_voice_notes_get_a_friendly_answer(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    nicu = await onboarded(fake, "Nicu")

    await nicu.send_update(sticker_update(nicu.user))
    after_sticker = await nicu.next_replies()
    await nicu.send_update(voice_update(nicu.user))
    after_voice = await nicu.next_replies()

    assert reads_romanian(texts(after_sticker)) and reads_romanian(texts(after_voice))


async def test_an_edited_message_is_not_answered_again(fake: FakeBotApi, bot: BotProcess) -> None:
    ana = await onboarded(fake, "Zamfira")

    await ana.send_update(edited_text_update(ana.user, QUESTION, message_id=1))

    assert await ana.replies_before_marker() == []


async def test_a_redelivered_update_is_answered_once(fake: FakeBotApi, bot: BotProcess) -> None:
    mircea = await onboarded(fake, "Mircea")

    question = text_update(mircea.user, QUESTION)
    question["update_id"] = fake.next_update_id()
    await fake.enqueue_updates(question, question)  # one update_id twice, in one batch

    replies = await mircea.replies_before_marker()
    assert len(venues(replies)) == 1
    assert texts(replies).count(offer_title("german-course", "ro")) == 1


async def test_a_burst_of_newcomers_on_a_slow_api_all_get_one_answer_over_few_connections(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    """More people at once than the bot keeps connections (bot/channels/telegram_request.py),
    while Telegram answers each send a second late: the sends wait for a free connection
    (none fails unsent, none comes twice), and the bot never opens more than its pool."""
    crowd = [TelegramUser(fake, first_name="Nicu", language_code="ro") for _ in range(40)]
    start = len(fake.calls)
    fake.delay_next("sendMessage", 1.0, times=len(crowd))

    await fake.enqueue_updates(*(text_update(person.user, "/start") for person in crowd))
    before_markers = await asyncio.gather(*(person.replies_before_marker() for person in crowd))

    for replies in before_markers:
        (picker,) = replies
        assert picker.ok and any("Română" in label for label in picker.button_labels)
    ports = {call.client_port for call in fake.calls[start:] if call.method != "getUpdates"}
    assert len(ports) <= SEND_CONNECTIONS
