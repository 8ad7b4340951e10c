"""Reminders in the person's language, a day and two hours before: once, on time or not at all."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from contextlib import suppress
from datetime import date

from bot.app import CoreApp
from bot.booking.outbox import MAX_ATTEMPTS, Outcome
from bot.booking.reminders import ReminderDelivery
from bot.booking.setup import reminder_delivery
from bot.messages import ChannelName, ChatId, DeliveryRefused, Reply, ThreadId
from bot.storage.models import BookingMessage
from tests.booking.conftest import RecordingSender, berlin, book_office_hours
from tests.support.conversation import Chat, FixedClock, onboarded, running_core

THURSDAY_1420 = berlin(2026, 12, 3, 14, 20)
DAY_BEFORE = berlin(2026, 12, 2, 14, 20)
TWO_HOURS_BEFORE = berlin(2026, 12, 3, 12, 20)


async def book_thursday(core: CoreApp, language: str = "Română") -> Chat:
    chat = await onboarded(core, language)
    code = {"Română": "ro", "English": "en"}[language]
    await book_office_hours(chat, core, code, date(2026, 12, 3), "14:20", "Ana")
    return chat


async def test_a_day_and_two_hours_before_in_the_persons_language(
    core: CoreApp, sender: RecordingSender, delivery: ReminderDelivery
) -> None:
    await book_thursday(core)
    t = core.texts.translator("ro")
    assert await delivery.tick(berlin(2026, 12, 2, 14, 19)) == Counter()
    assert await delivery.tick(DAY_BEFORE) == Counter({Outcome.SENT: 1})
    [(chat_id, replies)] = sender.sent
    text = "\n".join(reply.text for reply in replies)
    assert chat_id == "person-1"
    assert t._("Reminder: you have an appointment.") in text
    assert t.when(THURSDAY_1420, berlin(2026, 12, 3, 14, 40)) in text
    assert [reply.venue.title for reply in replies if reply.venue] == ["Raum vor Ort"]
    assert any(t._("Cancel") in button.label for reply in replies for button in reply.all_buttons)

    assert await delivery.tick(berlin(2026, 12, 2, 15, 0)) == Counter(), "sent once"
    assert await delivery.tick(TWO_HOURS_BEFORE) == Counter({Outcome.SENT: 1})
    assert len(sender.sent) == 2


async def test_reminders_survive_a_restart_and_late_ones_are_dropped(database_url: str) -> None:
    clock = FixedClock()
    async with running_core(database_url, clock) as core:
        await book_thursday(core)
    # Down from Monday until after the day-before reminder was due: still useful, so sent.
    clock.now = berlin(2026, 12, 2, 15, 0)
    async with running_core(database_url, clock) as core:
        sender = RecordingSender()
        core.register_sender(ChannelName("console"), sender)
        assert await reminder_delivery(core).tick(clock.now) == Counter({Outcome.SENT: 1})
    # Down again past the start of the two-hours reminder's usefulness: dropped, not sent late.
    clock.now = berlin(2026, 12, 3, 13, 30)
    async with running_core(database_url, clock) as core:
        sender = RecordingSender()
        core.register_sender(ChannelName("console"), sender)
        assert await reminder_delivery(core).tick(clock.now) == Counter({Outcome.LATE: 1})
        assert sender.sent == []


async def test_no_reminder_for_a_cancelled_appointment(
    core: CoreApp, sender: RecordingSender, delivery: ReminderDelivery
) -> None:
    chat = await book_thursday(core, "English")
    await chat.press("appts")
    await chat.tap(core.texts.translator("en")._("Cancel"))
    await chat.tap(core.texts.translator("en")._("Yes, cancel"))
    assert await delivery.tick(DAY_BEFORE) == Counter({Outcome.CANCELLED: 1})
    assert await delivery.tick(TWO_HOURS_BEFORE) == Counter({Outcome.CANCELLED: 1})
    assert sender.sent == []


async def test_no_reminder_for_someone_who_blocked_the_bot(
    core: CoreApp, clock: FixedClock, sender: RecordingSender, delivery: ReminderDelivery
) -> None:
    await book_thursday(core)
    clock.now = berlin(2026, 12, 1, 10, 0)
    await core.mark_unreachable(ChannelName("console"), ChatId("person-1"))
    assert await delivery.tick(DAY_BEFORE) == Counter({Outcome.UNREACHABLE: 1})
    assert sender.sent == []


async def test_two_processes_ticking_at_once_send_each_reminder_once(database_url: str) -> None:
    clock = FixedClock()
    async with running_core(database_url, clock) as one, running_core(database_url, clock) as two:
        await book_thursday(one)
        senders = [RecordingSender(), RecordingSender()]
        one.register_sender(ChannelName("console"), senders[0])
        two.register_sender(ChannelName("console"), senders[1])
        deliveries = [reminder_delivery(one), reminder_delivery(two)] * 4
        reports = await asyncio.gather(*(delivery.tick(DAY_BEFORE) for delivery in deliveries))
        assert sum(reports, Counter()) == Counter({Outcome.SENT: 1})
        assert sum(len(sender.sent) for sender in senders) == 1


async def test_a_process_without_the_persons_channel_leaves_the_reminder_alone(
    core: CoreApp, delivery: ReminderDelivery
) -> None:
    await book_thursday(core)
    core.register_sender(
        ChannelName("telegram"), RecordingSender()
    )  # this process only speaks Telegram
    assert await delivery.tick(DAY_BEFORE) == Counter()
    telegram_and_console = RecordingSender()
    core.register_sender(ChannelName("console"), telegram_and_console)
    assert await delivery.tick(DAY_BEFORE) == Counter({Outcome.SENT: 1})


class FlakySender(RecordingSender):
    """Fails the first time, like a channel with a hiccup."""

    def __init__(self) -> None:
        super().__init__()
        self.failures = 1

    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionError("channel down")
        await super().send(chat_id, replies, thread_id=thread_id)


async def test_a_failed_send_is_tried_again_next_round(
    core: CoreApp, delivery: ReminderDelivery
) -> None:
    await book_thursday(core)
    flaky = FlakySender()
    core.register_sender(ChannelName("console"), flaky)
    assert await delivery.tick(DAY_BEFORE) == Counter()
    assert await delivery.tick(berlin(2026, 12, 2, 14, 21)) == Counter({Outcome.SENT: 1})
    assert len(flaky.sent) == 1
    async with core.database.session() as session:
        message = await session.get(BookingMessage, 1)
        assert message is not None and message.attempts == 2


async def test_the_background_loop_delivers_and_stops_cleanly(
    core: CoreApp, clock: FixedClock, delivery: ReminderDelivery
) -> None:
    await book_thursday(core)
    clock.now = DAY_BEFORE
    delivered = asyncio.Event()

    class Signalling(RecordingSender):
        async def send(
            self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
        ) -> None:
            await super().send(chat_id, replies, thread_id=thread_id)
            delivered.set()

    core.register_sender(ChannelName("console"), Signalling())
    loop = asyncio.create_task(delivery.run(clock, interval=0))
    await asyncio.wait_for(delivered.wait(), timeout=10)
    loop.cancel()
    with suppress(asyncio.CancelledError):
        await loop
    assert loop.cancelled()


class BrokenSender(RecordingSender):
    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        raise ConnectionError("channel down")


async def test_a_channel_that_keeps_failing_is_given_up_after_a_few_tries(
    core: CoreApp, delivery: ReminderDelivery
) -> None:
    await book_thursday(core)
    core.register_sender(ChannelName("console"), BrokenSender())
    for minute in range(MAX_ATTEMPTS + 2):
        await delivery.tick(berlin(2026, 12, 2, 14, 20 + minute))
    async with core.database.session() as session:
        message = await session.get(BookingMessage, 1)
        assert message is not None
        assert (message.outcome, message.attempts) == (Outcome.FAILED.value, MAX_ATTEMPTS)


class RefusingSender(RecordingSender):
    async def send(
        self, chat_id: ChatId, replies: Sequence[Reply], *, thread_id: ThreadId | None = None
    ) -> None:
        raise DeliveryRefused("chat gone")


async def test_a_message_the_channel_refuses_for_good_is_not_tried_again(
    core: CoreApp, delivery: ReminderDelivery
) -> None:
    await book_thursday(core)
    core.register_sender(ChannelName("console"), RefusingSender())
    assert await delivery.tick(DAY_BEFORE) == Counter({Outcome.FAILED: 1})
    assert await delivery.tick(berlin(2026, 12, 2, 14, 30)) == Counter()
