"""Mediator tools end to end, a person on WhatsApp and the mediator in a Telegram topic, the
real bot process against the fake Graph API, the fake Bot API and a fake LibreTranslate.

Zamfira writes in Romanian; the topic shows her message with its German translation under it.
The mediator sends the German course's card with ``/karte``, a quick reply with ``/antwort``
and a German sentence with ``/tr``: Zamfira reads all of it in Romanian on WhatsApp, the topic
keeps the German. When the translation server is cut, her next message still reaches the topic.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from tests.support.bot_process import BotProcess, webhook_process
from tests.support.conversation import MONDAY_MORNING
from tests.support.fake_bot_api import FakeBotApi
from tests.support.fake_graph_api import FakeGraphApi
from tests.support.fake_libretranslate import FakeLibreTranslate
from tests.support.telegram_scenario import (
    Deliver,
    in_topic,
    text_update,
    user_json,
    webhook_delivery,
)
from tests.support.whatsapp_scenario import WhatsAppUser
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean
from tests.whatsapp.journeys import (
    both_channels_env,
    onboard_in_romanian,
    set_clock,
    until_in_topic,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

STAFF_GROUP = -1001234567891
MEDIATOR_ID = 5550002
SECRET = "telegram-Secret_for-mediator-tools-8"
LETTER_RO = "Am primit o scrisoare de la Jobcenter"
LETTER_DE = "Ich habe einen Brief vom Jobcenter bekommen"
CALL_DE = "Ich rufe Sie morgen um zehn an."
CALL_RO = "Vă sun mâine la ora zece."


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def graph() -> AsyncIterator[FakeGraphApi]:
    async with FakeGraphApi() as api:
        yield api


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def telegram() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def translator() -> AsyncIterator[FakeLibreTranslate]:
    async with FakeLibreTranslate() as fake:
        fake.teach(LETTER_RO, "ro", "de", LETTER_DE)
        fake.teach(CALL_DE, "de", "ro", CALL_RO)
        yield fake


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def bot(
    graph: FakeGraphApi,
    telegram: FakeBotApi,
    translator: FakeLibreTranslate,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[BotProcess]:
    workdir = tmp_path_factory.mktemp("mediator-tools")
    clock_file = workdir / "now"
    set_clock(clock_file, MONDAY_MORNING)
    env = both_channels_env(
        workdir,
        graph,
        telegram,
        clock_file,
        staff_group=STAFF_GROUP,
        mediator_id=MEDIATOR_ID,
        secret=SECRET,
    )
    env["LIBRETRANSLATE_URL"] = translator.url
    ready = telegram.wait_for("setWebhook", timeout=STARTUP_SECONDS)
    async with webhook_process(env, workdir, ready=ready) as process:
        yield process


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=("Zamfira", "scrisoare", "Brief", "morgen", "mâine"))


@pytest.fixture(scope="module")
def mediator(telegram: FakeBotApi, bot: BotProcess) -> Deliver:
    return webhook_delivery(telegram, f"{bot.base_url}/telegram", SECRET)


async def test_cards_quick_replies_and_translation_between_whatsapp_and_the_topic(
    bot: BotProcess,
    graph: FakeGraphApi,
    telegram: FakeBotApi,
    translator: FakeLibreTranslate,
    mediator: Deliver,
) -> None:
    zamfira = WhatsAppUser(graph, f"{bot.base_url}/whatsapp", name="Zamfira")
    await onboard_in_romanian(zamfira)
    await zamfira.tap(choice_id="human")
    await zamfira.next_replies()
    thread = int((await telegram.wait_for("createForumTopic")).result["message_thread_id"])

    await zamfira.send(LETTER_RO)
    await until_in_topic(telegram, thread, LETTER_RO)
    under = await until_in_topic(telegram, thread, "🇩🇪")
    assert under.visible_text == f"🌐 „{LETTER_RO}“\n🇩🇪 {LETTER_DE}"

    elena = user_json(MEDIATOR_ID, "Elena", "de")
    await mediator(in_topic(text_update(elena, "/karte german-course"), STAFF_GROUP, thread))
    card = await zamfira.next_replies(until=lambda call: call.type == "location")
    assert any("Curs de germană" in call.visible_text for call in card), "the card in Romanian"
    preview = await until_in_topic(telegram, thread, "an die Person geschickt (Rumänisch)")
    assert "Deutschkurs" in preview.visible_text, "the topic sees it in German"

    await mediator(in_topic(text_update(elena, "/antwort brief-mitbringen"), STAFF_GROUP, thread))
    quick = await zamfira.next_replies(until=lambda call: "scrisoarea" in call.visible_text)
    assert any(
        "Vă rog să aduceți scrisoarea cu dumneavoastră." in call.visible_text for call in quick
    )
    await until_in_topic(telegram, thread, "Bitte bringen Sie Ihren Brief mit.")

    await mediator(in_topic(text_update(elena, f"/tr {CALL_DE}"), STAFF_GROUP, thread))
    translated = await zamfira.next_replies(until=lambda call: CALL_RO in call.visible_text)
    assert all(CALL_DE not in call.visible_text for call in translated)
    await until_in_topic(telegram, thread, f"🌐 An die Person geschickt (Rumänisch):\n{CALL_RO}")

    translator.down = True
    await zamfira.send("Mulțumesc, aștept")
    await until_in_topic(telegram, thread, "Mulțumesc, aștept")  # relayed, server down
