"""🔊 Listen end to end: the real bot (long polling) against the fake Bot API.

Mirela records the German course in Romani as a voice note in the staff group and answers it
with ``/audio german-course rom``; the bot fetches it (getFile), checks and keeps it. Ion, who
reads Romani, taps 🔊 under the card and gets her voice note through sendVoice. Ana, who reads
German, gets the synthesised card (espeak-ng), an OGG/Opus file that decodes to speech.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import PROJECT_ROOT
from bot.voice.ogg import read_opus
from bot.voice.synth import tools_installed
from tests.support.bot_process import BotProcess
from tests.support.fake_bot_api import FakeBotApi
from tests.support.ogg_files import opus_file
from tests.support.telegram_scenario import TelegramMediator, TelegramUser, message_update
from tests.telegram.e2e import STARTUP_SECONDS, assert_clean, telegram_env

STAFF_GROUP = -1009876543299
MIRELA = 4343


async def test_a_mediators_recording_reaches_a_romani_reader_by_send_voice(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    shutil.copytree(PROJECT_ROOT / "content", content)
    recording = opus_file(25.0)
    async with FakeBotApi() as fake:
        env = {
            **telegram_env(fake, tmp_path),
            "STAFF_CHAT_ID": str(STAFF_GROUP),
            "STAFF_USER_IDS": str(MIRELA),
            "CONTENT_DIR": str(content),
            "WATCH_CONTENT": "off",
            "VOICE_CACHE_DIR": str(tmp_path / "voice-cache"),
        }
        bot = BotProcess(["run"], env, tmp_path / "bot.log")
        await bot.start()
        try:
            await fake.wait_for("getUpdates", arrived=True, timeout=STARTUP_SECONDS)
            mirela = TelegramMediator(fake, STAFF_GROUP, user_id=MIRELA, first_name="Mirela")
            file_id = fake.add_file(recording, file_path="voice/file_7.oga")
            voice = {"file_id": file_id, "file_unique_id": f"u{file_id}", "duration": 25}
            sent = await mirela.send_update(None, message_update(mirela.user, voice=voice))
            start = len(fake.calls)
            answer = message_update(
                mirela.user, text="/audio german-course rom", reply_to_message=sent["message"]
            )
            await mirela.send_update(None, answer)
            await fake.wait_for("getFile", lambda call: call.params.get("file_id") == file_id)
            # The staff group may hear the start-up warning about the example team at any
            # moment (it is sent in the background); the answer to /audio is the other message.
            stored = await fake.wait_for(
                "sendMessage",
                lambda call: (
                    call.chat_id == str(STAFF_GROUP)
                    and not call.visible_text.startswith("⚠️ Beispiel-Team")
                ),
                start=start,
            )
            assert "✅ Aufnahme gespeichert" in stored.visible_text

            ion = TelegramUser(fake, first_name="Zamfir", language_code=None)
            await ion.send("/start rom-german-course")
            await ion.next_replies()
            await ion.tap(action="fmt:ro")
            await ion.next_replies()
            await ion.tap(action="consent:yes")
            await ion.next_replies()
            await ion.tap("🔊")
            [played] = await ion.next_replies(until=lambda call: call.method == "sendVoice")
            assert played.method == "sendVoice"
            assert fake.files[played.result["voice"]["file_id"]] == recording
        finally:
            returncode = await bot.stop()
    assert returncode == 0, bot.output
    assert_clean(bot.output, private=("Zamfir",))


@pytest.mark.skipif(
    not tools_installed(),
    reason="espeak-ng and opusenc are not installed (apt-get install espeak-ng opus-tools;"
    " .ci/run installs them)",
)
async def test_a_german_reader_hears_the_card_synthesised(tmp_path: Path) -> None:
    async with FakeBotApi() as fake:
        env = {**telegram_env(fake, tmp_path), "VOICE_CACHE_DIR": str(tmp_path / "cache")}
        bot = BotProcess(["run"], env, tmp_path / "bot.log")
        await bot.start()
        try:
            await fake.wait_for("getUpdates", arrived=True, timeout=STARTUP_SECONDS)
            ana = TelegramUser(fake, first_name="Ana", language_code="de")
            await ana.onboard("Deutsch")
            await ana.send("Deutschkurs")
            await ana.next_replies()
            await ana.tap("Anhören")
            replies = await ana.next_replies(
                until=lambda call: call.method == "sendVoice", timeout=60
            )
            [played] = [call for call in replies if call.method == "sendVoice"]
            info = read_opus(fake.files[played.result["voice"]["file_id"]])
            assert 15 < info.seconds < 180
            assert played.button_labels == ["🔊 Immer als Sprachnachricht"]
        finally:
            returncode = await bot.stop()
    assert returncode == 0, bot.output
    assert_clean(bot.output, private=("Deutschkurs",))
