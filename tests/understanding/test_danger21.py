"""Emergencies and their look-alikes, twenty-first danger round (u-danger21): blood COMING
from the head or nose in Romani with Romanian and Bulgarian loanwords ("sange avel", "kruv
avel"), Balkan Romani breath taken ("na lel duh") and "bie e chaven", a heart and a left arm
in Dari ("dilom ... dast chapom"), a hand clutched to the chest ("папа схватился за грудь",
"baba mesek sadro", "clutching his chest"); and what only sounds like danger: dying of hunger
or tiredness, a Dari heart that misses home, a Romani heart that aches for the village, a left
arm broken last year, a blood test."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("rom", "sange avel lesko andar o nakh"),  # Romanian "sânge": blood comes from the nose
        ("rom", "avel lake kruv andar o shero"),  # Bulgarian "кръв", turned round
        ("rom", "mi bibi na lel duh"),  # Balkan: does not take breath
        ("rom", "mo papo bie e chaven"),  # Bulgarian "бие": beats the children
        ("rom", "bie man akana, pomosht"),  # beats me now, help
        ("rom", "bye man, pomozhi"),  # the same typed "bye": still Romani with the cry for help
        ("rom", "o dad hvana pe o gardi"),  # Bulgarian "хвана", "гърди": clutched his chest
        ("fa", "dilesh dard mekona ta dast chapesh"),  # Dari: heart pain into the left arm
        ("fa", "دست چپم بی حس شده و دلم درد میکنه"),  # left arm numb, heart aching
        ("ru", "дедушка схватился за сердце"),  # clutched his heart
        ("ru", "mama skhvatilas za grud"),  # the same typed in Latin letters
        ("uk", "батько схопився за груди"),
        ("bg", "baba se hvana za sartseto"),  # Latin-typed Bulgarian
        ("ar", "jeddo mesek sadro w 3am y3ra2"),  # Levantine Arabizi: grabbed his chest
        ("ar", "el dam nazel men ebni w mosh bywa2af"),  # bleeding, not stopping
        ("ro", "bunicu s-a prins de inima"),  # clutched his heart
        ("en", "grandpa is clutching his chest"),
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
        ("fa", "dilom baraye khanawada tang shoda"),  # Dari: I miss my family
        ("fa", "dast chapom par sal shekast, hala khub shoda"),  # a left arm broken last year
        ("rom", "o ilo dukhal man pala amaro gav"),  # the heart aches for the village
        ("rom", "kaj si analiza e kruvaki"),  # a blood test
        ("rom", "mo phral avel andar o Sofia"),  # "avel andar": comes from a city
        ("ru", "gde mozhno sdat krov na analiz"),  # a blood test
        ("ar", "wein a3mel ta7lil dam"),  # a blood test
        ("en", "ok thanks, bye man"),  # English "bye" is no Romani "bie" (beats)
    ],
)
def test_a_look_alike_does_not_ring_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY


@pytest.mark.parametrize(
    "said",
    [
        "az gorosnegi daram mimiram",  # Persian: I'm dying of hunger
        "az khastegi mordam emruz",  # of tiredness
        "умираю с голоду, где поесть",
        "rani mayet mn el jou3",  # Maghrebi Arabizi
        "ich sterbe vor hunger",
    ],
)
def test_dying_of_hunger_keeps_a_sure_learned_reading_from_ringing(
    understander: Understander, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch, said: str
) -> None:
    # The learned net (with the model) reads "dying" as danger; the figure of speech says why not.
    monkeypatch.setattr(type(understander), "_danger_with_model", lambda self, text, snap: 0.99)
    understood = understander.understand(said, snapshot, Context("fa"))

    assert understood.outcome is not Outcome.EMERGENCY
    assert not understood.possible_danger
    assert not understander.emergency(said, snapshot)


@pytest.mark.parametrize(
    "said",
    [
        "mikham az gorosnegi bemiram",  # I want to die of hunger: a wish to die stays an alarm
        "bachem dare mimire, nafas nemikeshe",  # dying, not breathing: no hunger named
    ],
)
def test_a_wish_to_die_or_a_child_dying_still_rings(
    understander: Understander, snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch, said: str
) -> None:
    monkeypatch.setattr(type(understander), "_danger_with_model", lambda self, text, snap: 0.99)

    assert understander.understand(said, snapshot, Context("fa")).outcome is Outcome.EMERGENCY
