"""Bulgarian everyday requests as the fifteenth round (u-bg15) reads them (issue 11): small
words typed in Latin letters any way ("trqbva", "tryabva": трябва), spoken and western forms
("туй", "тва", "нема", "айде", "хич"), a reason after "че" or "щото", "tell me" before a
request, verb forms of one family (we can't come, we'll keep hearing from each other), and
"от мен" (from me), which is no "отмен-" (cancel) read in two words. Without the model.
Lines here are none of the evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome

SMALL_WORDS_IN_LATIN_LETTERS = [
    ("tryabva mi chas za konsultaciya", Intent.BOOK),
    ("triabva mi 4as", Intent.BOOK),
]
"""A Cyrillic small word typed in any romanisation is a small word: the request is all said."""

SPOKEN_AND_WESTERN_FORMS = [
    ("кво е тва изобщо", Intent.HELP),
    ("kvo e tuj", Intent.HELP),
    ("нема да мога в петък", Intent.CANCEL),
    ("ajde 4ao", Intent.BYE),
    ("хич не мога да дойда в сряда", Intent.CANCEL),
]

REASONS_AND_TELL_ME = [
    ("ajde chao che me vikat", Intent.BYE),
    ("отменете ми часа щото съм болна", Intent.CANCEL),
    ("кажете ми работното време", Intent.HOURS),
]
"""A reason after "че" / "щото" is a clause of its own; "кажете ми" (tell me) asks nothing by
itself."""

VERB_FORMS = [
    ("няма да можем да дойдем в понеделник", Intent.CANCEL),
    ("хайде, ще се чуваме", Intent.BYE),
    ("искаме да си запазим час", Intent.BOOK),
    ("de se namirate", Intent.WHERE),
]

W_FOR_SH = [
    ("wte se 4uvame", Intent.BYE),
    ("ne wte moga da doida utre", Intent.CANCEL),
    ("wte mi zapiwete li 4as za petyk", Intent.BOOK),
]
"""In the older chat habit w is ш or щ as 6 is ("wte" ще, "zapiwete" запишете), beside w for в."""

FROM_ME = [
    ("здравейте, Иван от мен", Intent.GREET),
    ("това е от мен, лек ден", Intent.BYE),
]
""""от мен" (from me) read as one word is no stem "отмен-" (cancel): only a stem with an ending
after it ("ot menya") is found in two words typed as one."""


@pytest.mark.parametrize(
    ("message", "intent"),
    SMALL_WORDS_IN_LATIN_LETTERS
    + SPOKEN_AND_WESTERN_FORMS
    + REASONS_AND_TELL_ME
    + VERB_FORMS
    + W_FOR_SH
    + FROM_ME,
)
def test_bulgarian_everyday_requests_in_the_fifteenth_rounds_forms(
    understander: Understander, snapshot: Snapshot, message: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context("bg"))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent


@pytest.mark.parametrize(
    "message",
    ["кажи ми песен на ромски", "kyde ima apteka naoblizo", "мачът кога почва"],
)
def test_what_the_forms_do_not_make_a_request(
    understander: Understander, snapshot: Snapshot, message: str
) -> None:
    understood = understander.understand(message, snapshot, Context("bg"))

    assert understood.outcome is not Outcome.INTENT
