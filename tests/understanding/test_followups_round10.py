"""Follow-up questions in the forms the tenth round added (issue 11): a child's age ("are 3
ani", "5 snin", "4yo") asks about children; a stem yields to another topic's whole word
(Romanian "termina", it ends, is no "Termin"; Turkish "öğlen", noon, is no "oğlum"); small
words of a cue stand together ("и за", also for, is not in "нитки за деньги"); what to bring
beats a booking word ("bring a book"); most of the message decides ("savo sati ... sreda"
asks when); Latin-typed Russian with the soft sign's apostrophe ("skol'ko"). Lines here are
none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Outcome


@pytest.mark.parametrize(
    ("text", "after", "topic"),
    [
        ("my boy is 7 years, can he join?", "sewing-cafe", "children"),
        ("il aduc si pe Andrei, are 4 ani", "german-course", "children"),
        ("ebni 3ando 6 snin, momken?", "parents-cafe", "children"),
        ("кызым 5 лет, можно с ней?", "office-hours", "children"),
        ("sa termina la ora cinci?", "german-course", "when"),
        ("öğlen mi akşam mı?", "sewing-cafe", "when"),
        ("а пряжа и спицы за деньги?", "sewing-cafe", "cost"),
        ("should i bring a book and pencil", "german-course", "bring"),
        ("so sati kerel pe, ko paraštuj?", "parents-cafe", "when"),
        ("a skol'ko nado platit'?", "welcome-europe", "cost"),
        ("vy tol'ko dlya zhenshchin?", "parents-cafe", "audience"),
    ],
)
def test_the_tenth_rounds_follow_up_forms(
    understander: Understander, snapshot: Snapshot, text: str, after: str, topic: str
) -> None:
    understood = understander.understand(text, snapshot, Context("de", after))
    assert understood.outcome is Outcome.FOLLOW_UP
    assert understood.follow_up is not None and understood.follow_up.topic == topic


def test_an_adults_age_still_asks_who_it_is_for(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "ich bin 67 jahre alt, darf ich noch mitmachen?", snapshot, Context("de", "german-course")
    )
    assert understood.follow_up is not None and understood.follow_up.topic == "audience"
