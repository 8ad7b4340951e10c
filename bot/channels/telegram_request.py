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
