"""Many people, one seat: the database gives it to exactly one; everyone else hears at once."""

from __future__ import annotations

import asyncio
import time
from itertools import cycle

from bot.app import CoreApp
from bot.messages import ChannelName, ChatId, Inbound, InboundKind, Reply
from bot.storage.models import Booking, BookingBlock, BookingMessage, User
from tests.booking.conftest import berlin, count, ui
from tests.support.conversation import FixedClock, running_core

PEOPLE = 200
LAST_SEAT = berlin(2026, 11, 30, 13, 0)  # office hours: one seat per slot


async def seat_people_at_the_confirm_screen(core: CoreApp, clock: FixedClock) -> None:
    """200 Romanian speakers who chose the same time and gave their name, thumbs on "Yes"."""
    draft = {"offer_id": "office-hours", "start": LAST_SEAT.isoformat(), "misses": 0}
    async with core.database.session() as session:
        session.add_all(
            User(
                channel="console",
                external_id=f"racer-{n}",
                language="ro",
                consent_at=clock.now,
                created_at=clock.now,
                last_seen_at=clock.now,
                state="booking",
                state_data={"booking": {**draft, "first_name": f"Persoana {n}"}},
            )
            for n in range(PEOPLE)
        )


def said(replies: list[Reply], text: str) -> bool:
    return any(text in reply.text for reply in replies)


async def test_two_hundred_people_race_for_one_seat(database_url: str) -> None:
    clock = FixedClock()
    # Two cores on one database play two bot processes, each with its own connection pool.
    async with running_core(database_url, clock) as one, running_core(database_url, clock) as two:
        await seat_people_at_the_confirm_screen(one, clock)
        taps = [
            core.handle(
                Inbound(
                    ChannelName("console"), ChatId(f"racer-{n}"), InboundKind.ACTION, action="bok"
                )
            )
            for n, core in zip(range(PEOPLE), cycle([one, two]), strict=False)
        ]
        started = time.perf_counter()
        answers = await asyncio.gather(*taps)
        elapsed = time.perf_counter() - started

        booked = [
            replies
            for replies in answers
            if said(replies, ui(one, "ro", "Your appointment is booked."))
        ]
        refused = [
            replies
            for replies in answers
            if said(replies, ui(one, "ro", "Sorry, someone else was faster."))
        ]
        assert (len(booked), len(refused)) == (1, PEOPLE - 1)
        for replies in refused:
            offered = [
                b.action
                for reply in replies
                for b in reply.all_buttons
                if b.action.startswith("bslot:")
            ]
            assert offered, "each refusal offers the next free times"
            assert all(not action.endswith(":202611301200") for action in offered)
        assert await count(one, Booking) == 1
        assert await count(one, BookingMessage) == 1, (
            "one reminder (two hours before), nothing else"
        )
        assert await count(one, BookingBlock) == 0
        print(f"\n{PEOPLE} taps on one seat ({one.database.dialect}): {elapsed:.2f} s")
