"""Typed answers, follow-ups and offers in the forms the ninth round added (issue 11): a yes or
no beside an address word or typed in Latin letters, regional yes forms, grandchildren, "only
on weekdays", "what do I bring when I come", Maghrebi and Tajik cue words, an EU citizenship
typed in Latin letters, an offer's own name typed by ear. Lines here are none of the
evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.understanding import Context, Understander
from bot.understanding.faq import find_faq
from bot.understanding.offers import decide, match_offers
from bot.understanding.result import Outcome, YesNo

# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
PHRASES = Understander.load(PROJECT_ROOT / "locales").intents
CARD = (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("ja schatz, passt", YesNo.YES),
        ("sure thing dear", YesNo.YES),
        ("da dragă, bine", YesNo.YES),
        ("не, мило, не трябва", YesNo.NO),
        ("ova phenje", YesNo.YES),
        ("تمام خيتي", YesNo.YES),
        ("olur canım", YesNo.YES),
        ("так, синку, давай", YesNo.YES),
        ("باشه داداش", YesNo.YES),
        ("нет, голубушка, не надо", YesNo.NO),
    ],
)
def test_a_yes_or_no_beside_an_address_word(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("da, tochno tova", YesNo.YES),  # точно, това
        ("ne, ne tova", YesNo.NO),
        ("da, vot etot", YesNo.YES),
    ],
)
def test_words_beside_an_answer_typed_in_latin_letters(message: str, answer: YesNo) -> None:
    """The words that may stand beside a yes are listed in Cyrillic; typed in Latin letters
    they were unknown words ("taka", before: no answer)."""
    assert PHRASES.yes_no(message) is answer


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        ("behi", YesNo.YES),
        ("باهي", YesNo.YES),
        ("майлаш", YesNo.YES),
        ("igen", YesNo.YES),
        ("klopt", YesNo.YES),
        ("хорошо, так и сделаем", YesNo.YES),
        ("не, обойдёмся", YesNo.NO),
        ("ні, сама впораюсь", YesNo.NO),
    ],
)
def test_regional_and_roundabout_answers(message: str, answer: YesNo) -> None:
    assert PHRASES.yes_no(message) is answer


def test_an_address_word_does_not_make_a_request_an_answer() -> None:
    assert PHRASES.yes_no("dear, where is the course") is None


@pytest.mark.parametrize(
    ("text", "after", "topic"),
    [
        ("kann meine enkelin mit?", "sewing-cafe", "children"),
        ("mogu li da doveda vnuka si?", "german-course", "children"),
        ("torunlarımı getirebilir miyim", "parents-cafe", "children"),
        ("میتونم نوه هامو بیارم؟", "office-hours", "children"),
        ("sadece cuma mı?", "german-course", "when"),
        ("faghat jome ha?", "sewing-cafe", "when"),
        ("is it on weekdays only", "parents-cafe", "when"),
        ("what do i have to bring when i get there", "welcome-europe", "bring"),
        ("что с собой взять, когда пойду туда?", "german-course", "bring"),
        ("شنو نجيبو؟", "office-hours", "bring"),
        ("куҷо мегузарад?", "german-course", "where"),
        ("бронь нужна?", "parents-cafe", "booking"),
        ("sonntags auch? werktags arbeite ich", "german-course", "when"),
        ("sambata se poate? in timpul saptamanii muncesc", "sewing-cafe", "when"),
        ("kai si kodo, savo than?", "office-hours", "where"),
    ],
)
def test_the_ninth_rounds_follow_up_wordings(
    understander: Understander, snapshot: Snapshot, text: str, after: str, topic: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de", after))
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (after, topic)


@pytest.mark.parametrize(
    "question",
    [
        "iskam rabota, imam polski pasport",
        "shukaju robotu, u mene bolgarskyj pasport",
        "ich habe die polnische staatsangehörigkeit und brauche arbeit",
        "bulgar vatandaşlığım var, iş lazım",
    ],
)
def test_an_eu_passport_typed_in_latin_letters_or_a_citizenship_is_welcome_europe(
    snapshot: Snapshot, question: str
) -> None:
    result = match_offers(question, snapshot)
    assert decide(result) in CARD
    assert result.top is not None and result.top.offer_id == "welcome-europe"


def test_an_eu_passport_beside_work_is_no_question_about_papers(snapshot: Snapshot) -> None:
    """The papers FAQ took "pasport" although it was an EU passport beside a work need."""
    question = "slushaj, rabotu ishchu, pasport u menja rumynskij, pomogite"
    assert find_faq(question, snapshot, match_offers(question, snapshot)) is None
    assert find_faq("nuzhen li pasport?", snapshot, match_offers("nuzhen li pasport?", snapshot))


@pytest.mark.parametrize(
    ("question", "offer"),
    [
        ("Nehkafé am freitag?", "sewing-cafe"),
        ("Нехкафе кога е", "sewing-cafe"),
        ("Елтернкафе де це", "parents-cafe"),
        ("Deutchkurs für anfänger", "german-course"),
    ],
)
def test_an_offers_name_typed_by_ear_gets_its_card(
    snapshot: Snapshot, question: str, offer: str
) -> None:
    """One letter off the name (or a Cyrillic spelling of its Latin name): before 62-74."""
    result = match_offers(question, snapshot)
    assert decide(result) in CARD
    assert result.top is not None and result.top.offer_id == offer


@pytest.mark.parametrize(
    "question", ["ich trinke nescafe", "kaffeebohnen", "كافيه يوم الجمعة", "kafe bez cukru"]
)
def test_part_of_a_name_or_a_word_like_it_is_not_the_name(
    snapshot: Snapshot, question: str
) -> None:
    """ "nescafe" is 86 % of the name "nehkafe": below 87. (Typed in Cyrillic, "нескафе" is
    "neskafe", one letter from the Latin "nekafe" of the name "нэкафе": it gets the card.)"""
    assert decide(match_offers(question, snapshot)) not in CARD


def test_arabic_open_is_not_persian_free(understander: Understander, snapshot: Snapshot) -> None:
    """Persian "مفت" (free) as a stem took Arabic "المفتوحة" (open) for the cost FAQ."""
    understood = understander.understand("المكتبة المفتوحة وين؟", snapshot, Context("ar"))
    assert understood.faq != "free"
