"""Webhook payloads -> events: every message type is passed on or ignored on purpose."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.channels.whatsapp_parse import (
    Ignored,
    StatusUpdate,
    TemplateTap,
    ToCore,
    language_hint,
    parse_payload,
)
from bot.messages import ChannelName, ChatId, Inbound, InboundKind
from tests.support.fake_graph_api import PHONE_NUMBER_ID
from tests.support.whatsapp_scenario import (
    audio_message,
    button_reply,
    contact,
    contacts_message,
    envelope,
    image_message,
    list_reply,
    location_message,
    message,
    reaction_message,
    status,
    sticker_message,
    template_button,
    text_message,
    unknown_message,
)

ANA = "40712345678"


def one(sent: dict[str, Any]) -> object:
    (event,) = parse_payload(
        envelope(messages=[sent], contacts=[contact(ANA, "Ana")]), PHONE_NUMBER_ID
    )
    return event


def inbound(kind: InboundKind, **fields: Any) -> Inbound:
    return Inbound(
        channel=ChannelName("whatsapp"),
        chat_id=ChatId(ANA),
        kind=kind,
        language_hint="ro",
        display_name="Ana",
        **fields,
    )


def test_a_text_reaches_the_core_with_its_message_id() -> None:
    sent = text_message(ANA, "cand e cursul de germana")

    assert one(sent) == ToCore(
        sent["id"], inbound(InboundKind.TEXT, text="cand e cursul de germana")
    )


@pytest.mark.parametrize("build", [button_reply, list_reply])
def test_a_tapped_button_or_list_row_is_an_action(build: Any) -> None:
    sent = build(ANA, "lang:ro", "Română")

    assert one(sent) == ToCore(sent["id"], inbound(InboundKind.ACTION, action="lang:ro"))


@pytest.mark.parametrize(("voice", "kind"), [(True, InboundKind.VOICE), (False, InboundKind.AUDIO)])
def test_voice_notes_and_audio_files_keep_their_media_id(voice: bool, kind: InboundKind) -> None:
    event = one(audio_message(ANA, "media-7", voice=voice))

    assert isinstance(event, ToCore)
    assert event.inbound == inbound(kind, media_ref="media-7")


def test_pictures_keep_their_caption_and_media_id() -> None:
    event = one(image_message(ANA, "media-8", caption="scrisoarea"))

    assert isinstance(event, ToCore)
    assert event.inbound == inbound(InboundKind.PHOTO, text="scrisoarea", media_ref="media-8")


def test_a_location_travels_as_a_geo_uri() -> None:
    event = one(location_message(ANA, 51.52, 7.46))

    assert isinstance(event, ToCore)
    assert event.inbound == inbound(InboundKind.LOCATION, media_ref="geo:51.52,7.46")


def test_a_contact_card_is_passed_on_without_its_numbers() -> None:
    event = one(contacts_message(ANA))

    assert isinstance(event, ToCore)
    assert event.inbound == inbound(InboundKind.CONTACT)
    assert "712 999" not in repr(event)


@pytest.mark.parametrize(
    ("sent", "kind"),
    [
        (sticker_message(ANA), InboundKind.STICKER),
        (unknown_message(ANA), InboundKind.OTHER),
        (message(ANA, "a_type_from_the_future", a_type_from_the_future={}), InboundKind.OTHER),
        (message(ANA, "video", video={"id": "v-1"}), InboundKind.VIDEO),
        (
            message(ANA, "document", document={"id": "d-1", "filename": "brief.pdf"}),
            InboundKind.DOCUMENT,
        ),
    ],
)
def test_everything_else_gets_a_friendly_answer(sent: dict[str, Any], kind: InboundKind) -> None:
    event = one(sent)

    assert isinstance(event, ToCore)
    assert event.inbound.kind is kind


def test_reactions_are_ignored_on_purpose() -> None:
    assert one(reaction_message(ANA, "wamid.OUT1")) == Ignored("reaction")


def test_a_template_quick_reply_asks_for_what_was_held() -> None:
    sent = template_button(ANA, "Citește", "held")

    assert one(sent) == TemplateTap(sent["id"], inbound(InboundKind.ACTION, action="held"))


def test_status_callbacks_name_the_message_and_the_error_code() -> None:
    payload = envelope(
        statuses=[
            status("wamid.OUT1", "read", ANA),
            status("wamid.OUT2", "failed", ANA, error_code=131026),
        ]
    )

    read, failed = parse_payload(payload, PHONE_NUMBER_ID)

    assert isinstance(read, StatusUpdate) and read.status == "read" and read.error_code is None
    assert read.at.tzinfo is UTC and read.at <= datetime.now(UTC)
    assert isinstance(failed, StatusUpdate) and (failed.wamid, failed.error_code) == (
        "wamid.OUT2",
        131026,
    )


def test_one_payload_may_carry_several_messages() -> None:
    first, second = text_message(ANA, "unu"), text_message(ANA, "doi")

    events = parse_payload(envelope(messages=[first, second]), PHONE_NUMBER_ID)

    assert [e.wamid for e in events if isinstance(e, ToCore)] == [first["id"], second["id"]]


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"object": "page", "entry": []},
        {"object": "whatsapp_business_account", "entry": "nonsense"},
        {
            "object": "whatsapp_business_account",
            "entry": [{"changes": [{"field": "messages", "value": 3}]}],
        },
        envelope(messages=[{"from": ANA, "type": "text"}]),  # no id
        envelope(messages=[message(ANA, "location", location={"latitude": "north"})]),
        envelope(statuses=[{"status": "read"}]),
        envelope(messages=[message(ANA, "interactive", interactive={"type": "nfm_reply"})]),
    ],
)
def test_unexpected_shapes_are_ignored_not_raised(payload: dict[str, Any]) -> None:
    assert all(isinstance(event, Ignored) for event in parse_payload(payload, PHONE_NUMBER_ID))


def test_messages_for_another_number_of_the_account_are_ignored() -> None:
    payload = envelope(messages=[text_message(ANA, "hello")], phone_number_id="999")

    assert parse_payload(payload, PHONE_NUMBER_ID) == [Ignored("other-number")]


@pytest.mark.parametrize(
    ("wa_id", "hint"),
    [
        ("40712345678", "ro"),
        ("359881234567", "bg"),
        ("905321234567", "tr"),
        ("4915112345678", "de"),
        ("380501234567", "uk"),
        ("963944123456", "ar"),
        ("989121234567", "fa"),
        ("33612345678", None),
    ],
)
def test_the_calling_code_only_hints_a_language(wa_id: str, hint: str | None) -> None:
    assert language_hint(wa_id) == hint


def test_mediators_see_the_number_only_when_configured() -> None:
    payload = envelope(messages=[text_message(ANA, "Bună")], contacts=[contact(ANA, "Ana")])

    (hidden,) = parse_payload(payload, PHONE_NUMBER_ID)
    (shown,) = parse_payload(payload, PHONE_NUMBER_ID, show_phone=True)

    assert isinstance(hidden, ToCore) and hidden.inbound.display_name == "Ana"
    assert isinstance(shown, ToCore) and shown.inbound.display_name == f"Ana · +{ANA}"


def test_a_message_carries_when_it_was_sent_for_refusing_replays() -> None:
    sent = text_message(ANA, "hallo")
    sent["timestamp"] = "1764547200"
    event = one(sent)
    assert isinstance(event, ToCore)
    assert event.sent_at == datetime(2025, 12, 1, tzinfo=UTC)
    for odd in ("", "²", "-5", "99999999999999999999"):
        sent["timestamp"] = odd
        event = one(sent)
        assert isinstance(event, ToCore) and event.sent_at is None, odd
