"""The real bot in webhook mode (``python -m bot run --webhook``) on a port of its own.

bot = await start_webhook_bot(fake, tmp_path / "one", DATABASE_URL=url)
status = await bot.post(update)          # as Telegram posts it: with the secret header
await bot.process.stop()
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.bot_process import WEBHOOK_STARTUP_SECONDS, BotProcess
from tests.support.fake_bot_api import FakeBotApi
from tests.support.telegram_scenario import post_to_webhook
from tests.telegram.e2e import telegram_env

SECRET = "webhook-Secret_for-tests-42-long-enough"
PUBLIC_WEBHOOK_URL = "https://erstkontakt.example/telegram"


@dataclass(frozen=True)
class WebhookBot:
    process: BotProcess
    url: str

    async def post(self, update: dict[str, Any]) -> int:
        """POST one update (with its ``update_id``) like Telegram; returns the HTTP status,
        which Telegram receives only once the bot has processed the update."""
        return await post_to_webhook(self.url, update, SECRET)


async def start_webhook_bot(fake: FakeBotApi, workdir: Path, **env: str) -> WebhookBot:
    """Start a bot process and wait until it listens; ``env`` adds or overrides settings."""
    workdir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - a test's own folder, instant
    settings = {
        **telegram_env(fake, workdir),
        # The public address Telegram is told; the bot serves its path on the port it reports.
        "WEBHOOK_URL": PUBLIC_WEBHOOK_URL,
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WATCH_CONTENT": "off",
        **env,
    }
    process = BotProcess(["run", "--webhook"], settings, workdir / "bot.log")
    await process.start()
    await process.wait_until_listening(within=WEBHOOK_STARTUP_SECONDS)
    return WebhookBot(process, f"{process.base_url}/telegram")
