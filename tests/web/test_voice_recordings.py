"""The recordings page: upload a voice note for an offer, see it listed, see it outdated."""

from __future__ import annotations

import re

import aiohttp

from bot.staff.reload import CatalogueReloader
from bot.web.auth import Role
from tests.support.ogg_files import opus_file
from tests.support.web_desk import DeskClient, RunningDesk

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


async def upload(client: DeskClient, target: str, language: str, data: bytes) -> tuple[int, str]:
    _, page = await client.get("/web/voice")
    token = _CSRF.search(page)
    assert token is not None, "the upload form is shown"
    form = aiohttp.FormData()
    form.add_field("csrf", token[1])
    form.add_field("target", target)
    form.add_field("language", language)
    form.add_field("file", data, filename="aufnahme.ogg", content_type="audio/ogg")
    async with client.http.post(client.base + "/web/voice", data=form) as response:
        return response.status, await response.text()


async def test_an_editor_uploads_a_romani_recording_and_sees_it_outdated_later(
    desk: RunningDesk,
) -> None:
    async with desk.signed_in() as client:
        status, page = await upload(client, "german-course", "rom", opus_file(15.0))
        assert status == 200
        assert "✅ Aufnahme gespeichert: german-course.rom" in page
        assert "✅ aktuell" in page
        stored = desk.setup.content / "voice" / "german-course.rom.ogg"
        assert stored.read_bytes() == opus_file(15.0)

        desk.setup.edit(
            "offers.yaml",
            'rom: "Kurso vaš i nemcikani čhib"',
            'rom: "Kurso vaš i nemcikani čhib (nevo)"',
        )
        reloader = desk.setup.core.part(CatalogueReloader)
        assert reloader is not None
        await reloader.reload()
        _, page = await client.get("/web/voice")
        assert "⚠️ veraltet" in page


async def test_a_file_that_is_not_a_voice_note_is_refused_with_the_reason(
    desk: RunningDesk,
) -> None:
    async with desk.signed_in() as client:
        status, page = await upload(client, "german-course", "de", b"RIFF" + bytes(100))
        assert status == 422
        assert "Keine Sprachnachricht (OGG/Opus)" in page
    assert not (desk.setup.content / "voice").exists()


async def test_without_the_editor_role_there_is_no_upload(desk: RunningDesk) -> None:
    async with desk.signed_in(role=Role.MEDIATOR) as client:
        status, page = await client.get("/web/voice")
        assert status == 200 and "Noch keine Aufnahmen" in page
        assert 'name="file"' not in page
