"""Everyday requests in the forms the twenty-fifth round found missed (issue 11, u-intents25),
read by the whole understanding without the model: Arabizi "someone who speaks with me", Romanian
"să trăiți" (a greeting), a name and where the person comes from (in Romani with no word of
greeting), a wrong language chosen, "turn on" or "мини на" a language, English and German
learner and regional forms, and "without an interpreter" (whether German is needed). None of
the rows is a line of the evaluation sets or the probes. Rows stand in lists named for the
form they show; each row's id is that form and the language of the chat."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent
from tests.understanding.answers import by_form, language_asked, request, staff_answer

SURELY_READ = [
    *by_form(
        "arabizi-someone-who-speaks-with-me",
        ("mumkin 7ada by7ki ma3i", "ar", Intent.HUMAN),
    ),
    *by_form(
        "english-from-what-o-clock", ("from what o'clock can i come tomorrow", "en", Intent.HOURS)
    ),
    *by_form(
        "romanian-sa-traiti-greets",
        ("să trăiți, ce faceți", "ro", Intent.GREET),
        ("sa traiti doamna", "ro", Intent.GREET),
    ),
    *by_form(
        "a-name-and-where-from",
        ("me som i Mirela, avilom andar Rumunija", "rom", Intent.GREET),
        ("me sijum o Petar, avilem katar Srbija", "rom", Intent.GREET),
        ("guten tag, ich heiße Ioana aus Rumänien", "de", Intent.GREET),
        ("hallo, ich bin Ana aus Rumänien", "de", Intent.GREET),
    ),
    *by_form(
        "a-wrong-language-chosen",
        ("ich habe falsche sprache gewählt", "de", Intent.LANGUAGE),
        ("вибрала не ту мову", "uk", Intent.LANGUAGE),
        ("выбрала не тот язык", "ru", Intent.LANGUAGE),
    ),
    *by_form(
        "english-learner-and-pidgin",
        ("pls who i can talk to", "en", Intent.HUMAN),
        ("i need to see somebody from your office", "en", Intent.HUMAN),
        ("wia is di office", "en", Intent.WHERE),
        ("i want to take appointment", "en", Intent.BOOK),
        ("dont need my appointment anymore", "en", Intent.CANCEL),
        ("bye for now, will check later", "en", Intent.BYE),
    ),
    *by_form("german-wann-machen-sie-auf", ("wann machen sie auf", "de", Intent.HOURS)),
    *by_form(
        "english-regional",
        ("cheerio lads", "en", Intent.BYE),
        ("what s the craic", "en", Intent.GREET),
        ("tanks very much lads", "en", Intent.THANKS),
        ("ok ta", "en", Intent.THANKS),
        ("catch ya", "en", Intent.BYE),
    ),
    # a German noun one letter from an English goodbye ("later")
    *by_form(
        "german-lager-is-no-later", ("danke für die infos wegen dem lager", "de", Intent.THANKS)
    ),
    *by_form(
        "german-learner-office-without-article",
        ("wo ist büro bitte", "de", Intent.WHERE),
        ("wann ist büro auf", "de", Intent.HOURS),
    ),
]


@pytest.mark.parametrize(("text", "language", "intent"), SURELY_READ)
def test_an_everyday_request_in_a_weak_form_is_surely_read(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert request(understander, snapshot, text, language) is intent


@pytest.mark.parametrize(
    ("text", "language", "target"),
    by_form(
        "turn-on-or-move-to-a-language",
        ("turn on romanian", "en", "ro"),
        ("минавай на руски, че така ми е по-лесно", "bg", "ru"),
    ),
)
def test_turning_on_a_language_asks_for_it(
    understander: Understander, snapshot: Snapshot, text: str, language: str, target: str
) -> None:
    assert language_asked(understander, snapshot, text, language, sure=True) == (
        Intent.LANGUAGE,
        target,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    by_form(
        "a-name-alone-or-how-one-is",
        ("me sem nasvalo", "rom"),
        ("me sem o Marko, nasvalo sem", "rom"),
        ("this is wrong", "en"),
    ),
)
def test_a_name_without_where_from_or_a_state_is_no_greeting(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.intent is not Intent.GREET


@pytest.mark.parametrize(
    ("text", "language", "answer"),
    by_form(
        "without-an-interpreter",
        ("moje li bez prevodach da doida", "bg", "without-german"),
        ("can i come without an interpreter", "en", "without-german"),
        ("kann ich ohne einen dolmetscher kommen", "de", "without-german"),
        ("можно прийти без переводчика", "ru", "without-german"),
        ("можна прийти без перекладача?", "uk", "without-german"),
        ("بدون مترجم میتونم بیام؟", "fa", "without-german"),
        # Turkish "bi" (a) is no Romani or Persian "without"
        ("bi tercüman lazım alabilir miyim", "tr", "interpreter"),
        # asked for by name, still the interpreter
        ("imate li si prevodach", "bg", "interpreter"),
        ("i need a translator, my german is bad", "en", "interpreter"),
    ),
)
def test_an_interpreter_named_only_as_gone_without_asks_whether_german_is_needed(
    understander: Understander, snapshot: Snapshot, text: str, language: str, answer: str
) -> None:
    assert staff_answer(understander, snapshot, text, language) == answer


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    by_form(
        "another-place-or-a-country",
        ("is the pool open today", "en", Intent.HOURS),
        ("havuz yarın açık mı", "tr", Intent.HOURS),
        ("my brother lives in russia and speaks with me daily", "en", Intent.LANGUAGE),
    ),
)
def test_another_place_or_a_country_asks_for_none_of_ours(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    intent: Intent,
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.intent is not intent


@pytest.mark.parametrize(
    ("text", "language"),
    by_form(
        "a-person-is-no-persian",
        ("could i talk to a real person", "en"),
        ("kann ich mit einer person reden", "de"),
        ("pot vorbi cu o persoana reala", "ro"),
    ),
)
def test_asking_for_a_person_names_no_language(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    # "person" is one letter from French "persan" and Romanian "persană" (Persian): read so, the
    # bot offered to go on in Persian beside the person it called
    assert language_asked(understander, snapshot, text, language, sure=True) == (
        Intent.HUMAN,
        None,
    )
