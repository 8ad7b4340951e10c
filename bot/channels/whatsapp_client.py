"""The WhatsApp Cloud API over HTTP: send a message, upload and download media.

A small client on httpx rather than a framework: the bot needs four calls, and every one of
them must retry the same way. Retried: HTTP 429 and 5xx, timeouts and connection errors, and
Meta's rate-limit error codes. Not retried: everything else (an invalid recipient stays one).
Errors carry the HTTP status and Meta's error code only, never a message text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any, TypeVar

import httpx

from bot.dialogue.ids import parse_id

ATTEMPTS = 4
"""Tries per call before giving up."""
BACKOFF_SECONDS = 0.5
"""Pause before the second try; doubled before each further one."""
MAX_BACKOFF_SECONDS = 30.0
"""Longest pause, also for a ``Retry-After`` the server asks for."""
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024
"""What one relayed file may weigh: the Bot API's upload limit for the Telegram side."""

RATE_LIMIT_CODES = frozenset({4, 80007, 130429, 131056})
"""Meta's "too many calls" codes (app, account, number throughput, pair rate): worth waiting."""
TEMPORARY_CODES = frozenset({1, 2, 131000})
"""Meta's unknown and temporary service errors."""
WINDOW_CLOSED_CODE = 131047
"""More than 24 hours since the person last wrote: only a template may go out."""

Sleep = Callable[[float], Awaitable[None]]
T = TypeVar("T")


class WhatsAppApiError(Exception):
    """A call that failed for good: its HTTP status and Meta's error code (if any)."""

    def __init__(self, status: int | None, code: int | None) -> None:
        super().__init__(f"HTTP {status}, error code {code}")
        self.status = status
        self.code = code

    @property
    def retryable(self) -> bool:
        return (
            self.status is None  # no answer at all: timeout, connection
            or self.status == HTTPStatus.TOO_MANY_REQUESTS
            or self.status >= HTTPStatus.INTERNAL_SERVER_ERROR
            or self.code in RATE_LIMIT_CODES | TEMPORARY_CODES
        )


class MediaTooLarge(WhatsAppApiError):
    """A file above :data:`MAX_DOWNLOAD_BYTES`: not fetched."""


class WhatsAppClient:
    """Calls for one business phone number; the access token goes in a header, never a URL."""

    def __init__(
        self,
        base_url: str,
        phone_number_id: str,
        access_token: str,
        *,
        attempts: int = ATTEMPTS,
        backoff: float = BACKOFF_SECONDS,
        timeout: httpx.Timeout = TIMEOUT,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            headers={"Authorization": f"Bearer {access_token}"},
            timeout=timeout,
        )
        self._number = phone_number_id
        self._attempts = attempts
        self._backoff = backoff
        self._sleep = sleep

    async def aclose(self) -> None:
        await self._http.aclose()

    async def send(self, to: str, message: Mapping[str, Any]) -> str:
        """Send one message (text, interactive, location, media, template); its wamid."""
        body = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": to,
            **message,
        }
        answer = await self._json("POST", f"/{self._number}/messages", json=body)
        try:
            return str(answer["messages"][0]["id"])
        except (KeyError, IndexError, TypeError):
            raise WhatsAppApiError(HTTPStatus.OK, None) from None

    async def upload(self, data: bytes, mime_type: str, filename: str) -> str:
        """Upload a file for sending; its media id."""
        answer = await self._json(
            "POST",
            f"/{self._number}/media",
            data={"messaging_product": "whatsapp", "type": mime_type},
            files={"file": (filename, data, mime_type)},
        )
        if not isinstance(answer.get("id"), str):
            raise WhatsAppApiError(HTTPStatus.OK, None)
        return str(answer["id"])

    async def download(self, media_id: str, limit: int = MAX_DOWNLOAD_BYTES) -> tuple[bytes, str]:
        """The bytes and MIME type of a file a person sent (``GET /<media id>``, then its URL)."""
        info = await self._json("GET", f"/{media_id}")
        url, mime_type = info.get("url"), str(info.get("mime_type") or "application/octet-stream")
        if not isinstance(url, str):
            raise WhatsAppApiError(HTTPStatus.OK, None)
        if int(info.get("file_size") or 0) > limit:
            raise MediaTooLarge(HTTPStatus.OK, None)
        return await self._retrying(lambda: self._fetch(url, limit)), mime_type

    async def _json(self, method: str, path: str, **request: Any) -> dict[str, Any]:
        async def once() -> dict[str, Any]:
            response = await self._http.request(method, path, **request)
            _raise_for(response)
            answer = response.json()
            return answer if isinstance(answer, dict) else {}

        return await self._retrying(once)

    async def _fetch(self, url: str, limit: int) -> bytes:
        async with self._http.stream("GET", url) as response:
            if response.is_error:
                await response.aread()
                _raise_for(response)
            data = bytearray()
            async for piece in response.aiter_bytes():
                data += piece
                if len(data) > limit:
                    raise MediaTooLarge(response.status_code, None)
            return bytes(data)

    async def _retrying(self, call: Callable[[], Awaitable[T]]) -> T:
        for attempt in range(1, self._attempts + 1):
            try:
                return await call()
            except httpx.TransportError as error:  # timeouts, refused and reset connections
                failure: WhatsAppApiError = WhatsAppApiError(None, None)
                failure.__cause__ = error
                wait = None
            except _RetryAfter as error:
                failure, wait = error.failure, error.seconds
            except WhatsAppApiError as error:
                failure, wait = error, None
            if not failure.retryable or attempt == self._attempts:
                raise failure
            pause = wait if wait is not None else self._backoff * 2 ** (attempt - 1)
            await self._sleep(min(pause, MAX_BACKOFF_SECONDS))
        raise AssertionError("unreachable: the last attempt raises")


class _RetryAfter(Exception):
    """A failure whose answer said how long to wait."""

    def __init__(self, failure: WhatsAppApiError, seconds: float) -> None:
        super().__init__(str(failure))
        self.failure = failure
        self.seconds = seconds


def _raise_for(response: httpx.Response) -> None:
    if not response.is_error:
        return
    code = None
    try:
        error = response.json().get("error")
        code = error.get("code") if isinstance(error, dict) else None
    except (ValueError, AttributeError):
        pass  # a proxy's HTML error page: the status says enough
    failure = WhatsAppApiError(response.status_code, code if isinstance(code, int) else None)
    retry_after = parse_id(response.headers.get("Retry-After"))
    if retry_after is not None and failure.retryable:
        raise _RetryAfter(failure, float(retry_after))
    raise failure
