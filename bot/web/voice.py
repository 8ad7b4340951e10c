"""The recordings page: which offers the team has recorded in which language, which are
outdated, and an upload for a voice note recorded elsewhere (the same checks as ``/audio``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.voice.listen import CANNOT_LISTEN, current_fingerprint
from bot.voice.recordings import MAX_BYTES, RecordingRefused, RecordingStore
from bot.web import auth
from bot.web.desk import PREFIX

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk


def install(desk: WebDesk, server: WebServer) -> None:
    core = desk.core
    store = RecordingStore(core.settings.content_dir)

    def rows() -> list[dict[str, Any]]:
        catalogue = core.dialogue.catalogue.current.catalogue
        found = []
        for recording in sorted(store.all(), key=lambda r: (r.target, r.language)):
            current = current_fingerprint(
                core.texts, catalogue, recording.target, recording.language
            )
            found.append(
                {
                    "target": recording.target,
                    "language": recording.language,
                    "seconds": round(recording.seconds),
                    "recorded_on": recording.recorded_on,
                    "outdated": current is None or recording.outdated(current),
                }
            )
        return found

    def page(
        user: auth.DeskUser, *, status: int = 200, problem: str = "", done: str = ""
    ) -> web.Response:
        catalogue = core.dialogue.catalogue.current.catalogue
        targets = [(offer.id, offer.text("title", "de")) for offer in catalogue.offers.values()]
        targets += [(entry.id, f"Frage: {entry.id}") for entry in catalogue.faq.values()]
        targets.append((CANNOT_LISTEN, "Antwort auf Sprachnachrichten"))
        return desk.render(
            "voice.html",
            user,
            status=status,
            section="voice",
            title="Aufnahmen",
            recordings=rows(),
            targets=targets,
            languages=core.dialogue.languages.codes,
            problem=problem,
            done=done,
        )

    async def overview(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        return page(user, done=request.query.get("done", ""))

    async def upload(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        target, language = str(form.get("target") or ""), str(form.get("language") or "")
        sent: Any = form.get("file")
        if sent is None or not hasattr(sent, "file"):
            return page(user, status=422, problem="Bitte eine Sprachnachricht (OGG/Opus) wählen.")
        catalogue = core.dialogue.catalogue.current.catalogue
        fingerprint = current_fingerprint(core.texts, catalogue, target, language)
        if fingerprint is None or language not in core.dialogue.languages:
            return page(user, status=422, problem="Unbekanntes Angebot oder unbekannte Sprache.")
        try:
            store.save(target, language, sent.file.read(MAX_BYTES + 1), fingerprint, desk.clock())
        except RecordingRefused as refused:
            return page(user, status=422, problem=f"Nicht gespeichert: {refused}")
        raise web.HTTPSeeOther(f"{PREFIX}/voice?done={target}.{language}")

    server.add_route("GET", f"{PREFIX}/voice", desk.page(overview))
    server.add_route("POST", f"{PREFIX}/voice", desk.page(upload, publish=True))
