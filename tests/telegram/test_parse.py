"""What each kind of Telegram update means for the bot."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Update

from bot.channels.telegram_parse import (
    CHANNEL,
    BotBlocked,
    ButtonTap,
    GroupActivity,
    Ignored,
    ToCore,
    parse_update,
)
from bot.messages import ChatId, Inbound, InboundKind, MessageRef, ThreadId, UserId
from tests.support.fake_bot_api import BOT_USERNAME
from tests.support.telegram_scenario import (
    callback_update,
    edited_text_update,
    location_update,
    message_update,
    my_chat_member_update,
    photo_update,
    sticker_update,
    text_update,
    user_json,
    voice_update,
)

ANA = user_json(4242, "Ana", "ro")


def parse(data: dict[str, Any]) -> object:
    return parse_update(Update.de_json({"update_id": 1, **data}, None), BOT_USERNAME)


def inbound_of(data: dict[str, Any]) -> Inbound:
    event = parse(data)
    assert isinstance(event, ToCore), event
    return event.inbound


def test_text_carries_chat_language_hint_first_name_and_message_id() -> None:
    update = text_update(ANA, "cand e cursul de germana")
    inbound = inbound_of(update)

    assert inbound.message_ref == str(update["message"]["message_id"])  # to copy it to a mediator

    assert inbound.channel == "telegram"
    assert inbound.chat_id == "4242"
    assert inbound.kind is InboundKind.TEXT
    assert inbound.text == "cand e cursul de germana"
    assert inbound.language_hint == "ro"
    assert inbound.display_name == "Ana"


@pytest.mark.parametrize(
    ("sent", "passed_on"),
    [
        ("/start ro-sewing-cafe", "/start ro-sewing-cafe"),
        (f"/start@{BOT_USERNAME} ro-sewing-cafe", "/start ro-sewing-cafe"),
        (f"/menu@{BOT_USERNAME.lower()}", "/menu"),
        ("/menu@SomeOtherBot", "/menu@SomeOtherBot"),
        ("write to me@example.org", "write to me@example.org"),
    ],
)
def test_commands_pass_through_without_our_bot_mention(sent: str, passed_on: str) -> None:
    assert inbound_of(text_update(ANA, sent)).text == passed_on


def test_a_button_tap_is_answered_then_handed_on_as_an_action() -> None:
    shown = {"message_id": 7, "date": 0, "chat": {"id": 4242, "type": "private"}, "text": "?"}

    event = parse(callback_update(ANA, "lang:ro", shown))

    assert isinstance(event, ButtonTap)
    assert event.query_id.startswith("cbq-")
    assert event.inbound.kind is InboundKind.ACTION
    assert event.inbound.action == "lang:ro"
    assert event.inbound.chat_id == "4242"


def test_a_tap_on_a_message_telegram_no_longer_has_still_finds_the_chat() -> None:
    event = parse(callback_update(ANA, "menu", None))

    assert isinstance(event, ButtonTap) and event.inbound.chat_id == "4242"


@pytest.mark.parametrize(
    ("update", "kind", "media_ref"),
    [
        (sticker_update(ANA), InboundKind.STICKER, "sticker-1"),
        (voice_update(ANA), InboundKind.VOICE, "voice-1"),
        (photo_update(ANA), InboundKind.PHOTO, "photo-large"),
        (
            message_update(ANA, audio={"file_id": "a", "file_unique_id": "ua", "duration": 1}),
            InboundKind.AUDIO,
            "a",
        ),
        (
            message_update(
                ANA,
                video={
                    "file_id": "v",
                    "file_unique_id": "uv",
                    "width": 1,
                    "height": 1,
                    "duration": 1,
                },
            ),
            InboundKind.VIDEO,
            "v",
        ),
        (
            message_update(
                ANA, video_note={"file_id": "n", "file_unique_id": "un", "length": 1, "duration": 1}
            ),
            InboundKind.VIDEO,
            "n",
        ),
        (
            message_update(ANA, document={"file_id": "d", "file_unique_id": "ud"}),
            InboundKind.DOCUMENT,
            "d",
        ),
        (
            message_update(
                ANA,
                animation={
                    "file_id": "g",
                    "file_unique_id": "ug",
                    "width": 1,
                    "height": 1,
                    "duration": 1,
                },
                document={"file_id": "g", "file_unique_id": "ug"},
            ),
            InboundKind.OTHER,
            "g",
        ),
        (location_update(ANA, 51.52, 7.46), InboundKind.LOCATION, "geo:51.52,7.46"),
        (
            message_update(
                ANA,
                venue={
                    "location": {"latitude": 51.5, "longitude": 7.4},
                    "title": "Hbf",
                    "address": "Königswall 15",
                },
                location={"latitude": 51.5, "longitude": 7.4},
            ),
            InboundKind.LOCATION,
            "geo:51.5,7.4",
        ),
        (
            message_update(ANA, contact={"phone_number": "+49 170 0000000", "first_name": "Mo"}),
            InboundKind.CONTACT,
            None,
        ),
        (message_update(ANA, dice={"emoji": "🎲", "value": 3}), InboundKind.OTHER, None),
    ],
)
def test_media_kinds(update: dict[str, Any], kind: InboundKind, media_ref: str | None) -> None:
    inbound = inbound_of(update)

    assert inbound.kind is kind
    assert inbound.media_ref == media_ref


def test_a_caption_is_the_text_of_a_photo() -> None:
    assert inbound_of(photo_update(ANA, caption="unde e asta?")).text == "unde e asta?"


def test_a_contact_never_passes_the_phone_number_on() -> None:
    inbound = inbound_of(message_update(ANA, contact={"phone_number": "+49 1", "first_name": "M"}))

    assert "+49" not in repr(inbound)


def test_edited_messages_are_not_answered_again() -> None:
    assert parse(edited_text_update(ANA, "cand e cursul", message_id=3)) == Ignored("edited")


def test_blocking_the_bot_is_reported_and_unblocking_needs_nothing() -> None:
    assert parse(my_chat_member_update(ANA, blocked=True)) == BotBlocked(ChatId("4242"))
    assert isinstance(parse(my_chat_member_update(ANA, blocked=False)), Ignored)


STAFF_GROUP = {"id": -100123, "type": "supergroup", "title": "Team", "is_forum": True}


def in_topic(update: dict[str, Any], thread_id: int | None) -> dict[str, Any]:
    message = update["message"]
    message["chat"] = STAFF_GROUP
    if thread_id is not None:
        message.update(message_thread_id=thread_id, is_topic_message=True)
    return update


def test_a_mediators_message_in_a_topic_names_sender_topic_and_message() -> None:
    update = in_topic(photo_update(ANA, caption="Formular"), thread_id=77)
    message_id = update["message"]["message_id"]

    assert parse(update) == GroupActivity(
        Inbound(
            channel=CHANNEL,
            chat_id=ChatId("-100123"),
            kind=InboundKind.PHOTO,
            text="Formular",
            display_name="Ana",
            media_ref="photo-large",
            sender_id=UserId("4242"),
            thread_id=ThreadId("77"),
            message_ref=MessageRef(str(message_id)),
            update_id="1",  # a redelivery is recognised by it
        )
    )


def test_the_groups_general_chat_has_no_topic() -> None:
    event = parse(in_topic(text_update(ANA, "/queue"), thread_id=None))

    assert isinstance(event, GroupActivity)
    assert event.inbound.thread_id is None and event.inbound.text == "/queue"


def test_a_button_tap_in_the_staff_group_carries_the_query_and_the_topic() -> None:
    card = {
        "message_id": 5,
        "date": 0,
        "chat": STAFF_GROUP,
        "message_thread_id": 77,
        "is_topic_message": True,
    }
    event = parse(callback_update(ANA, "htake:42", card))

    assert isinstance(event, GroupActivity) and event.query_id is not None
    assert event.inbound.action == "htake:42" and event.inbound.kind is InboundKind.ACTION
    assert (event.inbound.sender_id, event.inbound.thread_id) == ("4242", "77")


def test_topic_service_messages_and_edits_in_the_group_are_ignored() -> None:
    created = in_topic(
        message_update(ANA, forum_topic_created={"name": "x", "icon_color": 1}), thread_id=77
    )
    assert parse(created) == Ignored("service-message")
    edited = edited_text_update(ANA, "typo", message_id=3)
    edited["edited_message"]["chat"] = STAFF_GROUP
    assert parse(edited) == Ignored("edited")


def test_channel_posts_and_service_messages_are_ignored() -> None:
    post = {"message_id": 1, "date": 0, "chat": {"id": -1001, "type": "channel"}, "text": "news"}
    assert isinstance(parse({"channel_post": post}), Ignored)

    pinned = message_update(
        ANA, pinned_message={"message_id": 1, "date": 0, "chat": {"id": 4242, "type": "private"}}
    )
    assert parse(pinned) == Ignored("service-message")
