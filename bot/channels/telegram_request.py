"""How Bot API calls travel: one JSON body per call, files still as multipart.

PTB posts every call as a url-encoded form, and ``urllib.parse.quote`` turns each byte of a
message's text and keyboard into a Python call (about 800 per answered update, measured with
``python -m bench --only telegram-profile``). The Bot API takes ``application/json`` for every
call that uploads no file (https://core.telegram.org/bots/api#making-requests), which the
standard library encodes in C. A call with a file goes through PTB's multipart form as before.
"""

from __future__ import annotations

import json

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

_JSON = "application/json"

SEND_CONNECTIONS = 16
"""Connections to the Bot API at most, for every call but polling (PTB's default is 256).

httpx keeps every connection it opened alive for 5 s, and its pool walks all of them (and,
for each idle one, all of them again) whenever a request starts or ends. In the 50-chat bench
the first taps opened 58 connections (the echo bot: 15), and that walk took a fifth of the
bot's time (py-spy); how many were still open when the measured messages came made the figure
swing between runs. Telegram takes about 30 messages a second from a bot; at a few hundred
milliseconds each, that keeps fewer than 16 connections busy."""

SEND_QUEUE_SECONDS = 30.0
"""How long a call waits for a free connection (PTB's default: 1 s, then the call fails
unsent): a burst waits its turn instead of failing."""


class JsonRequest(HTTPXRequest):
    """PTB's httpx transport, posting the parameters of a call without files as JSON."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if request_data is None or request_data.contains_files:
            return await super().do_request(
                url,
                method,
                request_data,
                read_timeout,
                write_timeout,
                connect_timeout,
                pool_timeout,
            )
        defaults = self._client.timeout
        timeout = httpx.Timeout(
            connect=_given(connect_timeout, defaults.connect),
            read=_given(read_timeout, defaults.read),
            write=_given(write_timeout, defaults.write),
            pool=_given(pool_timeout, defaults.pool),
        )
        body = json.dumps(request_data.parameters, ensure_ascii=False).encode()
        headers = {"User-Agent": self.USER_AGENT, "Content-Type": _JSON}
        try:
            response = await self._client.request(
                method=method, url=url, headers=headers, timeout=timeout, content=body
            )
        except httpx.TimeoutException as error:  # as PTB maps them (HTTPXRequest.do_request)
            if isinstance(error, httpx.PoolTimeout):
                raise TimedOut(
                    message="Pool timeout: all connections in the connection pool are occupied. "
                    "Request was *not* sent to Telegram."
                ) from error
            raise TimedOut from error
        except httpx.HTTPError as error:
            raise NetworkError(f"httpx.{error.__class__.__name__}: {error}") from error
        return response.status_code, response.content


def _given(value: ODVInput[float], default: float | None) -> float | None:
    """A timeout the caller set, else the transport's default (PTB's ``DefaultValue``)."""
    if isinstance(value, DefaultValue):
        return default
    return value
