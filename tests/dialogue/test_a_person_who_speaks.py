"""Asking for a person who speaks another of our languages also offers to go on in it (found in
a trial: "mikham farsi sohbat konam" typed in the Arabic chat called a person and the bot went
on in Arabic)."""

from __future__ import annotations

import pytest

from tests.support.conversation import onboarded, running_core


@pytest.mark.parametrize(
    ("label", "asked", "named"),
    [
        ("العربية", "mikham farsi sohbat konam", "fa"),
        ("Română", "vreau sa vorbesc cu cineva care stie turceste", "tr"),
        ("Deutsch", "ich will mit jemand reden der arabisch kann", "ar"),
    ],
)
async def test_the_language_named_is_offered_beside_the_person(
    database_url: str, label: str, asked: str, named: str
) -> None:
    async with running_core(database_url) as core:
        chat = await onboarded(core, label)
        await chat.send(asked)
        assert f"switch:{named}" in [b.action for b in chat.buttons]
        await chat.press(f"switch:{named}")
        course = core.dialogue.catalogue.current.catalogue.offer("german-course")
        assert course is not None
        assert f"{course.icon} {course.text('title', named)}" in chat.labels, "the menu, in it"


@pytest.mark.parametrize(
    "asked", ["bde e7ki ma3 7ada mn el fari2", "momken a2abel 7ad men el fari2 law sama7t"]
)
async def test_someone_from_the_team_names_no_language(database_url: str, asked: str) -> None:
    # "fari2" (Levantine Arabizi: team) was read as "farsi" with a typo: a person from the
    # team asked for in Arabic would have been offered Persian.
    async with running_core(database_url) as core:
        chat = await onboarded(core, "العربية")
        await chat.send(asked)
        assert not [b.action for b in chat.buttons if b.action.startswith("switch:")]
