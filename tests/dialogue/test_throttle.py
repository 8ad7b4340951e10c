"""One person flooding the bot is slowed down; everyone else is answered as usual."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import func, select

from bot.app import CoreApp
from bot.config import Settings
from bot.dialogue.throttle import SWEEP_SECONDS, PersonThrottle, Verdict
from bot.storage.models import QuestionLog
from tests.support.conversation import onboarded, running_core
from tests.support.handover import (
    MEDIATORS,
    Person,
    RecordingChannel,
    connect,
    deliver_all,
    handover_core,
    staff_says,
)

PASS, NOTICE, DROP = Verdict.PASS, Verdict.NOTICE, Verdict.DROP
BURST = 9


class ManualClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def slow_down(core: CoreApp, language: str) -> str:
    return core.texts.translator(language)._(
        "Please slow down a little. Wait a moment, then send your message again."
    )


def test_a_burst_passes_then_one_notice_then_silence_until_the_bucket_refills() -> None:
    clock = ManualClock()
    throttle = PersonThrottle(per_minute=30, burst=2, clock=clock)  # one message per 2 s

    assert [throttle.take("ana") for _ in range(4)] == [PASS, PASS, NOTICE, DROP]
    assert throttle.take("bo") is PASS, "someone else has a bucket of their own"
    clock.now += 1.9
    assert throttle.take("ana") is DROP, "not yet a whole message"
    clock.now += 0.1
    assert throttle.take("ana") is PASS
    assert throttle.take("ana") is NOTICE, "over the limit again: told again"
    clock.now += 3600
    assert [throttle.take("ana") for _ in range(3)] == [PASS, PASS, NOTICE], "never above the burst"


def test_people_who_went_quiet_are_forgotten() -> None:
    clock = ManualClock()
    throttle = PersonThrottle(per_minute=60, burst=3, clock=clock)
    for person in range(100):
        throttle.take(person)

    clock.now += SWEEP_SECONDS
    throttle.take("new")

    assert len(throttle) == 1


def test_no_limit_when_switched_off_and_settings_from_the_environment() -> None:
    throttle = PersonThrottle(per_minute=0, burst=1)
    assert {throttle.take("ana") for _ in range(100)} == {PASS}

    settings = Settings.from_env({"PERSON_MESSAGES_PER_MINUTE": "10", "PERSON_MESSAGE_BURST": "4"})
    assert (settings.person_messages_per_minute, settings.person_message_burst) == (10, 4)
    assert Settings.from_env({}).person_messages_per_minute > 0, "on by default"


async def test_a_flood_is_refused_while_another_person_is_answered_meanwhile(
    tmp_path: Path,
) -> None:
    async with running_core(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}") as core:
        flooder = await onboarded(core, "Română", "flooder")
        other = await onboarded(core, "English", "other")
        # Frozen time: nothing refills, so each may send BURST messages, and no more.
        core.throttle = PersonThrottle(per_minute=6, burst=BURST, clock=ManualClock())
        journal: list[str] = []
        refused = asyncio.Event()
        other_done = asyncio.Event()

        async def flood() -> None:
            while True:  # until the other person is done (bounded by the wait_for below)
                replies = await flooder.send("atelier de cusut")
                if not replies:
                    journal.append("flood dropped")
                    refused.set()
                elif slow_down(core, "ro") in flooder.text:
                    journal.append("flood notice")
                else:
                    journal.append("flood answered")
                if other_done.is_set() and journal[-1] == "flood dropped":
                    return
                await asyncio.sleep(0)  # the next message arrives from the network

        async def converse() -> None:
            await refused.wait()
            for offer in ("sewing-cafe", "german-course", "office-hours") * (BURST // 3):
                await other.press(f"offer:{offer}")
                assert other.venues, "an offer card with its map pin"
                journal.append("other answered")
            other_done.set()

        await asyncio.wait_for(asyncio.gather(flood(), converse()), timeout=60)

        assert journal[: BURST + 1] == ["flood answered"] * BURST + ["flood notice"]
        assert journal.count("flood notice") == 1 and journal.count("other answered") == BURST
        answered = [n for n, entry in enumerate(journal) if entry == "other answered"]
        first, last = answered[0], answered[-1]
        assert "flood dropped" in journal[:first] and "flood dropped" in journal[last:], (
            "the other person's answers came while the flood was still being refused"
        )
        async with core.database.session() as session:
            asked = await session.scalar(select(func.count()).select_from(QuestionLog))
        assert asked == BURST, "refused messages never reached the dialogue"


async def test_a_person_with_a_mediator_cannot_flood_the_team_and_the_team_is_never_slowed(
    tmp_path: Path,
) -> None:
    async with handover_core(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path) as (
        core,
        relay,
    ):
        person_side, desk = connect(core)
        person = Person(core, "4001")
        await person.onboard("Български")
        await person.ask_for_a_person()
        await deliver_all(relay)
        (thread,) = desk.topics
        core.throttle = PersonThrottle(per_minute=6, burst=2, clock=ManualClock())

        answers = [await person.send(f"message {n}") for n in range(6)]
        await deliver_all(relay)

        assert [len(replies) for replies in answers[2:]] == [1, 0, 0, 0]
        assert answers[2][0].text.endswith(slow_down(core, "bg"))
        copied = [entry.copied for entry in desk.in_topic(thread) if entry.copied]
        assert len(copied) == 2, "only what was taken in reaches the team, once"
        assert not _notices_to(person_side, person.chat_id), "the notice is the reply, not relayed"

        await core.handle(staff_says("/take", MEDIATORS["bg"], thread))
        for n in range(6):
            await core.handle(staff_says(f"answer {n}", MEDIATORS["bg"], thread, ref=str(90 + n)))
        await deliver_all(relay)
        copies = [entry for entry in person_side.to_chat(person.chat_id) if entry.copied]
        assert len(copies) == 6, "the staff chat has no limit"


def _notices_to(channel: RecordingChannel, chat_id: str) -> list[str]:
    return [entry.text for entry in channel.to_chat(chat_id) if "⏳" in entry.text]
