"""Offers and staff answers as the twenty-first offers round fixed them by form (issue 11).
Lines here are none of the evaluation sets' or probes' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome

ANSWERS = (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)


@pytest.mark.parametrize(
    ("message", "language", "offer"),
    [
        # "ohne" goes with the word beside it: no money, not no German; the course is asked for
        ("wo kann ich ohne geld deutsch lernen", "de", "german-course"),
        # an offer asked for by its own name, free of charge: its card (which says the cost)
        ("nähcafe umsonst für frauen?", "de", "sewing-cafe"),
        # "they teach German" names the course
        ("وين في مكان بيعلموا الماني للكبار", "ar", "german-course"),
        # Romani with Serbian office words: papers from the municipality
        ("si man but papira katar e opština, ko šaj pomožil", "rom", "office-hours"),
        # Romani with the Serbian word for sewing
        ("si kaj šivanje ando Dortmund?", "rom", "sewing-cafe"),
        # no money beside learning German: the course, free, not "you can come without German"
        # (found in the lead's trial: "ich will deutsch lernen aber hab kein geld")
        ("deutsch lernen will ich, aber ich hab kein geld", "de", "german-course"),
    ],
)
def test_an_offer_found_by_its_form(
    understander: Understander, snapshot: Snapshot, message: str, language: str, offer: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome in ANSWERS
    assert understood.answer == offer


@pytest.mark.parametrize(
    ("message", "language", "faq"),
    [
        # the children "with me" (همراهم): they may come along
        ("بچه هام همراهم باشن مشکلی نیست؟", "fa", "children"),
        # an arrangement made before (قرار قبلی) is an appointment
        ("واسه اومدن قرار قبلی میخواد؟", "fa", "just-come"),
        # spoken Arabic "insured" (مأمّن)
        ("جوزي مش مأمّن عند حد", "ar", "health-insurance"),
        # no money at all: our offers are free (the lead's trial)
        ("ich hab leider kein geld", "de", "free"),
    ],
)
def test_a_staff_answer_found_by_its_form(
    understander: Understander, snapshot: Snapshot, message: str, language: str, faq: str
) -> None:
    understood = understander.understand(message, snapshot, Context(language))
    assert understood.outcome is Outcome.FAQ
    assert understood.faq == faq
