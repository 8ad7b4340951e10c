"""Editing offers on the desk: side by side texts, schedule, booking rules, errors at the field,
publishing that goes live with comments kept, rollback, and who may publish."""

from __future__ import annotations

import re

from bot.web.auth import Role
from tests.support.web_desk import DeskClient, RunningDesk

SEWING = "/web/offers/sewing-cafe"


def form_of(page: str, form_id: str = "offer-form") -> dict[str, str]:
    """The fields a browser would submit from the form, with their current values."""
    start = page.index(f'id="{form_id}"')
    html = page[start : page.index("</form>", start)]
    fields: dict[str, str] = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html):
        fields[name] = value
    for name, value in re.findall(r'<textarea name="([^"]+)"[^>]*>([^<]*)</textarea>', html):
        fields[name] = value.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&")
    for tag in re.findall(r'<input type="(?:time|date|text|number)"[^>]*>', html):
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name:
            fields[name[1]] = value[1] if value else ""
    for name, options in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', options)
        fields[name] = chosen[1] if chosen else ""
    for name, value in re.findall(r'type="checkbox" name="(\w+)" value="(\w+)" checked', html):
        if name != "spoken":  # several values: sent apart
            fields[name] = value
    return fields


async def edit(
    client: DeskClient, path: str, changes: dict[str, str], action: str
) -> tuple[int, str]:
    _, page = await client.get(path)
    fields = form_of(page)
    spoken = re.findall(r'type="checkbox" name="spoken" value="(\w+)" checked', page)
    fields.update(changes)
    fields["action"] = action
    data = list(fields.items()) + [("spoken", code) for code in spoken]
    async with client.http.post(client.base + path.split("?")[0], data=data) as response:
        return response.status, await response.text()


async def test_a_romanian_text_goes_live_and_comments_stay(desk: RunningDesk) -> None:
    new = "Cafeneaua de cusut: venim cu mașina de cusut, voi aduceți stofa."
    before = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8")
    async with desk.signed_in() as client:
        status, page = await edit(client, SEWING + "?lang=ro", {"text-summary-ro": new}, "publish")
        assert status == 200 and "Veröffentlicht" in page
    offers = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8")
    assert f'ro: "{new}"' in offers
    assert offers.count("# BEISPIEL") == before.count("# BEISPIEL") > 0
    assert offers.startswith("# Angebote des Bots")
    # The live catalogue has it, and a Romanian speaker reads it in the bot.
    offer = desk.setup.core.dialogue.catalogue.current.catalogue.offer("sewing-cafe")
    assert offer is not None and offer.text("summary", "ro") == new
    # The staff group hears it (a durable job: delivered shortly after).
    await desk.setup.channel.staff_hears("Maria hat im Team-Desk veröffentlicht", within=15)
    person = await desk.setup.person("ro-reader", "Română")
    await person.send("atelier de cusut")
    assert new in person.text


async def test_only_the_changed_lines_change(desk: RunningDesk) -> None:
    before = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8").splitlines()
    async with desk.signed_in() as client:
        await edit(
            client, SEWING + "?lang=tr", {"text-cost-tr": "Ücretsiz, çay da var."}, "publish"
        )
    after = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8").splitlines()
    assert len(before) == len(after)
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    # The Turkish text, and its review record: this text is now unchecked, the others as before.
    assert len(changed) == 2 and "Ücretsiz, çay da var." in changed[0][1]
    assert changed[1][1].strip().startswith("tr: {status: machine, source: de-")
    assert "cost: machine de-" in changed[1][1] and "title: machine de-" in changed[1][1]


async def test_errors_are_shown_at_the_field_and_nothing_is_written(desk: RunningDesk) -> None:
    before = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8")
    async with desk.signed_in() as client:
        status, page = await edit(
            client,
            SEWING,
            {"schedule-0-start": "14:00", "schedule-0-end": "12:00"},
            "publish",
        )
        assert status == 422 and "Nicht veröffentlicht: 1 Fehler" in page
        start = page.index('name="schedule-0-start"')
        assert "Das Ende (12:00) liegt nicht nach dem Beginn (14:00)." in page[start : start + 900]
        status, page = await edit(client, SEWING, {"text-title-de": ""}, "publish")
        assert status == 422
        title = page.index('id="text-title-de"')
        assert "Der deutsche Text fehlt" in page[title - 400 : title]
    assert (desk.setup.content / "offers.yaml").read_text(encoding="utf-8") == before


async def test_schedule_booking_rules_keywords_and_exceptions_are_written(
    desk: RunningDesk,
) -> None:
    async with desk.signed_in() as client:
        status, page = await edit(
            client,
            SEWING + "?lang=ro",
            {
                "schedule-1-day": "saturday",
                "schedule-1-start": "10:00",
                "schedule-1-end": "12:30",
                "booking": "appointment",
                "appointment-slot_minutes": "30",
                "appointment-seats": "3",
                "keywords-ro": "croitorie, cusut, masina de cusut",
                "exceptions": "2026-12-18",
            },
            "publish",
        )
        assert status == 200, page
    offer = desk.setup.core.dialogue.catalogue.current.catalogue.offer("sewing-cafe")
    assert offer is not None and offer.appointment is not None
    assert offer.appointment.seats == 3
    assert [w.weekday for w in offer.schedule.weekly][-1] == 5
    assert "masina de cusut" in offer.keywords["ro"]
    text = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8")
    assert '{weekday: saturday, start: "10:00", end: "12:30"}' in text
    assert "exceptions: [2026-12-18]" in text


async def test_check_shows_problems_without_publishing(desk: RunningDesk) -> None:
    before = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8")
    async with desk.signed_in(role=Role.MEDIATOR) as client:
        status, page = await edit(client, SEWING, {"text-cost-de": "3 Euro"}, "check")
        assert status == 200 and "Geprüft: keine Fehler" in page
        assert "Veröffentlichen darf nur die Redaktion" in page
        status, _ = await edit(client, SEWING, {"text-cost-de": "3 Euro"}, "publish")
        assert status == 403
        status, _ = await client.post("/web/rollback", csrf_from="/web/account")
        assert status == 403
    assert (desk.setup.content / "offers.yaml").read_text(encoding="utf-8") == before


async def test_rollback_brings_back_the_previous_text(desk: RunningDesk) -> None:
    live = desk.setup.core.dialogue.catalogue
    old = live.current.catalogue.offers["sewing-cafe"].text("title", "ro")
    async with desk.signed_in() as client:
        await edit(client, SEWING + "?lang=ro", {"text-title-ro": "Cafenea de cusut"}, "publish")
        assert (
            live.current.catalogue.offers["sewing-cafe"].text("title", "ro") == "Cafenea de cusut"
        )
        status, page = await client.post("/web/rollback", csrf_from="/web/offers")
        assert status == 200 and "zurückgenommen" in page
    assert live.current.catalogue.offers["sewing-cafe"].text("title", "ro") == old


async def test_a_form_from_before_someone_elses_change_is_not_saved_over_it(
    desk: RunningDesk,
) -> None:
    async with desk.signed_in() as first, desk.signed_in("Emil") as second:
        _, page = await first.get(SEWING + "?lang=ro")
        stale = form_of(page)
        await edit(second, SEWING + "?lang=ro", {"text-title-ro": "Atelier"}, "publish")
        stale.update({"text-title-ro": "Cusut", "action": "publish"})
        async with first.http.post(first.base + SEWING, data=stale) as response:
            assert response.status == 409
    offer = desk.setup.core.dialogue.catalogue.current.catalogue.offers["sewing-cafe"]
    assert offer.text("title", "ro") == "Atelier"
