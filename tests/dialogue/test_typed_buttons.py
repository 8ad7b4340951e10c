"""A button's words typed instead of tapping it (found in the lead's trial: "premesti", even
"преместете", at "My appointments" showed the same screen again). Played in the terminal, as
`python -m bot` reads it; the matching itself first."""

from __future__ import annotations

import io
from datetime import date

import pytest

from bot.app import CoreApp
from bot.channels.console import CHANNEL, ConsoleSession
from bot.dialogue.typed_buttons import typed_button
from tests.booking.conftest import book_office_hours
from tests.support.conversation import Chat

BULGARIAN = {"bmove:1": "🔁 Преместете", "bcancel:1": "❌ Отменете", "menu": "🏠 Меню"}
ROMANIAN_DAYS = {
    "book-day:office-hours:2026-12-03": "joi, 3 decembrie",
    "book-day:office-hours:2026-12-10": "joi, 10 decembrie",
    "book-stop": "❌ Renunțați",
    "menu": "🏠 Meniu",
}


@pytest.mark.parametrize(
    ("typed", "buttons", "language", "tapped"),
    [
        ("premesti", BULGARIAN, "bg", "bmove:1"),  # Latin letters, cut short
        ("преместете", BULGARIAN, "bg", "bmove:1"),  # the label's own word, no emoji
        ("ПРЕМЕСТЕТЕ", BULGARIAN, "bg", "bmove:1"),
        ("otmenete", BULGARIAN, "bg", "bcancel:1"),
        ("menyu", BULGARIAN, "bg", "menu"),
        ("menu", BULGARIAN, "bg", "menu"),
        ("joi 10 decembrie", ROMANIAN_DAYS, "ro", "book-day:office-hours:2026-12-10"),
        ("renuntati", ROMANIAN_DAYS, "ro", "book-stop"),  # without its diacritics
        ("Meniu!", ROMANIAN_DAYS, "ro", "menu"),
        ("menü", {"menu": "🏠 Menü", "mine": "📅 Meine Termine"}, "de", "menu"),
        ("Yes cancel", {"c": "✅ Yes, cancel", "k": "↩️ No, keep it"}, "en", "c"),
    ],
)
def test_the_words_of_one_button_tap_it(
    typed: str, buttons: dict[str, str], language: str, tapped: str
) -> None:
    assert typed_button(typed, buttons, language) == tapped


@pytest.mark.parametrize(
    ("typed", "buttons", "language"),
    [
        ("joi", ROMANIAN_DAYS, "ro"),  # two Thursdays: which one?
        ("decembrie", ROMANIAN_DAYS, "ro"),
        ("cancel", {"bcancel:1": "❌ Cancel", "bcancel:2": "❌ Cancel"}, "en"),  # two cards
        ("premesti me", BULGARIAN, "bg"),  # a word of its own
        ("kak da premestya chasa si za drug den", BULGARIAN, "bg"),  # a question
        ("10", ROMANIAN_DAYS, "ro"),  # a number is the channel's business
        ("a", {"human": "🙋 Talk to a person", "menu": "🏠 Menu"}, "en"),
        ("", BULGARIAN, "bg"),
        ("mesti", BULGARIAN, "bg"),  # the middle of a word is no word of it
        ("kindergeld", {"o": "👶 Kinderbetreuung", "menu": "🏠 Menü"}, "de"),  # another word
    ],
)
def test_no_tap_unless_the_message_repeats_one_button_only(
    typed: str, buttons: dict[str, str], language: str
) -> None:
    assert typed_button(typed, buttons, language) is None


def test_danger_is_never_taken_for_a_button() -> None:
    buttons = {"human": "🙋 Talk to a person", "menu": "🏠 Menu"}
    assert typed_button("talk person", buttons, "en") == "human"
    assert typed_button("talk person", buttons, "en", in_danger=lambda _text: True) is None


# -- in the terminal ------------------------------------------------------------------------


class Terminal:
    """One person at `python -m bot`: numbers tap, everything else is typed text."""

    def __init__(self, core: CoreApp, chat_id: str = "local") -> None:
        self.screen = io.StringIO()
        self.session = ConsoleSession(core, self.screen, chat_id)
        core.register_sender(CHANNEL, self.session)
        self.t = core.texts.translator("en")
        self._mark = 0

    async def say(self, line: str) -> str:
        """What the bot answered to ``line``."""
        self._mark = len(self.screen.getvalue())
        await self.session.say(line)
        return self.screen.getvalue()[self._mark :]

    async def tap(self, label: str) -> str:
        (number,) = [i for i, b in enumerate(self.session.buttons, start=1) if label in b.label]
        return await self.say(str(number))


async def booked_in(core: CoreApp, label: str, code: str, day: date = date(2026, 12, 3)) -> None:
    """The terminal's person ("local") chose ``label`` and booked the office hours on ``day``."""
    chat = Chat(core, "local")
    await chat.onboard(label)
    await book_office_hours(chat, core, code, day, "15:00", "Petar")


@pytest.mark.parametrize("typed", ["premesti", "преместете"])
async def test_bulgarian_move_typed_at_my_appointments_moves_it(core: CoreApp, typed: str) -> None:
    t = core.texts.translator("bg")
    await booked_in(core, "Български", "bg")
    terminal = Terminal(core)
    assert t._("Move") in await terminal.say("/appointments")

    answer = await terminal.say(typed)

    assert t._("Move your appointment.") in answer
    assert t._("Which day suits you?") in answer


@pytest.mark.parametrize(
    ("label", "code", "typed"),
    [
        ("Română", "ro", "joi 10 decembrie"),
        ("Română", "ro", "Joi, 10 Decembrie"),
        ("Deutsch", "de", "donnerstag 10 dezember"),
    ],
)
async def test_a_day_typed_as_its_button_shows_that_days_times(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    t = core.texts.translator(code)
    chat = Chat(core, "local")
    await chat.onboard(label)
    terminal = Terminal(core)
    await chat.press("book:office-hours")
    assert t.day(date(2026, 12, 10)) in chat.labels

    answer = await terminal.say(typed)

    assert t._("Which time suits you?") in answer
    assert t.day(date(2026, 12, 10)) in answer


@pytest.mark.parametrize(
    ("label", "code", "typed"), [("Română", "ro", "meniu"), ("Deutsch", "de", "menü")]
)
async def test_menu_typed_while_choosing_a_day_shows_the_menu(
    core: CoreApp, label: str, code: str, typed: str
) -> None:
    t = core.texts.translator(code)
    await booked_in(core, label, code)
    terminal = Terminal(core)
    await terminal.say("/appointments")
    days = await terminal.tap(t._("Move"))
    assert t._("Which day suits you?") in days

    answer = await terminal.say(typed)

    assert t._("My appointments") in answer, "the menu's buttons"
    assert t._("Which day suits you?") not in answer


async def test_cancel_typed_at_cancel_this_appointment_cancels_it(core: CoreApp) -> None:
    t = core.texts.translator("en")
    await booked_in(core, "English", "en")
    terminal = Terminal(core)
    await terminal.say("/appointments")
    asked = await terminal.tap(t._("Cancel"))
    assert t._("Cancel this appointment?") in asked

    answer = await terminal.say("cancel")

    assert t._("Your appointment is cancelled.") in answer


async def test_an_offers_name_typed_at_the_menu_is_read_as_a_question(core: CoreApp) -> None:
    chat = Chat(core, "local")
    await chat.onboard("Deutsch")
    terminal = Terminal(core)
    assert "Rumänisches Frühstück" in await terminal.say("/start"), "the menu's button"

    answer = await terminal.say("rumänisch")

    assert "Română" in answer, "the language picker, not the breakfast's card"


async def test_a_number_still_taps_by_its_place_in_the_terminal(core: CoreApp) -> None:
    t = core.texts.translator("bg")
    await booked_in(core, "Български", "bg")
    terminal = Terminal(core)
    await terminal.say("/appointments")
    (move,) = [i for i, b in enumerate(terminal.session.buttons, 1) if t._("Move") in b.label]

    assert t._("Move your appointment.") in await terminal.say(str(move))


async def test_cancel_typed_under_two_appointments_taps_neither(core: CoreApp) -> None:
    t = core.texts.translator("en")
    chat = Chat(core, "local")
    await chat.onboard("English")
    await book_office_hours(chat, core, "en", date(2026, 12, 3), "15:00", "Sam")
    await chat.press("book:welcome-europe")
    await chat.tap(t.day(date(2026, 12, 2)))
    await chat.tap("13:45")
    await chat.send("Sam")
    await chat.tap(t._("Skip"))
    if any(button.action == "bintp:no" for button in chat.buttons):
        await chat.press("bintp:no")
    await chat.tap(t._("Yes, book"))
    terminal = Terminal(core)
    await terminal.say("/appointments")
    assert sum(b.label.endswith(t._("Cancel")) for b in terminal.session.buttons) == 2

    answer = await terminal.say("cancel")

    assert t._("Cancel this appointment?") not in answer, "which one? not guessed"
