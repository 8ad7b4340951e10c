"""Offers and staff answers as the nineteenth and twentieth offers rounds fixed them by form
(issue 11). Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome

ANSWERS = (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)


@pytest.mark.parametrize(
    ("message", "language", "faq"),
    [
        # the child named by its size: "the little one" may come along
        ("pot veni si cu cea mica?", "ro", "children"),
        ("може ли да взема и малката с мен", "bg", "children"),
        ("можно взять с собой младшего?", "ru", "children"),
        ("küçüğümü de getirebilir miyim", "tr", "children"),
        ("میتونم کوچولومو هم بیارم؟", "fa", "children"),
        # the formal Persian verb "to pay"
        ("چقدر باید پرداخت کنم؟", "fa", "free"),
        # "must I book" said with the verb to book, in Arabic
        ("لازم احجز ولا بقدر اجي هيك؟", "ar", "just-come"),
        # without calling ahead
        ("pot veni fara sa sun?", "ro", "just-come"),
        # Egyptian "is there money (to pay)"
        ("fih felous wala la2?", "ar", "free"),
        # a kindergarten place: the school answer, though the kindergarten is a word of the
        # parents' café too
        ("детето ми няма място в детска градина", "bg", "school"),
        # Persian "I have" and "do you do" in Latin letters name no offer: the letter is asked
        ("ye nameh az jobcenter daram, komak mikonin?", "fa", "jobcenter-letters"),
        # German the person lacks is the reason, no course and no German speaker asked for
        ("i cant speak german, could anybody translate for me there", "en", "interpreter"),
        ("ich kann kein deutsch, kann mir jemand übersetzen", "de", "interpreter"),
        # the passport shown, money taken, the little one brought along
        ("muss ich den pass vorzeigen", "de", "papers"),
        ("do you guys take money for it", "en", "free"),
        ("can my little ones come too", "en", "children"),
        ("darf ich meinen kleinen mitnehmen", "de", "children"),
    ],
)
def test_a_staff_answer_found_by_its_form(
    understander: Understander, snapshot: Snapshot, message: str, language: str, faq: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome is Outcome.FAQ
    assert understood.faq == faq


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        # the need said first, then the reason why ("because"): the need's offer answers
        ("vreau sa invat germana fiindca la doctor nu inteleg nimic", "ro", "german-course"),
        ("بدي اتعلم الماني لانو ما بفهم على الدكتور", "ar", "german-course"),
        # getting to know other mothers, in Arabizi
        ("marti bedda tit3arraf 3ala emmahat", "ar", "parents-cafe"),
        # German offices and benefits in Arabic and Persian letters
        ("وصلني مكتوب من الفينانس امت", "ar", "office-hours"),
        ("کیندرگلد قطع شده", "fa", "office-hours"),
        # Egyptian Arabizi: "I want to sew my dress", the want and the "mine" are no topic
        ("3ayza a5ayat el fostan beta3i", "ar", "sewing-cafe"),
        # Arabizi "someone helps me" says who, not what: work, papers from the town hall
        ("fi 7ada bisa3edni la2i shughl?", "ar", "welcome-europe"),
        ("min bisa3edni bel awra2 mn el baladiye", "ar", "office-hours"),
        # a Persian coat (manteau) is clothing to mend
        ("مانتوم از پشت شکافته", "fa", "sewing-cafe"),
        # a café named by the word people use for it (Arabic "قهوة", Ukrainian "шивальне") and
        # what is done there: the sewing café, not the parents' café that shares "café"
        ("فين قهوة الخياطة؟", "ar", "sewing-cafe"),
        ("шивальне кафе в пʼятницю працює?", "uk", "sewing-cafe"),
        # "open consultation": the office hours, not a request to book one
        ("consultatiile deschise sunt joia?", "ro", "office-hours"),
        ("moshavere ye baz", "fa", "office-hours"),
        # Arabic "a language course": the course, not a request for another language
        ("عندكم دورة لغة؟", "ar", "german-course"),
    ],
)
def test_a_need_described_gets_its_offer(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome in ANSWERS
    assert understood.answer == offer


@pytest.mark.parametrize(
    ("message", "language"),
    [
        # "by myself" names no parents' café ("alone with the child" does)
        ("vreau sa merg singura la medic", "ro"),
        ("искам сама да отида на лекар", "bg"),
        # selling is no need we serve, though a machine is named
        ("unde pot sa-mi vand masina", "ro"),
        ("where can i sell my old sewing machine", "en"),
    ],
)
def test_no_card_for_what_we_do_not_serve(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome not in ANSWERS
    assert understood.faq is None


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("имам румънска лична карта и търся работа", "bg"),
        ("търся работа, имам полска лична карта", "bg"),
    ],
)
def test_an_eu_identity_card_beside_work_is_the_job_counselling(
    understander: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    """An identity card of an EU country reads as an EU passport: a sure answer, no doubt."""
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome is Outcome.ANSWERED
    assert understood.answer == "welcome-europe"


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        # Bulgarian "ъ" typed "u" (търся, кърпя, от ... съм): read as typed "a"
        ("tursya rabota, ot bulgariya sum", "bg", "welcome-europe"),
        ("iskam da si kurpya drehite", "bg", "sewing-cafe"),
        # Iraqi and Levantine "they have breakfast (together)"
        ("اكو مكان ناس يفطرون سوا؟", "ar", "romanian-breakfast"),
        # Levantine Arabizi "work" beside an EU passport: no question about papers
        ("bade shaghle, ma3i jawaz italyani", "ar", "welcome-europe"),
    ],
)
def test_a_need_typed_another_way_gets_a_sure_answer(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome is Outcome.ANSWERED
    assert understood.answer == offer


@pytest.mark.parametrize(
    "message",
    [
        # Persian "دنبال" is "looking for" beside "I am looking", "a ...": a search for the child
        "دنبال یه جایی میگردم که پسرمو بذارم بازی کنه",
        "دنبال یه کلاس شنا واسه دخترمو هستم",
    ],
)
def test_looking_for_something_for_the_child_rings_no_alarm(
    understander: Understander, snapshot: Snapshot, message: str
) -> None:
    understood = understander.understand(message, snapshot, Context("fa"))
    assert understood.outcome is not Outcome.EMERGENCY


@pytest.mark.parametrize(
    "message",
    [
        # someone named after the child, fear, a chase or a child missing keep the alarm
        "یه نفر دنبال پسرمو گرفته میترسم",
        "چند نفر افتادن دنبال دخترمو",
        "دنبال دخترمو میگردم گم شده",
    ],
)
def test_someone_after_the_child_still_rings(
    understander: Understander, snapshot: Snapshot, message: str
) -> None:
    understood = understander.understand(message, snapshot, Context("fa"))
    assert understood.outcome is Outcome.EMERGENCY


@pytest.mark.parametrize(
    ("message", "offer", "topic"),
    [
        # "وكم بندفع" (and how much do we pay): "و" joined to the short "كم" hides it; the
        # verb with its present-tense "b-" asks the cost
        ("وكم بندفع عليه", "german-course", "cost"),
        # "بيكون" (it will be) is one typo from "بيحكو" (they speak): the day asks when
        ("وهاد بيكون الخميس كمان؟", "sewing-cafe", "when"),
    ],
)
def test_a_levantine_follow_up_after_a_card(
    understander: Understander, snapshot: Snapshot, message: str, offer: str, topic: str
) -> None:
    understood = understander.understand(message, snapshot, Context("ar", offer))
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert understood.follow_up.topic == topic
