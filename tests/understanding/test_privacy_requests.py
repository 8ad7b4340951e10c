"""Asking to delete one's data, in the forms people type it (found in a trial with a mediator:
"I want to delete all my data" said with a verb of wanting, in Bulgarian, Levantine Arabizi,
Turkish and Ukrainian, was no request at all). In a chat a mediator has taken, this is what
brings the "My data" screen (tests/handover/test_flow.py)."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("искам да изтрия всичките си данни", "bg"),
        ("iskam da iztriq dannite si", "bg"),
        ("baddi 2em7i kil ma3lomati", "ar"),
        ("امحي كل معلوماتي لو سمحت", "ar"),
        ("verilerimi silmenizi istiyorum", "tr"),
        ("хочу видалити свої дані", "uk"),
        ("vreau sa sterg toate datele mele", "ro"),
        # "everything about me" beside a verb of deleting (lead, session 30: a trial found
        # "vreau sa stergeti tot despre mine" was none; German "alles ... löschen" cancelled)
        ("löscht alles über mich", "de"),
        ("loeschen sie alles was sie ueber mich haben", "de"),
        ("pls erase everything you have on me", "en"),
        ("vreau sa stergeti tot despre mine", "ro"),
        ("imsa7o kol shi 3anni", "ar"),
        ("hakkimdaki herseyi silin", "tr"),
        ("benim hakkimda ne varsa silin", "tr"),
        ("хочу щоб ви видалили все про мене", "uk"),
        ("hame chizo dar mored man pak konid", "fa"),
    ],
)
def test_wanting_ones_data_deleted_is_a_privacy_request(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert (understood.outcome, understood.intent) == (Outcome.INTENT, Intent.PRIVACY)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ich erzähle euch alles über mich", "de"),
        ("i will tell you everything about me", "en"),
        ("hakkimda ne varsa sorun", "tr"),
    ],
)
def test_telling_everything_about_me_asks_nothing_about_ones_data(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.intent is not Intent.PRIVACY
