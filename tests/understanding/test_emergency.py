# People write in many scripts; look-alike letters are the point here:
"""Words of danger or urgent illness, in any language, order or form: the emergency numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.catalogue.issues import CatalogueError, ContentIssue
from bot.catalogue.live import LiveCatalogue
from bot.config import PROJECT_ROOT
from bot.dialogue import views
from bot.i18n.languages import load_languages
from bot.i18n.translator import TextCatalogs
from bot.understanding import Context, Understander
from bot.understanding.concepts import DANGER_FILE, missing_languages
from bot.understanding.emergency import DistressWords, cyrillic_fold, glottal_skeleton, skeleton
from bot.understanding.phrase_files import phrase_lists, read_phrase_file
from bot.understanding.result import Outcome

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()
# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
WORDS = Understander.load(LOCALES).distress
EMERGENCY_SET = PROJECT_ROOT / "tests" / "data" / "understanding" / "emergency_extra.yaml"


def test_every_language_has_words_of_danger() -> None:
    assert set(LANGUAGES.codes) <= WORDS.languages, "add a list to locales/distress.yaml"


@pytest.mark.parametrize("code", LANGUAGES.codes)
def test_the_emergency_notice_names_112_and_110_in_each_language(code: str) -> None:
    t = TextCatalogs(LOCALES, LANGUAGES, "Europe/Berlin").translator(code)

    notice = views.emergency(t)

    assert "112" in notice.text and "110" in notice.text
    assert notice.text.index("112") < notice.text.index("116 117") < notice.text.index("116 016")
    assert code == "en" or "danger" not in notice.text, "translated, not the English fallback"
    assert notice.all_buttons[0].action == "human:urgent"


@pytest.mark.parametrize(
    "message",
    [
        "Mein Mann schlägt mich",  # de
        "I want to die",  # en
        "ma bate sotul meu",  # ro, typed without diacritics
        "мъжът ми ме бие ме заплашва",  # bg
        "zaplashva me",  # bg in Latin letters (заплаш*)
        "maren man",  # rom
        "زوجي يضربني",  # ar
        "kocam beni dövüyor",  # tr
        "він б'є мене",  # uk
        "شوهرم مرا کتک میزند",  # fa
        # word order turned round, inflected, dialect and Latin-letter forms
        "мъжът ми ме бие",  # bg
        "бие ме мъжът ми",  # bg, reversed
        "muzhat mi me bie",  # bg in Latin letters
        "чоловік мене б'є",  # uk
        "мене б'є чоловік",  # uk, reversed
        "cholovik mene bye",  # uk in Latin letters
        "زوجي بيضربني",  # ar, Levantine
        "zawji byedrabni",  # ar in Latin letters
        "zawji yodhrobni kol yom",  # ar in Latin letters, ض typed "dh"
        "شوهرم منو میزنه",  # fa, spoken
        "mano mizane shoharam",  # fa in Latin letters
        "sotul ma bate",  # ro
        "mein mann hat mich geschlagen",  # de, past tense
        # urgent illness
        "my child is not breathing",
        "mein kind hat hohes fieber",
        "copilul meu are febra mare si nu respira bine",
        "he is unconscious",
        "bleeding a lot",
        "детето не диша",
        "çocuğumun ateşi çok yüksek",
        "дитина не дихає",
        "الطفل فاقد الوعي",
        "بچه ام بیهوش شده",
    ],
)
def test_words_of_danger_are_found_however_they_are_typed(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "Ich brauche Hilfe beim Jobcenter",
        "polizeiliches Führungszeugnis",
        "cand e cursul de germana",
        "Deutschkurs",
        "help me find a german course",  # asking for help is not danger
        "wann ist die feier",  # a party, one letter from "feuer"
        "mein kind hat fieber, wo ist ein kinderarzt",  # fever alone is not an emergency
        "شوهرم زنگ میزنه",  # fa: my husband calls (the same verb as "hits")
        "kurs po nemski",
        "döviz kuru",  # tr: exchange rate, not "döv-" (beat)
        "please write one short question",  # "short" is one letter from "shorta" (police)
        "kapıya vuruyor",  # tr: knocks at the door
        "mikham ye nobat baraye moshavere begiram",  # fa: book advice; "begiram" ≠ "bemiram"
        "gardine",  # a curtain, not "гърдите" (the chest) typed in Latin letters
        "сколько стоит поезд до берлина",  # "берлина" is one letter from "белина" (bleach)
        "хочу живу людину, не автомат",  # uk: a living person, not "I don't want to live"
        "я живу здесь, не хочу переезжать",  # ru: I live here and don't want to move
        "the course will end, i live in nordstadt",
        "hayatim zor, almanca ogrenmek istemiyorum",  # tr: life is hard, not a wish to die
        "ich bin vierzig und will deutsch lernen",  # forty alone is no fever
    ],
)
def test_everyday_questions_are_not_alarms(message: str) -> None:
    assert not WORDS.found_in(message)


def test_no_offer_or_faq_text_sounds_an_alarm() -> None:
    """What the catalogue says about its offers is everyday language in every language."""
    import re

    import yaml

    texts: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, str):
            texts.extend(part for part in re.split(r"[.!?\n]", node) if part.strip())
        elif isinstance(node, dict):
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    for name in ("offers.yaml", "faq.yaml"):
        collect(yaml.safe_load((PROJECT_ROOT / "content" / name).read_text(encoding="utf-8")))
    alarms = [text for text in texts if WORDS.found_in(text) and "112" not in text]
    assert not alarms, alarms


def test_the_emergency_set_shows_the_numbers_for_every_emergency_and_no_everyday_line() -> None:
    """Emergencies written in other words (tests/data/understanding/emergency_extra.yaml)."""
    lines = yaml.safe_load(EMERGENCY_SET.read_text(encoding="utf-8"))["questions"]
    emergencies = [line["q"] for line in lines if line.get("intent") == "emergency"]
    everyday = [line["q"] for line in lines if line.get("intent") != "emergency"]

    missed = [text for text in emergencies if not WORDS.found_in(text)]
    alarms = [text for text in everyday if WORDS.found_in(text)]

    assert len(emergencies) >= 100 and everyday
    assert not missed, f"emergencies without the numbers: {missed}"
    assert not alarms, f"everyday lines with the numbers: {alarms}"


@pytest.mark.parametrize(
    "message",
    [
        # someone + hurts, in any order, in forms no phrase lists (locales/danger.yaml)
        "бащата пак ритна детето",  # bg: the father kicked the child again
        "гаджето ми ме удуши",  # bg: my boyfriend choked me
        "my dad keeps kicking me",
        "o dad mardel le chavoren",  # rom: the father beats the children
        "lat karde mara shoharam",  # fa in Latin letters, verb first
        # fell + not, breathe + not
        "mama a cazut si nu mai reactioneaza",  # ro
        "мама упала и не встает",  # ru
        # pushed, swallowed pills, turning blue
        "муж толкнул меня с лестницы",  # ru
        "kocam beni merdivenden itti",  # tr
        "oğlum ilaç yuttu",  # tr: my son swallowed medicine
        "بنتي بلعت حبوب",  # ar: my daughter swallowed pills
        "das baby ist ganz blau",
        "ibni ma byetnaffas",  # ar in Latin letters: my son is not breathing
    ],
)
def test_danger_said_in_words_nobody_listed_is_found_by_its_concepts(message: str) -> None:
    issues: list[ContentIssue] = []
    only_phrases = DistressWords(
        phrase_lists(read_phrase_file(LOCALES / "distress.yaml"), (), issues)
    )
    assert not issues and not only_phrases.found_in(message), "covered without the concepts"

    assert WORDS.found_in(message)


def test_a_reordered_bulgarian_cry_gets_the_emergency_numbers_and_nothing_else() -> None:
    understander = Understander.load(LOCALES)
    snapshot = LiveCatalogue(PROJECT_ROOT / "content", LANGUAGES.codes, model=None).current

    understood = understander.understand(
        "ритна ме пак вчера бащата", snapshot, Context("bg", offer="german-course")
    )

    assert understood.outcome is Outcome.EMERGENCY
    assert not understood.candidates and understood.follow_up is None


@pytest.mark.parametrize(
    "message",
    [
        "mein mann sucht arbeit",
        "my husband wants to learn german",
        "nu am aer conditionat in casa",  # ro: no air conditioning ("not" + air)
        "kocam çok yoruldu",  # tr: my husband is very tired
        "muzh mi ne mozhe da doide",  # bg: my husband cannot come
        "my son did not come to the course",
        "my kid likes the blue bus",  # a colour is not "turning blue"
        "i drank my medicine this morning",  # taking medicine is not swallowing poison
        "мой ребенок любит синий цвет",
    ],
)
def test_a_family_word_or_a_no_alone_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


def test_every_danger_concept_has_words_in_every_language() -> None:
    assert not missing_languages(LOCALES / DANGER_FILE, list(LANGUAGES.codes))


@pytest.mark.parametrize(
    ("bad_pair", "named"),
    [
        ("[someone, hurtz]", "hurtz"),  # a group no list has
        ("[findnot, little, near]", "reach"),  # a reach that is no number
    ],
)
def test_a_wrong_pair_is_reported_with_file_and_line(
    tmp_path: Path, bad_pair: str, named: str
) -> None:
    for name in ("distress.yaml", DANGER_FILE):
        (tmp_path / name).write_text((LOCALES / name).read_text(encoding="utf-8"), encoding="utf-8")
    danger = tmp_path / DANGER_FILE
    danger.write_text(danger.read_text(encoding="utf-8") + f"  - {bad_pair}\n", encoding="utf-8")
    last_line = len(danger.read_text(encoding="utf-8").splitlines())

    with pytest.raises(CatalogueError) as raised:
        DistressWords.load(tmp_path)

    assert f"{DANGER_FILE}:{last_line}" in str(raised.value)
    assert named in str(raised.value)


def test_every_emergency_of_the_sprint_set_shows_the_numbers() -> None:
    """tests/data/understanding/emergency_sprint.yaml: typed as on phones, dialect and Latin
    letters. Its everyday lines (false alarms) are measured with `python -m bot ask --eval`."""
    path = EMERGENCY_SET.with_name("emergency_sprint.yaml")
    lines = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    emergencies = [line["q"] for line in lines if line.get("intent") == "emergency"]

    missed = [text for text in emergencies if not WORDS.found_in(text)]

    assert len(emergencies) >= 50 and not missed, f"emergencies without the numbers: {missed}"


@pytest.mark.parametrize(
    "message",
    [
        "i am looking for a cleaning job can you help me",
        "temizlik isi ariyorum bana yardim",  # tr: I'm looking for a cleaning job, help me
        "кто следит за детьми во время курса мне нужно",  # ru: who watches the children
        "kursu takip etmek istiyorum beni ara",  # tr: I want to follow the course, call me
        "my husband is following a course",
        "please send me the following documents",  # "following" + "me" in any order
        "شوهرم دنبال کار میگرده",  # fa: my husband is looking for work
    ],
)
def test_cleaning_work_and_following_a_course_are_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    ("as_written", "turned_round"),
    [
        # instrument + me: the belt in another order and another case ending
        ("شوهرم با کمربند زده منو", "منو زد با کمربندش"),  # fa: hit me with a belt
        ("муж отхлестал меня ремнём", "ремнем меня хлестал муж"),  # ru
        ("kocam beni kemerle dovdu", "kemeriyle dövdü beni"),  # tr
        # a Persian verb that also means "to call": only with me or an instrument
        ("pedaram har roz mizanatam", "mizanatam har roz pedaram"),  # fa: hits me every day
        # heart + pain
        ("папе плохо давит сердце", "сердце давит у папы"),  # ru: pressure on the heart
        ("babamin gogsu cok agriyor", "agriyor gogsum"),  # tr: chest hurts
        ("ma apasa inima", "inima ma apasa tare"),  # ro: my heart presses
        # live + don't want: a wish to die
        ("دیگه نمیخوام زنده باشم", "زنده باشم دیگه نمیخوام"),  # fa
        ("ne hochu bolshe zhit", "жить больше не хочется"),  # ru, Latin and Cyrillic
        ("na mai kamav te trajiv", "te trajiv na kamav"),  # rom
        # forced + sex or marriage, forced + a person
        ("they force me to sleep with men", "sex with him, he forced me"),
        ("beni zorla evlendirmek istiyorlar", "evlendirecekler zorla"),  # tr
        ("mein onkel zwingt mich", "gezwungen hat mich der onkel"),  # de
        # face + crooked, swelling + throat, pregnant + blood
        ("yuzu kaydi konusamiyor", "kaydi yuzu"),  # tr: the face slid (stroke)
        ("в неї перекосило обличчя", "обличчя перекосило"),  # uk
        ("his throat is swelling", "swollen throat and lips"),
        ("ich bin schwanger und blute", "blutung in der schwangerschaft"),  # de
        ("sim khamni thaj zhal mange rat", "rat zhal, khamni sim"),  # rom
    ],
)
def test_the_new_concepts_do_not_care_about_word_order_or_endings(
    as_written: str, turned_round: str
) -> None:
    assert WORDS.found_in(as_written) and WORDS.found_in(turned_round)


@pytest.mark.parametrize(
    "message",
    [
        "shoharam har roz zang mizane",  # fa: my husband calls every day
        "شوهرم بهم زنگ زد",  # fa: my husband called me
        "ich hab einen termin beim herzarzt zur kontrolle",
        "kalp doktoruna randevu almak istiyorum",  # tr: appointment with a heart doctor
        "iskam da pisha s jiv chovek a ne s robot",  # bg: a living person, not a robot
        "ma doare putin capul",  # ro: a slight headache
        "my phone died can i charge it here",
        "esim insaatta calismak istiyor",  # tr: "istiyor" (wants) is not "itiyor" (pushes)
        "my son lost his phone",  # a child + "lost" is no missing child
        "my boss needs my passport",
        "i took my passport to the jobcenter",
        "der chef will meinen pass sehen",
    ],
)
def test_everyday_lines_near_the_new_concepts_are_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    ("name", "known_alarms", "known_missed"),
    [
        # a line about living apart from "my husband" names a person who could hurt, and then
        # no figure of speech is assumed
        ("probes_u-danger.yaml", 1, ()),
        ("probes_u-danger2.yaml", 0, ()),
        ("probes_u-danger3.yaml", 1, ()),
        # "my heart aches for home" in ro, bg, rom: heart + pain stays an alarm when the
        # longing word is far or missing (a missed heart attack is worse)
        ("probes_u-danger4.yaml", 3, ()),
        ("probes_u-danger5.yaml", 0, ()),
        ("probes_u-danger6.yaml", 0, ()),
        # bg: "diasha" is "disha" (breathes) with a letter too many; a five-letter word is
        # read only as typed, so that "bie" and "bir" stay apart (listed as typed since the
        # twelfth round). "блъсна ме тълпата ... но
        # съм добре" (the crowd pushed me, but I am fine) stays an alarm: "pushed me" is
        # danger when a person does it
        ("probes_u-danger7.yaml", 1, ()),
        # ninth round: chest pain in other forms, beaten said from the victim's side, fever
        # said as hot, followed as walking behind me, dialect negation, Finglish glides;
        # "the neighbour kills me with his drill" is a nuisance (27 of 68 found before)
        ("probes_u-danger9.yaml", 0, ()),
        # tenth round: spoken Arabic of Yemen, the Gulf and the Maghreb, Arabizi with French,
        # southern German and Romanian regional forms, losing blood, fire in a home; a mother
        # or a boss who "will kill me", burnt food, a team that beat another (39 of 63
        # emergencies found and 12 of 38 look-alikes rang before); batch B, written after
        # that change: unconscious, hanging, caustics, fits in ten languages (27 of 33, 1 of 16);
        # batch C: Maghrebi verb prefixes, learner German, Romanian and Turkish forms (2 of 15);
        # batch D: fire and illness typed in Latin letters (19 of 19; 2 of 6 look-alikes rang)
        ("probes_u-danger10.yaml", 0, ()),
        # eleventh round: twenty danger concepts in every language, written before any change
        # (186 of 212 found, 2 of 28 look-alikes rang before): a boss or foreman who hits, with
        # a stick or a pipe, someone else hurt, swallowed magnets and coins, locked in, stabbed;
        # then drowning, numb faces, "39.5" in a baby, "pokonchit s soboi" (211 of 212);
        # batch B, written after that: gas, accidents with injured, a child not back home,
        # seizures with rolling eyes, an arm that cannot move (72 of 98 before; 2 of 21 rang);
        # batch C: labour, a gun, quoted threats, harassment, an electric shock, a closing
        # throat, prices that "kill" (39 of 58 before; 2 of 14 rang); batch D: typed as it
        # comes, neighbours heard through the wall, other romanisations (46 of 48; 2 of 5 rang);
        # batch E: Romani, Persian and Arabic dialects (18 of 23 before; 0 of 3 rang);
        # then pills beside "do not want any more" (the lead)
        (
            "probes_u-danger11.yaml",
            1,  # "gogsum biraz agriyo spor yaptim": chest pain after sport still rings
            (),  # "39 si ceva" and "pilas but drabura" are found since the twelfth round
        ),
        # twelfth round: new concepts in every language, written before any change (141 of
        # 191 found, 8 of 77 look-alikes rang before): a gun or an axe, shooting, a diabetic
        # low, held in with one's passport taken, Persian typed in Tajik Cyrillic, labour,
        # allergy, falls, a child missing; a fire sale, killing time, a kitchen knife; batch B,
        # written after that: kidnapping, carbon monoxide, a chemical in the eye, choking,
        # a head hit with vomiting (57 of 72 before; 0 of 12 rang); batch C: a quiet wish to
        # die, a cigarette put out on an arm, a knife fight, a door broken in, foam at the
        # mouth, an open fracture, fever with a rash, a fall then sleepy (39 of 119; 1 of 24);
        # batch D: a train, forced work with passports taken, a floppy baby, an explosion,
        # pinned under a car, pregnancy with belly pain, hot oil thrown, heatstroke, a baby
        # locked in a hot car (19 of 89; 0 of 24); batch E: the new concepts typed in Latin
        # letters and dialects (56 of 62; 2 of 9); batch F: mixed languages, violence heard by
        # a neighbour, "what should I do" (37 of 42). Still missed: threats to "cut" someone,
        # a Romanian line with a German verb (pairs are read within one language)
        # thirteenth round: new people (Sudanese, Iraqi, Gulf, Algerian, Tunisian Arabic, Dari
        # and Tajik, Latin-typed Cyrillic, Kalderash Romani ...), written before any change
        # (103 of 114 found, 7 of 42 look-alikes rang before): fever with the Arabic article,
        # Maghrebi "ما ... ش", followed home to the door, a threat to set a home on fire; a
        # feeling that "hits", a game's score, a laughing face, a fire told from long ago;
        # batch B, written after that change (60 of 70 found, 3 of 24 rang before): a sponsor
        # holding passports, "40 daraja" in a child, a fall from a balcony, a baby not
        # nursing and limp, "nobody will miss me", a heart attack told from a past year;
        # batch C, written after the second change (37 of 47 found, 2 of 22 rang before): a
        # stranger in the house (Arabizi, Turkish), a pillow pressed on a face, Bulgarian "w"
        # for ш ("diwa"), smoke from a window, "a pain / the children's screaming kills me";
        # batch D, written after the third change (17 of 22 found, 8 of 10 rang before):
        # trafficking, a child home alone since yesterday, a threat to break legs; a landlord
        # or a boss who threatens eviction, a rent rise or the sack is no alarm; batch E, a
        # fresh check after that (19 of 22 found, 0 of 7 rang): then antifreeze, Romani "marda"
        # fourteenth round (u-danger14): other persons, tenses and attached pronouns of the
        # same verbs, written before the change (99 of 114 found, 3 of 24 look-alikes rang);
        # batch B, written after the first change (47 of 54 found before it, 52 after); batch
        # C, a fresh check in all ten languages after the second (53 of 62 found, 3 of 11
        # rang; then slipping, poisoning with vomiting, lying in blood, "بدها تموت"). The
        # look-alikes still ringing: "jozi darab el karhba" (he crashed the car), "ma 3andi
        # nafas" (no mood: also "no breath"), a father asking whether slapping his son is wrong
        # fifteenth round (u-danger15): the kinds heldout11 missed, in new wordings and other
        # languages, written before the change (31 of 74 found, 5 of 28 look-alikes rang):
        # thrown from a height, burned with a cigarette or an iron, vomiting blood, fainting
        # after a beating, losing consciousness, ice cold and not answering, a stiff neck with
        # fever, petrol drunk, detergent pods, flames spreading; Slovak letters in Romani,
        # Bulgarian "-ха" (they did), Gulf "g" for q, Iraqi "چ", Ukrainian "h". Still missed: an
        # Iraqi threat to burn "you" with nothing else ("احركچ": a burnt pot is also "burnt").
        # Still ringing: "my son throws up in the car on long trips" ("throws ... on my son")
        # batch B, written after the first change (53 of 59 found, 5 of 15 look-alikes rang):
        # Finglish "partet" (throw you), "estefragh", Romani balconies, Gulf "yigtil"; a wardrobe
        # or rubbish thrown from a balcony, a mother "cold" who does not answer messages. Also
        # still ringing: "my consciousness of time" ("lost ... consciousness")
        # sixteenth round (u-danger16): the causes of heldout12-A's misses, in new wordings,
        # written before the change (29 of 37 found without the model, 15 of 20 look-alikes
        # rang): Turkish plurals, cases, "-iyo" and passive or told pasts ("kanlar içinde",
        # "itilmiş", "düşürülmüş"), Romani case endings ("klorosko", "benzinosko") and borrowed
        # or derived verbs ("vomitinel", "ratvarel"), removers, acetone and drain cleaners, an
        # Iraqi threat to burn "you"; applause, a goal, laughter, a meal or anger that
        # "explodes", "просто огонь", choked with hugs, "my blood ran cold", travel sickness.
        # Still missed then: "düşürülmüş, yerde yatıyo" (pushed down, lying), found since the
        # seventeenth round ([fell, lying])
        (
            "probes_u-danger16.yaml",
            0,
            (),
        ),
        # seventeenth round (u-danger17): states, not phrases, written before the change (23 of
        # 58 found, 1 of 31 look-alikes rang): fallen or shot at and lying on the ground, blood
        # everywhere, cannot wake someone, a finger or hand cut off; a dead phone or battery, a
        # team that "killed us", asleep on the floor, a child "lying", a power cut, cut nails.
        (
            "probes_u-danger17.yaml",
            # ar: "the electricity was cut" rings on the word for electricity (a shock), as before
            1,
            (
                # fa: "همه جا خونه" is "blood everywhere" and "everywhere is home" alike
                "همه جا خونه، پسرم دستشو برید",
                # ar: "صحي" (to wake) is also "healthy"
                "مش قادر صحي ابوي",
                # ro: "tăiat degetele" (cut the fingers) is also a small cut
                "flexul i-a taiat degetele tatei",
            ),
        ),
        # twentieth danger round (u-danger20): Romani with Romanian and Bulgarian loanwords,
        # Lebanese and Algerian Arabic, Herati Dari, Black Sea Turkish, surzhyk; written before
        # the change and before heldout16-A was opened (words alone: 68 -> 79 of 82 found,
        # 8 -> 2 of 40 look-alikes rang). Still ringing: violence told as last year's (kept on
        # purpose: the person may still be in danger), a film whose killer is "o rom" (also
        # "the husband")
        # The three it missed are found since the twenty-first round: "sange avel" (blood
        # comes) listed as a phrase like "rat avel", "bie e chaven" as a phrase (not "bie"
        # alone: "day bye" is no "daj bie"), Dari "dil" paired with the left arm only.
        (
            "probes_u-danger20.yaml",
            2,
            (),
        ),
        # twenty-first danger round (u-danger21): blood coming from the head or nose (Romani
        # "sange avel", "kruv avel"), breath taken ("na lel duh"), the Dari heart and left arm,
        # a hand clutched to the chest in nine languages; written before the change (words
        # alone: 53 -> 72 of 73 found; 2 of 22 look-alikes rang before and after: the heart
        # aching for the village no longer, a film where he clutched his chest now). Still
        # ringing: two films (rom "avel rat andar o shero", ru "v filme on skhvatilsia za
        # grud": "on", he, keeps the alarm, as a person who could hurt)
        (
            "probes_u-danger21.yaml",
            2,
            (
                # bg: "garda" (typed for "гърдите", the chest) is no listed form
                "boli go garda i lqvata raka",
            ),
        ),
        # eighteenth round (u-danger18): states and consequences, written before the change
        # and before heldout14-A was opened (97 of 109 found, 5 of 25 look-alikes rang): a head
        # struck against a wall and not moving, foam at the mouth with shaking, a baby turned
        # blue in Arabizi, Gulf "يعور" (hurts) and the left arm, Turkish "kendimi asıcam" (I
        # will hang myself, the future as said), swelling in Arabizi; a cooking course's
        # knives, "hit the jackpot". Still ringing: a fall told from last year (ru), a
        # first-aid course that names a seizure (de)
        (
            "probes_u-danger18.yaml",
            2,
            (),
        ),
        # fifteenth round: the Iraqi threat is found since the sixteenth (an object "you"
        # attached to a verb of burning); "my son throws up" is vomiting since then
        (
            "probes_u-danger15.yaml",
            1,
            (),
        ),
        # twenty-fifth danger round (u-danger25): a cleaning liquid named by its use, medicine
        # drunk or eaten by a child or someone else's, burns, choking, seizures, falls, allergy,
        # suicide, stalking, a child lost or locked in, pregnancy bleeding; written before the
        # change in five batches (words alone with the figures: 154 emergencies, 32 look-alikes).
        # Still ringing: a home filling with smoke from burnt food (kept: smoke in a home).
        (
            "probes_u-danger25.yaml",
            1,
            (
                # (de: learner "mein kind weg, ich finde nicht" is found since round 26: "weg"
                # right after the child, the pair little + gone)
                # fa: an accident and a friend "stuck" in the car ("stuck in traffic" too);
                # the screen comes from "tasadof" (a word of danger in part)
                "tasadof kardim dustam tu mashin gir karde",
            ),
        ),
        # round 26 (u-danger26): Romani, Dari, Arabic dialects, a child gone in learner German.
        # "mein sohn ist krank, ich muss weg" ("ist weg" of the group missing, found in any order)
        # is quiet since round 27: "muss weg" is the speaker leaving. Missed by the words (the
        # learned reading or the line with the numbers may still come): lines whose only sign is a
        # loose word ("nu mai e", "bigodjaki": also "stupid", "kard": also "did"), "go nqma" ("няма
        # ... го" rang for "nobody to leave him with"), "nicht mehr da" (also leaving a course), a
        # child and "verloren" or "weg" not side by side, a fall in learner German ("fallen").
        (
            "probes_u-danger26.yaml",
            0,
            (
                "o chavo sovel thaj na xutel, na hatjarel khanci",
                "meine tochter nicht mehr da, finde nicht, hilfe",
                "baiatu nu mai e, l-am cautat peste tot",
                "deteto go nqma, tarsim go ot chas",
                "mo chavo nakhlo e benzina",
                "e bibi si bigodjaki, na vazdel pes",
                "yak nafar ba kard pushtam ast",
                "wo ist mein kind, ich kann nicht finden",
                "kleine junge allein weg gegangen, 4 jahre",
                "tochter 5 jahre verloren im bahnhof",
                "opa fallen und nicht aufstehen, blut von kopf",
            ),
        ),
        # round 27 (u-danger27): a child gone or a baby alone at home, violence and illness in
        # all ten languages, written before the change (words alone: 51 of 58 found, 7 of 48
        # look-alikes rang); the speaker who must leave, a parent WITH a baby at home, skin, a
        # son's passport lost. Missed by the words: a child of no told age alone at home (a
        # schoolchild may be; the small child is named by "toddler" or an age). Batch B, written
        # after the change: Persian, Dari, Finglish and Bavarian forms, "weg" to somewhere
        (
            "probes_u-danger27.yaml",
            0,
            ("bachem tanha khune ast va man dar kar hastam",),
        ),
        # the Romani cleaning-water line is found since the twenty-fifth round (a liquid named
        # by what it is for is read as a cleaning liquid)
        (
            "probes_u-danger14.yaml",
            3,
            (),
        ),
        (
            "probes_u-danger13.yaml",
            0,
            (
                # rom: the word for the cleaning liquid ("balmos") is the writer's guess
                "mi chaj pijas o paji kotar e balmos",
                # batch E (a fresh check): "locked in" with "her" would also ring for "she
                # locked her phone"
                "my cousin is locked in a basement by the people who brought her here",
            ),
        ),
        (
            "probes_u-danger12.yaml",
            0,
            (
                # "he texts me that he will find me and cut me" is found since the twenty-fourth
                # intents round: a phrase takes the copy of a repeated word ("me") nearest its
                # other words
                "imi scrie ca ma gaseste si ma taie",
                "barbatu meu m-a schlagen, ajutor",
            ),
        ),
    ],
)
def test_every_emergency_of_the_probes_shows_the_numbers_and_no_look_alike_does(
    name: str, known_alarms: int, known_missed: tuple[str, ...]
) -> None:
    """The probes were written before their words were added (two rounds)."""
    lines = yaml.safe_load(EMERGENCY_SET.with_name(name).read_text(encoding="utf-8"))["questions"]
    emergencies = [line["q"] for line in lines if line.get("intent") == "emergency"]
    others = [line["q"] for line in lines if line.get("intent") != "emergency"]

    missed = [text for text in emergencies if not WORDS.found_in(text)]
    alarms = [text for text in others if WORDS.found_in(text)]

    assert len(emergencies) >= 50 and missed == list(known_missed), f"without numbers: {missed}"
    assert len(others) >= 20 and len(alarms) <= known_alarms, f"false alarms: {alarms}"


@pytest.mark.parametrize(
    "message",
    [
        # u-danger18, from heldout14-A's causes: Ukrainian typed with a Latin "i" in Cyrillic
        # words, a man tied up and lying there, carbon monoxide, slurred speech and vomiting,
        # a car boot, fever and confusion, lime in the eyes, Turkish future as said
        "Ой, сусiд гамселить жiнку кочергою, вона вже не кричить",
        "dedemi eli kolu bagli buldum yerde yatiyo",
        "es riecht komisch, der gasofen war an und uns ist allen schwindelig",
        "he is vomiting and talking funny since this morning",
        "they put my brother in the trunk and locked it",
        "у мамы высокая температура и она не узнает нас",
        "в глаза попала известь",
        "kendimi asicam bu gece",
        "el bebe sar azra2 fjaa",
        "ابني اكل فطر من الحديقة وعم يستفرغ",
        "khouya tayy7atou karhba, rajlou mkassra",
    ],
)
def test_states_found_in_the_eighteenth_round_ring(message: str) -> None:
    assert WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    "message",
    [
        "shivashkoto kafe, Neh-kafe li beshe",  # bg: "beshe" (was) is no "bieshe" (was beating)
        "yeni eve taşındım adres kaydını nerde yapıcam",  # tr: "yapıcam" (I will do) + home
        "koi bie Botev vchera",  # bg: who beat Botev yesterday (football)
        "Цените в Kaufland са чист пожар",  # bg: prices "on fire"
        "benzinaria de langa ne injunghie cu preturile",  # ro: prices that "stab" us
        "my husband hit the jackpot last year lol",
        "he hits the gym every day",
        "muss ich für den kochkurs eigene messer mitbringen",
        "we have no gas since monday and my head is spinning from all the forms",
    ],
)
def test_look_alikes_of_the_eighteenth_round_stay_quiet(message: str) -> None:
    assert not WORDS.found_in(message), WORDS.which(message)
    assert not WORDS.partial(message) & {("hurts", "bg"), ("beats", "bg")}


@pytest.mark.parametrize(
    "message",
    [
        "der kurs bringt mich noch um so schwer ist der",
        "this course is killing me haha",
        "cursul asta ma omoara",  # ro
        "този курс ме убива",  # bg
        "o kurso mudarel man",  # rom
        "هالكورس رح يموتني",  # ar
        "bu kurs beni olduruyor",  # tr
        "цей курс мене вбиває",  # uk
        "этот экзамен меня убьет",  # ru
        "این کلاس منو میکشه",  # fa
        "i dont want to live in a shelter anymore can you help me find a flat",
        "ich hab keine luft mehr im fahrradreifen",
        "diese hitze bringt mich um",
        "my kid beat me at chess haha",
        "copiii se bat in joaca",  # ro: the children fight while playing
        "децата се бият за играчки",  # bg: the children fight over toys
        "купила новый нож для кухни",  # ru: bought a new kitchen knife
        "mutfak icin yeni bicak aldim",  # tr: the same
        "сердце болит по дому",  # ru: the heart aches for home
        "ich lebe seit zwei jahren in dortmund und will nicht mehr umziehen",
    ],
)
def test_a_course_that_kills_or_a_tyre_without_air_is_a_figure_of_speech(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "after the course he will kill me",  # someone is named: no figure of speech
        "nach dem kurs bringt mein mann mich um",
        "o rom mudarela man pala o kurso",  # rom: my husband will kill me after the course
        "бие ме на курса",  # bg: he beats me at the course ("beats" is never a figure)
        "بعد الكورس جوزي رح يقتلني",  # ar: after the course my husband will kill me
        "i dont want to live anymore",
        "ich will nicht mehr leben",
    ],
)
def test_danger_next_to_a_course_is_still_danger(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "mein bruder verpruegelt mich staendig",  # ü typed as "ue" in a "*" word
        "er schliesst mich ein",
        "er hat mich gewuergt",
    ],
)
def test_german_typed_without_umlauts_is_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    ("as_written", "turned_round"),
    [
        ("мама лежит и не отвечает", "не отвечает, на полу лежит мама"),  # ru
        ("annem cevap vermiyor yerde yatiyor", "yerde yatıyor annem, cevap vermiyo"),  # tr
        ("مادرم افتاده جواب نمیده", "جواب نمیده، مادرم رو زمین افتاده"),  # fa
        ("zoji y3thebni", "y3azebni zawji"),  # ar in Latin letters: my husband tortures me
        ("o rom tasavel man", "tasadas man o rom"),  # rom: chokes me, choked me
        ("малыш еле дышит", "еле-еле дышит малыш"),  # ru: barely breathing
        ("бебето едва диша", "диша едва бебето"),  # bg
        ("sie hat mich an den haaren gezogen", "zieht an meinen haaren"),  # de: hair + pull
        ("таскал меня за волосы", "за волосы таскает"),  # ru
        ("عمي بيتحرش فيني", "بيتحرش فيني عمي"),  # ar: my uncle harasses me
        ("amcam bana dokunuyor", "dokundu bana amcam"),  # tr: touch + a person
        ("горит квартира везде дым", "дым, квартира горит"),  # ru: fire + home
        ("kizim kayboldu", "kayboldu kızım"),  # tr: a child missing
        ("patron pasaportumu aldi", "aldı pasaportumu patronum"),  # tr: passport + employer
    ],
)
def test_lying_without_answering_and_more_violence_in_any_order(
    as_written: str, turned_round: str
) -> None:
    assert WORDS.found_in(as_written) and WORDS.found_in(turned_round)


@pytest.mark.parametrize(
    "message",
    [
        "meine frau ist hingefallen und zittert am ganzen körper",
        "вчера упала бабушка а теперь трясется вся",  # reversed: fell, then shaking
        "وقعت امي عالارض وعم ترجف",
        "میخوام به زندگیم پایان بدم",
        "zendegimo mikham payan bedam",  # Finglish, other order
        "i just want to end my life",
        "vreau sa pun capat vietii mele",
        "хочу покончить с жизнью",
        "hayatima son vermek istiyorum",
        "temperatura copilului e patruzeci",
        "حرارة ابني اربعين",
        "mein enkel hat omas herzpillen gegessen",
        "kyrvi mnogo i ne spira",  # bg typed in Latin letters, ъ as y
    ],
)
def test_seizures_a_wish_to_end_life_and_fever_in_words_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "ich bring meinen bruder um wenn er nochmal meinen kuchen isst",
        "ill kill my brother if he eats my cake again",
        "ще убия брат ми ако пак ми изяде тортата",  # bg
        "mudarava me phrales te khala mi torta",  # rom
        "pastami yerse kardesimi oldurecegim",  # tr
        "вб'ю брата якщо ще раз з'їсть мій торт",  # uk
        "my husband beat me at chess again lol",  # won a game
        "mein mann hat mich beim kartenspielen geschlagen haha",
        "sotul meu m a batut la table",  # ro: at backgammon
        "мъжът ми ме би на карти",  # bg: at cards
    ],
)
def test_a_joke_about_a_cake_or_a_game_won_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "my husband will kill me if i eat his cake",  # "me": the speaker is in danger
        "ich bring mich um wegen dem kuchen",
        "ще ме убие ако изям тортата",  # bg: he will kill me if I eat the cake
        "kocam pastayi yersem beni oldurecek",  # tr: the same
        "he said he will kill my brother over the charger",  # not the speaker's own "I'll"
        "he beat me at home",
        "my husband beat me after the football match",  # no game right beside the verb
        "mein mann schlägt mich beim kartenspielen",  # "schlägt" now may be hitting
        "бие ме на карти мъжът ми",  # bg: present tense, the same
        "he hits me at cards",  # "hits" never means "won"
    ],
)
def test_danger_beside_a_cake_or_a_game_is_still_danger(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "mein stiefvater verhaut meine kleine schwester wenn mama weg ist",
        "my stepdad whacks my little sister when mum is out",
        "mein sohn hat einen anfall und zuckt am boden",  # lying + shaking
        "die kleine hat spuelmaschinentabs in den mund genommen",
        "my toddler drank some of the dishwasher stuff",
        "bacham ba ab jush sukht",  # fa in Latin letters: boiling water burned my child
        "kochendes wasser ist ueber mein kind gekippt",
        "boiling water spilled on my daughter",
        "подуха му устните и гърлото след лекарството",  # bg: lips and throat swelled up
        "ابني عم يتشنج",  # ar: my son is having a seizure
        "annem dustu ayilmiyor",  # tr: mother fell and does not come round
        "un barbat se tine de mine de la statie",  # ro: a man follows me from the stop
    ],
)
def test_seventh_round_emergencies_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    ("good", "bad", "named"),
    [
        ("    reach: 12\n", "    reach: far\n", "number"),  # a reach that is no number
        (  # a group that keeps the alarm, but no list has it (u-danger24)
            "    unless_groups: [little, toddler,",
            "    unless_groups: [littel, toddler,",
            "littel",
        ),
    ],
)
def test_a_figure_with_a_reach_that_is_no_number_is_reported_with_file_and_line(
    tmp_path: Path, good: str, bad: str, named: str
) -> None:
    for name in ("distress.yaml", DANGER_FILE):
        (tmp_path / name).write_text((LOCALES / name).read_text(encoding="utf-8"), encoding="utf-8")
    danger = tmp_path / DANGER_FILE
    text = danger.read_text(encoding="utf-8").replace(good, bad, 1)
    danger.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith(bad.rstrip()))

    with pytest.raises(CatalogueError) as raised:
        DistressWords.load(tmp_path)

    assert f"{DANGER_FILE}:{line}" in str(raised.value)
    assert named in str(raised.value)


@pytest.mark.parametrize(
    "message",
    [
        "جوزي حيضربني",  # ar, Egyptian "will": read as "يضربني"
        "جوزي حيخنقني",  # ar: "will choke me", read as "يخنقني"
        "ابني عم يشرق ويتشنج",  # ar: "يتشنج" (is seizing) read as "تشنج" (a seizure)
        "mein kleiner hat rohrreiniger getrunken",  # de: a "reiniger", the compound's last part
        "meine tochter hat opas herztropfen getrunken",
        "zogy by3tedy 3alaya",  # ar, Egyptian in Latin letters: my husband assaults me
        "ommi wi23et w ma bt7ki",  # ar, Levantine in Latin letters: mother fell, says nothing
        "babam ba kamarband zadam",  # fa in Latin letters: hit with a belt
        "madaram az hoosh raft",  # fa in Latin letters: mother fainted
    ],
)
def test_arabic_verbs_and_german_compounds_are_read_by_their_parts(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "der kurs hat mich echt umgehauen so gut war er",  # a verb's prefix changes it
        "kann ich ein kuechenmesser im sozialkaufhaus bekommen",  # only substances by a part
        "m am batut cu gandul sa vin la curs",  # ro: I thought hard about coming
    ],
)
def test_only_substances_are_read_by_a_compound_part(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "spellings",
    [
        ("zawji", "zawjy"),  # ar: my husband
        ("yidribni", "yedrabni", "yudrubni"),  # ar: he hits me
        ("yodrobni", "yodhrobni", "ydhrobni"),  # ar: he hits me, ض typed "dh" (Gulf, Iraqi)
        ("shoharam", "shouharam"),  # fa: my husband
        ("mizane", "mizaneh"),  # fa: he hits
        ("tnaffas", "tnafas"),  # ar: breathes
    ],
)
def test_latin_typed_arabic_and_persian_spellings_share_one_skeleton(
    spellings: tuple[str, ...],
) -> None:
    assert len({skeleton(spelling) for spelling in spellings}) == 1


@pytest.mark.parametrize(
    "message",
    [
        "zawjy yudrubni",  # ar, spelled as no list has it: my husband hits me
        "el walad mish bi tnaffas",  # ar: the boy is not breathing
        "ummi wag3at w ma tis7a",  # ar, Gulf: mother fell and does not wake
        "shouharam mano mizaneh",  # fa: my husband hits me
    ],
)
def test_danger_typed_in_latin_letters_is_found_however_it_is_spelled(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "can i move my appointment to another day",  # "another" and "intihar" share "nthr"
        "kaj xan e rumunia khetane",  # rom: a word alone never sounds an alarm by skeleton
        "ucreti ne kadar",  # tr
        "was soll ich alles dabeihaben",
        "shoharam kar peida karde",  # fa: my husband found work
        "ibni yidrus fi el madrasa",  # ar: my son studies at school ("yidrus", not "yidrib")
    ],
)
def test_a_skeleton_alone_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    ("as_written", "turned_round"),
    [
        ("a car hit my son outside the school", "my son was hit by a car"),
        ("машина сбила ребенка", "ребенка сбила машина"),  # ru
        ("ماشین به پسرم زد", "زد ماشین به پسرم"),  # fa
        ("oglumaa araba carpti", "carpti araba oglumaa"),  # tr, typed with a typo
        (
            "baby ist vom wickeltisch gefallen und erbricht",
            "erbricht nach dem sturz, gefallen vom bett",
        ),
        ("дитина впала з ліжка головою і блює", "блює, впала дитина"),  # uk: fell, vomits
    ],
)
def test_an_accident_and_a_fall_with_vomiting_are_found_in_any_order(
    as_written: str, turned_round: str
) -> None:
    assert WORDS.found_in(as_written) and WORDS.found_in(turned_round)


@pytest.mark.parametrize(
    "message",
    [
        "arabam bozuldu tamirci lazim",  # tr: my car broke down
        "ماشینم خراب شده تعمیرکار میخوام",  # fa: the same
        "wir haben einen unfall gehabt auf der a1 und brauchen einen abschleppdienst termin",
        "i took paracetamol for my headache is that ok with the course",
        "у ребенка режутся зубки",  # ru: teething, not cutting oneself
    ],
)
def test_a_car_or_a_pill_alone_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "бʼє мене свекруха",  # uk, the apostrophe Ukrainian keyboards type
        "чоловік мене б’є",  # uk, a typographic apostrophe
        "чоловік мене б`є",  # uk, a backtick
        "kaynanam beni dövüyor",  # tr: mother-in-law
        "حماتي بتضربني",  # ar: mother-in-law
        "مادرشوهرم منو میزنه",  # fa: mother-in-law
        "свекровь меня бьёт",  # ru
        "soacra mea ma bate",  # ro
    ],
)
def test_hitting_by_an_in_law_is_found_with_any_apostrophe(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    ("spellings", "same"),
    [
        (("we2e3et", "wi2i3et", "wqe3et"), True),  # ar: she fell, as people type it
        (("w2e3", "wi2i3"), True),
        (("ta7", "mesh"), False),  # no hamza or ain: nothing to keep
    ],
)
def test_arabizi_hamza_and_ain_are_kept_where_the_plain_skeleton_loses_them(
    spellings: tuple[str, ...], same: bool
) -> None:
    read = {glottal_skeleton(spelling) for spelling in spellings}
    assert (len(read) == 1 and None not in read) is same


@pytest.mark.parametrize(
    "spellings",
    [
        ("jiveya", "zhiveya", "jiveq", "zhivea"),  # bg живея
        ("dykhaye", "dyhaje", "dihae"),  # uk дихає
        ("zhit", "jit"),  # ru жить: too short to fold, so not folded at all
    ],
)
def test_latin_typed_cyrillic_is_folded_to_one_spelling(spellings: tuple[str, ...]) -> None:
    assert len({cyrillic_fold(spelling) for spelling in spellings}) == 1


@pytest.mark.parametrize(
    "message",
    [
        "omi we2e3et w mesh 3arfa tetkallem",  # ar: my mother fell and cannot speak
        "ne iskam da jiveya veche",  # bg: I don't want to live any more
        "o ciavo ci mai phurdel",  # rom: the child no longer breathes
        "mi daj peli thaj ci ushtel",  # rom: my mother fell and does not get up
        "mardean les muro phral, nakhel rat",  # rom: they beat my brother, he bleeds
        "pobi me moyat priyatel",  # bg
        "madarbozorgam oftad va behush nist",  # fa
    ],
)
def test_danger_is_found_in_the_spellings_people_type(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "her şeye son vermek istiyorum, yaşamanın anlamı yok",  # tr
        "нет смысла жить дальше",  # ru
        "زندگی دیگه معنی نداره",  # fa
        "ich will allem ein ende setzen",  # de
        "sie hat die ganzen schlaftabletten genommen",  # de: an overdose
        "my grandma took a whole bottle of pills",  # en
    ],
)
def test_a_wish_to_die_said_without_dying_and_an_overdose_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "this job will kill me",  # en
        "tazi rabota shte me ubie",  # bg
        "ця робота мене вб'є",  # uk
        "gülmekten öldüm valla bu ne 😂",  # tr: "valla" is no Latin-typed "впала"
        "fin n9der ntla9a m3a mamat okhrin w drari yl3bo",  # ar: "drari" is no "udari"
        "o chavo si nasvalo, kamel doktori",  # rom: ill, wants a doctor (no danger words)
    ],
)
def test_figures_of_speech_and_loose_spellings_are_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "bghit nmout",  # ar, Maghrebi: I want to die
        "ودي اموت",  # ar, Gulf
        "mangav te merav",  # rom
        "i just want to die",  # en
        "ölmek istiyorum artık",  # tr
    ],
)
def test_wanting_to_die_is_found_in_any_dialect(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "rajli kaydrebni",  # ar, Maghrebi present "ka(y)": my husband hits me
        "weldi ma kaytnfssch",  # ar, Maghrebi: my son is not breathing
        "jozi bidrabni",  # ar, Levantine "bi"
    ],
)
def test_spoken_arabic_verb_prefixes_typed_in_latin_letters_are_read_through(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "mikham nobat begiram",  # fa: I want to make an appointment ("begiram" is no "bemiram")
        "ebni darab el kora 3al shebbak",  # ar: my son hit the ball (a son is no attacker)
        "kaynanam beni çıldırtıyor",  # tr: my mother-in-law drives me mad
    ],
)
def test_wanting_something_or_a_son_at_play_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "er schlaegt sie jeden abend, ich hoere es durch die wand",  # de
        "he keeps beating her and she is scared to call",  # en
        "він її б'є щодня",  # uk
        "он её бьёт каждый день",  # ru
        "جوزها بيضربها كل يوم",  # ar: her husband hits her
        "der ex von meiner schwester verfolgt sie jeden tag bis nach hause",  # de: followed
    ],
)
def test_someone_else_beaten_or_followed_is_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "we beat him at chess",  # en: won a game
        "ceasul bate ora",  # ro: the clock strikes the hour
        "i want to dye my hair before the party",  # en
        "bate vantul la ea acasa",  # ro: the wind blows at her house
    ],
)
def test_winning_striking_and_dyeing_are_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "köprüden atlayacağım",  # tr: jumping from a bridge
        "ia pryhnu z mosta",  # ru, Latin letters
        "mikham az pol bepam",  # fa, Finglish
        "im going to jump off the bridge",  # en
        "kollarimi jiletle kestim",  # tr: cutting oneself
        "ya porizala sobi ruky",  # uk, Latin letters
        "jarra7t 7ali bel mous",  # ar, Arabizi
        "evimize hırsız girdi şu an içeride",  # tr: a break-in now
        "v kvartiru kto-to lomitsya",  # ru
        "jemand bricht gerade bei uns ein",  # de
    ],
)
def test_jumping_cutting_oneself_and_a_break_in_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "atladım dersi pencere kenarında oturdum",  # tr: skipped the lesson, sat by the window
        "there was a burglary in our building last year",  # en: told as past
        "kestim saçımı kendim",  # tr: I cut my hair myself
        "ich springe morgen ins kalte wasser mit dem neuen job",  # de: a figure of speech
    ],
)
def test_skipping_a_lesson_an_old_burglary_and_a_haircut_are_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "darabouna w tarradouna mn el bet",  # ar: they hit us and threw us out
        "ma ro zadan va az khune birun kardan",  # fa: the same
        "wir wurden zusammengeschlagen",  # de: passive, the victim is the subject
        "ne-au batut si ne-au dat afara din casa",  # ro
    ],
)
def test_us_beaten_is_found_however_it_is_said(message: str) -> None:
    assert WORDS.found_in(message)


def test_being_thrown_out_of_a_course_is_no_alarm() -> None:
    assert not WORDS.found_in("i was kicked out of the course")


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("o rom del man dab", True),  # rom: my husband gives me blows
        ("phagilo mo telefono", False),  # rom: my phone broke ("phabilo" is burned)
    ],
)
def test_romani_blows_ring_and_a_broken_phone_does_not(message: str, danger: bool) -> None:
    assert WORDS.found_in(message) is danger


@pytest.mark.parametrize(
    "message",
    [
        "die brust brennt und es zieht in den linken arm",  # de: burning, into the arm
        "chest been paining him since morning",  # en: "paining"
        "гърдите го боляха цял ден",  # bg: past plural of "hurt"
        "в груди жгло всю ночь",  # ru: "burned" in the chest
        "ana madroub kol yom men zawji",  # ar: "beaten", a participle, Arabizi
        "babam tarafından dövüldüm",  # tr: passive
        "я побита отчимом",  # uk: beaten by the stepfather (instrumental)
        "дочь вся горячая и дрожит",  # ru: hot and shaking (a fever fit)
        "hinter mir läuft seit zehn minuten einer",  # de: walking behind me, turned round
        "warayi fi wa7ad byemshi",  # ar: the same in Arabizi
        "oglum nefes almio",  # tr: phone spelling of "does not breathe"
        "khoon ziyad miad",  # fa: Finglish "a lot of blood"
    ],
)
def test_ninth_round_emergencies_are_found_in_any_form(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("der nachbar bringt mich um mit seinem gebohre", False),  # de: a nuisance
        ("soacra ma omoara cu intrebarile ei", False),  # ro: her questions
        ("тоя мач ме уби", False),  # bg: this match killed me
        ("el internet bi2telni", False),  # ar: the internet
        ("the neighbour will kill me, he has a knife and the music is loud", True),
        ("er bringt mich um wenn ich die polizei rufe", True),  # de: a threat, no nuisance
        ("he will kill me, he took my phone", True),  # a phone is no nuisance subject
        ("ich habe den deutschkurs endlich hinter mir", False),  # de: "behind me" = done
        ("annem arkamdan geliyor biraz bekleyin", False),  # tr: my mother comes after me
        ("die suppe ist heiß und ich friere", False),  # de: hot soup
    ],
)
def test_a_nuisance_that_kills_me_is_no_alarm_and_a_threat_beside_it_is(
    message: str, danger: bool
) -> None:
    assert WORDS.found_in(message) is danger


def test_everyday_words_one_typo_from_danger_are_no_alarm_and_real_typos_still_are() -> None:
    """probes_u-danger9b.yaml, written before ``plain:`` (16 of 18 look-alikes rang)."""
    path = EMERGENCY_SET.with_name("probes_u-danger9b.yaml")
    lines = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    emergencies = [line["q"] for line in lines if line.get("intent") == "emergency"]
    others = [line["q"] for line in lines if line.get("intent") != "emergency"]

    assert [text for text in emergencies if not WORDS.found_in(text)] == []
    assert [text for text in others if WORDS.found_in(text)] == []


def test_a_person_who_injured_or_threw_something_at_someone_is_found() -> None:
    """probes_u-danger9c.yaml, written before the groups injured, threw, atme (5 of 21)."""
    path = EMERGENCY_SET.with_name("probes_u-danger9c.yaml")
    lines = yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]
    emergencies = [line["q"] for line in lines if line.get("intent") == "emergency"]
    others = [line["q"] for line in lines if line.get("intent") != "emergency"]

    assert [text for text in emergencies if not WORDS.found_in(text)] == []
    assert [text for text in others if WORDS.found_in(text)] == []


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("ich habe schlecht geschlafen, mein mann schnarcht", False),  # de: slept
        ("mein mann hat mich gestern geschlagen", True),  # de: as listed
        ("mein mann hat mich geschlagem", True),  # de: a real typo is still read
        ("he is cooking for me tonight", False),  # en: no "choking"
        ("he is choking me", True),
    ],
)
def test_a_plain_word_is_read_as_itself_and_a_typo_of_danger_still_rings(
    message: str, danger: bool
) -> None:
    assert WORDS.found_in(message) is danger


def test_plain_words_written_as_one_string_are_reported_with_file_and_line(
    tmp_path: Path,
) -> None:
    for name in ("distress.yaml", DANGER_FILE):
        (tmp_path / name).write_text((LOCALES / name).read_text(encoding="utf-8"), encoding="utf-8")
    danger = tmp_path / DANGER_FILE
    text = danger.read_text(encoding="utf-8")
    line = text.splitlines().index("plain:") + 2  # the first language under it
    danger.write_text(text.replace("plain:\n  de: [", "plain:\n  de: geschlafen #[", 1))

    with pytest.raises(CatalogueError) as raised:
        DistressWords.load(tmp_path)

    assert f"{DANGER_FILE}:{line}" in str(raised.value)


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("mein onkel hat mich verletzt", True),  # de: a person injured me
        ("ich habe mich beim fußball verletzt", False),  # de: hurt oneself at sport
        ("ранила меня соседка", True),  # ru: injured me, turned round
        ("o vecino dukhavdas man", True),  # rom
        ("warf mir ein glas an den kopf", True),  # de: thrown at the head
        ("zakhmim kard baradaram", True),  # fa, Finglish
        ("муж кинул меня на деньги", False),  # ru: cheated me out of money
        ("er hat ein auge auf mich geworfen", False),  # de: he fancies me
        ("are my kids insured with me", False),  # en: "insured" is no "injured"
    ],
)
def test_injured_or_thrown_at_is_danger_and_sport_or_slang_is_not(
    message: str, danger: bool
) -> None:
    assert WORDS.found_in(message) is danger


@pytest.mark.parametrize(
    "message",
    [
        "mei mo hot mi gschlagn, i trau mi ned hoam",  # de: southern "g-" and "-n" participle
        "d'oma is higfalln und schnauft nimma",  # de: "nimma" is "nicht mehr"
        "kızım gan gaybediyo, durmuyo",  # tr: Anatolian "g" for a first "k"
        "هقتل نفسي مش قادرة اكمل",  # ar, Egyptian: "ه" + "اقتل" (I will kill myself)
        "بموت حالي خلص بدي موت",  # ar, Levantine: first-person "ب"
        "wladi ta7 men sta7 w dem bezzaf",  # ar, Maghrebi: blood, a lot
        "kayna l3afya f la cuisine",  # ar, Algerian: there is a fire in the kitchen
        "rani khayfa, kayen wahed tab3ni",  # ar, Algerian: someone follows me, I am afraid
        "mon mari m'a frappé hier soir",  # ar-speaker writing French
        "my grandson is losing blood from his head",  # en: losing blood
        "пуши се от апартамента на съседите, запали се нещо",  # bg: smoke, caught fire
        "мій син наковтався пігулок бабусі",  # uk: swallowed pills, another verb
    ],
)
def test_spoken_forms_and_dialect_words_of_danger_are_found(message: str) -> None:
    """Shapes of probes_u-danger10.yaml, in sentences written after the change."""
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("my mom will kill me when she sees my room", False),  # en: a mother's anger
        ("my husband will kill me when he sees my phone", True),  # en: a husband's threat
        ("мама меня убьёт, когда увидит дневник", False),  # ru
        ("муж меня убьёт, когда увидит телефон", True),  # ru
        ("şefim beni öldürür yine geç kalırsam", False),  # tr: a boss
        ("my mum will kill me, my stepdad already beats her", True),  # beating stays
        ("i burned the toast again, sorry", False),  # en: burnt food
        ("am ars ciorba iar, miroase toată casa", False),  # ro: burnt soup
        ("we beat them 2-0 in the final yesterday", False),  # en: a team won
        ("я вб'ю цей комп'ютер, знову завис", False),  # uk: kill a computer
        ("يعطيك العافية على كل شي", False),  # ar: "God give you strength", no fire
        ("ya3tik saha w l3afya", False),  # ar, Maghrebi: thank you
        ("kocam beni öldürür bunu duyarsa", True),  # tr: a husband's threat stays
    ],
)
def test_a_mother_a_boss_burnt_food_or_a_match_is_no_alarm_and_a_threat_is(
    message: str, danger: bool
) -> None:
    assert WORDS.found_in(message) is danger


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("mama hat plötzlich das bewusstsein verloren", True),  # de: unconscious
        ("my uncle lost consciousness at work", True),  # en
        ("сестра потеряла сознание в автобусе", True),  # ru
        ("annemin bilinci kapandı, konuşmuyor", True),  # tr
        ("i want to hang myself", True),  # en: hanging oneself
        ("я хочу повеситься", True),  # ru
        ("meine tochter hat natronlauge getrunken", True),  # de: a caustic
        ("bnti in7ar2at b lma s5oun", True),  # ar, Latin: a child scalded
        ("ich muss noch die wäsche aufhängen", False),  # de: hanging the washing
        ("ما اشتي اعيش في هذا الهايم، ممكن سكن ثاني", False),  # ar, Yemeni: not in this shelter
        ("i'm dying of hunger, is there food", False),  # en: hungry
        ("havale ile ödeme yapabilir miyim", False),  # tr: a bank transfer
    ],
)
def test_unconsciousness_hanging_and_caustics_are_danger_and_hunger_or_a_shelter_are_not(
    message: str, danger: bool
) -> None:
    assert WORDS.found_in(message) is danger


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("بوها كيضربها وكيضربني", True),  # ar, Maghrebi "ka-" before a verb
        ("جوزي غيقتلني الليلة", True),  # ar, Maghrebi "gha-" (will)
        ("امي عندها كتمة في صدرها", True),  # ar: chest tightness
        ("الصالون عم يولع والدخان بكل مكان", True),  # ar, Levantine: catching fire
        ("baby nix atmen", True),  # de, learner: "nix" for "nicht"
        ("opa ist hingefallt und sagt nix mehr", True),  # de, learner participle
        ("kocam beni dövmeye başladı", True),  # tr: an infinitive
        ("ich kann nix deutsch, sprechen sie arabisch", False),  # de: "nix" alone
        ("كيف حالك، بدي اسأل عن الموعد", False),  # ar: "kayf" (how) is no "ka-" verb
        ("dövme salonu nerede", False),  # tr: a tattoo
    ],
)
def test_maghrebi_verb_prefixes_and_learner_grammar_are_read_and_look_alikes_are_not(
    message: str, danger: bool
) -> None:
    """Shapes of batch C of probes_u-danger10.yaml (2 of 15 found before the change)."""
    assert WORDS.found_in(message) is danger


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        ("when is the fire drill in our building", False),  # en: a drill
        ("yangın tatbikatı saat kaçta", False),  # tr: a drill
        ("am foc de ras după bărbierit", False),  # ro: razor burn
        ("the fire exit is full of smoke", True),  # en: smoke keeps the alarm
        ("yangın var, tatbikat değil", True),  # tr: "fire, not a drill"
        ("ru kuhnya gorit, dym vezde", True),  # ru in Latin letters: fire at home
    ],
)
def test_a_fire_drill_or_razor_burn_is_no_alarm_and_a_fire_is(message: str, danger: bool) -> None:
    """Batch D of probes_u-danger10.yaml: fire and illness in Latin letters were all found
    before; two look-alikes ("fire drill", "foc de ras") rang."""
    assert WORDS.found_in(message) is danger


@pytest.mark.parametrize(
    "message",
    [
        "der vermieter hat mir mit dem stock auf den rücken geschlagen",  # de: a stick
        "the landlord hits his workers with a pipe",  # en: someone else, a pipe
        "прорабът бие работниците с тояга",  # bg: a foreman, a club
        "начальник избивает рабочих дубинкой",  # ru
        "patronum kardeşimi demirle dövdü",  # tr: a boss, an iron bar
        "صاحبکارم با شلنگ زدتم",  # fa: my employer hit me with a hose
    ],
)
def test_a_boss_who_hits_and_a_stick_or_a_pipe_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "kleiner hat ne münze verschluckt",  # de
        "the baby swallowed a button battery",  # en
        "fetita a inghitit un cercel",  # ro
        "rebenok proglotil monetku",  # ru, Latin letters
        "bebeğim boncuk yuttu",  # tr
        "بنتي بلعت مغناطيس",  # ar
        "پسرم سکه قورت داده",  # fa
    ],
)
def test_a_swallowed_magnet_coin_or_button_cell_is_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "he locks me in the bedroom when he goes out",  # en
        "муж запирает меня дома",  # ru
        "zakryla mene mama v kimnati",  # uk, Latin letters
        "sakkar 3alayi el bab",  # ar, Arabizi
        "shoharam mano zendani karde",  # fa, Finglish
        "kocam beni evde kilitliyor",  # tr
    ],
)
def test_being_locked_in_is_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "vecinul de la etajul 3 a fost injunghiat",  # ro: stabbed, said of someone else
        "на улицата намушкаха едно момче",  # bg
        "ein mann wurde vor dem kiosk niedergestochen",  # de
        "komşuyu bıçakladılar",  # tr
        "طعنوا شب بالشارع",  # ar
    ],
)
def test_a_stabbing_is_found_whoever_was_stabbed(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "this song is fire bro",  # en: slang praise
        "her new outfit is fire ngl",
        "my boss touched on the topic of overtime",  # a topic, not a body
        "im looking for work who can help me",  # "looking" is no "locking"
        "we need a magnet for the fridge",  # an object alone
        "mein chef ist streng aber fair",  # a boss alone
    ],
)
def test_slang_praise_a_topic_or_a_boss_alone_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "baby 6 wochen alt hat 39,2",  # de: a baby with a fever reading, no word for fever
        "bebeto ima 38.9 i ne iska da iade",  # bg, Latin letters
        "mi-a cazut baiatul in lac si a disparut",  # ro: water and missing
        "the little one went under in the pool",  # en: went under, water
        "ребенок ушёл под воду в реке",  # ru
        "hochu pokonchit s soboi",  # ru, Latin letters: to put an end to oneself
        "у дідуся оніміла половина обличчя",  # uk: a numb half face (a stroke)
    ],
)
def test_a_fever_reading_in_a_baby_drowning_and_a_numb_face_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "ich arbeite 39,5 stunden die woche",  # de: a reading without a baby
        "the kids are swimming in the lake today",  # en: water alone
        "vreau sa mor de ras cand o aud",  # ro: dying of laughter
        "gülmekten öldüm ya",  # tr
        "my son hit the ball over the fence",  # en: a ball, not a person
        "ma doare inima ca mi e dor de casa",  # ro: the heart aches for home
    ],
)
def test_a_working_week_swimming_laughter_or_a_ball_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "in der küche riecht es stark nach gas",  # de: a gas leak
        "miroase puternic a gaz la noi in bucatarie",  # ro
        "на кухне сильно пахнет газом",  # ru
        "mutfakta gaz kokusu var",  # tr
        "accident pe autostrada, sunt raniti",  # ro: an accident with injured
        "авария на перекрёстке, есть раненые",  # ru
        "my son didnt come home from school",  # en: a child not back home
        "ابني ما رجع من المدرسة",  # ar
        "er zittert und verdreht die augen",  # de: a seizure
        "she cant move her left arm suddenly",  # en: a stroke
        "ein fremder hat mich im bus angefasst",  # de: a stranger who touches
    ],
)
def test_gas_an_accident_with_injured_a_child_not_home_and_a_stroke_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "where do I pay the gas bill",  # gas without a smell
        "i had a car accident last year and need help with insurance",  # no one injured
        "mein sohn ist noch nicht zurück aus dem urlaub",  # not back, no danger
        "my daughter is touching everything in the shop",  # a child who touches
        "my son swallowed his pride and said sorry",  # a feeling swallowed
        "this course is fire, thanks",  # slang praise
    ],
)
def test_a_gas_bill_an_old_accident_or_a_swallowed_pride_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "meine frau hat wehen alle paar minuten",  # de: labour
        "sotia mea a intrat in travaliu acum",  # ro
        "у дочки отошли воды",  # ru
        "he showed me a gun and said he would come back",  # en: a gun
        "telefonda seni öldürürüm dedi",  # tr: a threat quoted
        "pishet chto prirezhet menya",  # ru, Latin letters
        "вітчим лапає мене",  # uk: groping
        "ka7raba mas ibni w wa2a3",  # ar, Arabizi: an electric shock and a fall
        "his throat is closing up after the bee sting",  # en: an allergic reaction
    ],
)
def test_labour_a_gun_a_quoted_threat_and_an_electric_shock_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "is the labour office open now",  # the labour office
        "am nevoie acum de certificat de nastere",  # ro: a birth certificate
        "die preise bringen mich um",  # de: prices that "kill"
        "bu fiyatlar adamı öldürür",  # tr
        "im dying to know when the next course starts",  # no threat
        "kahraba ma fi bil bet",  # ar: no electricity at home
    ],
)
def test_the_labour_office_a_birth_certificate_or_prices_are_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "ne mogu dyshat etim vozduhom v gorode",  # ru, Latin letters: the city air
        "i cant breathe in this city air, so much pollution",  # en
    ],
)
def test_smog_that_takes_ones_breath_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "i took a bunch of pills",  # en: an overdose
        "ich hab eine handvoll schlaftabletten genommen",  # de
        "vypila mnogo tabletok",  # ru, Latin letters
        "4uvam kak sasedat bie jena si",  # bg, chat Latin: a neighbour beats his wife
    ],
)
def test_a_handful_of_pills_and_a_neighbour_heard_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "o chavo pelo ando len",  # rom: fell into the river
        "mi chhaj xasajli ando foro",  # rom: my daughter is missing (feminine)
        "aab daagh rikht roo dast e bachem",  # fa, Finglish: hot water on the child
        "wladi tay7 w ma kayfi9ch",  # ar, Maghrebi: fell and does not wake up
    ],
)
def test_falling_into_water_and_dialect_forms_of_falling_and_scalding_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "mein sohn ist ins wasser gefallen",  # de: a child fell into water
        "the kid fell in the water",  # en
        "my husband locked me in the flat",  # en: locked in stays an alarm
    ],
)
def test_a_child_in_the_water_and_being_locked_in_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "my phone fell in the water",  # a thing fell, not a child
        "mi-a cazut telefonul in apa",  # ro
        "mein handy ist ins wasser gefallen",  # de
        "we had a small accident nobody hurt",  # no one injured
        "cauciucul masinii s-a spart, accident mic nimeni ranit",  # ro
        "my landlord locked the basement, where do i put my bike",  # a basement locked
        "the manager locked me out of my account",  # shut out, not in
    ],
)
def test_a_phone_in_the_water_an_accident_without_injured_or_a_locked_door_is_no_alarm(
    message: str,
) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "Шавҳарам ҳар рӯз маро мезанад",  # fa, Tajik Cyrillic: my husband hits me every day
        "Шавхарам маро мезанад",  # the same typed with Russian letters (х for ҳ)
        "Духтарам нафас намекашад",  # Tajik: my daughter is not breathing
        "Хонаи мо оташ гирифт",  # Tajik: our house caught fire
        "Бачаам доруҳоро хӯрд ва қай мекунад",  # Tajik: my child ate the pills and vomits
    ],
)
def test_persian_typed_in_tajik_cyrillic_is_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "mein nachbar wartet mit einer axt im flur",  # de: an axe and a person
        "my ex is outside with a gun",  # en
        "мъжът ѝ е с брадвата в двора",  # bg: her husband with the axe in the yard
        "shots fired on our street, we are scared",  # en: shooting and fear
        "у соседа ружьё, кричит что застрелит",  # ru: a gun and a threat to shoot
        "mein blutzucker ist ganz unten und ich zittere",  # de: a diabetic low
        "sekerim cok dusuk elim titriyor",  # tr
        "they took my papers and dont let me out",  # en: held, papers taken
        "copilul a mancat pastilele bunicii si vomita",  # ro: pills, then vomiting
    ],
)
def test_weapons_shooting_a_diabetic_low_being_held_and_pills_with_vomiting_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "huge fire sale this weekend",  # en: prices called fire
        "preturi de foc la piata",  # ro
        "ders başlayana kadar vakit öldürüyoruz",  # tr: killing time
        "i almost fainted when i saw the rent lol",  # en: nearly fainted
        "the news hit me like a train, i got the job",  # en: news that hits
        "bu künefe insanı öldürür",  # tr: a taste that kills
        "همه از قشنگیش سکته کردن",  # fa: a stroke from beauty
        "phagili mi pralni, kaj shaj thovav",  # rom: the washing machine broke
        "trebul man churi vash o mas",  # rom: a knife for the meat
        "Ман кор меҷӯям, кӣ ба ман кӯмак мекунад",  # Tajik: who helps me find work
    ],
)
def test_a_fire_sale_killing_time_nearly_fainting_or_a_broken_machine_is_no_alarm(
    message: str,
) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "ich kann nicht mehr, ich mach heute schluss mit allem",  # de: can't go on, end it
        "bu gece her şeyi bitireceğim",  # tr: tonight I end everything
        "wrote a goodbye letter for my daughter",  # en: a farewell to a child
        "er hat die zigarette auf meiner hand ausgedrückt",  # de: a cigarette put out on someone
        "драка с ножами возле магазина",  # ru: a knife fight
        "o fost al meu forteaza usa",  # ro: an ex forcing the door
        "kemiği dışarı çıkmış bacağından",  # tr: an open fracture
        "малката има температура и обрив",  # bg: fever with a rash
        "der kleine ist vom wickeltisch gefallen und so schläfrig",  # de: a fall, then sleepy
        "تيتا عم يطلع زبد من تمها",  # ar: foam at the mouth
    ],
)
def test_a_quiet_wish_to_die_a_knife_fight_a_door_broken_in_and_an_open_fracture_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "my baby fell asleep in the car",  # fell asleep, not fell down
        "ich kann nicht mehr warten, wann ist der kurs",  # de: impatience
        "abschiedsbrief für meine kollegen, ich ziehe um",  # de: a farewell to colleagues
        "we had a fight about the rent",  # en: a quarrel
    ],
)
def test_falling_asleep_impatience_a_farewell_to_colleagues_or_a_quarrel_is_no_alarm(
    message: str,
) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "ich schmeiß mich heute nacht vor die u-bahn",  # de: in front of a train
        "wir arbeiten ohne lohn, er hat unsere pässe weggenommen",  # de: forced labour
        "the baby is limp and won't feed",  # en: a floppy baby
        "explozie in apartament, sunt raniti",  # ro: an explosion, injured
        "мама затисната под шкафа",  # bg: pinned under a cupboard
        "hamileyim kasık ağrısı çok fena",  # tr: pregnant, belly pain
        "облила меня горячим маслом",  # ru: hot oil poured on someone
        "kızgın yağı üstüme attı",  # tr: hot oil thrown at someone
        "дід на сонці був, тепер марить і гарячий",  # uk: heatstroke
        "البيبي مسكر عليه بالسيارة",  # ar: a baby locked in a car
        "bebelusul de 5 luni are 40 si ceva",  # ro: a fever reading said in words
    ],
)
def test_a_train_forced_labour_a_floppy_baby_an_explosion_and_a_fever_in_words_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "ich hab alle tabletten genommen wie verschrieben, brauche neues rezept",  # as prescribed
        "вибух цін на газ, хто допоможе",  # uk: a price explosion
        "trafikte sıkıştım, geç kalacağım",  # tr: stuck in traffic
        "i took my passport to the office",  # en: no one took it away
    ],
)
def test_pills_as_prescribed_a_price_explosion_or_traffic_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "muzh mi stoi s bradva v dvora",  # bg, Latin letters: a husband with an axe
        "jozi wa2ef ma3o fas",  # ar, Arabizi: a husband with an axe
        "ye nafar ba tofang dare miad",  # fa, Finglish: someone with a gun
        "mei mo wart mit da axt im hof",  # de, Bavarian: my husband waits with the axe
        "mrati 3am tewled w nezlet el mayy",  # ar, Arabizi: labour, the waters broke
    ],
)
def test_the_new_concepts_typed_in_latin_letters_and_dialect_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "der zuckerpreis ist gefallen, zucker ist billiger",  # de: a price fell
        "sahar podeshevel, upal v cene",  # ru, Latin letters
        "babam baltayla odun kesiyor",  # tr: an axe for firewood
        "my husband needs an axe for the firewood",  # en
    ],
)
def test_a_sugar_price_or_an_axe_for_firewood_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "muzh menia byie kozhen den",  # uk, Latin letters (Surzhyk "menia")
        "شوهرش هر شب میزنتش",  # fa: her husband hits her every night
        "دوست پسرش تو خونه حبس میکنه",  # fa: her boyfriend locks her in at home
        "جارنا بيضربها كل ليلة",  # ar: the neighbour hits her every night
    ],
)
def test_violence_reported_of_someone_else_and_surzhyk_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "بنتي عندها السخانة بزاف وكترعد",  # ar, Maghrebi: fever with the article, shaking
        "ولدي طاح وما كيفيقش",  # ar: fell and does not wake up ("ما ... ش")
        "ولدي طايح وما كيجاوبش",  # ar: lying and does not answer
        "واحد تبعني من المحطة للدار",  # ar: someone followed me from the station home
        "ein mann ist mir bis nach hause gefolgt",
        "a guy followed me from the bus and is now at my door",
        "un tip m-a urmat pana acasa",  # ro
        "şef dedi ki evi ateşe verecek",  # tr: the boss said he will set the house on fire
        "він сказав що підпалить хату",  # uk
        "anneannem düştü cevap vermiyor",  # tr: fell and does not answer
    ],
)
def test_fever_with_the_article_maghrebi_negation_following_home_and_arson_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "ضربني الحنين للبلاد",  # ar: longing "hit" me
        "homesickness really hit me today",
        "m-a lovit dorul de casa",  # ro: longing for home "hit" me
        "we nearly drowned in the rain on the way here",
        "ich ertrinke in papierkram",
        "mo phral marda man ando fudbal 3:1",  # rom: my brother beat me at football 3:1
        "o chavo mudardas man ando UNO 😂",  # rom: the boy "killed" me at UNO
        "قبل سنين بيتنا انحرق، هلق بدور على بيت",  # ar: our home burnt years ago
        "الشوربة سخونة بزاف",  # ar: the soup is very hot
    ],
)
def test_a_feeling_a_game_a_joke_or_a_story_from_long_ago_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "my dad will kill me 😂",  # a person who could hurt is named: the joke is not assumed
        "er hat mich 3-4 mal geschlagen",  # "3-4 mal" is no score
        "mein mann hat mich um 6:15 geschlagen",  # a time is no score
        "vor jahren hat er mich geschlagen und heute wieder",  # violence told as past stays
    ],
)
def test_a_laughing_face_a_time_or_the_past_does_not_hide_violence(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "mein sohn hat 40 grad und ist ganz rot",  # a body temperature said in degrees
        "binti 3andha 39 daraja",  # ar: my daughter has 39 degrees
        "bebeğin 40 derece",  # tr
        "no one will miss me when i am gone",  # a wish to die said quietly
        "никто по мне не будет скучать",  # ru
        "el walad wqe3 men el balcon",  # ar: the boy fell from the balcony
        "a cazut de pe acoperis",  # ro: fell from the roof
        "الكفيل ماخذ جوازاتنا وما يخلينا نطلع",  # ar, Gulf: the sponsor holds our passports
        "sie hat sich die arme geritzt",  # de: self-harm
    ],
)
def test_degrees_a_quiet_goodbye_a_fall_from_a_height_and_a_sponsor_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "it is 40 degrees outside today",  # weather: no child, no alarm
        "mein vater hatte 2018 einen herzinfarkt, ich suche einen kardiologen",
        "преди 3 години имах инфаркт, търся кардиолог",  # bg: a heart attack years ago
        "when i was a kid our flat burned, now i need papers",
    ],
)
def test_the_weather_or_an_illness_told_from_years_ago_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "7ada ghareeb fet 3al bet",  # ar, Levantine Arabizi: a stranger came into the house
        "biri evimize girdi",  # tr: someone got into our home
        "she pressed a pillow over the baby's face",
        "yastığı yüzüme bastırdı",  # tr: pressed the pillow on my face
        "dyadoto ne diwa",  # bg, "w" for ш: grandpa is not breathing
        "thick smoke coming out of the window upstairs",
    ],
)
def test_a_stranger_inside_a_pillow_pressed_and_w_for_sh_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "i put my face on the pillow and cried",
        "ma omoara durerea de cap",  # ro: the headache is killing me
        "this toothache is killing me, where is a dentist",
        "die kinder bringen mich um mit ihrem gequengel",
    ],
)
def test_a_pillow_to_cry_in_or_a_pain_that_kills_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "der vermieter droht mit kündigung",  # a threat of eviction, not of harm
        "my manager threatened to cut my pay",
        "صاحب البيت بيهددنا يطردنا",  # ar: the landlord threatens to throw us out
        "хозяйка угрожает выселить",  # ru
    ],
)
def test_a_threat_of_eviction_or_the_sack_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "der vermieter droht mich umzubringen wenn ich nicht ausziehe",  # a threat of harm
        "my landlord threatened to kill me over the rent",
        "صاحب البيت هددني يقتلني اذا ما دفعت الايجار",
        "he said he will break my legs",
        "хозяин сказал переломаю ноги",  # ru
        "mein kind ist seit gestern allein zu hause",
        "they force me into prostitution",
    ],
)
def test_a_threat_of_harm_beside_rent_a_child_alone_or_trafficking_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    "message",
    [
        "زوجي ديضربني هسه",  # Iraqi "da-" (is doing)
        "امي وكعت وما دتكعد",  # Iraqi k for q: "وكعت" is "وقعت" (fell)
        "خنقني",  # one word: choked + me
        "رح يقتلنا",  # kills + us
        "بتعذبها كل يوم",  # b- before the person letter, "her" attached
        "كايضربني",  # Moroccan "ka-" written with its vowel
        "حبسوني",  # "they" + "me" taken off: "حبس" (locked up)
        "kaydrebni",  # Arabizi: the root of "yedrab" under "kay-" and "-ni"
        "merati 7amel w btenzef",  # "btenzef" is "yenzef" (is bleeding)
        "mabyetnafasch",  # "ma-...-sh" in one word: is not breathing
        "شوهرم کتکم زد",  # Persian: "me" attached to the noun of the verb
        "خفم کرد",  # "خفه" + "م": choked me
        "دخترم همه قرصای منو خورده",  # spoken plural with ezafe: "قرصای" is "قرص"
        "мене хочуть убити",  # Ukrainian u/v: "убити" is "вбити"
        "шо робить, муж мене бьот",  # Surzhyk "бьот" is "бьёт"
        "ebni wa2e3 w raso 3am ynazzef",  # fell + bleeding
    ],
)
def test_verb_paradigms_of_arabic_persian_and_ukrainian_are_found(message: str) -> None:
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "ana ta3ban ktir men el shoghol",  # tired, not "tab3ni" (follows me)
        "ana mwaten europi w bdawwer 3a shi shaghle",  # a citizen, not "ymawetni"
        "wen el 3enwan taba3kom",  # "of yours", not "follows"
        "la2 khalas, bdi 2a2allel bantaloni w ma 3indi makina",  # trousers, not "bi2tilni"
        "thobi t9atta3, win n9der nkhayto b machine",  # "n9der" (I can) is no "sadri"
        "اخوي ذبح خروف العيد، وين بنقدر نذبح هون؟",  # a sheep for the feast
        "الامتحان ذبحني بس نجحت",  # the exam "slaughtered" me
        "زنگ زدم به شوهرم جواب نداد",  # "زدم" (I called) is no "hit me"
        "غذا رو سوزوندم دوباره 😂",  # burnt the food
        "тато побив рекорд у спортзалі",  # broke a record
    ],
)
def test_a_root_a_pronoun_or_a_record_that_only_sounds_like_harm_is_no_alarm(
    message: str,
) -> None:
    assert not WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    "message",
    [
        "لا تستجيب",  # she does not respond: read as the listed "he" form
        "تنفسها ضعيف جدا",  # weak breathing
        "ما بقيت اتحمل الحياة وبفكر في إنهائها",  # the hamza's seat changes before "ها"
        "ابنتي ابتلعت قطعة نقود",  # a coin, in standard Arabic
        "دیگه نمی‌خوام زنده باشم",  # "نمی‌خوام" with a half space
        "دیگه نمی خوام زنده باشم",  # ... and with a space
        "دو نفر به من حمله کردند",  # attacked me
        "eski kocam bicagiyla geldi",  # Turkish k softened to g before an ending
        "мужик розбив мені голову",  # a head broken open, any word order
        "троє лупцюють мого друга",  # someone else beaten
        "ebni wa2e3 w dukhan fel matbakh",  # smoke in the kitchen (fell alone is no pair)
    ],
)
def test_other_persons_a_half_space_and_a_softened_k_are_found(message: str) -> None:
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "I'm bleeding money on this rent",
        "mein handy ist ins klo gefallen und ertrunken 😭",
        "Внукът ми ме застреля с въпроси цял ден, хаха",
        "имам дрехи за кърпене",  # mending, one letter from "кървене"
        "я ледь не втопилась у паперах",  # paperwork
        "اخوي ذبح خروف العيد، وين بنقدر نذبح هون؟",  # a sheep for the feast, "we" slaughter
    ],
)
def test_money_a_phone_questions_mending_or_a_sheep_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    "message",
    [
        # verbs found missing on a grid of people x harm, per language
        "he bit me",
        "er misshandelt mich",
        "er hat mir eine gescheuert",
        "eski kocam kolumu kırdı",
        "отчим столкнул меня с лестницы",
        "бывший издевается надо мной",
        "вітчим дав мені ляпаса",
        "fostul mi-a rupt mana",
        "бившият ми ме тормози",
        "he is following me",
        # medical states found missing on a grid of people x states
        "oğlum titriyor cevap vermiyor",
        "مامانم میلرزه جواب نمیده",
        "وجهه منفوخ بعد الفستق",
        "мама набрякло обличчя",
        "бабуся не рухається одна сторона",
        "ابني شردان بالاكل",
        "oma ist im bad ausgerutscht und kommt nicht mehr hoch",
        "детето пое препарат за миене и повръща",
    ],
)
def test_the_verbs_and_states_missing_on_the_grids_are_found(message: str) -> None:
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "ich hab mich beim kochen verbrannt, nur ne kleine blase",
        "am lesinat de ras la filmul asta",
        "ابني ضرب رقم قياسي بالسباحة",
        "у мене чоловік кинув палити",  # quit smoking: "кинув" is no "threw at me"
        "el 3jina t3a9bet, el kouzina wallet sa7at 7arb 😂",  # "wallet" (became)
    ],
)
def test_a_blister_fainting_with_laughter_or_a_record_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    "message",
    [
        "mein sohn hat aufgehört zu atmen",
        "mama a incetat sa respire",
        "o tikno achilo te phurdel",
        "das gesicht schwillt an nach nüssen",
        "i s-a umflat fata dupa alune",
        "подува му се лицето след ядки",
        "отекло лицо после орехов",
        "mama nu poate misca o parte",
        "mi daj na mishkinel jekh rig",
    ],
)
def test_stopped_breathing_a_swelling_face_and_one_side_not_moving_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "jozi khana2ni",  # choked me
        "abouya bikhna2ni",
        "rajli kawani bel makwa",  # burned me with the iron
        "zawji dafashni 3al daraj",  # pushed me down the stairs
        "babam holam dad",  # pushed me
        "dadasham mooye saramo keshid",  # pulled my hair
    ],
)
def test_choking_burning_pushing_and_hair_pulling_typed_in_latin_letters_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "my dad is vomiting blood",  # en: vomiting blood
        "bunicul vomita sange",  # ro
        "деда рвет кровью",  # ru
        "sie will das baby aus dem fenster werfen",  # de: thrown from a height
        "муж хочет скинуть меня с балкона",  # ru
        "dem beat am for market, e don faint",  # en (pidgin): beaten, then fainted
        "она теряет сознание",  # ru: losing consciousness, said in the present
        "annem bilincini kaybediyor",  # tr
        "бабушка вся холодная и не отвечает",  # ru: cold and not answering
        "high temperature and a stiff neck",  # en: meningitis signs
        "he keeps burning my hands with cigarettes",  # en: burned on purpose
        "ребенок выпил бензин",  # ru: a child drank petrol
        "oğlum benzin içti",  # tr
        "u nas vohon na kuhni",  # uk, Latin letters: fire in the kitchen
    ],
)
def test_vomiting_blood_a_throw_from_a_height_and_losing_consciousness_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "o dad peľa taj na vakerel",  # rom: Slovak "ľ" (fell, does not speak)
        "udariha me na ulicata",  # bg, Latin letters: "they hit me"
        "akhuya wig3 mn el sat7",  # ar: Gulf "g" for q (fell from the roof)
        "يصب بانزين وكال راح احركچ",  # ar: Iraqi "چ" for ك (pours petrol, will burn you)
        "dedem nefes almeer",  # tr: spoken "-meer" for "-mıyor" (not breathing)
    ],
)
def test_slovak_letters_a_bulgarian_they_gulf_g_iraqi_ch_and_spoken_meer_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "baiatul meu are febra 38.5",  # ro: a boy's raised temperature and nothing else
        "oğlum ateşlendi biraz, 38.7",  # tr
        "mein sohn hat 39,1 fieber",  # de
        "brat ot dushi spasibo",  # ru: "from the soul", not "chokes"
        "this hot sauce is fire, my mouth is burning",  # en: hot food
    ],
)
def test_a_childs_temperature_below_39_5_thanks_or_hot_food_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "shoharam goft az balkon partet mikonam",  # fa, Finglish: "I'll throw you off the balcony"
        "pedaram khun estefragh karde",  # fa, Finglish: vomited blood
        "e čhaj peľa andar o balkoni",  # rom: fell from the balcony
        "rayli yigtil el 3yal",  # ar, Gulf: my husband kills the children
        "чоловік припікав мене цигаркою",  # uk: burned me with a cigarette
    ],
)
def test_the_new_kinds_in_finglish_romani_gulf_arabic_and_ukrainian_are_found(
    message: str,
) -> None:
    assert WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        "мой брат выкинул старый шкаф с балкона",  # ru: a wardrobe thrown, not a person
        "am aruncat gunoiul pe geam din greseala",  # ro: rubbish out of the window
        "мама студена към мен, не отговаря на съобщения",  # bg: cold to me, no answer
        "this curry is fire, my tongue is burning",  # en: hot food ("curry" is no "churi")
    ],
)
def test_a_thing_thrown_a_cold_mother_or_a_hot_curry_is_no_alarm(message: str) -> None:
    assert not WORDS.found_in(message), message


@pytest.mark.parametrize(
    "message",
    [
        # Turkish plurals and cases, passive and told pasts, "-iyo" typed for "-iyor"
        "dayım yerde yatıyo, her taraf kanlar",
        "teyzemin oğlu balkondan itilmiş, kanlar içinde",
        "işçi iskeleden düşürülmüş, kıpırdamıyo",
        "kızım dövülmüş, kafası kanlarla dolu",
        # Romani case endings and verbs made from nouns or borrowed
        "mi phej pijas klorosko paji thaj chhadel",
        "o papo pelo thaj ratvarel zurales",
        "e čhaj pijas varekina thaj vomitinel",
        # a Romanian noun with its article, removers and drain cleaners
        "baiatul a baut din destupatorul de chiuveta",
        "unser sohn hat den nagellackentferner ausgetrunken",
        "внучка выпила средство для прочистки труб",
        # an Iraqi threat to burn you
        "يكول راح احركچ",
    ],
)
def test_inflected_borrowed_and_typed_as_said_forms_are_found(message: str) -> None:
    assert WORDS.found_in(message)


@pytest.mark.parametrize(
    ("message", "group"),
    [
        ("a bomb exploded at the stadium", "explosion"),  # no crowd cheering with a bomb
        ("в зале что-то взорвалось, везде дым", "fire"),
        ("kızım tekrar kusuyo, ateşi de var", "throwsup"),
    ],
)
def test_a_word_of_danger_beside_a_bomb_smoke_or_a_fever_stays_possible_danger(
    message: str, group: str
) -> None:
    assert group in {found for found, _ in WORDS.partial(message)}


@pytest.mark.parametrize(
    "message",
    [
        "the stadium exploded when the keeper saved it",  # a crowd
        "stadyum patladı resmen, harika maçtı",
        "публиката избухна в аплодисменти",  # applause
        "am explodat de cata mancare a facut soacra",  # a big meal
        "ich bin vor wut fast explodiert",  # anger
        "вечеринка была просто огонь",  # slang praise
        "бабушка задушила меня объятиями",  # hugs
        "my blood ran cold watching that film",
        "my daughter throws up in the car every time",  # travel sickness
        "oğlum otobüste hep kusuyor",
        "der film hat mich umgehauen",  # "umgehauen" (blew me away) is no "gehauen" (hit)
        "راسي رح ينفجر من هالورق",  # my head will explode from these papers
    ],
)
def test_a_crowd_applause_a_meal_anger_hugs_or_travel_sickness_is_no_danger(
    message: str,
) -> None:
    assert not WORDS.found_in(message)
    assert not (
        {group for group, _ in WORDS.partial(message)}
        & {"explosion", "fire", "hurts", "blood", "throwsup", "vomits"}
    )


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        # rom: "when do you open in the morning": the consonants of "patron" and "yit7arash"
        ("ko kobor saati putren tumen detehara", False),
        # ar, Arabizi with digits for letters: both words read by their consonants still ring
        ("ebni wa2e3 w raso 3am ynazzef", True),
        ("3am yenzof ktir men rijlo", True),
    ],
)
def test_a_pair_read_only_by_consonants_rings_only_in_arabizi(message: str, danger: bool) -> None:
    assert WORDS.found_in(message) is danger


@pytest.mark.parametrize(
    "message",
    [
        # u-danger34: the Ruhr and Hessian "misch" for mich, "mein kerl" (my man), and "haut"
        # (hits) with the one hit right by it, also in a clause ("weil er mich haut")
        "der typ von nebenan haut misch jeden abend",
        "mei kerl schlägt misch wieder, bitte helft",
        "mein kerl würgt misch und isch krieg keine luft",
        "hilfe, mein kerl haut die kinder",
        "weil er misch haut trau isch misch nicht nach hause",
        "er haut mir eine rein wenn das essen kalt ist",
        "mein mann haut mich",
        "mein bruder hat misch gestern verkloppt",  # "verkloppt": beaten up
        "mein alter haut ma jeden abend",  # Berlin "ma" for mich, right after "haut"
        "hab mich am herd verbrüht, die haut löst sich",  # a scald with the skin
        "сожитель бьёт мене каждый вечер",  # ru: "мене" for меня
        "chindem man e vene, but rat avel",  # rom: cutting oneself stays
    ],
)
def test_dialect_object_pronouns_and_hitting_with_a_person_ring(message: str) -> None:
    assert WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    "message",
    [
        # u-danger34: "haut" as the skin, "hinhauen" (works out), "abhauen" (leaves),
        # "reinhauen" (eats a lot): no blow without someone hit right by it
        "die haut an meinen händen juckt mich seit tagen, wo gibt es einen arzt",
        "das haut bei mir zeitlich nicht hin mit dem kurs",
        "kannste ma gucken, meine haut juckt so",  # Berlin "ma" (mal) beside the skin
        "meine mutter ist zuhause und der nachbar klopft an die tür",  # no "zuhauen", "kloppt"
        "mein kerl haut morgen ab nach rumänien, kann ich allein zum kurs",
        "mein freund haut beim essen immer richtig rein, gibt es einen kochkurs",
        # "brauche" (I need) is no Arabizi "barcha" (a lot) beside "dem" (Arabizi: blood)
        "ich brauche einen platz im deutschkurs nach dem umzug",
        "brauch hilfe mit dem brief vom jobcenter",
        # "beraten" (to advise) is no "beaten" with a typo
        "kann mich jemand beraten wegen der miete",
        # rom: "chinel" is also to write: "I cannot write" beside "man" (me) is no cutting
        "nashti te chinav po nemcicko, shaj te zhutin man",
        "na zhanav te chinav lil, akhar man",
    ],
)
def test_haut_without_a_person_needing_and_advising_and_writing_are_no_danger(
    message: str,
) -> None:
    assert not WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    "message",
    [
        # u-danger35: English hurting in its -ing form, in any order
        "every night when he drinks my boyfriend keeps bashing me",
        "against the wall he is shoving me and i can't get out",
        "he's throttling me whenever i talk back",
        "my brother in law is pummelling me, please someone",
        "with a belt again my husband is battering me",
        # breath not taken in (bg "поема въздух", ru "вдохнуть", uk "вдихнути"), also typed
        # in Latin letters, and lips or a baby gone blue in the neuter or plural
        "детето не може да си поеме въздух, какво да правя",
        "maika mi ne mozhe da si poeme vazduh",
        "дедушка не может вдохнуть, помогите",
        "чоловік не може вдихнути, задихається",
        "бебето посиняло и не плаче",
        "у сына губы посинели, он хрипит",
        "у малої губи посиніли",
    ],
)
def test_ing_forms_of_hurting_breath_not_taken_in_and_blue_in_the_plural_ring(
    message: str,
) -> None:
    assert WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    "message",
    [
        # u-danger35: a phone or a key that fell and does "not" charge, turn on or come out
        "телефонът ми падна в мивката и не се включва",
        "телефонът на сина ми падна в тоалетната и вече не работи, къде го поправят",
        "موبايلي وقع بالمغسلة وما عم يشحن",
        "التلفون طاح في الميه ومش بيفتح",
        "mi-a cazut telefonul in chiuveta si nu se mai aprinde",
        "телефон упал в раковину и не включается",
        "телефон впав у раковину і не заряджається",
        "گوشیم افتاد تو سینک و روشن نمیشه",
        "o telefono pelo ando pani thaj na phandavel",
        # a knife asked about for meat or fish, the best one to buy
        "какъв нож да купя за филетиране на риба",
        "welches messer ist am besten zum entbeinen von schweinefleisch",
        "ce cutit e cel mai bun pentru dezosat porc",
        "какой нож лучше для разделки свинины",
        "kemik ayıklamak için en iyi bıçak hangisi",
        "بهترین چاقو برای جدا کردن استخوان مرغ کدومه",
    ],
)
def test_a_phone_that_fell_and_does_not_work_or_a_knife_for_meat_is_no_danger(
    message: str,
) -> None:
    assert not WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    "message",
    [
        # u-danger35: the same words with a person fallen or a knife held by someone stay
        "mein mann ist gefallen und bewegt sich nicht, das handy liegt daneben",
        "he pulled the best kitchen knife on me",
        "мъжът ми ме заплашва с нож за месо",
        "my dad fell in the kitchen and is not moving",
    ],
)
def test_a_person_fallen_or_threatening_with_a_kitchen_knife_still_rings(message: str) -> None:
    assert WORDS.found_in(message), WORDS.which(message)


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        # u-danger35: German "haut" at the end of a clause, how often said between it and
        # the one hit
        ("weil er mich jeden tag haut", True),
        ("ich trau mich nicht heim, weil mein freund mich ständig haut", True),
        ("wenn er besoffen ist und mich immer haut", True),
        ("juckt mich die haut", False),
        # "schlagen" split from "vor" or "nach" at the clause's end suggests or looks up
        ("schlagen sie mir bitte einen termin vor", False),
        ("schlagen sie mir was vor, ich hab montags zeit", False),
        ("schlag ma nach wann der kurs ist", False),
        ("er schlägt mich nach dem kurs", True),
        ("er schlägt mich vor den kindern", True),
    ],
)
def test_german_verb_last_haut_rings_and_separated_vorschlagen_does_not(
    message: str, danger: bool
) -> None:
    assert WORDS.found_in(message) is danger, WORDS.which(message)


@pytest.mark.parametrize(
    ("message", "danger"),
    [
        # u-danger35: Bulgarian "души" (strangles) with the one hurt right after it, also
        # one's own ("жена си"); Dari spoken "زنشه" (his wife) as the one hit
        ("чичо ми души леля ми, викат, елате", True),
        ("мъжът на сестра ми души дъщеря си", True),
        ("همسایه باز زنشه میزنه، صدای جیغ میاد", True),
        ("колко души могат да дойдат на закуската, ще доведа децата си", False),
        ("за колко души е масата, ние сме с жена си", False),
    ],
)
def test_bulgarian_strangling_with_the_one_hurt_and_dari_his_wife_ring(
    message: str, danger: bool
) -> None:
    assert WORDS.found_in(message) is danger, WORDS.which(message)
