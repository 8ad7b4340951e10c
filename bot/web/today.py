"""The start page: today's and this week's appointments, and who is waiting for a person.

An appointment is cancelled with one button; the person gets the same notice in their
language as after ``/cancel_slot`` (with other free times), delivered at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from aiohttp import web

from bot.booking import outbox, store
from bot.booking.reminders import ReminderDelivery
from bot.dialogue.ids import parse_id
from bot.handover import cases
from bot.handover.relay import RelayDelivery
from bot.storage.models import Booking
from bot.web import auth
from bot.web.desk import PREFIX, language_de

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk

WEEK_DAYS = 7


@dataclass(frozen=True)
class Appointment:
    id: int
    day: date
    clock: str  # "10:00–10:30"
    offer: str
    first_name: str
    language: str
    interpreter: str


@dataclass(frozen=True)
class Waiting:
    case: int
    name: str
    language: str
    waiting: str  # "25 Min."
    urgent: bool
    taken_by: str | None


def waiting_de(span: timedelta) -> str:
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} Min."
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} Std. {rest} Min."
    return f"{hours // 24} Tage"


def install(desk: WebDesk, server: WebServer) -> None:
    core = desk.core

    async def today(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        now = desk.clock()
        catalogue = core.dialogue.catalogue.current.catalogue
        calendar = catalogue.calendar
        first = calendar.day_of(now)
        last = first + timedelta(days=WEEK_DAYS - 1)
        async with core.database.session() as session:
            rows = await store.bookings_between(
                session, calendar.at(first, time(0)), calendar.at(last + timedelta(days=1), time(0))
            )
            open_cases = await cases.open_cases(session)
        appointments = []
        for booking, person in rows:
            offer = catalogue.offer(booking.offer_id)
            start, end = calendar.local(booking.starts_at), calendar.local(booking.ends_at)
            appointments.append(
                Appointment(
                    id=booking.id,
                    day=start.date(),
                    clock=f"{start:%H:%M}–{end:%H:%M}",
                    offer=offer.text("title", "de") if offer else booking.offer_id,
                    first_name=booking.first_name or "(ohne Namen)",
                    language=language_de(person.language) if person.language else "?",
                    interpreter=language_de(booking.interpreter_language)
                    if booking.interpreter_language
                    else "",
                )
            )
        german = core.texts.translator("de")
        days = []
        day = first
        while day <= last:
            days.append((german.day(day), [a for a in appointments if a.day == day]))
            day += timedelta(days=1)
        waiting = [
            Waiting(
                case=case.id,
                name=case.display_name or "(ohne Namen)",
                language=language_de(case.language),
                waiting=waiting_de(now - case.opened_at),
                urgent=case.urgent,
                taken_by=case.claimed_by_name,
            )
            for case, _person in open_cases
        ]
        done = {"cancelled": "Termin abgesagt. Die Person bekommt eine Nachricht in ihrer Sprache."}
        return desk.render(
            "today.html",
            user,
            section="today",
            title="Heute",
            today=days[0],
            week=days[1:],
            waiting=waiting,
            handover_on=core.part(RelayDelivery) is not None,
            done=done.get(request.query.get("done", "")),
        )

    async def cancel(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        booking_id = parse_id(request.match_info["booking"])
        now = desk.clock()
        async with core.database.session() as session:
            booking = None if booking_id is None else await session.get(Booking, booking_id)
            if booking is None or booking.cancelled_at is not None or booking.starts_at <= now:
                return desk.render(
                    "message.html",
                    user,
                    status=409,
                    title="Nicht abgesagt",
                    text="Dieser Termin ist schon abgesagt, vorbei oder gelöscht.",
                    back=f"{PREFIX}/",
                )
            store.cancel(booking, now, store.CancelledBy.STAFF)
            outbox.schedule_cancellation_notice(session, booking, now)
        reminders = core.part(ReminderDelivery)
        if reminders is not None:  # deliver now: the person may be on the way
            await reminders.tick(now)
        raise web.HTTPSeeOther(f"{PREFIX}/?done=cancelled")

    server.add_route("GET", f"{PREFIX}/", desk.page(today))
    server.add_route("GET", PREFIX, desk.page(today))
    server.add_route("POST", f"{PREFIX}/appointments/{{booking}}/cancel", desk.page(cancel))
