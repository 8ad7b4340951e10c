# People write in many scripts; look-alike letters are the point here:
"""Everyday requests typed in words get what a person at the counter would give."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.app import CoreApp
from bot.dialogue import views
from bot.messages import TYPED_YES
from tests.booking.conftest import berlin
from tests.support.conversation import Chat, FixedClock, offer_title, onboarded, running_core

DECEMBER_22 = datetime(2026, 12, 22, 8, 0, tzinfo=UTC)  # two days before the Christmas closure


async def test_where_are_you_gives_every_address_with_a_map_pin(core: CoreApp) -> None:
    chat = await onboarded(core, "Română")

    await chat.send("unde sunteti")

    assert chat.venues == ["Raum vor Ort", "Willkommen Europa"]
    assert "Beispielstraße 1, 44147 Dortmund" in chat.text
    assert "Beispielweg 2, 44145 Dortmund" in chat.text


async def test_opening_hours_name_the_christmas_closure_holidays_and_skip_its_days(
    database_url: str,
) -> None:
    async with running_core(database_url, clock=FixedClock(DECEMBER_22)) as core:
        t = core.texts.translator("de")
        chat = await onboarded(core, "Deutsch")

        await chat.send("wann habt ihr offen")

        assert "Weihnachtspause" in chat.text
        christmas_day = t._("Public holiday: {day}.").format(day=t.day(berlin(2026, 12, 25, 0)))
        assert christmas_day in chat.text
        assert t.day(berlin(2026, 12, 24, 0, 0).date()) in chat.text
        assert t.day(berlin(2027, 1, 1, 0, 0).date()) in chat.text
        # The German course meets on Tuesdays and Thursdays: the 22nd, then not until January.
        assert t.when(berlin(2026, 12, 22, 10, 0), berlin(2026, 12, 22, 12, 0)) in chat.text
        assert t.day(berlin(2026, 12, 29, 0, 0).date()) not in chat.text


async def test_cancelling_without_an_appointment_says_so_and_offers_to_book(
    core: CoreApp,
) -> None:
    t = core.texts.translator("en")
    chat = await onboarded(core, "English")

    await chat.send("cancel my appointment")

    assert t._("You have no appointments.") in chat.text
    assert offer_title(core, "office-hours", "en") in " ".join(chat.labels)


async def test_asking_for_an_appointment_lists_only_the_bookable_offers(core: CoreApp) -> None:
    chat = await onboarded(core, "Türkçe")

    await chat.send("randevu almak istiyorum")

    booked = [b.action for b in chat.buttons if b.action.startswith("book:")]
    assert booked == ["book:german-course", "book:office-hours", "book:welcome-europe"]


async def test_naming_a_language_opens_the_picker_with_that_language_first(
    core: CoreApp,
) -> None:
    chat = await onboarded(core, "Deutsch")

    await chat.send("rumänisch")

    assert chat.labels[0].endswith("Română")
    await chat.tap("Română")
    assert offer_title(core, "german-course", "ro") in " ".join(chat.labels)


async def test_one_plausible_offer_gets_its_card_and_a_not_what_you_meant_button(
    core: CoreApp,
) -> None:
    t = core.texts.translator("ar")
    chat = await onboarded(core, "العربية")

    await chat.send("bdi shughl b2alamanya")  # "I want work in Germany"

    assert offer_title(core, "welcome-europe", "ar") in chat.text
    await chat.tap(t._("Not what you meant?"))
    assert t._("Sorry. What are you looking for?") in chat.text
    assert offer_title(core, "sewing-cafe", "ar") in " ".join(chat.labels), "the whole menu"


def test_a_single_guess_asks_in_the_singular_and_a_typed_yes_means_its_button(
    core: CoreApp,
) -> None:
    t = core.texts.translator("uk")
    catalogue = core.dialogue.catalogue.current.catalogue
    course, cafe = catalogue.offers["german-course"], catalogue.offers["sewing-cafe"]

    one = views.did_you_mean(t, [course])
    two = views.did_you_mean(t, [course, cafe])

    assert one.text.endswith(t._("Did you mean this?"))
    assert two.text.endswith(t._("Did you mean one of these?"))
    assert one.extras[TYPED_YES] == "offer:german-course", "typing 'так' taps it"
    assert TYPED_YES not in two.extras, "no obvious choice between two"


async def test_a_typed_yes_confirms_a_booking(core: CoreApp) -> None:
    t = core.texts.translator("ro")
    chat = await onboarded(core, "Română")
    await chat.press("offer:office-hours")
    await chat.tap(t._("Book an appointment"))
    await chat.send("joi 14:20")
    await chat.send("Ana")
    assert t._("Please check your appointment:") in chat.text

    await chat.send("da")

    assert t._("Your appointment is booked.") in chat.text


async def test_a_greeting_before_a_question_is_answered_as_the_question(core: CoreApp) -> None:
    chat = await onboarded(core, "Deutsch")

    await chat.send("hallo wann ist der deutschkurs")

    assert offer_title(core, "german-course", "de") in chat.text
    assert chat.venues == ["Raum vor Ort"]


async def test_danger_before_a_language_is_chosen_is_answered_in_the_language_written(
    core: CoreApp,
) -> None:
    t = core.texts.translator("bg")
    chat = Chat(core, "newcomer", hint="de")

    await chat.send("мъжът ми ме бие")

    assert "112" in chat.text and "116 016" in chat.text
    assert t._("You can also talk to a person from our team.") in chat.text


async def test_danger_only_the_learned_net_reads_is_answered_in_the_language_written(
    core: CoreApp,
) -> None:
    # No listed word names the language: the detector does ("my husband broke my head ...")
    t = core.texts.translator("ar")
    chat = Chat(core, "newcomer", hint="de")

    await chat.send("زوجي كسر راسي بالقنينة والدم نازل")

    assert "112" in chat.text and "116 016" in chat.text
    assert t._("You can also talk to a person from our team.") in chat.text


async def test_asking_what_the_bot_can_do_gets_it_in_plain_words(core: CoreApp) -> None:
    t = core.texts.translator("ro")
    chat = await onboarded(core, "Română")

    await chat.send("ce poti sa faci")

    assert t._("I can book an appointment for you.") in chat.text
    assert "112" in chat.text


@pytest.mark.parametrize(
    ("language", "code", "typed"),
    [
        ("Deutsch", "de", "losche meine daten"),
        ("Română", "ro", "sterge datele mele"),
        ("Русский", "ru", "udalite moi dannye"),
        ("العربية", "ar", "امسح بياناتي"),
    ],
)
async def test_asking_to_delete_my_data_in_words_shows_my_data_and_deletes_only_when_confirmed(
    core: CoreApp, language: str, code: str, typed: str
) -> None:
    t = core.texts.translator(code)
    chat = await onboarded(core, language)

    await chat.send(typed)

    assert t._("This is what I keep about you:") in chat.text
    assert "delete:ask" in [b.action for b in chat.buttons]
    await chat.send("deutschkurs")  # nothing was deleted by words alone: still onboarded
    assert offer_title(core, "german-course", code) in chat.text

    await chat.press("delete:ask")
    await chat.press("delete:yes")

    assert t._("Done. I have deleted your data. Write to me again at any time.") in chat.text


async def test_deleting_an_appointment_in_words_still_means_cancelling_it(core: CoreApp) -> None:
    t = core.texts.translator("de")
    chat = await onboarded(core, "Deutsch")

    await chat.send("lösche meinen termin")

    assert t._("You have no appointments.") in chat.text
    assert t._("This is what I keep about you:") not in chat.text
