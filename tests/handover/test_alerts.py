"""Nobody left waiting: a case nobody takes calls its language's mediators again after
HANDOVER_ALERT_MINUTES of their working time, then everyone; a new shift sees who wrote while
nobody was there. The test team: Ivan (bg) Mondays 08-18, Maria (ro) Tuesdays 10-14, Jonas
(de, en) Wednesdays 09-12, Berlin time; the clock starts Monday 09:00 and moves by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import CoreApp
from bot.core import FeatureContext, StaffNotices
from bot.handover.alerts import WaitingAlerts
from bot.handover.relay import RelayDelivery
from bot.handover.team import LiveTeam
from tests.support.conversation import FixedClock
from tests.support.handover import (
    MEDIATORS,
    STAFF_CHAT,
    Person,
    RecordingChannel,
    connect,
    deliver_all,
    handover_core,
    staff_says,
    staff_taps,
)

IVAN, MARIA, JONAS = MEDIATORS["bg"], MEDIATORS["ro"], MEDIATORS["any"]
AFTER = timedelta(minutes=15)


def alerts_of(core: CoreApp) -> WaitingAlerts:
    return WaitingAlerts(FeatureContext(core, background=False), team_of(core), AFTER)


async def alerts_in_general_chat(core: CoreApp, group: RecordingChannel) -> list[str]:
    """Send the due staff notices (durable jobs) and return what reached the general chat."""
    while await core.job_runner.tick(StaffNotices.kind):
        pass
    return [entry.text for entry in group.to_chat(STAFF_CHAT)]


def mentioned(group: RecordingChannel, index: int) -> list[str]:
    reply = group.to_chat(STAFF_CHAT)[index].reply
    assert reply is not None
    return [mention.user_id for mention in reply.mentions]


async def asks(core: CoreApp, relay: RelayDelivery, chat: str, language: str) -> Person:
    person = Person(core, chat)
    await person.onboard(language)
    await person.ask_for_a_person()
    await deliver_all(relay)
    return person


async def test_an_untaken_case_calls_its_language_again_then_everyone_and_never_twice(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock()
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        _, group = connect(core)
        await asks(core, relay, "5001", "Български")  # Ivan is at work
        alerts = alerts_of(core)

        clock.now += timedelta(minutes=14)
        await alerts.tick()
        assert await alerts_in_general_chat(core, group) == [], "not yet: 14 minutes"

        clock.now += timedelta(minutes=1)
        await alerts.tick()
        await alerts.tick()  # the next round finds the same case: no second alert
        (first,) = await alerts_in_general_chat(core, group)
        assert first.startswith("⏰ Noch niemand hat geantwortet (15 Min. in der Arbeitszeit)")
        assert "🇧🇬 bg · Telegram · wartet seit 15 Min." in first
        assert mentioned(group, 0) == [IVAN], "the Bulgarian speaker is called again"
        reply = group.to_chat(STAFF_CHAT)[0].reply
        assert reply is not None and reply.all_buttons[0].action.startswith("htake:")

        clock.now += timedelta(minutes=15)
        await alerts.tick()
        texts = await alerts_in_general_chat(core, group)
        assert len(texts) == 2 and texts[1].startswith("⏰⏰ Noch niemand hat geantwortet (30 Min.")
        assert "Bitte an alle" in texts[1]
        assert sorted(mentioned(group, 1)) == sorted([IVAN, MARIA, JONAS]), "then everyone"

        # Taking it from the alert's button ends the calling.
        await core.handle(staff_taps(reply.all_buttons[0].action, IVAN, None))
        clock.now += timedelta(hours=2)
        await alerts.tick()
        assert len(await alerts_in_general_chat(core, group)) == 2


async def test_alerts_decided_before_a_restart_go_out_once_after_it(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock()
    content = tmp_path / "content"
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        connect(core)
        await asks(core, relay, "5002", "Български")
        clock.now += timedelta(minutes=20)
        assert await alerts_of(core).tick() == 1
        # The process stops before the staff chat had the alert.

    async with handover_core(database_url, tmp_path, clock=clock, content_dir=content) as (
        core,
        _,
    ):
        _, group = connect(core)
        await WaitingAlerts(
            FeatureContext(core, background=False), team_of(core), AFTER
        ).tick()  # the same, again
        texts = await alerts_in_general_chat(core, group)
        assert len(texts) == 1 and texts[0].startswith("⏰ Noch niemand"), texts


async def test_out_of_hours_the_first_shift_sees_who_waits_and_then_their_language_is_called(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock(datetime(2026, 11, 30, 20, 0, tzinfo=UTC))  # Monday 21:00 in Berlin
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        _, group = connect(core)
        person = await asks(core, relay, "5003", "Română")
        ro = core.texts.translator("ro")
        promise = ro._(
            "Our team is not at work right now. A person will answer you here on {when}."
        )
        tuesday_ten = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
        assert promise.format(when=ro.when(tuesday_ten)) in person.text, "told when, honestly"
        alerts = alerts_of(core)

        clock.now += timedelta(hours=12)  # Tuesday 09:00: nobody is at work yet
        await alerts.tick()
        assert await alerts_in_general_chat(core, group) == [], "the night does not count"

        clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # Tuesday 10:00: Maria starts
        await alerts.tick()
        (shift,) = await alerts_in_general_chat(core, group)
        assert shift.startswith("☀️ Arbeitsbeginn: 1 Person hat außerhalb der Arbeitszeit")
        assert "🇷🇴 ro · Telegram · wartet seit 13 Std." in shift
        assert mentioned(group, 0) == [MARIA], "those at work now see the list"

        clock.now += AFTER
        await alerts.tick()
        texts = await alerts_in_general_chat(core, group)
        assert len(texts) == 2 and "(15 Min. in der Arbeitszeit)" in texts[1]
        assert mentioned(group, 1) == [MARIA]


async def test_queue_shows_how_long_each_person_waits_and_who_answered_how_fast(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock()
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        connect(core)
        await asks(core, relay, "5004", "Български")
        clock.now += timedelta(minutes=5)
        await asks(core, relay, "5005", "Română")
        clock.now += timedelta(minutes=40)
        queue = (await core.handle(staff_says("/queue", IVAN, None)))[0].text
        lines = queue.splitlines()[1:]
        assert "wartet seit 45 Min." in lines[0] and "frei" in lines[0], queue
        assert "wartet seit 40 Min." in lines[1], queue


def team_of(core: CoreApp) -> LiveTeam:
    team = core.part(LiveTeam)
    assert team is not None
    return team
