"""The real bot as a child process (``python -m bot ...``), for end-to-end tests.

Output goes to a file (no pipe can fill up and stall the bot); every wait has a deadline;
the process is always stopped, killed if it does not stop in time.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from bot.config import PROJECT_ROOT

STOP_SECONDS = 10.0
LISTENING = re.compile(r"health and metrics on port (\d+)")
"""The line the bot logs once its server listens (bot/channels/run.py), with the real port."""
# Settings that must come from the test, never from the developer's shell.
_CLEARED = (
    "TELEGRAM_", "WEBHOOK_", "WHATSAPP_", "STAFF_", "DATABASE_URL", "PORT", "LOG_MESSAGE_TEXT",
    "BOT_CLOCK_FILE", "REMINDER_TICK_SECONDS", "RELAY_", "CONTENT_DIR", "PERSON_MESSAGE",
    "JOB_CLAIM_SECONDS", "ANNOUNCE_", "REDIS_URL",
)  # fmt: skip


class BotProcess:
    def __init__(self, args: Sequence[str], env: Mapping[str, str], output: Path) -> None:
        self.args = list(args)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(_CLEARED)}
        # The embedding model has its own tests; here it would only burn CPU warming up.
        self.env.setdefault("UNDERSTANDING_MODEL", "off")
        self.env.update(env)
        # Health and metrics listen in every mode. Port 0: the system picks a free port while
        # the bot binds it (no window for another test to take it), and the bot logs which.
        self.env["PORT"] = "0"
        self.env.setdefault("WEBHOOK_LISTEN", "127.0.0.1")
        self.output_path = output
        self._process: asyncio.subprocess.Process | None = None
        self._port: int | None = None

    async def start(self) -> None:
        with self.output_path.open("wb") as output:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                *self.args,
                cwd=PROJECT_ROOT,
                env=self.env,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=output,
                stderr=asyncio.subprocess.STDOUT,
            )

    @property
    def output(self) -> str:
        """Everything the bot printed (stdout and stderr) so far."""
        return self.output_path.read_text(encoding="utf-8", errors="replace")

    @property
    def port(self) -> int:
        """The port the bot listens on, once :meth:`wait_until_listening` has read it."""
        if self._port is None:
            raise AssertionError("the bot's port is not known yet: wait_until_listening first")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def wait_until_listening(self, *, within: float) -> int:
        """Until the bot logs the port it listens on; fails early if the bot died."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            found = LISTENING.search(self.output)
            if found is not None:
                self._port = int(found[1])
                return self._port
            if not self.running:
                raise AssertionError(f"the bot exited:\n{self.output}")
            await asyncio.sleep(0.05)
        raise AssertionError(f"the bot did not report a port after {within}s:\n{self.output}")

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.returncode is None

    def kill_now(self) -> None:
        """SIGKILL sent at once, without waiting (e.g. right after an HTTP answer)."""
        if self._process is not None and self._process.returncode is None:
            self._process.kill()

    async def kill(self) -> None:
        """SIGKILL: a crash with no chance to finish anything (a power cut, the OOM killer)."""
        if self._process is not None and self._process.returncode is None:
            self._process.kill()
            await self._process.wait()

    async def wait(self, within: float) -> int | None:
        """Until a one-off command (``python -m bot announce …``) exits; killed after ``within``."""
        process = self._process
        if process is None:
            return None
        try:
            await asyncio.wait_for(process.wait(), within)
        except TimeoutError:
            process.kill()
            await process.wait()
        return process.returncode

    async def stop(self) -> int | None:
        """SIGTERM, as ``docker stop`` sends; SIGKILL after :data:`STOP_SECONDS`."""
        process = self._process
        if process is None:
            return None
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), STOP_SECONDS)
            except TimeoutError:
                process.kill()
                await process.wait()
        return process.returncode


WEBHOOK_STARTUP_SECONDS = 60.0


@asynccontextmanager
async def running_bot(
    args: Sequence[str],
    env: Mapping[str, str],
    workdir: Path,
    *,
    ready: Awaitable[object] | None = None,
    listening: bool = False,
) -> AsyncIterator[BotProcess]:
    """``python -m bot ARGS`` for the block; it must then stop cleanly (exit 0).

    ``ready``, if given, is awaited first (e.g. the fake Bot API seeing getUpdates or
    setWebhook); with ``listening``, the block starts once the bot reported its port
    (``process.port``).
    """
    process = BotProcess(args, env, workdir / "bot.log")
    await process.start()
    try:
        if listening:
            await process.wait_until_listening(within=WEBHOOK_STARTUP_SECONDS)
        if ready is not None:
            await ready
        yield process
    finally:
        returncode = await process.stop()
    assert returncode == 0, process.output


def webhook_process(
    env: Mapping[str, str], workdir: Path, *, ready: Awaitable[object] | None = None
) -> AbstractAsyncContextManager[BotProcess]:
    """``python -m bot run --webhook`` for the block, listening on ``process.port``."""
    return running_bot(["run", "--webhook"], env, workdir, ready=ready, listening=True)
