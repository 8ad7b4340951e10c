"""A stored turn whose replies the channel never reported sent (the process died in between):
its redelivery gets those replies, without running the turn again; once sent, it gets nothing."""

from __future__ import annotations

from sqlalchemy import select

from bot.dialogue.messages import ChannelName, ChatId, Inbound, InboundKind
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

        async with core.database.session() as session:
            assert list(await session.scalars(select(OfferView.count))) == [1], "one turn ran"
            row = await session.scalar(
                select(TurnLedger).where(
                    TurnLedger.channel == "console", TurnLedger.update_id == "4711"
                )
            )
            assert row is not None and row.delivered_at is not None
            assert row.replies is None, "the replies are not kept once sent"
