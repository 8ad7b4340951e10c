"""``python -m bot announce FILE --send`` goes the same way as ``/announce``: one durable job per
subscriber, sent at its pace, and nobody twice when it is run again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.announce_trial import NAME, announce_env, news_per_chat, seed_subscribers
from tests.support.bot_process import BotProcess
from tests.support.fake_bot_api import FakeBotApi
from tests.telegram.test_e2e_handover import TEAM

PEOPLE = 20
DONE_SECONDS = 60.0


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


async def announce(env: dict[str, str], workdir: Path, log: str) -> tuple[int | None, str]:
    file = Path(env["CONTENT_DIR"]) / "announcements" / f"{NAME}.yaml"
    process = BotProcess(["announce", str(file), "--send"], env, workdir / log)
    await process.start()
    code = await process.wait(DONE_SECONDS)
    return code, process.output


async def test_the_command_line_sends_to_each_subscriber_once_also_when_run_twice(
    fake: FakeBotApi, tmp_path: Path
) -> None:
    env = announce_env(fake, tmp_path, TEAM, ANNOUNCE_MESSAGES_PER_SECOND="100")
    chats = await seed_subscribers(env["DATABASE_URL"], PEOPLE)

    code, output = await announce(env, tmp_path, "first.log")

    assert code == 0, output
    assert f"wird gesendet an {PEOPLE} Person(en)" in output
    assert f"„{NAME}“ gesendet: {PEOPLE} zugestellt." in output
    assert news_per_chat(fake, chats) == dict.fromkeys(chats, 1)

    code, output = await announce(env, tmp_path, "second.log")

    assert code == 0, output
    assert f"alle {PEOPLE} Empfänger*innen haben sie schon" in output
    assert news_per_chat(fake, chats) == dict.fromkeys(chats, 1), "nobody got it twice"
