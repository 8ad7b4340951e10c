"""Staff-written answers found as people ask them: any word order, endings, typos, Latin letters;
never for a question about something else, never instead of an offer that is named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.catalogue.live import LiveCatalogue, Snapshot, faq_entries
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.understanding import Context, Outcome, Understander
from bot.understanding.faq import expand
from bot.understanding.followup import FollowUpCues

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()


def test_a_concept_question_stands_for_one_word_of_every_group() -> None:
    assert expand("papiere|ausweis* + brauch*|ohne") == [
        "papiere brauch*",
        "papiere ohne",
        "ausweis* brauch*",
        "ausweis* ohne",
    ]
    assert expand("dolmetsch*|übersetz*") == ["dolmetsch*", "übersetz*"]
    assert expand(" + |") == []


def test_concept_questions_are_not_given_to_the_whole_question_matcher(
    snapshot: Snapshot,
) -> None:
    texts = [entry.text for entry in faq_entries(snapshot.catalogue)]
    assert "brauche ich papiere" not in texts  # not a shipped variant: the check is meaningful
    assert texts and not [text for text in texts if set(text) & set("+|*")]


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("ausweis hab ich leider keinen", "papers"),
        ("без паспорта можно прийти?", "papers"),
        ("bez dokumentov mozhno", "papers"),
        ("hic bir ucret aliyor musunuz", "free"),
        ("musai platim ceva la voi?", "free"),
        ("a skolko stoit?", "free"),  # Russian in Latin letters: "skolko" is no Romani "skola"
        ("o chavo ka jal ande školate", "school"),
        ("تعلمت شوي الماني بس", "without-german"),
        ("mein deutsch ist leider sehr schlecht", "without-german"),
        ("ein brief vom jobcenter liegt hier und ich verstehe ihn nicht", "jobcenter-letters"),
        ("лист від джобцентру прийшов", "jobcenter-letters"),
        ("потрібна школа для сина", "school"),
        ("hab keine krankenversicherung", "health-insurance"),
        # "зайти" (drop in) is no "зашити" (sew up) with a typo
        ("чи можна до вас зайти без дзвінка", "just-come"),
    ],
)
def test_a_staff_answer_is_found_in_any_word_order_and_form(
    understander: Understander, snapshot: Snapshot, text: str, faq: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de"))
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, faq)


def test_a_question_staff_add_to_an_answer_is_found_after_the_reload(
    tmp_path: Path, understander: Understander
) -> None:
    """The concepts are built once per wording of the questions and shared by every core of a
    process (faq.concepts_of); a wording staff changed is built anew."""
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    live = LiveCatalogue(content, LANGUAGES.codes, model=None)
    asked = "brauche ich einen wohnberechtigungsschein"
    assert understander.understand(asked, live.current, Context("de")).faq is None
    faq = content / "faq.yaml"
    listed = "      de: [papiere, "
    wording = faq.read_text(encoding="utf-8")
    assert wording.count(listed) == 1
    added = '      de: ["wohnberechtigungsschein* + brauch*", papiere, '
    faq.write_text(wording.replace(listed, added), encoding="utf-8")

    understood = understander.understand(asked, live.reload(), Context("de"))

    assert (understood.outcome, understood.faq) == (Outcome.FAQ, "papers")


@pytest.mark.parametrize(
    "text",
    [
        "ابني لازم يروح عالمدرسة",  # "on the" spoken onto the word: to the school
        "بدي سجل بنتي عالروضة",
        "هالمدرسة وين بسجل فيها ابني",  # "this" spoken onto the word
    ],
)
def test_a_staff_answer_is_found_under_spoken_arabic_attached_to_its_word(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    understood = understander.understand(text, snapshot, Context("ar"))
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, "school")


@pytest.mark.parametrize(
    "text",
    [
        "was kostet ein taxi zum bahnhof",  # a price of something else
        "kac para bir doner",
        "wo melde ich mein auto an",  # registering, but not an address
        "iskam da kupya hlyab",  # one letter from the Arabic "ikame" (residence permit)
    ],
)
def test_a_question_about_something_else_gets_no_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de"))
    assert understood.outcome is not Outcome.FAQ


def test_an_offer_named_beside_the_faq_words_wins(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand("ist das nähcafé kostenlos", snapshot, Context("de"))
    assert understood.answer == "sewing-cafe"


@pytest.mark.parametrize(
    ("text", "outcome", "answer"),
    [
        # A passport is the papers entry's word; the rest of the message asks for work.
        ("у мене словацький паспорт шукаю роботу", None, "welcome-europe"),
        ("ich habe einen rumänischen pass und suche arbeit", None, "welcome-europe"),
        # The papers alone, or a child's kita place beside "kind", stay the staff answers.
        ("welche papiere muss ich mitbringen", Outcome.FAQ, None),
        ("mein kind braucht einen kitaplatz", Outcome.FAQ, None),
    ],
)
def test_an_offer_the_rest_of_the_message_names_for_sure_wins_over_the_faq_words(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    outcome: Outcome | None,
    answer: str | None,
) -> None:
    understood = understander.understand(text, snapshot, Context("de"))
    if outcome is not None:
        assert understood.outcome is outcome
    else:
        assert understood.outcome is not Outcome.FAQ
        assert understood.answer == answer


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("can i come along with the pram", "children"),
        ("is everything free there", "cost"),
        ("ce acte trebuie sa aduc", "bring"),
    ],
)
def test_right_after_a_card_the_question_is_about_that_offer(
    understander: Understander, snapshot: Snapshot, text: str, topic: str
) -> None:
    understood = understander.understand(text, snapshot, Context("en", "sewing-cafe"))
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == ("sewing-cafe", topic)


def test_do_i_need_papers_after_a_card_still_gets_the_staff_answer(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand("do i need papers", snapshot, Context("en", "sewing-cafe"))
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, "papers")


def test_the_faq_ids_that_stand_for_follow_ups_exist(snapshot: Snapshot) -> None:
    cues = FollowUpCues.load(LOCALES)
    named = {faq_id for ids in cues.from_faq.values() for faq_id in ids}
    assert named and named <= set(snapshot.catalogue.faq)


@pytest.mark.parametrize(
    ("text", "after", "topic"),
    [
        ("wer kann dort arabisch", "sewing-cafe", "languages"),  # a name beside a speaker word
        ("kennt jemand da ukrainisch", "sewing-cafe", "languages"),
        ("brauche ich bücher", "german-course", "bring"),  # "bücher" is no typo of "buchen"
        ("ist das nur für rumänen", "welcome-europe", "audience"),  # a people, not the breakfast
    ],
)
def test_follow_ups_that_name_a_language_or_a_people_stay_with_the_offer(
    understander: Understander, snapshot: Snapshot, text: str, after: str, topic: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de", after))
    assert understood.follow_up is not None, understood
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (after, topic)


def test_a_language_name_with_another_cue_leaves_the_offer_to_the_other_cue(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "wann kann ich dort deutsch lernen", snapshot, Context("de", "sewing-cafe")
    )
    assert understood.follow_up is None or understood.follow_up.topic == "when"


@pytest.mark.parametrize(
    ("text", "after", "topic"),
    [
        ("trebuie sa ma anunt inainte", "sewing-cafe", "booking"),  # only small words left
        ("الساعة كم بيبلش", "german-course", "when"),  # "what time", not "how much"
    ],
)
def test_the_cue_that_explains_most_decides_and_small_words_name_no_offer(
    understander: Understander, snapshot: Snapshot, text: str, after: str, topic: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de", after))
    assert understood.follow_up is not None, understood
    assert understood.follow_up.topic == topic


def test_another_offer_named_beside_a_cue_switches_even_when_a_little_unsure(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "а за работа къде да питам", snapshot, Context("bg", "sewing-cafe")
    )
    assert understood.follow_up is None
    assert understood.candidates and understood.candidates[0].offer_id == "welcome-europe"


@pytest.mark.parametrize(
    "text",
    [
        "mein deutsch ist schlecht ich will es in einer gruppe lernen",
        "хочу вивчити німецьку хоч трохи",
    ],
)
def test_little_german_and_a_wish_to_learn_it_gets_a_button_to_the_german_course(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de"))
    linked = snapshot.catalogue.faq[understood.faq].offer_id if understood.faq else None
    assert (understood.answer or linked) == "german-course"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("as vrea sa invat germana da nu stiu unde", "ro"),
        ("ich will deutsch lernen aber weiss nicht wo", "de"),
        ("искам да уча немски но не знам къде", "bg"),
        ("almanca ogrenmek istiyorum ama nerede bilmiyorum", "tr"),
        ("хочу учить немецкий но не знаю где", "ru"),
        # Egyptian, a woman speaking (found in a trial: the answer on coming without German)
        ("ازيك، انا عايزة اتعلم الماني بس مش عارفة فين", "ar"),
        ("عايز اتعلم الماني بس ما ادري وين", "ar"),
    ],
)
def test_not_knowing_where_to_learn_german_asks_for_the_course(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Found in a trial: "I'd like to learn German but I don't know where" got the answer on
    coming without German; its "not" belongs to "I don't know where"."""
    understood = understander.understand(text, snapshot, Context(language))
    assert (understood.faq, understood.answer) == (None, "german-course")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ich möchte deutsch lernen, habe aber abends keine zeit", "de"),
        ("i would like to learn german but i have no money for it", "en"),
        ("vreau sa invat germana dar n am masina", "ro"),
        ("искам да уча немски, но нямам време", "bg"),
        ("me kamav te sikljuvav nemcikanes, numa nai man lovora", "rom"),
        ("بدي اتعلم الماني بس ما معي مصاري", "ar"),
        ("almanca öğrenmek istiyorum ama zamanım yok", "tr"),
        ("хочу вивчити німецьку, але немає часу вранці", "uk"),
        ("میخوام آلمانی یاد بگیرم ولی ماشین ندارم", "fa"),
        ("хочу учить немецкий, но нет денег", "ru"),
    ],
)
def test_no_time_or_money_beside_german_to_learn_asks_for_the_course(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    """Found in a trial: "I want to learn German but I have no time in the morning" got the
    answer on coming without German; its "no" belongs to the time (the money, the car)."""
    understood = understander.understand(text, snapshot, Context(language))
    assert (understood.faq, understood.answer) == (None, "german-course")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ich spreche kein deutsch und habe keine zeit, kann ich kommen?", "de"),
        ("i dont speak german and i have no money, can i come", "en"),
    ],
)
def test_no_german_beside_no_time_still_gets_the_answer_on_coming_without_it(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert understander.understand(text, snapshot, Context(language)).faq == "without-german"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("nu stiu germana, pot veni?", "ro"),
        ("ich kann kein deutsch, darf ich trotzdem kommen", "de"),
        ("almanca bilmiyorum gelebilir miyim", "tr"),
        ("مش بتكلم الماني، ينفع اجي؟", "ar"),
    ],
)
def test_not_knowing_german_still_gets_the_answer_on_coming_without_it(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    assert understander.understand(text, snapshot, Context(language)).faq == "without-german"


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        # "bräuchte" (would need) books; it is no "brauche ich" (do I need one) with a typo
        ("ich bräuchte nächste woche einen termin für die sozialberatung", None),
        ("brauchen wir vorher einen termin", "just-come"),
        ("brauch ich nen termin oder kann ich einfach kommen", "just-come"),
    ],
)
def test_a_booking_wish_with_would_need_is_no_question_whether_one_is_needed(
    understander: Understander, snapshot: Snapshot, text: str, answered: str | None
) -> None:
    assert understander.understand(text, snapshot, Context("de")).faq == answered
