# German typography (– „“) in texts for staff is intended:
"""The 9-step path end to end: the real bot (long polling) against the fake Bot API.

Ivana (Bulgarian, Telegram) asks for a person. Ivan records in her topic, with the card's
buttons, that she reached step 4; the card shows it. ``/naechster`` sends Ivana what step 5
means and whom she sees, in Bulgarian, from content/path.yaml; Ivan's note stays in the group.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.path.steps import inspect_path
from tests.support.bot_process import BotProcess, running_bot
from tests.support.fake_bot_api import FakeBotApi
from tests.support.telegram_scenario import TelegramMediator
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean
from tests.telegram.test_e2e_handover import (
    IVAN,
    STAFF_GROUP,
    T,
    bulgarian,
    handover_env,
    opened_topic,
    texts,
)

NOTE = "Mietvertrag fehlt noch"
STEPS = inspect_path(PROJECT_ROOT / "content", load_languages().codes).path


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
async def bot(fake: FakeBotApi, tmp_path: Path) -> AsyncIterator[BotProcess]:
    ready = fake.wait_for("getUpdates", arrived=True, timeout=STARTUP_SECONDS)
    async with running_bot(["run"], handover_env(fake, tmp_path), tmp_path, ready=ready) as process:
        yield process


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=("Ивана", NOTE))


async def test_a_mediator_records_step_4_on_the_card_and_ivana_reads_step_5_in_bulgarian(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    ivana = await bulgarian(fake, "Ивана")
    start = len(fake.calls)
    await ivana.tap(T._("Talk to a person"))
    await ivana.next_replies()
    thread, card = await opened_topic(fake, start)
    assert "🧭 Weg: noch kein Schritt eingetragen" in card.visible_text
    ivan = TelegramMediator(fake, STAFF_GROUP, user_id=IVAN, first_name="Ivan")

    await ivan.tap(thread, "Schritt eintragen")
    await fake.wait_for(
        "sendMessage", lambda c: "Welchen Schritt hat die Person erreicht" in c.visible_text
    )
    await ivan.tap(thread, "Schritt 4/9")
    recorded = await fake.wait_for("sendMessage", lambda c: "Eingetragen" in c.visible_text)
    assert recorded.params.get("message_thread_id") == str(thread)
    assert "Schritt 4/9 · Ausgangslage klären" in recorded.visible_text
    edited = await fake.wait_for(
        "editMessageText",
        lambda c: (
            c.params["message_id"] == str(card.result["message_id"])
            and "Schritt 4/9" in c.visible_text
        ),
    )
    assert "🧭 Schritt 4/9 · Ausgangslage klären (seit " in edited.visible_text

    await ivan.write(thread, f"/schritt 4 {NOTE}")
    await fake.wait_for("sendMessage", lambda c: NOTE in c.visible_text)
    await ivan.write(thread, "/naechster")
    told = texts(await ivana.next_replies(until=lambda c: "🧭" in c.visible_text))
    five = STEPS.step(5)
    assert five is not None
    assert f"🧭 5/9 · {five.texts['title']['bg']}" in told
    assert five.texts["means"]["bg"] in told and five.texts["whom"]["bg"] in told
    assert NOTE not in told, "the note stays with the team"
    preview = await fake.wait_for(
        "sendMessage", lambda c: "An die Person geschickt" in c.visible_text
    )
    assert five.texts["means"]["de"] in preview.visible_text
