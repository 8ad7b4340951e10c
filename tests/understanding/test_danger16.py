"""Emergencies and their look-alikes, sixteenth round (u-danger19): states typed in Arabizi,
an ex forcing the door; and what sounds like danger but is not: a fall already cared for in
hospital, giving blood, a film where everyone is shot, a first-aid course, a Turkish course."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("ar", "ibni bala3 battariye"),  # my son swallowed a battery (Levantine spelling)
        ("ar", "kelb 3add ibni w dammo katir"),  # a dog bit my son, much blood
        ("ar", "bidi mout ma baddi 3ish"),  # I want to die, I don't want to live
        ("ar", "ibni et7ara2 bel zeit"),  # my son got burnt with oil
        ("en", "my ex is banging on the door trying to get in"),
        ("en", "take him to hospital he is bleeding so much"),  # "to", not "in" hospital
        ("de", "er ist gestürzt und atmet nicht, bringt ihn ins krankenhaus"),
        ("en", "after the blood test the arm is bleeding a lot and wont stop"),
        ("de", "erste hilfe! mein kind hat jetzt einen krampfanfall"),
        ("tr", "cocuk su an gole dustu"),  # the child fell into the lake right now
        ("en", "a man is pouring acid on my brother"),
        ("ar", "انخنقت من زوجي"),  # I was choked by my husband
        ("uk", "syn z'yiv yagody, bluye"),  # ate berries, vomiting (Latin-typed)
        ("ru", "malchik provalilsya pod lyod"),  # fell through the ice
        ("ru", "Дочка прыгнула в бассейн и не чувствует ног"),
        ("ru", "брат мужа кидается на меня"),
        ("en", "my wife water broken and baby coming now"),
        ("ro", "pe pod sta prietena mea si zice ca sare"),  # on a bridge, says she will jump
        ("ar", "rajel o5ti 7ab yarmiha mel chobbek"),  # wants to throw her out of the window
        ("ar", "انكب عليها زيت القلي الحار"),  # hot frying oil spilled on her
        ("tr", "kocası kızuma vurdi"),  # spoken past
        ("tr", "kocası koluna ütüyü bastı"),  # a hot iron pressed on her arm
        ("uk", "vitchym hanyaietsia za mamoiu"),  # chasing mum
        ("ar", "ابوي مش قادر فيقه"),  # I cannot wake my dad ("صحي" is also "healthy")
        ("ro", "fetita mea a mancat niste pastile de inima"),
        ("en", "they had a knife fight over money"),
        ("en", "my husband hits me over money"),
        ("rom", "mo rom mudardas man"),  # a husband named: not a song
        ("rom", "e čhaja si la bari thermo"),  # a high temperature (Balkan "thermo")
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
        # a fall told of someone who is in hospital already
        ("en", "my grandma fell last week and is lying in hospital now, can someone visit her"),
        ("de", "mein Vater ist hingefallen und liegt im Krankenhaus, wann habt ihr wieder offen?"),
        ("uk", "бабуся впала минулого тижня і зараз лежить у лікарні, хто може перекласти"),
        ("tr", "annem düştü, şu an hastanede yatıyor, randevumu iptal etmek istiyorum"),
        ("ru", "мама упала и лежит в больнице, можно перенести запись?"),
        # giving blood, a blood test
        ("en", "where can i donate blood"),
        ("de", "wo kann ich blut spenden"),
        ("ru", "где можно сдать кровь"),
        ("fa", "کجا میتونم خون اهدا کنم"),
        ("ro", "am fost la analize de sange, totul e bine"),
        # a film, a music video
        ("en", "the movie was crazy, everyone got shot at the end"),
        ("tr", "filmde sonunda herkesi vurdular"),
        ("en", "my nephew is shooting his first music video this weekend, any nice spots"),
        # a first-aid course, whatever it teaches; a cooking course (Turkish "kursunda")
        ("de", "gibt es einen erste-hilfe-kurs, ich will lernen was man bei krampfanfall macht"),
        ("tr", "yemek kursunda bicak getirmek lazim mi"),
        ("ro", "am mancat si am luat pastilele de tensiune, unde e cursul"),  # medicine taken
        # fear of an exam, a quarrel about something, a craving
        ("ro", "mi e frica de examenul de germana"),
        ("de", "ich hab angst vor der pruefung morgen"),
        ("en", "we had a fight with my sister about money, can someone mediate"),
        ("tr", "kız kardeşimle para yüzünden kavga ettik"),
        ("en", "i could kill for a coffee right now"),
        # a song or food praised: it "killed me", it "is fire"
        ("rom", "akaja gili mudardja man, but šukar"),
        ("rom", "e nevi gili sas jag"),
        ("fa", "این غذا آتیش بود"),
    ],
)
def test_a_look_alike_does_not_ring_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
