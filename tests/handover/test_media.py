# People write in Cyrillic; look-alike letters are the point here:
"""Files between channels, through the core (no network): a WhatsApp person's photo shows as a
photo in the Telegram topic, a mediator's photo reaches a WhatsApp person as a picture. A file
too large, or lost, leaves a note for the team and a word for the person; the queue moves on."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import CoreApp
from bot.channels.console import CHANNEL as CONSOLE
from bot.channels.console import ConsoleSession
from bot.handover import views
from bot.handover.carry import FILE_ATTEMPTS
from bot.handover.relay import RelayDelivery
from bot.handover.views import MEDIATOR_REPLY
from bot.i18n.translator import Translator
from bot.jobs import MAX_BACKOFF
from bot.messages import PURPOSE, ChannelName, FileUnavailable, InboundKind, Reply
from tests.support.conversation import Chat, FixedClock
from tests.support.handover import (
    MEDIATORS,
    Person,
    RecordingChannel,
    connect,
    deliver_all,
    handover_core,
    staff_says,
)

IVAN = MEDIATORS["bg"]
JPEG = b"\xff\xd8\xff\xe0" + b"a photo" * 20
PNG = b"\x89PNG\r\n\x1a\n" + b"a picture" * 20
OGG = b"OggS" + b"a voice" * 20
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"a video" * 20
PDF = b"%PDF-1.7\n" + b"a letter" * 20


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
async def running(
    database_url: str, tmp_path: Path, clock: FixedClock
) -> AsyncIterator[tuple[CoreApp, RelayDelivery]]:
    async with handover_core(database_url, tmp_path, clock=clock) as pair:
        yield pair


class Sides:
    """A Bulgarian on WhatsApp with an open case; the team in a Telegram topic."""

    def __init__(self, core: CoreApp, person: Chat, phone: RecordingChannel) -> None:
        self.core, self.person, self.phone = core, person, phone
        self.desk, self.thread = RecordingChannel(), ""

    async def person_sends(
        self, kind: InboundKind, data: bytes, caption: str | None = None
    ) -> None:
        ref = f"wa-media-{len(self.phone.files) + 1}"
        self.phone.files[ref] = data
        assert await self.person.send_media(kind, ref, caption) == []

    async def mediator_sends(self, kind: InboundKind, data: bytes, caption: str = "") -> None:
        ref = f"tg-file-{len(self.desk.files) + 1}"
        self.desk.files[ref] = data
        message = str(80 + len(self.desk.files))
        inbound = staff_says(caption, IVAN, self.thread, ref=message, kind=kind, media_ref=ref)
        assert await self.core.handle(inbound) == []

    def in_topic(self) -> list[Reply]:
        return [entry.reply for entry in self.desk.in_topic(self.thread) if entry.reply]

    def to_person(self) -> list[Reply]:
        return [entry.reply for entry in self.phone.to_chat(self.person.chat_id) if entry.reply]


async def whatsapp_case(core: CoreApp, relay: RelayDelivery) -> Sides:
    phone = RecordingChannel()
    core.register_sender(ChannelName("whatsapp"), phone)
    person = Chat(core, "359888000111", channel="whatsapp")
    sides = Sides(core, person, phone)
    sides.desk = connect(core)[1]
    core.register_sender(ChannelName("telegram"), sides.desk)  # mediators' files come from here
    await person.send("/start")
    await person.tap("Български")
    await person.press("consent:yes")
    await person.press("human")
    await deliver_all(relay)
    (sides.thread,) = sides.desk.topics
    return sides


def bulgarian(core: CoreApp) -> Translator:
    return core.texts.translator("bg")


async def test_a_whatsapp_persons_files_show_as_files_in_the_telegram_topic(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    sides = await whatsapp_case(core, relay)

    await sides.person_sends(InboundKind.PHOTO, JPEG, "писмото")
    await sides.person_sends(InboundKind.VOICE, OGG)
    await sides.person_sends(InboundKind.VIDEO, MP4)
    await sides.person_sends(InboundKind.DOCUMENT, PDF)
    await deliver_all(relay)

    photo, voice, video, letter = sides.in_topic()[1:]
    assert photo.image is not None and photo.image.data == JPEG and photo.text == "писмото"
    assert (photo.image.filename, photo.image.mime_type) == ("photo.jpg", "image/jpeg")
    assert (
        voice.audio is not None and voice.audio.filename == "voice.ogg" and voice.audio.data == OGG
    )
    assert video.document is not None and video.document.mime_type == "video/mp4"
    assert letter.document is not None and letter.document.filename == "file.pdf"


async def test_a_mediators_photo_reaches_a_whatsapp_person_as_a_picture(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    sides = await whatsapp_case(core, relay)

    await sides.mediator_sends(InboundKind.PHOTO, PNG, "Това е формулярът")
    await deliver_all(relay)

    joined, picture = sides.to_person()
    assert "Ivan" in joined.text
    assert picture.image is not None and picture.image.data == PNG
    assert (picture.image.filename, picture.image.mime_type) == ("photo.png", "image/png")
    assert picture.text == "Това е формулярът"
    assert picture.extras[PURPOSE] == MEDIATOR_REPLY, "WhatsApp picks its template by this"


async def test_a_photo_too_large_as_a_picture_goes_as_a_document(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    sides = await whatsapp_case(core, relay)
    sides.desk.limits = {"image": len(JPEG) - 1}  # Telegram: photos up to 10 MB, files 50 MB

    await sides.person_sends(InboundKind.PHOTO, JPEG)
    await deliver_all(relay)

    (sent,) = sides.in_topic()[1:]
    assert sent.image is None and sent.document is not None and sent.document.data == JPEG


async def test_a_file_too_large_for_the_topic_leaves_a_note_and_the_person_is_asked_again(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    sides = await whatsapp_case(core, relay)
    sides.desk.limits = {"image": 10, "document": 10}

    await sides.person_sends(InboundKind.PHOTO, JPEG, "снимка")
    await sides.person.send("след снимката")
    await deliver_all(relay)

    note, after = sides.in_topic()[1:]
    assert "📎 [Foto] снимка" in note.text and "zu groß" in note.text
    assert after.text == "след снимката", "the queue moved on"
    (asked,) = sides.to_person()
    assert asked == views.file_not_passed_on(bulgarian(core))


async def test_a_mediators_file_too_large_for_whatsapp_is_replaced_by_a_short_text(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    sides = await whatsapp_case(core, relay)
    sides.phone.limits = {"image": 10, "document": 10}  # WhatsApp: images 5 MB, files 100 MB

    await sides.mediator_sends(InboundKind.PHOTO, JPEG)
    await deliver_all(relay)

    told = sides.to_person()[-1]
    assert told.image is None and told.document is None
    assert told == views.file_not_delivered(bulgarian(core))
    assert "zu groß für den Chat der Person" in sides.in_topic()[-1].text


async def test_a_failed_download_is_tried_again_and_the_order_holds(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    sides = await whatsapp_case(core, relay)
    sides.phone.download_failures = [ConnectionError("Meta is slow")]

    await sides.person_sends(InboundKind.PHOTO, JPEG)
    await sides.person.send("и още нещо")
    await deliver_all(relay)
    assert sides.in_topic()[1:] == [], "the photo failed; nothing may overtake it"

    clock.now += timedelta(seconds=1)
    await deliver_all(relay)
    photo, text = sides.in_topic()[1:]
    assert photo.image is not None and text.text == "и още нещо"


async def test_a_file_that_cannot_be_had_leaves_a_note_instead_of_a_stuck_queue(
    running: tuple[CoreApp, RelayDelivery], clock: FixedClock
) -> None:
    core, relay = running
    sides = await whatsapp_case(core, relay)
    sides.phone.download_failures = [ConnectionError("down")] * FILE_ATTEMPTS
    await sides.person_sends(InboundKind.VOICE, OGG)
    await sides.person_sends(InboundKind.DOCUMENT, PDF)
    sides.phone.files.clear()  # media ids Meta no longer knows: the document is gone for good

    for _ in range(FILE_ATTEMPTS):
        await deliver_all(relay)
        clock.now += MAX_BACKOFF

    voice_note, letter_note = (reply.text for reply in sides.in_topic()[1:])
    assert "📎 [Sprachnachricht]" in voice_note and "ließ sich nicht laden" in voice_note
    assert "📎 [Datei]" in letter_note and "ließ sich nicht laden" in letter_note
    assert len(sides.to_person()) == 2, "the person is asked for each file"


async def test_a_terminal_person_sees_the_files_name_and_a_note(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    core, relay = running
    _, desk = connect(core)
    screen = io.StringIO()
    person = ConsoleSession(core, screen)
    core.register_sender(CONSOLE, person)
    for line in ("/start", "Deutsch", "Ja, okay", "Mit einem Menschen sprechen"):
        if line.startswith("/"):
            await person.say(line)
        else:
            (number,) = [i for i, b in enumerate(person.buttons, start=1) if line in b.label]
            await person.say(str(number))
    await deliver_all(relay)
    (thread,) = desk.topics
    document = InboundKind.DOCUMENT

    await core.handle(staff_says("Das Formular", IVAN, thread, kind=document, media_ref="tg-1"))
    await deliver_all(relay)

    shown = screen.getvalue()
    assert "[📎 file] Das Formular" in shown
    assert core.texts.translator("de")._("(The terminal cannot show files.)") in shown


async def test_files_within_one_channel_are_copied_as_they_are(
    running: tuple[CoreApp, RelayDelivery],
) -> None:
    """Telegram to Telegram: copyMessage keeps everything, and nothing is fetched."""
    core, relay = running
    person_side, desk = connect(core)
    person = Person(core, "4711")
    await person.onboard("Deutsch")
    await person.ask_for_a_person()
    person_side.download_failures = [FileUnavailable("must not be fetched")]

    await person.send_media(InboundKind.PHOTO, "tg-photo")
    await deliver_all(relay)

    (thread,) = desk.topics
    assert desk.in_topic(thread)[-1].copied == (person.chat_id, "5")
