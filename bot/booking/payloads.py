"""Button payloads of the booking flow: ``kind:argument``, at most 64 bytes.

Offer ids are at most 40 characters and times travel as UTC ``YYYYMMDDHHMM``, so the longest
payload (``bslot:<offer>:<time>``) is 59 bytes. Every payload may be stale when tapped.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.dialogue import actions, ids

START = "book"  # book:<offer>               the days with free slots
DAY = "bday"  # bday:<offer>:<YYYYMMDD>          the free times on one day
SLOT = "bslot"  # bslot:<offer>:<YYYYMMDDHHMM>   take this time (then the questions)
SKIP_PHONE = "bskip"
INTERPRETER = "bintp"  # bintp:yes | bintp:no
CONFIRM = "bok"
STOP = "bstop"  # leave the booking without booking
MINE = "appts"  # the person's appointments (also the menu's "My appointments")
CANCEL = "bcancel"  # bcancel:<id> asks, bcancel:<id>:yes cancels
MOVE = "bmove"  # bmove:<id> picks a new day, bmove:<id>:<YYYYMMDDHHMM> a new time

YES, NO = "yes", "no"
_MINUTE = "%Y%m%d%H%M"
_DAY = "%Y%m%d"


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(_MINUTE)


def parse_stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, _MINUTE).replace(tzinfo=UTC)
    except ValueError:
        return None


def parse_day(text: str) -> date | None:
    try:
        return datetime.strptime(text, _DAY).date()
    except ValueError:
        return None


parse_id = ids.parse_id


def day(offer_id: str, on: date) -> str:
    return actions.action(DAY, f"{offer_id}:{on.strftime(_DAY)}")


def slot(offer_id: str, start: datetime) -> str:
    return actions.action(SLOT, f"{offer_id}:{stamp(start)}")


def move(booking_id: int, start: datetime | None = None) -> str:
    return actions.action(
        MOVE, str(booking_id) if start is None else f"{booking_id}:{stamp(start)}"
    )


def cancel(booking_id: int, confirmed: bool = False) -> str:
    return actions.action(CANCEL, f"{booking_id}:{YES}" if confirmed else str(booking_id))
