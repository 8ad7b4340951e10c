"""Translations on the desk: each text's state per language (missing, outdated, unchecked,
checked), "checked" with one click, and the open texts of a language out and back as XLIFF."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.catalogue.loader import OFFERS_FILE
from bot.catalogue.model import TextState
from bot.catalogue.texts import SOURCE_LANGUAGE, TEXT_FIELDS
from bot.web import auth, review_edit, xliff
from bot.web import yaml_edit as y
from bot.web.desk import PREFIX, form_text, language_de
from bot.web.offer_form import FIELD_LABELS

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk

STATE_DE = {
    TextState.MISSING: "fehlt",
    TextState.OUTDATED: "veraltet",
    TextState.MACHINE: "ungeprüft",
    TextState.REVIEWED: "geprüft",
}
OPEN = (TextState.MISSING, TextState.OUTDATED, TextState.MACHINE)


def install(desk: WebDesk, server: WebServer) -> None:
    core = desk.core
    live = core.dialogue.catalogue

    def targets() -> list[str]:
        return [code for code in live.languages if code != SOURCE_LANGUAGE]

    def chosen(request: web.Request) -> str:
        wanted = request.query.get("lang", "")
        return wanted if wanted in targets() else targets()[0]

    async def overview(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        catalogue = live.current.catalogue
        language = chosen(request)
        only = request.query.get("offer", "")
        counts = {
            code: Counter(
                offer.text_state(name, code)
                for offer in catalogue.offers.values()
                for name in TEXT_FIELDS
            )
            for code in targets()
        }
        offers = []
        for offer in catalogue.offers.values():
            if only and offer.id != only:
                continue
            rows = []
            for name in TEXT_FIELDS:
                state = offer.text_state(name, language)
                rows.append(
                    {
                        "name": name,
                        "label": FIELD_LABELS[name],
                        "german": offer.texts[name].get(SOURCE_LANGUAGE, ""),
                        "text": offer.texts[name].get(language, ""),
                        "state": state.value,
                        "state_de": STATE_DE[state],
                    }
                )
            offers.append(
                {
                    "id": offer.id,
                    "icon": offer.icon,
                    "title": offer.text("title", SOURCE_LANGUAGE),
                    "rows": rows,
                }
            )
        done = {
            "reviewed": "Als geprüft gespeichert.",
            "imported": f"Import übernommen: {request.query.get('n', '0')} Text(e).",
        }
        return desk.render(
            "translations.html",
            user,
            section="translations",
            title="Übersetzungen",
            language=language,
            languages=targets(),
            counts=counts,
            states=list(TextState),
            state_de=STATE_DE,
            offers=offers,
            only=only,
            rtl=core.dialogue.languages[language].rtl,
            may_review=language in desk.review_languages(user),
            version=y.version_of(desk.publisher.read(OFFERS_FILE)),
            done=done.get(request.query.get("done", "")),
        )

    async def reviewed(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        offer_id, name, language = (form_text(form, k) for k in ("offer", "name", "lang"))
        if name not in TEXT_FIELDS or language not in targets():
            raise web.HTTPBadRequest(text="Unbekannter Text oder unbekannte Sprache.")
        if language not in desk.review_languages(user):
            raise web.HTTPForbidden(text="Prüfen darf hier nur, wer diese Sprache spricht.")
        text = desk.publisher.read(OFFERS_FILE)
        document = y.load(text)
        found = y.find_item(document.get("offers") or [], offer_id)
        if found is None or not review_edit.has_text(found[1], name, language):
            raise web.HTTPNotFound(text="Diesen Text gibt es nicht.")
        review_edit.mark_reviewed(found[1], name, language)
        what = f"{offer_id}: {FIELD_LABELS[name]} ({language_de(language)}) geprüft"
        result = await desk.publisher.publish(
            OFFERS_FILE, y.dump(document), form_text(form, "version"), user.name, what
        )
        back = f"{PREFIX}/translations?lang={language}"
        if not result.ok:
            return refused(user, result.conflict, back)
        raise web.HTTPSeeOther(f"{back}&done=reviewed#{offer_id}")

    def refused(user: auth.DeskUser, conflict: bool, back: str) -> web.Response:
        text = (
            "Inzwischen hat jemand anderes Angebote geändert. Bitte die Seite neu laden."
            if conflict
            else "Der Katalog hat Fehler; bitte zuerst bei den Angeboten beheben."
        )
        return desk.render(
            "message.html", user, status=409, title="Nicht gespeichert", text=text, back=back
        )

    async def export(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        language = chosen(request)
        catalogue = live.current.catalogue
        open_texts = [
            xliff.OpenText(
                offer.id,
                name,
                offer.texts[name].get(SOURCE_LANGUAGE, ""),
                offer.texts[name].get(language, ""),
                state.value,
                f"{offer.text('title', SOURCE_LANGUAGE)} – {FIELD_LABELS[name]}",
            )
            for offer in catalogue.offers.values()
            for name in TEXT_FIELDS
            if (state := offer.text_state(name, language)) in OPEN
        ]
        filename = f"erstkontakt-{language}.xlf"
        return web.Response(
            body=xliff.export(language, open_texts),
            content_type="application/x-xliff+xml",
            headers={
                "Content-Disposition": f'attachment; filename="{filename}"',
                "Cache-Control": "no-store",
            },
        )

    async def import_file(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        upload: Any = form.get("file")
        back = f"{PREFIX}/translations"
        if upload is None or not hasattr(upload, "file"):
            return report(user, ["Bitte eine XLIFF-Datei auswählen."], back)
        try:
            language, units, problems = xliff.parse(upload.file.read(xliff.MAX_BYTES + 1))
        except xliff.XliffError as error:
            return report(user, [str(error)], back)
        if language not in targets():
            return report(user, [f"Unbekannte Zielsprache „{language}“ in der Datei."], back)
        back = f"{back}?lang={language}"
        text = desk.publisher.read(OFFERS_FILE)
        document = y.load(text)
        items = document.get("offers") or []
        taken = 0
        for unit in units:
            found = y.find_item(items, unit.offer_id)
            where = f"{unit.offer_id}/{unit.name}"
            if found is None or unit.name not in TEXT_FIELDS:
                problems.append(f"{where}: gibt es nicht (mehr) – übersprungen.")
                continue
            if " ".join(unit.source.split()) != review_edit.german(found[1], unit.name):
                problems.append(
                    f"{where}: der deutsche Text wurde seit dem Export geändert – bitte neu "
                    "exportieren und übersetzen lassen. Übersprungen."
                )
                continue
            current = str((found[1].get(unit.name) or {}).get(language) or "")
            if unit.target == " ".join(current.split()) and not unit.reviewed:
                continue  # sent back untouched and not confirmed: it stays as it was
            review_edit.set_translation(
                found[1], unit.name, language, unit.target, reviewed=unit.reviewed
            )
            taken += 1
        if taken:
            result = await desk.publisher.publish(
                OFFERS_FILE,
                y.dump(document),
                y.version_of(text),
                user.name,
                f"{taken} Übersetzung(en) {language_de(language)} (XLIFF-Import)",
            )
            if not result.ok:
                problems += [f"{issue.path}: {issue.message}" for issue in result.issues]
                return report(
                    user, ["Nichts übernommen: der Katalog wäre ungültig.", *problems], back
                )
        if problems:
            return report(user, [f"{taken} Text(e) übernommen.", *problems], back)
        raise web.HTTPSeeOther(f"{back}&done=imported&n={taken}")

    def report(user: auth.DeskUser, lines: list[str], back: str) -> web.Response:
        return desk.render(
            "import_report.html",
            user,
            status=422 if len(lines) > 0 else 200,
            section="translations",
            title="Import",
            lines=lines,
            back=back,
        )

    server.add_route("GET", f"{PREFIX}/translations", desk.page(overview))
    server.add_route("GET", f"{PREFIX}/translations/export", desk.page(export))
    server.add_route("POST", f"{PREFIX}/translations/reviewed", desk.page(reviewed))
    server.add_route("POST", f"{PREFIX}/translations/import", desk.page(import_file, publish=True))
