"""Steps WhatsApp tests share: a person who chose Romanian, a booked appointment, the clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.support.whatsapp_scenario import WhatsAppUser

BOOKED_DAY = (
    "bday:office-hours:20261203"  # Thursday 3 December 2026 (the clock starts Monday 30 November)
)
BOOKED_SLOT = "14:00"


def set_clock(clock_file: Path, now: datetime) -> None:
    """Move the bot process's test clock (``BOT_CLOCK_FILE``): it reads the file each time."""
    clock_file.write_text(now.isoformat(), encoding="utf-8")


async def onboard_in_romanian(ana: WhatsAppUser) -> None:
    """Ana writes, chooses Română from the list and accepts the privacy note."""
    await ana.send("Bună")
    await ana.next_replies()
    await ana.tap("Română")
    await ana.next_replies()
    await ana.tap(choice_id="consent:yes")
    await ana.next_replies()


async def book_office_hours(ana: WhatsAppUser) -> None:
    """From the menu: office hours, Thursday at 14:00, her first name, confirmed."""
    await ana.tap(choice_id="offer:office-hours")
    await ana.next_replies()
    await ana.tap(choice_id="book:office-hours")
    await ana.next_replies()
    await ana.tap(choice_id=BOOKED_DAY)
    await ana.next_replies()
    await ana.tap(BOOKED_SLOT)
    await ana.next_replies()
    await ana.send("Ana")
    await ana.next_replies()
    await ana.tap(choice_id="bok")
