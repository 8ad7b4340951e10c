"""The catalogue by document, end to end: the real bot (long polling) against the fake Bot API.

Sabine edits offers.yaml on her phone and sends it into the staff group: the bot fetches it
(getFile, then the file), checks it, takes it and says what changed. Her next edit has a typo
in a weekday: the bot refuses it with the file and line, and the catalogue stays as it was.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.config import PROJECT_ROOT
from tests.support.bot_process import BotProcess
from tests.support.fake_bot_api import ApiCall, FakeBotApi
from tests.support.telegram_scenario import TelegramMediator, message_update
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean, telegram_env

STAFF_GROUP = -1009876543210
SABINE = 4242
OLD_TITLE = 'de: "Nähcafé"'
NEW_TITLE = 'de: "Nähcafé und Reparatur"'
FRIDAY = '{weekday: friday, start: "14:00", end: "17:00"}'
BROKEN_FRIDAY = '{weekday: Freitag, start: "14:00", end: "17:00"}'


async def send_document(fake: FakeBotApi, sabine: TelegramMediator, data: bytes) -> ApiCall:
    """Sabine sends a file into the group's general chat; the bot's answer there."""
    start = len(fake.calls)
    file_id = fake.add_file(data, file_path=f"documents/offers-{start}.yaml")
    document = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": "offers (1).yaml"}
    await sabine.send_update(None, message_update(sabine.user, document=document))
    await fake.wait_for("getFile", lambda call: call.params.get("file_id") == file_id, start=start)
    return await fake.wait_for(
        "sendMessage", lambda call: call.chat_id == str(STAFF_GROUP), start=start
    )


async def test_staff_send_an_edited_catalogue_and_a_broken_one_into_the_group(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    offers = content / "offers.yaml"
    original = offers.read_text(encoding="utf-8")
    friday_line = next(n for n, line in enumerate(original.splitlines(), 1) if FRIDAY in line)
    async with FakeBotApi() as fake:
        env = {
            **telegram_env(fake, tmp_path),
            "STAFF_CHAT_ID": str(STAFF_GROUP),
            "STAFF_USER_IDS": str(SABINE),
            "CONTENT_DIR": str(content),
            "WATCH_CONTENT": "off",
        }
        bot = BotProcess(["run"], env, tmp_path / "bot.log")
        await bot.start()
        try:
            await fake.wait_for("getUpdates", arrived=True, timeout=STARTUP_SECONDS)
            # The shipped team is the example team: the bot says so in the group as it starts,
            # perhaps only after it began polling. Its answers to Sabine come after that.
            await fake.wait_for("sendMessage", lambda call: "Beispiel-Team" in call.visible_text)
            sabine = TelegramMediator(fake, STAFF_GROUP, user_id=SABINE, first_name="Sabine")

            edited = original.replace(OLD_TITLE, NEW_TITLE)
            taken = await send_document(fake, sabine, edited.encode())

            assert "offers.yaml übernommen" in taken.visible_text
            assert "1 geändert (Nähcafé und Reparatur)" in taken.visible_text
            assert offers.read_text(encoding="utf-8") == edited

            broken = edited.replace(FRIDAY, BROKEN_FRIDAY)
            refused = await send_document(fake, sabine, broken.encode())

            assert "abgelehnt" in refused.visible_text
            assert f"offers.yaml:{friday_line} " in refused.visible_text
            assert "'Freitag' is not a weekday" in refused.visible_text
            assert offers.read_text(encoding="utf-8") == edited, "the good version stays"
        finally:
            returncode = await bot.stop()
    assert returncode == 0, bot.output
    assert_clean(bot.output, private=("Reparatur",))
