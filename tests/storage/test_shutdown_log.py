"""A rollback cut short by shutdown is no error for the admin; other pool errors still are."""

from __future__ import annotations

import asyncio
import logging

import pytest

import bot.storage.database  # noqa: F401  (installs the filter)

POOL_LOGGER = "sqlalchemy.pool.impl.AsyncAdaptedQueuePool"


def log_reset_failure(error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        logging.getLogger(POOL_LOGGER).error("Exception during reset or similar", exc_info=True)


def test_a_cancelled_rollback_at_shutdown_logs_no_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR):
        log_reset_failure(asyncio.CancelledError())
    assert "Exception during reset" not in caplog.text


def test_any_other_reset_failure_is_still_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        log_reset_failure(OSError("disk I/O error"))
    assert "Exception during reset" in caplog.text
