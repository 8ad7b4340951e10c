"""Emergencies and their look-alikes in the forms the twenty-sixth round found (issue 11,
u-danger28), read by the whole understanding without the model: a small child's age in words
("сыну три года") beside "home alone" is the alarm, as in figures; a child whose lost thing is
named ("the son's passport", "the jacket of my son") is not a child missing; breathing and
blue lips said in Romanian chat words, Romani "I drank", Russian "gulped" vinegar essence are
the alarm; food praised by killing, a team that beat another, a heart beating for someone, a
dead phone, a toy gun, an axe for the garden, Isfahan's "gaz" are not. None of the rows is a
line of the evaluation sets or the probes. One row a wording: its id names the language and
the form it shows."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome

# (text, language): the emergency screen, with the numbers
EMERGENCIES = [
    # the little one hardly draws air and the lips are going purple
    pytest.param("cel mic abia trage aer, buzele mov", "ro", id="ro-draws-no-air-lips-purple"),
    pytest.param("bebele nu trage aerul deloc", "ro", id="ro-baby-draws-no-air"),
    # I drank bleach (Romani, first person)
    pytest.param("pilem varekina, dukhal man", "rom", id="rom-i-drank-bleach"),
    # the child gulped vinegar essence (Latin-typed Russian)
    pytest.param("rebenok hlebnul uksusnoj essencii", "ru", id="ru-latin-gulped-vinegar"),
    pytest.param("дочка хлебнула уксусной эссенции", "ru", id="ru-gulped-vinegar-essence"),
    # a small child's age in words, and the child alone at home
    pytest.param("сыну три года, он один дома, а я в пробке", "ru", id="ru-three-years-in-words"),
    pytest.param("донечці два роки, вона сама вдома", "uk", id="uk-two-years-in-words"),
    pytest.param("fetita de trei ani e singura acasa", "ro", id="ro-three-years-in-words"),
    pytest.param("my three year old is alone at home", "en", id="en-three-year-old-in-words"),
    pytest.param("dört yaşındaki kızım evde yalnız kaldı", "tr", id="tr-four-years-in-words"),
    pytest.param("unser sohn ist drei jahre alt und allein zu hause", "de", id="de-drei-jahre-alt"),
    pytest.param("двухлетняя дочка одна дома", "ru", id="ru-two-year-old-adjective"),
    # guards, ringing before and after: a lost thing named, and the child missing all the
    # same; food in the message, and a husband who threatens to kill
    pytest.param(
        "hab kein telefon, mein kind ist verschwunden", "de", id="de-no-phone-child-missing"
    ),
    pytest.param(
        "изгубих паспорта, а детето го няма никъде", "bg", id="bg-lost-passport-and-child-gone"
    ),
    pytest.param("kocam yemek beğenmezse beni öldürecek", "tr", id="tr-husband-kills-over-food"),
    pytest.param(
        "sotul zice ca ma omoara daca ciorba nu e buna", "ro", id="ro-husband-kills-over-soup"
    ),
]

# (text, language): no emergency screen
NOT_THE_SCREEN = [
    # a child's lost paper or thing: its owner is named, nobody is missing
    pytest.param("загубила свідоцтво доньки в автобусі", "uk", id="uk-lost-daughters-certificate"),
    pytest.param("вчора загубила паспорт сина, де зробити новий", "uk", id="uk-lost-sons-passport"),
    pytest.param(
        "der rucksack von meiner tochter ist weg", "de", id="de-backpack-of-daughter-gone"
    ),
    # food praised by killing or slaying
    pytest.param("bu döner beni öldürdü ya çok güzel", "tr", id="tr-doner-killed-me"),
    pytest.param("sarmalele mamei te omoara de bune", "ro", id="ro-sarmale-kill-you"),
    pytest.param(
        "o gulash ando restoranto mudardja man, shukar", "rom", id="rom-goulash-killed-me"
    ),
    pytest.param("هالشاورما بتقتل من طيبتها", "ar", id="ar-shawarma-kills-so-good"),
    # a team beat another, a player "shot" goals
    pytest.param("did england beat australia in the cricket", "en", id="en-cricket-beat"),
    pytest.param("aseara a batut universitatea, ai vazut?", "ro", id="ro-team-beat"),
    # a heart beats for someone
    pytest.param("inima mea bate numai pentru tine", "ro", id="ro-heart-beats-for-you"),
    pytest.param("сърцето ми бие само за тебе", "bg", id="bg-heart-beats-for-you"),
    # an older child's age in words, or a small child's with no danger
    pytest.param(
        "дочке двенадцать лет, она одна дома после школы", "ru", id="ru-twelve-home-alone"
    ),
    pytest.param("сыну пять лет, можно ему на курс рисования", "ru", id="ru-five-years-a-course"),
    # a dead phone, a toy gun, an axe for the garden, nougat
    pytest.param(
        "mein akku ist tot, kann man den bei euch machen lassen", "de", id="de-dead-battery"
    ),
    pytest.param("купих воден пистолет на внука", "bg", id="bg-water-pistol"),
    pytest.param("caut un topor pentru gradina, unde gasesc", "ro", id="ro-axe-for-the-garden"),
    pytest.param("gaz esfahan az koja bekharam", "fa", id="fa-gaz-nougat"),
]


@pytest.mark.parametrize(("said", "code"), EMERGENCIES)
def test_the_emergency_screen_with_the_numbers(
    understander: Understander, snapshot: Snapshot, said: str, code: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is Outcome.EMERGENCY
    assert understood.intent is Intent.EMERGENCY
    assert understood.shows_numbers


@pytest.mark.parametrize(("said", "code"), NOT_THE_SCREEN)
def test_a_look_alike_does_not_ring_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, said: str, code: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
