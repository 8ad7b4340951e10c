"""Follow-ups, staff answers and the language switch in the forms the twenty-seventh round found
(issue 11, u-follow25), read by the whole understanding without the model: Arabic follow-ups in
the dialects' own words (Egyptian "setat" and "regala", women and men; Iraqi "شكد", how much,
and "وياي", with me; Gulf and Iraqi "yamta", when; Iraqi "y7chi", speaks; Sudanese "لي منو",
for whom, written apart; a price with its pronoun, "سعره"); staff answers asked in forms their
word groups lacked (German "kann mein Sohn mit", "das Jobcenter schickt", "mein Deutsch ist
null"; English "lad", Turkish "katılabilir", Arabic "awra2", "khassni", "jawab", "صفر"); and
Arabic typed on an Arabic keyboard read as Arabic, not Persian. None of the rows is a line of
the evaluation sets or the probes. Rows stand in lists named for the form they show; each
row's id is that form and the language of the chat."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.detect import LanguageDetector
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome
from bot.understanding.switch import LanguageSwitch
from tests.understanding.answers import by_form

FOLLOW_UPS = [
    *by_form(
        "egyptian-women-and-men-in-latin-letters",
        ("w el setat yenfa3 yeego?", "ar", "parents-cafe", "audience"),
        ("el regala kaman yenfa3 yeego?", "ar", "sewing-cafe", "audience"),
    ),
    *by_form(
        "sudanese-for-whom-written-apart",
        ("الدرس ده لي منو؟", "ar", "german-course", "audience"),
    ),
    *by_form(
        "a-people-of-a-continent",
        ("هاد للأوروبيين؟", "ar", "welcome-europe", "audience"),
    ),
    *by_form(
        "iraqi-how-much",
        ("shgad el kors?", "ar", "german-course", "cost"),
        ("بشكد الخياطة", "ar", "sewing-cafe", "cost"),
    ),
    *by_form("a-price-with-its-pronoun", ("سعره غالي؟", "ar", "german-course", "cost")),
    *by_form("arabizi-pay-without-vowels", ("lazem ydf3 kol wa7ed?", "ar", "sewing-cafe", "cost")),
    *by_form(
        "gulf-and-iraqi-when",
        ("yamta el dars?", "ar", "german-course", "when"),
        ("يمتى تفتحون", "ar", "office-hours", "when"),
        ("mita el kors?", "ar", "german-course", "when"),
    ),
    *by_form(
        "it-begins-in-latin-letters", ("el kors yibda ba3d el 3id?", "ar", "german-course", "when")
    ),
    *by_form(
        "iraqi-speaks-in-latin-letters",
        ("y7chi 3arabi el mowazaf?", "ar", "office-hours", "languages"),
    ),
    *by_form(
        "egyptian-they-speak-with-its-prefix",
        ("homma bytkallemo kurdi?", "ar", "office-hours", "languages"),
    ),
    *by_form(
        "egyptian-a-child-in-latin-letters",
        ("3andi tefl sghayar, yenfa3 ageeb m3aya?", "ar", "german-course", "children"),
    ),
    *by_form("iraqi-my-children", ("جهالي يصير يجون؟", "ar", "parents-cafe", "children")),
    *by_form("iraqi-with-me", ("شنو اجيبها وياي", "ar", "office-hours", "bring")),
]


@pytest.mark.parametrize(("text", "language", "offer", "topic"), FOLLOW_UPS)
def test_a_follow_up_after_a_card_is_answered_from_it(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    offer: str,
    topic: str,
) -> None:
    understood = understander.understand(text, snapshot, Context(language, offer))
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (offer, topic)


STAFF_ANSWERS = [
    *by_form(
        "german-may-the-child-come-along",
        ("darf meine tochter auch mit", "de", "children"),
        ("kann unser kleiner auch mit?", "de", "children"),
    ),
    *by_form(
        "german-the-jobcenter-sends-in-the-present",
        ("helft ihr, wenn mir das jobcenter was schickt", "de", "jobcenter-letters"),
    ),
    *by_form("german-my-german-is-zero", ("mein deutsch ist gleich null", "de", "without-german")),
    *by_form("english-a-lad", ("is it ok to bring my lad along", "en", "children")),
    *by_form(
        "turkish-may-join",
        ("cocugum da katilabilir mi", "tr", "children"),
    ),
    *by_form("levantine-papers-with-a-glottal-stop", ("fi awra2 lazem?", "ar", "papers")),
    *by_form("maghrebi-i-need-the-papers", ("khassni lwara2 wla la", "ar", "papers")),
    *by_form(
        "arabic-a-letter-called-jawab",
        ("wasalni jawab mn el jobcenter", "ar", "jobcenter-letters"),
    ),
    *by_form("arabic-my-german-is-zero", ("الماني صفر بس بدي اجي", "ar", "without-german")),
]


@pytest.mark.parametrize(("text", "language", "faq"), STAFF_ANSWERS)
def test_a_staff_answer_is_found_in_the_form_asked(
    understander: Understander, snapshot: Snapshot, text: str, language: str, faq: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, faq)


@pytest.fixture(scope="module")
def reader() -> tuple[Understander, LanguageSwitch]:
    languages = load_languages()
    understander = Understander.load(PROJECT_ROOT / "locales", LanguageDetector(languages.codes))
    return understander, LanguageSwitch(languages, understander.detectable)


ARABIC_KEYBOARD = [
    *by_form(
        "levantine-on-an-arabic-keyboard",
        ("بدي اسأل شي", "de"),
        ("لازم احكي مع حدا", "en"),
    ),
]


@pytest.mark.parametrize(("text", "language"), ARABIC_KEYBOARD)
def test_arabic_typed_on_an_arabic_keyboard_is_offered_arabic_first(
    reader: tuple[Understander, LanguageSwitch], snapshot: Snapshot, text: str, language: str
) -> None:
    understander, switch = reader
    offered = switch.offer(text, understander.detect_language(text, snapshot), language)
    assert offered[:1] == ("ar",)


PERSIAN_KEYBOARD = [
    *by_form("persian-on-a-persian-keyboard", ("میخوام درباره کلاس آلمانی بپرسم", "de")),
]


@pytest.mark.parametrize(("text", "language"), PERSIAN_KEYBOARD)
def test_persian_typed_on_a_persian_keyboard_is_still_offered_persian_first(
    reader: tuple[Understander, LanguageSwitch], snapshot: Snapshot, text: str, language: str
) -> None:
    understander, switch = reader
    offered = switch.offer(text, understander.detect_language(text, snapshot), language)
    assert offered[:1] == ("fa",)


NOT_A_CHILD = [
    *by_form(
        "lads-called-to-come",
        ("lads come quick, they are batin my brother", "en"),
        ("come here lads, quick", "en"),
    ),
]


@pytest.mark.parametrize(("text", "language"), NOT_A_CHILD)
def test_friends_called_lads_are_no_child_to_bring(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    # "lads" alone calls friends; "young lad", "my lad" are a son (content/faq.yaml, children).
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.faq != "children"
