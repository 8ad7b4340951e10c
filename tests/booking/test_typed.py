# Arabic-Indic digits are what people type, not look-alikes:
"""Days and times typed in the person's language (or German or English), understood when clear."""

from __future__ import annotations

from datetime import date, time

import pytest
from babel import Locale

from bot.booking.slots import Slot
from bot.booking.typed import TypedWhen, read_when, resolve
from bot.catalogue.centre_calendar import DEFAULT_CALENDAR
from tests.booking.conftest import berlin


@pytest.mark.parametrize(
    ("text", "locale", "weekday", "clock"),
    [
        ("tuesday", "en_GB", 1, None),
        ("marți 10", "ro_RO", 1, time(10)),
        ("marti la 10", "ro_RO", 1, time(10)),
        ("вторник 10:00", "bg_BG", 1, time(10)),
        ("vtornik 10", "bg_BG", 1, time(10)),
        ("Donnerstag 14.30", "tr_TR", 3, time(14, 30)),
        ("perşembe 14:30", "tr_TR", 3, time(14, 30)),
        ("الثلاثاء ١٠:٠٠", "ar", 1, time(10)),
        ("سه‌شنبه", "fa_IR", 1, None),
        ("شنبه", "fa_IR", 5, None),
        ("четвер", "uk_UA", 3, None),
        ("Di", "de_DE", 1, None),
        ("sa 10", "ro_RO", 5, time(10)),
        ("am Sa um 10", "de_DE", 5, time(10)),
        ("Thu 14:30", "en_GB", 3, time(14, 30)),
        ("10", "de_DE", None, time(10)),
        ("9h30", "de_DE", None, time(9, 30)),
    ],
)
def test_understood(text: str, locale: str, weekday: int | None, clock: time | None) -> None:
    assert read_when(text, [Locale.parse(locale)]) == TypedWhen(weekday, clock)


@pytest.mark.parametrize(
    ("text", "locale", "on", "clock"),
    [
        ("10.12.", "de_DE", (10, 12), None),
        ("am 10.12", "de_DE", (10, 12), None),
        ("10/12", "en_GB", (10, 12), None),
        ("10.12.2026 um 14.30", "de_DE", (10, 12), time(14, 30)),
        ("10 Dez.", "de_DE", (10, 12), None),
        ("10 dec at 9", "en_GB", (10, 12), time(9)),
        ("10 декабря", "ru_RU", (10, 12), None),
        ("10 dekabrya", "ru_RU", (10, 12), None),
        ("10 грудня", "uk_UA", (10, 12), None),
        ("10 декември", "bg_BG", (10, 12), None),
        ("10 Aralık saat 14", "tr_TR", (10, 12), time(14)),
        ("10 decembrie", "ro_RO", (10, 12), None),
        ("١٠ ديسمبر", "ar", (10, 12), None),
        ("10 دسامبر", "fa_IR", (10, 12), None),
    ],
)
def test_dates_typed(text: str, locale: str, on: tuple[int, int], clock: time | None) -> None:
    assert read_when(text, [Locale.parse(locale)]) == TypedWhen(None, clock, on=on)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("14.30", "de_DE"),  # no month 30: a time
        ("la 10 mai bine", "ro_RO"),  # "mai": more, not May
        ("10 ara", "tr_TR"),  # "ara": call, not Aralık
    ],
)
def test_times_and_words_beside_a_number_are_no_date(text: str, locale: str) -> None:
    typed = read_when(text, [Locale.parse(locale)])
    assert typed is not None and typed.on is None


def test_a_date_means_its_next_day_from_today_and_shows_it() -> None:
    today = date(2026, 11, 30)
    assert resolve(TypedWhen(None, None, on=(1, 12)), FREE, None, DEFAULT_CALENDAR, today) == (
        date(2026, 12, 1)
    )
    assert (
        resolve(TypedWhen(None, time(11), on=(1, 12)), FREE, None, DEFAULT_CALENDAR, today)
        == (FREE[1])
    )
    assert resolve(TypedWhen(None, None, on=(4, 12)), FREE, None, DEFAULT_CALENDAR, today) is None
    assert resolve(TypedWhen(None, None, on=(31, 2)), FREE, None, DEFAULT_CALENDAR, today) is None
    assert resolve(TypedWhen(3, None, on=(1, 12)), FREE, None, DEFAULT_CALENDAR, today) is None, (
        "Thursday, 1 December: which one?"
    )


@pytest.mark.parametrize(
    "text", ["", "wann ist der Kurs", "montag oder dienstag", "10 oder 11", "25:00"]
)
def test_unclear_texts_are_not_guessed(text: str) -> None:
    assert read_when(text, [Locale.parse("de_DE")]) is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("vreau sa vorbesc cu un om", "ro_RO"),  # "sa" (to), not Sa(mstag)
        ("i do not know", "en_GB"),  # "do", not Do(nnerstag)
        ("geht das auch einfach so", "de_DE"),  # "so", not So(nntag)
        ("dami mi telefono", "ro_RO"),  # "mi", not Mi(ttwoch)
    ],
)
def test_short_day_forms_inside_a_sentence_are_words(text: str, locale: str) -> None:
    assert read_when(text, [Locale.parse(locale)]) is None


FREE = [
    Slot(berlin(2026, 12, 1, 10), berlin(2026, 12, 1, 10, 30), "x"),  # Tuesday
    Slot(berlin(2026, 12, 1, 11), berlin(2026, 12, 1, 11, 30), "x"),
    Slot(berlin(2026, 12, 3, 10), berlin(2026, 12, 3, 10, 30), "x"),  # Thursday
    Slot(berlin(2026, 12, 8, 10), berlin(2026, 12, 8, 10, 30), "x"),  # next Tuesday
]


def test_a_weekday_means_its_next_free_day() -> None:
    assert resolve(TypedWhen(1, None), FREE, None, DEFAULT_CALENDAR) == date(2026, 12, 1)
    assert resolve(TypedWhen(1, time(11)), FREE, None, DEFAULT_CALENDAR) == FREE[1]
    assert resolve(TypedWhen(4, None), FREE, None, DEFAULT_CALENDAR) is None, "no free Friday"
    assert resolve(TypedWhen(3, time(15)), FREE, None, DEFAULT_CALENDAR) == date(2026, 12, 3), (
        "that day, other times"
    )


def test_a_time_alone_means_the_day_on_screen_or_asks_which_day() -> None:
    assert resolve(TypedWhen(None, time(10)), FREE, date(2026, 12, 3), DEFAULT_CALENDAR) == FREE[2]
    assert resolve(TypedWhen(None, time(11)), FREE, None, DEFAULT_CALENDAR) == FREE[1], (
        "only one 11:00"
    )
    assert resolve(TypedWhen(None, time(10)), FREE, None, DEFAULT_CALENDAR) == [
        FREE[0],
        FREE[2],
        FREE[3],
    ]
    assert resolve(TypedWhen(None, time(12)), FREE, None, DEFAULT_CALENDAR) is None


def test_an_hour_on_a_twelve_hour_clock_means_the_afternoon_slot() -> None:
    afternoon = [
        Slot(berlin(2026, 12, 3, 12), berlin(2026, 12, 3, 12, 30), "x"),
        Slot(berlin(2026, 12, 3, 13), berlin(2026, 12, 3, 13, 30), "x"),
        Slot(berlin(2026, 12, 3, 13, 30), berlin(2026, 12, 3, 14), "x"),
    ]
    on_screen = date(2026, 12, 3)
    typed = read_when("saat 1", [Locale.parse("tr_TR")])
    assert typed is not None

    assert resolve(typed, afternoon, on_screen, DEFAULT_CALENDAR) == afternoon[1]
    assert (
        resolve(TypedWhen(None, time(1, 30)), afternoon, on_screen, DEFAULT_CALENDAR)
        == (afternoon[2])
    )
    assert (
        resolve(TypedWhen(None, time(10)), FREE, date(2026, 12, 3), DEFAULT_CALENDAR) == FREE[2]
    ), "a morning slot that exists is the morning"
    assert resolve(TypedWhen(None, time(3)), afternoon, on_screen, DEFAULT_CALENDAR) is None


@pytest.mark.parametrize(
    ("text", "ahead"),
    [
        ("utre", 1),
        ("утре", 1),
        ("mâine", 1),
        ("maine", 1),
        ("morgen", 1),
        ("übermorgen", 2),
        ("yarin", 1),
        ("yarın", 1),
        ("zavtra", 1),
        ("завтра", 1),
        ("bukra", 1),
        ("bokra", 1),
        ("بكرة", 1),
        ("غدا", 1),
        ("فردا", 1),
        ("farda", 1),
        ("پس‌فردا", 2),
        ("tehara", 1),
        ("ba3d bukra", 2),
        ("poslezavtra", 2),
        ("днес", 0),
        ("today", 0),
        ("iskam da si zapa6a 4as za utre", 1),
    ],
)
def test_today_tomorrow_and_the_day_after_in_every_language(text: str, ahead: int) -> None:
    """Found in a trial: "utre" (tomorrow) at the day picker showed the offer's schedule. The
    words are booking_words.yaml's, of every language (people mix them)."""
    assert read_when(text, [Locale.parse("bg_BG")]) == TypedWhen(None, None, ahead)


def test_good_morning_names_no_day() -> None:
    assert read_when("guten morgen", [Locale.parse("de_DE")]) is None


@pytest.mark.parametrize(
    "text",
    [
        "v 12 i polovina",
        "12 и половина",
        "12 si jumatate",
        "12 și jumătate",
        "12 bucuk",
        "12 buçuk",
        "half past twelve",
        "12 and a half",
        "12 ونص",
        "١٢ و نص",
        "12 و نیم",
        "12 o nim",
        "halb eins",
        "halb 1",
        "половина первого",
        "пол первого",
        "пів на першу",
        "12 с половиной",
    ],
)
def test_half_past_twelve_in_every_language(text: str) -> None:
    """Found in a trial: "v 12 i polovina" booked 12:00."""
    assert read_when(text, [Locale.parse("bg_BG")]) == TypedWhen(None, time(12, 30))


@pytest.mark.parametrize("text", ["i polovina", "halb", "buçuk", "12 и половина или 13"])
def test_a_half_that_cannot_be_read_is_no_time(text: str) -> None:
    """A wrong time is worse than a question: never the whole hour."""
    assert read_when(text, [Locale.parse("bg_BG")]) is None


@pytest.mark.parametrize(
    ("text", "locale", "weekday", "clock"),
    [
        ("4etvartak", "bg_BG", 3, None),
        ("v 4etvartak v 10", "bg_BG", 3, time(10)),
        ("10uhr", "de_DE", None, time(10)),
        ("10ч", "bg_BG", None, time(10)),
    ],
)
def test_digits_glued_to_letters_are_letters(
    text: str, locale: str, weekday: int | None, clock: time | None
) -> None:
    """Bulgarian typed in Latin letters writes ч as 4 and ш as 6 ("4as", "zapa6a")."""
    assert read_when(text, [Locale.parse(locale)]) == TypedWhen(weekday, clock)


def test_tomorrow_means_the_day_after_today() -> None:
    monday = date(2026, 11, 30)
    assert resolve(TypedWhen(None, None, 1), FREE, None, DEFAULT_CALENDAR, monday) == date(
        2026, 12, 1
    )
    assert resolve(TypedWhen(None, time(11), 1), FREE, None, DEFAULT_CALENDAR, monday) == FREE[1]
    assert resolve(TypedWhen(None, None, 2), FREE, None, DEFAULT_CALENDAR, monday) is None, (
        "no free time on Wednesday"
    )
    assert resolve(TypedWhen(None, None, 1), FREE, None, DEFAULT_CALENDAR) is None, "no today"
