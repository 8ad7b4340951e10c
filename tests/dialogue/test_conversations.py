"""Whole conversations through the core, in several languages, as a person would have them."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.app import CoreApp
from bot.messages import InboundKind
from bot.storage.models import QuestionLog, User
from tests.support.conversation import Chat, FixedClock, offer_title, onboarded, running_core


def ui(core: CoreApp, language: str, message: str, format_choice: str | None = None) -> str:
    return core.texts.translator(language, format_choice)._(message)


async def count(core: CoreApp, model: type) -> int:
    async with core.database.session() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


async def test_first_contact_greets_in_the_phone_language_and_offers_every_language(
    core: CoreApp,
) -> None:
    chat = Chat(core, hint="ro-RO")
    await chat.send("/start")
    assert ui(core, "ro", "Please choose your language.") in chat.text
    assert chat.labels[0].endswith("Română"), "the phone's language comes first"
    for own_name in [
        "Deutsch",
        "English",
        "Български",
        "Romanes",
        "العربية",
        "Türkçe",
        "Українська",
        "فارسی",
    ]:
        assert any(own_name in label for label in chat.labels), own_name


async def test_romanian_speaker_chooses_language_accepts_privacy_and_sees_the_menu(
    core: CoreApp,
) -> None:
    chat = Chat(core)
    await chat.send("salut")
    await chat.tap("Română")
    assert ui(core, "ro", "Is this OK for you?") in chat.text
    await chat.tap(ui(core, "ro", "Yes, OK"))
    assert any(offer_title(core, "sewing-cafe", "ro") in label for label in chat.labels)
    assert any(ui(core, "ro", "Talk to a person") in label for label in chat.labels)


async def test_question_in_romanian_without_diacritics_gets_the_german_course_card(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "Română")
    await chat.send("cand e cursul de germana")
    assert offer_title(core, "german-course", "ro") in chat.text
    assert ui(core, "ro", "Next dates:") in chat.text
    assert any(
        day in chat.text for day in ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă"]
    )
    assert chat.venues, "a map pin comes with the card"


async def test_romani_speaker_reads_dates_in_bulgarian_when_chosen(core: CoreApp) -> None:
    chat = Chat(core)
    await chat.send("/start")
    await chat.tap("Romanes")
    await chat.tap("Български")
    await chat.press("consent:yes")
    await chat.press("offer:sewing-cafe")
    assert offer_title(core, "sewing-cafe", "rom") in chat.text
    assert any(day in chat.text for day in ["понеделник", "вторник", "сряда", "четвъртък", "петък"])


async def test_arabic_replies_are_marked_right_to_left(core: CoreApp) -> None:
    chat = await onboarded(core, "العربية")
    await chat.press("offer:parents-cafe")
    assert all(reply.rtl for reply in chat.replies)
    assert offer_title(core, "parents-cafe", "ar") in chat.text


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (InboundKind.STICKER, "Thank you! I can read only text and buttons."),
        (
            InboundKind.VOICE,
            "I cannot listen to voice messages. Please tap a button, or talk to a person.",
        ),
        (
            InboundKind.PHOTO,
            "I cannot look at pictures or files. A person from our team can: "
            "tap “Talk to a person”.",
        ),
        (InboundKind.CONTACT, "Please do not send contacts. I do not need phone numbers."),
        (
            InboundKind.OTHER,
            "I did not understand that. Please tap a button or write a short question.",
        ),
    ],
)
async def test_things_the_bot_cannot_read_get_a_friendly_answer_in_the_persons_language(
    core: CoreApp, kind: InboundKind, message: str
) -> None:
    chat = await onboarded(core, "Türkçe")
    await chat.send_kind(kind)
    assert ui(core, "tr", message) in chat.text
    assert any(ui(core, "tr", "Talk to a person") in label for label in chat.labels)


async def test_a_shared_location_is_answered_with_our_places(core: CoreApp) -> None:
    chat = await onboarded(core, "English")
    await chat.send_kind(InboundKind.LOCATION)
    assert len(chat.venues) == len(core.dialogue.catalogue.current.catalogue.locations)


async def test_very_long_text_asks_for_a_short_question(core: CoreApp) -> None:
    chat = await onboarded(core, "Українська")
    await chat.send("питання " * 500)
    assert (
        ui(core, "uk", "Your message is very long. Please write one short question.") in chat.text
    )


async def test_an_old_button_for_a_removed_offer_gets_the_current_menu(core: CoreApp) -> None:
    chat = await onboarded(core, "Deutsch")
    await chat.press("offer:knitting-circle-2019")
    assert ui(core, "de", "This button is old. Here is the current menu.") in chat.text
    assert any(offer_title(core, "german-course", "de") in label for label in chat.labels)
    await chat.press("garbage-\u202e-payload")
    assert ui(core, "de", "This button is old. Here is the current menu.") in chat.text


async def test_unknown_question_says_so_and_offers_a_person_more_clearly_the_second_time(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "English")
    await chat.send("where can I exchange my driving licence")
    assert ui(core, "en", "Sorry, I do not know about that yet.") in chat.text
    await chat.send("how much is a bus ticket")
    assert (
        ui(core, "en", "A person from our team can help you. Tap “Talk to a person”.") in chat.text
    )


async def test_questions_are_logged_without_who_asked(core: CoreApp) -> None:
    chat = await onboarded(core, "English", chat_id="secret-chat-4711")
    await chat.send("sewing")
    async with core.database.session() as session:
        entries = (await session.execute(select(QuestionLog))).scalars().all()
    assert [(e.question, e.language, e.offer_id) for e in entries] == [
        ("sewing", "en", "sewing-cafe")
    ]
    columns = QuestionLog.__table__.columns.keys()
    assert not {"user_id", "chat_id", "external_id"} & set(columns)


async def test_writing_in_another_language_offers_to_switch_and_never_switches_alone(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "Deutsch")
    await chat.send("Unde pot să învăț limba germană împreună cu copiii mei?")
    switch = chat.button("Română")
    assert switch.action == "switch:ro"
    await chat.press("offer:sewing-cafe")
    assert offer_title(core, "sewing-cafe", "de") in chat.text, (
        "still German until the person says so"
    )
    await chat.press(switch.action)
    assert any(offer_title(core, "sewing-cafe", "ro") in label for label in chat.labels)


async def test_changing_language_later_keeps_consent(core: CoreApp) -> None:
    chat = await onboarded(core, "English")
    await chat.send("/language")
    await chat.tap("فارسی")
    assert any(offer_title(core, "office-hours", "fa") in label for label in chat.labels)
    assert ui(core, "fa", "Is this OK for you?") not in chat.text


async def test_deep_link_from_a_flyer_opens_the_offer_in_its_language_after_consent(
    core: CoreApp,
) -> None:
    chat = Chat(core)
    await chat.send("/start ro-sewing-cafe")
    assert ui(core, "ro", "Is this OK for you?") in chat.text
    await chat.press("consent:yes")
    assert offer_title(core, "sewing-cafe", "ro") in chat.text
    assert chat.venues


async def test_unknown_deep_link_falls_back_to_first_contact(core: CoreApp) -> None:
    chat = Chat(core, hint="en")
    await chat.send("/start xx-nothing-here")
    assert ui(core, "en", "Please choose your language.") in chat.text


async def test_declining_privacy_deletes_everything(core: CoreApp) -> None:
    chat = Chat(core)
    await chat.send("/start")
    await chat.tap("Български")
    await chat.press("consent:no")
    assert ui(core, "bg", "OK. I have deleted everything about you.") in chat.text
    assert await count(core, User) == 0


async def test_privacy_shows_what_is_kept_and_delete_removes_it(core: CoreApp) -> None:
    chat = await onboarded(core, "Română")
    await chat.send("/privacy")
    assert ui(core, "ro", "This is what I keep about you:") in chat.text
    assert "Limba: română" in chat.text, "the language named as Romanian names it"
    await chat.tap(ui(core, "ro", "Delete my data"))
    await chat.tap(ui(core, "ro", "Yes, delete"))
    assert await count(core, User) == 0


async def test_conversation_survives_a_restart(database_url: str) -> None:
    clock = FixedClock()
    async with running_core(database_url, clock) as core:
        chat = await onboarded(core, "Türkçe")
    async with running_core(database_url, clock) as restarted:
        chat = Chat(restarted)
        await chat.send("dikiş")
        assert offer_title(restarted, "sewing-cafe", "tr") in chat.text, (
            "language and consent were kept"
        )


@pytest.mark.parametrize("channel", ["telegram", "whatsapp"])
async def test_the_privacy_note_says_what_an_appointment_keeps_and_for_how_long(
    core: CoreApp, channel: str
) -> None:
    chat = Chat(core, channel=channel)
    await chat.send("/start")
    await chat.tap("Română")
    kept = ui(
        core,
        "ro",
        "For an appointment I keep your first name and, if you give it, your phone number. "
        "I delete them a month after the appointment.",
    )
    assert kept in chat.text
    whatsapp = ui(core, "ro", "WhatsApp gives me your phone number: I keep it only to answer you.")
    assert (whatsapp in chat.text) == (channel == "whatsapp")
