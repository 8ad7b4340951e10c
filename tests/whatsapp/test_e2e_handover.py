"""The real bot with both channels on one port: people on WhatsApp, mediators on Telegram.

Ana writes on WhatsApp and asks for a person. A topic opens in the Telegram staff group
(with no phone number in it); what she writes appears there. The mediator answers in the
topic and Ana reads it on WhatsApp. Two days later the mediator writes again: WhatsApp
gets the approved template, the mediator is told in the topic, and the answer reaches Ana
the moment she writes back.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio

from tests.support.bot_process import BotProcess, webhook_process
from tests.support.conversation import MONDAY_MORNING
from tests.support.fake_bot_api import FakeBotApi
from tests.support.fake_graph_api import FakeGraphApi
from tests.support.telegram_scenario import (
    Deliver,
    in_topic,
    message_update,
    text_update,
    user_json,
    webhook_delivery,
)
from tests.support.whatsapp_scenario import WhatsAppUser, image_message
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean
from tests.whatsapp.journeys import (
    both_channels_env,
    onboard_in_romanian,
    set_clock,
    until_in_topic,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

STAFF_GROUP = -1001234567890
MEDIATOR_ID = 5550001
JPEG = b"\xff\xd8\xff\xe0" + b"a letter from the Jobcenter" * 40
PNG = b"\x89PNG\r\n\x1a\n" + b"the filled-in form" * 40
SECRET = "telegram-Secret_for-whatsapp-tests-7"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def graph() -> AsyncIterator[FakeGraphApi]:
    async with FakeGraphApi() as api:
        yield api


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def telegram() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture(scope="module")
def clock_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("clock") / "now"
    set_clock(path, MONDAY_MORNING)
    return path


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def bot(
    graph: FakeGraphApi,
    telegram: FakeBotApi,
    clock_file: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[BotProcess]:
    workdir = tmp_path_factory.mktemp("whatsapp-handover")
    env = both_channels_env(
        workdir,
        graph,
        telegram,
        clock_file,
        staff_group=STAFF_GROUP,
        mediator_id=MEDIATOR_ID,
        secret=SECRET,
    )
    ready = telegram.wait_for("setWebhook", timeout=STARTUP_SECONDS)
    async with webhook_process(env, workdir, ready=ready) as process:
        yield process


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=("Zamfira", "scrisoare", "formularul", "Mai aveți"))
    assert "40712" not in bot.output


@pytest.fixture(scope="module")
def mediator(telegram: FakeBotApi, bot: BotProcess) -> Deliver:
    return webhook_delivery(telegram, f"{bot.base_url}/telegram", SECRET)


def topic_texts(telegram: FakeBotApi, thread_id: int) -> list[str]:
    return [call.visible_text for call in telegram.topic_messages(STAFF_GROUP, thread_id)]


async def test_a_whatsapp_person_and_a_telegram_mediator_talk_across_the_24_hours(
    bot: BotProcess,
    graph: FakeGraphApi,
    telegram: FakeBotApi,
    clock_file: Path,
    mediator: Deliver,
) -> None:
    ana = WhatsAppUser(graph, f"{bot.base_url}/whatsapp", name="Zamfira")
    await onboard_in_romanian(ana)

    await ana.tap(choice_id="human")
    (waiting,) = await ana.next_replies()
    topic = await telegram.wait_for("createForumTopic")
    thread = int(topic.result["message_thread_id"])
    assert "Zamfira" in topic.params["name"]

    await ana.send("Am o întrebare despre o scrisoare")
    await until_in_topic(telegram, thread, "scrisoare")
    staff_saw = json.dumps([call.params for call in telegram.calls])
    assert ana.wa_id not in staff_saw, "mediators must not see the phone number"

    helper = user_json(MEDIATOR_ID, "Elena", "de")
    await mediator(
        in_topic(text_update(helper, "Bună ziua! Trimiteți-mi formularul."), STAFF_GROUP, thread)
    )
    arrived = await ana.next_replies(until=lambda call: "formularul" in call.visible_text)
    assert any("formularul" in call.visible_text for call in arrived)

    set_clock(clock_file, MONDAY_MORNING + timedelta(days=2))
    await mediator(
        in_topic(text_update(helper, "Mai aveți nevoie de ajutor?"), STAFF_GROUP, thread)
    )
    (template,) = await ana.next_replies()
    assert template.template is not None and template.template["name"] == "raspuns_ro"
    note = await until_in_topic(telegram, thread, "24 Stunden")
    assert "raspuns_ro" in note.visible_text

    await ana.send("Da, vă rog")
    held, *_ = await ana.next_replies()
    assert held.visible_text.endswith("Mai aveți nevoie de ajutor?")
    await until_in_topic(telegram, thread, "Da, vă rog")
    assert waiting.visible_text


async def test_photos_cross_between_whatsapp_and_the_telegram_topic_as_photos(
    bot: BotProcess, graph: FakeGraphApi, telegram: FakeBotApi, mediator: Deliver
) -> None:
    """Ion photographs a letter on WhatsApp: the topic shows the photo. The mediator answers
    with a picture of the filled-in form: Ion gets it as a picture on WhatsApp."""
    ion = WhatsAppUser(graph, f"{bot.base_url}/whatsapp", name="Ion")
    await onboard_in_romanian(ion)
    start = len(telegram.calls)
    await ion.tap(choice_id="human")
    await ion.next_replies()
    thread = int(
        (await telegram.wait_for("createForumTopic", start=start)).result["message_thread_id"]
    )

    await ion.deliver(image_message(ion.wa_id, graph.add_media(JPEG, "image/jpeg"), "scrisoarea"))
    photo = await telegram.wait_for(
        "sendPhoto", lambda call: call.params.get("message_thread_id") == str(thread), start=start
    )
    assert photo.files["photo"].data == JPEG, "the very photo, not a note about one"
    await until_in_topic(telegram, thread, "scrisoarea")

    form = telegram.add_file(PNG, file_path="photos/form.png")
    sizes = [{"file_id": form, "file_unique_id": "uform", "width": 800, "height": 600}]
    helper = user_json(MEDIATOR_ID, "Elena", "de")
    await mediator(in_topic(message_update(helper, photo=sizes), STAFF_GROUP, thread))
    arrived = await ion.next_replies(until=lambda call: call.type == "image")
    (picture,) = [call for call in arrived if call.type == "image"]
    media_id = picture.body["image"]["id"]
    assert graph.media[media_id] == (PNG, "image/png")
