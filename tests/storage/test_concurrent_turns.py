"""Many people writing at once: every turn is answered, none fails on a busy database."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.storage.models import User
from tests.support.conversation import Chat, running_core


async def test_forty_people_onboarding_at_once_all_get_their_menu(database_url: str) -> None:
    async with running_core(database_url) as core:
        chats = [Chat(core, f"person-{n}") for n in range(40)]

        async def onboard(chat: Chat) -> str:
            await chat.onboard("English")
            await chat.send("sewing")
            return chat.text

        answers = await asyncio.gather(*(onboard(chat) for chat in chats))
        sewing = core.dialogue.catalogue.current.catalogue.offer("sewing-cafe")
        assert sewing is not None
        assert all(sewing.text("title", "en") in answer for answer in answers), (
            "someone got an error"
        )
        async with core.database.session() as session:
            assert (
                await session.execute(select(func.count()).select_from(User))
            ).scalar_one() == 40
