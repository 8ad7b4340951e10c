"""Emergencies and their look-alikes, twentieth danger round (u-danger20): Romani with the
loanwords of Romanian and Bulgarian Roma ("sange", "kruv", "ne mozhe da diša", "bieshe",
"inghitisardas"), Dari ("atash gerefta khana"), Black Sea Turkish ("kalkamayi", "yanayi",
"dovey") and surzhyk ("не дишить"); and what only sounds like danger: two tiny Latin words
("bi ya"), words read by their consonants ("sale7", and "bantalon" with a typo), a game won, a
fire drill, kickboxing, meat cut with a knife, "bye bye" (no Romani "bie"), an accident or a
fire years ago."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("rom", "mi phej zhal lake but sange"),  # Romanian "sânge": blood, much
        ("rom", "kruv ikljol andar lako shero thaj ne spira"),  # Bulgarian "кръв", "не спира"
        ("rom", "mi bibi ne mozhe da diša"),  # cannot breathe, Bulgarian with a caron
        ("rom", "o dad bieshe man thaj e chaven"),  # Bulgarian "биеше": beat me
        ("rom", "e chaji inghitisardas e dajake drabura"),  # Romanian "înghiți", Romani past
        ("fa", "atash gerefta khanai ma"),  # Dari: our house caught fire
        ("tr", "dedem dusti kalkamayi"),  # Black Sea: fell, cannot get up
        ("tr", "komsunun evi yanayi"),  # Black Sea: the house is burning
        ("tr", "babasi onu dovey her gun"),  # Black Sea: beats her
        ("uk", "малий не дишить, рятуйте"),  # surzhyk: not breathing
    ],
)
def test_the_emergency_screen_and_nothing_else(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is Outcome.EMERGENCY
    assert understood.intent is Intent.EMERGENCY


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("tr", "abi bi yardim ya, formu anlamadim"),  # "bi ya" is no "би я" (beat her)
        ("ar", "badde sale7 el bantalon 3and khayyat"),  # "bantalon" (trousers), "sale7"
        ("ro", "vecina a batut-o pe soacra la table aseara"),  # won at backgammon
        ("de", "morgen ist probealarm wegen feuer in der schule"),  # a fire drill
        ("en", "is there kickboxing for teens"),  # "kick*" is no "kickboxing"
        ("en", "how do you chop meat with a big knife"),  # cooking
        ("ru", "kak narezat myaso nozhom"),  # cooking, Latin-typed
        ("en", "ok have a nice day, bye bye"),  # "day bye" is no Romani "daj bie" (mum beats)
        ("de", "vor drei jahren hatte ich einen unfall, jetzt bin ich gesund"),  # long ago
        ("rom", "anglal duj bersh sas foc ando amaro kher"),  # a fire two years ago
    ],
)
def test_a_look_alike_does_not_ring_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
