"""The appointment as a calendar file a phone can import (iCalendar, RFC 5545).

Times carry the centre's TZID (e.g. Europe/Berlin) with a VTIMEZONE covering the appointment's
year, so the phone shows the wall-clock time people were told, whatever zone the phone is set to.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import icalendar

from bot.catalogue.model import Offer
from bot.i18n.translator import Translator
from bot.messages import Attachment
from bot.storage.models import Booking

PRODUCT_ID = "-//Erstkontakt//Booking//EN"
UID_DOMAIN = "erstkontakt.bot"
MIME_TYPE = "text/calendar"


def calendar_file(t: Translator, offer: Offer, booking: Booking, now: datetime) -> Attachment:
    """An .ics attachment for ``booking``, its summary in the person's language."""
    zone = offer.schedule.calendar
    start = zone.local(booking.starts_at)
    location = offer.location
    event = icalendar.Event()
    event.add("uid", f"booking-{booking.id}@{UID_DOMAIN}")
    event.add("dtstamp", now)
    event.add("dtstart", start)
    event.add("dtend", zone.local(booking.ends_at))
    event.add("summary", f"{offer.text('title', t.chain)}, {location.name}")
    event.add("location", f"{location.name}, {location.address}")
    event.add("geo", (location.latitude, location.longitude))
    event.add("description", t._("Bring:") + " " + offer.text("bring", t.chain))
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add_component(event)
    # Only the transitions around the appointment: a small file instead of decades of rules.
    calendar.add_missing_timezones(
        first_date=start.date() - timedelta(days=366), last_date=start.date() + timedelta(days=366)
    )
    filename = f"{offer.id}-{start:%Y-%m-%d-%H%M}.ics"
    return Attachment(filename, MIME_TYPE, data=calendar.to_ical())
