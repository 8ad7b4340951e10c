"""Booking in a running core: the conversation, the staff commands and the reminder loop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from bot.background import running_jobs
from bot.booking.flow import BookingFlow
from bot.booking.forget import ForgetBookings
from bot.booking.reminders import ReminderDelivery
from bot.booking.staff import StaffBookings

if TYPE_CHECKING:
    from bot.app import CoreApp


def reminder_delivery(core: CoreApp) -> ReminderDelivery:
    """Delivery over the core's senders; tests make one to tick with their own clock."""
    return ReminderDelivery(
        database=core.database,
        catalogue=core.dialogue.catalogue,
        texts=core.texts,
        senders=core.senders,
        default_language=core.settings.default_language,
    )


@asynccontextmanager
async def running(core: CoreApp) -> AsyncIterator[ReminderDelivery]:
    """Register the flow and staff commands; remind in the background until the core closes."""
    delivery = reminder_delivery(core)
    BookingFlow(core.dialogue.languages).register(core.dialogue)
    forget = ForgetBookings(core.dialogue.catalogue, core.texts.translator("de"), core.notify_staff)
    core.dialogue.eraser.add(forget.erase)
    StaffBookings(core, delivery).register(core.desk)
    tick = core.settings.reminder_tick_seconds
    heartbeat = core.loops.heartbeat("booking reminders", every=tick)
    rounds = delivery.run(core.dialogue.clock, tick, on_round=heartbeat.beat)
    async with running_jobs({"booking reminders": rounds}):
        yield delivery
