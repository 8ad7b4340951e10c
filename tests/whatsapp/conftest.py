"""WhatsApp tests: the real core and channel on our web server, the fake Graph API behind it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace

import pytest
from sqlalchemy import func, select

from bot.app import CoreApp, open_core
from bot.channels import whatsapp
from bot.channels.web import WebServer
from bot.channels.whatsapp_send import WhatsAppSender
from bot.config import Settings, WhatsAppSettings
from bot.storage.models import Base
from tests.support.conversation import FixedClock
from tests.support.fake_graph_api import ACCESS_TOKEN, PHONE_NUMBER_ID, FakeGraphApi
from tests.support.whatsapp_scenario import APP_SECRET, VERIFY_TOKEN, WhatsAppUser

TEMPLATES = {
    "reminder": {
        "de": {"name": "erinnerung_de", "params": ["when"]},
        "ro": {"name": "reminder_ro", "params": ["when"]},
    },
    "mediator_reply": {"de": "antwort_de", "ro": "raspuns_ro"},
    "notice": {"de": "nachricht_de"},
}


@dataclass
class RunningBot:
    core: CoreApp
    sender: WhatsAppSender
    graph: FakeGraphApi
    clock: FixedClock
    url: str

    def person(self, name: str = "Ana", wa_id: str | None = None) -> WhatsAppUser:
        return WhatsAppUser(self.graph, self.url, name=name, wa_id=wa_id)

    async def stored(self) -> dict[str, int]:
        """Rows per table, for "nothing was stored" checks."""
        async with self.core.database.session() as session:
            return {
                table.name: int(
                    (await session.execute(select(func.count()).select_from(table))).scalar_one()
                )
                for table in Base.metadata.sorted_tables
            }


def whatsapp_settings(graph: FakeGraphApi) -> WhatsAppSettings:
    return WhatsAppSettings(
        phone_number_id=PHONE_NUMBER_ID,
        access_token=ACCESS_TOKEN,
        app_secret=APP_SECRET,
        verify_token=VERIFY_TOKEN,
        api_base_url=graph.base_url,
        templates=json.dumps(TEMPLATES),
        messages_per_second=0,  # no pacing: tests check it with a virtual clock
        recipient_interval_seconds=0,
    )


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraphApi]:
    async with FakeGraphApi() as fake:
        yield fake


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
async def bot(
    database_url: str, graph: FakeGraphApi, clock: FixedClock
) -> AsyncIterator[RunningBot]:
    settings = replace(
        Settings(),
        database_url=database_url,
        whatsapp=whatsapp_settings(graph),
        watch_content=False,
    )
    templates = whatsapp.check_settings(settings)
    async with open_core(settings, clock=clock, detect_languages=False) as core:
        server = WebServer("127.0.0.1", 0)
        async with whatsapp.running(core, server, templates) as sender, server.serving():
            yield RunningBot(core, sender, graph, clock, f"http://127.0.0.1:{server.port}/whatsapp")
