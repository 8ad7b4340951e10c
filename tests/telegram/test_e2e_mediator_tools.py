"""Mediator tools end to end on Telegram: the real bot (long polling) against the fake Bot API
and a fake LibreTranslate, a person in their private chat and a mediator in the staff topic.

Ivana looks at the sewing café and asks for a person. The case card has a button for that
café: Ivan taps it and Ivana gets its card in Bulgarian. Her messages get a German line under
them in the topic; Ivan answers with ``/tr`` in German and she reads Bulgarian; a quick reply
reaches her in Bulgarian too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tests.support.bot_process import BotProcess, running_bot
from tests.support.fake_bot_api import ApiCall, FakeBotApi
from tests.support.fake_libretranslate import FakeLibreTranslate
from tests.support.telegram_scenario import TelegramMediator, TelegramUser
from tests.telegram.content import offer_title
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean
from tests.telegram.test_e2e_handover import IVAN, STAFF_GROUP, T, handover_env

LETTER_BG = "имам писмо от Jobcenter"
LETTER_DE = "ich habe einen Brief vom Jobcenter"
REPLY_DE = "Kommen Sie am Dienstag um zehn."
REPLY_BG = "Елате във вторник в десет."


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
async def translator() -> AsyncIterator[FakeLibreTranslate]:
    async with FakeLibreTranslate() as server:
        server.teach(LETTER_BG, "bg", "de", LETTER_DE)
        server.teach(REPLY_DE, "de", "bg", REPLY_BG)
        yield server


@pytest.fixture
async def bot(
    fake: FakeBotApi, translator: FakeLibreTranslate, tmp_path: Path
) -> AsyncIterator[BotProcess]:
    env = handover_env(fake, tmp_path, LIBRETRANSLATE_URL=translator.url)
    ready = fake.wait_for("getUpdates", arrived=True, timeout=STARTUP_SECONDS)
    async with running_bot(["run"], env, tmp_path, ready=ready) as process:
        yield process


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=("Ивана", "писмо", "Brief", "Dienstag", "вторник"))


async def in_topic(fake: FakeBotApi, thread: int, words: str, start: int = 0) -> ApiCall:
    return await fake.wait_for(
        "sendMessage",
        lambda c: c.params.get("message_thread_id") == str(thread) and words in c.visible_text,
        start=start,
    )


async def test_a_card_button_tr_and_a_quick_reply_reach_a_bulgarian_on_telegram(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    ivana = TelegramUser(fake, first_name="Ивана", language_code="bg")
    await ivana.onboard("Български")
    await ivana.tap(offer_title("sewing-cafe", "bg"))
    await ivana.next_replies()
    start = len(fake.calls)
    await ivana.tap(T._("Talk to a person"))
    await ivana.next_replies()
    created = await fake.wait_for("createForumTopic", start=start)
    thread = int(created.result["message_thread_id"])
    card = await in_topic(fake, thread, "Fall #", start)
    assert any("Nähcafé" in label for label in card.button_labels), "what she looked at"

    ivan = TelegramMediator(fake, STAFF_GROUP, user_id=IVAN, first_name="Ivan")
    await ivan.tap(thread, "Nähcafé")
    sent = await ivana.next_replies(
        until=lambda c: offer_title("sewing-cafe", "bg") in c.visible_text
    )
    assert any(offer_title("sewing-cafe", "bg") in c.visible_text for c in sent)
    await in_topic(fake, thread, "an die Person geschickt (Bulgarisch)")

    await ivana.send(LETTER_BG)
    await in_topic(fake, thread, f"🇩🇪 {LETTER_DE}")

    await ivan.write(thread, f"/tr {REPLY_DE}")
    answer = await ivana.next_replies(until=lambda c: REPLY_BG in c.visible_text)
    assert all(REPLY_DE not in c.visible_text for c in answer), "no German to her"
    await in_topic(fake, thread, f"🌐 An die Person geschickt (Bulgarisch):\n{REPLY_BG}")

    await ivan.write(thread, "/antwort morgen-anrufen")
    await ivana.next_replies(until=lambda c: "Ще ви се обадя утре." in c.visible_text)
    await in_topic(fake, thread, "Ich rufe Sie morgen an.")
