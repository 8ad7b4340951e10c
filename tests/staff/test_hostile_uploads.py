"""A hostile file sent into the staff group (a stolen phone is enough) gets one short refusal,
and people's chats go on while it is checked.

The one reported was 257 bytes (the one below is smaller); its error text was 546,838
characters, sent as 134 messages into the staff group, blocking relays for a minute.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from bot.catalogue import yaml_source
from bot.catalogue.issues import ContentIssue
from bot.channels.telegram_render import TextPart, render_reply
from bot.channels.text_split import CUT_MARK, MAX_TEXT_PARTS
from bot.messages import Reply
from bot.staff import announce
from tests.support.conversation import Chat
from tests.support.staff import staff_core

ALIAS_ANNOUNCEMENT = (
    "offer: &a [x,x,x,x,x,x,x,x,x,x]\n"
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "text:\n"
    "  de: *e\n"
    "  xx: *e\n"
    "  yy: *e\n"
)


async def test_an_alias_bomb_announcement_gets_one_short_refusal(
    database_url: str, tmp_path: Path
) -> None:
    assert len(ALIAS_ANNOUNCEMENT.encode()) < 257
    async with staff_core(database_url, tmp_path) as setup:
        replies = await setup.staff_replies_to_file(ALIAS_ANNOUNCEMENT.encode(), "bombe")

        text = "\n".join(reply.text for reply in replies)
        assert "❌ Neuigkeit nicht gespeichert" in text
        assert "neu.yaml:4: aliases (*name) repeat more than" in text
        assert len(text) < 1000
        assert sum(len(render_reply(reply)) for reply in replies) == 1
        assert not (setup.content / "announcements" / "bombe.yaml").exists()


async def test_other_people_are_answered_while_a_staff_file_is_checked(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check is held inside the parser until another person's /start was answered: on the
    event loop that could never happen (the parser would block the loop that answers)."""
    parsing, answered = threading.Event(), threading.Event()
    seen_while_parsing: list[bool] = []

    def held_parse(path: Path) -> tuple[yaml_source.YamlSource | None, list[ContentIssue]]:
        parsing.set()
        seen_while_parsing.append(answered.wait(timeout=5))
        return yaml_source.read_yaml(path)

    monkeypatch.setattr(announce, "read_yaml", held_parse)
    async with staff_core(database_url, tmp_path) as setup:
        upload = asyncio.create_task(
            setup.staff_replies_to_file(ALIAS_ANNOUNCEMENT.encode(), "bombe")
        )
        assert await asyncio.to_thread(parsing.wait, 5)
        other = Chat(setup.core, "someone-else", channel="telegram")

        async with asyncio.timeout(4):
            assert await other.send("/start")
        answered.set()
        await upload

    assert seen_while_parsing == [True]


def test_no_reply_is_split_into_more_than_a_few_messages() -> None:
    """Any text, however long, is at most MAX_TEXT_PARTS messages; the cut is marked."""
    long_text = "\n".join(f"offers.yaml:{n} offers[{n}]: unknown field" for n in range(50_000))

    parts = render_reply(Reply(text=long_text))

    assert len(parts) == MAX_TEXT_PARTS
    assert isinstance(parts[-1], TextPart)
    assert parts[-1].html.endswith("[…]") and CUT_MARK.strip() == "[…]"
