"""Conversations through the WhatsApp channel: lists, buttons, pins, files, pages.

Ana (a Romanian number) writes, gets the language list with Română first, chooses it,
asks about the sewing café, gets the card with a map pin, and books office hours.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import open_core
from bot.channels import whatsapp
from bot.channels.web import WebServer
from bot.config import Settings
from bot.i18n.languages import load_languages
from bot.messages import Button, ChatId, Reply
from tests.support.conversation import FixedClock
from tests.support.fake_graph_api import FakeGraphApi
from tests.support.whatsapp_scenario import audio_message, list_reply, location_message
from tests.telegram.content import offer_place, offer_title, reads_romanian
from tests.whatsapp.conftest import RunningBot, whatsapp_settings
from tests.whatsapp.journeys import book_office_hours, onboard_in_romanian


async def test_a_romanian_number_gets_the_language_list_with_romanian_first(
    bot: RunningBot,
) -> None:
    ana = bot.person()

    await ana.send("Bună")
    (picker,) = await ana.next_replies()

    assert picker.interactive["type"] == "list"
    titles = [title for title, _ in picker.choices]
    assert len(titles) == len(load_languages().codes) and "Română" in titles[0]
    assert reads_romanian(picker.visible_text)


async def test_choosing_romanian_from_the_list_asks_for_consent_with_two_buttons(
    bot: RunningBot,
) -> None:
    ana = bot.person()
    await ana.send("Bună")
    await ana.next_replies()

    await ana.tap("Română")
    (consent,) = await ana.next_replies()

    assert consent.interactive["type"] == "button"
    assert [choice for _, choice in consent.choices] == ["consent:yes", "consent:no"]
    assert reads_romanian(consent.visible_text)
    # The chat is the phone number here, and the privacy note says so honestly.
    assert (
        "WhatsApp" in consent.visible_text
        and "numărul dumneavoastră de telefon" in consent.visible_text
    )


async def test_the_menu_is_one_list_and_a_question_gets_the_card_and_a_pin(bot: RunningBot) -> None:
    ana = bot.person()
    await onboard_in_romanian(ana)

    await ana.send("atelier de cusut")
    card, pin = await ana.next_replies()

    assert offer_title("sewing-cafe", "ro") in card.visible_text
    assert ("🏠 Meniu", "menu") in card.choices
    place = offer_place("sewing-cafe")
    assert pin.body["location"] == {
        "latitude": place.latitude,
        "longitude": place.longitude,
        "name": place.name,
        "address": pin.body["location"]["address"],
    }


async def test_a_location_is_answered_with_our_places(bot: RunningBot) -> None:
    ana = bot.person()
    await onboard_in_romanian(ana)

    await ana.deliver(location_message(ana.wa_id, 51.52, 7.46))
    answer, *pins = await ana.next_replies()

    assert reads_romanian(answer.visible_text)
    assert pins and all(pin.type == "location" for pin in pins)


async def test_a_voice_note_gets_a_friendly_answer(bot: RunningBot) -> None:
    ana = bot.person()
    await onboard_in_romanian(ana)
    media_id = bot.graph.add_media(b"OggS", "audio/ogg; codecs=opus")

    await ana.deliver(audio_message(ana.wa_id, media_id))
    answer, *voice = await ana.next_replies()

    assert answer.visible_text.startswith("🎤")
    # ... and, where a voice is installed, the same as a voice note (tests/whatsapp/test_voice.py).
    assert all(call.type == "audio" for call in voice)


async def test_a_booking_ends_with_the_calendar_file_uploaded_and_sent(bot: RunningBot) -> None:
    ana = bot.person()
    await onboard_in_romanian(ana)

    await book_office_hours(ana)
    booked, pin, calendar = await ana.next_replies()

    assert booked.visible_text.startswith("✅")
    assert pin.type == "location"
    assert calendar.type == "document"
    document = calendar.body["document"]
    assert document["filename"].endswith(".ics")
    uploaded, mime_type = bot.graph.media[document["id"]]
    assert mime_type == "text/calendar" and uploaded.startswith(b"BEGIN:VCALENDAR")


async def test_more_choices_than_a_list_holds_are_shown_page_by_page(bot: RunningBot) -> None:
    ana = bot.person()
    await onboard_in_romanian(ana)
    days = [Button(f"Ziua {n}", f"day-{n}") for n in range(1, 20)] + [
        Button("🧵", "offer:sewing-cafe")
    ]

    await bot.sender.send(
        ChatId(ana.wa_id), [Reply(text="Alegeți:", buttons=tuple((day,) for day in days))]
    )
    (first,) = await ana.next_replies()
    await ana.tap("⋯")
    (second,) = await ana.next_replies()
    await ana.tap("⋯")
    (third,) = await ana.next_replies()
    await ana.tap("🧵")  # a choice on the last page reaches the core like any other
    card, _ = await ana.next_replies()

    assert [title for title, _ in first.choices][-1] == "⋯ 10–20"
    assert second.choices[0][0] == "Ziua 10"
    assert [title for title, _ in third.choices] == ["Ziua 19", "🧵"]
    assert offer_title("sewing-cafe", "ro") in card.visible_text


async def test_nobody_reads_another_persons_long_list_by_guessing_its_number(
    bot: RunningBot,
) -> None:
    """Menu numbers count up; a forged ``wa-more:<n>:1`` from another number shows nothing."""
    ana, eve = bot.person(), bot.person("Eve", wa_id="40700000666")
    await onboard_in_romanian(ana)
    await onboard_in_romanian(eve)
    private = [Button(f"Ana Popescu, termen {n}", f"day-{n}") for n in range(1, 20)]
    await bot.sender.send(ChatId(ana.wa_id), [Reply(text="Alegeți:", buttons=((*private,),))])
    (first,) = await ana.next_replies()
    more = first.choices[-1][1]
    assert more.startswith("wa-more:")

    await eve.deliver(list_reply(eve.wa_id, more, "⋯"))
    (answer,) = await eve.next_replies()

    assert "Ana Popescu" not in answer.visible_text
    assert not any("Ana Popescu" in title for title, _ in answer.choices)
    assert answer.visible_text.startswith("🔄")


async def test_a_more_row_whose_menu_is_gone_is_an_old_button(bot: RunningBot) -> None:
    ana = bot.person()
    await onboard_in_romanian(ana)

    await ana.deliver(list_reply(ana.wa_id, "wa-more:999:1", "⋯"))
    (menu,) = await ana.next_replies()

    assert menu.visible_text.startswith("🔄")


@pytest.fixture
async def bot_with_media(
    database_url: str, graph: FakeGraphApi, clock: FixedClock, tmp_path: Path
) -> AsyncIterator[RunningBot]:
    """The shipped content, plus a picture and a Romanian audio for the sewing café."""
    content = tmp_path / "content"
    shutil.copytree(Settings().content_dir, content)
    (content / "media").mkdir(exist_ok=True)
    (content / "media" / "sewing.jpg").write_bytes(b"\xff\xd8\xff picture")
    (content / "media" / "sewing-ro.ogg").write_bytes(b"OggS audio")
    offers = (content / "offers.yaml").read_text(encoding="utf-8")
    at = offers.index("  - id: sewing-cafe")
    at = offers.index("    title:", at)
    media = (
        "    media:\n      image: {de: media/sewing.jpg}\n      audio: {ro: media/sewing-ro.ogg}\n"
    )
    (content / "offers.yaml").write_text(offers[:at] + media + offers[at:], encoding="utf-8")
    settings = replace(
        Settings(),
        database_url=database_url,
        content_dir=content,
        whatsapp=whatsapp_settings(graph),
        watch_content=False,
    )
    async with open_core(settings, clock=clock, detect_languages=False) as core:
        server = WebServer("127.0.0.1", 0)
        async with (
            whatsapp.running(core, server, whatsapp.check_settings(settings)) as sender,
            server.serving(),
        ):
            yield RunningBot(core, sender, graph, clock, f"http://127.0.0.1:{server.port}/whatsapp")


async def test_catalogue_pictures_and_audio_are_uploaded_once_and_sent_by_id(
    bot_with_media: RunningBot,
) -> None:
    bot = bot_with_media
    ana = bot.person()
    await onboard_in_romanian(ana)

    await ana.send("atelier de cusut")
    picture, card, pin, audio = await ana.next_replies()
    await ana.send("atelier de cusut")
    again = await ana.next_replies()

    assert picture.type == "image" and bot.graph.media[picture.body["image"]["id"]][0].endswith(
        b"picture"
    )
    assert offer_title("sewing-cafe", "ro") in card.visible_text and pin.type == "location"
    assert audio.type == "audio" and bot.graph.media[audio.body["audio"]["id"]][0] == b"OggS audio"
    assert [call.type for call in again] == ["image", "interactive", "location", "audio"]
    assert len(bot.graph.calls_of("media")) == 2  # the same files are not uploaded twice
