"""Follow-ups after a card in the fourteenth round (issue 11): the Turkish "benim" (my) is no
Latin-typed Arabic "benti" (my daughter) read through a typo, while the Arabic spellings of
"my daughter" still ask about children. Lines here are none of the evaluation sets' or
probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Understander
from tests.support.follow_ups import follow_up


@pytest.mark.parametrize("text", ["benim icin uygun mu", "bu benim ilk defam"])
def test_turkish_my_is_no_arabic_daughter(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    assert follow_up(understander, snapshot, text, "tr", "german-course") != "children"


@pytest.mark.parametrize("text", ["mumkin ajib benti?", "momken ajib binti m3aya", "ajib bentina"])
def test_arabizi_my_daughter_still_asks_about_children(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    assert follow_up(understander, snapshot, text, "ar", "german-course") == "children"
