"""No message lost, none twice: the relay outbox under failures, restarts and old age."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import CoreApp
from bot.handover import cases, outbox
from bot.handover.relay import RelayDelivery
from bot.messages import DeliveryRefused, InboundKind, RetryLater
from bot.storage.models import HandoverCase, RecentQuestion, RelayMessage, User
from tests.support.conversation import FixedClock
from tests.support.handover import (
    MEDIATORS,
    Person,
    RecordingChannel,
    Sent,
    connect,
    deliver_all,
    handover_core,
    staff_says,
)
from tests.support.stopping import went_round_after_a_stop

IVAN = MEDIATORS["bg"]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
async def running(
    database_url: str, tmp_path: Path, clock: FixedClock
) -> AsyncIterator[tuple[CoreApp, RelayDelivery]]:
    async with handover_core(database_url, tmp_path, clock=clock) as pair:
        yield pair


async def a_case(
    core: CoreApp, relay: RelayDelivery
) -> tuple[Person, str, RecordingChannel, RecordingChannel]:
    person_side, desk = connect(core)
    person = Person(core, "5001")
    await person.onboard("Български")
    await person.ask_for_a_person()
    await deliver_all(relay)
    (thread,) = desk.topics
    return person, thread, person_side, desk


def copied_refs(entries: list[Sent]) -> list[str]:
    return [entry.copied[1] for entry in entries if entry.copied]


async def unfinished(core: CoreApp) -> int:
    async with core.database.session() as session:
        return int(
            await session.scalar(select(func.count()).where(RelayMessage.finished_at.is_(None)))
            or 0
        )


async def test_a_failing_message_holds_back_the_ones_after_it_until_it_went(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    person, thread, _, desk = await a_case(core, relay)
    desk.failures = [ConnectionError("down"), RetryLater(30)]

    for text in ("one", "two", "three"):
        await person.send(text)
    await deliver_all(relay)
    assert copied_refs(desk.in_topic(thread)) == [], "the first failed; nothing may overtake it"

    clock.now += timedelta(seconds=1)  # the backoff after the first failure
    await deliver_all(relay)
    assert copied_refs(desk.in_topic(thread)) == [], "now the channel asked to wait 30 s"

    clock.now += timedelta(seconds=30)
    await deliver_all(relay)
    assert copied_refs(desk.in_topic(thread)) == ["5", "6", "7"]
    assert await unfinished(core) == 0


async def test_a_refused_reply_moves_on_and_tells_the_team(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    person, thread, person_side, desk = await a_case(core, relay)
    await core.handle(staff_says("/take", IVAN, thread))
    await deliver_all(relay)
    person_side.failures = [DeliveryRefused("Bad Request: message to copy not found")]

    await core.handle(staff_says("first", IVAN, thread, ref="31"))
    await core.handle(staff_says("second", IVAN, thread, ref="32"))
    await deliver_all(relay)

    assert copied_refs(person_side.to_chat(person.chat_id)) == ["32"]
    assert "konnte der Person nicht gezeigt werden" in desk.in_topic(thread)[-1].text


async def test_a_deleted_topic_is_made_again_with_the_card_and_the_case_goes_on(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    person, thread, _, desk = await a_case(core, relay)
    desk.deleted.add(thread)  # a mediator deleted it by mistake

    await person.send("are you there?")
    await deliver_all(relay)

    new_thread = next(t for t in desk.topics if t != thread)
    card, message = desk.in_topic(new_thread)
    assert "Fall #1" in card.text and message.copied is not None
    (answer,) = await core.handle(staff_says("/queue", IVAN, None))
    assert "#1" in answer.text
    assert await core.handle(staff_says("hi", IVAN, new_thread, ref="40")) == [], (
        "the new topic serves the case"
    )


async def test_a_claim_of_a_worker_that_died_runs_out_and_the_row_goes_once(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    person, thread, _, desk = await a_case(core, relay)
    await person.send("hello")
    async with core.database.session() as session:  # a worker claimed it, then crashed
        assert await outbox.claim_heads(session, clock(), relay.lease, to_staff=True, people={})

    await deliver_all(relay)
    assert copied_refs(desk.in_topic(thread)) == [], "claimed by the dead worker"

    clock.now += relay.lease + timedelta(seconds=1)
    await deliver_all(relay)
    await deliver_all(relay)
    assert copied_refs(desk.in_topic(thread)) == ["5"], "sent again, once"


async def test_a_message_taken_in_twice_is_relayed_once(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    """Telegram delivers an update again after a crash; the message keeps its id."""
    core, relay = running
    person, thread, _, desk = await a_case(core, relay)
    again = Person(core, person.chat_id, first_ref=5)  # the same message id as the first send

    await person.send_kind(InboundKind.PHOTO)
    await again.send_kind(InboundKind.PHOTO)
    await deliver_all(relay)

    assert copied_refs(desk.in_topic(thread)) == ["5"]


async def test_transcripts_closed_cases_and_old_questions_are_deleted_in_time(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    person, thread, _, _ = await a_case(core, relay)
    await person.send("my message")
    await core.handle(staff_says("/close", IVAN, thread))
    await deliver_all(relay)
    other = Person(core, "5002")
    await other.onboard("Deutsch")
    await other.send("eine Frage, die niemand versteht")

    clock.now += timedelta(days=core.settings.relay_retention_days - 1)
    await relay.purge()
    async with core.database.session() as session:
        assert await session.scalar(select(func.count()).select_from(RelayMessage))
        assert await session.scalar(select(func.count()).select_from(RecentQuestion)) == 0, (
            "a day is enough"
        )

    clock.now += timedelta(days=2)
    await relay.purge()
    async with core.database.session() as session:
        transcripts = select(func.count()).where(RelayMessage.case_id.is_not(None))
        assert await session.scalar(transcripts) == 0
        assert await session.scalar(select(func.count()).select_from(HandoverCase)) == 0


async def test_the_topic_in_the_staff_group_is_deleted_after_the_retention_time(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    """Telegram keeps the copies in a topic until the topic goes: rows alone are not enough."""
    core, relay = running
    person, thread, _, desk = await a_case(core, relay)
    await person.send("Ich heiße Zoltan Kovacs, hier ist mein Brief")
    await core.handle(staff_says("/close", IVAN, thread))
    await deliver_all(relay)

    clock.now += timedelta(days=core.settings.relay_retention_days - 1)
    await relay.purge()
    await deliver_all(relay)
    assert desk.deleted == set(), "not before the retention time"

    clock.now += timedelta(days=2)
    await relay.purge()
    await deliver_all(relay)
    assert desk.deleted == {thread}
    await person.ask_for_a_person()
    await deliver_all(relay)
    assert set(desk.topics) - desk.deleted - {thread}, "the next case opens a new topic"


async def test_a_topic_with_an_open_case_stays_until_the_case_ends(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    _, thread, _, desk = await a_case(core, relay)

    clock.now += timedelta(days=core.settings.relay_retention_days + 5)
    await relay.purge()
    await deliver_all(relay)
    assert desk.deleted == set(), "a mediator is still answering there"

    await core.handle(staff_says("/close", IVAN, thread))
    await relay.purge()
    await deliver_all(relay)
    assert desk.deleted == {thread}


async def test_without_the_right_to_make_topics_messages_wait_until_it_is_given(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    _, desk = connect(core)
    desk.failures = [DeliveryRefused("Bad Request: not enough rights to create a topic")]
    person = Person(core, "5003")
    await person.onboard("Deutsch")
    await person.ask_for_a_person()
    await person.send("hallo?")

    await deliver_all(relay)
    assert desk.topics == {} and await unfinished(core) == 2, "waiting, not lost"
    clock.now += timedelta(seconds=1)  # an admin gave the bot its rights meanwhile
    await deliver_all(relay)

    (thread,) = desk.topics
    card, message = desk.in_topic(thread)
    assert "Fall #1" in card.text and message.copied is not None


async def test_the_database_refuses_a_second_open_case_even_without_the_turn_lock(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    """Two transactions open a case for one person at once (no row lock between them)."""
    core, _ = running
    person = Person(core, "5004")
    await person.onboard("Deutsch")
    new = cases.NewCase("de", None, urgent=False)

    inserted, release = asyncio.Event(), asyncio.Event()

    async def open_in_own_transaction(*, first: bool) -> int:
        async with core.database.session() as session:
            user = await session.scalar(select(User).where(User.external_id == "5004"))
            assert user is not None
            case, _ = await cases.open_case(session, user, new, clock())
            if first:  # keep this transaction open while the second one tries
                inserted.set()
                await release.wait()
            return case.id

    first = asyncio.create_task(open_in_own_transaction(first=True))
    await inserted.wait()
    second = asyncio.create_task(open_in_own_transaction(first=False))
    # Let the second reach the unique index (PostgreSQL) or the write lock (SQLite): the
    # result is one case either way; the pause only makes the harder interleaving likely.
    await asyncio.sleep(0.2)
    release.set()

    assert await first == await second
    async with core.database.session() as session:
        assert await session.scalar(select(func.count()).select_from(HandoverCase)) == 1


@pytest.mark.parametrize("steps", range(4))
async def test_the_relay_stops_when_shut_down_just_as_a_message_is_added(
    running: tuple[CoreApp, RelayDelivery], steps: int
) -> None:
    """The shutdown cancels the relay loop and waits for it: woken by a new message at that
    moment (``steps`` event-loop steps before the stop), the relay ends all the same and does
    no further round (with ``asyncio.wait_for`` on Python 3.11 it went on, and the shutdown
    waited forever)."""
    _, relay = running

    lost = await went_round_after_a_stop(relay.run, relay.box.added.set, steps=steps)

    assert not lost, "the relay went on after it was stopped"
