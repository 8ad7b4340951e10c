"""A centre that leaves a feature out of ``FEATURES`` (``bot/app.py``) shows none of its words.

Without booking: no "My appointments" in the menu, no book button on a card, nothing about
appointments in /help or the privacy texts, and "I want an appointment" / "I want to cancel"
typed in any of our languages hear that no appointment is needed here. Without news and the
handover: no "Tell me about changes", no word about a chat with the team. The full
installation, beside it, shows each of them, so the checks can fail.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import yaml

from bot import news
from bot.app import FEATURES
from bot.booking import setup as booking
from bot.core import Feature
from bot.handover import setup as handover
from bot.handover import views as handover_views
from bot.i18n.translator import Translator
from bot.messages import Button
from tests.support.conversation import Chat, onboarded, running_core

STAFF_CHAT = "-100777"  # the handover is on only with a staff chat
INTENTS = Path(__file__).resolve().parents[2] / "locales" / "intents.yaml"
NOTHING_TO_CANCEL = (
    "Here you do not need an appointment, so there is nothing to cancel. "
    "If you cannot come, that is OK."
)
LANGUAGES = ("de", "en", "ro", "bg", "rom", "ar", "tr", "uk", "fa", "ru")


def without(*left_out: Feature) -> tuple[Feature, ...]:
    return tuple(feature for feature in FEATURES if feature not in left_out)


def booking_words(t: Translator) -> list[str]:
    return [
        t._("My appointments"),
        t._("I can book an appointment for you."),
        t._(
            "For an appointment I keep your first name and, if you give it, your phone number. "
            "I delete them a month after the appointment."
        ),
    ]


def team_words(t: Translator) -> list[str]:
    # RELAY_RETENTION_DAYS is 30 unless set
    return [
        t._("I can bring you to a person from our team."),
        *handover_views.kept_by_the_team(t, days=30),
    ]


def _shown(chat: Chat) -> str:
    return "\n".join([chat.text, *chat.labels])


async def _walk(chat: Chat) -> tuple[str, list[Button]]:
    """Everything a person sees on the menu, an offer's card, /help and /privacy."""
    seen: list[str] = []
    buttons: list[Button] = []
    for step in ("/menu", "/help", "/privacy"):
        await chat.send(step)
        seen.append(_shown(chat))
        buttons += chat.buttons
    await chat.send("/menu")
    await chat.tap("Willkommen")  # an offer that takes appointments in the full installation
    seen.append(_shown(chat))
    buttons += chat.buttons
    return "\n".join(seen), buttons


@pytest.mark.parametrize(
    ("left_out", "words_of", "payloads"),
    [
        ((booking.install,), booking_words, ("appts", "book:")),
        ((news.install, handover.install), team_words, ("sub:",)),
    ],
    ids=["booking", "news-and-handover"],
)
async def test_a_left_out_feature_leaves_no_button_and_no_word_behind(
    database_url: str,
    left_out: Sequence[Feature],
    words_of: Callable[[Translator], list[str]],
    payloads: tuple[str, ...],
) -> None:
    async with running_core(database_url, staff_chat_id=STAFF_CHAT) as full:
        t = full.texts.translator("en")
        shown, buttons = await _walk(await onboarded(full, "English", "full"))
        kinds = {button.action for button in buttons}
        for word in words_of(t):
            assert word in shown, "the full installation shows it"
        assert any(kind.startswith(payloads) for kind in kinds)
    async with running_core(
        database_url, staff_chat_id=STAFF_CHAT, features=without(*left_out)
    ) as centre:
        t = centre.texts.translator("en")
        chat = Chat(centre, "without")
        await chat.send("/start")
        await chat.tap("English")
        privacy_note = _shown(chat)
        await chat.press("consent:yes")
        shown, buttons = await _walk(chat)
        for word in words_of(t):
            assert word not in shown and word not in privacy_note
        assert not [b.action for b in buttons if b.action.startswith(payloads)]
        assert t._("Talk to a person") in shown  # the office hours answer it


def _first_phrase(intent: str, language: str) -> str:
    phrases = yaml.safe_load(INTENTS.read_text(encoding="utf-8"))["intents"][intent]
    return str(phrases[language][0])


@pytest.mark.parametrize("language", LANGUAGES)
async def test_without_booking_asking_to_book_or_cancel_hears_that_no_appointment_is_needed(
    database_url: str, language: str
) -> None:
    async with running_core(database_url, features=without(booking.install)) as centre:
        t = centre.texts.translator(language)
        chat = await onboarded(centre, centre.dialogue.languages[language].name)

        await chat.send(_first_phrase("book", language))
        assert t._("You do not need an appointment. Just come at the times of the offer.") in (
            chat.text
        )
        await chat.send(_first_phrase("cancel", language))
        nothing_to_cancel = t._(NOTHING_TO_CANCEL)
        assert nothing_to_cancel in chat.text
        assert language == "en" or nothing_to_cancel != NOTHING_TO_CANCEL, "translated"
        assert not [b for b in chat.buttons if b.action == "appts"]
