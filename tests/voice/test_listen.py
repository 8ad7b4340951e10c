"""🔊 Listen: offer cards, FAQ answers and voice messages as voice notes, a mediator's recording
first, synthesised speech where espeak-ng speaks the language well enough."""

from __future__ import annotations

import shutil
import subprocess
import wave
from array import array
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.messages import ChatId, Inbound, InboundKind, Reply, UserId
from bot.staff.reload import CatalogueReloader
from bot.voice.ogg import read_opus
from bot.voice.script import offer_script
from bot.voice.synth import tools_installed
from tests.support.conversation import Chat
from tests.support.ogg_files import opus_file
from tests.support.staff import STAFF_GROUP, STAFF_MEMBER, TELEGRAM, StaffSetup, staff_core

needs_espeak = pytest.mark.skipif(
    not tools_installed(),
    reason="espeak-ng and opusenc are not installed (apt-get install espeak-ng opus-tools;"
    " .ci/run installs them)",
)


@pytest.fixture
async def setup(database_url: str, tmp_path: Path) -> AsyncIterator[StaffSetup]:
    async with staff_core(database_url, tmp_path) as running:
        yield running


@pytest.fixture
async def without_synthesis(database_url: str, tmp_path: Path) -> AsyncIterator[StaffSetup]:
    """espeak-ng switched off (``VOICE_LANGUAGES=off``): only recordings can be heard."""
    async with staff_core(database_url, tmp_path, voice_languages=()) as running:
        yield running


def audio_of(replies: list[Reply]) -> list[Reply]:
    return [reply for reply in replies if reply.audio is not None]


def bytes_of(reply: Reply) -> bytes:
    assert reply.audio is not None
    if reply.audio.path is not None:
        return reply.audio.path.read_bytes()
    assert reply.audio.data is not None
    return reply.audio.data


async def record(setup: StaffSetup, data: bytes, command: str) -> str:
    """A mediator sends a voice note to the staff group and answers it with ``command``."""
    reference = f"voice-{len(setup.channel.files) + 1}"
    setup.channel.files[reference] = data
    inbound = Inbound(
        TELEGRAM,
        ChatId(STAFF_GROUP),
        InboundKind.TEXT,
        text=command,
        sender_id=UserId(STAFF_MEMBER),
        reply_to_media=reference,
    )
    return "\n".join(r.text for r in await setup.core.handle(inbound) if r.text)


async def german_card(setup: StaffSetup, chat_id: str = "p1") -> Chat:
    chat = await setup.person(chat_id, "Deutsch")
    await chat.send("Deutschkurs")
    return chat


def decoded_wav(ogg: bytes, tmp_path: Path) -> tuple[float, float]:
    """Decode with opusdec: the length in seconds and the loudness (RMS) of the samples."""
    source, target = tmp_path / "in.ogg", tmp_path / "out.wav"
    source.write_bytes(ogg)
    subprocess.run(["opusdec", "--quiet", str(source), str(target)], check=True)
    with wave.open(str(target)) as decoded:
        frames = decoded.getnframes()
        rate = decoded.getframerate()
        samples = array("h", decoded.readframes(frames))
    rms = (sum(s * s for s in samples) / max(1, len(samples))) ** 0.5
    return frames / rate, rms


@needs_espeak
async def test_the_card_button_sends_a_voice_note_that_decodes_to_speech(
    setup: StaffSetup, tmp_path: Path
) -> None:
    chat = await german_card(setup)
    assert chat.labels[-1] == "🔊 Anhören", "the Listen button comes last, under the thumb"
    await chat.tap("Anhören")
    [voice] = audio_of(chat.replies)
    assert voice.audio is not None and voice.audio.mime_type == "audio/ogg"
    data = bytes_of(voice)
    info = read_opus(data)
    assert 15 < info.seconds < 180, "the whole card, spoken at a learner's pace"
    if shutil.which("opusdec"):
        seconds, loudness = decoded_wav(data, tmp_path)
        assert abs(seconds - info.seconds) < 0.5
        assert loudness > 300, "speech, not silence"
    assert "Immer als Sprachnachricht" in chat.labels[0]


@needs_espeak
async def test_a_card_is_synthesised_once_and_then_served_from_the_cache(
    setup: StaffSetup,
) -> None:
    chat = await german_card(setup)
    await chat.tap("Anhören")
    [first] = audio_of(chat.replies)
    other = await german_card(setup, "p2")
    await other.tap("Anhören")
    [second] = audio_of(other.replies)
    assert first.audio is not None and second.audio is not None
    assert first.audio.path == second.audio.path
    cache = list((setup.content.parent / "voice-cache").glob("de-*.ogg"))
    assert len(cache) == 1, "one file for the one card text"


@needs_espeak
def test_the_spoken_card_says_times_in_words_not_digits(setup: StaffSetup) -> None:
    core = setup.core
    offer = core.dialogue.catalogue.current.catalogue.offer("german-course")
    assert offer is not None
    said = offer_script(core.texts.translator("de"), offer, core.dialogue.clock())
    assert "von zehn bis zwölf Uhr" in said
    assert "10:00" not in said and "📚" not in said


async def test_a_recording_beats_synthesis(setup: StaffSetup) -> None:
    answer = await record(setup, opus_file(12.0), "/audio german-course de")
    assert "✅" in answer, answer
    chat = await german_card(setup)
    await chat.tap("Anhören")
    [voice] = audio_of(chat.replies)
    assert voice.audio is not None and voice.audio.path is not None
    assert voice.audio.path == setup.content / "voice" / "german-course.de.ogg"
    assert read_opus(bytes_of(voice)).seconds == pytest.approx(12.0, abs=0.05)


async def test_romani_is_heard_only_in_a_mediators_voice(without_synthesis: StaffSetup) -> None:
    setup = without_synthesis
    chat = await setup.person("p1", "Romanes")
    await chat.press("offer:german-course")
    assert not any("🔊" in label for label in chat.labels), "no voice yet: no button"

    answer = await record(setup, opus_file(30.0), "/audio german-course rom")
    assert "✅" in answer, answer
    await chat.press("offer:german-course")
    assert chat.labels[-1].startswith("🔊")
    await chat.press(chat.buttons[-1].action)
    [voice] = audio_of(chat.replies)
    assert voice.audio is not None and voice.audio.path is not None
    assert voice.audio.path.name == "german-course.rom.ogg"


async def test_a_changed_offer_flags_its_recording_and_it_still_plays(
    without_synthesis: StaffSetup,
) -> None:
    setup = without_synthesis
    await record(setup, opus_file(20.0), "/audio german-course de")
    assert "german-course de: ✅ aktuell" in await setup.staff("/audio")

    setup.edit(
        "offers.yaml",
        'de: "Deutsch lernen in einer kleinen Gruppe."',
        'de: "Deutsch lernen in einer kleinen Gruppe, jetzt auch abends."',
    )
    reloader = setup.core.part(CatalogueReloader)
    assert reloader is not None
    await reloader.reload()
    await setup.channel.staff_hears("⚠️ Aufnahme veraltet: german-course de")
    overview = await setup.staff("/audio")
    assert "german-course de: ⚠️ veraltet" in overview
    assert "german-course rom:" not in overview

    chat = await german_card(setup)
    await chat.tap("Anhören")
    [voice] = audio_of(chat.replies)
    assert voice.audio is not None and voice.audio.path is not None
    assert voice.audio.path.name == "german-course.de.ogg", "played until it is replaced"

    await record(setup, opus_file(21.0), "/audio german-course de")
    assert "german-course de: ✅ aktuell" in await setup.staff("/audio")


async def test_staff_hear_why_a_recording_was_not_stored(setup: StaffSetup) -> None:
    assert "Zu kurz" in await record(setup, opus_file(0.5), "/audio german-course de")
    assert "Keine Sprachnachricht (OGG/Opus)" in await record(
        setup, b"ID3\x03" + bytes(2000), "/audio german-course de"
    )
    assert "Kein Angebot" in await record(setup, opus_file(5.0), "/audio deutsch de")
    assert "Unbekannte Sprache" in await record(setup, opus_file(5.0), "/audio german-course xx")
    without_reply = await setup.staff("/audio german-course de")
    assert "Keine Sprachnachricht gefunden" in without_reply
    assert not (setup.content / "voice" / "german-course.de.ogg").exists()
    assert "noch keine" in await setup.staff("/audio")


async def test_without_a_voice_there_is_no_listen_button(without_synthesis: StaffSetup) -> None:
    chat = await german_card(without_synthesis)
    assert not any("🔊" in label for label in chat.labels)
    replies = await chat.send_media(InboundKind.VOICE, "their-voice-note")
    assert audio_of(replies) == [], "nothing to say it with: the text answer alone"
    assert without_synthesis.channel.files == {}, "a person's voice note is never fetched"


@needs_espeak
async def test_a_voice_message_gets_a_short_voice_answer_and_a_person_in_one_tap(
    setup: StaffSetup,
) -> None:
    chat = await setup.person("p1", "Română")
    replies = await chat.send_media(InboundKind.VOICE, "their-voice-note")
    assert "Nu pot asculta mesaje vocale" in chat.text
    [voice] = audio_of(replies)
    assert 2 < read_opus(bytes_of(voice)).seconds < 20, "short"
    person = chat.button("🙋")
    assert person.action == "human"
    assert "their-voice-note" not in setup.channel.files, "their voice note is not downloaded"


@needs_espeak
async def test_always_send_voice_is_a_setting_people_see_and_can_undo(setup: StaffSetup) -> None:
    chat = await german_card(setup)
    await chat.tap("Anhören")
    await chat.tap("Immer als Sprachnachricht")
    assert "auch als Sprachnachricht" in chat.text

    await chat.send("Deutschkurs")
    assert len(audio_of(chat.replies)) == 1, "the card comes with its voice note"
    assert not any("Anhören" in label for label in chat.labels)
    await chat.send("/privacy")
    assert "Sprachnachrichten: immer mitschicken" in chat.text

    await chat.send("Deutschkurs")
    await chat.tap("Wieder nur Text")
    await chat.send("Deutschkurs")
    assert audio_of(chat.replies) == []
    assert chat.labels[-1] == "🔊 Anhören"
    await chat.send("/privacy")
    assert "Sprachnachrichten" not in chat.text


@needs_espeak
async def test_languages_espeak_speaks_poorly_are_not_offered(setup: StaffSetup) -> None:
    for label in ("العربية", "فارسی"):
        chat = await setup.person(f"p-{label}", label)
        await chat.press("offer:german-course")
        assert not any("🔊" in button for button in chat.labels), label
    chat = await setup.person("p-tr", "Türkçe")
    await chat.press("offer:german-course")
    assert chat.labels[-1].startswith("🔊")


@needs_espeak
async def test_an_old_listen_button_for_a_removed_offer_answers_politely(
    setup: StaffSetup,
) -> None:
    chat = await setup.person("p1", "Deutsch")
    await chat.press("listen:offer:no-such-offer")
    assert audio_of(chat.replies) == []
    assert "noch nicht vorlesen" in chat.text


@needs_espeak
async def test_an_faq_answer_can_be_listened_to(setup: StaffSetup) -> None:
    chat = await setup.person("p1", "Deutsch")
    await chat.send("Welche Papiere brauche ich?")
    assert "keine Papiere" in chat.text
    await chat.tap("Anhören")
    [voice] = audio_of(chat.replies)
    assert 5 < read_opus(bytes_of(voice)).seconds < 60


@needs_espeak
async def test_a_booking_is_read_out_without_the_name_and_not_kept_in_the_cache(
    setup: StaffSetup, tmp_path: Path
) -> None:
    from tests.booking.conftest import book_office_hours

    chat = await setup.person("p1", "Deutsch")
    office = setup.core.dialogue.catalogue.current.catalogue.offer("office-hours")
    assert office is not None
    first = office.next_occurrences(setup.core.dialogue.clock(), 1)[0]
    t = setup.core.texts.translator("de")
    day, time_label = t.local(first.start).date(), t.clock(first.start)
    await book_office_hours(chat, setup.core, "de", day, time_label, "Zamfira")
    assert chat.labels[-1] == "🔊 Anhören"
    await chat.tap("Anhören")
    [voice] = audio_of(chat.replies)
    assert voice.audio is not None and voice.audio.path is None, "sent as bytes"
    assert read_opus(bytes_of(voice)).seconds > 5
    cached = list((tmp_path / "voice-cache").glob("*.ogg"))
    assert cached == [], "a person's appointment is not left in the shared cache"


@needs_espeak
async def test_a_reminder_carries_the_listen_button_and_reads_the_appointment(
    setup: StaffSetup,
) -> None:
    from datetime import date

    from bot.booking.reminders import ReminderDelivery
    from tests.booking.conftest import berlin, book_office_hours

    chat = await setup.person("p1", "Deutsch")
    await book_office_hours(chat, setup.core, "de", date(2026, 12, 3), "14:20", "Zamfira")
    reminders = setup.core.part(ReminderDelivery)
    assert reminders is not None
    await reminders.tick(berlin(2026, 12, 2, 14, 20))  # a day before
    [reminder] = [replies for to, replies in setup.channel.sent if to == "p1"]
    listen = [b for reply in reminder for b in reply.all_buttons if b.label == "🔊 Anhören"]
    assert [b.action.split(":")[1] for b in listen] == ["reminder"]

    await chat.press(listen[0].action)
    [voice] = audio_of(chat.replies)
    assert read_opus(bytes_of(voice)).seconds > 5

    stranger = await setup.person("p2", "Deutsch")
    await stranger.press(listen[0].action)
    assert audio_of(stranger.replies) == [], "nobody hears someone else's appointment"
