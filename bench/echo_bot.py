"""The baseline for end-to-end figures: a bare python-telegram-bot echo bot.

Same library, same fake Bot API, same harness; it only sends the text back.
Run as ``python -m bench.echo_bot`` with TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL set.
"""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the text back."""
    if update.effective_message is not None and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def main() -> None:
    base_url = os.environ["TELEGRAM_API_BASE_URL"]
    application = (
        ApplicationBuilder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(base_url)
        .concurrent_updates(64)
        .build()
    )
    application.add_handler(MessageHandler(filters.ALL, echo))
    application.run_polling(allowed_updates=[Update.MESSAGE])


if __name__ == "__main__":
    main()
