"""The staff group answers configured staff only; everyone else there is ignored."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.app import open_core
from bot.config import Settings
from bot.messages import ChannelName, ChatId, Inbound, InboundKind, Reply, UserId
from bot.staff_desk import StaffTurn
from tests.support.conversation import FixedClock

STAFF_GROUP = "-100123"


def in_group(text: str, sender: str) -> Inbound:
    return Inbound(
        ChannelName("telegram"),
        ChatId(STAFF_GROUP),
        InboundKind.TEXT,
        text=text,
        sender_id=UserId(sender),
    )


async def test_staff_commands_answer_staff_and_ignore_strangers(tmp_path: Path) -> None:
    settings = replace(
        Settings(),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        staff_chat_id=STAFF_GROUP,
        staff_user_ids=frozenset({"42"}),
    )
    async with open_core(settings, clock=FixedClock(), detect_languages=False) as core:
        seen: list[str] = []

        async def ping(turn: StaffTurn) -> list[Reply]:
            seen.append(turn.argument)
            return [Reply(text="pong")]

        core.desk.on_command("ping", ping, "prüft, ob der Bot lebt")
        assert [r.text for r in await core.handle(in_group("/ping hallo", "42"))] == ["pong"]
        assert seen == ["hallo"]
        assert await core.handle(in_group("/ping", "666")) == [], "a stranger gets silence"
        assert seen == ["hallo"]
        help_text = (await core.handle(in_group("/help", "42")))[0].text
        assert "/ping – prüft, ob der Bot lebt" in help_text
        unknown = (await core.handle(in_group("/frobnicate", "42")))[0].text
        assert "Unbekannter Befehl" in unknown
        # The same stranger writing the bot privately gets the ordinary newcomer welcome.
        private = await core.handle(Inbound(ChannelName("telegram"), ChatId("666"), text="/start"))
        assert any(
            button.action.startswith("lang:") for reply in private for button in reply.all_buttons
        )
