"""The offer in context lives in the database, expires after a few minutes, and FAQ links work."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import CoreApp
from bot.config import PROJECT_ROOT
from tests.support.conversation import Chat, FixedClock, onboarded, running_core


def german(core: CoreApp, offer_id: str, field: str) -> str:
    offer = core.dialogue.catalogue.current.catalogue.offer(offer_id)
    assert offer is not None
    return offer.text(field, "de")


async def test_a_follow_up_after_a_restart_is_still_about_the_offer_shown(
    database_url: str,
) -> None:
    clock = FixedClock()
    async with running_core(database_url, clock) as core:
        chat = await onboarded(core)
        await chat.send("wann ist das nähcafé")
        assert german(core, "sewing-cafe", "details") in chat.text
    clock.now += timedelta(minutes=2)
    async with running_core(database_url, clock) as restarted:
        chat = Chat(restarted, "person-1")
        await chat.send("und was muss ich mitbringen?")
        assert german(restarted, "sewing-cafe", "bring") in chat.text
        assert german(restarted, "sewing-cafe", "details") not in chat.text


async def test_after_ten_minutes_it_is_no_longer_about_that_offer(database_url: str) -> None:
    clock = FixedClock()
    async with running_core(database_url, clock) as core:
        chat = await onboarded(core)
        await chat.send("deutschkurs")
        await chat.send("und was kostet das")
        assert german(core, "german-course", "title") in chat.text, "a follow-up at first"

        clock.now += timedelta(minutes=11)
        await chat.send("und was kostet das")
        assert german(core, "german-course", "title") not in chat.text
        free = core.dialogue.catalogue.current.catalogue.faq["free"]
        assert free.answer("de") in chat.text, "without an offer in mind: the staff answer"


async def test_asking_whether_to_book_an_appointment_offer_brings_the_days_to_book(
    database_url: str,
) -> None:
    async with running_core(database_url) as core:
        chat = await onboarded(core, "English")
        await chat.send("welcome europe")
        await chat.send("do i have to book?")
        assert "Please book an appointment for this first." in chat.text
        assert "Which day suits you?" in chat.text
        assert chat.buttons[0].action.startswith("bday:welcome-europe:")
        await chat.send("and can i just come to the sewing cafe")
        await chat.send("do i have to book?")
        assert "You can just come. You do not need an appointment." in chat.text
        assert not [label for label in chat.labels if "Book" in label]


@pytest.mark.parametrize(
    ("label", "code", "asked", "then"),
    [
        ("Deutsch", "de", "ich will einen termin", "was kostet das"),
        ("Română", "ro", "vreau o programare", "si cat costa"),
        ("العربية", "ar", "بدي موعد", "وكم بتكلف"),
    ],
)
async def test_asking_for_an_appointment_after_a_card_starts_booking_it(
    database_url: str, label: str, code: str, asked: str, then: str
) -> None:
    async with running_core(database_url) as core:
        chat = await onboarded(core, label)
        t = core.texts.translator(code)
        offer = core.dialogue.catalogue.current.catalogue.offers["german-course"]
        await chat.send("deutschkurs")
        await chat.send(asked)
        assert t._("Which day suits you?") in chat.text
        await chat.send(then)  # a question meanwhile is answered, the days stay
        assert offer.text("cost", code) in chat.text
        assert t._("Which day suits you?") in chat.text
        days = [button for button in chat.buttons if button.action.startswith("bday:")]
        await chat.press(days[0].action)
        assert t._("Which time suits you?") in chat.text


async def test_a_faq_answer_linked_to_a_place_shows_it_on_the_map(
    database_url: str, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    faq = content / "faq.yaml"
    text = faq.read_text(encoding="utf-8")
    old = "  - id: anmeldung\n    example: true\n    offer: office-hours\n"
    assert old in text
    faq.write_text(text.replace(old, old.replace("offer: office-hours", "location: raum-vor-ort")))
    async with running_core(database_url, content_dir=content) as core:
        chat = await onboarded(core)
        await chat.send("wie melde ich meine wohnung an, meldebescheinigung")
        entry = core.dialogue.catalogue.current.catalogue.faq["anmeldung"]
        assert entry.answer("de") in chat.text
        assert chat.venues == ["Raum vor Ort"]


async def test_after_a_staff_answer_that_points_to_an_offer_it_is_about_that_offer(
    database_url: str,
) -> None:
    async with running_core(database_url) as core:
        chat = await onboarded(core, "Română")
        await chat.send("am primit o scrisoare de la jobcenter si nu inteleg nimic")
        letters = core.dialogue.catalogue.current.catalogue.faq["jobcenter-letters"]
        assert letters.offer_id == "office-hours"
        assert letters.answer("ro") in chat.text
        await chat.send("si unde e asta")
        offer = core.dialogue.catalogue.current.catalogue.offer("office-hours")
        assert offer is not None
        place = offer.location
        assert place.address in chat.text, "where the office hours are, not 'I don't know'"
        await chat.send("se poate si sambata?")
        assert offer.text("title", "ro") in chat.text
        assert "❌" in chat.text, "no, not on Saturdays: from the office hours' schedule"


@pytest.mark.parametrize(
    ("language_label", "language", "unsure_between", "what_does_it_cost"),
    [
        # two needs, the course and work ("but I work in the morning" is no need of work
        # since round 34: the course answers it)
        ("Română", "ro", "vreau sa invat germana si caut de lucru", "si cat costa"),
        ("Български", "bg", "iskam da ucha nemski i tarsya rabota", "a kolko struva"),
    ],
)
async def test_after_did_you_mean_one_of_these_it_is_about_the_offers_shown(
    database_url: str,
    language_label: str,
    language: str,
    unsure_between: str,
    what_does_it_cost: str,
) -> None:
    """Found in a trial: "and what does it cost?" after two offers to choose from answered
    about the sewing café, whose card the person had seen before."""
    async with running_core(database_url) as core:
        catalogue = core.dialogue.catalogue.current.catalogue
        chat = await onboarded(core, language_label)
        await chat.send("nehcafe")
        await chat.send(unsure_between)
        shown = {label for label in chat.labels if "Willkommen" in label or "📚" in label}
        assert len(shown) == 2, "the two offers to choose from"

        await chat.send(what_does_it_cost)
        for offer_id in ("welcome-europe", "german-course"):
            offer = catalogue.offer(offer_id)
            assert offer is not None
            assert offer.text("title", language) in chat.text
            assert offer.text("cost", language) in chat.text
        sewing = catalogue.offer("sewing-cafe")
        assert sewing is not None
        assert sewing.text("title", language) not in chat.text


@pytest.mark.parametrize(
    ("label", "code", "asked"),
    [
        ("Română", "ro", "pot veni fara programare?"),
        ("English", "en", "can i come without an appointment?"),
        ("Deutsch", "de", "muss ich einen termin machen?"),
    ],
)
async def test_an_offer_people_may_also_just_come_to_says_so_and_shows_the_days(
    database_url: str, label: str, code: str, asked: str
) -> None:
    """Found in a trial: "pot veni fara programare?" after the office hours was told to book
    first, though its content says walking in works too (``walk_in: true``)."""
    async with running_core(database_url) as core:
        t = core.texts.translator(code)
        chat = await onboarded(core, label)
        await chat.send("offene sprechstunde" if code == "de" else "office hours")
        await chat.send(asked)

        assert (
            t._("You can just come at its times. If you like, you can also book an appointment.")
            in chat.text
        )
        assert t._("Please book an appointment for this first.") not in chat.text
        assert any(button.action.startswith("bday:office-hours:") for button in chat.buttons)


async def test_an_offer_that_needs_an_appointment_still_says_to_book_first(
    database_url: str,
) -> None:
    async with running_core(database_url) as core:
        chat = await onboarded(core, "English")
        await chat.send("german course")
        await chat.send("can i come without an appointment?")

        assert "Please book an appointment for this first." in chat.text
        assert "You can just come at its times." not in chat.text
