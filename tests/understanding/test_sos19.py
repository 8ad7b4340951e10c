"""SOS, typed or as the 🆘 emoji, brings the emergency screen in every language (found in a
trial: "SOS", "🆘" and "sos pomogite" showed no numbers). "so so" (not good, not bad) does not,
nor does a song or a sauce named beside it (Romanian and Turkish "sos" is a sauce)."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("de", "SOS"),
        ("en", "🆘"),
        ("ru", "sos pomogite"),
        ("ar", "🆘🆘🆘"),
        ("tr", "SOS!!! yardim"),
        ("uk", "сос"),
        ("fa", "sos komak"),
        ("rom", "SOS, zhutin man"),
        ("bg", "SOS помощ"),
        ("ro", "sos!!"),
    ],
)
def test_sos_brings_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is Outcome.EMERGENCY
    assert understood.intent is Intent.EMERGENCY


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "so so"),
        ("de", "so so lala"),
        ("ro", "mai aveti sos de rosii la mic dejun"),
        ("tr", "makarna icin domates sos"),
        ("en", "is that sos song by abba"),
    ],
)
def test_so_so_is_no_sos(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    assert understander.understand(said, snapshot, Context(code)).outcome is not Outcome.EMERGENCY
