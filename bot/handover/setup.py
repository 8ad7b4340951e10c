"""The handover in a running core: the person's side, the mediators' commands, the relay loop.

It is on when a staff chat is configured (``STAFF_CHAT_ID``); without one, "Talk to a person"
shows the opening hours instead (``views.person_contact``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.background import running_jobs
from bot.handover import alerts
from bot.handover.cards_in_topic import TopicCards
from bot.handover.flow import HandoverFlow
from bot.handover.outbox import Outbox
from bot.handover.relay import POLL_SECONDS, RelayDelivery
from bot.handover.staff_commands import StaffHandover
from bot.handover.team import LiveTeam
from bot.translation.client import LibreTranslate
from bot.translation.topic import TopicTranslations

if TYPE_CHECKING:
    from bot.app import CoreApp


@asynccontextmanager
async def running(
    core: CoreApp, team: LiveTeam, *, background: bool = True
) -> AsyncIterator[RelayDelivery | None]:
    """Register the handover and deliver its outbox in the background until the core closes.

    Yields the delivery (tests tick it by hand with ``background=False``), or None when off.
    """
    settings = core.settings
    if settings.staff_chat_id is None:
        yield None
        return
    box = Outbox()
    HandoverFlow(box, team).register(core.dialogue)
    staff = StaffHandover(core, box, team)
    staff.register(core.desk)
    TopicCards(core, box, staff).register(core.desk)  # /karte, /ort, /antwort, ...
    delivery = RelayDelivery(
        database=core.database,
        box=box,
        senders=core.senders,
        desk=lambda: core.desk_channel,
        team=team,
        languages=core.dialogue.languages,
        texts=core.texts,
        catalogue=core.dialogue.catalogue,
        lease=timedelta(seconds=settings.relay_claim_seconds),
        retention=timedelta(days=settings.relay_retention_days),
        clock=core.dialogue.clock,
    )
    if settings.libretranslate_url is not None:  # translation beside each message, /tr
        TopicTranslations(core, box, staff, LibreTranslate.from_settings(settings)).install(
            delivery
        )
    if not background:
        yield delivery
        return
    heartbeat = core.loops.heartbeat("handover relay", every=POLL_SECONDS)
    waiting = alerts.WaitingAlerts(core, team, timedelta(minutes=settings.handover_alert_minutes))
    alerts_beat = core.loops.heartbeat("handover alerts", every=alerts.TICK.total_seconds())
    async with running_jobs(
        {
            "handover relay": delivery.run(on_round=heartbeat.beat),
            "handover alerts": waiting.run(on_round=alerts_beat.beat),
        }
    ):
        yield delivery
