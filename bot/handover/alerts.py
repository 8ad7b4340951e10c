"""Nobody left waiting: a case nobody takes calls the team again, and a new shift sees who waits.

Every :data:`TICK` the open, unclaimed cases are looked at:

- a case that has waited ``HANDOVER_ALERT_MINUTES`` of its language's working time (the hours
  of the mediators who speak it, or everyone's when nobody does) mentions those mediators
  again, while one of them is at work;
- after twice that much of the team's working time, it mentions everyone;
- when a working time starts and people wrote while nobody was at work, the mediators now on
  duty get the list of those waiting, the longest first.

Each of these is a staff notice (a durable job, ``bot.core.StaffNotices``) with a key made of
the case and the level (or of the shift's start), so a restart, a second worker or the next
round never sends one twice, and a notice decided before a crash still goes out. Nothing here
keeps state in memory: what is due follows from the cases and the team's hours alone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.catalogue.centre_calendar import DEFAULT_CALENDAR, CentreCalendar
from bot.catalogue.schedule import Closure
from bot.handover import cards, cases
from bot.handover.hours import HOUSE_WIDE, LOOK_AHEAD_DAYS, who_answers
from bot.handover.team import Team, TeamMember
from bot.i18n.languages import Languages
from bot.messages import Button, Mention, Reply
from bot.storage.models import HandoverCase, User

if TYPE_CHECKING:
    from bot.core import FeatureContext
    from bot.handover.team import LiveTeam

log = logging.getLogger(__name__)

TICK = timedelta(seconds=10)
"""How often waiting cases are looked at: alerts come at most this late."""
TAKE_BUTTONS_MAX = 8
"""The shift's list offers a "take" button for this many people (the longest waiting)."""
CALL_AGAIN = 1  # the mediators for the person's language
CALL_EVERYONE = 2  # the whole team


@dataclass(frozen=True)
class Window:
    """A stretch of time in which at least one of some mediators is at work."""

    start: datetime
    end: datetime


def duty_windows(
    members: Sequence[TeamMember],
    since: datetime,
    until: datetime,
    closures: Sequence[Closure] = (),
    calendar: CentreCalendar = DEFAULT_CALENDAR,
) -> list[Window]:
    """When at least one of ``members`` worked between ``since`` and ``until``, merged.

    Nobody with hours at all (a team.yaml without ``hours``) counts as always at work: then
    there is no "out of hours" to wait for. House-wide closures keep everyone away.
    """
    if not any(member.hours for member in members):
        return [Window(since, until)]
    first = calendar.day_of(since) - timedelta(days=1)
    last = calendar.day_of(until)
    spans: list[tuple[datetime, datetime]] = []
    day = first
    while day <= last:
        if not any(closure.covers(day, HOUSE_WIDE) for closure in closures):
            for member in members:
                spans += [
                    (calendar.at(day, hours.start), calendar.at(day, hours.end))
                    for hours in member.hours
                    if hours.weekday == day.weekday()
                ]
        day += timedelta(days=1)
    merged: list[Window] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1].end:
            merged[-1] = Window(merged[-1].start, max(merged[-1].end, end))
        else:
            merged.append(Window(start, end))
    return [window for window in merged if window.end > since and window.start <= until]


def time_on_duty(windows: Sequence[Window], since: datetime, until: datetime) -> timedelta:
    """How much of ``since``..``until`` fell into ``windows``."""
    total = timedelta()
    for window in windows:
        overlap = min(window.end, until) - max(window.start, since)
        if overlap > timedelta():
            total += overlap
    return total


def window_at(windows: Sequence[Window], moment: datetime) -> Window | None:
    return next((w for w in windows if w.start <= moment < w.end), None)


def on_duty(
    members: Sequence[TeamMember], now: datetime, calendar: CentreCalendar = DEFAULT_CALENDAR
) -> tuple[TeamMember, ...]:
    """Those of ``members`` at work at ``now`` (everyone, when nobody has hours)."""
    if not any(member.hours for member in members):
        return tuple(members)
    return tuple(
        member
        for member in members
        if window_at(duty_windows([member], now, now + timedelta(seconds=1), (), calendar), now)
    )


# -- what the team sees (German) -------------------------------------------------------------


def _line(case: HandoverCase, user: User, languages: Languages, now: datetime) -> str:
    flag = languages[case.language].flag if case.language in languages else ""
    channel = cards.CHANNEL_NAMES.get(user.channel, user.channel)
    urgent = "🚨 " if case.urgent else ""
    since = cards.waited(now - case.opened_at)
    return f"{urgent}#{case.id} · {flag} {case.language} · {channel} · wartet seit {since}".replace(
        "  ", " "
    )


def _take(case: HandoverCase) -> Button:
    return Button(f"✋ #{case.id} übernehmen", f"{cards.TAKE}:{case.id}")


def _mentions(members: Sequence[TeamMember]) -> tuple[Mention, ...]:
    return tuple(Mention(member.user_id, member.name) for member in members)


def call_again(
    case: HandoverCase,
    user: User,
    languages: Languages,
    now: datetime,
    waited: timedelta,
    who: Sequence[TeamMember],
    *,
    everyone: bool,
) -> Reply:
    """The alert in the staff group: who waits, how long in working time, a button to take it."""
    minutes = int(waited.total_seconds() // 60)
    ask = "Bitte an alle: wer kann übernehmen?" if everyone else "Wer übernimmt?"
    text = (
        f"{'⏰⏰' if everyone else '⏰'} Noch niemand hat geantwortet "
        f"({minutes} Min. in der Arbeitszeit).\n{_line(case, user, languages, now)}\n{ask}"
    )
    return Reply(text=text, buttons=((_take(case),),), mentions=_mentions(who))


def shift_list(
    waiting: Sequence[tuple[HandoverCase, User]],
    languages: Languages,
    now: datetime,
    who: Sequence[TeamMember],
) -> Reply:
    """For the mediators at the start of their working time: who wrote while nobody was there."""
    lines = [
        f"☀️ Arbeitsbeginn: {len(waiting)} "
        + ("Person hat" if len(waiting) == 1 else "Personen haben")
        + " außerhalb der Arbeitszeit geschrieben und warten (die längste Wartezeit zuerst):"
    ]
    lines += [_line(case, user, languages, now) for case, user in waiting]
    buttons = tuple((_take(case),) for case, _ in waiting[:TAKE_BUTTONS_MAX])
    return Reply(text="\n".join(lines), buttons=buttons, mentions=_mentions(who))


# -- the loop ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    """A notice the waiting cases call for now, with the key that makes it happen once."""

    key: str
    reply: Reply


def due_notices(
    waiting: Sequence[tuple[HandoverCase, User]],
    team: Team,
    languages: Languages,
    now: datetime,
    after: timedelta,
    closures: Sequence[Closure] = (),
    calendar: CentreCalendar = DEFAULT_CALENDAR,
) -> list[Due]:
    """Every notice the unclaimed cases in ``waiting`` (oldest first) call for at ``now``;
    the keys tell which went out already."""
    if not waiting or not team.members or after <= timedelta():
        return []
    oldest = min(case.opened_at for case, _ in waiting)
    oldest = max(oldest, now - timedelta(days=LOOK_AHEAD_DAYS))  # older waits count the same
    everyone = duty_windows(team.members, oldest, now, closures, calendar)
    due: list[Due] = []
    shift = window_at(everyone, now)
    if shift is not None:
        from_before = [(case, user) for case, user in waiting if case.opened_at < shift.start]
        if from_before:
            who = on_duty(team.members, now, calendar)
            due.append(
                Due(
                    f"handover-shift:{shift.start.isoformat()}",
                    shift_list(from_before, languages, now, who),
                )
            )
    for case, user in waiting:
        since = max(case.opened_at, oldest)
        speakers = who_answers(team, case.language)
        theirs = duty_windows(speakers, since, now, closures, calendar)
        waited = time_on_duty(theirs, since, now)
        if waited >= after and window_at(theirs, now) is not None:
            due.append(
                Due(
                    f"handover-alert:{case.id}:{CALL_AGAIN}",
                    call_again(case, user, languages, now, waited, speakers, everyone=False),
                )
            )
        waited_all = time_on_duty(everyone, since, now)
        if set(speakers) != set(team.members) and waited_all >= 2 * after and shift is not None:
            due.append(
                Due(
                    f"handover-alert:{case.id}:{CALL_EVERYONE}",
                    call_again(case, user, languages, now, waited_all, team.members, everyone=True),
                )
            )
    return due


class WaitingAlerts:
    """Looks at the waiting cases every :data:`TICK` and adds the notices that are due."""

    def __init__(self, core: FeatureContext, team: LiveTeam, after: timedelta) -> None:
        self.core = core
        self.team = team
        self.after = after

    async def tick(self) -> int:
        """One look; returns how many notices it decided (those sent before are skipped by
        their key when added)."""
        if self.after <= timedelta():
            return 0
        core = self.core
        now = core.dialogue.clock()
        catalogue = core.dialogue.catalogue.current.catalogue
        async with core.database.session() as session:
            waiting = [
                (case, user)
                for case, user in await cases.open_cases(session)
                if case.claimed_by is None
            ]
            due = due_notices(
                waiting,
                self.team.current,
                core.dialogue.languages,
                now,
                self.after,
                catalogue.closures,
                catalogue.calendar,
            )
            for notice in due:
                await core.notify_staff([notice.reply], session, key=notice.key)
        return len(due)

    async def run(self, on_round: Callable[[], None] = lambda: None) -> None:
        """Look until cancelled; a failed round is logged and the next one tries again."""
        while True:
            try:
                await self.tick()
            except Exception as error:  # a database hiccup: the next round looks again
                log.error("waiting alerts failed: %s", type(error).__name__)
            else:
                on_round()
            await asyncio.sleep(TICK.total_seconds())
