"""Flood limits and flaky networks: every Bot API call (except polling) goes through here."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError
from telegram.ext import AIORateLimiter

FLOOD_RETRIES = 3
"""How often one call waits out a 429 ``retry_after`` before giving up."""
NETWORK_ATTEMPTS = 3
"""Attempts per call on timeouts and connection errors (5xx included)."""
NETWORK_BACKOFF_SECONDS = 0.5
"""Pause before the second attempt; doubled before each further one."""

ApiResult = bool | dict[str, Any] | list[dict[str, Any]]


class RetryingRateLimiter(AIORateLimiter):
    """PTB's rate limiter (Telegram's flood limits, ``RetryAfter`` retries) plus a bounded
    number of retries on network errors.

    A retried send whose first attempt did reach Telegram shows twice; for a newcomer waiting
    for an answer a duplicate is better than silence.
    """

    def __init__(self, overall_max_rate: float) -> None:
        # overall_max_rate 0 turns the global limit off (a local Bot API server, benchmarks).
        super().__init__(overall_max_rate=overall_max_rate, max_retries=FLOOD_RETRIES)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, ApiResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> ApiResult:
        attempt = 1
        while True:
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except BadRequest:  # a NetworkError subclass, but asking again cannot help
                raise
            except NetworkError:
                if attempt == NETWORK_ATTEMPTS:
                    raise
                await asyncio.sleep(NETWORK_BACKOFF_SECONDS * 2 ** (attempt - 1))
                attempt += 1
