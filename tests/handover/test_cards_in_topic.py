"""Cards in one tap: a mediator sends the bot's own offer card, place, booking button, FAQ answer
or a quick reply from the person's topic; the person gets it in their language, the topic a
German preview. Monday 09:00 in Berlin throughout (tests.support.conversation.FixedClock)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import CoreApp
from bot.handover.relay import RelayDelivery
from tests.support.handover import (
    MEDIATORS,
    Person,
    RecordingChannel,
    Sent,
    connect,
    deliver_all,
    handover_core,
    staff_says,
    staff_taps,
)

IVAN = MEDIATORS["bg"]


@pytest.fixture
async def running(
    database_url: str, tmp_path: Path
) -> AsyncIterator[tuple[CoreApp, RelayDelivery, RecordingChannel, RecordingChannel]]:
    async with handover_core(database_url, tmp_path) as (core, relay):
        person_side, desk = connect(core)
        yield core, relay, person_side, desk


async def bulgarian_in_a_topic(
    core: CoreApp, relay: RelayDelivery, desk: RecordingChannel
) -> tuple[Person, str]:
    person = Person(core, "5001", name="Ana")
    await person.onboard("Български")
    await person.tap("Шивашко")  # the sewing café's card: the bot remembers it was seen
    await person.ask_for_a_person()
    await deliver_all(relay)
    (thread,) = desk.topics
    return person, thread


def to_person(person_side: RecordingChannel, person: Person, since: int = 0) -> list[Sent]:
    return person_side.to_chat(person.chat_id)[since:]


async def test_karte_sends_the_offer_card_in_bulgarian_and_shows_german_in_the_topic(
    running: tuple[CoreApp, RelayDelivery, RecordingChannel, RecordingChannel],
) -> None:
    core, relay, person_side, desk = running
    person, thread = await bulgarian_in_a_topic(core, relay, desk)
    before = len(to_person(person_side, person))

    answer = await core.handle(staff_says("/karte german-course", IVAN, thread))
    await deliver_all(relay)

    offer = core.dialogue.catalogue.current.catalogue.offers["german-course"]
    reader = Person(core, "5999", name="Boris")  # taps the same offer in the bot himself
    await reader.onboard("Български")
    expected = await reader.press("offer:german-course")
    got = [entry.reply for entry in to_person(person_side, person, before) if entry.reply]
    assert "Ivan" in got[0].text, "sending a card takes the chat, as writing does"
    card = got[1:]
    assert [r.text for r in card] == [r.text for r in expected], "exactly the bot's card"
    assert [r.venue for r in card] == [r.venue for r in expected], "with its map pin"
    assert card[-1].buttons == expected[-1].buttons, "and its buttons (booking included)"
    assert offer.text("title", "bg") in card[0].text
    (preview,) = answer
    assert "an die Person geschickt (Bulgarisch)" in preview.text
    assert offer.text("title", "de") in preview.text, "the topic reads it in German"
    assert "[📅 Termin machen]" in preview.text


async def test_an_unknown_id_gets_a_friendly_answer_with_the_closest_ids(
    running: tuple[CoreApp, RelayDelivery, RecordingChannel, RecordingChannel],
) -> None:
    core, relay, person_side, desk = running
    person, thread = await bulgarian_in_a_topic(core, relay, desk)
    before = len(to_person(person_side, person))

    (typo,) = await core.handle(staff_says("/karte german-cours", IVAN, thread))
    (german,) = await core.handle(staff_says("/karte deutschkurs", IVAN, thread))
    (listing,) = await core.handle(staff_says("/ort", IVAN, thread))
    (quick,) = await core.handle(staff_says("/antwort anrufen", IVAN, thread))
    await deliver_all(relay)

    assert "„german-cours“ kenne ich nicht" in typo.text
    assert "Meinten Sie: /karte german-course" in typo.text
    assert "Meinten Sie: /karte german-course" in german.text, "the German title counts first"
    assert listing.text.startswith("Welcher Ort? /ort ID")
    assert "raum-vor-ort" in listing.text and "willkommen-europa" in listing.text
    assert "/antwort morgen-anrufen" in quick.text
    assert to_person(person_side, person, before) == [], "nothing reached the person"


async def test_the_case_card_has_a_button_for_the_offer_the_person_looked_at(
    running: tuple[CoreApp, RelayDelivery, RecordingChannel, RecordingChannel],
) -> None:
    core, relay, person_side, desk = running
    person, thread = await bulgarian_in_a_topic(core, relay, desk)
    card = desk.in_topic(thread)[0].reply
    assert card is not None
    (button,) = [b for b in card.all_buttons if b.action.startswith("hcard:")]
    assert button.label == "📇 Nähcafé" or "Näh" in button.label
    before = len(to_person(person_side, person))

    await core.handle(staff_taps(button.action, IVAN, thread))
    await deliver_all(relay)

    sewing = core.dialogue.catalogue.current.catalogue.offers["sewing-cafe"]
    texts = "\n".join(e.text for e in to_person(person_side, person, before))
    assert sewing.text("title", "bg") in texts


async def test_the_person_can_tap_book_on_a_card_a_mediator_sent(
    running: tuple[CoreApp, RelayDelivery, RecordingChannel, RecordingChannel],
) -> None:
    core, relay, person_side, desk = running
    person, thread = await bulgarian_in_a_topic(core, relay, desk)
    await core.handle(staff_says("/termin office-hours", IVAN, thread))
    await deliver_all(relay)
    sent = to_person(person_side, person)[-1].reply
    assert sent is not None
    (book,) = [b for b in sent.all_buttons if b.action == "book:office-hours"]

    answer = await person.press(book.action)
    await deliver_all(relay)

    still = core.texts.translator("bg")._(
        "You are writing with our team. Your messages go to a person."
    )
    assert answer and still not in person.text, "the bot answers the button the mediator sent"
    assert any("Termin buchen" in e.text for e in desk.in_topic(thread)), "the team sees the tap"

    stop = next(b for b in person.buttons if b.label.startswith("❌"))
    await person.press(stop.action)  # she leaves the booking: the chat is the team's again
    assert await person.send("Благодаря, ще дойда") == []
    await deliver_all(relay)
    last = desk.in_topic(thread)[-1].copied
    assert last is not None and last[0] == person.chat_id, "her words went to the topic"


async def test_antwort_sends_a_quick_reply_in_the_persons_language(
    running: tuple[CoreApp, RelayDelivery, RecordingChannel, RecordingChannel],
) -> None:
    core, relay, person_side, desk = running
    person, thread = await bulgarian_in_a_topic(core, relay, desk)

    (preview,) = await core.handle(staff_says("/antwort morgen-anrufen", IVAN, thread))
    (faq,) = await core.handle(staff_says("/faq papers", IVAN, thread))
    (place,) = await core.handle(staff_says("/ort raum-vor-ort", IVAN, thread))
    await deliver_all(relay)

    texts = [e.reply for e in to_person(person_side, person)]
    assert any(r is not None and r.text == "Ще ви се обадя утре." for r in texts)
    assert "Ich rufe Sie morgen an." in preview.text, "the topic keeps the German"
    catalogue = core.dialogue.catalogue.current.catalogue
    assert any(catalogue.faq["papers"].answer("bg") in (r.text if r else "") for r in texts)
    assert "Für den ersten Besuch" in faq.text
    pins = [r.venue for r in texts if r is not None and r.venue is not None]
    assert pins and pins[-1].title == catalogue.locations["raum-vor-ort"].name
    assert "📌 Stecknadel" in place.text


async def test_outside_a_persons_topic_the_commands_say_where_they_work(
    running: tuple[CoreApp, RelayDelivery, RecordingChannel, RecordingChannel],
) -> None:
    core, _, _, _ = running
    (answer,) = await core.handle(staff_says("/antwort morgen-anrufen", IVAN, None))
    assert "nur im Thema einer Person" in answer.text
