"""Follow-up questions about the offer just shown, and staff answers, as people type them."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.understanding import Context, Outcome, Understander
from bot.understanding.followup import FollowUpCues
from bot.understanding.result import Intent

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = load_languages()
# The tables the bot builds once per process (pipeline._phrase_data), shared here too.
CUES = Understander.load(LOCALES).follow_ups


def test_every_language_has_cue_words_for_every_topic_and_every_weekday() -> None:
    missing = CUES.missing(LANGUAGES.codes)
    assert not missing, "add to locales/followups.yaml:\n" + "\n".join(missing)


def test_a_misspelt_topic_or_weekday_in_the_file_is_reported() -> None:
    cues = FollowUpCues({"prize": {"de": ["preis"]}}, {"de": {"samstag": ["samstag"]}})
    gaps = cues.missing(["de"])
    assert "topics.prize: not a topic" in gaps
    assert "days.de.samstag: not a weekday" in gaps
    assert "topics.cost: de" in gaps


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("skilky koshtuye i shcho vzyaty z soboyu", {"cost", "bring"}),
        ("was kostet das und wo ist das", {"cost", "where"}),
        ("cat costa? si unde e?", {"cost", "where"}),
        ("и сколько стоит и где это", {"cost", "where"}),
        ("muss ich mich anmelden und was kostet das", {"booking", "cost"}),
        # one question, however long: one answer
        ("und was kostet das", {"cost"}),
        ("what do i need to bring when i go there", {"bring"}),
        ("si sambata?", {"when"}),
        ("und wo ist das", {"where"}),
    ],
)
def test_two_questions_about_it_in_one_message_are_both_read(
    understander: Understander, snapshot: Snapshot, text: str, asked: set[str]
) -> None:
    understood = understander.understand(text, snapshot, Context("de", "german-course"))
    assert understood.outcome is Outcome.FOLLOW_UP and understood.follow_up is not None
    follow_up = understood.follow_up
    assert {follow_up.topic, *follow_up.also} == asked
    assert len(follow_up.also) == len(asked) - 1, "each topic once"


@pytest.mark.parametrize(
    ("text", "after", "topic", "weekday"),
    [
        ("und was kostet das", "german-course", "cost", None),
        ("si cat costa?", "german-course", "cost", None),
        ("wo ist das", "sewing-cafe", "where", None),
        ("ist das auch am samstag", "german-course", "when", 5),
        ("si sambata?", "german-course", "when", 5),
        ("а в суботу теж?", "german-course", "when", 5),
        ("سه شنبه هم هست؟", "german-course", "when", 1),  # Tuesday holds the word Saturday
        ("pot sa vin cu copiii?", "german-course", "children", None),
        ("kann ich mein baby mitnehmen", "german-course", "children", None),
        ("what do i need to bring", "welcome-europe", "bring", None),
        ("is it only for mums", "parents-cafe", "audience", None),
        ("vorbeste cineva romaneste acolo", "office-hours", "languages", None),
        (
            "muss ich mich vorher anmelden oder einfach vorbeikommen",
            "office-hours",
            "booking",
            None,
        ),
        # asked in words of a concept, not of a listed phrase
        ("is there an age limit", "german-course", "audience", None),
        ("заранее позвонить надо?", "sewing-cafe", "booking", None),
        ("önceden haber vermem gerekiyor mu", "office-hours", "booking", None),
        ("پدرها هم میتونن بیان", "parents-cafe", "audience", None),
        ("an welchen tagen", "parents-cafe", "when", None),
        ("по каким дням", "parents-cafe", "when", None),
        ("kann mein kleiner mitkommen", "office-hours", "children", None),
        ("yeri neresi", "german-course", "where", None),
        # in dialect: Moldavian, Algerian Arabizi, Finglish, trasyanka, Bavarian
        ("undi-i cladirea, pi ci strada?", "office-hours", "where", None),
        ("nqder njib wladi?", "sewing-cafe", "children", None),
        ("lazem nsajel 9bel?", "parents-cafe", "booking", None),
        ("faghat baraye zanhast?", "parents-cafe", "audience", None),
        ("з унукамі можна?", "romanian-breakfast", "children", None),
        ("derf i mei kloana mitbringa", "german-course", "children", None),
        # eighth round: a part of the day, "how much do they take", a younger sibling, a
        # Turkish participle, Persian "with me", Romani "it" that looks like Ukrainian coffee
        ("geht das auch vormittags", "sewing-cafe", "when", None),
        ("a dupa masa aveti?", "german-course", "when", None),
        ("а по вечерам бывает?", "office-hours", "when", None),
        ("а сколько берут за месяц", "german-course", "cost", None),
        ("колко вземате", "sewing-cafe", "cost", None),
        ("kann der kleine bruder mit", "sewing-cafe", "children", None),
        ("а з молодшим братом можна?", "german-course", "children", None),
        ("orada farsça konuşabilen var mı", "office-hours", "languages", None),
        ("همراهم پاسپورت باشه؟", "office-hours", "bring", None),
        ("kaj si kodo", "parents-cafe", "where", None),
        ("kaj si kava", "sewing-cafe", "where", None),
    ],
)
def test_a_question_about_it_is_a_follow_up_about_the_offer_just_shown(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    after: str,
    topic: str,
    weekday: int | None,
) -> None:
    understood = understander.understand(text, snapshot, Context("de", after))
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None
    assert (understood.follow_up.offer_id, understood.follow_up.topic) == (after, topic)
    assert understood.follow_up.weekday == weekday


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        ("und das naehcafe?", "sewing-cafe"),
        ("und wann ist das nähcafé", "sewing-cafe"),
        ("si micul dejun?", "romanian-breakfast"),
        ("а кафе для батьків?", "parents-cafe"),
    ],
)
def test_another_offer_by_name_is_a_new_topic(
    understander: Understander, snapshot: Snapshot, text: str, offer: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de", "german-course"))
    assert understood.outcome is Outcome.ANSWERED
    assert understood.answer == offer


def test_without_an_offer_in_context_a_question_about_it_goes_to_the_faq(
    understander: Understander, snapshot: Snapshot
) -> None:
    in_context = understander.understand("is it free?", snapshot, Context("en", "german-course"))
    assert in_context.outcome is Outcome.FOLLOW_UP
    alone = understander.understand("is it free?", snapshot, Context("en"))
    assert (alone.outcome, alone.faq) == (Outcome.FAQ, "free")


@pytest.mark.parametrize(
    ("text", "lang", "faq", "intent"),
    [
        ("and what does it cost?", "en", "free", None),
        ("si cat costa?", "ro", "free", None),
        ("а колко струва?", "bg", "free", None),
        ("und wo ist das?", "de", None, Intent.WHERE),
        ("muss ich mich anmelden?", "de", "just-come", None),
        ("nerede?", "tr", None, Intent.WHERE),
    ],
)
def test_a_question_about_it_with_no_card_shown_is_answered_for_all_offers(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    lang: str,
    faq: str | None,
    intent: Intent | None,
) -> None:
    """Typed after the menu, "and what does it cost?" gets the staff's answer on cost (our
    offers are free), "where is it" our addresses: not "I don't know"."""
    understood = understander.understand(text, snapshot, Context(lang))
    assert (understood.faq, understood.intent) == (faq, intent)


@pytest.mark.parametrize(
    "text",
    [
        "how much does the bus to bochum cost",
        "cat costa un bilet de avion",
        "cum e vremea maine",
        "sar si o vremea tasja",
    ],
)
def test_something_else_is_not_answered_with_ours(
    understander: Understander, snapshot: Snapshot, text: str
) -> None:
    understood = understander.understand(text, snapshot, Context("en"))
    assert (understood.faq, understood.intent) == (None, None)


def test_a_language_name_alone_still_changes_the_language_after_a_card(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand("romaneste", snapshot, Context("de", "german-course"))
    assert understood.outcome is Outcome.INTENT
    assert understood.target_language == "ro"


@pytest.mark.parametrize(
    ("text", "faq"),
    [
        ("brauche ich papiere", "papers"),
        ("do i need a passport", "papers"),
        ("trebuie sa platesc ceva", "free"),
        ("kann ich ohne deutsch kommen", "without-german"),
        ("ما عندي تأمين صحي", "health-insurance"),
        ("cocugum icin okul nasil bulurum", "school"),
        # Algerian Arabizi, Romani, trasyanka (Belarusian forms in Russian)
        ("lazem nkhalles wla?", "free"),
        ("šaj avav kadja, direkt?", "just-come"),
        ("можна з дзецьмі прыйсці?", "children"),
    ],
)
def test_questions_the_catalogue_has_no_field_for_get_the_staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, faq: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de"))
    assert (understood.outcome, understood.faq) == (Outcome.FAQ, faq)


def test_an_offer_named_outright_beats_a_faq_word_in_the_question(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "wie kann ich mich für den deutschkurs anmelden", snapshot, Context("de")
    )
    assert understood.answer == "german-course"


@pytest.mark.parametrize(
    ("text", "after", "offer"),
    [
        (
            "actually I want a place where my toddler can play with other kids",
            "german-course",
            "parents-cafe",
        ),
        (
            "ні, забудьте, я отримала лист від джобцентру і нічого не розумію",
            "romanian-breakfast",
            "office-hours",
        ),
    ],
)
def test_a_new_need_after_actually_leaves_the_offer_in_context(
    understander: Understander, snapshot: Snapshot, text: str, after: str, offer: str
) -> None:
    """ "kids" and "не розумію" are follow-up cues, but "actually" / "забудьте" turn to a need
    the whole message names (before: a follow-up about the offer just shown)."""
    understood = understander.understand(text, snapshot, Context("de", after))
    assert understood.follow_up is None
    linked = snapshot.catalogue.faq[understood.faq].offer_id if understood.faq else None
    assert offer in (understood.answer, linked)  # its card, or a staff answer with its button
