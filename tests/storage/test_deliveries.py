"""A stored turn whose replies the channel never reported sent (the process died in between):
its redelivery gets those replies, without running the turn again; once sent, it gets nothing."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.messages import ChannelName, ChatId, Inbound, InboundKind
from bot.storage.models import OfferView, TurnLedger
from tests.support.conversation import Chat, running_core


async def test_a_redelivery_gets_the_stored_replies_until_they_were_sent(database_url: str) -> None:
    async with running_core(database_url) as core:
        ana = Chat(core, "ana")
        await ana.send("/start")
        await ana.press("lang:en")
        await ana.press("consent:yes")
        tap = Inbound(
            ChannelName("console"), ChatId("ana"), InboundKind.ACTION, action="offer:sewing-cafe",
            update_id="4711",
        )  # fmt: skip

        answer = await core.handle(tap)
        assert any(reply.venue for reply in answer)
        assert await core.handle(tap) == answer, "not reported sent: the same replies again"
        await core.delivered(tap)
        assert await core.handle(tap) == [], "sent: the redelivery is dropped"

        async def stored() -> TurnLedger | None:
            async with core.database.session() as session:
                assert list(await session.scalars(select(OfferView.count))) == [1], "one turn ran"
                return await session.scalar(
                    select(TurnLedger).where(
                        TurnLedger.channel == "console", TurnLedger.update_id == "4711"
                    )
                )

        # "Sent" is written with others a moment later (ledger.DeliveryMarks), not at once.
        deadline = asyncio.get_running_loop().time() + 10
        while (row := await stored()) is not None and row.delivered_at is None:
            assert asyncio.get_running_loop().time() < deadline, "the mark was never written"
            await asyncio.sleep(0.05)
        assert row is not None and row.delivered_at is not None
        assert row.replies is None, "the replies are not kept once sent"


async def test_what_was_sent_is_written_down_when_the_bot_stops(database_url: str) -> None:
    """A stop (SIGTERM) right after sending: the "sent" marks waiting to be written in one
    batch are written before the process ends, so a redelivery after a restart gets nothing."""
    tap = Inbound(
        ChannelName("console"), ChatId("bo"), InboundKind.ACTION, action="offer:sewing-cafe",
        update_id="4712",
    )  # fmt: skip
    async with running_core(database_url) as core:
        bo = Chat(core, "bo")
        await bo.send("/start")
        await bo.press("lang:en")
        await bo.press("consent:yes")
        assert await core.handle(tap)
        await core.delivered(tap)
    async with running_core(database_url) as core:
        assert await core.handle(tap) == [], "sent before the stop: not sent again"
