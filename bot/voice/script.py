"""What a voice note says: the same content as the written answer, made for the ear.

No emoji, no links, no "•", and every time of day as words ("von zehn bis zwölf Uhr"), so a
synthesiser reads nothing literally. The labels are the UI's own translated texts.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from bot.catalogue.model import FaqEntry, Offer
from bot.dialogue.views import NEXT_DATES_SHOWN
from bot.i18n.translator import Translator
from bot.storage.models import Booking
from bot.voice.spoken_time import SPOKEN_TIME, speak_times

_LINK = re.compile(r"https?://\S+|www\.\S+")
_SPACES = re.compile(r"[ \t]+")


def for_the_ear(language: str, text: str) -> str:
    """``text`` without what cannot be spoken (emoji, links, bullets, direction marks), with
    times as words in ``language``."""
    text = _LINK.sub("", text)
    kept = "".join(
        char
        for char in text
        if unicodedata.category(char) not in {"So", "Sk", "Cf", "Cs", "Co"}
        and char not in "•·*_#\ufe0f"
    )
    if language in SPOKEN_TIME:
        kept = speak_times(language, kept)
    lines = [_SPACES.sub(" ", line).strip(" ,") for line in kept.splitlines()]
    # Each line ends as a sentence: the voice pauses there instead of running on.
    return "\n".join(
        line if line.endswith((".", "!", "?", ":", "؟", "。")) else f"{line}."
        for line in lines
        if line
    )


def spoken_when(t: Translator, start: datetime, end: datetime | None) -> str:
    """ "Dienstag, 9. Dezember, von zehn bis zwölf Uhr"."""
    local_start = t.local(start).time()
    local_end = t.local(end).time() if end is not None else None
    if t.code not in SPOKEN_TIME:
        return t.when(start, end)
    return f"{t.day(start)}, {SPOKEN_TIME[t.code](local_start, local_end)}"


def offer_script(t: Translator, offer: Offer, now: datetime) -> str:
    """The offer card, to be listened to."""
    chain = t.chain
    lines = [offer.text("title", chain), offer.text("summary", chain)]
    upcoming = offer.next_occurrences(now, NEXT_DATES_SHOWN)
    if upcoming:
        lines.append(t._("Next dates:"))
        lines += [spoken_when(t, o.start, o.end) for o in upcoming]
    else:
        lines.append(t._("No dates planned right now. Ask a person."))
    lines.append(f"{offer.location.name}, {offer.location.address}")
    lines.append(t._("Cost:") + " " + offer.text("cost", chain))
    lines.append(t._("For:") + " " + offer.text("audience", chain))
    lines.append(t._("Bring:") + " " + offer.text("bring", chain))
    lines.append(offer.text("details", chain))
    if offer.example or offer.location.example:
        lines.append(t._("Example data: staff still have to confirm times and place."))
    return for_the_ear(t.code, "\n".join(lines))


def faq_script(t: Translator, entry: FaqEntry) -> str:
    lines = [entry.answer(t.chain)]
    if entry.example:
        lines.append(t._("Example answer: staff still have to confirm it."))
    return for_the_ear(t.code, "\n".join(lines))


def booking_script(t: Translator, offer: Offer, booking: Booking, *, reminder: bool) -> str:
    """A booking confirmation or reminder: what, when, where, what to bring. The name and
    phone number given while booking are left out: a voice note may be played aloud."""
    heading = (
        t._("Reminder: you have an appointment.")
        if reminder
        else t._("Your appointment is booked.")
    )
    what = offer.appointment.what(t.chain) if offer.appointment is not None else None
    lines = [
        heading,
        what or offer.text("title", t.chain),
        spoken_when(t, booking.starts_at, booking.ends_at),
        f"{offer.location.name}, {offer.location.address}",
    ]
    if offer.text("bring", t.chain):
        lines.append(t._("Bring:") + " " + offer.text("bring", t.chain))
    if reminder:
        lines.append(t._("If you cannot come, please cancel, so someone else can come."))
    return for_the_ear(t.code, "\n".join(lines))
