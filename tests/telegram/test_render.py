"""How the core's replies look on Telegram: escaping, splitting, buttons, media."""

from __future__ import annotations

import html
import json

import pytest
from telegram import InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit

from bot.channels.telegram_render import (
    RIGHT_TO_LEFT_MARK,
    FileKind,
    FilePart,
    Keyboard,
    TextPart,
    VenuePart,
    render_reply,
    split_text,
    utf16_length,
)
from bot.messages import ACTION_MAX_BYTES, Attachment, Button, Reply, Venue

LIMIT = MessageLimit.MAX_TEXT_LENGTH
VENUE = Venue("Nähcafé", "Mallinckrodtstraße 1, 44147 Dortmund", 51.5234, 7.4579)
BACK = ((Button("Înapoi", "menu"),),)


def as_telegram_reads_it(keyboard: Keyboard | None) -> InlineKeyboardMarkup:
    """The ``reply_markup`` as sent (JSON), read back as the Bot API's InlineKeyboardMarkup."""
    assert keyboard is not None
    markup = InlineKeyboardMarkup.de_json(json.loads(json.dumps(keyboard)), None)
    assert markup is not None
    return markup


def test_user_text_is_escaped_for_html() -> None:
    (part,) = render_reply(Reply(text="<b>Hacker</b> & *bold*"))

    assert isinstance(part, TextPart)
    assert part.html == "&lt;b&gt;Hacker&lt;/b&gt; &amp; *bold*"
    assert html.unescape(part.html) == "<b>Hacker</b> & *bold*"


def test_buttons_become_an_inline_keyboard_with_the_action_as_callback_data() -> None:
    rows = (
        (Button("Română", "lang:ro"), Button("Deutsch", "lang:de")),
        (Button("Ajutor", "help"),),
    )

    (part,) = render_reply(Reply(text="Alege", buttons=rows))

    markup = as_telegram_reads_it(part.keyboard)
    keyboard = [[(b.text, b.callback_data) for b in row] for row in markup.inline_keyboard]
    assert keyboard == [[("Română", "lang:ro"), ("Deutsch", "lang:de")], [("Ajutor", "help")]]


def test_actions_fit_telegrams_callback_data_limit() -> None:
    assert ACTION_MAX_BYTES == InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
    longest = "offer:" + "ă" * ((ACTION_MAX_BYTES - len("offer:")) // 2)  # two bytes each

    (part,) = render_reply(Reply(text="x", buttons=((Button("Ok", longest),),)))

    assert as_telegram_reads_it(part.keyboard).inline_keyboard[0][0].callback_data == longest
    with pytest.raises(ValueError, match="64 bytes"):
        Button("Ok", longest + "ă")


def test_a_long_text_is_split_at_paragraphs_and_buttons_go_on_the_last_part() -> None:
    paragraphs = [f"Paragraf {n}. " + "cuvânt " * 300 for n in range(8)]
    text = "\n\n".join(paragraphs)

    parts = render_reply(Reply(text=text, buttons=BACK))

    assert len(parts) > 1
    assert all(isinstance(part, TextPart) for part in parts)
    assert [part.keyboard is not None for part in parts] == [False] * (len(parts) - 1) + [True]
    assert all(
        utf16_length(html.unescape(p.html)) <= LIMIT for p in parts if isinstance(p, TextPart)
    )
    for part in parts:  # every part starts with a paragraph: nothing cut mid-sentence
        assert isinstance(part, TextPart) and part.html.startswith("Paragraf")


def test_split_falls_back_to_lines_then_words_then_a_hard_cut() -> None:
    lines = "\n".join(["linie " * 20] * 100)
    assert all(chunk.startswith("linie") for chunk in split_text(lines))
    assert all(chunk.endswith("linie") for chunk in split_text(lines))

    words = "cuvânt " * 1500
    chunks = split_text(words)
    assert len(chunks) > 1 and all(c.split(" ")[-1] == "cuvânt" for c in chunks)

    endless = "a" * (2 * LIMIT + 10)
    assert [len(c) for c in split_text(endless)] == [LIMIT, LIMIT, 10]


def test_split_counts_like_telegram_in_utf16_units_and_never_halves_an_emoji() -> None:
    text = "👋" * LIMIT  # two UTF-16 units each

    chunks = split_text(text)

    assert "".join(chunks) == text
    assert all(utf16_length(chunk) <= LIMIT for chunk in chunks)


def test_escaping_does_not_count_against_the_limit() -> None:
    text = "&" * LIMIT  # 4096 visible characters, 20480 once escaped

    (part,) = render_reply(Reply(text=text))

    assert isinstance(part, TextPart) and part.html == "&amp;" * LIMIT


def test_right_to_left_texts_start_with_a_direction_mark_and_still_fit() -> None:
    parts = render_reply(Reply(text="مرحبا " * 1000, rtl=True))

    assert all(isinstance(p, TextPart) and p.html.startswith(RIGHT_TO_LEFT_MARK) for p in parts)
    assert all(utf16_length(p.html) <= LIMIT for p in parts if isinstance(p, TextPart))


def test_an_offer_card_is_text_with_buttons_then_the_map_pin() -> None:
    parts = render_reply(Reply(text="Nähcafé, marți 10:00", buttons=BACK, venue=VENUE))

    assert [type(part) for part in parts] == [TextPart, VenuePart]
    assert parts[0].keyboard is not None and parts[1].keyboard is None


def test_a_venue_alone_carries_the_buttons() -> None:
    (part,) = render_reply(Reply(venue=VENUE, buttons=BACK))

    assert isinstance(part, VenuePart) and part.venue == VENUE and part.keyboard is not None


def test_media_order_and_kinds() -> None:
    reply = Reply(
        text="Info",
        image=Attachment("cafe.jpg", "image/jpeg", data=b"jpg"),
        audio=Attachment("intro.ogg", "audio/ogg", data=b"ogg"),
        document=Attachment("termin.ics", "text/calendar", data=b"ics"),
        venue=VENUE,
    )

    parts = render_reply(reply)

    kinds = [p.kind if isinstance(p, FilePart) else type(p).__name__ for p in parts]
    assert kinds == [FileKind.PHOTO, "TextPart", "VenuePart", FileKind.VOICE, FileKind.DOCUMENT]


@pytest.mark.parametrize(
    ("filename", "mime_type", "kind"),
    [
        ("intro.ogg", "audio/ogg", FileKind.VOICE),
        ("intro.OPUS", "application/octet-stream", FileKind.VOICE),
        ("intro.mp3", "audio/mpeg", FileKind.AUDIO),
    ],
)
def test_ogg_audio_is_sent_as_a_voice_note(filename: str, mime_type: str, kind: FileKind) -> None:
    (part,) = render_reply(Reply(audio=Attachment(filename, mime_type, data=b"x")))

    assert isinstance(part, FilePart) and part.kind is kind


def test_an_empty_reply_sends_nothing() -> None:
    assert render_reply(Reply(text="  \n ")) == []
