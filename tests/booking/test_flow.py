"""Booking through the core as people do it: tap or type a day and time, a name, check, booked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from bot.app import CoreApp
from bot.booking.reminders import ReminderDelivery
from bot.messages import Reply
from bot.storage.models import Booking, BookingMessage, User
from tests.booking.conftest import berlin, book_office_hours, count
from tests.support.conversation import Chat, FixedClock, offer_title, onboarded
from tests.support.handover import handover_core


def calendar_event(replies: list[Reply]) -> icalendar.cal.Component:
    documents = [reply.document for reply in replies if reply.document is not None]
    assert len(documents) == 1 and documents[0].data is not None
    assert documents[0].filename.endswith(".ics")
    events = list(icalendar.Calendar.from_ical(documents[0].data).walk("VEVENT"))
    assert len(events) == 1
    return events[0]


async def test_romanian_speaker_books_office_hours_by_typing_day_and_time(core: CoreApp) -> None:
    t = core.texts.translator("ro")
    chat = await onboarded(core, "Română")
    await chat.press("offer:office-hours")
    await chat.tap(t._("Book an appointment"))
    assert t._("Which day suits you?") in chat.text
    assert chat.labels[:2] == [t.day(date(2026, 11, 30)), t.day(date(2026, 12, 3))]

    await chat.send("joi 14:20")
    assert t._("What is your first name?") in chat.text
    await chat.send("Ana")
    # Romanian is spoken at the office hours: no interpreter question, straight to the check.
    assert t._("Please check your appointment:") in chat.text
    assert t.when(berlin(2026, 12, 3, 14, 20), berlin(2026, 12, 3, 14, 40)) in chat.text
    assert "Ana" in chat.text

    await chat.tap(t._("Yes, book"))
    assert t._("Your appointment is booked.") in chat.text
    assert offer_title(core, "office-hours", "ro") in chat.text
    assert (
        core.dialogue.catalogue.current.catalogue.offers["office-hours"].text("bring", "ro")
        in chat.text
    )
    assert chat.venues == ["Raum vor Ort"]
    event = calendar_event(chat.replies)
    assert event.decoded("dtstart") == berlin(2026, 12, 3, 14, 20)
    assert event.decoded("dtend") == berlin(2026, 12, 3, 14, 40)
    assert str(event["summary"]).startswith(offer_title(core, "office-hours", "ro"))


async def test_arabic_speaker_books_counselling_with_phone_and_interpreter(core: CoreApp) -> None:
    t = core.texts.translator("ar")
    chat = await onboarded(core, "العربية")
    await chat.press("offer:welcome-europe")
    await chat.tap(t._("Book an appointment"))
    await chat.tap(t.day(date(2026, 12, 2)))
    assert t._("Which time suits you?") in chat.text
    await chat.tap(t.clock(berlin(2026, 12, 2, 13, 45)))
    await chat.send("فاطمة")
    assert t._("Your phone number? Then we can call you if something changes.") in chat.text
    await chat.send("0176 123 4567")
    assert t._("Do you need an interpreter for {language}?").format(language="العربية") in chat.text
    await chat.tap(t._("Yes"))
    assert t._("Interpreter: {language}").format(language="العربية") in chat.text
    assert "01761234567" in chat.text
    await chat.tap(t._("Yes, book"))

    assert t._("Your appointment is booked.") in chat.text
    assert all(reply.rtl for reply in chat.replies)
    assert chat.venues == ["Willkommen Europa"]
    event = calendar_event(chat.replies)
    assert event.decoded("dtstart") == berlin(2026, 12, 2, 13, 45)
    async with core.database.session() as session:
        booking = await session.get(Booking, 1)
        assert booking is not None
        assert (booking.first_name, booking.phone, booking.interpreter_language) == (
            "فاطمة",
            "01761234567",
            "ar",
        )


async def test_phone_can_be_skipped_and_nonsense_is_asked_again(core: CoreApp) -> None:
    t = core.texts.translator("en")
    chat = await onboarded(core, "English")
    await chat.press("book:welcome-europe")
    await chat.send("tuesday 9:45")
    await chat.send("When is the German course?")
    assert t._("Please write only your first name, with letters.") in chat.text
    await chat.send("John")
    await chat.send("call me maybe")
    assert t._("Please write the number with digits, e.g. 0176 1234567. Or tap Skip.") in chat.text
    await chat.tap(t._("Skip"))
    # English is spoken at Willkommen Europa: no interpreter question.
    assert t._("Please check your appointment:") in chat.text
    assert t.when(berlin(2026, 12, 1, 9, 45), berlin(2026, 12, 1, 10, 30)) in chat.text


async def at_the_phone_question(core: CoreApp, label: str, code: str) -> Chat:
    """A chat in ``label`` (``code``) booking Willkommen Europa, asked for the phone number:
    Wednesday 2 December 13:45, first name Ana."""
    t = core.texts.translator(code)
    chat = await onboarded(core, label)
    await chat.press("book:welcome-europe")
    await chat.tap(t.day(date(2026, 12, 2)))
    await chat.tap(t.clock(berlin(2026, 12, 2, 13, 45)))
    await chat.send("Ana")
    return chat


@pytest.mark.parametrize(
    ("label", "code", "no_phone", "yes"),
    [
        ("Русский", "ru", "net", "da"),
        ("العربية", "ar", "la2 shukran", "نعم"),
        ("Türkçe", "tr", "hayir", "evet"),
    ],
)
async def test_typed_no_skips_the_phone_and_typed_yes_asks_for_an_interpreter(
    core: CoreApp, label: str, code: str, no_phone: str, yes: str
) -> None:
    # Found in a trial: "net" at the phone question only brought "please write the number
    # with digits" again, and the interpreter question took only its buttons. (Russian,
    # Arabic and Turkish are not spoken at Willkommen Europa: the interpreter is asked.)
    t = core.texts.translator(code)
    chat = await at_the_phone_question(core, label, code)
    await chat.send(no_phone)
    spoken = core.dialogue.languages.name_in(code, code)
    assert t._("Do you need an interpreter for {language}?").format(language=spoken) in chat.text
    await chat.send(yes)
    assert t._("Interpreter: {language}").format(language=spoken) in chat.text
    assert t._("Please check your appointment:") in chat.text
    await chat.tap(t._("Yes, book"))
    async with core.database.session() as session:
        booking = await session.get(Booking, 1)
        assert booking is not None
        assert booking.phone is None, "skipped"
        assert booking.interpreter_language == code


@pytest.mark.parametrize(
    ("label", "code", "no_phone"),
    [
        ("Türkçe", "tr", "telefonum yok"),
        ("Română", "ro", "nu am telefon"),
        ("English", "en", "sorry no phone"),
        ("Русский", "ru", "телефона нет"),
    ],
)
async def test_saying_there_is_no_phone_skips_the_phone(
    core: CoreApp, label: str, code: str, no_phone: str
) -> None:
    # Found in a trial: "telefonum yok" (I have no phone) was asked for digits again.
    t = core.texts.translator(code)
    chat = await at_the_phone_question(core, label, code)
    assert t._("You can skip this.") in chat.text
    await chat.send(no_phone)
    if t._("Please check your appointment:") not in chat.text:  # the interpreter is asked first
        spoken = core.dialogue.languages.name_in(code, code)
        assert t._("Do you need an interpreter for {language}?").format(language=spoken) in (
            chat.text
        )
        await chat.send({"tr": "hayir", "ru": "нет"}[code])
    assert t._("Please check your appointment:") in chat.text
    await chat.tap(t._("Yes, book"))
    async with core.database.session() as session:
        booking = await session.get(Booking, 1)
        assert booking is not None and booking.phone is None, "skipped"


async def test_my_appointments_lists_and_cancels_after_asking(core: CoreApp) -> None:
    t = core.texts.translator("en")
    chat = await onboarded(core, "English")
    await chat.tap(t._("My appointments"))
    assert t._("You have no appointments.") in chat.text
    assert any(offer_title(core, "office-hours", "en") in label for label in chat.labels)

    await book_office_hours(chat, core, "en", date(2026, 11, 30), "13:20", "Sam")
    await chat.tap(t._("My appointments"))
    assert t.when(berlin(2026, 11, 30, 13, 20), berlin(2026, 11, 30, 13, 40)) in chat.text
    await chat.tap(t._("Cancel"))
    assert t._("Cancel this appointment?") in chat.text
    await chat.tap(t._("Yes, cancel"))
    assert t._("Your appointment is cancelled.") in chat.text
    await chat.tap(t._("My appointments"))
    assert t._("You have no appointments.") in chat.text

    # The seat is free again for the next person.
    other = await onboarded(core, "Deutsch", chat_id="person-2")
    await other.press("book:office-hours")
    await other.tap(core.texts.translator("de").day(date(2026, 11, 30)))
    assert "13:20" in other.labels


async def test_moving_keeps_the_answers_and_frees_the_old_time(core: CoreApp) -> None:
    t = core.texts.translator("bg")
    chat = await onboarded(core, "Български")
    await book_office_hours(chat, core, "bg", date(2026, 11, 30), "13:00", "Petar")
    await chat.tap(t._("My appointments"))
    await chat.tap(t._("Move"))
    assert t._("Move your appointment.") in chat.text
    await chat.tap(t.day(date(2026, 12, 3)))
    await chat.tap("15:00")
    # The name is not asked again.
    assert t._("Move your appointment to this time?") in chat.text
    assert "Petar" in chat.text
    await chat.tap(t._("Yes, move"))
    # Issue 14 item 8: "moved", with the old and the new time, not "booked".
    assert t._("Your appointment is moved.") in chat.text
    assert t._("Your appointment is booked.") not in chat.text
    old_time = t.isolate(t.when(berlin(2026, 11, 30, 13, 0)))
    new_time = t.isolate(t.when(berlin(2026, 12, 3, 15, 0), berlin(2026, 12, 3, 15, 20)))
    assert t._("Before: {old}").format(old=old_time) in chat.text
    assert t._("Now: {new}").format(new=new_time) in chat.text
    assert calendar_event(chat.replies).decoded("dtstart") == berlin(2026, 12, 3, 15, 0)

    await chat.tap(t._("My appointments"))
    assert t.when(berlin(2026, 12, 3, 15, 0), berlin(2026, 12, 3, 15, 20)) in chat.text
    assert t.when(berlin(2026, 11, 30, 13, 0), berlin(2026, 11, 30, 13, 20)) not in chat.text
    assert await count(core, Booking, Booking.cancelled_at.is_(None)) == 1


async def test_one_open_appointment_per_person_for_an_offer(core: CoreApp) -> None:
    t = core.texts.translator("tr")
    chat = await onboarded(core, "Türkçe")
    await book_office_hours(chat, core, "tr", date(2026, 11, 30), "14:00", "Ayşe")
    await chat.press("offer:office-hours")
    await chat.tap(t._("Book an appointment"))
    assert (
        t.ngettext(
            "You already have an appointment for this. You can move or cancel it.",
            "You already have {count} appointments for this. You can move or cancel one.",
            1,
        )
        in chat.text
    )
    assert {t._("Move"), t._("Cancel")} <= {label.split(" ", 1)[1] for label in chat.labels}
    # Other offers can still be booked.
    await chat.press("book:welcome-europe")
    assert t._("Which day suits you?") in chat.text


async def test_the_slower_of_two_people_hears_at_once_and_gets_other_times(core: CoreApp) -> None:
    t = core.texts.translator("uk")
    first = await onboarded(core, "Українська", chat_id="first")
    second = await onboarded(core, "Українська", chat_id="second")
    for chat, name in [(first, "Olena"), (second, "Iryna")]:
        await chat.press("book:office-hours")
        await chat.tap(t.day(date(2026, 11, 30)))
        await chat.tap("13:40")
        await chat.send(name)
        await chat.tap(t._("No"))  # no interpreter needed
    await first.tap(t._("Yes, book"))
    await second.tap(t._("Yes, book"))

    assert t._("Sorry, someone else was faster.") in second.text
    assert t._("These times are still free:") in second.text
    assert not any("13:40" in label for label in second.labels)
    await second.tap(t.when(berlin(2026, 11, 30, 14, 0)))
    assert t._("Please check your appointment:") in second.text and "Iryna" in second.text
    await second.tap(t._("Yes, book"))
    assert t._("Your appointment is booked.") in second.text


async def test_old_and_broken_buttons_get_a_polite_answer(core: CoreApp) -> None:
    t = core.texts.translator("de")
    chat = await onboarded(core, "Deutsch")
    sorry = t._("Sorry, something went wrong. Please try again.")
    old = t._("This button is old. Here is the current menu.")
    for payload in [
        "bok",
        "bskip",
        "bintp:yes",
        "bday:office-hours:notaday",
        "bslot:no-such-offer:202612031320",
        "book:parents-cafe",
        "bslot:office-hours:x",
    ]:
        await chat.press(payload)
        assert old in chat.text and sorry not in chat.text, payload
    for payload in ["bcancel:999", "bcancel:abc:yes", "bmove:999", "bmove:"]:
        await chat.press(payload)
        assert (
            t._("This appointment is already cancelled.") in chat.text and sorry not in chat.text
        ), payload
    # A time that has passed (or is too soon) is gone: the next free ones are offered.
    await chat.press("bslot:office-hours:202611300800")
    assert t._("Sorry, this time is not free any more.") in chat.text
    assert t.when(berlin(2026, 11, 30, 13, 0)) in chat.labels


def offer_field(core: CoreApp, offer_id: str, name: str, language: str) -> str:
    return core.dialogue.catalogue.current.catalogue.offers[offer_id].text(name, language)


async def test_a_question_typed_while_choosing_a_day_is_answered_and_the_days_stay(
    core: CoreApp,
) -> None:
    t = core.texts.translator("ro")
    chat = await onboarded(core, "Română")
    await chat.press("book:office-hours")
    await chat.send("nu stiu")
    assert t._("Please tap a day or a time, or write e.g. “Tuesday 10:00”.") in chat.text
    await chat.send("si cat costa?")
    # Answered about the offer being booked, and the days again below the answer.
    assert offer_field(core, "office-hours", "cost", "ro") in chat.text
    assert t._("Please tap a day or a time, or write e.g. “Tuesday 10:00”.") not in chat.text
    assert t._("Which day suits you?") in chat.text
    await chat.send("unde e asta")
    assert chat.venues == ["Raum vor Ort"]
    assert t._("Which day suits you?") in chat.text
    await chat.send("vreau o programare")  # asked again while booking it: one choice of days
    assert chat.text.count(t._("Which day suits you?")) == 1
    await chat.send("joi 14:20")  # three questions cost no patience: the booking goes on
    assert t._("What is your first name?") in chat.text


async def test_a_question_typed_while_choosing_a_time_shows_the_times_again(core: CoreApp) -> None:
    t = core.texts.translator("de")
    chat = await onboarded(core, "Deutsch")
    await chat.press("book:office-hours")
    await chat.tap(t.day(date(2026, 12, 3)))
    await chat.send("was muss ich mitbringen")
    assert offer_field(core, "office-hours", "bring", "de") in chat.text
    assert t._("Which time suits you?") in chat.text
    await chat.send("15")
    assert t._("What is your first name?") in chat.text


async def test_asking_for_a_person_while_choosing_a_day_brings_one(
    database_url: str, tmp_path: Path
) -> None:
    """Found in a trial: "vreau sa vorbesc cu un om" read "sa" as Saturday and asked for a day."""
    async with handover_core(database_url, tmp_path) as (core, _relay):
        t = core.texts.translator("ro")
        chat = await onboarded(core, "Română")
        await chat.press("book:office-hours")
        await chat.send("vreau sa vorbesc cu un om")
        assert t._("End the chat with our team") in chat.labels[-1]
        assert t._("Which day suits you?") not in chat.text
        async with core.database.session() as session:
            user = (await session.execute(select(User))).scalar_one()
        assert "booking" not in user.state_data


async def test_asking_about_another_offer_while_choosing_a_day_lets_the_booking_go(
    core: CoreApp,
) -> None:
    t = core.texts.translator("ro")
    chat = await onboarded(core, "Română")
    await chat.press("book:office-hours")
    await chat.send("cand e cursul de germana")
    assert offer_title(core, "german-course", "ro") in chat.text
    assert t._("Which day suits you?") not in chat.text
    await chat.send("joi 14:20")  # now about the course, not a time for the office hours
    assert t._("What is your first name?") not in chat.text


async def test_a_time_alone_picks_from_the_day_on_screen(core: CoreApp) -> None:
    t = core.texts.translator("de")
    chat = await onboarded(core, "Deutsch")
    await chat.press("book:office-hours")
    await chat.tap(t.day(date(2026, 12, 3)))
    await chat.send("15")
    assert t._("What is your first name?") in chat.text
    await chat.send("Lena")
    await chat.tap(t._("Yes, book"))
    assert calendar_event(chat.replies).decoded("dtstart") == berlin(2026, 12, 3, 15, 0)


async def test_deleting_my_data_deletes_my_appointments_and_frees_the_seat(core: CoreApp) -> None:
    t = core.texts.translator("en")
    chat = await onboarded(core, "English")
    await book_office_hours(chat, core, "en", date(2026, 12, 3), "14:00", "Sam")
    assert await count(core, BookingMessage) == 2, "a reminder a day and one two hours before"
    await chat.send("/delete")
    await chat.tap(t._("Yes, delete"))
    assert await count(core, Booking) == 0
    assert await count(core, BookingMessage) == 0


async def test_the_appointments_command_opens_my_appointments(core: CoreApp) -> None:
    t = core.texts.translator("ro")
    chat = await onboarded(core, "Română")
    await chat.send("/appointments")
    assert t._("You have no appointments.") in chat.text

    await book_office_hours(chat, core, "ro", date(2026, 12, 3), "14:00", "Ana")
    await chat.send("/appointments")
    assert t.when(berlin(2026, 12, 3, 14, 0), berlin(2026, 12, 3, 14, 20)) in chat.text
    assert t._("Cancel") in " ".join(chat.labels)


async def halfway_through_booking(core: CoreApp) -> Chat:
    """An English speaker who chose a time and gave her first name; the phone is asked next."""
    chat = await onboarded(core, "English")
    await chat.press("book:welcome-europe")
    await chat.send("tuesday 9:45")
    await chat.send("Petrina")
    assert core.texts.translator("en")._("You can skip this.") in chat.text
    return chat


async def assert_nothing_of_the_booking_kept(core: CoreApp) -> None:
    async with core.database.session() as session:
        user = (await session.execute(select(User))).scalar_one()
    row = [getattr(user, column.key) for column in User.__table__.columns]
    assert "Petrina" not in repr(row), "the first name lingers in the person's row"
    assert "booking" not in user.state_data


@pytest.mark.parametrize("leave", ["menu", "/menu", "/start", "/language", "/appointments"])
async def test_leaving_a_booking_halfway_forgets_the_name_given(core: CoreApp, leave: str) -> None:
    chat = await halfway_through_booking(core)
    if leave.startswith("/"):
        await chat.send(leave)
    else:
        await chat.press(leave)  # the Menu button of an earlier screen
    await assert_nothing_of_the_booking_kept(core)


async def test_asking_for_a_person_halfway_forgets_the_name_given(
    database_url: str, tmp_path: Path
) -> None:
    async with handover_core(database_url, tmp_path) as (core, _relay):
        chat = await halfway_through_booking(core)
        await chat.press("human")  # another feature (the handover) takes the chat
        await assert_nothing_of_the_booking_kept(core)


async def test_privacy_lists_each_appointment_with_what_is_kept_until_a_month_after(
    core: CoreApp, clock: FixedClock, delivery: ReminderDelivery
) -> None:
    t = core.texts.translator("en")
    chat = await onboarded(core, "English")
    await chat.press("book:welcome-europe")
    await chat.send("tuesday 9:45")
    await chat.send("Petrina")
    await chat.send("0176 1234567")
    await chat.tap(t._("Yes, book"))

    kept = t._(
        "For an appointment I keep your first name and, if you give it, your phone number. "
        "I delete them a month after the appointment."
    )
    when = t.when(berlin(2026, 12, 1, 9, 45), berlin(2026, 12, 1, 10, 30))
    await chat.send("/privacy")
    appointment = f"• {t._('Appointment')}:"
    (line,) = [line for line in chat.text.splitlines() if line.startswith(appointment)]
    assert offer_title(core, "welcome-europe", "en") in line and when in line
    assert "Petrina" in line and "01761234567" in line
    assert kept in chat.text

    clock.now = berlin(2026, 12, 31, 10, 0)  # a month after it, less a quarter of an hour
    await delivery.forget_old_bookings(clock.now)
    await chat.send("/privacy")
    assert f"• {t._('Past or cancelled appointment')}: " in chat.text and "Petrina" in chat.text

    clock.now = berlin(2026, 12, 31, 10, 31)
    await delivery.forget_old_bookings(clock.now)
    await chat.send("/privacy")
    assert "Petrina" not in chat.text and when not in chat.text
    assert await count(core, Booking) == 0


async def test_deleting_ones_data_names_the_appointments_it_cancels(core: CoreApp) -> None:
    # Issue 14 item 6: the confirmation said nothing about the appointments it cancels.
    t = core.texts.translator("ro")
    chat = await onboarded(core, "Română")
    await book_office_hours(chat, core, "ro", date(2026, 12, 3), "15:00", "Ana")
    await chat.send("/delete")
    warning = t.ngettext(
        "This also cancels your appointment:", "This also cancels your {count} appointments:", 1
    )
    assert warning in chat.text
    assert offer_title(core, "office-hours", "ro") in chat.text
    assert t.when(berlin(2026, 12, 3, 15, 0), berlin(2026, 12, 3, 15, 20)) in chat.text

    other = await onboarded(core, "Română", chat_id="person-2")
    await other.send("/delete")
    assert warning not in other.text, "nothing to cancel, nothing said"
