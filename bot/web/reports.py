"""Numbers, news and flyers on the desk: the /stats chart, announcements (write, preview per
language, send, progress) and printable flyers as PDF."""

from __future__ import annotations

import asyncio
import base64
import io
from collections import Counter
from typing import TYPE_CHECKING

from aiohttp import web
from ruamel.yaml.comments import CommentedMap
from sqlalchemy import select

from bot.catalogue.texts import SOURCE_LANGUAGE
from bot.dialogue.ids import parse_id
from bot.jobs import progress
from bot.staff import announce
from bot.staff.chart import contacts_chart
from bot.staff.flyer import DPI, FlyerError, deep_link, render_flyer
from bot.staff.stats import collect, stats_de
from bot.storage.models import Announcement as AnnouncementRow
from bot.web import auth
from bot.web import yaml_edit as y
from bot.web.desk import PREFIX, form_text, language_de
from bot.web.messages_de import german

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk

WEEK_CHOICES = (8, 12, 26)
PROGRESS_SHOWN = 5


def install(desk: WebDesk, server: WebServer) -> None:
    core = desk.core
    live = core.dialogue.catalogue

    # -- numbers ----------------------------------------------------------------------------

    async def stats(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        wanted = parse_id(request.query.get("weeks"))
        weeks = wanted if wanted in WEEK_CHOICES else WEEK_CHOICES[0]
        async with core.database.session() as session:
            collected = await collect(session, desk.clock(), weeks, core.texts.zone)
        png = await asyncio.to_thread(contacts_chart, collected)
        return desk.render(
            "stats.html",
            user,
            section="stats",
            title="Zahlen",
            summary=stats_de(collected, live.current.catalogue),
            chart=base64.b64encode(png).decode(),
            weeks=weeks,
            week_choices=WEEK_CHOICES,
        )

    # -- news -------------------------------------------------------------------------------

    async def news(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        async with core.database.session() as session:
            rows = list(
                await session.execute(
                    select(AnnouncementRow.id, AnnouncementRow.name, AnnouncementRow.created_at)
                    .order_by(AnnouncementRow.id.desc())
                    .limit(PROGRESS_SHOWN)
                )
            )
            sending = []
            for announcement_id, name, created in rows:
                counts = await progress(session, announce.batch_of(announcement_id))
                total = sum(counts.values())
                waiting = counts.get(None, 0)
                sending.append(
                    {
                        "name": name,
                        "created": created,
                        "total": total,
                        "done": total - waiting,
                        "text": announce.progress_de(name, counts),
                    }
                )
        return desk.render(
            "news.html",
            user,
            section="news",
            title="Neuigkeiten",
            saved=announce.available(live.content_dir),
            sending=sending,
            offers=desk.offer_choices(),
            languages=list(live.languages),
            draft={"name": "", "offer": "", "texts": {}},
            problems=[],
            done={"sent": "Wird gesendet. Der Stand steht unten."}.get(
                request.query.get("done", "")
            ),
        )

    async def news_save(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        name = form_text(form, "name").lower()
        offer_id = form_text(form, "offer")
        texts = {code: form_text(form, f"text-{code}") for code in live.languages}
        path = announce.announcement_path(live.content_dir, name)
        problems = []
        if path is None:
            problems.append(
                "Name: nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. naehcafe-frei."
            )
        document = CommentedMap()
        document["offer"] = offer_id
        document["text"] = CommentedMap(
            (code, y.quoted(text)) for code, text in texts.items() if text
        )
        yaml_text = f"# Neuigkeit aus dem Team-Desk ({user.name})\n" + y.dump(document)
        if path is not None:
            candidate = path.with_name(f".{path.name}.check")
            path.parent.mkdir(exist_ok=True)
            candidate.write_text(yaml_text, encoding="utf-8")
            try:
                loaded, issues = announce.load_announcement(
                    candidate, live.current.catalogue, live.languages
                )
            finally:
                candidate.unlink()
            problems += [german(issue.message) for issue in issues]
            if loaded is not None and not problems:
                path.write_text(yaml_text, encoding="utf-8")
                raise web.HTTPSeeOther(f"{PREFIX}/news/{name}")
        return desk.render(
            "news.html",
            user,
            status=422,
            section="news",
            title="Neuigkeiten",
            saved=announce.available(live.content_dir),
            sending=[],
            offers=desk.offer_choices(),
            languages=list(live.languages),
            draft={"name": name, "offer": offer_id, "texts": texts},
            problems=problems,
        )

    async def load(name: str) -> announce.Announcement:
        path = announce.announcement_path(live.content_dir, name)
        if path is None or not path.is_file():
            raise web.HTTPNotFound(text="Diese Neuigkeit gibt es nicht.")
        loaded, issues = await asyncio.to_thread(
            announce.load_announcement, path, live.current.catalogue, live.languages
        )
        if loaded is None:
            raise web.HTTPUnprocessableEntity(
                text="Fehler in der Neuigkeit: " + "; ".join(str(i) for i in issues)
            )
        return loaded

    async def news_preview(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        loaded = await load(request.match_info["name"])
        people = await announce.recipients(core.database, loaded.offer.id)
        reachable = [p for p in people if p.reachable]
        spoken = Counter(p.language or SOURCE_LANGUAGE for p in reachable)
        previews = []
        for code in live.languages:
            chain = core.texts.chain(code)
            shown_in = next((c for c in (*chain, SOURCE_LANGUAGE) if loaded.texts.get(c)), code)
            previews.append(
                {
                    "code": code,
                    "people": spoken[code],
                    "text": loaded.text_for(chain),
                    "fallback": language_de(shown_in) if shown_in != code else "",
                    "rtl": core.dialogue.languages[code].rtl and shown_in == code,
                }
            )
        return desk.render(
            "news_preview.html",
            user,
            section="news",
            title=f"Vorschau {loaded.name}",
            announcement=loaded,
            offer_title=loaded.offer.text("title", SOURCE_LANGUAGE),
            previews=previews,
            reachable=len(reachable),
            blocked=len(people) - len(reachable),
        )

    async def news_send(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        loaded = await load(request.match_info["name"])
        # The durable path /announce uses: one job per person, resumed after a crash,
        # never twice to the same person (bot/staff/announce.py, bot/jobs.py).
        await announce.start_sending(core.database, core.jobs, loaded, desk.clock())
        raise web.HTTPSeeOther(f"{PREFIX}/news?done=sent")

    # -- flyers -----------------------------------------------------------------------------

    async def flyers(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        return desk.render(
            "flyers.html",
            user,
            section="flyers",
            title="Flyer",
            offers=desk.offer_choices(),
            languages=list(live.languages),
            username=core.settings.bot_username,
        )

    async def flyer_pdf(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        offer = live.current.catalogue.offer(request.query.get("offer", ""))
        language = request.query.get("lang", "")
        username = core.settings.bot_username
        if offer is None or language not in live.languages or not username:
            raise web.HTTPBadRequest(text="Angebot, Sprache oder TELEGRAM_BOT_USERNAME fehlt.")
        link = deep_link(username, language, offer.id)
        translator = core.texts.translator(language)
        try:
            flyer = await asyncio.to_thread(
                render_flyer, offer, translator, core.dialogue.languages, link, desk.clock()
            )
        except FlyerError as error:
            raise web.HTTPServiceUnavailable(text=str(error)) from None
        out = io.BytesIO()
        await asyncio.to_thread(flyer.image.save, out, format="PDF", resolution=DPI)
        name = f"flyer-{offer.id}-{language}.pdf"
        return web.Response(
            body=out.getvalue(),
            content_type="application/pdf",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    server.add_route("GET", f"{PREFIX}/stats", desk.page(stats))
    server.add_route("GET", f"{PREFIX}/news", desk.page(news))
    server.add_route("POST", f"{PREFIX}/news", desk.page(news_save, publish=True))
    server.add_route("GET", f"{PREFIX}/news/{{name}}", desk.page(news_preview))
    server.add_route("POST", f"{PREFIX}/news/{{name}}/send", desk.page(news_send, publish=True))
    server.add_route("GET", f"{PREFIX}/flyers", desk.page(flyers))
    server.add_route("GET", f"{PREFIX}/flyers/pdf", desk.page(flyer_pdf))
