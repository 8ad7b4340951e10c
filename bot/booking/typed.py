"""A day or a time typed instead of tapped: "tuesday", "marți 10", "вторник 10:00", "10".

Weekday names come from Babel for the person's locale, plus German and English (the words
people see on posters and hear at the counter). Anything that matches two different weekdays
is ignored: a guess would book the wrong day. Short forms ("Sa", "Di", "Sun") count only in a
message that is little more than the day: in a sentence they are everyday words (Romanian "sa",
English "do", German "so"), and "vreau sa vorbesc cu un om" read as Saturday (found in a trial).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from functools import cache

from babel import Locale

from bot.booking.slots import Slot
from bot.catalogue.centre_calendar import CentreCalendar
from bot.matching.normalize import has_cyrillic, normalize, transliterate_cyrillic

ALWAYS_UNDERSTOOD = ("de", "en")

# 10, 10:00, 10.30, 9h, 14h30 (also in Arabic-Indic digits: \d is Unicode-aware)
_TIME = re.compile(r"(?<!\d)(\d{1,2})(?:\s*[:.hH]\s*(\d{2})?)?(?!\d)")


@dataclass(frozen=True)
class TypedWhen:
    weekday: int | None  # 0 = Monday
    clock: time | None


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
                for form in forms:
                    if form:
                        names.setdefault(form, set()).add(weekday)
    unique = [(name, days.pop()) for name, days in names.items() if len(days) == 1]
    return tuple(sorted(unique, key=lambda item: -len(item[0])))


def read_when(text: str, locales: Iterable[Locale]) -> TypedWhen | None:
    """The weekday and time in ``text``; None when it holds neither or is ambiguous."""
    clocks = {
        time(int(hour), int(minute or 0))
        for hour, minute in _TIME.findall(text)
        if int(hour) < 24 and int(minute or 0) < 60
    }
    without_times = normalize(_TIME.sub(" ", text))
    words = len(without_times.split())
    short_forms = words <= 1 or (bool(clocks) and words <= SHORT_FORM_WORDS_WITH_A_TIME)
    weekdays = _weekdays_in(f" {without_times} ", locales, short_forms)
    if len(clocks) > 1 or len(weekdays) > 1 or not (clocks or weekdays):
        return None
    return TypedWhen(next(iter(weekdays), None), next(iter(clocks), None))


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
    typed: TypedWhen, free: Sequence[Slot], shown_day: date | None, calendar: CentreCalendar
) -> Slot | date | list[Slot] | None:
    """What a typed day/time points at among the free slots.

    A slot when one fits; a day to show its times; several slots to choose from; else None.
    A weekday means its next free occurrence; a time alone means the day on screen, if any.
    """

    def local(slot: Slot) -> tuple[date, time]:
        moment = calendar.local(slot.start)
        return moment.date(), moment.time()

    candidates = list(free)
    if typed.weekday is not None:
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
    if typed.weekday is not None:
        return local(candidates[0])[0]  # the day is clear, the time is not free: show the day
    return None
