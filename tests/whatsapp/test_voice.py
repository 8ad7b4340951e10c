"""🔊 Listen on WhatsApp: the voice note is uploaded to the Graph API and sent as audio."""

from __future__ import annotations

import pytest

from bot.voice.ogg import read_opus
from bot.voice.synth import tools_installed
from tests.support.whatsapp_scenario import audio_message
from tests.telegram.content import offer_title
from tests.whatsapp.conftest import RunningBot
from tests.whatsapp.journeys import onboard_in_romanian

pytestmark = pytest.mark.skipif(
    not tools_installed(),
    reason="espeak-ng and opusenc are not installed (apt-get install espeak-ng opus-tools;"
    " .ci/run installs them)",
)


async def test_tapping_listen_uploads_the_card_as_ogg_opus_and_sends_it(bot: RunningBot) -> None:
    ana = bot.person()
    await onboard_in_romanian(ana)
    await ana.send("atelier de cusut")
    card, _pin = await ana.next_replies()
    assert offer_title("sewing-cafe", "ro") in card.visible_text
    assert ("🔊 Ascultă", "listen:offer:sewing-cafe") in card.choices

    await ana.tap(choice_id="listen:offer:sewing-cafe")
    voice, *_ = await ana.next_replies(until=lambda call: call.type == "audio", timeout=60)
    assert voice.type == "audio"
    data, mime_type = bot.graph.media[voice.body["audio"]["id"]]
    assert mime_type.startswith("audio/ogg")
    assert 10 < read_opus(data).seconds < 180


async def test_a_voice_note_is_answered_by_voice_too(bot: RunningBot) -> None:
    ana = bot.person()
    await onboard_in_romanian(ana)
    media_id = bot.graph.add_media(b"OggS", "audio/ogg; codecs=opus")

    await ana.deliver(audio_message(ana.wa_id, media_id))
    answer, voice = await ana.next_replies(until=lambda call: call.type == "audio", timeout=60)

    assert answer.visible_text.startswith("🎤")
    assert any(choice_id == "human" for _, choice_id in answer.choices), "a person, one tap"
    data, _ = bot.graph.media[voice.body["audio"]["id"]]
    assert read_opus(data).seconds > 2
    downloads = [call for call in bot.graph.calls if call.kind in {"media_info", "download"}]
    assert downloads == [], "the person's voice note is not fetched"
