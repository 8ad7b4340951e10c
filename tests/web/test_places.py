"""Places and closures on the desk: a holiday break in two fields, checked and live."""

from __future__ import annotations

import datetime as dt

from tests.support.web_desk import RunningDesk


async def test_a_holiday_break_in_two_fields_goes_live_for_one_offer(desk: RunningDesk) -> None:
    async with desk.signed_in() as client:
        status, page = await client.post(
            "/web/closures/new",
            {
                "first": "2027-02-15",
                "last": "2027-02-19",
                "reason": "Winterferien",
                "offers": "sewing-cafe",
                "version": await version(client),
            },
            csrf_from="/web/closures",
        )
        assert status == 200 and "Schließtage gespeichert" in page
    text = (desk.setup.content / "closures.yaml").read_text(encoding="utf-8")
    assert "from: 2027-02-15\n    to: 2027-02-19\n    offers: [sewing-cafe]" in text
    assert text.startswith("# Schließtage") and "# BEISPIEL" in text  # comments stay
    offer = desk.setup.core.dialogue.catalogue.current.catalogue.offers["sewing-cafe"]
    closure = offer.closure_on(dt.date(2027, 2, 19))
    assert closure is not None and closure.reason["de"] == "Winterferien"
    other = desk.setup.core.dialogue.catalogue.current.catalogue.offers["parents-cafe"]
    assert other.closure_on(dt.date(2027, 2, 17)) is None


async def test_a_break_that_ends_before_it_starts_is_refused(desk: RunningDesk) -> None:
    before = (desk.setup.content / "closures.yaml").read_text(encoding="utf-8")
    async with desk.signed_in() as client:
        status, page = await client.post(
            "/web/closures/new",
            {
                "first": "2027-02-19",
                "last": "2027-02-15",
                "reason": "Ferien",
                "version": await version(client),
            },
            csrf_from="/web/closures",
        )
    assert status == 422 and "„bis“ liegt vor „von“." in page
    assert (desk.setup.content / "closures.yaml").read_text(encoding="utf-8") == before


async def test_a_closure_is_deleted(desk: RunningDesk) -> None:
    async with desk.signed_in() as client:
        status, _ = await client.post(
            "/web/closures/0",
            {"action": "delete", "first": "x", "version": await version(client)},
            csrf_from="/web/closures",
        )
        assert status == 200
    assert desk.setup.core.dialogue.catalogue.current.catalogue.closures == ()


async def test_a_place_gets_its_real_address(desk: RunningDesk) -> None:
    async with desk.signed_in() as client:
        _, page = await client.get("/web/places/raum-vor-ort")
        fields = {
            "name": "Raum vor Ort",
            "address": "Echte Straße 5, 44147 Dortmund",
            "latitude": "51,5240",
            "longitude": "7.4610",
            "version": page.split('name="version" value="')[1].split('"')[0],
        }
        status, page = await client.post(
            "/web/places/raum-vor-ort", fields, csrf_from="/web/places/raum-vor-ort"
        )
        assert status == 200, page
    place = desk.setup.core.dialogue.catalogue.current.catalogue.locations["raum-vor-ort"]
    assert place.address == "Echte Straße 5, 44147 Dortmund" and place.latitude == 51.524
    assert not place.example


async def version(client: object) -> str:
    _, page = await client.get("/web/closures")  # type: ignore[attr-defined]
    return str(page.split('name="version" value="')[1].split('"')[0])
