"""Days, half hours and names typed as people say them, in the terminal chat (found in a trial:
a Bulgarian woman typing Latin letters). The clock: Monday 30 November 2026, 09:00; the
placement talk of the German course has times on Tuesday 1 December (tomorrow) at 12:00,
12:30 and 13:00, and none on Friday."""

from __future__ import annotations

from datetime import date

import pytest

from bot.app import CoreApp
from bot.booking import payloads
from tests.booking.conftest import berlin
from tests.support.conversation import onboarded

TOMORROW = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Български", "bg", "utre"),
        ("Български", "bg", "утре"),
        ("Română", "ro", "mâine"),
        ("العربية", "ar", "bukra"),
    ],
)
async def test_tomorrow_typed_at_the_day_picker_shows_its_times(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)
    t = core.texts.translator(code)
    await chat.press("book:german-course")
    assert t._("Which day suits you?") in chat.text

    await chat.send(typed)

    assert t._("Which time suits you?") in chat.text
    assert t.day(TOMORROW) in chat.text
    assert "12:30" in chat.labels


async def test_a_request_to_book_for_tomorrow_goes_to_tomorrows_times(core: CoreApp) -> None:
    t = core.texts.translator("bg")
    chat = await onboarded(core, "Български")
    await chat.send("kurs po nemski")

    await chat.send("iskam da si zapa6a 4as za utre")

    assert t._("Which time suits you?") in chat.text
    assert t.day(TOMORROW) in chat.text
    assert t._("Please book an appointment for this first.") not in chat.text, (
        "a request to book is no question whether one must"
    )


async def test_a_request_to_book_on_a_day_without_free_time_says_so_and_shows_the_days(
    core: CoreApp,
) -> None:
    t = core.texts.translator("bg")
    chat = await onboarded(core, "Български")
    await chat.send("kurs po nemski")

    await chat.send("iskam chas v petak")

    assert t._("Sorry, there is no free time on that day.") in chat.text
    assert t._("Which day suits you?") in chat.text
    assert t.day(TOMORROW) in chat.labels


async def test_a_request_to_book_without_a_day_shows_the_days_without_please_book_first(
    core: CoreApp,
) -> None:
    t = core.texts.translator("de")
    chat = await onboarded(core, "Deutsch")
    await chat.send("deutschkurs")

    await chat.send("ich möchte einen termin machen")

    assert t._("Which day suits you?") in chat.text
    assert t._("Please book an appointment for this first.") not in chat.text


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Български", "bg", "v 12 i polovina"),
        ("Deutsch", "de", "halb eins"),
        ("Türkçe", "tr", "12 buçuk"),
    ],
)
async def test_half_past_twelve_typed_at_the_time_picker_books_half_past(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    chat = await onboarded(core, label)
    t = core.texts.translator(code)
    await chat.press("book:german-course")
    await chat.tap(t.day(TOMORROW))

    await chat.send(typed)
    assert t._("What is your first name?") in chat.text
    await chat.send("Petya")
    if any(button.action == payloads.SKIP_PHONE for button in chat.buttons):
        await chat.press(payloads.SKIP_PHONE)
    if any(button.action == "bintp:no" for button in chat.buttons):
        await chat.press("bintp:no")

    assert t.when(berlin(2026, 12, 1, 12, 30), berlin(2026, 12, 1, 13, 0)) in chat.text


async def test_a_half_hour_not_free_shows_the_times_again_never_the_whole_hour(
    core: CoreApp,
) -> None:
    """13:30 is not free: the times again, not 13:00 (a wrong time is worse than a question)."""
    t = core.texts.translator("bg")
    chat = await onboarded(core, "Български")
    await chat.press("book:german-course")
    await chat.tap(t.day(TOMORROW))

    await chat.send("v 13 i polovina")

    assert t._("What is your first name?") not in chat.text
    assert t._("Which time suits you?") in chat.text
    assert "13:00" in chat.labels


async def test_the_words_introducing_a_name_are_not_kept_as_the_name(core: CoreApp) -> None:
    t = core.texts.translator("bg")
    chat = await onboarded(core, "Български")
    await chat.press("book:german-course")
    await chat.tap(t.day(TOMORROW))
    await chat.tap("12:30")

    await chat.send("kazvam se Petya")
    await chat.press(payloads.SKIP_PHONE)

    assert "Petya" in chat.text
    assert "kazvam" not in chat.text


async def test_the_day_of_a_request_to_book_is_kept_for_the_offer_tapped_next(
    core: CoreApp,
) -> None:
    """Asked with no offer in mind: the offers to choose from, then that day's times."""
    t = core.texts.translator("bg")
    chat = await onboarded(core, "Български")
    await chat.send("iskam da si zapa6a 4as za utre")
    assert any(button.action == "book:german-course" for button in chat.buttons)

    await chat.press("book:german-course")

    assert t._("Which time suits you?") in chat.text
    assert t.day(TOMORROW) in chat.text
    await chat.tap(t._("Other day"))
    assert t._("Which day suits you?") in chat.text, "only once: the day picker after it"


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Deutsch", "de", "1.12."),
        ("Deutsch", "de", "am 01.12"),
        ("English", "en", "1/12"),
        ("English", "en", "1 dec"),
        ("Русский", "ru", "1 декабря"),
        ("Türkçe", "tr", "1 aralik"),
        ("Română", "ro", "1 decembrie"),
    ],
)
async def test_a_date_typed_at_the_day_picker_shows_its_times(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    """Found in a trial: "10.12." was read as the time 10:12, and "10 dec" not at all."""
    chat = await onboarded(core, label)
    t = core.texts.translator(code)
    await chat.press("book:german-course")

    await chat.send(typed)

    assert t._("Which time suits you?") in chat.text
    assert t.day(TOMORROW) in chat.text
    assert "12:30" in chat.labels


@pytest.mark.parametrize("typed", ["4.12.", "04/12", "4 декабря"])
async def test_a_date_without_free_time_says_so_and_shows_the_days(
    core: CoreApp, typed: str
) -> None:
    t = core.texts.translator("ru")
    chat = await onboarded(core, "Русский")
    await chat.press("book:german-course")

    await chat.send(typed)

    assert t._("Sorry, there is no free time on that day.") in chat.text
    assert t._("Which day suits you?") in chat.text
    assert t.day(TOMORROW) in chat.labels
