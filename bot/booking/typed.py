"""A day or a time typed instead of tapped: "tuesday", "marți 10", "вторник 10:00", "10",
"utre" (tomorrow), "12 i polovina" (half past twelve).

Weekday names come from Babel for the person's locale, plus German and English (the words
people see on posters and hear at the counter). Anything that matches two different weekdays
is ignored: a guess would book the wrong day. Short forms ("Sa", "Di", "Sun") count only in a
message that is little more than the day: in a sentence they are everyday words (Romanian "sa",
English "do", German "so"), and "vreau sa vorbesc cu un om" read as Saturday (found in a trial).

Today, tomorrow, the day after tomorrow and the half hours ("12 buçuk", "halb eins", "половина
первого") are words of every language in ``locales/booking_words.yaml`` (people mix them). A
number glued to letters is no time: Bulgarian typed in Latin letters writes ч as 4 and ш as 6
("4as", "zapa6a", "4etvartak"), Arabic ع as 3 ("ba3d").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import cache

from babel import Locale

from bot.booking import words
from bot.booking.slots import Slot
from bot.catalogue.centre_calendar import CentreCalendar
from bot.matching.normalize import (
    CHAT_LATIN,
    has_cyrillic,
    normalize,
    transliterate_cyrillic,
)

ALWAYS_UNDERSTOOD = ("de", "en")

# 10, 10:00, 10.30, 9h, 14h30, 10uhr, 10ч (also in Arabic-Indic digits: \d is Unicode-aware);
# not a digit glued to letters ("4as", "zapa6a": Bulgarian ч and ш typed as 4 and 6)
_TIME = re.compile(
    r"(?<![^\W_])(\d{1,2})(?:\s*[:.hH]\s*(\d{2})?)?(?!\d)"
    r"(?!(?!(?:uhr|am|pm|h|ч|ш|ч\.)\b)[^\W\d_])"
)


# A date: "10.12.", "10.12", "10/12", "10.12.2026" (day first, as in every language we speak).
# "10.30" is a time (no month 30); "10.12" without a year or final dot is read as the date:
# the centre's slots start on the hour or half hour, never at 10:12.
_DATE = re.compile(r"(?<![\d.:/])(\d{1,2})([./])(\d{1,2})(?:\2(\d{4}|\d{2}))?(\.)?(?![\d:/])")
# "10 dec", "10. Dezember", "10 декабря": a day's number before a word (a month's name?).
_NAMED_DATE = re.compile(r"(?<![^\W_])(\d{1,2})\.?\s+([^\W\d_]+)\.?")
MONTHS = 12
MONTH_DAYS = 31


@dataclass(frozen=True)
class TypedWhen:
    weekday: int | None  # 0 = Monday
    clock: time | None
    days_ahead: int | None = None  # today 0, tomorrow 1, the day after tomorrow 2
    on: tuple[int, int] | None = None  # a date typed: (day, month)


_DAYS_AHEAD = (("day_after_tomorrow", 2), ("tomorrow", 1), ("today", 0))
HALF_HOUR = 30
CLOCK_HOURS = 12
DAY_HOURS = 24


@cache
def _hour_words() -> dict[str, int]:
    """Hour words of the half forms ("eins", "первого") -> the hour."""
    hours: dict[str, int] = {}
    for entry in words.raw("hours"):
        word, _, hour = entry.rpartition("=")
        hours[normalize(word)] = int(hour)
    return hours


@cache
def _half_forms() -> tuple[tuple[re.Pattern[str], int], ...]:
    """The half forms, each with what it adds to the hour read: "12 i polovina" (+30 minutes),
    "half past 12" (+30), "halb 1" (-30)."""
    hour = "|".join([r"\d{1,2}", *map(re.escape, sorted(_hour_words(), key=len, reverse=True))])
    after, past, before = (
        "|".join(map(re.escape, words.every(name)))
        for name in ("half_after", "half_past", "half_before")
    )
    return (
        (re.compile(rf"(?<!\S)({hour}) (?:{after})(?!\S)"), HALF_HOUR),
        (re.compile(rf"(?<!\S)(?:{past}) ({hour})(?!\S)"), HALF_HOUR),
        (re.compile(rf"(?<!\S)(?:{before}) ({hour})(?!\S)"), -HALF_HOUR),
    )


def _half_time(normalized: str) -> tuple[time | None, time] | None:
    """The hour typed in digits (None for a word) and the half hour it means, if
    ``normalized`` says one it can read."""
    for form, minutes in _half_forms():
        found = form.search(normalized)
        if found is None:
            continue
        said = found.group(1)
        hour = int(said) if said[0].isdigit() else _hour_words()[said]
        if not 0 < hour < DAY_HOURS:
            return None
        typed = time(hour) if said[0].isdigit() else None
        if minutes < 0:  # "halb eins": half way to one, 12:30
            hour = (hour - 1) or CLOCK_HOURS
        return typed, time(hour, HALF_HOUR)
    return None


def says_half(text: str) -> bool:
    """Whether ``text`` has a word of a half hour ("polovina", "buçuk", "halb"), read or not."""
    padded = f" {normalize(text)} "
    return any(
        f" {form} " in padded
        for name in ("half_after", "half_past", "half_before")
        for form in words.every(name)
    )


def _days_ahead(padded: str) -> set[int]:
    """Today (0), tomorrow (1), the day after tomorrow (2) named in ``padded``."""
    for phrase in words.every("no_day"):
        padded = padded.replace(f" {phrase} ", " ")
    found: set[int] = set()
    for name, ahead in _DAYS_AHEAD:  # "pas farda" before "farda", "ba3d bukra" before "bukra"
        for form in words.every(name):
            if f" {form} " in padded:
                found.add(ahead)
                padded = padded.replace(f" {form} ", " ")
    return found


NOON = 12

# "Sa", "Di 10", "am Sa um 10": at most this many other words beside a short form and a time.
SHORT_FORM_WORDS_WITH_A_TIME = 3


@cache
def _weekday_names(locale_name: str, short: bool) -> tuple[tuple[str, int], ...]:
    """Normalised weekday names, wide or (``short``) abbreviated only, Cyrillic also in Latin,
    longest first."""
    locale = Locale.parse(locale_name)
    names: dict[str, set[int]] = {}
    for context in ("format", "stand-alone"):
        for width in ("abbreviated",) if short else ("wide",):
            for weekday, name in locale.days[context][width].items():
                forms = {normalize(name)}
                if has_cyrillic(name):
                    forms.add(transliterate_cyrillic(name, locale.language))
                    forms.add(transliterate_cyrillic(name, CHAT_LATIN))  # "4etvartak"
                for form in forms:
                    if form:
                        names.setdefault(form, set()).add(weekday)
    unique = [(name, days.pop()) for name, days in names.items() if len(days) == 1]
    return tuple(sorted(unique, key=lambda item: -len(item[0])))


def _dates_in(text: str, locales: Iterable[Locale]) -> tuple[set[tuple[int, int]], str]:
    """The dates typed in ``text`` as (day, month): "10.12.", "10/12", "10 dec", "10 декабря",
    "10 aralık" (a number before a month's name in the person's language, German or
    English), and the text without them (so that "10.12." is no time 10:12)."""
    found: set[tuple[int, int]] = set()

    def numeric(match: re.Match[str]) -> str:
        day, month = int(match.group(1)), int(match.group(3))
        if not (1 <= day <= MONTH_DAYS and 1 <= month <= MONTHS):
            return match.group(0)  # "14.30": a time
        found.add((day, month))
        return " "

    months: dict[str, int] = {}
    for locale in {*(str(locale) for locale in locales), *ALWAYS_UNDERSTOOD}:
        months.update(_month_names(locale, abbreviated=locale in ALWAYS_UNDERSTOOD))

    def named(match: re.Match[str]) -> str:
        day, month = int(match.group(1)), months.get(normalize(match.group(2)))
        if month is None or not 1 <= day <= MONTH_DAYS:
            return match.group(0)
        found.add((day, month))
        return " "

    rest = _DATE.sub(numeric, text)
    return found, _NAMED_DATE.sub(named, rest)


@cache
def _month_names(locale_name: str, abbreviated: bool) -> dict[str, int]:
    """Normalised month names (Russian "декабря" and "декабрь"), Cyrillic also in Latin; none
    that two months share, none that is an everyday word (booking_words.yaml ``not_months``).
    ``abbreviated``: also the short forms ("dec", "Dez."; only German and English: Turkish
    "Ara" is also "call", Romanian "mar" an apple)."""
    locale = Locale.parse(locale_name)
    names: dict[str, set[int]] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated") if abbreviated else ("wide",):
            for month, name in locale.months[context][width].items():
                forms = {normalize(name)}
                if has_cyrillic(name):
                    forms.add(transliterate_cyrillic(name, locale.language))
                for form in forms:
                    if form:
                        names.setdefault(form, set()).add(month)
    everyday = set(words.every("not_months"))
    return {
        name: months.pop()
        for name, months in names.items()
        if len(months) == 1 and name not in everyday
    }


def read_when(text: str, locales: Iterable[Locale]) -> TypedWhen | None:
    """The weekday or day and the time in ``text``; None when it holds none or is ambiguous,
    or when it says a half hour that cannot be read (a wrong time is worse than a question)."""
    locales = list(locales)
    dates, text = _dates_in(text, locales)
    if len(dates) > 1:
        return None
    clocks = {
        time(int(hour), int(minute or 0))
        for hour, minute in _TIME.findall(text)
        if int(hour) < 24 and int(minute or 0) < 60
    }
    half = _half_time(normalize(text))
    if half is not None:
        typed, clock = half
        clocks = {found for found in clocks if found != typed} | {clock}
    elif says_half(text):
        return None
    without_times = normalize(_TIME.sub(" ", text))
    ahead = _days_ahead(f" {without_times} ")
    count = len(without_times.split())
    short_forms = count <= 1 or (bool(clocks) and count <= SHORT_FORM_WORDS_WITH_A_TIME)
    weekdays = _weekdays_in(f" {without_times} ", locales, short_forms)
    if len(clocks) > 1 or len(weekdays) > 1 or len(ahead) > 1:
        return None
    if not (clocks or weekdays or ahead or dates):
        return None
    return TypedWhen(
        next(iter(weekdays), None),
        next(iter(clocks), None),
        next(iter(ahead), None),
        next(iter(dates), None),
    )


def _weekdays_in(padded: str, locales: Iterable[Locale], short_forms: bool) -> set[int]:
    found: set[int] = set()
    for locale in {*(str(locale) for locale in locales), *ALWAYS_UNDERSTOOD}:
        remaining = padded
        names = _weekday_names(locale, short=False)
        if short_forms:
            names = tuple(sorted({*names, *_weekday_names(locale, short=True)}, key=_longest))
        for name, weekday in names:
            if f" {name} " in remaining:
                found.add(weekday)
                # "سه شنبه" (Tuesday) must not also count as "شنبه" (Saturday)
                remaining = remaining.replace(f" {name} ", " ")
    return found


def _longest(named: tuple[str, int]) -> int:
    return -len(named[0])


def resolve(
    typed: TypedWhen,
    free: Sequence[Slot],
    shown_day: date | None,
    calendar: CentreCalendar,
    today: date | None = None,
) -> Slot | date | list[Slot] | None:
    """What a typed day/time points at among the free slots.

    A slot when one fits; a day to show its times; several slots to choose from; else None.
    A weekday means its next free occurrence; a time alone means the day on screen, if any;
    tomorrow means ``today`` + 1 (None without ``today``, or when that day has no free time).
    """

    def local(slot: Slot) -> tuple[date, time]:
        moment = calendar.local(slot.start)
        return moment.date(), moment.time()

    candidates = list(free)
    if typed.days_ahead is not None or typed.on is not None:
        if today is None:
            return None
        day = _day_meant(typed, today)
        if day is None:
            return None  # "31.02.", or "tomorrow, 10.12." on another day: which one?
        if typed.weekday is not None and day.weekday() != typed.weekday:
            return None  # "tomorrow, Thursday" on a Monday: which one?
        candidates = [slot for slot in candidates if local(slot)[0] == day]
        if not candidates:
            return None
    elif typed.weekday is not None:
        days = [day for day, _ in map(local, candidates) if day.weekday() == typed.weekday]
        if not days:
            return None
        candidates = [slot for slot in candidates if local(slot)[0] == days[0]]
    elif shown_day is not None and typed.clock is not None:
        candidates = [slot for slot in candidates if local(slot)[0] == shown_day]
    if typed.clock is None:
        return local(candidates[0])[0]
    at_time = [slot for slot in candidates if local(slot)[1] == typed.clock]
    if not at_time and typed.clock.hour < NOON:
        # "saat 1", "um 2", "at 1": said as on a twelve-hour clock, meaning the afternoon (the
        # centre opens no slot at 1 at night; found in a trial: "saat 1" showed the times again).
        afternoon = typed.clock.replace(hour=typed.clock.hour + NOON)
        at_time = [slot for slot in candidates if local(slot)[1] == afternoon]
    if len(at_time) == 1:
        return at_time[0]
    if at_time:
        return at_time
    if typed.weekday is not None or typed.days_ahead is not None or typed.on is not None:
        return local(candidates[0])[0]  # the day is clear, the time is not free: show the day
    return None


def _day_meant(typed: TypedWhen, today: date) -> date | None:
    """The day a typed "tomorrow" or date means: a date is its next one from ``today`` on
    ("10.01." typed in December is next January's)."""
    ahead = today + timedelta(days=typed.days_ahead) if typed.days_ahead is not None else None
    if typed.on is None:
        return ahead
    day, month = typed.on
    try:
        on = date(today.year, month, day)
        if on < today:
            on = date(today.year + 1, month, day)
    except ValueError:
        return None
    return on if ahead is None or ahead == on else None
