"""The handover as a feature: the team, the person's side, the mediators' commands, the relay.

The team (``content/team.yaml``) is loaded always: its real members are staff in the staff
group and on the web desk. The rest is on when a staff chat is configured (``STAFF_CHAT_ID``);
without one, "Talk to a person" shows the opening hours instead (``views.person_contact``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from functools import partial

from bot.background import running_jobs
from bot.core import FeatureContext
from bot.handover import alerts, views
from bot.handover.cards_in_topic import TopicCards
from bot.handover.flow import HandoverFlow
from bot.handover.held import reply_held
from bot.handover.outbox import Outbox
from bot.handover.relay import POLL_SECONDS, RelayDelivery
from bot.handover.staff_commands import StaffHandover
from bot.handover.team import LiveTeam
from bot.messages import Reply
from bot.path import setup as path_setup
from bot.translation.client import LibreTranslate
from bot.translation.topic import (
    TopicTranslations,
    register_without_server,
    translates_for_team,
)

log = logging.getLogger(__name__)


@asynccontextmanager
async def install(ctx: FeatureContext) -> AsyncIterator[None]:
    """Register the handover and deliver its outbox in the background until the core closes.

    Shares the team and, when on, the delivery (``ctx.part(RelayDelivery)``; tests tick it by
    hand with ``background=False``).
    """
    settings = ctx.settings
    team = LiveTeam(settings.content_dir, ctx.languages.codes)
    ctx.provide(team)

    def real_member(sender: str | None) -> bool:
        """Every mediator in content/team.yaml who is not an example: the shipped example
        team holds no rights until staff replace it."""
        member = team.current.member(sender)
        return member is not None and not member.example

    ctx.desk.also_staff(real_member)
    ctx.on_reply_held(partial(reply_held, ctx))
    if ctx.background:
        ctx.when_running(lambda: warn_about_example_team(ctx, team))
    if settings.staff_chat_id is None:
        yield
        return
    box = Outbox()
    client = LibreTranslate.from_settings(settings) if settings.libretranslate_url else None
    translates = translates_for_team(client) if client is not None else None
    HandoverFlow(box, team, translates).register(ctx.dialogue)
    ctx.dialogue.on_help(lambda t: [t._("I can bring you to a person from our team.")])
    ctx.dialogue.on_keeping(partial(views.kept_by_the_team, days=settings.relay_retention_days))
    staff = StaffHandover(ctx, box, team)
    staff.register(ctx.desk)
    TopicCards(ctx, box, staff).register(ctx.desk)  # /karte, /ort, /antwort, ...
    path_setup.install(ctx, box, team)  # the 9-step path: /schritt, /naechster (bot/path)
    delivery = RelayDelivery(
        database=ctx.database,
        box=box,
        senders=ctx.senders,
        desk=ctx.desk_channel,
        team=team,
        languages=ctx.languages,
        texts=ctx.texts,
        catalogue=ctx.catalogue,
        lease=timedelta(seconds=settings.relay_claim_seconds),
        retention=timedelta(days=settings.relay_retention_days),
        clock=ctx.clock,
        person_facts=ctx.dialogue.person_facts,
    )
    if client is not None:  # translation beside each message, /tr
        TopicTranslations(ctx, box, staff, client).install(delivery)
    else:
        register_without_server(ctx.desk)
    ctx.provide(delivery)
    if not ctx.background:
        yield
        return
    heartbeat = ctx.loops.heartbeat("handover relay", every=POLL_SECONDS)
    waiting = alerts.WaitingAlerts(ctx, team, timedelta(minutes=settings.handover_alert_minutes))
    alerts_beat = ctx.loops.heartbeat("handover alerts", every=alerts.TICK.total_seconds())
    async with running_jobs(
        {
            "handover relay": delivery.run(on_round=heartbeat.beat),
            "handover alerts": waiting.run(on_round=alerts_beat.beat),
        }
    ):
        yield


async def warn_about_example_team(ctx: FeatureContext, team: LiveTeam) -> None:
    """Say loudly, in the log and in the staff group, that content/team.yaml has examples."""
    examples = [member.name for member in team.current.members if member.example]
    if not examples:
        return
    log.warning(
        "content/team.yaml: %d example team member(s) (example: true): they have no staff "
        "rights and are never named to people. Replace them with the real team.",
        len(examples),
    )
    text = (
        "⚠️ Beispiel-Team in content/team.yaml: "
        + ", ".join(examples)
        + ". Diese Einträge haben keine Rechte in dieser Gruppe, und ihre Namen sieht niemand."
        " Bitte durch das echte Team ersetzen (example: true löschen)."
    )
    today = ctx.clock().date().isoformat()
    await ctx.notify_staff([Reply(text=text)], key=f"example-team:{today}")
