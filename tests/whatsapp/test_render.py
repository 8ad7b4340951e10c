"""Replies -> Cloud API messages: WhatsApp's limits on buttons, lists, bodies and texts."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.text_split import RIGHT_TO_LEFT_MARK
from bot.channels.whatsapp_render import (
    MAX_INTERACTIVE_BODY,
    MAX_LIST_ROW_TITLE,
    MAX_LIST_ROWS,
    MAX_REPLY_BUTTON_TITLE,
    MAX_TEXT_LENGTH,
    MediaKind,
    MediaPart,
    MenuPart,
    MessagePart,
    Part,
    list_page,
    parse_more,
    render_replies,
)
from bot.messages import Attachment, Button, Reply, Venue

PLACE = Venue("Raum vor Ort", "Oesterholzstraße 120, 44145 Dortmund", 51.527, 7.474)
ICS = Attachment("office-hours.ics", "text/calendar", data=b"BEGIN:VCALENDAR")


def buttons(count: int, label: str = "Choice") -> tuple[tuple[Button, ...], ...]:
    return tuple((Button(f"{label} {n}", f"offer:{n}"),) for n in range(1, count + 1))


def messages(parts: list[Part]) -> list[dict[str, Any]]:
    assert all(isinstance(part, MessagePart) for part in parts), parts
    return [part.message for part in parts if isinstance(part, MessagePart)]


def interactive(part: Part) -> dict[str, Any]:
    assert isinstance(part, MessagePart) and part.message["type"] == "interactive", part
    return dict(part.message["interactive"])


def test_a_plain_text_is_a_text_message() -> None:
    (message,) = messages(render_replies([Reply(text="Bună ziua!")]))

    assert message == {"type": "text", "text": {"body": "Bună ziua!", "preview_url": False}}


def test_up_to_three_short_choices_are_reply_buttons_under_their_text() -> None:
    reply = Reply(
        text="Is this OK?",
        buttons=((Button("✅ Yes, OK", "consent:yes"), Button("❌ No", "consent:no")),),
    )

    (part,) = render_replies([reply])

    shown = interactive(part)
    assert shown["type"] == "button"
    assert shown["body"] == {"text": "Is this OK?"}
    assert [b["reply"] for b in shown["action"]["buttons"]] == [
        {"id": "consent:yes", "title": "✅ Yes, OK"},
        {"id": "consent:no", "title": "❌ No"},
    ]


def test_a_title_over_twenty_characters_makes_a_list_instead() -> None:
    long_label = "🙋 Vorbiți cu o persoană"  # 24 characters
    assert len(long_label) > MAX_REPLY_BUTTON_TITLE
    reply = Reply(text="?", buttons=((Button(long_label, "human"), Button("🏠 Meniu", "menu")),))

    shown = interactive(render_replies([reply])[0])

    assert shown["type"] == "list"
    assert [row["title"] for row in shown["action"]["sections"][0]["rows"]] == [
        long_label,
        "🏠 Meniu",
    ]


@pytest.mark.parametrize("count", [4, MAX_LIST_ROWS])
def test_four_to_ten_choices_are_one_list(count: int) -> None:
    shown = interactive(render_replies([Reply(text="Menu", buttons=buttons(count))])[0])

    rows = shown["action"]["sections"][0]["rows"]
    assert [row["id"] for row in rows] == [f"offer:{n}" for n in range(1, count + 1)]
    assert shown["action"]["button"] == f"☰ 1–{count}"


def test_a_row_title_too_long_is_cut_and_shown_whole_below() -> None:
    label = "📝 Programare la consiliere pentru scrisori"
    reply = Reply(text="Menu", buttons=((Button(label, "offer:office-hours"),), *buttons(3)))

    row = interactive(render_replies([reply])[0])["action"]["sections"][0]["rows"][0]

    assert len(row["title"]) == MAX_LIST_ROW_TITLE and row["title"].endswith("…")
    assert row["description"] == label


def test_more_than_ten_choices_become_a_menu_shown_page_by_page() -> None:
    choices = buttons(25, "Day")

    (part,) = render_replies([Reply(text="Choose a day:", buttons=choices)])

    assert isinstance(part, MenuPart) and len(part.buttons) == 25
    pages = [
        list_page(part.body, part.buttons, menu_id=7, page=page)["interactive"] for page in range(3)
    ]
    rows = [[row["title"] for row in page["action"]["sections"][0]["rows"]] for page in pages]
    assert rows[0] == [f"Day {n}" for n in range(1, 10)] + ["⋯ 10–25"]
    assert rows[1] == [f"Day {n}" for n in range(10, 19)] + ["⋯ 19–25"]
    assert rows[2] == [f"Day {n}" for n in range(19, 26)]  # the last page needs no "more"
    assert [page["action"]["button"] for page in pages] == ["☰ 1–9", "☰ 10–18", "☰ 19–25"]
    assert pages[0]["action"]["sections"][0]["rows"][-1]["id"] == "wa-more:7:1"
    assert all(len(r) <= MAX_LIST_ROWS for r in rows)


def test_eleven_choices_make_two_pages_of_nine_and_two() -> None:
    first = list_page("?", [b for (b,) in buttons(11)], menu_id=1, page=0)["interactive"]
    second = list_page("?", [b for (b,) in buttons(11)], menu_id=1, page=1)["interactive"]

    assert len(first["action"]["sections"][0]["rows"]) == MAX_LIST_ROWS
    assert [row["id"] for row in second["action"]["sections"][0]["rows"]] == [
        "offer:10",
        "offer:11",
    ]


def test_the_more_row_is_read_back() -> None:
    assert parse_more("wa-more:12:3") == (12, 3)
    assert parse_more("offer:sewing-cafe") is None
    assert parse_more("wa-more:x:1") is None
    assert parse_more(None) is None


def test_a_long_text_is_split_and_its_choices_ride_on_a_short_last_part() -> None:
    paragraph = "Cuvinte multe despre curs. " * 40  # about 1080 characters
    text = "\n\n".join([paragraph] * 6)
    assert len(text) > MAX_TEXT_LENGTH

    parts = render_replies([Reply(text=text, buttons=((Button("Meniu", "menu"),),))])

    *plain, last = parts
    assert all(len(m["text"]["body"]) <= MAX_TEXT_LENGTH for m in messages(plain))
    body = interactive(last)["body"]["text"]
    assert len(body) <= MAX_INTERACTIVE_BODY
    shown = " ".join([*(m["text"]["body"] for m in messages(plain)), body])
    assert shown.split() == text.split()  # nothing lost, nothing added


def test_choices_of_a_pin_or_file_go_under_the_latest_text_of_the_answer() -> None:
    replies = [
        Reply(text="✅ Your appointment is booked."),
        Reply(venue=PLACE),
        Reply(
            document=ICS,
            buttons=((Button("📅 My appointments", "appts"), Button("🏠 Menu", "menu")),),
        ),
    ]

    text, location, document = render_replies(replies)

    assert interactive(text)["body"]["text"] == "✅ Your appointment is booked."
    assert isinstance(location, MessagePart) and location.message == {
        "type": "location",
        "location": {
            "latitude": 51.527,
            "longitude": 7.474,
            "name": PLACE.title,
            "address": PLACE.address,
        },
    }
    assert document == MediaPart(MediaKind.DOCUMENT, ICS)


def test_choices_without_any_text_get_a_neutral_body() -> None:
    (pin, choices) = render_replies([Reply(venue=PLACE, buttons=((Button("🏠 Menu", "menu"),),))])

    assert isinstance(pin, MessagePart) and pin.message["type"] == "location"
    assert interactive(choices)["body"]["text"] == "⋯"


def test_pictures_come_first_and_audio_after_the_text() -> None:
    image = Attachment("cafe.jpg", "image/jpeg", data=b"jpg")
    audio = Attachment("cafe-ro.ogg", "audio/ogg", data=b"ogg")

    parts = render_replies([Reply(text="Cafeneaua", image=image, audio=audio)])

    assert parts[0] == MediaPart(MediaKind.IMAGE, image)
    assert isinstance(parts[1], MessagePart)
    assert parts[2] == MediaPart(MediaKind.AUDIO, audio)


def test_right_to_left_texts_start_with_a_direction_mark() -> None:
    (message,) = messages(render_replies([Reply(text="Dortmund مرحبا", rtl=True)]))

    assert message["text"]["body"] == RIGHT_TO_LEFT_MARK + "Dortmund مرحبا"


def test_two_choices_with_one_id_are_shown_once() -> None:
    reply = Reply(text="?", buttons=((Button("Menu", "menu"),), (Button("Back to menu", "menu"),)))

    shown = interactive(render_replies([reply])[0])

    assert [b["reply"]["id"] for b in shown["action"]["buttons"]] == ["menu"]


def test_an_empty_reply_sends_nothing() -> None:
    assert render_replies([Reply()]) == []
