"""The fake Bot API speaks well enough for the real PTB client, and refuses what Telegram does."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaPhoto,
    Message,
)
from telegram.constants import ChatAction, MessageLimit, ParseMode
from telegram.error import BadRequest, EndPointNotFound, InvalidToken, NetworkError, RetryAfter

from tests.support.fake_bot_api import BOT_USERNAME, DROPPED, TEST_TOKEN, FakeBotApi

STAFF_GROUP = -1001234567890


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(
        TEST_TOKEN, base_url=fake.base_url, base_file_url=fake.base_url.replace("/bot", "/file/bot")
    ) as client:
        yield client


async def test_messages_edits_and_keyboards(fake: FakeBotApi, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Da", callback_data="consent:yes")]])

    first = await bot.send_message(42, "<b>Bună</b> &amp; salut", parse_mode=ParseMode.HTML)
    second = await bot.send_message(42, "Alegeți", reply_markup=keyboard)
    edited = await bot.edit_message_text("Ales", chat_id=42, message_id=second.message_id)
    assert isinstance(edited, Message)  # (True only for inline messages)
    await bot.edit_message_reply_markup(chat_id=42, message_id=first.message_id)

    assert bot.username == BOT_USERNAME
    assert first.text == "Bună & salut" and second.message_id == first.message_id + 1
    assert second.reply_markup == keyboard
    assert edited.text == "Ales" and edited.reply_markup is None
    assert fake.calls_of("sendMessage")[1].buttons == [[("Da", "consent:yes")]]


async def test_places_files_and_actions(fake: FakeBotApi, bot: Bot) -> None:
    venue = await bot.send_venue(42, 51.5236, 7.4601, "Raum vor Ort", "Beispielstraße 1")
    location = await bot.send_location(42, 51.52, 7.46)
    photo = await bot.send_photo(42, b"\x89PNG", caption="Harta")
    voice = await bot.send_voice(42, b"OggS")
    document = await bot.send_document(42, b"BEGIN:VCALENDAR", filename="termin.ics")
    album = await bot.send_media_group(42, [InputMediaPhoto(b"a"), InputMediaPhoto(b"b")])
    assert await bot.send_chat_action(42, ChatAction.TYPING)

    assert venue.venue is not None and venue.venue.title == "Raum vor Ort"
    assert location.location is not None and location.location.latitude == pytest.approx(51.52)
    assert photo.photo and photo.caption == "Harta"
    assert voice.voice is not None
    assert document.document is not None and document.document.file_name == "termin.ics"
    assert len(album) == 2
    downloaded = await (await bot.get_file(voice.voice.file_id)).download_as_bytearray()
    assert bytes(downloaded) == b"OggS"


async def test_staff_group_topics_copies_and_forwards(bot: Bot) -> None:
    topic = await bot.create_forum_topic(STAFF_GROUP, "Ana · ro")
    assert await bot.edit_forum_topic(STAFF_GROUP, topic.message_thread_id, name="Ana · ro ✓")
    assert await bot.close_forum_topic(STAFF_GROUP, topic.message_thread_id)
    assert await bot.reopen_forum_topic(STAFF_GROUP, topic.message_thread_id)
    copied = await bot.copy_message(STAFF_GROUP, 42, 1, message_thread_id=topic.message_thread_id)
    forwarded = await bot.forward_message(STAFF_GROUP, 42, 1)
    assert await bot.delete_forum_topic(STAFF_GROUP, topic.message_thread_id)

    assert topic.name == "Ana · ro"
    assert copied.message_id >= 1 and forwarded.chat.type == "supergroup"


async def test_what_telegram_refuses(fake: FakeBotApi, bot: Bot) -> None:
    too_long_data = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x" * 65)]])

    with pytest.raises(BadRequest, match="parse entities"):
        await bot.send_message(42, "<hacker>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(42, "a" * (MessageLimit.MAX_TEXT_LENGTH + 1))
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(42, "x", reply_markup=too_long_data)
    with pytest.raises(BadRequest, match="empty"):
        await bot.send_message(42, " ")
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")
    with pytest.raises(InvalidToken):
        async with Bot("999:wrong", base_url=fake.base_url):
            pass


async def test_injected_faults(fake: FakeBotApi, bot: Bot) -> None:
    fake.fail_next("sendMessage", status=429, retry_after=3)

    with pytest.raises(RetryAfter):
        await bot.send_message(42, "x")
    await bot.send_message(42, "x")

    assert [call.status for call in fake.calls_of("sendMessage")] == [429, 200]


async def test_a_dropped_connection_is_a_network_error_and_nothing_is_sent(
    fake: FakeBotApi, bot: Bot
) -> None:
    fake.drop_next("sendMessage")

    with pytest.raises(NetworkError):
        await bot.send_message(42, "x")
    await bot.send_message(42, "y")

    assert [call.status for call in fake.calls_of("sendMessage")] == [DROPPED, 200]
    assert [call.result["text"] for call in fake.calls_of("sendMessage") if call.ok] == ["y"]


async def test_waiting_is_bounded(fake: FakeBotApi) -> None:
    with pytest.raises(AssertionError, match="no matching sendVenue"):
        await fake.wait_for("sendVenue", timeout=0.1)
