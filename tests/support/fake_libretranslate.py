"""A fake LibreTranslate server for tests: the real client talks HTTP to it on 127.0.0.1.

    GET  /languages   -> [{"code": "de", "name": "German", "targets": [...]}, ...]
    POST /translate   {"q", "source", "target", "format", "api_key"?} -> {"translatedText"}

Like a server with Argos models for our languages except Romani (there is none). A text it
was taught (:meth:`teach`) comes back as taught; any other as ``[de] text`` (the target code
in front), so a test sees what was translated into which language. It can be cut (503 to
everything), held (requests wait until released: a slow server, no timing guesses) and can
ask for an API key.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.support.changes import Changes

LANGUAGES = ("de", "en", "ro", "bg", "ar", "tr", "uk", "fa", "ru")
"""What a LibreTranslate with the Argos models has of ours: everything but Romani."""
DEFAULT_WAIT_SECONDS = 5.0


@dataclass(frozen=True)
class TranslateCall:
    source: str
    target: str
    text: str
    status: int


class FakeLibreTranslate:
    """``async with FakeLibreTranslate() as fake``; point LIBRETRANSLATE_URL at :attr:`url`."""

    def __init__(self, *, api_key: str | None = None, languages: tuple[str, ...] = LANGUAGES):
        self.api_key = api_key
        self.languages = languages
        self.calls: list[TranslateCall] = []
        self.language_calls = 0
        self.down = False  # every request gets 503
        self._taught: dict[tuple[str, str, str], str] = {}
        self._open = asyncio.Event()
        self._open.set()
        self.waiting = 0  # requests held right now
        self.changes = Changes()
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def __aenter__(self) -> FakeLibreTranslate:
        app = web.Application()
        app.router.add_get("/languages", self._on_languages)
        app.router.add_post("/translate", self._on_translate)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.release()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- scripting ------------------------------------------------------------------------------

    def teach(self, text: str, source: str, target: str, translated: str) -> None:
        self._taught[(text, source, target)] = translated

    def hold(self) -> None:
        """From now on requests wait (a slow server) until :meth:`release`."""
        self._open.clear()

    def release(self) -> None:
        self._open.set()

    # -- observing ------------------------------------------------------------------------------

    def translated(self) -> list[TranslateCall]:
        return [call for call in self.calls if call.status == 200]

    async def wait_until(
        self,
        probe: Callable[[], Any],
        *,
        timeout: float = DEFAULT_WAIT_SECONDS,  # noqa: ASYNC109 - a deadline, checked each wake
    ) -> Any:
        return await self.changes.wait_until(probe, timeout=timeout)

    # -- HTTP -----------------------------------------------------------------------------------

    async def _on_languages(self, request: web.Request) -> web.Response:
        await self._wait_if_held()
        self.language_calls += 1
        if self.down:
            return web.json_response({"error": "down"}, status=503)
        codes = list(self.languages)
        return web.json_response([{"code": code, "name": code, "targets": codes} for code in codes])

    async def _on_translate(self, request: web.Request) -> web.Response:
        body = await request.json()
        await self._wait_if_held()
        source, target, text = str(body["source"]), str(body["target"]), str(body["q"])
        status, answer = self._answer(body, source, target, text)
        self.calls.append(TranslateCall(source, target, text, status))
        await self.changes.notify()
        return web.json_response(answer, status=status)

    def _answer(
        self, body: dict[str, Any], source: str, target: str, text: str
    ) -> tuple[int, dict[str, Any]]:
        if self.down:
            return 503, {"error": "down"}
        if self.api_key is not None and body.get("api_key") != self.api_key:
            return 403, {"error": "Invalid API key"}
        for code in (source, target):
            if code not in self.languages:
                return 400, {"error": f"{code} is not supported"}
        if not text.strip():
            return 400, {"error": "Invalid request: missing q parameter"}
        translated = self._taught.get((text, source, target), f"[{target}] {text}")
        return 200, {"translatedText": translated}

    async def _wait_if_held(self) -> None:
        if self._open.is_set():
            return
        self.waiting += 1
        await self.changes.notify()
        try:
            await self._open.wait()
        finally:
            self.waiting -= 1
