"""Asking when we are there on one weekday gets a plain answer for that day first (found in a
trial: "koly pracyuyete v subotu" got the whole week's list, and the person had to find out
that nothing meets on Saturdays)."""

from __future__ import annotations

import pytest

from tests.support.conversation import onboarded, running_core


@pytest.mark.parametrize(
    ("label", "asked", "nothing"),
    [
        ("Українська", "koly pracyuyete v subotu", "Субота: цього тижня нічого немає."),
        ("Deutsch", "habt ihr am samstag offen", "Samstag: diese Woche findet nichts statt."),
        ("Română", "ce program aveti sambata", "Sâmbătă: săptămâna aceasta nu are loc nimic."),
    ],
)
async def test_a_day_without_anything_is_said_first(
    database_url: str, label: str, asked: str, nothing: str
) -> None:
    async with running_core(database_url) as core:
        chat = await onboarded(core, label)
        await chat.send(asked)
        assert chat.text.startswith("❌ " + nothing)
        sewing = core.dialogue.catalogue.current.catalogue.offer("sewing-cafe")
        assert sewing is not None
        assert sewing.icon in chat.text, "the week's list follows"


@pytest.mark.parametrize(
    ("label", "asked", "friday", "code"),
    [
        ("Deutsch", "seid ihr freitags da", "Freitag diese Woche:", "de"),
        ("English", "whats on friday", "Friday this week:", "en"),
        ("Türkçe", "cuma gunu acik misiniz", "Cuma, bu hafta:", "tr"),
    ],
)
async def test_what_meets_on_the_day_asked_comes_first(
    database_url: str, label: str, asked: str, friday: str, code: str
) -> None:
    async with running_core(database_url) as core:
        chat = await onboarded(core, label)
        await chat.send(asked)
        sewing = core.dialogue.catalogue.current.catalogue.offer("sewing-cafe")
        assert sewing is not None
        first_lines = chat.text.split("\n\n")[0]
        assert first_lines.startswith("✅ " + friday)
        assert f"{sewing.icon} {sewing.text('title', code)}: " in first_lines
        assert "14:00" in first_lines


@pytest.mark.parametrize(
    ("label", "when_are_you_there", "and_on_saturday", "nothing", "week_heading"),
    [
        (
            "Українська",
            "koly vy pratsyuyete",
            "a v subotu?",
            "Субота: цього тижня нічого немає.",
            "Коли ми на місці в найближчі 7 днів:",
        ),
        (
            "Deutsch",
            "wann habt ihr offen",
            "und am samstag?",
            "Samstag: diese Woche findet nichts statt.",
            "Wann wir in den nächsten 7 Tagen da sind:",
        ),
        (
            "Română",
            "cand sunteti deschisi",
            "si sambata?",
            "Sâmbătă: săptămâna aceasta nu are loc nimic.",
            "Când suntem aici în următoarele 7 zile:",
        ),
    ],
)
async def test_a_day_named_right_after_the_weeks_times_is_answered_for_that_day(
    database_url: str,
    label: str,
    when_are_you_there: str,
    and_on_saturday: str,
    nothing: str,
    week_heading: str,
) -> None:
    """Found in a trial: "a v subotu?" after the week's times got "I don't know that yet"."""
    async with running_core(database_url) as core:
        chat = await onboarded(core, label)
        await chat.send(when_are_you_there)
        assert week_heading in chat.text

        await chat.send(and_on_saturday)
        assert chat.text.startswith("❌ " + nothing)
        assert week_heading not in chat.text, "the week was just shown: the day alone"
