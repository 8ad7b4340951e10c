"""The webhook: Meta's verification, signed deliveries only, each message answered once.

Refused requests leave nothing behind (every table is counted) and nothing crashes.
"""

from __future__ import annotations

import hashlib
import json
import logging
from http import HTTPStatus

import aiohttp
import pytest
from sqlalchemy import select

from bot.channels.web import MAX_BODY_BYTES
from bot.storage.models import Base, WhatsAppOutbound
from tests.support.settled import until_core_settled
from tests.support.whatsapp_scenario import (
    VERIFY_TOKEN,
    envelope,
    post_payload,
    post_raw,
    reaction_message,
    signature,
    status,
    text_message,
    unknown_message,
)
from tests.whatsapp.conftest import RunningBot

PRIVATE = "Mă numesc Zamfira și locuiesc pe Mallinckrodtstraße"


async def get(url: str, **query: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url, params=query) as response:
        return response.status, await response.text()


async def test_meta_verifies_the_webhook_with_the_verify_token(bot: RunningBot) -> None:
    answer = await get(
        bot.url,
        **{
            "hub.mode": "subscribe",
            "hub.verify_token": VERIFY_TOKEN,
            "hub.challenge": "1158201444",
        },
    )

    assert answer == (HTTPStatus.OK, "1158201444")


@pytest.mark.parametrize(
    "query",
    [
        {"hub.mode": "subscribe", "hub.verify_token": "guessed", "hub.challenge": "1"},
        {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
        {"hub.challenge": "1"},
    ],
)
async def test_a_verification_without_the_token_is_refused(
    bot: RunningBot, query: dict[str, str]
) -> None:
    status_code, text = await get(bot.url, **query)

    assert status_code == HTTPStatus.FORBIDDEN and "1" not in text


@pytest.mark.parametrize(
    "signature_header",
    [
        None,
        "",
        "sha256=",
        "sha1=abc",
        "sha256=" + "0" * 64,
        signature(b"another body"),
        signature(b"{}", "wrong-secret"),
    ],
)
async def test_unsigned_or_wrongly_signed_deliveries_are_refused_and_nothing_is_stored(
    bot: RunningBot, signature_header: str | None, caplog: pytest.LogCaptureFixture
) -> None:
    before = await bot.stored()
    body = json.dumps(envelope(messages=[text_message("40712345678", PRIVATE)])).encode()

    with caplog.at_level(logging.INFO):
        answered = await post_raw(bot.url, body, signature_header)

    assert answered == HTTPStatus.FORBIDDEN
    assert await bot.stored() == before
    assert not bot.graph.calls
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "refused" in logged
    assert "Zamfira" not in logged and "40712345678" not in logged


async def test_an_oversized_body_is_refused_unread(bot: RunningBot) -> None:
    before = await bot.stored()
    body = b'{"object": "whatsapp_business_account", "padding": "' + b"x" * MAX_BODY_BYTES + b'"}'

    answered = await post_raw(bot.url, body, signature(body))

    assert answered == HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    assert await bot.stored() == before


DEEP = b'{"entry": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"  # valid JSON, 100,000 deep


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2, 3]", b"\xff\xfe", b"", DEEP])
async def test_a_signed_body_that_is_no_json_object_is_a_bad_request(
    bot: RunningBot, body: bytes
) -> None:
    before = await bot.stored()

    answered = await post_raw(bot.url, body, signature(body))

    assert answered == HTTPStatus.BAD_REQUEST
    assert await bot.stored() == before


async def test_a_signed_payload_of_an_unexpected_shape_is_acknowledged_and_ignored(
    bot: RunningBot,
) -> None:
    before = await bot.stored()

    answered = await post_payload(
        bot.url, {"object": "whatsapp_business_account", "entry": [{"changes": 7}]}
    )

    assert answered == HTTPStatus.OK  # or Meta would retry it for days
    assert await bot.stored() == before


async def test_a_redelivered_message_is_answered_once(bot: RunningBot) -> None:
    ana = bot.person()
    hello = text_message(ana.wa_id, "Bună")

    await ana.deliver(hello)
    first = await ana.next_replies()
    await ana.deliver(hello)  # Meta retries when our 200 got lost
    await ana.deliver(hello)
    await until_core_settled(bot.core)  # a second answer, were there one, has been sent

    assert first
    assert bot.graph.sent(ana.wa_id) == first
    assert (await bot.stored())["turn_ledger"] == 1


async def test_a_message_id_is_taken_once_even_within_one_payload(bot: RunningBot) -> None:
    ana = bot.person()
    hello = text_message(ana.wa_id, "Bună")

    await ana.deliver(hello, hello)

    first = await ana.next_replies()
    assert bot.graph.sent(ana.wa_id) == first
    assert (await bot.stored())["turn_ledger"] == 1


async def test_status_callbacks_are_recorded_for_our_messages(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    ana = bot.person()
    await ana.send("Bună")
    (picker,) = await ana.next_replies()
    assert picker.wamid is not None

    with caplog.at_level(logging.WARNING):
        for state in ("delivered", "read", "delivered"):  # out of order, as Meta may send them
            await post_payload(bot.url, envelope(statuses=[status(picker.wamid, state, ana.wa_id)]))
        await post_payload(
            bot.url,
            envelope(statuses=[status("wamid.NOT-OURS", "failed", ana.wa_id, error_code=131026)]),
        )

    assert await outbound_status(bot, picker.wamid) == ("read", None)
    assert "131026" not in caplog.text  # not ours: not even logged


async def test_a_failed_message_is_logged_by_its_error_code_only(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    ana = bot.person()
    await ana.send("Bună")
    (picker,) = await ana.next_replies()
    assert picker.wamid is not None

    with caplog.at_level(logging.WARNING):
        await post_payload(
            bot.url,
            envelope(statuses=[status(picker.wamid, "failed", ana.wa_id, error_code=131026)]),
        )

    assert await outbound_status(bot, picker.wamid) == ("failed", 131026)
    assert "error code 131026" in caplog.text
    assert ana.wa_id not in caplog.text


async def test_reactions_are_not_answered_and_unknown_types_get_a_friendly_word(
    bot: RunningBot,
) -> None:
    ana = bot.person()
    await ana.send("Bună")
    (picker,) = await ana.next_replies()

    await ana.deliver(reaction_message(ana.wa_id, picker.wamid or ""), unknown_message(ana.wa_id))

    (answer,) = await ana.next_replies()
    assert answer.type == "interactive"  # the language picker again: nothing chosen yet
    assert (await bot.stored())["turn_ledger"] == 2  # the reaction took no place


async def test_the_log_never_shows_what_people_wrote(
    bot: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    ana = bot.person(name="Zamfira")

    with caplog.at_level(logging.DEBUG):
        await ana.send(PRIVATE)
        await ana.next_replies()

    assert "Zamfira" not in caplog.text and "Mallinckrodt" not in caplog.text
    assert ana.wa_id not in caplog.text


async def test_no_table_keeps_the_profile_name_or_a_message_id(bot: RunningBot) -> None:
    """Message ids encode the phone number: only their hashes are kept."""
    ana = bot.person(name="Zamfira")
    hello = await ana.send("Bună")
    (picker,) = await ana.next_replies()

    async with bot.core.database.session() as session:
        rows = [
            row
            for table in Base.metadata.sorted_tables
            for row in (await session.execute(select(table))).all()
        ]
    stored = repr(rows)
    assert rows
    assert "Zamfira" not in stored
    assert hello["id"] not in stored and str(picker.wamid) not in stored


async def outbound_status(bot: RunningBot, wamid: str) -> tuple[str, int | None]:
    async with bot.core.database.session() as session:
        row = await session.get(WhatsAppOutbound, hashlib.sha256(wamid.encode()).hexdigest())
        assert row is not None
        return row.status, row.error_code
