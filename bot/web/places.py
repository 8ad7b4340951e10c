"""Places (``locations.yaml``) and closures (``closures.yaml``) on the desk.

A closure is two dates, from and to (one day: the same date twice), a reason in German and,
if it is not the whole house, the offers it stops. Other languages of the reason stay as they
are; missing ones fall back to German in the bot.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from aiohttp import web
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from bot.catalogue.loader import CLOSURES_FILE, LOCATIONS_FILE
from bot.catalogue.texts import SOURCE_LANGUAGE
from bot.dialogue.ids import parse_id
from bot.web import auth
from bot.web import yaml_edit as y
from bot.web.desk import PREFIX, form_text
from bot.web.offers import NO_ERRORS, FieldErrors

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.web.desk import WebDesk

NEW = "new"


def _day(text: str) -> Any:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return text  # the check names it at the field


def closure_view(item: Any) -> dict[str, Any]:
    first = item.get("date") or item.get("from") or ""
    last = item.get("date") or item.get("to") or ""
    reason = item.get("reason") or {}
    return {
        "first": str(first),
        "last": str(last),
        "reason": str(reason.get(SOURCE_LANGUAGE) or ""),
        "offers": [str(o) for o in item.get("offers") or []],
        "example": bool(item.get("example")),
    }


def apply_closure(item: CommentedMap, form: Any) -> None:
    first, last = form_text(form, "first"), form_text(form, "last") or form_text(form, "first")
    for key in ("date", "from", "to"):
        item.pop(key, None)
    if first == last:
        item.insert(0, "date", _day(first))
    else:
        item.insert(0, "from", _day(first))
        item.insert(1, "to", _day(last))
    offers = [str(o) for o in form.getall("offers", [])]
    if offers:
        y.set_value(item, "offers", y.flow_list(offers))
    else:
        y.drop(item, "offers")
    reason = item.get("reason")
    if not isinstance(reason, CommentedMap):
        reason = CommentedMap()
        item["reason"] = reason
    y.set_value(reason, SOURCE_LANGUAGE, y.quoted(form_text(form, "reason")))
    if not form.get("example"):
        y.drop(item, "example")


def install(desk: WebDesk, server: WebServer) -> None:
    core = desk.core
    live = core.dialogue.catalogue

    # -- places -----------------------------------------------------------------------------

    async def place_edit(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        text = desk.publisher.read(LOCATIONS_FILE)
        found = y.find_item(y.load(text).get("locations") or [], request.match_info["place"])
        if found is None:
            raise web.HTTPNotFound(text="Diesen Ort gibt es nicht.")
        item = found[1]
        view: dict[str, Any] = {
            key: str(item.get(key, ""))
            for key in ("id", "name", "address", "latitude", "longitude")
        }
        view["example"] = bool(item.get("example"))
        return desk.render(
            "place_edit.html",
            user,
            section="offers",
            title=view["name"],
            place=view,
            version=y.version_of(text),
            errors=NO_ERRORS,
        )

    async def place_save(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        text = desk.publisher.read(LOCATIONS_FILE)
        document = y.load(text)
        found = y.find_item(document.get("locations") or [], request.match_info["place"])
        if found is None:
            raise web.HTTPNotFound(text="Diesen Ort gibt es nicht.")
        index, item = found
        for key in ("name", "address"):
            y.set_value(item, key, form_text(form, key))
        for key in ("latitude", "longitude"):
            raw = form_text(form, key).replace(",", ".")
            try:
                y.set_value(item, key, float(raw))
            except ValueError:
                y.set_value(item, key, raw)
        if not form.get("example"):
            y.drop(item, "example")
        result = await desk.publisher.publish(
            LOCATIONS_FILE,
            y.dump(document),
            form_text(form, "version"),
            user.name,
            f"Ort {form_text(form, 'name')}",
        )
        if result.ok:
            raise web.HTTPSeeOther(f"{PREFIX}/offers?done=published")
        view: dict[str, Any] = {
            key: form_text(form, key) for key in ("name", "address", "latitude", "longitude")
        }
        view["id"] = request.match_info["place"]
        view["example"] = bool(form.get("example"))
        return desk.render(
            "place_edit.html",
            user,
            status=409 if result.conflict else 422,
            section="offers",
            title=view["name"],
            place=view,
            version=form_text(form, "version"),
            errors=FieldErrors(result.issues, LOCATIONS_FILE, f"locations[{index}]"),
            conflict=result.conflict,
        )

    # -- closures ---------------------------------------------------------------------------

    def closures_page(
        user: auth.DeskUser,
        text: str,
        *,
        status: int = 200,
        errors: FieldErrors = NO_ERRORS,
        done: str | None = None,
        conflict: bool = False,
    ) -> web.Response:
        items = y.load(text).get("closures") or [] if text else []
        return desk.render(
            "closures.html",
            user,
            status=status,
            section="offers",
            title="Schließtage",
            closures=[closure_view(item) for item in items],
            offers=desk.offer_choices(),
            version=y.version_of(text),
            errors=errors,
            done=done,
            conflict=conflict,
        )

    def closures_text() -> str:
        path = live.content_dir / CLOSURES_FILE
        return path.read_text(encoding="utf-8") if path.exists() else "closures:\n"

    async def closures(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        done = {"published": "Schließtage gespeichert. Der Bot kennt sie ab jetzt."}
        return closures_page(user, closures_text(), done=done.get(request.query.get("done", "")))

    async def closure_save(request: web.Request, user: auth.DeskUser) -> web.StreamResponse:
        form = await request.post()
        text = closures_text()
        document = y.load(text)
        if document.get("closures") is None:
            document["closures"] = CommentedSeq()
        items = document["closures"]
        which = request.match_info["index"]
        if which == NEW:
            index = len(items)
            item = CommentedMap()
            items.append(item)
            apply_closure(item, form)
            what = f"neuer Schließtag {form_text(form, 'first')}"
        elif (index_or_none := parse_id(which)) is not None and index_or_none < len(items):
            index = index_or_none
            if form_text(form, "action") == "delete":
                del items[index]
                if not items:  # "closures:" alone; an empty flow list would follow a comment
                    document["closures"] = None
                what = "Schließtag gelöscht"
            else:
                apply_closure(items[index], form)
                what = f"Schließtag {form_text(form, 'first')}"
        else:
            raise web.HTTPNotFound(text="Diesen Schließtag gibt es nicht.")
        result = await desk.publisher.publish(
            CLOSURES_FILE, y.dump(document), form_text(form, "version"), user.name, what
        )
        if result.ok:
            raise web.HTTPSeeOther(f"{PREFIX}/closures?done=published")
        return closures_page(
            user,
            text,
            status=409 if result.conflict else 422,
            errors=FieldErrors(result.issues, CLOSURES_FILE, f"closures[{index}]"),
            conflict=result.conflict,
        )

    server.add_route("GET", f"{PREFIX}/places/{{place}}", desk.page(place_edit))
    server.add_route("POST", f"{PREFIX}/places/{{place}}", desk.page(place_save, publish=True))
    server.add_route("GET", f"{PREFIX}/closures", desk.page(closures))
    server.add_route("POST", f"{PREFIX}/closures/{{index}}", desk.page(closure_save, publish=True))
