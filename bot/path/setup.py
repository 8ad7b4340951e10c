"""The 9-step path in a running core: the mediators' commands and buttons, what the person's
"My data" shows about it, and its part in erasing a person. On with the handover (it works in
the person's topic and sends through the handover's outbox)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from bot.dialogue.turn import Turn
from bot.handover.outbox import Outbox
from bot.handover.team import LiveTeam
from bot.path import records
from bot.path.desk import PathDesk
from bot.path.steps import STEPS, LivePath
from bot.storage.models import User

if TYPE_CHECKING:
    from bot.core import FeatureContext


def install(core: FeatureContext, outbox: Outbox, team: LiveTeam) -> LivePath:
    steps = LivePath(core.settings.content_dir, core.dialogue.languages.codes)
    PathDesk(core, outbox, team, steps).register(core.desk)
    core.dialogue.eraser.add(forget)

    async def stored(turn: Turn) -> list[tuple[str, str]]:
        """For "My data": the step our team recorded, and that a note may go with it."""
        latest = await records.current(turn.session, turn.user.id)
        if latest is None:
            return []
        t = turn.t
        step = steps.current.step(latest.step)
        title = f" {step.text('title', t.chain)}" if step else ""
        value = f"{latest.step}/{STEPS}{title} ({t.day(latest.recorded_at)})"
        if any(row.note for row in await records.history(turn.session, turn.user.id)):
            value += ", " + t._("with short notes for our team")
        return [(t._("Your step on the way to work, noted by our team"), value)]

    core.dialogue.on_privacy(stored)
    return steps


async def forget(session: AsyncSession, user: User, now: datetime) -> None:
    """Erase part: every step and note recorded for the person."""
    await records.forget_person(session, user.id)
