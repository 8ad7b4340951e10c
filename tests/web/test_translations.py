"""Translations without fingerprints: states per text, outdated when the German changes,
one-click "checked", and the open texts out and back as XLIFF."""

from __future__ import annotations

import io
import re

import aiohttp

from bot.catalogue.model import TextState
from bot.web.auth import Role
from tests.support.web_desk import DeskClient, RunningDesk
from tests.web.test_offers import edit

TRANSLATIONS = "/web/translations?lang=ro"


def offer(desk: RunningDesk, offer_id: str = "sewing-cafe"):  # type: ignore[no-untyped-def]
    return desk.setup.core.dialogue.catalogue.current.catalogue.offers[offer_id]


async def click_reviewed(client: DeskClient, offer_id: str, name: str) -> tuple[int, str]:
    _, page = await client.get(TRANSLATIONS)
    start = page.index(f'id="reviewed-{offer_id}-{name}"')
    form = page[page.rindex("<form", 0, start) : start]
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', form))
    return await client.post("/web/translations/reviewed", fields)


async def test_a_german_edit_marks_only_that_text_outdated_everywhere(desk: RunningDesk) -> None:
    assert offer(desk).text_state("cost", "ro") is TextState.MACHINE
    async with desk.signed_in() as client:
        status, _ = await edit(
            client, "/web/offers/sewing-cafe", {"text-cost-de": "2 Euro, Tee inklusive."}, "publish"
        )
        assert status == 200
        _, page = await client.get(TRANSLATIONS)
    sewing = offer(desk)
    for code in ("en", "ro", "bg", "rom", "ar", "tr", "uk", "fa"):
        assert sewing.text_state("cost", code) is TextState.OUTDATED
        assert sewing.text_state("title", code) is TextState.MACHINE
    assert sewing.text_state("cost", "de") is TextState.MACHINE
    # The page shows it, and the file has no fingerprint anybody must copy by hand.
    section = page[page.index('id="sewing-cafe"') :]
    assert re.search(r"Kosten <span class=\"badge st-outdated\">veraltet", section)


async def test_one_click_marks_a_text_checked_and_survives_a_reload(desk: RunningDesk) -> None:
    async with desk.signed_in() as client:
        status, page = await click_reviewed(client, "sewing-cafe", "summary")
        assert status == 200 and "Als geprüft gespeichert" in page
    assert offer(desk).text_state("summary", "ro") is TextState.REVIEWED
    assert offer(desk).text_state("title", "ro") is TextState.MACHINE
    reloaded = desk.setup.core.dialogue.catalogue.reload().catalogue.offers["sewing-cafe"]
    assert reloaded.text_state("summary", "ro") is TextState.REVIEWED
    # Checked, then the German changes: outdated again, automatically.
    async with desk.signed_in() as client:
        await edit(
            client, "/web/offers/sewing-cafe", {"text-summary-de": "Wir nähen zusammen."}, "publish"
        )
    assert offer(desk).text_state("summary", "ro") is TextState.OUTDATED


async def test_open_texts_go_out_as_xliff_and_come_back_checked(desk: RunningDesk) -> None:
    async with desk.signed_in() as client:
        await click_reviewed(client, "sewing-cafe", "title")
        async with client.http.get(client.base + "/web/translations/export?lang=ro") as response:
            assert response.status == 200
            assert "erstkontakt-ro.xlf" in response.headers["Content-Disposition"]
            exported = await response.text()
        assert 'target-language="ro"' in exported
        assert 'id="sewing-cafe/summary"' in exported and 'id="sewing-cafe/title"' not in exported
        assert exported.count("<trans-unit") == 6 * 6 - 1  # every text but the checked one
        old = 'state="needs-review-translation">Cusem împreună și reparăm haine.'
        translated = exported.replace(old, 'state="translated">Cusem împreună și reparăm hainele.')
        status, page = await upload(client, translated)
        # Only the text the translator touched counts; the untouched ones stay open.
        assert status == 200 and "Import übernommen: 1 Text(e)" in page
    sewing = offer(desk)
    assert sewing.text("summary", "ro") == "Cusem împreună și reparăm hainele."
    assert sewing.text_state("summary", "ro") is TextState.REVIEWED
    assert sewing.text_state("summary", "bg") is TextState.MACHINE
    assert sewing.text_state("cost", "ro") is TextState.MACHINE


async def test_an_import_is_checked_unit_by_unit(desk: RunningDesk) -> None:
    async with desk.signed_in() as client:
        async with client.http.get(client.base + "/web/translations/export?lang=tr") as response:
            exported = await response.text()
        # Meanwhile the German summary changes: that unit must not come back over it.
        await edit(
            client, "/web/offers/sewing-cafe", {"text-summary-de": "Wir nähen zusammen."}, "publish"
        )
        confirmed = exported.replace('state="needs-review-translation"', 'state="final"')
        status, page = await upload(client, confirmed)
        assert status == 422
        assert "sewing-cafe/summary: der deutsche Text wurde seit dem Export geändert" in page
        assert "35 Text(e) übernommen" in page
        assert offer(desk).text_state("cost", "tr") is TextState.REVIEWED
        assert offer(desk).text_state("summary", "tr") is TextState.OUTDATED
        for hostile, message in (
            (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>', "DOCTYPE"),
            (b"<xliff version='1.2'><broken>", "Kein gültiges XLIFF"),
            (exported.replace('target-language="tr"', 'target-language="xx"').encode(), "xx"),
        ):
            status, page = await upload(client, hostile)
            assert status == 422 and message in page


async def upload(client: DeskClient, content: str | bytes) -> tuple[int, str]:
    _, page = await client.get(TRANSLATIONS)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    form = aiohttp.FormData()
    form.add_field("csrf", csrf[1])
    data = content.encode() if isinstance(content, str) else content
    form.add_field("file", io.BytesIO(data), filename="ro.xlf", content_type="application/xml")
    async with client.http.post(client.base + "/web/translations/import", data=form) as response:
        return response.status, await response.text()


async def test_a_mediator_checks_texts_in_her_languages_only(desk: RunningDesk) -> None:
    async with desk.signed_in("Ana (Beispiel)", Role.MEDIATOR) as ana:  # ro, rom, de
        status, _ = await click_reviewed(ana, "sewing-cafe", "cost")
        assert status == 200
        _, page = await ana.get("/web/translations?lang=tr")
        assert 'id="reviewed-' not in page
        fields = {"offer": "sewing-cafe", "name": "cost", "lang": "tr"}
        status, _ = await ana.post("/web/translations/reviewed", fields, csrf_from="/web/account")
        assert status == 403
    assert offer(desk).text_state("cost", "ro") is TextState.REVIEWED
    assert offer(desk).text_state("cost", "tr") is TextState.MACHINE
