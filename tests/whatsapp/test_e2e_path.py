# German typography (– „“) in texts for staff is intended:
"""Nobody left waiting and the 9-step path for a person on WhatsApp, mediators on Telegram:
the real bot with both channels on one port, against the fake Graph and Bot APIs.

Zamfira (Romanian, WhatsApp) asks for a person on Monday at 09:00, when the Romanian-speaking
mediator of the shipped team is at work. A mediator records step 2 with a note in her topic and
sends her what step 3 means: she reads it in Romanian on WhatsApp, never the note. Nobody
takes her chat: 16 minutes later the staff group hears about it, with the Romanian speaker
mentioned and a button to take it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.path.steps import inspect_path
from tests.support.bot_process import BotProcess
from tests.support.conversation import MONDAY_MORNING
from tests.support.fake_bot_api import FakeBotApi
from tests.support.fake_graph_api import FakeGraphApi
from tests.support.telegram_scenario import Deliver, in_topic, text_update, user_json
from tests.support.whatsapp_scenario import WhatsAppUser
from tests.telegram.e2e import assert_clean
from tests.whatsapp.journeys import onboard_in_romanian, set_clock
from tests.whatsapp.test_e2e_handover import (  # the same bot process set-up, a bot of our own
    MEDIATOR_ID,
    STAFF_GROUP,
    bot,
    clock_file,
    graph,
    mediator,
    telegram,
    until_in_topic,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")
__all__ = ["bot", "clock_file", "graph", "mediator", "telegram"]

NOTE = "Wohnung fehlt noch"
STEPS = inspect_path(PROJECT_ROOT / "content", load_languages().codes).path
ALERT_SECONDS = 30.0
"""The alert loop looks every 10 s; the bot's clock file moves at once."""


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=("Zamfira", NOTE))


async def test_zamfira_on_whatsapp_reads_her_next_step_and_her_waiting_is_noticed(
    bot: BotProcess,
    graph: FakeGraphApi,
    telegram: FakeBotApi,
    clock_file: Path,
    mediator: Deliver,
) -> None:
    set_clock(clock_file, MONDAY_MORNING)
    zamfira = WhatsAppUser(graph, f"{bot.base_url}/whatsapp", name="Zamfira")
    await onboard_in_romanian(zamfira)
    start = len(telegram.calls)
    await zamfira.tap(choice_id="human")
    await zamfira.next_replies()
    topic = await telegram.wait_for("createForumTopic", start=start)
    thread = int(topic.result["message_thread_id"])
    card = await until_in_topic(telegram, thread, "🧭 Weg")
    helper = user_json(MEDIATOR_ID, "Elena", "de")

    await mediator(in_topic(text_update(helper, f"/schritt 2 {NOTE}"), STAFF_GROUP, thread))
    await until_in_topic(telegram, thread, "Eingetragen: Schritt 2/9")
    await telegram.wait_for(
        "editMessageText",
        lambda c: (
            c.params["message_id"] == str(card.result["message_id"])
            and "Schritt 2/9" in c.visible_text
        ),
    )
    await mediator(in_topic(text_update(helper, "/naechster"), STAFF_GROUP, thread))
    arrived = await zamfira.next_replies(until=lambda call: "🧭" in call.visible_text)
    told = "\n".join(call.visible_text for call in arrived)
    three = STEPS.step(3)
    assert three is not None
    assert f"🧭 3/9 · {three.texts['title']['ro']}" in told
    assert three.texts["means"]["ro"] in told and three.texts["whom"]["ro"] in told
    assert NOTE not in json.dumps([call.body for call in graph.calls]), "the note stays"

    set_clock(clock_file, MONDAY_MORNING + timedelta(minutes=16))
    alert = await telegram.wait_for(
        "sendMessage",
        lambda c: "Noch niemand hat geantwortet" in c.visible_text,
        start=start,
        timeout=ALERT_SECONDS,
    )
    assert alert.params.get("message_thread_id") is None, "in the group's general chat"
    assert "ro · WhatsApp · wartet seit 16 Min." in alert.visible_text
    assert 'href="tg://user?id=100000001"' in alert.params["text"], "the Romanian speaker"
    assert any("übernehmen" in label for label in alert.button_labels)
