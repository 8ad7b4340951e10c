"""Replies survive the database: what a redelivery resends is what the turn said."""

from __future__ import annotations

import json
from pathlib import Path

from bot.messages import PURPOSE, Attachment, Button, Mention, Reply, Venue
from bot.storage import reply_codec


def test_every_part_of_a_reply_comes_back_as_it_was() -> None:
    replies = [
        Reply(
            text="✅ Gebucht",
            buttons=(
                (Button("Termine", "appts"), Button("Menü", "menu")),
                (Button("Abbrechen", "bcancel:7"),),
            ),
            venue=Venue("Nähcafé", "Hauptstraße 1, Berlin", 52.52001, 13.40495),
            document=Attachment("termin.ics", "text/calendar", data=b"BEGIN:VCALENDAR\r\n\x00\xff"),
            extras={PURPOSE: "reminder", "when": "Mo 10:00"},
        ),
        Reply(
            text="مرحبا",
            rtl=True,
            image=Attachment("map.png", "image/png", path=Path("content/media/map.png")),
            audio=Attachment("hello.ogg", "audio/ogg", path=Path("content/media/hello.ogg")),
            mentions=(Mention("42", "Mira"),),
        ),
        Reply(),
    ]

    stored = json.loads(json.dumps(reply_codec.to_json(replies)))  # as the database keeps it

    assert reply_codec.from_json(stored) == replies
