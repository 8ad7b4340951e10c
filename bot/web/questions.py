"""Questions the bot could not answer, grouped as ``/unanswered`` does, each with two
one-click ways to teach the bot: a keyword of an offer, or a new FAQ answer."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from aiohttp import web
from anyascii import anyascii
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from bot.catalogue.loader import OFFERS_FILE
from bot.catalogue.texts import SOURCE_LANGUAGE
from bot.dialogue.ids import parse_id
from bot.staff import reports
from bot.web import auth
from bot.web import yaml_edit as y
from bot.web.desk import PREFIX, form_text, language_de
from bot.web.offers import FieldErrors

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk

FAQ_FILE = "faq.yaml"
DAY_CHOICES = (7, 30, 90)
ID_LENGTH = 40


def faq_id(wording: str, taken: set[str]) -> str:
    """``wo ist das Jobcenter?`` -> ``wo-ist-das-jobcenter``: unique, short, safe in links."""
    base = re.sub(r"[^a-z0-9]+", "-", anyascii(wording).lower()).strip("-")[: ID_LENGTH - 3]
    base = base.strip("-") or "frage"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def install(desk: WebDesk, server: WebServer) -> None:
    core = desk.core
    live = core.dialogue.catalogue

    async def questions(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        wanted = parse_id(request.query.get("days"))
        days = wanted if wanted in DAY_CHOICES else DAY_CHOICES[0]
        async with core.database.session() as session:
            groups = await reports.unanswered(session, desk.clock() - timedelta(days=days))
        catalogue = live.current.catalogue
        done = {
            "keyword": "Stichwort gespeichert: der Bot findet das Angebot jetzt auch so.",
            "faq": "Neue Antwort gespeichert. Übersetzungen fehlen noch: der Bot zeigt bis "
            "dahin die deutsche Antwort.",
        }
        return desk.render(
            "questions.html",
            user,
            section="questions",
            title="Fragen",
            groups=groups[: reports.GROUPS_SHOWN],
            more=max(0, len(groups) - reports.GROUPS_SHOWN),
            total=sum(group.count for group in groups),
            days=days,
            day_choices=DAY_CHOICES,
            offers=[
                (o.id, o.icon, o.text("title", SOURCE_LANGUAGE)) for o in catalogue.offers.values()
            ],
            faq_on=(live.content_dir / FAQ_FILE).exists(),
            languages=list(live.languages),
            done=done.get(request.query.get("done", "")),
        )

    async def add_keyword(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        offer_id, language = form_text(form, "offer"), form_text(form, "lang")
        wording = " ".join(form_text(form, "wording").lower().split())
        if not wording or language not in live.languages:
            return failed(user, "Bitte ein Stichwort und eine Sprache angeben.")
        text = desk.publisher.read(OFFERS_FILE)
        document = y.load(text)
        found = y.find_item(document.get("offers") or [], offer_id)
        if found is None:
            return failed(user, "Dieses Angebot gibt es nicht.")
        keywords = found[1].get("keywords")
        if not isinstance(keywords, CommentedMap):
            keywords = CommentedMap()
            found[1]["keywords"] = keywords
        words = [str(w) for w in keywords.get(language) or []]
        if wording not in words:
            keywords[language] = y.flow_list([*words, wording])
        title = live.current.catalogue.offers[offer_id].text("title", SOURCE_LANGUAGE)
        result = await desk.publisher.publish(
            OFFERS_FILE,
            y.dump(document),
            y.version_of(text),
            user.name,
            f"Stichwort „{wording}“ ({language_de(language)}) bei {title}",
        )
        if not result.ok:
            return failed(user, "; ".join(str(i) for i in result.issues) or "Bitte noch einmal.")
        raise web.HTTPSeeOther(f"{PREFIX}/questions?done=keyword")

    async def add_faq(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        language = form_text(form, "lang")
        wording = " ".join(form_text(form, "wording").lower().split())
        german_words = [w.strip() for w in form_text(form, "german_words").split(",")]
        answer = form_text(form, "answer")
        offer_id = form_text(form, "offer")
        if language not in live.languages or not wording:
            return failed(user, "Bitte die Frage und ihre Sprache angeben.")
        path = live.content_dir / FAQ_FILE
        text = path.read_text(encoding="utf-8") if path.exists() else "faq:\n"
        document = y.load(text)
        if document.get("faq") is None:
            document["faq"] = CommentedSeq()
        entries = document["faq"]
        taken = {str(entry.get("id")) for entry in entries if isinstance(entry, CommentedMap)}
        questions = CommentedMap()
        words = [w for w in german_words if w]
        if language == SOURCE_LANGUAGE:
            words = [wording, *(w for w in words if w != wording)]
        questions[SOURCE_LANGUAGE] = y.flow_list(words)
        if language != SOURCE_LANGUAGE:
            questions[language] = y.flow_list([wording])
        entry = CommentedMap()
        entry["id"] = faq_id(words[0] if words else wording, taken)
        if offer_id:
            entry["offer"] = offer_id
        entry["questions"] = questions
        entry["answer"] = CommentedMap([(SOURCE_LANGUAGE, y.quoted(answer))])
        entry["review"] = CommentedMap([(SOURCE_LANGUAGE, "machine")])
        entries.append(entry)
        entries.yaml_set_comment_before_after_key(
            len(entries) - 1, before=f"Neu im Team-Desk von {user.name}", indent=2
        )
        result = await desk.publisher.publish(
            FAQ_FILE,
            y.dump(document),
            y.version_of(text),
            user.name,
            f"neue FAQ-Antwort „{entry['id']}“",
        )
        if not result.ok:
            errors = FieldErrors(result.issues, FAQ_FILE, f"faq[{len(entries) - 1}]")
            messages = [m for ms in errors.by_key.values() for m in ms] + errors.elsewhere
            return failed(user, " ".join(messages))
        raise web.HTTPSeeOther(f"{PREFIX}/questions?done=faq")

    def failed(user: auth.DeskUser, text: str) -> web.Response:
        return desk.render(
            "message.html",
            user,
            status=422,
            title="Nicht gespeichert",
            text=text,
            back=f"{PREFIX}/questions",
        )

    server.add_route("GET", f"{PREFIX}/questions", desk.page(questions))
    server.add_route("POST", f"{PREFIX}/questions/keyword", desk.page(add_keyword, publish=True))
    server.add_route("POST", f"{PREFIX}/questions/faq", desk.page(add_faq, publish=True))
