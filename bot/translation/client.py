"""A small client for a self-hosted LibreTranslate server: ``/translate`` and ``/languages``.

People's messages must not go to a cloud service, so the server is the organisation's own
(``LIBRETRANSLATE_URL``). Nothing here logs or keeps a text: errors carry the status only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

from bot.config import Settings

LANGUAGES_KEPT_SECONDS = 3600.0
"""How long the server's language list is trusted before it is asked again."""


class TranslationUnavailable(Exception):
    """The server did not translate now (down, slow, overloaded): try again later."""


class LanguageNotOffered(Exception):
    """The server cannot translate this language at all (no model installed)."""


class LibreTranslate:
    """Translates short texts; one HTTP connection pool for the process."""

    def __init__(
        self,
        base_url: str,
        *,
        api_key: str | None = None,
        timeout_seconds: float = 10.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout_seconds = timeout_seconds
        self._monotonic = monotonic
        self._languages: frozenset[str] | None = None
        self._languages_until = 0.0

    @classmethod
    def from_settings(cls, settings: Settings) -> LibreTranslate:
        assert settings.libretranslate_url is not None
        return cls(
            settings.libretranslate_url,
            api_key=settings.libretranslate_api_key,
            timeout_seconds=settings.libretranslate_timeout_seconds,
        )

    async def languages(self) -> frozenset[str]:
        """The codes the server translates from and to (cached for an hour)."""
        if self._languages is not None and self._monotonic() < self._languages_until:
            return self._languages
        data = await self._call("GET", "/languages", None)
        if not isinstance(data, list):
            raise TranslationUnavailable("unexpected /languages answer")
        codes = frozenset(
            str(entry["code"]) for entry in data if isinstance(entry, dict) and "code" in entry
        )
        self._languages, self._languages_until = codes, self._monotonic() + LANGUAGES_KEPT_SECONDS
        return codes

    async def offers(self, language: str) -> bool:
        """Whether the server translates ``language`` (asks it at most once an hour)."""
        return language in await self.languages()

    async def translate(self, text: str, source: str, target: str) -> str:
        """``text`` from ``source`` into ``target``; raises TranslationUnavailable or
        LanguageNotOffered."""
        if source == target or not text.strip():
            return text
        for language in (source, target):
            if not await self.offers(language):
                raise LanguageNotOffered(language)
        body: dict[str, Any] = {"q": text, "source": source, "target": target, "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        data = await self._call("POST", "/translate", body)
        translated = data.get("translatedText") if isinstance(data, dict) else None
        if not isinstance(translated, str):
            raise TranslationUnavailable("no translatedText in the answer")
        return translated

    async def _call(self, method: str, path: str, body: dict[str, Any] | None) -> Any:
        # A client per call: nothing to close when the bot stops, and a few messages a minute
        # to a server next door cost no noticeable connection set-up.
        try:
            async with httpx.AsyncClient(timeout=self.timeout_seconds) as http:
                response = await http.request(method, self.base_url + path, json=body)
        except httpx.HTTPError as error:  # refused, reset, timed out
            raise TranslationUnavailable(type(error).__name__) from error
        if response.status_code == httpx.codes.BAD_REQUEST and path == "/translate":
            # The server's word for "I have no such language pair" (or an empty text).
            raise LanguageNotOffered(f"HTTP {response.status_code}")
        if response.status_code != httpx.codes.OK:
            raise TranslationUnavailable(f"HTTP {response.status_code}")
        try:
            return response.json()
        except ValueError as error:
            raise TranslationUnavailable("not JSON") from error
