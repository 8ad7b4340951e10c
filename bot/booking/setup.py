"""Booking as a feature: the conversation, the staff commands and the reminder loop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from bot.background import running_jobs
from bot.booking.flow import BookingFlow
from bot.booking.forget import ForgetBookings
from bot.booking.reminders import ReminderDelivery
from bot.booking.staff import StaffBookings, coming_appointments
from bot.core import CoreApp, FeatureContext


def reminder_delivery(core: CoreApp | FeatureContext) -> ReminderDelivery:
    """Delivery over the core's senders; tests make one to tick with their own clock."""
    return ReminderDelivery(
        database=core.database,
        catalogue=core.dialogue.catalogue,
        texts=core.texts,
        senders=core.senders,
        default_language=core.settings.default_language,
    )


@asynccontextmanager
async def install(ctx: FeatureContext) -> AsyncIterator[None]:
    """Register the flow and staff commands; remind in the background until the core closes."""
    delivery = reminder_delivery(ctx)
    ctx.provide(delivery)
    BookingFlow(ctx.languages).register(ctx.dialogue)
    forget = ForgetBookings(ctx.catalogue, ctx.texts.translator("de"), ctx.notify_staff)
    ctx.dialogue.eraser.add(forget.erase)
    StaffBookings(ctx, delivery).register(ctx.desk)
    ctx.dialogue.on_person_facts(partial(coming_appointments, ctx.catalogue))
    tick = ctx.settings.reminder_tick_seconds
    heartbeat = ctx.loops.heartbeat("booking reminders", every=tick)
    rounds = delivery.run(ctx.clock, tick, on_round=heartbeat.beat)
    async with running_jobs({"booking reminders": rounds}):
        yield
