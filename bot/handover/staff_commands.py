"""The mediators' side (German): take a chat, hand it on, close it, see the queue, and reply.

Everything a mediator writes in a person's topic goes to the person, except lines starting
with ``!`` (notes for colleagues). Replies to a command appear in the topic it was sent in.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.dialogue.engine import State
from bot.dialogue.ids import parse_id
from bot.handover import cards, cases, views
from bot.handover.cases import Claim, ClosedBy
from bot.handover.flow import STATE
from bot.handover.outbox import Kind, Outbox
from bot.handover.team import LiveTeam, TeamMember
from bot.i18n.translator import Translator
from bot.messages import Inbound, Reply
from bot.staff_desk import StaffDesk, StaffTurn
from bot.storage.models import HandoverCase, User

if TYPE_CHECKING:
    from bot.core import FeatureContext

STAFF_ONLY = "!"
"""A line starting with this stays in the staff topic: a note for colleagues."""
NOT_IN_A_TOPIC = (
    "Bitte im Thema der Person schreiben (oder mit Fallnummer: /take 42; /queue zeigt alle)."
)
ENDED = "Fall #{number} ist schon beendet."


class StaffHandover:
    def __init__(self, core: FeatureContext, outbox: Outbox, team: LiveTeam) -> None:
        self.core = core
        self.outbox = outbox
        self.team = team

    def register(self, desk: StaffDesk) -> None:
        desk.on_command("take", self.take, "Chat übernehmen (im Thema der Person, oder /take 42)")
        desk.on_command("handto", self.hand_to, "@name: Chat an jemanden im Team geben")
        desk.on_command("close", self.close, "[Notiz]: Chat beenden, die Person hat den Bot wieder")
        desk.on_command("queue", self.queue, "offene Chats, die am längsten wartenden zuerst")
        desk.on_action(cards.TAKE, self.take_button)
        desk.on_action(cards.HAND_TO, self.hand_to_button)
        desk.on_other(self.reply_to_person)

    # -- taking and handing on --------------------------------------------------------------

    async def take(self, turn: StaffTurn) -> list[Reply]:
        return await self._take(turn, parse_id(turn.argument.strip().removeprefix("#")))

    async def take_button(self, turn: StaffTurn) -> list[Reply]:
        return await self._take(turn, parse_id(turn.argument))

    async def _take(self, turn: StaffTurn, case_id: int | None) -> list[Reply]:
        member, name = self._mediator(turn.inbound)
        async with self.core.database.session() as session:
            found = await self._case(session, turn, case_id)
            if found is None:
                return [Reply(text=NOT_IN_A_TOPIC)]
            result, case = await cases.claim(session, found.id, _sender(turn), name, turn.now)
            if result is Claim.TAKEN and case is not None:
                await self._tell_person_who_answers(session, case, member, turn.now)
                return [Reply(text=f"✋ {name} hat Fall #{case.id} übernommen.")]
        if result is Claim.ALREADY_YOURS:
            return [Reply(text=f"Fall #{found.id} ist schon bei dir.")]
        if result is Claim.TAKEN_BY_OTHER and case is not None:
            holder = case.claimed_by_name
            return [Reply(text=f"Fall #{found.id} hat schon {holder}. Weitergeben: /handto.")]
        return [Reply(text=ENDED.format(number=found.id))]

    async def hand_to(self, turn: StaffTurn) -> list[Reply]:
        async with self.core.database.session() as session:
            case = await self._case(session, turn, None)
        if case is None:
            return [Reply(text=NOT_IN_A_TOPIC)]
        if not turn.argument:
            return [cards.hand_to_choices(case, self.team.current)]
        member = self.team.current.find(turn.argument)
        if member is None:
            unknown = f"Im Team heißt niemand „{turn.argument}“. /handto allein zeigt eine Liste."
            return [Reply(text=unknown)]
        return await self._hand(turn, case.id, member)

    async def hand_to_button(self, turn: StaffTurn) -> list[Reply]:
        case_text, _, user_id = turn.argument.partition(":")
        case_id, member = parse_id(case_text), self.team.current.member(user_id)
        if case_id is None or member is None:
            return [Reply(text="Dieser Knopf ist veraltet. /handto zeigt die aktuelle Liste.")]
        return await self._hand(turn, case_id, member)

    async def _hand(self, turn: StaffTurn, case_id: int, member: TeamMember) -> list[Reply]:
        async with self.core.database.session() as session:
            result, case = await cases.claim(
                session, case_id, member.user_id, member.name, turn.now, from_colleague=True
            )
            if result is not Claim.TAKEN or case is None:
                return [Reply(text=ENDED.format(number=case_id))]
            await self._tell_person_who_answers(session, case, member, turn.now)
        return [cards.handed_to(member, case)]

    async def _tell_person_who_answers(
        self, session: AsyncSession, case: HandoverCase, member: TeamMember | None, now: datetime
    ) -> None:
        """Update the card and tell the person; only team names (team.yaml) reach people."""
        self.outbox.to_staff(session, case, Kind.CARD_UPDATE, now)
        person = await self._person(session, case)
        self.outbox.notice(
            session,
            case,
            views.mediator_joined(person, member.name if member and not member.example else None),
            now,
        )

    # -- closing and the queue ------------------------------------------------------------------

    async def close(self, turn: StaffTurn) -> list[Reply]:
        _, name = self._mediator(turn.inbound)
        async with self.core.database.session() as session:
            case = await self._case(session, turn, None)
            if case is None:
                return [Reply(text=NOT_IN_A_TOPIC)]
            if not await cases.close(session, case, ClosedBy.STAFF, turn.now):
                return [Reply(text=ENDED.format(number=case.id))]
            # Back to the bot, unless the person has moved on already (a new onboarding, ...).
            await session.execute(
                update(User)
                .where(User.id == case.user_id, User.state == STATE)
                .values(state=State.SERVING.value)
            )
            dialogue = self.core.dialogue
            person = await self._person(session, case)
            catalogue = dialogue.catalogue.current.catalogue
            ended = views.ended(person, catalogue, dialogue.menu_entries)
            self.outbox.notice(session, case, ended, turn.now)
            note = f"✅ Beendet von {name}." + (f"\n📝 {turn.argument}" if turn.argument else "")
            # Into the topic before it closes: the outbox keeps this order.
            self.outbox.to_staff(session, case, Kind.NOTE, turn.now, note)
            self.outbox.to_staff(session, case, Kind.CARD_UPDATE, turn.now)
            self.outbox.to_staff(session, case, Kind.CLOSE_TOPIC, turn.now)
        return []

    async def queue(self, turn: StaffTurn) -> list[Reply]:
        async with self.core.database.session() as session:
            entries = await cases.open_cases(session)
        return [cards.queue(entries, self.core.dialogue.languages, turn.now)]

    # -- replies --------------------------------------------------------------------------------

    async def reply_to_person(self, turn: StaffTurn) -> list[Reply]:
        """A mediator's message in a person's topic goes to the person (``!`` notes stay)."""
        inbound = turn.inbound
        if inbound.thread_id is None:
            return []  # the group's general chat: colleagues talking
        staff_only = (inbound.text or "").lstrip().startswith(STAFF_ONLY)
        async with self.core.database.session() as session:
            owner = await cases.topic_owner(session, inbound.thread_id)
            if owner is None:
                return []  # a topic of the team's own
            case = await cases.open_case_of(session, owner)
            if case is None and not staff_only:
                return [
                    Reply(text="Dieser Chat ist beendet. Die Nachricht ging nicht an die Person.")
                ]
            if case is None or staff_only:
                return []
            await self.take_by_writing(session, turn, case)
            await self.outbox.relay(session, case, inbound, to_staff=False, now=turn.now)
        return []

    async def take_by_writing(
        self, session: AsyncSession, turn: StaffTurn, case: HandoverCase
    ) -> None:
        """Writing to a person is taking their chat: the card and the person learn who answers."""
        if case.claimed_by is not None:
            return
        member, name = self._mediator(turn.inbound)
        result, claimed = await cases.claim(session, case.id, _sender(turn), name, turn.now)
        if result is Claim.TAKEN and claimed is not None:
            await self._tell_person_who_answers(session, claimed, member, turn.now)

    # -- helpers --------------------------------------------------------------------------------

    def _mediator(self, inbound: Inbound) -> tuple[TeamMember | None, str]:
        """The team member writing (if in team.yaml) and the name colleagues see."""
        member = self.team.current.member(inbound.sender_id)
        return member, member.name if member else (inbound.display_name or "Team")

    async def _case(
        self, session: AsyncSession, turn: StaffTurn, case_id: int | None
    ) -> HandoverCase | None:
        """The case a command means: by number, else the open case of the topic it came from."""
        if case_id is not None:
            return await session.get(HandoverCase, case_id)
        if turn.inbound.thread_id is None:
            return None
        owner = await cases.topic_owner(session, turn.inbound.thread_id)
        return None if owner is None else await cases.open_case_of(session, owner)

    async def _person(self, session: AsyncSession, case: HandoverCase) -> Translator:
        """The person's translator, for what the bot tells them about the chat."""
        user = await session.get(User, case.user_id)
        assert user is not None  # the case would have gone with them
        language = user.language or self.core.settings.default_language
        return self.core.texts.translator(language, user.format_language)


def _sender(turn: StaffTurn) -> str:
    return turn.inbound.sender_id or ""
