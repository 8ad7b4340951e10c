"""Translation beside each message, through the real client against a fake LibreTranslate on
127.0.0.1: a Bulgarian writes, the topic gets the German under the message; a mediator writes
``/tr`` in German, the person reads Bulgarian. A slow or cut server never holds up the relay.
Monday 09:00 in Berlin; the tests move the clock and deliver outbox and jobs by hand."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import CoreApp, open_core
from bot.config import Settings
from bot.handover.relay import RelayDelivery
from bot.messages import ChannelName
from bot.storage.models import Job, RelayMessage
from bot.translation.topic import GIVE_UP_AFTER, TRANSLATE_IN, TRANSLATE_OUT
from tests.support.conversation import FixedClock
from tests.support.fake_libretranslate import FakeLibreTranslate
from tests.support.handover import (
    MEDIATORS,
    STAFF_CHAT,
    Person,
    RecordingChannel,
    connect,
    content_with_team,
    deliver_all,
    staff_says,
)

IVAN, MARIA = MEDIATORS["bg"], MEDIATORS["ro"]
API_KEY = "test-key-for-the-fake-libretranslate"
HELLO_BG = "Здравейте, имам писмо от Jobcenter"
HELLO_DE = "Hallo, ich habe einen Brief vom Jobcenter"


@dataclass
class Scene:
    core: CoreApp
    relay: RelayDelivery
    fake: FakeLibreTranslate
    clock: FixedClock
    person_side: RecordingChannel
    desk: RecordingChannel

    async def translations(self) -> None:
        """Do the due translation jobs (both directions), then deliver the outbox."""
        for kind in (TRANSLATE_IN, TRANSLATE_OUT):
            while await self.core.job_runner.tick(kind):
                pass
        await deliver_all(self.relay)

    def later(self, seconds: float) -> None:
        self.clock.now += timedelta(seconds=seconds)

    def topic_texts(self, thread: str) -> list[str]:
        return [entry.text for entry in self.desk.in_topic(thread)]


@asynccontextmanager
async def scene(
    database_url: str, tmp_path: Path, *, translation: bool = True
) -> AsyncIterator[Scene]:
    async with FakeLibreTranslate(api_key=API_KEY) as fake:
        clock = FixedClock()
        settings = replace(
            Settings(),
            database_url=database_url,
            content_dir=content_with_team(tmp_path),
            staff_chat_id=STAFF_CHAT,
            watch_content=False,
            person_messages_per_minute=0,
            libretranslate_url=fake.url if translation else None,
            libretranslate_api_key=API_KEY,
        )
        async with open_core(
            settings, clock=clock, detect_languages=False, background=False
        ) as core:
            relay = core.part(RelayDelivery)
            assert relay is not None
            person_side, desk = connect(core)
            yield Scene(core, relay, fake, clock, person_side, desk)


@pytest.fixture
async def on(database_url: str, tmp_path: Path) -> AsyncIterator[Scene]:
    async with scene(database_url, tmp_path) as ready:
        yield ready


async def person_in_a_topic(
    s: Scene, language: str = "Български", chat: str = "6001"
) -> tuple[Person, str]:
    person = Person(s.core, chat, name="Ana")
    await person.onboard(language)
    await person.ask_for_a_person()
    await deliver_all(s.relay)
    (thread,) = s.desk.topics
    return person, thread


async def jobs_left(core: CoreApp) -> int:
    async with core.database.session() as session:
        return int(
            await session.scalar(
                select(func.count())
                .select_from(Job)
                .where(Job.kind.in_([TRANSLATE_IN, TRANSLATE_OUT]))
            )
            or 0
        )


async def test_a_persons_message_gets_its_german_translation_underneath(on: Scene) -> None:
    on.fake.teach(HELLO_BG, "bg", "de", HELLO_DE)
    person, thread = await person_in_a_topic(on)

    await person.send(HELLO_BG)
    await deliver_all(on.relay)
    copied = len(on.desk.in_topic(thread))
    await on.translations()

    translation = on.desk.in_topic(thread)[copied:]
    assert [entry.text for entry in translation] == [f"🌐 „{HELLO_BG}“\n🇩🇪 {HELLO_DE}"]
    (call,) = on.fake.translated()
    assert (call.source, call.target) == ("bg", "de"), "asked with the API key, bg -> de"


async def test_tr_sends_the_mediators_german_in_the_persons_language(on: Scene) -> None:
    on.fake.teach("Bitte bringen Sie den Brief mit.", "de", "bg", "Моля, донесете писмото.")
    person, thread = await person_in_a_topic(on)

    assert (
        await on.core.handle(staff_says("/tr Bitte bringen Sie den Brief mit.", IVAN, thread)) == []
    )
    await on.translations()

    to_person = [entry.text for entry in on.person_side.to_chat(person.chat_id)]
    assert "Ivan" in to_person[-2], "/tr takes the chat like writing does"
    assert to_person[-1] == "Моля, донесете писмото."
    assert "🌐 An die Person geschickt (Bulgarisch):\nМоля, донесете писмото." in on.topic_texts(
        thread
    )


async def test_a_held_server_never_holds_up_the_relay(on: Scene) -> None:
    person, thread = await person_in_a_topic(on)
    await person.send("първо съобщение")
    await deliver_all(on.relay)
    on.fake.hold()  # the server takes its time from now on

    translating = asyncio.create_task(on.core.job_runner.tick(TRANSLATE_IN))
    assert await on.fake.wait_until(lambda: on.fake.waiting == 1), "the job is waiting on it"
    await person.send("второ съобщение")
    await deliver_all(on.relay)
    copies = [entry.copied for entry in on.desk.in_topic(thread) if entry.copied]
    assert len(copies) == 2, "the second message is in the topic while the first is translated"

    on.fake.release()
    await translating
    assert any(text.startswith("🌐 „първо съобщение“") for text in on.topic_texts(thread))


async def test_a_cut_server_marks_the_translation_missing_and_tr_sends_nothing(
    on: Scene, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    person, thread = await person_in_a_topic(on)
    on.fake.down = True

    await person.send(HELLO_BG)
    await on.core.handle(staff_says("/tr Ich rufe Sie morgen an.", IVAN, thread))
    await deliver_all(on.relay)
    assert any(entry.copied for entry in on.desk.in_topic(thread)), "relayed at once"
    for _ in range(GIVE_UP_AFTER):
        await on.translations()
        on.later(60)  # past every backoff

    texts = on.topic_texts(thread)
    assert (
        f"🌐 Übersetzung fehlt: der Übersetzungsserver hat nicht geantwortet. („{HELLO_BG}“)"
        in texts
    )
    assert any(
        text.startswith("⚠️ /tr: der Übersetzungsserver hat nicht geantwortet") for text in texts
    )
    to_person = [entry.text for entry in on.person_side.to_chat(person.chat_id)]
    assert not any("morgen" in text for text in to_person), "nothing untranslated went out"
    assert on.fake.language_calls == 2 * GIVE_UP_AFTER, "each side tried, then gave up"
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Jobcenter" not in logged and "morgen" not in logged, "no message text in the log"


async def test_romani_has_no_machine_translation_and_the_topic_says_so_once(on: Scene) -> None:
    person, thread = await person_in_a_topic(on, "Romanes", chat="6002")
    await person.send("Mangav te vakerav manušesa")
    await person.send("Naisi")
    await deliver_all(on.relay)
    await on.translations()

    notes = [text for text in on.topic_texts(thread) if text.startswith("🌐")]
    assert notes == [
        "🌐 Für Romani gibt es keine maschinelle Übersetzung. Nachrichten bleiben unübersetzt. "
        "Fertige Sätze in Romani: /antwort."
    ]
    (refused,) = await on.core.handle(staff_says("/tr Hallo", MARIA, thread))
    assert "keine maschinelle Übersetzung" in refused.text and "Nichts gesendet" in refused.text
    assert on.fake.calls == [], "Romani never goes to the server"


async def test_deleting_ones_data_deletes_translations_and_waiting_jobs(on: Scene) -> None:
    person, thread = await person_in_a_topic(on)
    await person.send(HELLO_BG)
    await deliver_all(on.relay)
    await on.translations()
    assert any(text.startswith("🌐") for text in on.topic_texts(thread))
    on.fake.down = True
    await person.send("още едно")
    await deliver_all(on.relay)
    await on.translations()  # fails once: the job waits for the server
    assert await jobs_left(on.core) > 0

    await person.press("delete:yes")
    await deliver_all(on.relay)

    assert thread in on.desk.deleted, "the topic, with the translations in it, is deleted"
    assert await jobs_left(on.core) == 0
    async with on.core.database.session() as session:
        assert await session.scalar(select(func.count()).select_from(RelayMessage)) == 1, (
            "only the topic's own deletion is left"
        )


async def test_without_the_setting_nothing_changes(database_url: str, tmp_path: Path) -> None:
    async with scene(database_url, tmp_path, translation=False) as off:
        person, thread = await person_in_a_topic(off)
        await person.send(HELLO_BG)
        await deliver_all(off.relay)

        to_person = lambda: [s for s in off.person_side.sent if s.chat_id == person.chat_id]  # noqa: E731
        sent_before = len(to_person())
        (answer,) = await off.core.handle(staff_says("/tr Hallo", IVAN, thread))
        await deliver_all(off.relay)

        # A mediator who learnt /tr hears that it is not set up and that nothing went out.
        assert "keine maschinelle Übersetzung eingerichtet" in answer.text
        assert "ging nichts" in answer.text
        assert len(to_person()) == sent_before
        assert await jobs_left(off.core) == 0
        assert not any(text.startswith("🌐") for text in off.topic_texts(thread))
        assert off.fake.calls == []


async def test_the_process_with_the_staff_chat_translates_without_reaching_the_person(
    on: Scene,
) -> None:
    """A terminal mediator next to a terminal person, or WhatsApp served by another worker:
    the process that has the topic cannot send to the person, and still translates."""
    on.fake.teach(HELLO_BG, "bg", "de", HELLO_DE)
    person, thread = await person_in_a_topic(on)
    await person.send(HELLO_BG)
    await deliver_all(on.relay)
    del on.core.senders[ChannelName("telegram")]  # this process keeps only the staff chat

    await on.translations()

    assert f"🌐 „{HELLO_BG}“\n🇩🇪 {HELLO_DE}" in on.topic_texts(thread)
