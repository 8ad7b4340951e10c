"""Emergencies and their look-alikes in the forms the twenty-seventh round found (issue 11,
u-danger29), read by the whole understanding without the model: Romani "xačardjas pe" (burned
himself) and "tate paneja" (with hot water) said of a child; Bavarian "obigfalln" (fell down)
and "rührt si nimmer" (no longer moves); the ambulance said short, "hitna"; a small child's age
said first and then "is", "got left", "stayed" before "alone at home" (Bulgarian "е на 3
години и е само вкъщи", Romanian "si e singura acasa", English "got left home alone", German
"ist allein zuhause"), "в къщи" written apart. Quiet: English "urgent" (one letter from Romanian
"urgență"), a phone that fell down and no longer works, a parent at home with the baby ("and I
stay alone at home"), a lost thing and a crying son, a team beaten "4 zu 1". None of the rows
is a line of the evaluation sets or the probes."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome

# (text, language): the emergency screen, with the numbers
EMERGENCIES = [
    # the little girl burned herself with hot water (Romani, "xačardjas pe", typed with x or h)
    pytest.param("e chhaj xachardjas pe tate paneja", "rom", id="rom-burned-with-hot-water"),
    pytest.param("mi chej hachardyas pe ande kuhnja", "rom", id="rom-burned-herself-h"),
    # Bavarian: fell from the ladder and no longer moves
    pytest.param("da opa is vo da loata obagfalln und rührt si ned", "de", id="de-bavarian-fell"),
    # the ambulance said short: "call the ambulance, my grandmother does not wake"
    pytest.param("akharen e hitnu, e baba sovel", "rom", id="rom-call-hitna"),
    # a small child's age first, then "and is" or "and stayed" before "alone at home"
    pytest.param("синът ми е на 2 години и е сам вкъщи", "bg", id="bg-age-and-is-alone"),
    pytest.param("deteto e na 3 godini i ostana samo vkashti", "bg", id="bg-latin-age-stayed"),
    pytest.param("малкия е на 4 години и стои сам в къщи", "bg", id="bg-little-one-v-kashti-apart"),
    pytest.param("baiatul are 3 ani si e singur acasa", "ro", id="ro-age-and-is-alone"),
    pytest.param("my 2 year old got left home alone", "en", id="en-got-left-home-alone"),
    pytest.param("meine 3 jährige tochter ist allein zuhause", "de", id="de-ist-allein-zuhause"),
]

# (text, language): no emergency screen
NOT_THE_SCREEN = [
    # "urgent" in everyday English: a call back, an appointment
    pytest.param("not urgent, but please call me back tomorrow", "en", id="en-not-urgent"),
    pytest.param("i need an urgent appointment for my papers", "en", id="en-urgent-appointment"),
    # a phone fell down and no longer works
    pytest.param("handy runtergefallen, display geht nicht mehr", "de", id="de-phone-fell"),
    pytest.param("mei handy is obigfalln, jetzt geht nix mehr", "de", id="de-bavarian-phone-fell"),
    # a parent at home with the baby, said with "and"
    pytest.param("my baby and i are home alone tonight", "en", id="en-baby-and-i-home-alone"),
    pytest.param("бебето и аз сме сами вкъщи днес", "bg", id="bg-baby-and-i-alone"),
    pytest.param("am o fetita de 2 ani si stau singura acasa cu ea", "ro", id="ro-and-i-stay"),
    # a team beaten, the score said in words
    pytest.param("am sonntag haben wir die 4 zu 1 geschlagen", "de", id="de-score-zu"),
    pytest.param("we beat them 3 to 0 yesterday, what a game", "en", id="en-score-to"),
    # "and" before a crying son is no "can't find my son"
    pytest.param("i cant find it and my son is crying", "en", id="en-find-it-and-son"),
]


@pytest.mark.parametrize(("said", "code"), EMERGENCIES)
def test_the_emergency_screen_with_the_numbers(
    understander: Understander, snapshot: Snapshot, said: str, code: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is Outcome.EMERGENCY
    assert understood.shows_numbers


@pytest.mark.parametrize(("said", "code"), NOT_THE_SCREEN)
def test_a_look_alike_does_not_ring_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, said: str, code: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
