"""Logs that never carry what people wrote: the people using this bot are vulnerable."""

from __future__ import annotations

import logging
import traceback

from telegram import TelegramObject, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

_LOG = logging.getLogger("bot.channels.telegram")

# PTB's loggers that mention whole updates (the update fetcher, the webhook handler).
_UPDATE_LOGGERS = ("telegram.ext.Application", "telegram.ext.Updater")


class _RedactTelegramObjects(logging.Filter):
    """Replace any update or payload argument of a library log line by its type name."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                type(arg).__name__ if isinstance(arg, TelegramObject | dict) else arg
                for arg in record.args
            )
        return True


def keep_library_logs_private() -> None:
    """Silence the library log lines that would reveal message text or the bot token."""
    logging.getLogger("httpx").setLevel(logging.WARNING)  # INFO lines show the token in URLs
    telegram_logger = logging.getLogger("telegram")
    # PTB's DEBUG lines dump whole updates and API parameters.
    telegram_logger.setLevel(max(telegram_logger.getEffectiveLevel(), logging.INFO))
    redact = _RedactTelegramObjects()
    for name in _UPDATE_LOGGERS:
        logging.getLogger(name).addFilter(redact)


async def log_update_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """PTB error handler: name the failure and where it happened, never what was written."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    frames = traceback.extract_tb(error.__traceback__) if error is not None else []
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    _LOG.error("telegram update %s failed: %s at %s", update_id, type(error).__name__, where)


def log_polling_error(error: TelegramError) -> None:
    """Updater error callback: polling keeps going; one line instead of a traceback."""
    _LOG.warning("telegram polling failed: %s", type(error).__name__)
