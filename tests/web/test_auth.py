"""Signing in to the staff web desk: one-time links, cookie sessions, CSRF, the /web command."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection

from bot.storage.database import Database
from bot.storage.models import Base
from bot.web.desk import WebDesk
from tests.support.conversation import FixedClock
from tests.support.staff import STAFF_MEMBER, STRANGER
from tests.support.web_desk import RunningDesk

MEDIATOR_ANA = "100000001"  # content/team.yaml


async def test_without_a_session_the_desk_shows_only_how_to_sign_in(desk: RunningDesk) -> None:
    async with desk.browser() as browser:
        for path in ("/web/", "/web/account"):
            status, page = await browser.get(path)
            assert status == 401
            assert "Bitte anmelden" in page
            assert "Termine" not in page
        status, _ = await browser.post("/web/logout", {"csrf": "x"})
        assert status == 401


async def test_a_link_signs_in_once_with_a_private_cookie(desk: RunningDesk) -> None:
    link = await desk.link("Maria")
    async with desk.browser() as browser:
        # Opening the link (as Telegram's link preview does) does not use it up.
        status, page = await browser.get("/" + link.split("/", 3)[3])
        assert status == 200 and "Jetzt anmelden" in page
        status, page = await browser.sign_in(link)
        assert status == 200
        assert "Maria" in page and "Termine heute" in page
        cookie = browser.cookie()
        assert cookie["httponly"] and cookie["samesite"] == "Lax"
        assert cookie["path"] == "/web" and not cookie["secure"]
    async with desk.browser() as second:
        status, page = await second.sign_in(link)
        assert status == 403 and "abgelaufen oder wurde schon benutzt" in page
        assert second.cookie() is None


async def test_an_expired_link_is_refused(desk: RunningDesk, clock: FixedClock) -> None:
    link = await desk.link("Maria")
    clock.now += timedelta(minutes=16)
    async with desk.browser() as browser:
        status, page = await browser.get("/" + link.split("/", 3)[3])
        assert status == 403 and "abgelaufen" in page
        status, _ = await browser.sign_in(link)
        assert status == 403
        assert (await browser.get("/web/"))[0] == 401


async def test_a_session_expires_and_can_be_ended(desk: RunningDesk, clock: FixedClock) -> None:
    async with desk.signed_in() as phone, desk.signed_in() as laptop:
        # A form without the session's token changes nothing.
        status, page = await phone.post("/web/logout", {"csrf": "guessed"})
        assert status == 403 and "Formular ist veraltet" in page
        assert (await phone.get("/web/"))[0] == 200
        status, page = await phone.post("/web/logout", csrf_from="/web/account")
        assert status == 200 and "Abgemeldet" in page
        assert (await phone.get("/web/"))[0] == 401
        assert (await laptop.get("/web/"))[0] == 200
        clock.now += timedelta(hours=12, minutes=1)
        assert (await laptop.get("/web/"))[0] == 401


async def test_logging_out_everywhere_ends_every_session_of_that_person(desk: RunningDesk) -> None:
    async with desk.signed_in() as phone, desk.signed_in() as laptop:
        status, _ = await laptop.post("/web/logout", {"everywhere": "1"}, csrf_from="/web/account")
        assert status == 200
        assert (await phone.get("/web/"))[0] == 401


async def test_over_https_the_cookie_is_secure(desk: RunningDesk) -> None:
    core = desk.setup.core
    core.settings = replace(core.settings, web_desk_url="https://desk.example.org")
    assert WebDesk(core).secure_cookies


async def test_web_in_the_staff_group_sends_the_link_privately(desk: RunningDesk) -> None:
    answer = await desk.setup.staff("/web")
    assert "privat geschickt" in answer and "/web/login/" not in answer
    [private] = desk.setup.channel.texts_to(STAFF_MEMBER)
    assert "WEB_DESK_URL nicht eingestellt" in private  # tests run without a public address
    link = next(word for word in private.split() if "/web/login/" in word)
    async with desk.browser() as browser:
        path = "/" + link.split("/", 3)[3]
        status, page = await browser.post(path)
        assert status == 200 and "Redaktion" in page
    # The shipped example team has no rights (issue 14 item 12) until staff make it real ...
    assert await desk.setup.staff("/web", sender=MEDIATOR_ANA) == ""
    team_file = desk.setup.core.settings.content_dir / "team.yaml"
    shipped = team_file.read_text(encoding="utf-8")
    real = shipped.replace(
        '  - name: "Ana (Beispiel)"\n    example: true\n', '  - name: "Ana (Beispiel)"\n'
    )
    assert real != shipped
    team_file.write_text(real, encoding="utf-8")
    # ... then a mediator from team.yaml gets a link too, with the mediator role.
    await desk.setup.staff("/web", sender=MEDIATOR_ANA)
    [for_ana] = desk.setup.channel.texts_to(MEDIATOR_ANA)
    link = next(word for word in for_ana.split() if "/web/login/" in word)
    async with desk.browser() as browser:
        status, page = await browser.post("/" + link.split("/", 3)[3])
        assert "Ana (Beispiel)" in page and "Mediation" in page
    # Anybody else in the group gets nothing at all.
    assert await desk.setup.staff("/web", sender=STRANGER) == ""
    assert desk.setup.channel.texts_to(STRANGER) == []


async def test_the_migration_creates_the_desk_tables_of_the_models(database_url: str) -> None:
    def differences(connection: Connection) -> list[object]:
        context = MigrationContext.configure(connection)
        return [d for d in compare_metadata(context, Base.metadata) if "web_" in str(d)]

    database = Database(database_url)
    await database.start()
    try:
        async with database.engine.connect() as connection:
            assert await connection.run_sync(differences) == []
    finally:
        await database.close()
