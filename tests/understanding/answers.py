"""What a line alone gets, as the data-driven wording tests check it: one helper a kind of
check (a card, a sure card, a staff answer, a request), each returning None where the line gets
something else, so that a row's expectation is one value; and ``by_form``, which gives each row
of a form its id. Follow-ups after a card: tests.support.follow_ups."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.catalogue.live import Snapshot
from bot.understanding import Context, Understander
from bot.understanding.result import Intent, Outcome

CARD = (Outcome.ANSWERED, Outcome.ANSWERED_UNSURE)


def card(understander: Understander, snapshot: Snapshot, text: str, language: str) -> str | None:
    """The offer whose card ``text`` gets (sure or with a doubt button), or None."""
    understood = understander.understand(text, snapshot, Context(language))
    return understood.answer if understood.outcome in CARD else None


def sure_card(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> str | None:
    """The offer whose card ``text`` gets without a doubt button, or None."""
    understood = understander.understand(text, snapshot, Context(language))
    return understood.answer if understood.outcome is Outcome.ANSWERED else None


def staff_answer(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> str | None:
    """The staff answer (FAQ) ``text`` gets, or None."""
    understood = understander.understand(text, snapshot, Context(language))
    return understood.faq if understood.outcome is Outcome.FAQ else None


def request(
    understander: Understander, snapshot: Snapshot, text: str, language: str
) -> Intent | None:
    """The everyday request ``text`` is surely read as (an intent outcome), or None."""
    understood = understander.understand(text, snapshot, Context(language))
    return understood.intent if understood.outcome is Outcome.INTENT else None


def language_asked(
    understander: Understander, snapshot: Snapshot, text: str, language: str, *, sure: bool
) -> tuple[Intent | None, str | None]:
    """The intent ``text`` is read as and the language it names; with ``sure``, (None, None)
    unless the outcome is that intent."""
    understood = understander.understand(text, snapshot, Context(language))
    if sure and understood.outcome is not Outcome.INTENT:
        return None, None
    return understood.intent, understood.target_language


def by_form(
    form: str, *rows: tuple[object, ...], language_at: int | None = 1
) -> list[pytest.ParameterSet]:
    """Rows of one form, each with the id ``<form>-<language>`` (the language at
    ``language_at`` of the row; numbered where the form has more than one row in a language),
    or ``<form>-<n>`` where the rows name no language."""

    def language(row: tuple[object, ...]) -> str:
        return "" if language_at is None else f"-{row[language_at]}"

    total = Counter(language(row) for row in rows)
    seen: Counter[str] = Counter()
    params = []
    for row in rows:
        seen[language(row)] += 1
        number = str(seen[language(row)]) if total[language(row)] > 1 else ""
        if language_at is None:
            number = f"-{number}" if number else ""
        params.append(pytest.param(*row, id=f"{form}{language(row)}{number}"))
    return params


def rows(form: str, *cases: tuple[object, ...]) -> list[pytest.ParameterSet]:
    """``by_form`` for rows that name no language (the phrase tables alone): ids
    ``<form>-<n>``."""
    return by_form(form, *cases, language_at=None)
