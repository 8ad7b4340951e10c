"""Follow-ups after a card in the seventeenth round (issue 11), by form: Romani "numaj vaš"
(only for), "ramosav-" (write down: booking), "den duma" (they speak);
Romani "save" (which ones) names no other offer though it is "šave" (children) typed without
its caron; Levantine Arabizi "bas lal nswen" (only for women), "fen" and "mkanha" (where);
Ukrainian and Russian nationalities in the plural and "всім можна" (everyone may); Finglish
"q" for "gh" ("faqat"), Dari "پیسه" (money) and "گپ میزنن" (they speak), Persian "قیمتش" (its
price); Moldavian "copchii" and Spanish mixed into Romanian ("donde", "hablan", "cita"); and a
language to be learnt beside "where" asks for the course, no follow-up about the languages
spoken. Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Outcome, Understander
from tests.support.follow_ups import follow_up


@pytest.mark.parametrize(
    ("text", "language", "after", "topic"),
    [
        ("si numaj vash e studentura?", "rom", "german-course", "audience"),
        ("kaj te ramosavav ma?", "rom", "welcome-europe", "booking"),
        ("odoj den duma romanes?", "rom", "office-hours", "languages"),
        ("bas lal nswen?", "ar", "sewing-cafe", "audience"),
        ("w fen el mkan bezzabt", "ar", "german-course", "where"),
        ("там лише румуни?", "uk", "sewing-cafe", "audience"),
        ("а туда всем можно ходить?", "ru", "parents-cafe", "audience"),
        ("faqat baraye javuna?", "fa", "german-course", "audience"),
        ("qeymat dare?", "fa", "sewing-cafe", "cost"),
        ("پیسه داره؟", "fa", "german-course", "cost"),
        ("قیمتش زیاده؟", "fa", "office-hours", "cost"),
        ("اونجا پشتو گپ میزنن؟", "fa", "office-hours", "languages"),
        ("vin si copchiii?", "ro", "parents-cafe", "children"),
        ("si donde se face?", "ro", "german-course", "where"),
        ("acolo hablan romana?", "ro", "office-hours", "languages"),
        ("imi trebe cita?", "ro", "welcome-europe", "booking"),
    ],
)
def test_new_forms_of_a_follow_up_are_read(
    understander: Understander,
    snapshot: Snapshot,
    text: str,
    language: str,
    after: str,
    topic: str,
) -> None:
    assert follow_up(understander, snapshot, text, language, after) == topic


def test_romani_which_ones_names_no_other_offer(
    understander: Understander, snapshot: Snapshot
) -> None:
    """ "Must I bring papers? Which?" after the office hours asks what to bring there, not
    "did you mean" the parents' café ("save" read as "šave", children)."""
    text = "so lila te anav? save?"
    assert follow_up(understander, snapshot, text, "rom", "office-hours") == "bring"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("und wo lerne ich jetzt deutsch sprechen", "de"),
        ("unde invat eu sa vorbesc germana", "ro"),
    ],
)
def test_where_to_learn_a_language_asks_for_the_course(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> None:
    understood = understander.understand(text, snapshot, Context(language, "sewing-cafe"))
    assert understood.outcome is not Outcome.FOLLOW_UP
    assert understood.candidates and understood.candidates[0].offer_id == "german-course"


def test_a_teacher_who_speaks_a_language_still_asks_which_are_spoken(
    understander: Understander, snapshot: Snapshot
) -> None:
    text = "profesorul vorbeste si romaneste?"
    assert follow_up(understander, snapshot, text, "ro", "german-course") == "languages"
    # and where to learn it, after the course's own card, asks where the course is
    text = "wo lerne ich da deutsch"
    assert follow_up(understander, snapshot, text, "de", "german-course") == "where"
