"""Numbers, news and flyers on the desk."""

from __future__ import annotations

import asyncio
import base64
import re
from dataclasses import replace

from tests.support.web_desk import RunningDesk

NEWS_DE = "Das Nähcafé fällt am Freitag aus."
NEWS_RO = "Atelierul de cusut nu are loc vineri."


async def test_stats_show_the_chart(desk: RunningDesk) -> None:
    await desk.setup.person("p1", "Română")
    async with desk.signed_in() as client:
        status, page = await client.get("/web/stats?weeks=12")
    assert status == 200 and "Neue Kontakte" in page
    chart = re.search(r'src="data:image/png;base64,([^"]+)"', page)
    assert chart is not None and base64.b64decode(chart[1]).startswith(b"\x89PNG")


async def test_news_is_written_previewed_per_language_sent_and_tracked(desk: RunningDesk) -> None:
    reader = await desk.setup.person("ro-reader", "Română")
    await reader.send("atelier de cusut")
    await reader.tap("🔔")
    turkish = await desk.setup.person("tr-reader", "Türkçe")
    await turkish.send("dikiş kafesi")
    await turkish.tap("🔔")
    async with desk.signed_in() as client:
        status, page = await client.post(
            "/web/news",
            {
                "name": "naehcafe-frei",
                "offer": "sewing-cafe",
                "text-de": NEWS_DE,
                "text-ro": NEWS_RO,
            },
            csrf_from="/web/news",
        )
        assert status == 200 and "Vorschau: naehcafe-frei" in page
        assert "Empfänger*innen: <b>2</b>" in page
        assert NEWS_RO in page
        turkish_preview = page[page.index("Türkisch") :]
        assert "kein eigener Text: bekommt Deutsch" in turkish_preview[:300]
        assert NEWS_DE in turkish_preview
        status, page = await client.post(
            "/web/news/naehcafe-frei/send", csrf_from="/web/news/naehcafe-frei"
        )
        assert status == 200 and "Wird gesendet" in page
        channel = desk.setup.channel
        await channel.until(
            lambda: bool(channel.texts_to("ro-reader") and channel.texts_to("tr-reader"))
        )
        assert NEWS_RO in desk.setup.channel.texts_to("ro-reader")[-1]
        assert NEWS_DE in desk.setup.channel.texts_to("tr-reader")[-1]
        async with asyncio.timeout(15):
            # The outcome is written to the database after the send: no event to wait on.
            while "gesendet: 2 zugestellt" not in (await client.get("/web/news"))[1]:  # noqa: ASYNC110
                await asyncio.sleep(0.05)


async def test_news_without_german_is_refused(desk: RunningDesk) -> None:
    async with desk.signed_in() as client:
        status, page = await client.post(
            "/web/news",
            {"name": "nur-ro", "offer": "sewing-cafe", "text-ro": NEWS_RO},
            csrf_from="/web/news",
        )
    assert status == 422 and "Der deutsche Text fehlt" in page
    assert not (desk.setup.content / "announcements" / "nur-ro.yaml").exists()


async def test_a_flyer_comes_as_pdf(desk: RunningDesk) -> None:
    core = desk.setup.core
    core.settings = replace(core.settings, bot_username="ErstkontaktBot")
    async with desk.signed_in() as client:
        url = client.base + "/web/flyers/pdf?offer=sewing-cafe&lang=ro"
        async with client.http.get(url) as response:
            assert response.status == 200
            assert response.headers["Content-Type"] == "application/pdf"
            assert (await response.read()).startswith(b"%PDF")
