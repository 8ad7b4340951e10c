"""Staff change the catalogue while the bot runs: good edits go live, bad ones are refused
with file:line, and people keep getting answers from the last good catalogue throughout."""

from __future__ import annotations

import time
from pathlib import Path

from tests.support.staff import STRANGER, StaffSetup, staff_core

OFFERS = "offers.yaml"
OLD_TITLE = 'de: "Nähcafé"'
NEW_TITLE = 'de: "Nähcafé und Reparatur"'
FRIDAY = '{weekday: friday, start: "14:00", end: "17:00"}'
BROKEN_FRIDAY = '{weekday: Freitag, start: "14:00", end: "17:00"}'


def rewritten(setup: StaffSetup, old: str, new: str) -> str:
    text = (setup.content / OFFERS).read_text(encoding="utf-8")
    assert text.count(old) == 1
    return text.replace(old, new)


async def test_reload_serves_a_valid_edit_and_tells_staff_what_changed(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        person = await setup.person("person-1", "Deutsch")
        setup.edit(OFFERS, OLD_TITLE, NEW_TITLE)

        started = time.perf_counter()
        answer = await setup.staff("/reload")
        print(f"reload of the shipped catalogue: {time.perf_counter() - started:.3f} s")

        assert "Katalog ist live" in answer
        assert "1 geändert (Nähcafé und Reparatur)" in answer
        assert "0 neu" in answer and "0 entfernt" in answer
        await person.send("nähcafe")
        assert "Nähcafé und Reparatur" in person.text


async def test_an_invalid_edit_on_disk_is_refused_and_people_still_get_answers(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path, watch=True) as setup:
        person = await setup.person("person-1", "Deutsch")
        line = setup.line_of(OFFERS, FRIDAY)
        broken = rewritten(setup, FRIDAY, BROKEN_FRIDAY)

        notice = await setup.channel.until_staff_hears(
            "abgelehnt",
            trigger=lambda: (setup.content / OFFERS).write_text(broken, encoding="utf-8"),
        )

        assert (
            f"offers.yaml:{line} offers[2].schedule[0].weekday: 'Freitag' is not a weekday"
            in notice
        )
        assert "letzten gültigen Katalog" in notice
        await person.send("nähcafe")
        assert "Nähcafé" in person.text
        assert "Freitag" in person.text, "the old schedule is still served"


async def test_a_valid_edit_on_disk_goes_live_without_a_restart(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path, watch=True) as setup:
        person = await setup.person("person-1", "Deutsch")
        edited = rewritten(setup, OLD_TITLE, NEW_TITLE)

        notice = await setup.channel.until_staff_hears(
            "Katalog ist live",
            trigger=lambda: (setup.content / OFFERS).write_text(edited, encoding="utf-8"),
        )

        assert "1 geändert (Nähcafé und Reparatur)" in notice
        await person.send("nähcafe")
        assert "Nähcafé und Reparatur" in person.text


async def test_staff_without_git_send_the_file_and_can_roll_it_back(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        person = await setup.person("person-1", "Deutsch")
        original = (setup.content / OFFERS).read_text(encoding="utf-8")
        documents = [r.document for r in await setup.staff_replies("/catalogue") if r.document]
        assert [d.filename for d in documents] == [
            "offers.yaml",
            "locations.yaml",
            "closures.yaml",
            "faq.yaml",
        ]

        answer = await setup.staff_sends_file(rewritten(setup, OLD_TITLE, NEW_TITLE).encode())

        assert "offers.yaml übernommen" in answer and "1 geändert (Nähcafé und Reparatur)" in answer
        await person.send("nähcafe")
        assert "Nähcafé und Reparatur" in person.text
        kept = list((setup.content / ".history").glob("*--offers.yaml"))
        assert [p.read_text(encoding="utf-8") for p in kept] == [original]

        answer = await setup.staff("/rollback")

        assert "Frühere Fassung von offers.yaml wiederhergestellt" in answer
        assert (setup.content / OFFERS).read_text(encoding="utf-8") == original
        await person.send("nähcafe")
        assert "Nähcafé und Reparatur" not in person.text
        assert "keine frühere Fassung" in await setup.staff("/rollback")


async def test_a_broken_file_sent_by_staff_is_refused_and_nothing_changes(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        line = setup.line_of(OFFERS, FRIDAY)
        before = (setup.content / OFFERS).read_text(encoding="utf-8")

        answer = await setup.staff_sends_file(rewritten(setup, FRIDAY, BROKEN_FRIDAY).encode())

        assert "abgelehnt" in answer
        assert (
            f"offers.yaml:{line} offers[2].schedule[0].weekday: 'Freitag' is not a weekday"
            in answer
        )
        assert (setup.content / OFFERS).read_text(encoding="utf-8") == before
        assert not (setup.content / ".history").exists()
        assert "kein UTF-8-Text" in await setup.staff_sends_file(b"\xff\xfe not text")


async def test_strangers_in_the_staff_group_cannot_change_or_read_anything(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        before = (setup.content / OFFERS).read_text(encoding="utf-8")
        for command in (
            "/reload",
            "/catalogue",
            "/rollback",
            "/stats",
            "/chart",
            "/unanswered",
            "/announce",
        ):
            assert await setup.staff_replies(command, sender=STRANGER) == [], command
        assert (
            await setup.staff_sends_file(
                rewritten(setup, OLD_TITLE, NEW_TITLE).encode(), sender=STRANGER
            )
            == ""
        )
        assert (setup.content / OFFERS).read_text(encoding="utf-8") == before
        help_text = await setup.staff("/help")
        for command in (
            "/reload",
            "/catalogue",
            "/rollback",
            "/stats",
            "/chart",
            "/unanswered",
            "/announce",
        ):
            assert command in help_text
