"""A language's name read with a typo from a word with an Arabizi digit the name has not is no
name: "mn el fari2" (from the team) is no "farsi"; "3arbi" is still "3arabi", with its digit."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent


@pytest.mark.parametrize(
    ("text", "intent", "target"),
    [
        ("bde e7ki ma3 7ada mn el fari2", Intent.HUMAN, None),
        ("ana 3ayez a2abel 7ad byetkalem 3arabi", Intent.HUMAN, "ar"),
        ("3arbi please", Intent.LANGUAGE, "ar"),
        ("bel3arbi law sama7t", Intent.LANGUAGE, "ar"),
    ],
)
def test_arabizi_names_of_languages(
    understander: Understander, snapshot: Snapshot, text: str, intent: Intent, target: str | None
) -> None:
    understood = understander.understand(text, snapshot, Context("ar"))
    assert (understood.intent, understood.target_language) == (intent, target)
