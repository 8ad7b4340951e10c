"""The desk in a real browser (Debian's headless Chromium): sign in by link, edit an offer's
Romanian text and publish it, the bot answers with it in a terminal chat, roll back; a POST
without the CSRF token and an expired link are refused; the pages fit a 390-px phone.

``DESK_SCREENSHOTS=docs/screenshots`` keeps the screenshots for the staff guide.
"""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.booking.conftest import book_office_hours
from tests.support.browser import PHONE_WIDTH, chromium, missing_browser
from tests.support.conversation import FixedClock
from tests.support.web_desk import RunningDesk

pytestmark = pytest.mark.skipif(missing_browser() is not None, reason=str(missing_browser()))

NEW_SUMMARY = "Cusem împreună, reparăm haine și bem un ceai."
THURSDAY = date(2026, 12, 3)
OLD_SUMMARY = "Cusem împreună și reparăm haine."
PAGES = (
    "",
    "offers",
    "offers/sewing-cafe?lang=ro",
    "closures",
    "places/raum-vor-ort",
    "translations?lang=ar",
    "questions",
    "stats",
    "news",
    "flyers",
    "account",
)


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite only: the browser adds nothing on PostgreSQL the HTTP tests do not cover."""
    return f"sqlite+aiosqlite:///{tmp_path / 'desk.sqlite3'}"


def shots_folder(tmp_path: Path) -> Path:
    return Path(os.environ.get("DESK_SCREENSHOTS") or tmp_path / "screenshots")


async def terminal_chat(content: Path, database: Path, lines: list[str]) -> str:
    """A person in a terminal (``python -m bot console``) on the same content folder."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "console",
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env={
            **os.environ,
            "CONTENT_DIR": str(content),
            "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
            "WATCH_CONTENT": "off",
        },
    )
    async with asyncio.timeout(90):
        output, _ = await process.communicate("\n".join([*lines, "/quit", ""]).encode())
    return output.decode()


async def test_sign_in_edit_romanian_publish_chat_and_roll_back(
    desk: RunningDesk, tmp_path: Path
) -> None:
    person = ["/start", "3", "1", "atelier de cusut"]  # Română, agree, ask about the café
    with chromium() as browser:
        await browser.open(await desk.link("Maria"))
        assert "Jetzt anmelden" in await browser.text()
        await browser.click("#login")
        assert "Termine heute" in await browser.text()

        await browser.open(desk.base + "/web/offers/sewing-cafe?lang=ro")
        await browser.fill("#text-summary-ro", NEW_SUMMARY)
        await browser.click("#publish")
        assert "Veröffentlicht" in await browser.text()

        chat = await terminal_chat(desk.setup.content, tmp_path / "a.sqlite3", person)
        assert NEW_SUMMARY in chat

        def roll_back(driver: object) -> None:
            from selenium.webdriver.support import expected_conditions
            from selenium.webdriver.support.wait import WebDriverWait

            old = driver.find_element("tag name", "html")  # type: ignore[attr-defined]
            driver.find_element("css selector", "#rollback").click()  # type: ignore[attr-defined]
            driver.switch_to.alert.accept()  # type: ignore[attr-defined]
            WebDriverWait(driver, 15).until(expected_conditions.staleness_of(old))  # type: ignore[type-var]

        await browser.do(roll_back)
        assert "Die letzte Änderung ist zurückgenommen" in await browser.text()
    chat = await terminal_chat(desk.setup.content, tmp_path / "b.sqlite3", person)
    assert OLD_SUMMARY in chat and NEW_SUMMARY not in chat


async def test_a_post_without_the_csrf_token_is_refused(desk: RunningDesk) -> None:
    offers = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8")
    with chromium() as browser:
        await browser.open(await desk.link("Maria"))
        await browser.click("#login")
        # What a forged form would send: the session cookie rides along, the token does not.
        status = await browser.do(
            lambda d: d.execute_async_script(
                "const done = arguments[0];"
                "fetch('/web/offers/sewing-cafe', {method: 'POST', credentials: 'same-origin',"
                " body: new URLSearchParams({action: 'publish', 'text-title-ro': 'Hacked'})})"
                ".then(r => done(r.status));"
            )
        )
        assert status == 403
        await browser.open(desk.base + "/web/")
        assert "Termine heute" in await browser.text()
    assert (desk.setup.content / "offers.yaml").read_text(encoding="utf-8") == offers


async def test_an_expired_link_is_refused(desk: RunningDesk, clock: FixedClock) -> None:
    link = await desk.link("Maria")
    clock.now += timedelta(minutes=20)
    with chromium() as browser:
        await browser.open(link)
        page = await browser.text()
        assert "abgelaufen oder wurde schon benutzt" in page and "Jetzt anmelden" not in page
        await browser.open(desk.base + "/web/")
        assert "Bitte anmelden" in await browser.text()


async def seed(desk: RunningDesk) -> None:
    """What a working week leaves: questions without answer, an appointment, someone waiting,
    subscribers and a written announcement."""
    setup = desk.setup
    setup.core.settings = replace(setup.core.settings, bot_username="ErstkontaktBot")
    for number, (label, question) in enumerate(
        [
            ("Deutsch", "wo bekomme ich eine steuer id"),
            ("Deutsch", "wo bekomme ich eine steuer-id"),
            ("Română", "unde gasesc un medic de copii"),
            ("Türkçe", "kira yardimi nasil alinir"),
            ("Deutsch", "wo bekomme ich eine steuer id"),
        ]
    ):
        person = await setup.person(f"q{number}", label)
        await person.send(question)
    ana = await setup.person("ro-ana", "Română")
    await book_office_hours(ana, setup.core, "ro", THURSDAY, "14:20", "Ana")
    await ana.send("atelier de cusut")
    await ana.tap("🔔")
    waiting = await setup.person("tr-1", "Türkçe")
    await waiting.press("human")
    async with desk.signed_in() as client:
        _, page = await client.get("/web/closures")
        await client.post(
            "/web/closures/new",
            {
                "first": "2026-12-18",
                "last": "2026-12-18",
                "reason": "Teamtag",
                "offers": "sewing-cafe",
                "version": page.split('name="version" value="')[1].split('"')[0],
            },
            csrf_from="/web/closures",
        )
        await client.post(
            "/web/news",
            {
                "name": "naehcafe-frei",
                "offer": "sewing-cafe",
                "text-de": "Das Nähcafé fällt am Freitag, 4. Dezember, aus.",
                "text-ro": "Atelierul de cusut nu are loc vineri, 4 decembrie.",
            },
            csrf_from="/web/news",
        )


SCREENSHOTS = {
    "heute.png": "",
    "angebote.png": "offers",
    "angebot-bearbeiten.png": "offers/sewing-cafe?lang=ro",
    "schliesstage.png": "closures",
    "uebersetzungen.png": "translations?lang=ro",
    "fragen.png": "questions",
    "zahlen.png": "stats",
    "neuigkeit-vorschau.png": "news/naehcafe-frei",
    "flyer.png": "flyers",
}


async def test_every_page_fits_a_phone_screen(desk: RunningDesk, tmp_path: Path) -> None:
    shots = shots_folder(tmp_path)
    await seed(desk)
    with chromium() as browser:
        await browser.open(await desk.link("Maria"))
        await browser.click("#login")
        for name, page in SCREENSHOTS.items():
            await browser.open(f"{desk.base}/web/{page}")
            await browser.screenshot(shots / name)
        await browser.phone()
        for page in PAGES:
            await browser.open(f"{desk.base}/web/{page}")
            assert "Bitte anmelden" not in await browser.text()
            assert await browser.overflow_px() == 0, f"/web/{page} is wider than {PHONE_WIDTH}px"
        await browser.open(f"{desk.base}/web/offers/sewing-cafe?lang=ar")
        await browser.screenshot(shots / "handy-angebot-arabisch.png", full_page=False)
        await browser.open(f"{desk.base}/web/")
        await browser.screenshot(shots / "handy-heute.png", full_page=False)
