"""Updates run in order per chat, while chats run side by side."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.channels.telegram_updates import PerChatUpdateProcessor
from tests.support.telegram_scenario import callback_update, text_update, user_json


def update_from(user_id: int, update_id: int) -> Update:
    data = {"update_id": update_id, **text_update(user_json(user_id, "P", None), "hi")}
    return Update.de_json(data, None)


def tap_from(user_id: int, update_id: int) -> Update:
    """A tap whose message Telegram did not include: only the user names the chat."""
    data = {"update_id": update_id, **callback_update(user_json(user_id, "P", None), "menu", None)}
    return Update.de_json(data, None)


async def test_one_chat_in_arrival_order_other_chats_meanwhile() -> None:
    processor = PerChatUpdateProcessor(max_concurrent_updates=8)
    journal: list[str] = []
    ana_may_finish = asyncio.Event()

    async def work(name: str, hold: asyncio.Event | None = None) -> None:
        journal.append(f"{name} start")
        if hold is not None:
            await hold.wait()
        await asyncio.sleep(0)
        journal.append(f"{name} end")

    async with processor:
        tasks = [
            asyncio.create_task(
                processor.process_update(update_from(1, 1), work("ana-1", ana_may_finish))
            ),
            asyncio.create_task(processor.process_update(tap_from(1, 2), work("ana-2"))),
            asyncio.create_task(processor.process_update(update_from(2, 3), work("bo-1"))),
        ]
        await asyncio.wait_for(tasks[2], timeout=5)  # Bo is served while Ana's first runs
        assert "ana-2 start" not in journal
        ana_may_finish.set()
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=5)

    ana = [entry for entry in journal if entry.startswith("ana")]
    assert ana == ["ana-1 start", "ana-1 end", "ana-2 start", "ana-2 end"]
    assert processor._locks == {}  # idle chats are forgotten


async def test_a_chat_with_many_updates_waiting_takes_no_place_from_other_chats() -> None:
    processor = PerChatUpdateProcessor(max_concurrent_updates=2)
    flood_may_go_on = asyncio.Event()
    done: list[str] = []

    async def work(name: str, hold: asyncio.Event | None = None) -> None:
        if hold is not None:
            await hold.wait()
        done.append(name)

    async with processor:
        flood = [
            asyncio.create_task(
                processor.process_update(update_from(1, n), work(f"flood-{n}", flood_may_go_on))
            )
            for n in range(1, 6)
        ]
        other = asyncio.create_task(processor.process_update(update_from(2, 9), work("other")))
        await asyncio.wait_for(other, timeout=5)  # while the flood's first update still runs
        assert done == ["other"]
        flood_may_go_on.set()
        await asyncio.wait_for(asyncio.gather(*flood), timeout=5)

    assert done[1:] == [f"flood-{n}" for n in range(1, 6)]
