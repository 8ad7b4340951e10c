"""Every button payload and command the bot parses, fed odd but well-formed ids.

``str.isdigit`` accepts "²" and "٤٢" and any length, so ``wa-more:²:1``, ``htake:²``,
``/unanswered ²`` or a 30-digit booking id used to raise. The kinds and commands are read from
the live registries, so a parser added later is covered without touching this file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import CoreApp
from bot.channels.console import parse_input
from bot.channels.whatsapp_render import parse_more
from bot.dialogue import actions
from bot.dialogue.ids import MAX_ID_DIGITS, parse_id
from bot.messages import Button, ChannelName, ChatId, Inbound, InboundKind, Reply
from tests.support.handover import MEDIATORS, handover_core, staff_says, staff_taps

EXAMPLES = settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
MEDIATOR = MEDIATORS["any"]

# Numbers as people and forgers can write them: superscripts, other scripts' digits, full-width,
# far too long, signed, padded; and the characters a database refuses.
ODD_NUMBERS = [
    "²",
    "1²",
    "٤٢",
    "１２",
    "9" * 30,
    "9" * 10,
    "-1",
    "+1",
    " 1",
    "1_000",
    "0",
    "",
    "\x00",
    "\ud800",
]
odd_number = st.sampled_from(ODD_NUMBERS) | st.text(alphabet="0123456789²³¹٠٤٩０１", max_size=40)
odd_argument = st.lists(odd_number | st.text(max_size=8), min_size=1, max_size=3).map(":".join)


class Harness:
    """One core (with a staff group and a team) and one event loop for all examples."""

    def __init__(self, context: AbstractAsyncContextManager[Any]) -> None:
        self.runner = asyncio.Runner()
        self._context = context
        self.core: CoreApp = self.runner.run(self._context.__aenter__())[0]

    def handle(self, inbound: Inbound) -> list[Reply]:
        return self.runner.run(self.core.handle(inbound))

    def close(self) -> None:
        self.runner.run(self._context.__aexit__(None, None, None))
        self.runner.close()


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    folder: Path = tmp_path_factory.mktemp("parsers")
    running = Harness(handover_core(f"sqlite+aiosqlite:///{folder / 'bot.sqlite3'}", folder))
    for step in ("/start", "lang:de", "consent:yes"):
        kind = InboundKind.TEXT if step.startswith("/") else InboundKind.ACTION
        running.handle(
            Inbound(ChannelName("telegram"), ChatId("7001"), kind, text=step, action=step)
        )
    yield running
    running.close()


def person_action_kinds(core: CoreApp) -> list[str]:
    own = [value for name, value in vars(actions).items() if name.isupper() and type(value) is str]
    return sorted({*own, *core.dialogue.action_kinds} - {actions.DELETE})


def assert_no_apology(core: CoreApp, replies: list[Reply]) -> None:
    apology = core.texts.translator("de")._("Sorry, something went wrong. Please try again.")
    assert replies, "a served person always gets an answer"
    assert not any(apology in reply.text for reply in replies), "a turn failed inside the core"


@EXAMPLES
@given(data=st.data(), argument=odd_argument)
def test_every_person_button_with_odd_ids_gets_an_answer(
    harness: Harness, data: st.DataObject, argument: str
) -> None:
    kind = data.draw(st.sampled_from(person_action_kinds(harness.core)))
    inbound = Inbound(
        ChannelName("telegram"), ChatId("7001"), InboundKind.ACTION, action=f"{kind}:{argument}"
    )

    assert_no_apology(harness.core, harness.handle(inbound))
    harness.handle(
        Inbound(ChannelName("telegram"), ChatId("7001"), InboundKind.ACTION, action="menu")
    )


@EXAMPLES
@given(data=st.data(), argument=odd_argument)
def test_every_staff_command_and_button_with_odd_ids_is_answered_without_error(
    harness: Harness, data: st.DataObject, argument: str
) -> None:
    desk = harness.core.desk
    command = data.draw(st.sampled_from(sorted(desk.command_names)))
    kind = data.draw(st.sampled_from(sorted(desk.action_kinds)))
    thread = data.draw(st.none() | st.sampled_from(["1", "²", "9" * 30]))

    typed = harness.handle(staff_says(f"/{command} {argument}", MEDIATOR, thread))
    tapped = harness.handle(staff_taps(f"{kind}:{argument}", MEDIATOR, thread))

    assert all(isinstance(reply, Reply) for reply in typed + tapped)
    assert all(len(reply.text) < 20_000 for reply in typed + tapped)


@given(text=odd_argument | st.text())
def test_the_id_parser_takes_only_short_ascii_digit_runs(text: str) -> None:
    plain = text.isascii() and text.isdigit() and 1 <= len(text) <= MAX_ID_DIGITS
    number = parse_id(text)

    assert (number is not None) == plain
    assert number is None or (number == int(text) and number < 2**31)


@given(action=st.sampled_from(["wa-more:"]).flatmap(lambda p: odd_argument.map(p.__add__)))
def test_the_whatsapp_more_button_with_odd_ids_is_refused_not_raised(action: str) -> None:
    page = parse_more(action)
    assert page is None or all(0 <= part < 2**31 for part in page)


def test_the_reported_inputs() -> None:
    assert parse_more("wa-more:²:1") is None
    assert parse_more("wa-more:1:1") == (1, 1)
    assert parse_id("9" * 30) is None
    assert parse_id("²") is None and parse_id("٤٢") is None


@given(line=odd_argument | st.text())
def test_the_terminal_reads_any_line(line: str) -> None:
    buttons = [Button("A", "menu"), Button("B", "help")]

    inbound = parse_input(line, buttons, ChatId("local"), None)

    if line.strip() in {"1", "2", "01", "02"}:
        assert inbound.action == buttons[int(line) - 1].action
    else:
        assert inbound.kind is not InboundKind.ACTION
