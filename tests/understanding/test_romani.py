"""Romani as people type it: many dialects, no fixed spelling, loanwords of every neighbour.

The sentences are from ``tests/data/understanding/probes_u-romani.yaml`` and the ninth
round's work (written by a non-native author, not reviewed by a native speaker).
"""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.matching.normalize import normalize
from bot.understanding import Context, Understander
from bot.understanding.phrases import romani_spelling, spelling_forms
from bot.understanding.result import ANSWERING, Intent, Outcome, YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


@pytest.mark.parametrize(
    "spellings",
    [
        ("djes", "dyes", "gyes", "dzhes"),  # day: Vlax, English-style, Hungarian spelling
        ("čhavo", "chavo", "tschawo", "csavo", "tchavo", "ciavo"),  # child: German, Hungarian
        ("šukar", "shukar", "schukar", "sukar"),  # beautiful: German "sch"
        ("turkica", "turkitsa"),  # c typed "ts"
        ("ćo", "tjo", "tyo"),  # your: the palatal t
        ("sastipe", "sastyipe", "sastjipe"),  # health: a palatal t before i is a t
        ("džav", "dzsav", "djav", "zhav"),  # I go: Hungarian "dzs"
        ("lačho", "łaczo", "latscho"),  # good: Polish "cz" (Polska Roma)
        ("čhib", "czhib"),  # tongue, language
        # with (plural instrumental): Vlax "-enca", Kalderash "-ensa", Sinti/Italian "-enza"
        ("čhavorenca", "chavorensa", "chavorença", "chavorenza"),
        ("dajenca", "dajensa", "dajenza"),  # with the mothers
        ("manca", "mansa"),  # with me
    ],
)
def test_spellings_of_one_romani_word_fold_alike(spellings: tuple[str, ...]) -> None:
    assert len({romani_spelling(normalize(spelling)) for spelling in spellings}) == 1


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("Lačho dyes tumenge", Intent.GREET),
        ("lasho gyes savorenge", Intent.GREET),
    ],
)
def test_romani_requests_in_other_spellings(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # a greeting read as typed beats thanks read through a typo ("lačho" ~ "lache sen")
        ("lačho đes, sar sen?", Intent.GREET),
        # loanwords of the neighbours: Serbian, Hungarian, Slovak thanks
        ("fala but, phrala", Intent.THANKS),
        ("köszi, nais tuke", Intent.THANKS),
        ("ďakujem, paľikerav", Intent.THANKS),
        # Sinti: German spelling and the -ha instrumental
        ("atschen Dewleha", Intent.BYE),
        ("kaj si tumari kancelarija?", Intent.WHERE),
        ("kaj isi tumaro ofiso?", Intent.WHERE),  # Arli "isi": is
        ("kana phuterdjol o biro tajsa?", Intent.HOURS),
        ("zapiši man, molim, vaš o termino", Intent.BOOK),
        ("šaj te otkazinav o termino?", Intent.CANCEL),
        # another day: moving an appointment, not booking one
        ("našti avav ko termino, de man aver data", Intent.CANCEL),
        ("na džanav so te ramov kate", Intent.HELP),
    ],
)
def test_romani_requests_with_loanwords_and_dialect_words(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


@pytest.mark.parametrize(
    "message", ["so keren mire datensa", "so keren tumen mire datenza", "so kerena mire datença"]
)
def test_the_instrumental_in_any_spelling_asks_about_my_data(message: str) -> None:
    assert PHRASES.find(message).intent is Intent.PRIVACY


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("pe bulgarsko ramos mange, molja", "bg"),
        ("rumunsko džanav majmišto, šaj?", "ro"),  # "I know": a language asked for
        ("džanav numa rumuncicka te drabarav", "ro"),
        ("bulgaritsa ramon, nemcicka na džanav", "bg"),  # the one not known is denied
    ],
)
def test_language_names_as_romani_adjectives(message: str, language: str) -> None:
    found = PHRASES.find(message)
    assert (found.intent, found.target) == (Intent.LANGUAGE, language)


def test_a_country_is_no_language_in_romani() -> None:
    """ "Rumunija" (Romania) is one letter from no listed name: "I am from Romania, I look for
    work" asks about work."""
    assert PHRASES.find("me rodav buti, sem andar Rumunija").intent is None


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("igen, igen", YesNo.YES),  # Hungarian
        ("áno, šukar", YesNo.YES),  # Slovak
        ("nem, köszönöm", YesNo.NO),
        ("khanči, nai trebul", YesNo.NO),  # nothing, not needed
    ],
)
def test_typed_yes_and_no_with_loanwords(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("text", "after", "topic"),
    [
        ("kobor te potjinav?", "sewing-cafe", "cost"),
        ("save ćasura si?", "parents-cafe", "when"),
        ("vi savatone šaj avav?", "office-hours", "when"),  # "can I come" asks when here
        ("subota isi vi?", "german-course", "when"),  # Serbian Saturday
        ("trebul te zapišinav man angleder?", "german-course", "booking"),
    ],
)
def test_romani_follow_ups_in_other_spellings_and_loanwords(
    understander: Understander, snapshot: Snapshot, text: str, after: str, topic: str
) -> None:
    understood = understander.understand(text, snapshot, Context("rom", after))
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (after, topic)


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        # "someone to teach me German" asks for the course, not for a person
        ("vareko te sikavel ma nemcika, kaj šaj džav?", "german-course"),
        ("kamav te xav sabajle khetane avre Rumunenca", "romanian-breakfast"),
        ("rodav buti, sem andar Rumunija, kon del man dumo?", "welcome-europe"),
        ("kaj šaj lačharav mre gada, nai ma mašina", "sewing-cafe"),
    ],
)
def test_romani_needs_reach_their_offer(
    understander: Understander, snapshot: Snapshot, text: str, offer: str
) -> None:
    understood = understander.understand(text, snapshot, Context("rom"))
    assert understood.outcome in ANSWERING and understood.answer == offer


def test_broke_is_not_burnt() -> None:
    """Romani "phagili" (broke) is one letter from "phabili" (burnt): a broken sewing machine
    is no fire."""
    understander = Understander.load(PROJECT_ROOT / "locales")
    assert not understander.emergency("kaj šaj suvav mo gad, phagili e masina khere")
    assert understander.emergency("phabili e čhaj, thuv sa")


# ---------------------------------------------------------------- tenth round (u-romani2)
# Each dialect's form of the core words, the neighbours' words with Romani endings.


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("dobro veče romalen", Intent.GREET),
        ("Łaczo dywes, sar san?", Intent.GREET),  # Polska Roma spelling
        ("lačhe manuša san, palikerav tumenge", Intent.THANKS),  # "good people you are"
        ("kérem, jekh időpont kampel mange", Intent.BOOK),  # Romungro: Hungarian words
        # need and must: Central "kampel", "mušinav", Vlax "musaj"
        ("kampel mange termin, prosim", Intent.BOOK),
        ("musaj te presuninav o termin, nasvalo som", Intent.CANCEL),
        ("mro termin pomerin ko petak, molim", Intent.CANCEL),
        # speak: Balkan "rakirav", Arli "vaćerav", a person: "dženo"
        ("mangav te rakirav jekhe dženesa, na e robotosa", Intent.HUMAN),
        # open: Central "phundrado", Slovak and Serbian loans; a day with a Romani case ending
        ("kana hin phundrado o biro, utorkoste?", Intent.HOURS),
        ("pjatkoste hin otvorime?", Intent.HOURS),
        # change the language, how it works
        ("sar te paruvav i čhib?", Intent.LANGUAGE),
        ("sar oda funguinel? na haljovav", Intent.HELP),
    ],
)
def test_core_words_in_each_dialect(message: str, intent: Intent) -> None:
    assert PHRASES.find(message).intent is intent


def test_a_greeting_with_east_slovak_day_and_a_name_is_greeted(
    understander: Understander, snapshot: Snapshot
) -> None:
    """East Slovak "džives" (day) and "I am X from Y" beside it: a greeting, greeted back."""
    understood = understander.understand(
        "lačho džives, me som i Marika andal Michalovce", snapshot, Context("rom")
    )
    assert (understood.outcome, understood.intent) == (Outcome.INTENT, Intent.GREET)


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("tačno, dobro, ajde", YesNo.YES),  # Serbian "right"
        ("čačo, oda", YesNo.YES),  # true, that
        ("nane, na mangav", YesNo.NO),  # there isn't, I don't want
        ("naj oda, na", YesNo.NO),
    ],
)
def test_yes_and_no_as_true_and_it_is_not(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("text", "after", "topic"),
    [
        # "počinel" pays in Romani and begins in Serbian: beside an hour it asks when
        ("ko savo sato počinel o kurso?", "german-course", "when"),
        ("savo sati hin?", "parents-cafe", "when"),
        ("hin zadarmo?", "german-course", "cost"),  # Slovak "free"
        ("bezplatno li si?", "parents-cafe", "cost"),
    ],
)
def test_follow_ups_with_the_neighbours_words(
    understander: Understander, snapshot: Snapshot, text: str, after: str, topic: str
) -> None:
    understood = understander.understand(text, snapshot, Context("rom", after))
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (after, topic)


def test_paying_is_still_cost() -> None:
    """Without an hour or a day, "poćinav" (I pay) asks what it costs."""
    understander = Understander.load(PROJECT_ROOT / "locales")
    assert understander.follow_ups.find("kobor te poćinav?")[0] == "cost"


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        # a Slovak or Serbian weekday with a Romani ending says when, not which offer
        ("dojč kurso, hin mesta pjatkoste?", "german-course"),
        ("rumunski doručak ko ponedeljak?", "romanian-breakfast"),
        ("rodav buťi, ko man pomožinel? som andal Maďarsko", "welcome-europe"),
    ],
)
def test_offers_named_in_the_neighbours_words_are_answered(
    understander: Understander, snapshot: Snapshot, text: str, offer: str
) -> None:
    understood = understander.understand(text, snapshot, Context("rom"))
    assert (understood.outcome, understood.answer) == (Outcome.ANSWERED, offer)


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("savoro hin zadarmo ko tumende?", "free"),  # Slovak "free"
        ("trebul te džanav nemcika te avav?", "without-german"),  # must I know German
    ],
)
def test_staff_answers_in_the_neighbours_words(
    understander: Understander, snapshot: Snapshot, text: str, faq: str
) -> None:
    understood = understander.understand(text, snapshot, Context("rom"))
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, faq)


# ------------------------------------------------------- twenty-second round (u-romani22)
# Verbs in every person and tense, the cases of the words for people, the copula of each
# dialect; "te aven baxtale" greets; "kerel buti" is someone's work; "savo" and "savore" are no
# children. Sentences in the forms of probes_u-romani22.yaml (written by a non-native author,
# not reviewed by a native speaker of any Romani dialect).


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        # "te aven baxtale" (may you be lucky) and "sastimos" greet: the way people open
        ("te aven baxtale savorenge", Intent.GREET),
        ("sastimos romalen", Intent.GREET),
        ("te aven baxtale, me sijum nevi kathe", Intent.GREET),  # a newcomer: no goodbye
        ("lashe dive romalen, me som o Marko katar o Niš", Intent.GREET),
        # a greeting's own words ask no hours: "sar sen tumen" (how are you), "sen kathe" (are
        # you here); the copula of each dialect: "sijum" (I am)
        ("zdravo, sar sen tumen kathe?", Intent.GREET),
        ("ashen sasto, avava palem", Intent.BYE),
        # wanting in the past and in the second person; the cases of the words for people
        ("manglem te dav duma jekha zhuvljasa andar o biro", Intent.HUMAN),
        ("kamlem te dav duma jekha dženjasa", Intent.HUMAN),
        # a day, a time, the office beside a booking word; Kalderash "thav" (I put)
        ("zapišin man pe jekh dive kana si tumen vakti", Intent.BOOK),
        ("mangav jekh termin ko tumaro biro ko utorak", Intent.BOOK),
        ("kamav te thav jekh termin vash mi chaj", Intent.BOOK),
        ("kamav te mukav mo termin, nasvalo sem", Intent.CANCEL),
        ("thoven mo termino avere divesese?", Intent.CANCEL),
        # my data with a case ending, who sees it
        ("so keren mire datencar?", Intent.PRIVACY),
        ("kon dikhel mle datura?", Intent.PRIVACY),
    ],
)
def test_romani_verbs_and_cases_in_every_person(message: str, intent: Intent) -> None:
    found = PHRASES.find(message)
    # a greeting with a self-introduction beside it: the greeting, the name no request
    assert (found.intent or found.social) is intent


def test_someones_work_is_no_question_about_our_hours(
    understander: Understander, snapshot: Snapshot
) -> None:
    """ "kerel buti" is "(he, she) works", no typo of "keren buti" (are you working, open):
    a sister who works in a restaurant and wants to learn German asks about the course, not
    our hours; "does the office work today?" still asks the hours."""
    assert PHRASES.find("mo phral kerel buti ande Italia").intent is None
    asked = understander.understand(
        "mi phen kerel buti ando restoranto, kamel te sikljol nemcikanes", snapshot, Context("rom")
    )
    assert asked.intent is None
    assert "german-course" in {candidate.offer_id for candidate in asked.candidates}
    assert PHRASES.find("kerel buti o biro avdives?").intent is Intent.HOURS


@pytest.mark.parametrize(
    ("text", "after", "topic"),
    [
        # Arli "šavo" (child) typed "shavo" is a child; "savo", "save" (which) are not, nor
        # "djesa" (days), which reads as Bulgarian "деца" (children)
        ("shaj anav mo shavo othe?", "german-course", "children"),
        ("save djesa hin?", "parents-cafe", "when"),
    ],
)
def test_which_and_all_are_no_children(
    understander: Understander, snapshot: Snapshot, text: str, after: str, topic: str
) -> None:
    understood = understander.understand(text, snapshot, Context("rom", after))
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (after, topic)


def test_everyone_may_come_is_no_question_about_children(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "shaj aven savore?", snapshot, Context("rom", "office-hours")
    )
    assert understood.follow_up is None or understood.follow_up.topic != "children"
    assert "~savore" not in spelling_forms("savore")


def test_a_person_asked_for_with_a_typo_after_a_card_is_a_person(
    understander: Understander, snapshot: Snapshot
) -> None:
    """ "manges" (you want) typed for "mangav" (I want): asking to speak to someone right after
    the course's card still asks for a person, not which languages the course speaks."""
    understood = understander.understand(
        "manges te vakerav jekhe manushesa", snapshot, Context("rom", "german-course")
    )
    assert (understood.outcome, understood.intent) == (Outcome.INTENT, Intent.HUMAN)


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        # the instrumental of "lil" (letter), Kalderash "tosara" (morning)
        ("kon del dumo le lilensa katar o kher?", "office-hours"),
        ("kaj xan tosara khetane?", "romanian-breakfast"),
        ("kafe kaj siven e romnja", "sewing-cafe"),  # "siven" (they sew) is no "silav" (hello)
    ],
)
def test_romani_needs_in_case_forms_reach_their_offer(
    understander: Understander, snapshot: Snapshot, text: str, offer: str
) -> None:
    understood = understander.understand(text, snapshot, Context("rom"))
    assert understood.outcome in ANSWERING and understood.answer == offer
