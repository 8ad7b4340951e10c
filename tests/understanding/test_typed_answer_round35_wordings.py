"""A yes word that opens a question is no answer (issue 11, round 35, u-trial35).

Found in the lead's trial: at the privacy note, Bulgarian "moje li da doida s deca" (may I
come with the children?) was read as "може" (ok), a yes. The forms: a question particle right
after the yes word or before it ("може ли", "мога ли да", "olur mu", "tamammı"); a yes word
saying "it is possible" with a word of its own after it ("mishe ... biam", "може да ..."); after
a yes, a word asking to be allowed in a question, or after "so" ("ok darf ich ...?", "ok so can
i"). Real yeses stay yeses, also with a question after a comma. New wordings, no set line.
"""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.understanding import Understander
from bot.understanding.result import YesNo
from tests.understanding.answers import by_form

PHRASES = Understander.load(PROJECT_ROOT / "locales").intents


QUESTIONS = [
    *by_form(
        "particle-after-the-yes-word",
        ("moje li da platya po-kasno", "bg"),
        ("може ли да питам нещо", "bg"),
        ("olur mu yarın gelsem", "tr"),
        ("tamam mı bu saat", "tr"),
        ("olurmu annemle gelsem", "tr"),
        ("ova li si adaj o kurso", "rom"),
    ),
    *by_form(
        "particle-before-the-yes-word",
        ("moga li da doida utre", "bg"),
        ("мога ли да дойда с мъжа си", "bg"),
    ),
    *by_form(
        "it-is-possible-before-a-verb",
        ("mishe farda biam", "fa"),
        ("میشه با مادرم بیام", "fa"),
        ("može da avav tehara", "rom"),
    ),
    *by_form(
        "ok-then-can-i",
        ("ok so can i come on friday", "en"),
        ("okay so could we bring grandma", "en"),
        ("ok darf ich auch ohne termin kommen?", "de"),
        ("ok also kann ich einfach vorbeikommen", "de"),
        ("ok deci pot sa vin si eu?", "ro"),
    ),
]


@pytest.mark.parametrize(("message", "language"), QUESTIONS)
def test_a_yes_word_that_opens_a_question_is_no_answer(message: str, language: str) -> None:
    assert PHRASES.answer_and_rest(message, language) is None


YESES = [
    *by_form(
        "modal-yes-alone-or-polite",
        ("може", "bg", ""),
        ("da moje", "bg", "moje"),
        ("може, благодаря", "bg", ""),
        ("olur", "tr", ""),
        ("tamam", "tr", ""),
        ("mishe", "fa", ""),
        ("bale", "fa", ""),
        ("ok", "en", ""),
    ),
    *by_form(
        "yes-then-a-question-after-a-comma",
        ("ja, darf ich noch was fragen?", "de", "darf ich noch was fragen?"),
        ("da, unde e cafeneaua?", "ro", "unde e cafeneaua?"),
        ("evet, ücretli mi?", "tr", "ücretli mi?"),
        ("ok, can i bring my kids?", "en", "can i bring my kids?"),
    ),
]


@pytest.mark.parametrize(("message", "language", "rest"), YESES)
def test_real_yeses_stay_yeses(message: str, language: str, rest: str) -> None:
    read = PHRASES.answer_and_rest(message, language)
    assert read is not None and read[0] is YesNo.YES
    assert read[1] == rest
