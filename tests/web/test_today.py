"""The day's work on the desk: appointments of today and the week, cancelling one (the person
is told in their language), and who is waiting for a person."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tests.booking.conftest import book_office_hours
from tests.support.conversation import FixedClock
from tests.support.web_desk import RunningDesk

THURSDAY = date(2026, 12, 3)


async def test_an_appointment_is_listed_and_cancelled_in_the_persons_language(
    desk: RunningDesk,
) -> None:
    core = desk.setup.core
    person = await desk.setup.person("ro-ana", "Română")
    await book_office_hours(person, core, "ro", THURSDAY, "14:20", "Ana")
    async with desk.signed_in(name="Leyla") as client:
        _, page = await client.get("/web/")
        thursday = page[page.index("Donnerstag, 3. Dezember") :]
        row = re.search(
            r"<li class=\"appointment\"[^>]*>\s*<div><b>14:20–14:40</b>.*?</li>", thursday, re.S
        )
        assert row is not None
        assert "Ana" in row[0] and "Rumänisch" in row[0] and "Dolmetschen: nein" in row[0]
        booking_id = re.search(r"/web/appointments/(\d+)/cancel", row[0])
        assert booking_id is not None
        status, page = await client.post(
            f"/web/appointments/{booking_id[1]}/cancel", csrf_from="/web/"
        )
        assert status == 200 and "Termin abgesagt" in page
        assert "14:20–14:40" not in page
        # A second click (another tab) changes nothing and says so.
        status, page = await client.post(
            f"/web/appointments/{booking_id[1]}/cancel", csrf_from="/web/account"
        )
        assert status == 409 and "schon abgesagt" in page
    told = desk.setup.channel.texts_to("ro-ana")
    romanian = core.texts.translator("ro")
    assert romanian._("Sorry, our team had to cancel your appointment:") in told[-1]


async def test_people_waiting_for_a_person_show_how_long(
    desk: RunningDesk, clock: FixedClock
) -> None:
    person = await desk.setup.person("tr-1", "Türkçe")
    await person.press("human")
    clock.now += timedelta(minutes=25)
    async with desk.signed_in() as client:
        _, page = await client.get("/web/")
    waiting = page[page.index("Wartet auf eine Person (1)") :]
    assert "Türkisch" in waiting[:600] and "wartet seit <b>25 Min.</b>" in waiting[:600]
    assert "noch niemand" in waiting[:600]
