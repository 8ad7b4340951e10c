"""The path in the staff group: mediators record the step a person reached (``/schritt 4
[Notiz]`` or the buttons on the case card) and send the person what the next step means
(``/naechster [N]``), in the person's topic. Replies are German and stay in the topic.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dialogue.ids import parse_id
from bot.handover import cases
from bot.handover.outbox import Kind, Outbox
from bot.handover.team import LiveTeam
from bot.messages import Reply
from bot.path import records, views
from bot.path.steps import STEPS, LivePath
from bot.staff_desk import StaffDesk, StaffTurn
from bot.storage.models import HandoverCase, User

if TYPE_CHECKING:
    from bot.core import FeatureContext

NOT_IN_A_TOPIC = "Bitte im Thema der Person schreiben: dort gilt /schritt für diese Person."
USAGE = "So geht es: /schritt 4 (oder /schritt 4 kurze Notiz). Die Schritte: /schritt allein."
GONE = "Diese Person gibt es nicht mehr (ihre Daten sind gelöscht)."


class PathDesk:
    def __init__(
        self, core: FeatureContext, outbox: Outbox, team: LiveTeam, steps: LivePath
    ) -> None:
        self.core = core
        self.outbox = outbox
        self.team = team
        self.steps = steps

    def register(self, desk: StaffDesk) -> None:
        desk.on_command(
            "schritt", self.step, "N [Notiz]: erreichten Schritt des 9-Schritte-Wegs eintragen"
        )
        desk.on_command("naechster", self.explain, "[N]: der Person den nächsten Schritt erklären")
        desk.on_action(views.CHOOSE, self.choose_button)
        desk.on_action(views.SET, self.set_button)
        desk.on_action(views.EXPLAIN, self.explain_button)

    # -- recording ------------------------------------------------------------------------------

    async def step(self, turn: StaffTurn) -> list[Reply]:
        """``/schritt``: the history and the buttons; ``/schritt 4 [note]``: record step 4."""
        number_text, _, note = turn.argument.partition(" ")
        async with self.core.database.session() as session:
            user_id = await self._person_of_topic(session, turn)
            if user_id is None:
                return [Reply(text=NOT_IN_A_TOPIC)]
            if not number_text:
                latest = await records.current(session, user_id)
                rows = await records.history(session, user_id)
                chooser = views.choices(user_id, latest)
                return [Reply(text=views.history(rows, self.core.texts.zone)), chooser]
            number = parse_id(number_text)
            if number is None or not 1 <= number <= STEPS:
                wrong = f"„{number_text[:20]}“ ist kein Schritt von 1 bis {STEPS}. {USAGE}"
                return [Reply(text=wrong)]
            return [await self._record(session, turn, user_id, number, note)]

    async def choose_button(self, turn: StaffTurn) -> list[Reply]:
        user_id = parse_id(turn.argument)
        async with self.core.database.session() as session:
            if user_id is None or await session.get(User, user_id) is None:
                return [Reply(text=GONE)]
            return [views.choices(user_id, await records.current(session, user_id))]

    async def set_button(self, turn: StaffTurn) -> list[Reply]:
        user_text, _, number_text = turn.argument.partition(":")
        user_id, number = parse_id(user_text), parse_id(number_text)
        if number is None or not 1 <= number <= STEPS:
            return [Reply(text=USAGE)]
        async with self.core.database.session() as session:
            if user_id is None or await session.get(User, user_id) is None:
                return [Reply(text=GONE)]
            return [await self._record(session, turn, user_id, number, "")]

    async def _record(
        self, session: AsyncSession, turn: StaffTurn, user_id: int, number: int, note: str
    ) -> Reply:
        member = self.team.current.member(turn.inbound.sender_id)
        by = member.name if member else (turn.inbound.display_name or None)
        row = await records.record(session, user_id, number, turn.now, note=note, by=by)
        case = await cases.open_case_of(session, user_id)
        if case is not None:  # the card at the top of the topic shows the new step
            self.outbox.to_staff(session, case, Kind.CARD_UPDATE, turn.now)
        return views.recorded(row, user_id, self.core.texts.zone)

    # -- explaining the next step to the person -----------------------------------------------

    async def explain(self, turn: StaffTurn) -> list[Reply]:
        wanted = turn.argument.strip()
        number = parse_id(wanted) if wanted else None
        if wanted and (number is None or not 1 <= number <= STEPS):
            usage = f"So geht es: /naechster (der nächste) oder /naechster 1 … {STEPS}."
            return [Reply(text=usage)]
        async with self.core.database.session() as session:
            user_id = await self._person_of_topic(session, turn)
            if user_id is None:
                return [Reply(text=NOT_IN_A_TOPIC)]
            return [await self._explain(session, user_id, number, turn.now)]

    async def explain_button(self, turn: StaffTurn) -> list[Reply]:
        user_id = parse_id(turn.argument)
        async with self.core.database.session() as session:
            if user_id is None or await session.get(User, user_id) is None:
                return [Reply(text=GONE)]
            return [await self._explain(session, user_id, None, turn.now)]

    async def _explain(
        self, session: AsyncSession, user_id: int, number: int | None, now: datetime
    ) -> Reply:
        """Send the person step ``number`` (or the one after their current step) through their
        latest case's outbox lane, so it arrives in order with the mediators' messages."""
        if number is None:
            latest = await records.current(session, user_id)
            if latest is None:
                return Reply(
                    text="Noch kein Schritt eingetragen. Erst /schritt N, oder direkt /naechster N."
                )
            number = min(latest.step + 1, STEPS)
        step = self.steps.current.step(number)
        if step is None:
            return Reply(text=f"Für Schritt {number} steht kein Text in content/path.yaml.")
        user = await session.get(User, user_id)
        case = await _latest_case(session, user_id)
        if user is None or case is None:
            return Reply(text="Die Person hat keinen Chat mit dem Team: nichts geschickt.")
        language = user.language or self.core.settings.default_language
        t = self.core.texts.translator(language, user.format_language)
        self.outbox.notice(session, case, views.next_step(t, step), now)
        return views.explained(step, language, self.core.texts.translator("de"))

    async def _person_of_topic(self, session: AsyncSession, turn: StaffTurn) -> int | None:
        thread = turn.inbound.thread_id
        return None if thread is None else await cases.topic_owner(session, thread)


async def _latest_case(session: AsyncSession, user_id: int) -> HandoverCase | None:
    """The open case, or the last closed one: its outbox lane reaches the person in order."""
    return await session.scalar(
        select(HandoverCase)
        .where(HandoverCase.user_id == user_id)
        .order_by(HandoverCase.closed_at.is_not(None), HandoverCase.opened_at.desc())
        .limit(1)
    )
