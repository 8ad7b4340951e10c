"""Everyday words one letter or one consonant skeleton away from a word of danger (found by
u-intents18 in round 16): asking for help or for someone who speaks Arabic must not ring the
emergency screen, and the real threat beside them still does."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("code", "said"),
    [
        # Darija "kayhder" (speaks) read as "yhaded" (threatens) by its consonants.
        ("ar", "salam, ana mn lmaghrib w ma kan3ref walo hna, bghit nhder m3a chi wahed"),
        ("ar", "wach kayn chi wahed kayhder l3arbiya"),
        # Finglish "komakam" (help me) read as "kotakam" (beat me) with one typo.
        ("fa", "man nemidunam chikar konam inja, komakam konid"),
        ("fa", "lotfan komakam konid ba name jobcenter"),
    ],
)
def test_a_plain_request_is_no_emergency(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
    assert not understander.emergency(said)


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("ar", "rajli kayhaded fiya b mos"),  # my husband threatens me with a knife
        ("fa", "komakam konid shoharam mizanatam"),  # help, my husband beats me
        ("fa", "komak shohar kotakam mizane"),
    ],
)
def test_the_threat_beside_them_still_rings(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.intent is Intent.EMERGENCY
