# German typography (– „“ ×) in texts for staff is intended:
"""Weekly numbers for staff: new contacts by language, offers viewed, bookings, how soon the
team answers, and a chart."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

from PIL import Image

from bot.staff.stats import duration_de
from tests.support.conversation import MONDAY_MORNING, FixedClock
from tests.support.handover import (
    MEDIATORS,
    Person,
    connect,
    deliver_all,
    handover_core,
    staff_says,
)
from tests.support.staff import staff_core

IVAN = MEDIATORS["bg"]


async def test_stats_count_new_contacts_per_week_and_language_and_offers_viewed(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock(MONDAY_MORNING - timedelta(weeks=2))  # Monday 16 November 2026
    async with staff_core(database_url, tmp_path, clock=clock) as setup:
        await setup.person("a", "Deutsch")
        clock.now += timedelta(weeks=1)
        ion = await setup.person("b", "Română")
        await setup.person("c", "Română")
        await ion.send("nähcafe")
        clock.now += timedelta(weeks=1)
        layla = await setup.person("d", "العربية")
        await layla.send("/menu")
        await layla.tap("🧵")

        report = await setup.staff("/stats 3")

        assert "KW 47 (16.11.): 1 – de 1" in report
        assert "KW 48 (23.11.): 2 – ro 2" in report
        assert "KW 49 (30.11.): 1 – ar 1" in report
        assert "Zusammen: 4" in report
        assert "Nähcafé: 2" in report
        assert "Buchungen: 0" in report
        assert "Gespräche mit Mediator*innen: 0" in report
        assert "Erste Antwort" not in report, "nobody asked for a person"


async def test_the_chart_is_a_real_png_for_the_staff_group(
    database_url: str, tmp_path: Path
) -> None:
    async with staff_core(database_url, tmp_path) as setup:
        await setup.person("a", "Deutsch")
        await setup.person("b", "Українська")

        for command in ("/stats chart", "/chart"):
            replies = await setup.staff_replies(command)
            assert len(replies) == 1 and replies[0].image is not None, command
            png = replies[0].image.data
            assert png is not None and png.startswith(b"\x89PNG")
            with Image.open(io.BytesIO(png)) as image:
                assert image.width > 0 and image.height > 0
                colours = {colour for _, colour in image.getcolors(maxcolors=100_000) or []}
                assert len(colours) > 3, "bars and a legend, not a blank picture"


async def test_stats_show_how_soon_the_team_answers_people_who_ask_for_a_person(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock()
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        _, desk = connect(core)

        async def asks(chat_id: str) -> str:
            person = Person(core, chat_id)
            await person.onboard("Deutsch")
            await person.ask_for_a_person()
            await deliver_all(relay)
            return next(reversed(desk.topics))

        ana = await asks("7001")
        clock.now += timedelta(minutes=10)
        await core.handle(staff_says("Hallo Ana!", IVAN, ana, ref="1"))  # writing takes it
        boris = await asks("7002")
        clock.now += timedelta(minutes=30)
        await core.handle(staff_says("/take", IVAN, boris))
        clock.now += timedelta(minutes=20)
        await core.handle(staff_says("/handto @maria", IVAN, boris))  # still answered at 30
        await asks("7003")  # nobody has taken this one yet

        (report,) = await core.handle(staff_says("/stats", IVAN, None))

    assert "Erste Antwort des Teams (Median): 20 Min. – bei 2 beantworteten Gesprächen" in (
        report.text
    )
    assert duration_de(timedelta(hours=2, minutes=5)) == "2 Std. 05 Min."
    assert duration_de(timedelta(days=1, hours=3)) == "1 Tag 3 Std."


async def test_stats_show_the_first_answer_per_language_and_who_waited_over_a_day(
    database_url: str, tmp_path: Path
) -> None:
    clock = FixedClock()
    async with handover_core(database_url, tmp_path, clock=clock) as (core, relay):
        _, desk = connect(core)

        async def asks(chat_id: str, language: str) -> str:
            person = Person(core, chat_id)
            await person.onboard(language)
            await person.ask_for_a_person()
            await deliver_all(relay)
            return next(reversed(desk.topics))

        german = await asks("7101", "Deutsch")
        bulgarian = await asks("7102", "Български")
        await asks("7103", "Română")
        clock.now += timedelta(minutes=10)
        await core.handle(staff_says("/take", IVAN, german))
        clock.now += timedelta(hours=26)
        await core.handle(staff_says("/take", IVAN, bulgarian))
        clock.now += timedelta(hours=22)  # the Romanian case: two days, nobody yet

        (report,) = await core.handle(staff_says("/stats", IVAN, None))

    lines = report.text.splitlines()
    per_language = lines[lines.index("Erste Antwort nach Sprache (Median):") + 1 :][:2]
    assert sorted(per_language) == [
        "bg: 1 Tag 2 Std. – bei 1 Gespräch",
        "de: 10 Min. – bei 1 Gespräch",
    ]
    long = lines[lines.index("Länger als einen Tag gewartet: 2") + 1 :][:2]
    assert long[0].endswith(" · ro · 2 Tage 0 Std. – wartet noch"), long
    assert long[1].endswith(" · bg · 1 Tag 2 Std."), long
