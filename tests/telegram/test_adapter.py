"""The adapter inside a real PTB application (polling the fake Bot API), with a stub core."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from telegram.ext import Application

from bot.channels.run import run_channels
from bot.channels.telegram import (
    attach,
    build_application,
    file_base_url,
    publish_command_menus,
    serving,
)
from bot.config import Settings
from bot.messages import Button, ChannelName, ChatId, Inbound, InboundKind, MessageRef, Reply
from bot.ports import DeskSender, Sender
from tests.support.fake_bot_api import TEST_TOKEN, FakeBotApi
from tests.support.telegram_scenario import (
    TelegramMediator,
    TelegramUser,
    my_chat_member_update,
    sticker_update,
    text_update,
)

STAFF_GROUP = -100555
PRIVATE_TEXT = "Numele meu e Zamfira și locuiesc pe Mallinckrodtstraße"


@dataclass(frozen=True)
class StubLanguage:
    code: str


@dataclass
class StubCore:
    """Answers every message with one text and a menu button; fails on "boom"."""

    languages: Sequence[StubLanguage] = (
        StubLanguage("de"),
        StubLanguage("ro"),
        StubLanguage("rom"),
    )
    inbounds: list[Inbound] = field(default_factory=list)
    delivered_ids: list[str | None] = field(default_factory=list)
    unreachable: list[tuple[str, str]] = field(default_factory=list)
    senders: dict[str, Sender] = field(default_factory=dict)
    desk: DeskSender | None = None

    async def handle(self, inbound: Inbound) -> list[Reply]:
        self.inbounds.append(inbound)
        if inbound.text == "boom":
            raise RuntimeError(f"failed on {inbound.text!r}: {PRIVATE_TEXT}")
        return [Reply(text=f"got {inbound.kind}", buttons=((Button("Meniu", "menu"),),))]

    async def delivered(self, inbound: Inbound) -> None:
        self.delivered_ids.append(inbound.update_id)

    def command_menu(self, language: str) -> list[tuple[str, str]]:
        return [("start", f"Start [{language}]"), ("menu", f"Menu [{language}]")]

    async def mark_unreachable(self, channel: ChannelName, chat_id: ChatId) -> None:
        self.unreachable.append((channel, chat_id))

    def register_sender(self, channel: ChannelName, sender: Sender) -> None:
        self.senders[channel] = sender

    def register_desk(self, channel: ChannelName, sender: DeskSender) -> None:
        self.desk = sender


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
def core() -> StubCore:
    return StubCore()


@pytest.fixture
async def application(fake: FakeBotApi, core: StubCore) -> AsyncIterator[Application]:
    settings = Settings(port=0, telegram_bot_token=TEST_TOKEN, telegram_api_base_url=fake.base_url)
    app = build_application(settings, TEST_TOKEN)
    attach(app, core)
    async with app, serving(app, polling=True):
        yield app


async def processed(fake: FakeBotApi, app: Application, update: dict[str, Any]) -> None:
    """Wait until the bot fetched ``update`` and finished every fetched update."""
    await fake.wait_for(
        "getUpdates",
        lambda call: int(call.params.get("offset", 0)) > update["update_id"],
        arrived=True,
    )
    await asyncio.wait_for(app.update_queue.join(), timeout=5)


async def test_a_message_reaches_the_core_and_the_answer_the_person(
    fake: FakeBotApi, core: StubCore, application: Application
) -> None:
    ana = TelegramUser(fake, first_name="Ana", language_code="ro")

    sent = await ana.send("Bună ziua")
    (reply,) = await ana.next_replies()

    assert core.inbounds == [
        Inbound(
            channel=ChannelName("telegram"),
            chat_id=ChatId(ana.chat_id),
            kind=InboundKind.TEXT,
            text="Bună ziua",
            language_hint="ro",
            display_name="Ana",
            message_ref=MessageRef(str(sent["message"]["message_id"])),
            update_id=str(sent["update_id"]),
        )
    ]
    assert reply.visible_text == "got text"
    assert reply.button_labels == ["Meniu"]


async def test_a_tap_is_answered_before_the_core_speaks(
    fake: FakeBotApi, core: StubCore, application: Application
) -> None:
    ana = TelegramUser(fake)
    await ana.send("salut")
    await ana.next_replies()

    tap = await ana.tap("Meniu")
    (reply,) = await ana.next_replies()

    answer = await fake.wait_for("answerCallbackQuery")
    assert answer.params["callback_query_id"] == tap["callback_query"]["id"]
    assert fake.calls.index(answer) < fake.calls.index(reply)
    assert core.inbounds[-1].kind is InboundKind.ACTION and core.inbounds[-1].action == "menu"


async def test_a_tap_runs_its_turn_while_its_spinner_is_being_stopped(
    fake: FakeBotApi, core: StubCore, application: Application
) -> None:
    turn_ran = asyncio.Event()
    answer_callback_query = fake.handlers["answerCallbackQuery"]
    handle = core.handle

    async def answered_after_the_turn(api: FakeBotApi, params: dict[str, Any], files: Any) -> Any:
        await asyncio.wait_for(turn_ran.wait(), timeout=5)
        return answer_callback_query(api, params, files)

    async def turn(inbound: Inbound) -> list[Reply]:
        turn_ran.set()
        return await handle(inbound)

    ana = TelegramUser(fake)
    await ana.send("salut")
    await ana.next_replies()
    fake.handlers["answerCallbackQuery"] = answered_after_the_turn
    core.handle = turn  # type: ignore[method-assign]

    await ana.tap("Meniu")
    (reply,) = await ana.next_replies()

    answer = await fake.wait_for("answerCallbackQuery")
    assert fake.calls.index(answer) < fake.calls.index(reply), "the spinner stops first"


async def test_a_spinner_that_cannot_be_stopped_costs_the_person_no_answer(
    fake: FakeBotApi, core: StubCore, application: Application
) -> None:
    ana = TelegramUser(fake)
    await ana.send("salut")
    await ana.next_replies()

    fake.fail_next("answerCallbackQuery", times=3, status=502)  # every attempt fails
    await ana.tap("Meniu")

    (reply,) = await ana.next_replies()
    assert reply.visible_text == "got action"


async def test_a_redelivered_update_reaches_the_core_with_its_id_to_be_recognised(
    fake: FakeBotApi, core: StubCore, application: Application
) -> None:
    """The core drops the second (by the id, in the database: tests/storage/test_scale_out.py),
    so a retry reaching another process is recognised as well."""
    ana = TelegramUser(fake)
    update = sticker_update(ana.user)
    update["update_id"] = fake.next_update_id()
    await fake.enqueue_updates(update, update)  # a redelivery with the same update_id

    await processed(fake, application, update)

    assert [inbound.update_id for inbound in core.inbounds] == [str(update["update_id"])] * 2
    assert core.delivered_ids == [str(update["update_id"])] * 2, "sent, then reported sent"


async def test_blocking_marks_the_person_unreachable(
    fake: FakeBotApi, core: StubCore, application: Application
) -> None:
    ana, bo = TelegramUser(fake), TelegramUser(fake, first_name="Bo")
    update = await ana.send_update(my_chat_member_update(ana.user, blocked=True))
    await processed(fake, application, update)

    fake.block(bo.chat_id)  # Bo blocked the bot, and Telegram says so when we answer
    update = await bo.send("hello?")
    await processed(fake, application, update)

    assert core.unreachable == [("telegram", ana.chat_id), ("telegram", bo.chat_id)]
    assert [inbound.chat_id for inbound in core.inbounds] == [bo.chat_id]


async def mediator_writes(
    fake: FakeBotApi, core: StubCore, thread: int, text: str
) -> dict[str, Any]:
    """Ivan writes ``text`` in a topic of the staff group; returns once it was processed."""
    settings = Settings(port=0, telegram_bot_token=TEST_TOKEN, telegram_api_base_url=fake.base_url)
    app = build_application(settings, TEST_TOKEN)
    attach(app, core, staff_chat_id=str(STAFF_GROUP))
    ivan = TelegramMediator(fake, STAFF_GROUP, user_id=4711, first_name="Ivan")
    async with app, serving(app, polling=True):
        update = await ivan.write(thread, text)
        await processed(fake, app, update)
    return update


async def test_the_staff_group_reaches_the_core_and_replies_go_into_the_topic(
    fake: FakeBotApi, core: StubCore
) -> None:
    thread = fake.add_topic(STAFF_GROUP, "ro · Ana · #1")
    update = await mediator_writes(fake, core, thread, "/take")

    (inbound,) = core.inbounds
    assert (inbound.sender_id, inbound.thread_id) == ("4711", str(thread))
    assert inbound.message_ref == str(update["message"]["message_id"])
    (answer,) = fake.calls_of("sendMessage")
    assert answer.chat_id == str(STAFF_GROUP) and answer.params["message_thread_id"] == str(thread)


async def test_a_staff_message_that_could_not_be_handled_is_reported_not_sent(
    fake: FakeBotApi, core: StubCore
) -> None:
    """Long polling cannot make Telegram post it again: the mediator hears it plainly."""
    thread = fake.add_topic(STAFF_GROUP, "ro · Ana · #1")
    await mediator_writes(fake, core, thread, "boom")  # the database is away, say

    (notice,) = fake.calls_of("sendMessage")
    assert notice.params["message_thread_id"] == str(thread)
    assert notice.visible_text.startswith("⚠️ Nicht gesendet")
    assert core.delivered_ids == [], "not marked done"


async def test_the_bot_stays_silent_in_groups(
    fake: FakeBotApi, core: StubCore, application: Application
) -> None:
    ana = TelegramUser(fake)
    in_group = text_update(ana.user, "hello everyone")
    in_group["message"]["chat"] = {"id": -100777, "type": "supergroup", "title": "Nachbarn"}

    update = await fake.enqueue_update(in_group)
    await processed(fake, application, update)

    assert core.inbounds == []
    assert not [call for call in fake.calls if call.chat_id == "-100777"]


async def test_a_failure_is_logged_without_content_and_the_bot_keeps_going(
    fake: FakeBotApi,
    core: StubCore,
    application: Application,
    caplog: pytest.LogCaptureFixture,
) -> None:
    ana = TelegramUser(fake, first_name="Zamfira")
    caplog.set_level(logging.INFO)  # as in production

    failing = await ana.send("boom")
    await processed(fake, application, failing)
    await ana.send("still there?")
    (reply,) = await ana.next_replies()

    assert reply.visible_text == "got text"
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    (error,) = errors
    assert error.getMessage().startswith(
        f"telegram update {failing['update_id']} failed: RuntimeError at {__file__}:"
    )
    assert all(record.exc_info is None for record in errors)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "boom" not in logged and "Zamfira" not in logged and "still there" not in logged


async def test_command_menus_per_language_and_a_default(fake: FakeBotApi, core: StubCore) -> None:
    settings = Settings(port=0, telegram_bot_token=TEST_TOKEN, telegram_api_base_url=fake.base_url)
    fake.fail_next("setMyCommands", status=400, description="Bad Request: BOT_COMMAND_INVALID")
    app = build_application(settings, TEST_TOKEN)

    async with app:
        await publish_command_menus(app.bot, core, default_language="de")

    menus = {
        call.params.get("language_code"): call.params["commands"]
        for call in fake.calls_of("setMyCommands")
        if call.ok
    }
    assert set(menus) == {"de", "ro"}  # the default failed; Romani has no ISO 639-1 code
    assert menus["ro"] == [
        {"command": "start", "description": "Start [ro]"},
        {"command": "menu", "description": "Menu [ro]"},
    ]
    assert len(fake.calls_of("setMyCommands")) == 3


def test_the_file_url_follows_the_api_url() -> None:
    assert file_base_url("http://127.0.0.1:8081/bot") == "http://127.0.0.1:8081/file/bot"
    assert file_base_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"


@pytest.mark.parametrize(
    ("settings", "complaint"),
    [
        # No channel at all is not an error: `run` then serves the staff desk alone (tests/web).
        (Settings(port=0, telegram_bot_token=TEST_TOKEN, webhook_secret="s3cret"), "WEBHOOK_URL"),
        (
            Settings(port=0, telegram_bot_token=TEST_TOKEN, webhook_url="https://x/telegram"),
            "SECRET",
        ),
        (
            Settings(
                port=0,  # never a fixed port, should anything listen
                telegram_bot_token=TEST_TOKEN,
                webhook_url="https://x/telegram",
                webhook_secret="not allowed: spaces, though long enough",
            ),
            "SECRET",
        ),
        *(
            (
                Settings(
                    port=0,  # never a fixed port, should anything listen
                    telegram_bot_token=TEST_TOKEN,
                    webhook_url="https://x/telegram",
                    webhook_secret=short,
                ),
                "32-256",
            )
            for short in ("x", "A" * 31, "webhook-Secret_for-tests-42")
        ),
    ],
)
async def test_missing_settings_are_named_before_anything_starts(
    settings: Settings, complaint: str
) -> None:
    with pytest.raises(ValueError, match=complaint):
        await run_channels(settings, webhook=True)
