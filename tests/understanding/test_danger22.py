"""Emergencies and their look-alikes, twenty-second danger round (u-danger22): a seizure in Gulf
and Levantine Arabizi ("yertjef", "ma y7es"), a man at the door with a razor ("zalame ... moos"),
a door kept shut on someone ("مسكرين عليي"), a Dari child ("طفلم") missing, a Finglish throat or
tongue swelling ("galush bad karde"), a Dari knife ("کارد"), a Romani child lost ("nasadjilo"),
a passport taken ("lije mo pasos") and not let go ("chi mukel man"), a burn ("phabardili", "tato
pai"), the waters broken ("phagilo o paj"), Romanian identity cards taken ("buletinele"), and a
child's age typed short in English ("my 2yo"); a second batch: Arabizi convulsing ("tetshannaj")
with the eyes rolled up ("3yunha fog"), Arabizi "bnte7er" (I will kill myself), Bulgarian
identity cards in the plural ("личните ни карти"), a Romani child not home ("chi avilo khere"),
a German baby breathing strangely ("komisch"); a third batch: lips turned blue in Gulf and
Maghrebi Arabizi ("shafayfo zar9in"), Darija "tlo7 rasha" (throw herself), "ma 7ada bya3ref
wein" (nobody knows where), Finglish "partab" (throw), Turkish "camdan" and Romani "fereastra",
"prozori" (from the window); a fourth batch: Arabic "حابسني" (keeping me locked in), Arabizi
"yezra2" (turning blue), Romani "chi vakerel" (does not speak); SOS typed or as 🆘 in every
language (the lead, from a trial); and what only sounds like them: "so so", a song or a sauce
named beside "sos" (Romanian and Turkish "sos" is a sauce).

Round 20 (u-danger23): a young child not found, named right after "can't find" ("cant find my
4yo anywhere", "nu gasesc baietelul", "mish la2ya ebni"), but not "my son can't find his keys",
"i lost my son's passport" nor "ich finde meinen sohn nicht so gut in mathe"; someone else's
pills swallowed and now sleepy or not waking; Romani said with Serbian, Hungarian, German and
Bulgarian words ("pretukao man", "nem lélegzik", "ist umgefallen und reagiert nicht"); and a
boxer's knockout, which the learned reading took for an attack."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome


@pytest.mark.parametrize(
    ("code", "said"),
    [
        ("ar", "bint 3ammi 3am tertjef w ma t7es"),  # shaking and does not feel: a seizure
        ("ar", "fi zalame 3and el bab ma3o moos"),  # a man at the door with a razor
        ("ar", "جوزي مسكرين عليي من امبارح"),  # they have kept the door shut on me
        ("fa", "طفل همسایه گم شده"),  # Dari: the neighbour's child is missing
        ("fa", "galush bad karde nemitune harf bezane"),  # the throat swelling
        ("fa", "یه نفر با کارد اومده دم در"),  # Dari: someone with a knife at the door
        ("rom", "nasadili mi chej ando foro"),  # my daughter got lost in town
        ("rom", "lija amare pasosura o shefo"),  # the boss took our passports
        ("rom", "chi mukel man te zhav khere o shefo"),  # the boss does not let me go home
        ("rom", "phabardili e chhaj tato pai"),  # the girl burned, hot water
        ("rom", "khamni sem thaj phagilo o paj"),  # pregnant, the waters broke
        ("ro", "seful ne-a luat documentele si nu ne da drumul"),  # the boss took our papers
        ("en", "my 2yo went missing at the playground"),  # a child missing, age typed short
        # second batch
        ("ar", "ukhti 3am tetshannaj w 3yunha fog"),  # convulsing, the eyes rolled up
        ("ar", "wallah bnte7er, ma 3ad fiyye"),  # I will kill myself
        ("bg", "brigadirat vze lichnite ni karti"),  # the foreman took our identity cards
        ("rom", "mo chavo chi avilo khere"),  # my boy has not come home
        # third batch
        ("ar", "el bebe shafayfo zargin"),  # Gulf: the baby's lips blue
        ("ar", "khti bghat tlo7 rasha mn el balcon"),  # Darija: throw herself from the balcony
        ("ar", "ma 7ada bya3ref wein ibni"),  # nobody knows where my son is
        ("fa", "az balkon khodamo partab mikonam"),  # I'll throw myself from the balcony
        ("tr", "oğlum camdan düştü"),  # fell from the window
        ("rom", "e chhaj pelja andar o prozori"),  # the girl fell from the window
        # fourth batch
        ("ar", "مرتي حابسيني بالبيت"),  # keeping me locked in (the participle)
        ("ar", "el bebe 3am yezra2"),  # the baby is turning blue
        ("rom", "o papo pashljol thaj chi vakerel"),  # lies there and does not speak
        # SOS, typed or as the emoji (the lead, from a trial: no numbers were shown)
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
        # round 20 (u-danger23): a young child not found, named right after "can't find"
        ("en", "cant find my 4yo anywhere, been an hour"),
        ("en", "we cant find our toddler, searched everywhere"),
        ("de", "ich finde meinen 4jährigen nirgends"),
        ("ro", "nu gasesc baietelul de 3 ani nicaieri"),
        ("ru", "ne mogu nigde nayti syna emu 4 goda"),
        ("ar", "mish la2ya ebni 3omro 3 snin"),
        ("tr", "4 yasindaki oglumu hic bir yerde bulamiyorum"),
        ("rom", "nashti arakhav mle chavores, si les 4 bersh"),
        # someone else's pills, then sleepy or not waking
        ("en", "my son swallowed my sleeping pills by mistake and is really drowsy"),
        ("ar", "ibni 2akal 7abbet dawa ghalat w 3am yen3as"),
        ("tr", "yanlislikla babaannesinin ilacini icti cok uykulu"),
        ("fa", "ghors eshtebahi khorde kheyli khab alood shode"),
        # Romani with the neighbours' words, and the dialects
        ("rom", "o rom man tuče svako vece"),  # Serbian: beats me every evening
        ("rom", "o rom megvert engem"),  # Hungarian: beat me
        ("rom", "e bibi elájult a földön fekszik"),  # Hungarian: fainted, lies on the floor
        ("rom", "mo chavo ist umgefallen und reagiert nicht"),  # German
        ("rom", "o chavo si but tato, 40 grade thaj izdral"),
        ("rom", "muri shey peli thaj trese sa"),  # Kalderash: the girl fell and shakes
        # someone else beaten, Arabizi bleeding, a Bulgarian knifing, a stroke, unconscious
        ("uk", "побили мого брата біля школи"),
        ("ar", "okhti bteenzef ktir"),
        ("bg", "brat mi go nojiha pred magazina"),
        ("de", "mein vater kann nicht sprechen und ein arm ist lahm seit 10 min"),
        ("fa", "pedaram oftade hoshyar nist"),
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
        ("en", "i cant find my appointment letter"),  # nothing of a child
        ("en", "my son starts the german course, i cant find my way to the building"),
        ("en", "cant find my way to you, where are you"),
        ("ar", "el zalame elli bi3allem el almani mnih?"),  # the man who teaches German
        ("ar", "مسكرين اليوم؟"),  # are you closed today?
        ("fa", "teflam madrese mire, kelas baraye man darid?"),  # my child goes to school
        ("rom", "phabardilo o xabe, kaj shaj khav"),  # the food got burnt
        ("ro", "mi-am pierdut buletinul, unde fac altul"),  # lost my identity card
        ("en", "my 4yo loves drawing, anything for kids?"),
        ("ar", "el akl 3andkom nar"),  # the food is "fire": praise
        ("fa", "in ejare mikoshe mano"),  # the rent is killing me
        ("ar", "ma 7ada bya3ref wein el maktab?"),  # nobody knows where the office is
        ("tr", "telefonum camdan düştü"),  # the phone fell from the window
        ("rom", "o kurso si jag"),  # the course is "fire": praise
        ("en", "a place where my baby can play and i meet other parents"),
        ("en", "so so"),  # not good, not bad: no SOS
        ("ro", "mai aveti sos de rosii la mic dejun"),  # a sauce
        ("tr", "makarna icin domates sos"),
        ("en", "is that sos song by abba"),  # a song
        # round 20 (u-danger23)
        ("en", "my 4yo cant find his shoes, where can i buy kids shoes"),  # the child looks
        ("en", "i lost my son's passport, where do i get a new one"),  # the son's passport
        ("en", "i lost my daughters school bag, who do i ask"),
        ("en", "we cant find a kindergarten for our son"),
        ("de", "ich finde meinen sohn nicht so gut in mathe"),  # "finden": to think
        ("de", "mein sohn findet seine schuhe nicht"),
        ("en", "the sleeping pills make me drowsy in the morning, can i come later"),
        ("de", "meine schlaftabletten machen mich morgens so benommen, kann ich später kommen"),
        ("en", "the boxer knocked him out cold in round 3, what a fight"),
        ("en", "the ufc fight last night, he punched him out cold in the second round"),
    ],
)
def test_a_look_alike_does_not_ring_the_emergency_screen(
    understander: Understander, snapshot: Snapshot, code: str, said: str
) -> None:
    understood = understander.understand(said, snapshot, Context(code))

    assert understood.outcome is not Outcome.EMERGENCY
    assert not understood.shows_numbers


@pytest.mark.parametrize(
    "said",
    ["das baby atmet so komisch", "unser sohn atmet ganz unregelmäßig"],
)
def test_breathing_strangely_is_the_alarm_whatever_else_is_found(
    understander: Understander, said: str
) -> None:
    # Without the model the breathing word alone already brings the screen when nothing else
    # is found; with it an offer was found and only the line before it showed: the words of
    # danger themselves now ring, whatever else is found.
    assert understander.emergency(said)
