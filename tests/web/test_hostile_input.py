"""Odd and hostile values in desk URLs and forms get a clear answer, never a server error."""

from __future__ import annotations

from tests.support.web_desk import RunningDesk
from tests.web.test_offers import edit


async def test_odd_numbers_and_ids_in_urls(desk: RunningDesk) -> None:
    async with desk.signed_in() as client:
        for path in (
            "/web/stats?weeks=²",
            "/web/stats?weeks=99999999999999999999999999",
            "/web/questions?days=٤",
            "/web/offers/..%2F..%2Fetc",
            "/web/offers/sewing-cafe?lang=<script>",
            "/web/news/..%2Foffers",
            "/web/places/nope",
            "/web/translations?lang=xx",
            "/web/flyers/pdf?offer=sewing-cafe&lang=ro",  # no TELEGRAM_BOT_USERNAME
        ):
            status, page = await client.get(path)
            assert status < 500, path
            assert "<script>" not in page, path
        for path in (
            "/web/appointments/٤/cancel",
            "/web/appointments/9" * 3 + "/cancel",
            "/web/closures/²",
        ):
            status, _ = await client.post(path, {"action": "delete"}, csrf_from="/web/account")
            assert status < 500, path


async def test_odd_values_in_the_offer_form_are_named_not_crashed_on(desk: RunningDesk) -> None:
    before = (desk.setup.content / "offers.yaml").read_text(encoding="utf-8")
    async with desk.signed_in() as client:
        status, page = await edit(
            client,
            "/web/offers/sewing-cafe",
            {
                "booking": "appointment",
                "appointment-slot_minutes": "²",
                "appointment-seats": "-3",
                "schedule-0-day": "Montag",
                "schedule-0-start": "25:99",
                "exceptions": "morgen",
                "text-title-de": "Nähcafé\x00",
            },
            "publish",
        )
    assert status == 422 and "Nicht veröffentlicht" in page
    assert (desk.setup.content / "offers.yaml").read_text(encoding="utf-8") == before
    async with desk.signed_in() as client:
        status, _ = await edit(
            client, "/web/offers/sewing-cafe", {"text-title-de": "Näh\x00café\x07"}, "publish"
        )
    assert status == 200
    offer = desk.setup.core.dialogue.catalogue.current.catalogue.offers["sewing-cafe"]
    assert offer.text("title", "de") == "Nähcafé"
