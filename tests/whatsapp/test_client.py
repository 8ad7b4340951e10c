"""The Cloud API client against the fake Graph API: calls, retries where they help, errors."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from bot.channels.whatsapp_client import MediaTooLarge, WhatsAppApiError, WhatsAppClient
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi

ANA = "40712345678"
HELLO = {"type": "text", "text": {"body": "Bună ziua", "preview_url": False}}


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraphApi]:
    async with FakeGraphApi() as fake:
        yield fake


@pytest.fixture
async def pauses() -> list[float]:
    return []


@pytest.fixture
async def client(graph: FakeGraphApi, pauses: list[float]) -> AsyncIterator[WhatsAppClient]:
    async def sleep(seconds: float) -> None:
        pauses.append(seconds)

    whatsapp = WhatsAppClient(
        graph.base_url, PHONE_NUMBER_ID, ACCESS_TOKEN, sleep=sleep, timeout=httpx.Timeout(0.5)
    )
    yield whatsapp
    await whatsapp.aclose()


async def test_a_message_goes_to_the_number_with_the_token_and_returns_its_wamid(
    graph: FakeGraphApi, client: WhatsAppClient
) -> None:
    wamid = await client.send(ANA, HELLO)

    (call,) = graph.sent()
    assert call.wamid == wamid
    assert call.body == {
        "messaging_product": "whatsapp",
        "recipient_type": "individual",
        "to": ANA,
        **HELLO,
    }


@pytest.mark.parametrize(
    ("status", "code"),
    [(429, None), (500, None), (503, None), (400, 130429), (400, 131056), (400, 4), (500, 131000)],
)
async def test_rate_limits_and_server_errors_are_retried_with_growing_pauses(
    graph: FakeGraphApi, client: WhatsAppClient, pauses: list[float], status: int, code: int | None
) -> None:
    graph.fail_next("messages", status=status, code=code, times=2)

    await client.send(ANA, HELLO)

    assert len(graph.calls_of("messages")) == 3
    assert len(graph.sent()) == 1
    assert pauses == [0.5, 1.0]


async def test_a_retry_after_header_is_honoured(
    graph: FakeGraphApi, client: WhatsAppClient, pauses: list[float]
) -> None:
    graph.fail_next("messages", status=429, retry_after=7)

    await client.send(ANA, HELLO)

    assert pauses == [7.0]


async def test_a_timeout_is_retried(graph: FakeGraphApi, client: WhatsAppClient) -> None:
    graph.delay_next("messages", 1.0)

    await client.send(ANA, HELLO)

    assert len(graph.calls_of("messages")) == 2


@pytest.mark.parametrize(
    ("status", "code"), [(400, 131026), (400, 131047), (401, 190), (404, 132001)]
)
async def test_errors_that_asking_again_cannot_fix_are_not_retried(
    graph: FakeGraphApi, client: WhatsAppClient, status: int, code: int
) -> None:
    graph.fail_next("messages", status=status, code=code)

    with pytest.raises(WhatsAppApiError) as raised:
        await client.send(ANA, HELLO)

    assert (raised.value.status, raised.value.code) == (status, code)
    assert not raised.value.retryable
    assert len(graph.calls_of("messages")) == 1
    assert "Injected" not in str(raised.value)  # Meta's wording stays out of logs


async def test_giving_up_after_the_last_attempt(
    graph: FakeGraphApi, client: WhatsAppClient
) -> None:
    graph.fail_next("messages", status=500, times=10)

    with pytest.raises(WhatsAppApiError) as raised:
        await client.send(ANA, HELLO)

    assert raised.value.status == 500
    assert len(graph.calls_of("messages")) == 4


async def test_a_wrong_token_is_refused(graph: FakeGraphApi) -> None:
    intruder = WhatsAppClient(graph.base_url, PHONE_NUMBER_ID, "stolen?")
    try:
        with pytest.raises(WhatsAppApiError) as raised:
            await intruder.send(ANA, HELLO)
    finally:
        await intruder.aclose()

    assert (raised.value.status, raised.value.code) == (401, 190)


async def test_an_upload_returns_a_media_id_the_api_knows(
    graph: FakeGraphApi, client: WhatsAppClient
) -> None:
    media_id = await client.upload(b"BEGIN:VCALENDAR", "text/calendar", "office-hours.ics")

    (upload,) = graph.calls_of("media")
    assert upload.file is not None
    assert (upload.file.filename, upload.file.data) == ("office-hours.ics", b"BEGIN:VCALENDAR")
    assert upload.body == {"messaging_product": "whatsapp", "type": "text/calendar"}
    assert graph.media[media_id][0] == b"BEGIN:VCALENDAR"


async def test_a_file_a_person_sent_is_downloaded_in_two_steps(
    graph: FakeGraphApi, client: WhatsAppClient
) -> None:
    media_id = graph.add_media(b"OggS voice", "audio/ogg; codecs=opus")

    data, mime_type = await client.download(media_id)

    assert (data, mime_type) == (b"OggS voice", "audio/ogg; codecs=opus")
    assert [call.kind for call in graph.calls] == ["media_info", "download"]


async def test_a_file_too_big_to_relay_is_not_fetched(
    graph: FakeGraphApi, client: WhatsAppClient
) -> None:
    media_id = graph.add_media(b"x" * 2000, "video/mp4")

    with pytest.raises(MediaTooLarge):
        await client.download(media_id, limit=1000)

    assert [call.kind for call in graph.calls] == ["media_info"]


async def test_a_file_that_is_gone_is_an_error(graph: FakeGraphApi, client: WhatsAppClient) -> None:
    with pytest.raises(WhatsAppApiError) as raised:
        await client.download("in-media-404")

    assert raised.value.status == 404
