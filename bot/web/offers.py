"""Offers, places and closures on the desk: list, edit side by side with German, check,
publish, history and rollback."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.catalogue.issues import ContentIssue
from bot.catalogue.loader import OFFERS_FILE
from bot.catalogue.schedule import WEEKDAYS
from bot.catalogue.texts import SOURCE_LANGUAGE, TEXT_FIELDS
from bot.web import auth, review_edit
from bot.web import yaml_edit as y
from bot.web.desk import PREFIX, form_text
from bot.web.messages_de import german
from bot.web.offer_form import (
    APPOINTMENT_DE,
    APPOINTMENT_NUMBERS,
    BOOKING_DE,
    BOOKING_MODES,
    FIELD_LABELS,
    WEEKDAYS_DE,
    OfferForm,
)

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk


FILE_LABELS = {
    "offers.yaml": "Angebote",
    "locations.yaml": "Orte",
    "closures.yaml": "Schließtage",
    "faq.yaml": "Häufige Fragen",
}


class FieldErrors:
    """Checker issues sorted to the form fields they name (``schedule[0].start``)."""

    def __init__(self, issues: Sequence[ContentIssue], filename: str, prefix: str) -> None:
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.elsewhere: list[str] = []
        self.count = len(issues)
        for issue in issues:
            if issue.file.endswith(filename) and issue.path.startswith(prefix + "."):
                self.by_key[issue.path[len(prefix) + 1 :]].append(german(issue.message))
            else:
                where = f"{issue.file}, Zeile {issue.line}" if issue.line else issue.file
                self.elsewhere.append(f"{where}: {german(issue.message)}")

    def __call__(self, key: str, *, nested: bool = False) -> list[str]:
        """Messages for ``key`` (with ``nested``: also for the fields under it)."""
        if not nested:
            return self.by_key.get(key, [])
        return [
            message
            for found, messages in self.by_key.items()
            if found == key or found.startswith((key + ".", key + "["))
            for message in messages
        ]


NO_ERRORS = FieldErrors((), "", "")


def install(desk: WebDesk, server: WebServer) -> None:
    core = desk.core
    publisher = desk.publisher
    live = core.dialogue.catalogue

    def languages() -> list[str]:
        return list(live.languages)

    def offers_document() -> tuple[str, Any]:
        text = publisher.read(OFFERS_FILE)
        return text, y.load(text)

    async def offer_list(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        catalogue = live.current.catalogue
        now = desk.clock()
        german_texts = core.texts.translator("de")
        rows = []
        for offer in catalogue.offers.values():
            upcoming = offer.next_occurrences(now, 1)
            rows.append(
                {
                    "id": offer.id,
                    "icon": offer.icon,
                    "title": offer.text("title", SOURCE_LANGUAGE),
                    "summary": offer.text("summary", SOURCE_LANGUAGE),
                    "place": offer.location.name,
                    "next": german_texts.when(upcoming[0].start, upcoming[0].end)
                    if upcoming
                    else "kein Termin",
                    "example": offer.example,
                }
            )
        done = {
            "published": "Veröffentlicht. Der Bot antwortet ab jetzt mit der neuen Fassung.",
            "rolledback": "Die letzte Änderung ist zurückgenommen.",
            "unchanged": "Nichts geändert: es gab nichts zu veröffentlichen.",
        }
        return desk.render(
            "offers.html",
            user,
            section="offers",
            title="Angebote",
            offers=rows,
            places=list(catalogue.locations.values()),
            history=[
                (
                    catalogue.calendar.local(version.saved_at),
                    FILE_LABELS.get(version.filename, version.filename),
                )
                for version in publisher.history()[:10]
            ],
            done=done.get(request.query.get("done", "")),
            failed=request.query.get("failed", ""),
        )

    def render_editor(
        user: auth.DeskUser,
        form: OfferForm,
        version: str,
        language: str,
        errors: FieldErrors = NO_ERRORS,
        *,
        status: int = 200,
        checked: bool = False,
    ) -> web.Response:
        catalogue = live.current.catalogue
        return desk.render(
            "offer_edit.html",
            user,
            status=status,
            section="offers",
            title=form.texts.get("title", {}).get(SOURCE_LANGUAGE) or form.id,
            form=form,
            version=version,
            language=language,
            languages=languages(),
            rtl={code: core.dialogue.languages[code].rtl for code in languages()},
            fields=TEXT_FIELDS,
            field_labels=FIELD_LABELS,
            weekdays=list(zip(WEEKDAYS, WEEKDAYS_DE, strict=True)),
            booking_modes=[(mode, BOOKING_DE[mode]) for mode in BOOKING_MODES],
            appointment_numbers=[(k, APPOINTMENT_DE[k]) for k in APPOINTMENT_NUMBERS],
            places=list(catalogue.locations.values()),
            errors=errors,
            checked=checked,
        )

    def chosen_language(request: web.Request, form: Any = None) -> str:
        wanted = (form.get("lang") if form is not None else None) or request.query.get("lang")
        others = [code for code in languages() if code != SOURCE_LANGUAGE]
        return wanted if wanted in others else others[0]

    async def offer_edit(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        text, document = offers_document()
        found = y.find_item(document.get("offers") or [], request.match_info["offer"])
        if found is None:
            raise web.HTTPNotFound(text="Dieses Angebot gibt es nicht.")
        return render_editor(
            user, OfferForm.from_item(found[1]), y.version_of(text), chosen_language(request)
        )

    async def offer_save(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form_data = await request.post()
        offer_id = request.match_info["offer"]
        _, document = offers_document()
        found = y.find_item(document.get("offers") or [], offer_id)
        if found is None:
            raise web.HTTPNotFound(text="Dieses Angebot gibt es nicht.")
        index, item = found
        form = OfferForm.from_form(offer_id, form_data, languages())
        language = chosen_language(request, form_data)
        version = form_text(form_data, "version")
        publish = form_text(form_data, "action") == "publish"
        if publish and not user.may_publish:
            raise web.HTTPForbidden(text="Veröffentlichen darf nur die Redaktion.")
        before = review_edit.snapshot(item, languages())
        changed = form.apply(item)
        review_edit.after_edit(item, before, languages())
        new_text = y.dump(document)
        prefix = f"offers[{index}]"
        if not publish:
            issues = publisher.check(OFFERS_FILE, new_text)
            errors = FieldErrors(issues, OFFERS_FILE, prefix)
            return render_editor(
                user, form, version, language, errors, status=422 if issues else 200, checked=True
            )
        if not changed:
            raise web.HTTPSeeOther(f"{PREFIX}/offers?done=unchanged")
        title = form.texts.get("title", {}).get(SOURCE_LANGUAGE) or offer_id
        result = await publisher.publish(
            OFFERS_FILE, new_text, version, user.name, f"{title} ({', '.join(changed)})"
        )
        if result.conflict:
            # Someone else published meanwhile: saving over it would undo their change.
            return desk.render(
                "message.html",
                user,
                status=409,
                title="Inzwischen geändert",
                text="Während du bearbeitet hast, hat jemand anderes Angebote veröffentlicht. "
                "Damit nichts verloren geht, wurde deine Änderung nicht gespeichert. Bitte das "
                "Angebot neu öffnen und die Änderung noch einmal eintragen.",
                back=f"{PREFIX}/offers/{offer_id}?lang={language}",
            )
        if not result.ok:
            errors = FieldErrors(result.issues, OFFERS_FILE, prefix)
            return render_editor(user, form, version, language, errors, status=422)
        raise web.HTTPSeeOther(f"{PREFIX}/offers?done=published")

    async def rollback(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        ok, message = await publisher.rollback(user.name)
        if ok:
            raise web.HTTPSeeOther(f"{PREFIX}/offers?done=rolledback")
        return desk.render(
            "message.html",
            user,
            status=409,
            title="Nicht zurückgesetzt",
            text=message,
            back=f"{PREFIX}/offers",
        )

    server.add_route("GET", f"{PREFIX}/offers", desk.page(offer_list))
    server.add_route("GET", f"{PREFIX}/offers/{{offer}}", desk.page(offer_edit))
    server.add_route("POST", f"{PREFIX}/offers/{{offer}}", desk.page(offer_save))
    server.add_route("POST", f"{PREFIX}/rollback", desk.page(rollback, publish=True))
