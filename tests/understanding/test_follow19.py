"""Follow-ups after a card and emergencies, round 21 (u-follow19), by form.

Follow-ups: someone there who speaks a language, asked beside a word that also names a place or
an hour (Romani "kaj", where, is also "who": "si othe varekon kaj džanel romanes"; Romanian
"la ora aia", at that hour), asks which languages are spoken; Romani "hajol", "dumadel" (to
understand, to speak); Finglish "pooli", "pulesh", "cheghadr" (money, its money, how much); a
German child by its years in one word ("mein dreijähriger"); who may come, in Turkish "kimler
gidebilir" (who can go), Persian "واسه کیه" (who is it for; no "کیه", when is it) and Romani
"rumunjura" (Romanians, no name of the Romanian breakfast).
Emergencies: a baby or a child of five or younger alone at home ("my 3 year old is home
alone", "o tikno korkoro khere"), but not a mother at home alone with her baby nor a
schoolchild home after school; Romani "del man" (he gives me: he hits me) right beside a person
who may hurt, but not with the thing given after it ("del man vast", lends me a hand); a
Turkish toilet cleaner drunk.
Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("en", "our 2 year old is home alone, i am stuck on the train"),
        ("de", "meine dreijährige ist allein zu hause und ich komme nicht hin"),
        ("ro", "fetita de 3 ani e singura acasa"),
        ("bg", "бебето е само вкъщи, а аз съм в болницата"),
        ("ru", "малыш один дома, а я в больнице"),
        ("uk", "син 4 роки сам вдома, я не можу доїхати"),
        ("tr", "bebeğim evde yalnız kaldı"),
        ("ar", "ابني عمره 3 سنين لحاله بالبيت"),
        ("fa", "پسرم ۳ سالشه تنها خونه مونده"),
        ("rom", "e tikni korkori khere, me sem pe buti"),
        ("rom", "o dad del man kana avel matto"),
        ("tr", "kizim yuzey temizleyicisi icti"),
    ],
)
def test_the_emergency_screen_with_the_numbers(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is Outcome.EMERGENCY
    assert understood.intent is Intent.EMERGENCY
    assert understood.shows_numbers


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("bg", "с бебето съм сама вкъщи по цял ден"),  # the mother alone with her baby
        ("ro", "cu bebelusul meu de 4 luni stau mereu singura acasa, e ceva pentru mame?"),
        ("de", "ich bin mit meinem baby den ganzen tag allein zu hause"),
        ("en", "my daughter is 9 and home alone after school, any club?"),
        ("en", "i have been home alone for 3 years since my husband left"),
        ("rom", "mi daj del man vast ando kher"),  # my mother lends me a hand at home
    ],
)
def test_a_look_alike_does_not_ring_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
    assert not understood.shows_numbers
