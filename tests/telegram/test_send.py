"""Replies through the real PTB bot against the fake Bot API: what the person receives."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram.constants import FileSizeLimit
from telegram.error import NetworkError
from telegram.ext import ExtBot

from bot.channels import telegram_limits
from bot.channels.telegram import file_base_url
from bot.channels.telegram_limits import RetryingRateLimiter
from bot.channels.telegram_request import JsonRequest
from bot.channels.telegram_send import TelegramSender
from bot.messages import (
    Attachment,
    Button,
    ChatId,
    DeliveryRefused,
    FileTooLarge,
    FileUnavailable,
    Reply,
    Venue,
)
from tests.support.fake_bot_api import TEST_TOKEN, FakeBotApi

CHAT = ChatId("4242")
MENU = ((Button("Meniu", "menu"),),)
VENUE = Venue("Nähcafé", "Mallinckrodtstraße 1, Dortmund", 51.5234, 7.4579)


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as api:
        yield api


@pytest.fixture
async def bot(fake: FakeBotApi) -> AsyncIterator[ExtBot[int]]:
    request = JsonRequest(read_timeout=0.3)  # short, so a delayed answer is a timeout
    async with ExtBot(
        TEST_TOKEN,
        base_url=fake.base_url,
        request=request,
        rate_limiter=RetryingRateLimiter(overall_max_rate=30),
    ) as extbot:
        yield extbot


class BlockedChats:
    def __init__(self) -> None:
        self.chats: list[ChatId] = []

    async def __call__(self, chat_id: ChatId) -> None:
        self.chats.append(chat_id)


@pytest.fixture
def blocked() -> BlockedChats:
    return BlockedChats()


@pytest.fixture
def sender(bot: ExtBot[int], blocked: BlockedChats) -> TelegramSender:
    return TelegramSender(bot, blocked)


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(telegram_limits, "NETWORK_BACKOFF_SECONDS", 0.01)


def delivered(fake: FakeBotApi, method: str = "sendMessage") -> list[str]:
    return [call.visible_text for call in fake.calls_of(method) if call.ok]


async def test_markup_in_content_shows_literally(fake: FakeBotApi, sender: TelegramSender) -> None:
    await sender.send(CHAT, [Reply(text="<b>Hacker</b> & *bold*", buttons=MENU)])

    (call,) = fake.calls_of("sendMessage")
    assert call.ok, "Telegram would reject unescaped HTML"
    assert call.visible_text == "<b>Hacker</b> & *bold*"
    assert call.buttons == [[("Meniu", "menu")]]


async def test_a_long_text_arrives_whole_in_several_messages(
    fake: FakeBotApi, sender: TelegramSender
) -> None:
    # Four long paragraphs: more than one message, within MAX_TEXT_PARTS (a longer text is cut).
    text = "\n\n".join(f"Paragraf {n}: " + "cuvânt " * 400 for n in range(4))

    await sender.send(CHAT, [Reply(text=text, buttons=MENU)])

    calls = fake.calls_of("sendMessage")
    assert len(calls) > 1 and all(call.ok for call in calls)
    assert [bool(call.buttons) for call in calls] == [False] * (len(calls) - 1) + [True]
    assert " ".join(" ".join(delivered(fake)).split()) == " ".join(text.split())


async def test_a_venue_is_a_map_pin(fake: FakeBotApi, sender: TelegramSender) -> None:
    await sender.send(CHAT, [Reply(text="Nähcafé", venue=VENUE)])

    venue = await fake.wait_for("sendVenue")
    assert float(venue.params["latitude"]) == pytest.approx(VENUE.latitude)
    assert float(venue.params["longitude"]) == pytest.approx(VENUE.longitude)
    assert venue.params["title"] == "Nähcafé"


async def test_files_from_disk_and_memory(
    fake: FakeBotApi, sender: TelegramSender, tmp_path: Path
) -> None:
    picture = tmp_path / "cafe.jpg"
    picture.write_bytes(b"\xff\xd8 jpeg")
    reply = Reply(
        image=Attachment("cafe.jpg", "image/jpeg", path=picture),
        audio=Attachment("salut.ogg", "audio/ogg", data=b"OggS voice"),
        document=Attachment("termin.ics", "text/calendar", data=b"BEGIN:VCALENDAR"),
    )

    await sender.send(CHAT, [reply])

    assert [call.method for call in fake.calls if call.method != "getMe"] == [
        "sendPhoto",
        "sendVoice",
        "sendDocument",
    ]
    assert fake.calls_of("sendPhoto")[0].files["photo"].data == b"\xff\xd8 jpeg"
    assert fake.calls_of("sendVoice")[0].files["voice"].data == b"OggS voice"
    assert fake.calls_of("sendDocument")[0].files["document"].filename == "termin.ics"


async def test_a_blocked_person_is_reported_and_not_written_to_again(
    fake: FakeBotApi, sender: TelegramSender, blocked: BlockedChats
) -> None:
    fake.block(CHAT)

    await sender.send(CHAT, [Reply(text="one"), Reply(text="two", venue=VENUE)])

    assert blocked.chats == [CHAT]
    assert [call.method for call in fake.calls if call.method != "getMe"] == ["sendMessage"]


async def test_flood_limit_is_waited_out_and_the_message_arrives_once(
    fake: FakeBotApi, sender: TelegramSender
) -> None:
    fake.fail_next("sendMessage", status=429, retry_after=1)

    await sender.send(CHAT, [Reply(text="Bună")])

    assert [call.status for call in fake.calls_of("sendMessage")] == [429, 200]
    assert delivered(fake) == ["Bună"]


async def test_bad_gateway_and_timeouts_are_retried_a_few_times(
    fake: FakeBotApi, sender: TelegramSender
) -> None:
    fake.fail_next("sendMessage", status=502)
    fake.delay_next("sendMessage", 1.0)  # longer than the read timeout

    await sender.send(CHAT, [Reply(text="Bună")])

    assert len(fake.calls_of("sendMessage")) >= 2
    assert "Bună" in delivered(fake)


async def test_retries_are_bounded(fake: FakeBotApi, sender: TelegramSender) -> None:
    fake.fail_next("sendMessage", status=502, times=telegram_limits.NETWORK_ATTEMPTS + 1)

    with pytest.raises(NetworkError):
        await sender.send(CHAT, [Reply(text="Bună")])

    assert len(fake.calls_of("sendMessage")) == telegram_limits.NETWORK_ATTEMPTS


async def test_a_rejected_message_is_not_retried(fake: FakeBotApi, sender: TelegramSender) -> None:
    fake.fail_next("sendMessage", status=400, description="Bad Request: chat not found")

    with pytest.raises(DeliveryRefused):  # the core's word for "never": an outbox moves on
        await sender.send(CHAT, [Reply(text="Bună")])

    assert len(fake.calls_of("sendMessage")) == 1


@pytest.fixture
async def downloading(fake: FakeBotApi, blocked: BlockedChats) -> AsyncIterator[TelegramSender]:
    """A sender whose bot fetches files from the fake (``/file/bot<token>/<path>``)."""
    async with ExtBot(
        TEST_TOKEN, base_url=fake.base_url, base_file_url=file_base_url(fake.base_url)
    ) as extbot:
        yield TelegramSender(extbot, blocked)


async def test_a_file_is_downloaded_by_its_file_id(
    fake: FakeBotApi, downloading: TelegramSender
) -> None:
    file_id = fake.add_file(b"offers: []\n", file_path="documents/offers.yaml")

    assert await downloading.download(file_id) == b"offers: []\n"


async def test_a_file_above_the_download_limit_or_unknown_is_refused_for_good(
    fake: FakeBotApi, downloading: TelegramSender
) -> None:
    big = fake.add_file(b"", size=FileSizeLimit.FILESIZE_DOWNLOAD + 1)

    with pytest.raises(FileTooLarge):
        await downloading.download(big)
    with pytest.raises(FileUnavailable):
        await downloading.download("a-file-id-telegram-forgot")
    assert downloading.upload_limit("image") == FileSizeLimit.PHOTOSIZE_UPLOAD
    assert downloading.upload_limit("document") == FileSizeLimit.FILESIZE_UPLOAD
