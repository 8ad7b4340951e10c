"""When a mediator will answer: now (someone is at work) or the next start of a working time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.catalogue.centre_calendar import DEFAULT_CALENDAR, CentreCalendar
from bot.catalogue.schedule import Closure
from bot.handover.team import Team, TeamMember

LOOK_AHEAD_DAYS = 21
"""Far enough for a two-week holiday closure; beyond it the bot says "as soon as possible"."""
HOUSE_WIDE = ""
"""No offer id: only closures of the whole house (``offers`` left out) keep mediators away."""


COMMON_LANGUAGES = ("de", "en")
"""What a mediator writes in to someone whose language nobody in the team speaks: German, the
team's own, and English, where someone in the team speaks them."""


def who_answers(team: Team, language: str) -> tuple[TeamMember, ...]:
    """Those who speak the person's language, or everyone when nobody does."""
    return team.speakers(language) or team.members


def answered_in(team: Team, unspoken: str, chat_language: str) -> tuple[str, ...]:
    """The languages a person will be answered in when nobody speaks ``unspoken``: the chat's
    own when someone speaks it (those are called: :func:`who_answers`), else German and
    English as far as the team speaks them; empty when it speaks neither."""
    if chat_language != unspoken and team.speakers(chat_language):
        return (chat_language,)
    return tuple(code for code in COMMON_LANGUAGES if team.speakers(code))


def next_answer_time(
    members: Sequence[TeamMember],
    now: datetime,
    closures: Sequence[Closure] = (),
    calendar: CentreCalendar = DEFAULT_CALENDAR,
) -> datetime | None:
    """``now`` if one of ``members`` is at work, else the next start of a working time;
    None if none has working hours in the next :data:`LOOK_AHEAD_DAYS`. Working hours are
    wall-clock times in ``calendar``'s zone."""
    today = calendar.day_of(now)
    starts: list[datetime] = []
    for offset in range(LOOK_AHEAD_DAYS):
        day = today + timedelta(days=offset)
        if any(closure.covers(day, HOUSE_WIDE) for closure in closures):
            continue
        for member in members:
            for weekly in member.hours:
                if weekly.weekday != day.weekday():
                    continue
                start, end = calendar.at(day, weekly.start), calendar.at(day, weekly.end)
                if start <= now < end:
                    return now
                if start > now:
                    starts.append(start)
        if starts:  # days are visited in order: the first day with a start has the earliest
            return min(starts)
    return None
