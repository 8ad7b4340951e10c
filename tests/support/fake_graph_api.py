"""A fake WhatsApp Cloud API (Graph API) for tests: the real client talks HTTP to it.

It serves, on 127.0.0.1, what the bot calls (vNN.0: ``API_VERSION``, the bot's default):

    POST /vNN.0/{phone_number_id}/messages   send a message      -> {"messages": [{"id": wamid}]}
    POST /vNN.0/{phone_number_id}/media      upload (multipart)  -> {"id": media id}
    GET  /vNN.0/{media_id}                   where to download   -> {"url": ..., "mime_type": ...}
    GET  /download/{media_id}                the file itself (with the access token)

It records every call, can fail or delay the next ones, and, like Meta, refuses what a real
bot must not send (more than 3 reply buttons, titles over 20 characters, more than 10 list
rows, row titles over 24, bodies over 1024, unknown templates), so it is also an oracle for
the renderer.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.config import GRAPH_API_VERSION
from tests.support.changes import Changes

API_VERSION = GRAPH_API_VERSION
PHONE_NUMBER_ID = "1098765432101"
ACCESS_TOKEN = "EAAG-test-access-token-for-the-fake-graph-api"
DEFAULT_WAIT_SECONDS = 5.0
CLIENT_GONE = 499
"""The status of a delayed call whose caller hung up (was killed) before it was answered."""

# Meta's limits, written out independently of the bot's constants on purpose.
_TEXT_BODY, _INTERACTIVE_BODY = 4096, 1024
_REPLY_BUTTONS, _REPLY_TITLE = 3, 20
_LIST_ROWS, _ROW_TITLE, _ROW_DESCRIPTION, _LIST_BUTTON = 10, 24, 72, 20


@dataclass(frozen=True)
class UploadedFile:
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class GraphCall:
    """One request the bot made; ``status`` is set once answered."""

    kind: str  # messages | media | media_info | download
    body: dict[str, Any]
    file: UploadedFile | None = None
    status: int | None = None
    result: Any = None
    at: float = field(default_factory=time.monotonic)  # when the request arrived

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def answered(self) -> bool:
        return self.status is not None

    @property
    def to(self) -> str | None:
        return self.body.get("to")

    @property
    def type(self) -> str | None:
        return self.body.get("type")

    @property
    def interactive(self) -> dict[str, Any]:
        return self.body.get("interactive") or {}

    @property
    def visible_text(self) -> str:
        """What the person reads: a text, an interactive body, or a template's name."""
        if self.type == "text":
            return str(self.body["text"]["body"])
        if self.type == "interactive":
            return str(self.interactive["body"]["text"])
        return ""

    @property
    def choices(self) -> list[tuple[str, str]]:
        """``(title, id)`` of reply buttons or list rows."""
        action = self.interactive.get("action") or {}
        if self.interactive.get("type") == "button":
            return [(b["reply"]["title"], b["reply"]["id"]) for b in action["buttons"]]
        if self.interactive.get("type") == "list":
            return [(row["title"], row["id"]) for s in action["sections"] for row in s["rows"]]
        return []

    @property
    def template(self) -> dict[str, Any] | None:
        return self.body.get("template")

    @property
    def wamid(self) -> str | None:
        return self.result["messages"][0]["id"] if self.ok and self.kind == "messages" else None


@dataclass(frozen=True)
class Fault:
    status: int | None = None  # None: answer normally (after the delay)
    code: int | None = None
    delay: float = 0.0
    retry_after: int | None = None


class GraphError(Exception):
    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class FakeGraphApi:
    """Start with ``async with FakeGraphApi() as fake``; point WHATSAPP_API_BASE_URL at
    :attr:`base_url`."""

    def __init__(
        self, *, phone_number_id: str = PHONE_NUMBER_ID, token: str = ACCESS_TOKEN
    ) -> None:
        self.phone_number_id = phone_number_id
        self.token = token
        self.calls: list[GraphCall] = []
        self.media: dict[str, tuple[bytes, str]] = {}
        self.templates: set[str] | None = None  # None: every name is approved
        self.closed_windows: set[str] = set()
        self._faults: defaultdict[str, deque[Fault]] = defaultdict(deque)
        self._wamids = itertools.count(1)
        self._media_ids = itertools.count(1)
        self.changes = Changes()
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def __aenter__(self) -> FakeGraphApi:
        app = web.Application(client_max_size=100 * 1024 * 1024)
        app.router.add_post(f"/{API_VERSION}/{{number}}/messages", self._on_messages)
        app.router.add_post(f"/{API_VERSION}/{{number}}/media", self._on_upload)
        app.router.add_get(f"/{API_VERSION}/{{media_id}}", self._on_media_info)
        app.router.add_get("/download/{media_id}", self._on_download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{API_VERSION}"

    # -- scripting ------------------------------------------------------------------------------

    def fail_next(
        self,
        kind: str,
        *,
        status: int,
        code: int | None = None,
        times: int = 1,
        retry_after: int | None = None,
    ) -> None:
        """The next ``times`` calls of ``kind`` (messages, media, media_info, download) fail."""
        for _ in range(times):
            self._faults[kind].append(Fault(status, code, retry_after=retry_after))

    def delay_next(self, kind: str, seconds: float, *, times: int = 1) -> None:
        for _ in range(times):
            self._faults[kind].append(Fault(delay=seconds))

    def clear_faults(self) -> None:
        """What was scripted and not yet met is forgotten."""
        self._faults.clear()

    def add_media(self, data: bytes, mime_type: str) -> str:
        """A file a person sent: downloadable by its media id."""
        media_id = f"in-media-{next(self._media_ids)}"
        self.media[media_id] = (data, mime_type)
        return media_id

    # -- observing ------------------------------------------------------------------------------

    def sent(self, to: str | None = None) -> list[GraphCall]:
        """Messages that went out (to one person)."""
        return [
            c for c in self.calls if c.kind == "messages" and c.ok and (to is None or c.to == to)
        ]

    def calls_of(self, kind: str) -> list[GraphCall]:
        return [call for call in self.calls if call.kind == kind]

    async def wait_until(
        self,
        probe: Callable[[], Any],
        *,
        timeout: float = DEFAULT_WAIT_SECONDS,  # noqa: ASYNC109 - a deadline, checked each wake
    ) -> Any:
        """Re-run ``probe`` after every change until it returns something truthy, or None."""
        return await self.changes.wait_until(probe, timeout=timeout)

    async def wait_quiet(self, seconds: float, *, timeout: float = DEFAULT_WAIT_SECONDS) -> None:  # noqa: ASYNC109
        """Return once no call came in for ``seconds`` (or ``timeout`` passed)."""
        await self.changes.wait_quiet(seconds, timeout=timeout)

    # -- HTTP -----------------------------------------------------------------------------------

    async def _on_messages(self, request: web.Request) -> web.Response:
        body = await request.json()
        return await self._answer(request, GraphCall("messages", body), self._send)

    async def _on_upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        fields = {k: v for k, v in form.items() if not isinstance(v, web.FileField)}
        upload = form.get("file")
        file = (
            UploadedFile(upload.filename, upload.content_type, upload.file.read())
            if isinstance(upload, web.FileField)
            else None
        )
        return await self._answer(request, GraphCall("media", fields, file), self._upload)

    async def _on_media_info(self, request: web.Request) -> web.Response:
        call = GraphCall("media_info", {"media_id": request.match_info["media_id"]})
        return await self._answer(request, call, self._media_info)

    async def _on_download(self, request: web.Request) -> web.Response:
        call = GraphCall("download", {"media_id": request.match_info["media_id"]})
        return await self._answer(request, call, self._download)

    async def _answer(
        self, request: web.Request, call: GraphCall, handler: Callable[[GraphCall], Any]
    ) -> web.Response:
        self.calls.append(call)
        await self._notify()
        fault = self._faults[call.kind].popleft() if self._faults[call.kind] else None
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
            if request.transport is None or request.transport.is_closing():
                call.status = CLIENT_GONE  # the caller died meanwhile: nothing was sent
                await self._notify()
                return web.Response(status=CLIENT_GONE)
        try:
            if request.headers.get("Authorization") != f"Bearer {self.token}":
                raise GraphError(401, 190, "Invalid OAuth access token")
            if (
                "number" in request.match_info
                and request.match_info["number"] != self.phone_number_id
            ):
                raise GraphError(400, 100, "Unknown phone number id")
            if fault is not None and fault.status is not None:
                raise GraphError(fault.status, fault.code or 0, "Injected fault")
            result = handler(call)
        except GraphError as error:
            call.status = error.status
            await self._notify()
            headers = {"Retry-After": str(fault.retry_after)} if fault and fault.retry_after else {}
            body = {
                "error": {"message": error.message, "type": "OAuthException", "code": error.code}
            }
            return web.json_response(body, status=error.status, headers=headers)
        call.result, call.status = (None if isinstance(result, web.Response) else result), 200
        await self._notify()
        return result if isinstance(result, web.Response) else web.json_response(result)

    async def _notify(self) -> None:
        await self.changes.notify()

    # -- methods --------------------------------------------------------------------------------

    def _send(self, call: GraphCall) -> Any:
        body = call.body
        if body.get("messaging_product") != "whatsapp" or not body.get("to"):
            raise GraphError(400, 100, "messaging_product and to are required")
        kind = body.get("type")
        if kind != "template" and body["to"] in self.closed_windows:
            raise GraphError(400, 131047, "Re-engagement message")
        check = _CHECKS.get(str(kind))
        if check is None:
            raise GraphError(400, 131051, f"Unsupported message type {kind}")
        check(self, body)
        return {
            "messaging_product": "whatsapp",
            "contacts": [{"input": body["to"], "wa_id": body["to"]}],
            "messages": [{"id": f"wamid.FAKE{next(self._wamids):06d}"}],
        }

    def _upload(self, call: GraphCall) -> Any:
        if call.file is None or call.body.get("messaging_product") != "whatsapp":
            raise GraphError(400, 100, "file and messaging_product are required")
        media_id = f"out-media-{next(self._media_ids)}"
        self.media[media_id] = (call.file.data, str(call.body.get("type")))
        return {"id": media_id}

    def _media_info(self, call: GraphCall) -> Any:
        media_id = call.body["media_id"]
        if media_id not in self.media:
            raise GraphError(404, 100, "Media not found")
        data, mime_type = self.media[media_id]
        return {
            "messaging_product": "whatsapp",
            "url": f"http://127.0.0.1:{self.port}/download/{media_id}",
            "mime_type": mime_type,
            "file_size": len(data),
            "id": media_id,
        }

    def _download(self, call: GraphCall) -> web.Response:
        self._media_info(call)  # 404 for unknown files
        data, mime_type = self.media[call.body["media_id"]]
        return web.Response(body=data, content_type=mime_type.split(";")[0])


def _check_text(fake: FakeGraphApi, body: dict[str, Any]) -> None:
    text = body.get("text", {}).get("body", "")
    if not text.strip() or len(text) > _TEXT_BODY:
        raise GraphError(400, 131009, "text body empty or too long")


def _check_interactive(fake: FakeGraphApi, body: dict[str, Any]) -> None:
    interactive = body["interactive"]
    text = interactive.get("body", {}).get("text", "")
    if not text.strip() or len(text) > _INTERACTIVE_BODY:
        raise GraphError(400, 131009, "interactive body empty or too long")
    action = interactive["action"]
    if interactive["type"] == "button":
        buttons = action["buttons"]
        titles = [b["reply"]["title"] for b in buttons]
        ids = [b["reply"]["id"] for b in buttons]
        if not 1 <= len(buttons) <= _REPLY_BUTTONS or any(
            len(t) > _REPLY_TITLE or not t for t in titles
        ):
            raise GraphError(400, 131009, "buttons: 1-3, titles 1-20 characters")
    elif interactive["type"] == "list":
        rows = [row for section in action["sections"] for row in section["rows"]]
        ids = [row["id"] for row in rows]
        label = action.get("button", "")
        if not 1 <= len(rows) <= _LIST_ROWS or not 1 <= len(label) <= _LIST_BUTTON:
            raise GraphError(400, 131009, "list: 1-10 rows, button 1-20 characters")
        for row in rows:
            if (
                not 1 <= len(row["title"]) <= _ROW_TITLE
                or len(row.get("description", "")) > _ROW_DESCRIPTION
            ):
                raise GraphError(400, 131009, "row title 1-24, description up to 72 characters")
    else:
        raise GraphError(400, 131009, "unknown interactive type")
    if len(set(ids)) != len(ids):
        raise GraphError(400, 131009, "choice ids must be unique")


def _check_location(fake: FakeGraphApi, body: dict[str, Any]) -> None:
    location = body["location"]
    if not isinstance(location.get("latitude"), float | int) or not isinstance(
        location.get("longitude"), float | int
    ):
        raise GraphError(400, 131009, "latitude and longitude are required")


def _check_media(kind: str) -> Callable[[FakeGraphApi, dict[str, Any]], None]:
    def check(fake: FakeGraphApi, body: dict[str, Any]) -> None:
        media = body.get(kind, {})
        if media.get("id") not in fake.media and not media.get("link"):
            raise GraphError(400, 131053, "Media upload error: unknown media id")

    return check


def _check_template(fake: FakeGraphApi, body: dict[str, Any]) -> None:
    template = body["template"]
    if fake.templates is not None and template.get("name") not in fake.templates:
        raise GraphError(404, 132001, "Template name does not exist in the translation")
    for component in template.get("components", []):
        if any(not p.get("text") for p in component.get("parameters", [])):
            raise GraphError(400, 131008, "Required parameter is missing")


_CHECKS: dict[str, Callable[[FakeGraphApi, dict[str, Any]], None]] = {
    "text": _check_text,
    "interactive": _check_interactive,
    "location": _check_location,
    "image": _check_media("image"),
    "audio": _check_media("audio"),
    "document": _check_media("document"),
    "template": _check_template,
}
