"""Everyday requests in the forms the twenty-seventh round found missed (issue 11, u-intents27),
read by the whole understanding without the model: German umlauts typed out ("loeschen" for
"löschen"), German learners' goodbyes in their first languages (Vietnamese, Italian,
Bosnian/Croatian/Serbian) and in the infinitive ("ich gehen jetzt"), Romani "break" and "cut"
an appointment (cancelling it), Romani short and Hungarian thanks, Ukrainian western "файно"
(nicely) and surzhyk "помогли" (you helped) in thanks, Galician "на разі" (for now) as a
goodbye, Ukrainian "коли прийомні години" (when are the reception hours) and "зробити
термін" (make an appointment), German "ist da jemand" (is anyone there) opening the chat,
Ukrainian "switch" and "give" a language, "God keep you" after thanks, Romani "devlesa
arakhlam" (found with God) answering a greeting, Romanian "am" as a helping verb ("am ajuns":
I arrived). None of the rows is a line of the evaluation sets or the probes. Rows stand in
lists named for the form they show; each row's id is that form and the language of the chat."""

from __future__ import annotations

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent
from tests.understanding.answers import by_form, request

SURELY_READ = [
    *by_form(
        "german-umlaut-typed-out",
        ("den termin loeschen bitte, bin krank geworden", "de", Intent.CANCEL),
    ),
    *by_form(
        "german-learner-goodbye",
        ("ok tam biet, danke", "de", Intent.BYE),
        ("arrivederci, bis montag", "de", Intent.BYE),
        ("dovidjenja und gute woche", "de", Intent.BYE),
        ("gut, ich gehen jetzt", "de", Intent.BYE),
    ),
    *by_form(
        "romani-break-or-cut-the-appointment",
        ("phagav mo Termin, naj man vrama", "rom", Intent.CANCEL),
        ("chin mo Termin pala o kurko", "rom", Intent.CANCEL),
    ),
    *by_form(
        "romani-short-and-hungarian-thanks",
        ("paliker tumenge savorenge", "rom", Intent.THANKS),
        ("naisu tuke but phrala, szepen", "rom", Intent.THANKS),
    ),
    *by_form(
        "ukrainian-western-and-surzhyk-thanks",
        ("spasybi fain, vy meni pomohly", "uk", Intent.THANKS),
        ("файно дякую, ви нам дуже помогли з листом", "uk", Intent.THANKS),
    ),
    *by_form("ukrainian-for-now-as-goodbye", ("ну все, на разі", "uk", Intent.BYE)),
    *by_form(
        "ukrainian-reception-hours", ("а коли прийомні години в п'ятницю", "uk", Intent.HOURS)
    ),
    *by_form("ukrainian-make-an-appointment", ("a mozhna zrobyty termin", "uk", Intent.BOOK)),
    *by_form(
        "german-is-anyone-there-opens-the-chat",
        ("hallo, ist da jemand", "de", Intent.GREET),
        ("hi, is jemand hier im chat", "de", Intent.GREET),
    ),
    *by_form(
        "ukrainian-switch-or-give-a-language",
        ("перемкніть на англійську, я вчу", "uk", Intent.LANGUAGE),
        ("дайте німецькою", "uk", Intent.LANGUAGE),
    ),
    *by_form("ukrainian-god-keep-you-after-thanks", ("дякую, бережи вас бог", "uk", Intent.THANKS)),
    *by_form(
        "romani-found-with-god-greets", ("devlesa arakhlam, me sem Dana", "rom", Intent.GREET)
    ),
    *by_form(
        "romanian-have-as-helping-verb",
        ("am sosit de curand cu sotul, as dori o programare la voi", "ro", Intent.BOOK),
    ),
]


@pytest.mark.parametrize(("text", "language", "intent"), SURELY_READ)
def test_an_everyday_request_in_a_weak_form_is_surely_read(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    assert request(understander, snapshot, text, language) is intent


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    by_form(
        "not-a-request",
        # "löschen" alone deletes data, not an appointment
        ("bitte meine daten loeschen", "de", Intent.CANCEL),
        # "phagel" (breaks) without an appointment is no cancelling
        ("phagilo o vast, dukhal les", "rom", Intent.CANCEL),
        # Spanish "que" keeps its "ue"
        ("que tal, bueno", "de", Intent.BYE),
        # a day named: is someone there then (the hours), no opening of the chat
        ("bis wann ist heute jemand da", "de", Intent.GREET),
        # "години прийому" without "when" names the open consultation (an offer)
        ("шукаю години прийому для допомоги з листом", "uk", Intent.HOURS),
        # "have" with no participle after it: still "do I have an appointment"
        ("mai am programare la voi?", "ro", Intent.BOOK),
    ),
)
def test_look_alikes_are_no_such_request(
    understander: Understander, snapshot: Snapshot, text: str, language: str, intent: Intent
) -> None:
    understood = understander.understand(text, snapshot, Context(language))
    assert understood.intent is not intent
