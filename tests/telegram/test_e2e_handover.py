"""The handover end to end: the real bot (long polling) against the fake Bot API, a person in
their private chat and mediators in the staff group's topics.

Ivana writes in Bulgarian and asks for a person; a topic opens with her card and Ivan, who
speaks Bulgarian, is called; messages of every kind go both ways; Maria cannot take the chat
Ivan took; Ivan's notes for the team stay in the topic; ``/close`` gives Ivana the bot back.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.catalogue.schedule import WEEKDAYS
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.i18n.translator import TextCatalogs
from tests.support.bot_process import BotProcess, running_bot
from tests.support.fake_bot_api import ApiCall, FakeBotApi
from tests.support.handover import content_with_team
from tests.support.telegram_scenario import (
    TelegramMediator,
    TelegramUser,
    document_update,
    location_update,
    photo_update,
    voice_update,
)
from tests.telegram.content import offer_title
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean, telegram_env

STAFF_GROUP = -1001234567890
IVAN, MARIA = 111, 222
EVERY_DAY = (
    "[" + ", ".join(f'{{weekday: {day}, start: "00:00", end: "23:59"}}' for day in WEEKDAYS) + "]"
)
TEAM = f"""team:
  - {{name: Ivan, telegram: {IVAN}, languages: [bg, de], hours: {EVERY_DAY}}}
  - {{name: Maria, telegram: {MARIA}, languages: [ro, rom, de], hours: {EVERY_DAY}}}
"""
PRIVATE = (
    "Ивана",
    "как да намеря работа",
    "имам писмо от Jobcenter",
    "Hacker",
    "Какво пише в писмото",
)
T = TextCatalogs(PROJECT_ROOT / "locales", load_languages(), "Europe/Berlin").translator("bg")


def handover_env(fake: FakeBotApi, workdir: Path, **more: str) -> dict[str, str]:
    return {
        **telegram_env(fake, workdir),
        "STAFF_CHAT_ID": str(STAFF_GROUP),
        "CONTENT_DIR": str(content_with_team(workdir, TEAM)),
        "WATCH_CONTENT": "off",
        **more,
    }


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
async def bot(fake: FakeBotApi, tmp_path: Path) -> AsyncIterator[BotProcess]:
    """A bot per test: like Telegram, the bot sends at most 20 messages a minute into one
    group (PTB's rate limiter), and each test should start with that budget unused."""
    workdir = tmp_path
    ready = fake.wait_for("getUpdates", arrived=True, timeout=STARTUP_SECONDS)
    async with running_bot(["run"], handover_env(fake, workdir), workdir, ready=ready) as process:
        yield process  # SIGTERM at the end must stop the bot cleanly


@pytest.fixture(autouse=True)
def output_stays_clean(bot: BotProcess) -> Iterator[None]:
    yield
    assert_clean(bot.output, private=PRIVATE)


async def bulgarian(fake: FakeBotApi, first_name: str) -> TelegramUser:
    person = TelegramUser(fake, first_name=first_name, language_code="bg")
    await person.onboard("Български")
    return person


async def opened_topic(fake: FakeBotApi, start: int) -> tuple[int, ApiCall]:
    """The topic the bot made (from call ``start`` on) and the card it posted there."""
    created = await fake.wait_for("createForumTopic", start=start)
    thread = int(created.result["message_thread_id"])
    card = await fake.wait_for(
        "sendMessage", lambda c: c.params.get("message_thread_id") == str(thread), start=start
    )
    return thread, card


def copies_into(fake: FakeBotApi, chat_id: str | int, thread: int | None = None) -> list[ApiCall]:
    return [
        call
        for call in fake.calls_of("copyMessage")
        if call.ok
        and call.chat_id == str(chat_id)
        and (thread is None or call.params.get("message_thread_id") == str(thread))
    ]


async def copies(
    fake: FakeBotApi,
    count: int,
    chat_id: str | int,
    thread: int | None = None,
    *,
    timeout: float = 5.0,  # noqa: ASYNC109 - a deadline for the fake's wait, as in FakeBotApi
) -> list[ApiCall]:
    """Once ``count`` copies arrived in the chat (or topic): all of them, in order."""

    def enough() -> ApiCall | None:
        found = copies_into(fake, chat_id, thread)
        return found[-1] if len(found) >= count else None

    if await fake.wait_until(enough, timeout=timeout) is None:
        raise AssertionError(
            f"{len(copies_into(fake, chat_id, thread))} of {count} copies within {timeout}s"
        )
    return copies_into(fake, chat_id, thread)


def texts(calls: list[ApiCall]) -> str:
    return "\n".join(call.visible_text for call in calls)


async def test_a_bulgarian_speaker_talks_with_a_bulgarian_speaking_mediator(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    ivana = await bulgarian(fake, "Ивана")
    await ivana.send("как да намеря работа")
    await ivana.next_replies()
    start = len(fake.calls)

    await ivana.tap(T._("Talk to a person"))
    waiting = await ivana.next_replies()
    thread, card = await opened_topic(fake, start)

    assert T._("A person from our team will answer you here soon.") in texts(waiting)
    assert fake.calls_of("createForumTopic")[-1].params["name"].startswith("🇧🇬 bg · Ивана · #")
    assert "как да намеря работа" in card.visible_text, "what she asked the bot"
    assert f'<a href="tg://user?id={IVAN}">Ivan</a>' in card.params["text"], (
        "Ivan is called, Maria not"
    )
    assert f"tg://user?id={MARIA}" not in card.params["text"]

    # Everything Ivana sends is copied into her topic, in order. Until someone takes the chat
    # the bot still answers her question (and says the team sees it too); media get no answer.
    sent = [
        await ivana.send("имам писмо от Jobcenter"),
        await ivana.send_update(photo_update(ivana.user, caption="писмото")),
        await ivana.send_update(voice_update(ivana.user)),
        await ivana.send_update(document_update(ivana.user)),
        await ivana.send_update(location_update(ivana.user, 51.52, 7.46)),
    ]
    assert [
        (c.params["from_chat_id"], c.params["message_id"])
        for c in await copies(fake, 5, STAFF_GROUP, thread)
    ] == [(ivana.chat_id, str(update["message"]["message_id"])) for update in sent]
    meanwhile = await ivana.replies_before_marker()
    assert all(call.method == "sendMessage" for call in meanwhile)
    assert T._("Our team sees your message too and will answer you here.") in " ".join(
        call.visible_text for call in meanwhile
    )

    # Ivan takes the chat with the card's button; Maria cannot take it any more.
    ivan = TelegramMediator(fake, STAFF_GROUP, user_id=IVAN, first_name="Ivan")
    maria = TelegramMediator(fake, STAFF_GROUP, user_id=MARIA, first_name="Maria")
    await ivan.tap(thread, "Übernehmen")
    joined = await ivana.next_replies()
    assert T._("{name} from our team is answering you now.").format(name="Ivan") in texts(joined)
    edited = await fake.wait_for(
        "editMessageText", lambda c: c.params["message_id"] == str(card.result["message_id"])
    )
    assert "Übernommen von Ivan" in edited.visible_text
    mark = len(fake.calls)
    await maria.write(thread, "/take")
    refused = await fake.wait_for(
        "sendMessage", lambda c: c.params.get("message_thread_id") == str(thread), start=mark
    )
    assert "hat schon Ivan" in refused.visible_text

    # Ivan answers (text and a photo) as copies, without his account; a note stays in the group.
    words = await ivan.write(thread, "Здравейте! Какво пише в писмото?")
    await ivan.write(thread, "!Notiz: Sie war letzte Woche schon da")
    picture = await ivan.send_update(thread, photo_update(ivan.user, caption="Formular"))
    assert [c.params["message_id"] for c in await copies(fake, 2, ivana.chat_id)] == [
        str(words["message"]["message_id"]),
        str(picture["message"]["message_id"]),
    ], "the note was not copied"
    assert not fake.calls_of("forwardMessage"), (
        "copies, never forwards: Ivan's account stays private"
    )

    # /close: Ivana gets the bot back, in Bulgarian; the topic closes.
    await ivan.write(thread, "/close Termin am Dienstag")
    ended = await ivana.next_replies(until=lambda c: bool(c.buttons))
    assert T._("The chat with our team has ended.") in texts(ended)
    labels = [label for call in ended for label in call.button_labels]
    assert any(offer_title("german-course", "bg") in label for label in labels)
    await fake.wait_for("closeForumTopic", lambda c: c.params["message_thread_id"] == str(thread))
    await ivana.send("курс по немски")
    assert offer_title("german-course", "bg") in texts(await ivana.next_replies()), (
        "the bot answers again"
    )


async def test_names_with_markup_or_200_letters_make_valid_titles_and_cards(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    for name in ("<b>Hacker</b> & *bold*", "Я" * 200):
        person = await bulgarian(fake, name)
        start = len(fake.calls)
        await person.tap(T._("Talk to a person"))
        _, card = await opened_topic(fake, start)

        title = fake.calls_of("createForumTopic")[-1].params["name"]
        assert len(title.encode("utf-16-le")) // 2 <= 128 and title.startswith("🇧🇬 bg · ")
        shown = name if len(name) < 60 else name[:60]
        assert shown in title and shown in card.visible_text, "shown as written, never as markup"


async def test_a_deleted_topic_comes_back_and_a_new_request_reopens_the_topic(
    fake: FakeBotApi, bot: BotProcess
) -> None:
    ivana = await bulgarian(fake, "Ивана")
    start = len(fake.calls)
    await ivana.tap(T._("Talk to a person"))
    thread, _ = await opened_topic(fake, start)
    fake.delete_topic(STAFF_GROUP, thread)  # a mediator deleted it by mistake

    start = len(fake.calls)
    question = await ivana.send("имам писмо от Jobcenter")
    new_thread, card = await opened_topic(fake, start)
    (copied,) = await copies(fake, 1, STAFF_GROUP, new_thread)
    assert new_thread != thread and "Fall #" in card.visible_text
    assert copied.params["message_id"] == str(question["message"]["message_id"])

    await ivana.tap(T._("End the chat with our team"))
    await fake.wait_for(
        "closeForumTopic", lambda c: c.params["message_thread_id"] == str(new_thread)
    )
    start = len(fake.calls)
    await ivana.tap(T._("Talk to a person"))
    await fake.wait_for(
        "reopenForumTopic", lambda c: c.params["message_thread_id"] == str(new_thread), start=start
    )
    renamed = await fake.wait_for("editForumTopic", start=start)
    assert renamed.params["message_thread_id"] == str(new_thread) and renamed.params[
        "name"
    ].startswith("🇧🇬 bg · Ивана · #")
    assert (
        not fake.calls_of("createForumTopic")[-1:]
        or fake.calls.index(fake.calls_of("createForumTopic")[-1]) < start
    )
