"""Hostile and odd input: random text, payloads and updates never make an exception escape.

Property-based (hypothesis): every example gets a sensible reply or a deliberate silence.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot.app import CoreApp
from bot.channels.telegram_parse import (
    ButtonTap,
    GroupActivity,
    Ignored,
    ToCore,
    parse_update,
)
from bot.messages import ChannelName, ChatId, Inbound, InboundKind, Reply, storable
from tests.support.conversation import running_core

EXAMPLES = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

SURROGATES: tuple[Literal["Cs"]] = ("Cs",)  # lone surrogates cannot be sent as UTF-8
# Every script people may use, plus controls, bidi marks, emoji and the odd surrogate-free rest.
any_text = st.text(
    alphabet=st.characters(blacklist_categories=SURROGATES),
    min_size=0,
    max_size=300,
) | st.sampled_from(
    [
        "\u202e\u2066 evil \u2069",
        "\x00\x07\x1b[31m",
        "🧵" * 2000,
        "a" * 20_000,
        "/start " + "x" * 500,
        "/start ../../etc/passwd",
        "/start ro-" + "z" * 200,
        "<b>Hacker</b> & *bold*",
        "' OR 1=1; DROP TABLE users; --",
        "ﷺ" * 50,
        "Zoltan \ud83d Kovacs\x00 hier",  # a lone surrogate and a NUL: PostgreSQL refuses both
    ]
)


class Harness:
    """One core and one event loop for all examples (a fresh core per example is too slow)."""

    def __init__(self, database_url: str) -> None:
        self.runner = asyncio.Runner()
        self._context = running_core(database_url)
        self.core: CoreApp = self.runner.run(self._context.__aenter__())

    def handle(self, inbound: Inbound) -> list[Reply]:
        return self.runner.run(self.core.handle(inbound))

    def close(self) -> None:
        self.runner.run(self._context.__aexit__(None, None, None))
        self.runner.close()


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    path: Path = tmp_path_factory.mktemp("hostile") / "bot.sqlite3"
    running = Harness(f"sqlite+aiosqlite:///{path}")
    for step in (
        Inbound(ChannelName("console"), ChatId("served"), text="/start"),
        Inbound(ChannelName("console"), ChatId("served"), InboundKind.ACTION, action="lang:de"),
        Inbound(ChannelName("console"), ChatId("served"), InboundKind.ACTION, action="consent:yes"),
    ):
        running.handle(step)
    yield running
    running.close()


def assert_sensible(harness: Harness, replies: list[Reply]) -> None:
    apology = harness.core.texts.translator("de")._(
        "Sorry, something went wrong. Please try again."
    )
    assert all(isinstance(reply, Reply) for reply in replies)
    assert replies, "a served person always gets an answer"
    assert not any(apology in reply.text for reply in replies), "a turn failed inside the core"
    for reply in replies:
        for button in reply.all_buttons:
            assert len(button.action.encode()) <= 64


@EXAMPLES
@given(text=any_text)
def test_any_text_gets_an_answer(harness: Harness, text: str) -> None:
    replies = harness.handle(Inbound(ChannelName("console"), ChatId("served"), text=text))
    assert_sensible(harness, replies)
    harness.handle(
        Inbound(ChannelName("console"), ChatId("served"), InboundKind.ACTION, action="menu")
    )


@EXAMPLES
@given(
    payload=st.text(max_size=64)
    | st.sampled_from(["offer:", "lang:xx", "book:", "delete:maybe", ":", "appts:999999999999"])
)
def test_forged_button_payloads_get_an_answer(harness: Harness, payload: str) -> None:
    if payload.startswith("delete"):
        payload = "menu"  # a real "delete: yes" would end the test person's data, as it should
    replies = harness.handle(
        Inbound(ChannelName("console"), ChatId("served"), InboundKind.ACTION, action=payload)
    )
    assert_sensible(harness, replies)
    harness.handle(
        Inbound(ChannelName("console"), ChatId("served"), InboundKind.ACTION, action="menu")
    )


@EXAMPLES
@given(
    kind=st.sampled_from(list(InboundKind)),
    text=st.none() | any_text,
    chat=st.text(min_size=1, max_size=40),
)
def test_strangers_sending_anything_get_an_answer(
    harness: Harness, kind: InboundKind, text: str | None, chat: str
) -> None:
    replies = harness.handle(
        Inbound(ChannelName("console"), ChatId(f"new-{chat}"), kind, text=text, action=text)
    )
    assert_sensible(harness, replies)


def _json_values() -> st.SearchStrategy[Any]:
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=30)
    )
    return st.recursive(
        scalars,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3)
        ),
        max_leaves=8,
    )


message_fields = st.fixed_dictionaries(
    {
        "message_id": st.integers(1, 2**31),
        "date": st.integers(0, 2**31),
        "chat": st.fixed_dictionaries(
            {
                "id": st.integers(-(10**13), 10**13),
                "type": st.sampled_from(["private", "group", "supergroup", "channel", "weird"]),
            }
        ),
    },
    optional={
        "from": st.fixed_dictionaries(
            {"id": st.integers(1, 2**40), "is_bot": st.booleans(), "first_name": any_text},
            optional={"language_code": st.text(max_size=12)},
        ),
        "text": any_text,
        "caption": any_text,
        "sticker": st.fixed_dictionaries(
            {
                "file_id": st.text(max_size=20),
                "file_unique_id": st.text(max_size=10),
                "width": st.integers(0, 512),
                "height": st.integers(0, 512),
                "is_animated": st.booleans(),
                "is_video": st.booleans(),
                "type": st.just("regular"),
            }
        ),
        "location": st.fixed_dictionaries(
            {"latitude": st.floats(-90, 90), "longitude": st.floats(-180, 180)}
        ),
        "message_thread_id": st.integers(1, 10**6),
        "unknown_future_field": _json_values(),
    },
)
update_json = st.one_of(
    st.fixed_dictionaries({"message": message_fields}),
    st.fixed_dictionaries({"edited_message": message_fields}),
    st.fixed_dictionaries({"channel_post": message_fields}),
    st.fixed_dictionaries(
        {
            "callback_query": st.fixed_dictionaries(
                {
                    "id": st.text(min_size=1, max_size=10),
                    "chat_instance": st.text(max_size=10),
                    "from": st.fixed_dictionaries(
                        {
                            "id": st.integers(1, 2**40),
                            "is_bot": st.just(False),
                            "first_name": any_text,
                        }
                    ),
                },
                optional={
                    "data": st.text(max_size=64) | st.sampled_from(["htake:²", "x\x00\ud800"]),
                    "message": message_fields,
                },
            )
        }
    ),
    st.dictionaries(
        st.sampled_from(["poll", "chat_join_request", "message_reaction", "whatever"]),
        _json_values(),
        max_size=1,
    ),
)


@EXAMPLES
@given(data=update_json, update_id=st.integers(0, 2**31))
def test_random_updates_parse_to_an_event_or_a_deliberate_ignore(
    data: dict[str, Any], update_id: int
) -> None:
    try:
        update = Update.de_json({"update_id": update_id, **data}, None)
    except Exception:
        return  # PTB itself refuses it: the webhook answers 400 (tests/telegram)

    event = parse_update(update, "ErstkontaktTestBot")

    if isinstance(event, ToCore | ButtonTap | GroupActivity):
        assert event.inbound.update_id == str(update_id), "a redelivery must be recognised"
        assert event.inbound.channel == "telegram" and event.inbound.chat_id
        for value in (event.inbound.text, event.inbound.action, event.inbound.display_name):
            assert value is None or storable(value) == value
    # What each kind of update must become: a person's words reach the core from their own
    # chat, a tap is a tap with its payload, and what the bot does not serve is ignored.
    message, callback = data.get("message"), data.get("callback_query")
    chat_type = message["chat"]["type"] if message is not None else None
    if "edited_message" in data or "channel_post" in data or chat_type in ("channel", "weird"):
        assert isinstance(event, Ignored), f"{event!r} from an update the bot does not serve"
    elif message is not None and chat_type == "private" and message.get("text"):
        assert isinstance(event, ToCore), f"a person's text became {event!r}"
        assert event.inbound.chat_id == str(message["chat"]["id"])
        assert event.inbound.message_ref == str(message["message_id"])
    elif callback is not None and callback.get("data") and "message" not in callback:
        assert isinstance(event, ButtonTap), f"a tap became {event!r}"
        assert event.inbound.action == storable(callback["data"])
        assert event.inbound.chat_id == str(callback["from"]["id"]), "a tap answers its tapper"
    elif not ({"message", "callback_query"} & data.keys()):
        assert isinstance(event, Ignored), f"{sorted(data)} became {event!r}"
