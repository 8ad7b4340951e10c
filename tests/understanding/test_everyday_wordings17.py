"""Everyday requests as the thirteenth round (u-intents17) reads them (issue 11), by cause: which
act wins when a line has two (a blessing beside a greeting or a goodbye; a short word folded to
a goodbye right after thanks; a newcomer's "first time" with the chat named after it), asking to
change the language without naming one (a request, not the staff answer on interpreters), and
verb forms of one family (Arabic said to several people, Bulgarian plural imperatives,
Romani "pomožin-", a booking for counselling). Without the model. Lines here are none of the
evaluation sets' lines."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome

BLESSING_BESIDE_ANOTHER_FORMULA = [
    ("Doamne ajuta, buna dimineata", "ro", Intent.GREET),
    ("god bless, good morning everyone", "en", Intent.GREET),
    ("Allah razı olsun, günaydın herkese", "tr", Intent.GREET),
    ("الله يعطيكم العافية، صباح الخير", "ar", Intent.GREET),
    ("خدا خیرتون بده، صبح بخیر", "fa", Intent.GREET),
    ("Бог да ви благослови, добро утро", "bg", Intent.GREET),
    ("Doamne ajuta, la revedere", "ro", Intent.BYE),
    ("Doamne ajuta", "ro", Intent.THANKS),
    ("thank you, god bless, good evening", "en", Intent.THANKS),
]
"""A thanks naming God is a blessing: beside a greeting it greets, beside a goodbye it takes
leave; alone, or beside plain thanks, it thanks."""

SHORT_WORD_AFTER_THANKS = [
    ("merci paa, ihr habt mir geholfen", "de", Intent.THANKS),
    ("asante paa, das hat geholfen", "de", Intent.THANKS),
    ("mersi, pa", "ro", Intent.BYE),
]
"""A word folding to the two-letter goodbye "pa" right after thanks ("paa": very much) is said
with the thanks; the goodbye typed as it is still takes leave."""

A_NEWCOMER_NAMES_THE_CHAT = [
    ("hallo, zum ersten mal in diesem chat", "de", Intent.GREET),
    ("merhaba, bu sohbeti ilk defa kullanıyorum", "tr", Intent.GREET),
    ("buna, prima data folosesc chatul asta", "ro", Intent.GREET),
    ("hi, first time here, how does this work?", "en", Intent.HELP),
]
""""First time" with the chat named in the same clause says what is new, unless it asks."""

CHANGE_THE_LANGUAGE_NAMING_NONE = [
    ("как язык переключить", "ru", Intent.LANGUAGE),
    ("язык переключить как", "ru", Intent.LANGUAGE),
    ("how do i translate this chat", "en", Intent.LANGUAGE),
]
"""Asking how to change the language is the request: no language is named for a staff answer
on interpreters to be about."""

VERB_FORMS = [
    ("شو بتقدروا تساعدونا فيه", "ar", Intent.HELP),
    ("yalla, astawda3kom allah", "ar", Intent.BYE),
    ("استودعتكم الله يا شباب", "ar", Intent.BYE),
    ("моля ви, сменете езика на немски", "bg", Intent.LANGUAGE),
    ("а днес докога?", "bg", Intent.HOURS),
    ("so šaj pomožinen mange", "rom", Intent.HELP),
    ("kamav jekh termin vaš savetovanje", "rom", Intent.BOOK),
    ("i want a booking for a counselling session", "en", Intent.BOOK),
    ("danışma için randevu alabilir miyim", "tr", Intent.BOOK),
]
"""Arabic verbs said to a team ("تقدروا", "تساعدونا") as to one person, farewells entrusting to
God in their verb forms, the Bulgarian plural imperative (German
named: no question about the German course), "until when" typed as one word, the
Romani help verb, counselling as what an appointment is for."""


@pytest.mark.parametrize(
    ("message", "language", "intent"),
    BLESSING_BESIDE_ANOTHER_FORMULA
    + SHORT_WORD_AFTER_THANKS
    + A_NEWCOMER_NAMES_THE_CHAT
    + CHANGE_THE_LANGUAGE_NAMING_NONE
    + VERB_FORMS,
)
def test_everyday_requests_in_the_thirteenth_rounds_forms(
    understander: Understander, snapshot: Snapshot, message: str, language: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context(language))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent


def test_a_language_asked_for_with_show_beside_learning(
    understander: Understander, snapshot: Snapshot
) -> None:
    understood = understander.understand(
        "sikav sa angliko, kamav te sikľuvav", snapshot, Context("rom")
    )

    assert understood.intent is Intent.LANGUAGE
    assert understood.target_language == "en"


SIGN_OFFS = [
    ("Hallo, wann habt ihr morgen offen? LG Aylin", "de", Intent.HOURS),
    ("danke für die info, liebe grüße", "de", Intent.THANKS),
    ("ok thanks a lot, kind regards", "en", Intent.THANKS),
    ("saygılarımla, Ayşe", "tr", Intent.BYE),
    ("з повагою, Оксана", "uk", Intent.BYE),
]
"""A sign-off closing a written message is a goodbye alone, yields to thanks beside it, and is
set aside around a question."""

CHAT_SHORTHAND = [
    ("trb sa vb cu cnv azi", "ro", Intent.HUMAN),
    ("мне нужна запись пжлст", "ru", Intent.BOOK),
    ("dastetun dard nakone, kheili komak kardin", "fa", Intent.THANKS),
]
"""Chat shorthand read as the words it stands for ("vb" vorbesc, "cnv" cineva, "пжлст"), and
spoken Persian's "-in" as the written "-id" ("kardin" is "kardid")."""


@pytest.mark.parametrize(("message", "language", "intent"), SIGN_OFFS + CHAT_SHORTHAND)
def test_sign_offs_and_chat_shorthand(
    understander: Understander, snapshot: Snapshot, message: str, language: str, intent: Intent
) -> None:
    understood = understander.understand(message, snapshot, Context(language))

    assert understood.outcome is Outcome.INTENT
    assert understood.intent is intent
