"""The person's side of a handover: asking for a person, talking through the bot, ending it.

While a case is open the handover owns the conversation (an exclusive dialogue state): what
the person sends goes to the staff topic. Until a mediator takes the case the bot also keeps
answering (questions, buttons, the menu) and says the team sees it too, so nobody waits days in
silence; once a mediator has it, the bot does not answer on its own. Only "end" (button or
``/end``) and seeing or deleting one's data (``/privacy``, ``/delete``) still reach the bot;
other buttons and commands get a short "you are writing with our team".
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.commands import command_of
from bot.dialogue import actions
from bot.dialogue.actions import Action
from bot.dialogue.engine import Dialogue, State
from bot.dialogue.turn import Turn
from bot.handover import cards, cases, views
from bot.handover.cases import ClosedBy, NewCase
from bot.handover.hours import answered_in, next_answer_time, who_answers
from bot.handover.outbox import Kind, Outbox, wrote_to_person_since
from bot.handover.team import LiveTeam
from bot.messages import Inbound, InboundKind, Reply
from bot.privacy.redact import redact
from bot.storage.models import HandoverCase, User
from bot.understanding import YesNo

STATE = "with_team"
"""The dialogue state of a person whose chat a mediator has (or is about to have)."""
URGENT = "urgent"  # human:urgent, the button under the emergency numbers
END_COMMAND = "end"
DANGER_NOTE = (
    "🚨 Der Bot hat der Person eben die Notrufnummern gezeigt (112, 110, 116 117, 116 016). "
    "Bitte schnell antworten."
)
"""To the staff topic when a person whose chat is open writes about danger or taps "talk to a
person" under the numbers: the case shows 🚨 from then on (found in a trial: nothing told the
team, the queue showed the case as any other)."""


Translates = Callable[[str], Awaitable[bool]]
"""Whether a machine translates a language for the team now (``bot/translation``)."""


class HandoverFlow:
    dialogue: Dialogue  # set by register: the bot's own answers while nobody has the chat

    def __init__(
        self, outbox: Outbox, team: LiveTeam, translates: Translates | None = None
    ) -> None:
        self.outbox = outbox
        self.team = team
        self.translates = translates  # None: no translation server (LIBRETRANSLATE_URL)

    def register(self, dialogue: Dialogue) -> None:
        self.dialogue = dialogue
        dialogue.on_action(actions.HUMAN, self.ask_for_person)
        dialogue.on_action(actions.END_HANDOVER, self.end_stale)
        dialogue.on_state(STATE, self.with_team, exclusive=True)
        dialogue.on_question(self.before_answer)
        dialogue.on_hours(self.chat_hours)
        dialogue.eraser.add(self.forget)

    async def ask_for_person(self, turn: Turn, tapped: Action) -> list[Reply]:
        """Open a case (or find the open one), tell staff, tell the person who answers when."""
        user, now = turn.user, turn.now
        language = turn.t.code
        new = NewCase(
            language, cards.display_name(turn.inbound.display_name), tapped.argument == URGENT
        )
        case, opened = await cases.open_case(turn.session, user, new, now)
        user.state = STATE
        if opened:
            self.outbox.to_staff(turn.session, case, Kind.CARD, now)
        elif new.urgent:
            self._flag_danger(turn, case)
        nobody = await self._nobody_speaks(turn, tapped.argument)
        return [views.waiting(turn.t, self._answer_time(turn), now, nobody)]

    async def _nobody_speaks(self, turn: Turn, named: str = "") -> views.NobodySpeaks | None:
        """When nobody in the team speaks the person's language, or the one they asked for in
        words (``named``: "someone who speaks Russian"), what they are told instead: in which
        language they are answered, and whether a machine translates for the team. A language
        named that someone speaks does not hide that nobody speaks the chat's: only speakers
        of the chat's language are called (the card says what the person was told)."""
        team, t, languages = self.team.current, turn.t, self.dialogue.languages
        if not team.members:
            return None  # no team in the file: nothing known about its languages
        if named in languages and not team.speakers(named):
            asked = named
        elif not team.speakers(t.code):
            asked = t.code
        else:
            return None
        translated = (
            asked == t.code and self.translates is not None and await self.translates(asked)
        )
        return self._told_nobody_speaks(turn, asked, translated)

    def _told_nobody_speaks(
        self, turn: Turn, asked: str, translated: bool = False
    ) -> views.NobodySpeaks:
        """What a person is told when nobody in the team speaks ``asked``, names in their
        language: in which languages they are answered, and whether a machine translates."""
        t, languages = turn.t, self.dialogue.languages
        answered = answered_in(self.team.current, asked, t.code)
        return views.NobodySpeaks(
            languages.name_in(asked, t.code),
            tuple(languages.name_in(code, t.code) for code in answered),
            translated,
        )

    def _answer_time(self, turn: Turn) -> datetime | None:
        """When someone who speaks the person's language answers next (None: not known)."""
        catalogue = turn.snapshot.catalogue
        return next_answer_time(
            who_answers(self.team.current, turn.t.code),
            turn.now,
            catalogue.closures,
            catalogue.calendar,
        )

    def _acknowledges(self, turn: Turn, text: str) -> bool:
        """A bare "ok", "da", "👍" while waiting: the person took note, and asks nothing (not
        when the bot's last message offered a choice the answer taps)."""
        if self.dialogue.choice_pending(turn):
            return False
        return self.dialogue.understander.bare_answer(text, turn.t.code) is YesNo.YES

    async def with_team(self, turn: Turn) -> list[Reply]:
        """Everything the person sends while a mediator has the chat."""
        inbound = turn.inbound
        case = await cases.open_case_of(turn.session, turn.user.id)
        if case is None:  # a mediator closed it while this message was on its way
            turn.user.state = State.SERVING
            return [views.ended(turn.t, turn.snapshot.catalogue, turn.menu_entries)]
        if _wants_to_end(inbound):
            return await self._end(turn, case)
        command = inbound.kind is InboundKind.ACTION or command_of(inbound) is not None
        typed = inbound.kind is InboundKind.TEXT and not command
        danger = typed and self.dialogue.understander.emergency(inbound.text or "", turn.snapshot)
        if case.claimed_by is None and (typed or command) and not danger:
            # Nobody has taken the chat yet (perhaps days, out of hours): the bot keeps
            # answering, and what the person writes reaches the team as well.
            if typed:
                await self.outbox.relay(turn.session, case, inbound, to_staff=True, now=turn.now)
                if self._acknowledges(turn, inbound.text or ""):
                    nobody = await self._nobody_speaks(turn)
                    answer_at = self._answer_time(turn)
                    return [views.still_waiting(turn.t, answer_at, turn.now, nobody)]
            answer = await self.dialogue.serve_meanwhile(turn)
            return [*answer, views.team_sees_it_too(turn.t, command=command)]
        if typed and not danger and await self._answers_the_bot(turn, case):
            # "ja" to the bot's own last question ("Delete everything?"), asked after the
            # mediator's last message: it taps the button, as it does before anyone took the
            # chat (found in a trial: it went to the mediator and nothing was deleted).
            return await self.dialogue.serve_meanwhile(turn)
        if typed and not danger and self.dialogue.asks_about_their_data(turn, inbound.text or ""):
            # "vreau sa sterg toate datele mele" to a mediator: the "My data" screen with its
            # delete button, as /privacy shows it here, and the team reads the message too
            # (found in a trial: it only reached the mediator, who cannot delete anything).
            await self.outbox.relay(turn.session, case, inbound, to_staff=True, now=turn.now)
            answer = await self.dialogue.serve_meanwhile(turn)
            return [*answer, views.team_sees_it_too(turn.t, command=False)]
        tapped = actions.parse_action(inbound.action or "")
        what = self.dialogue.card_button(tapped.kind) if inbound.action else None
        if inbound.kind is InboundKind.ACTION and what is not None:
            # A button of a card a mediator sent (/karte): the bot answers it, the team sees it.
            note = f"👆 Die Person hat getippt: {what} ({tapped.argument})."
            self.outbox.to_staff(turn.session, case, Kind.NOTE, turn.now, note)
            return await self.dialogue.serve_meanwhile(turn)
        if tapped.kind == actions.HUMAN and tapped.argument == URGENT:
            self._flag_danger(turn, case)  # "talk to a person" under the numbers, chat taken
        if command:
            return [views.still_with_team(turn.t)]
        await self.outbox.relay(turn.session, case, inbound, to_staff=True, now=turn.now)
        if danger:  # the bot showed the numbers before this handler ran
            self._flag_danger(turn, case)
        return []

    def _flag_danger(self, turn: Turn, case: HandoverCase) -> None:
        """Tell the team, and mark the case urgent (🚨 on its card and in /queue)."""
        self.outbox.to_staff(turn.session, case, Kind.NOTE, turn.now, DANGER_NOTE)
        if not case.urgent:
            case.urgent = True
            self.outbox.to_staff(turn.session, case, Kind.CARD_UPDATE, turn.now)

    async def _answers_the_bot(self, turn: Turn, case: HandoverCase) -> bool:
        """A typed yes or no to the bot's question, with nothing from the team since it."""
        asked_at = self.dialogue.typed_answer_asked_at(turn, turn.inbound.text or "")
        return asked_at is not None and not await wrote_to_person_since(
            turn.session, case.user_id, asked_at
        )

    async def end_stale(self, turn: Turn, tapped: Action) -> list[Reply]:
        """An "end" button from a chat that is over already."""
        return [views.ended(turn.t, turn.snapshot.catalogue, turn.menu_entries)]

    async def _end(self, turn: Turn, case: HandoverCase) -> list[Reply]:
        turn.user.state = State.SERVING
        if await cases.close(turn.session, case, ClosedBy.PERSON, turn.now):
            for kind, text in (
                (Kind.NOTE, "🔚 Die Person hat den Chat beendet."),
                (Kind.CARD_UPDATE, None),
                (Kind.CLOSE_TOPIC, None),
            ):
                self.outbox.to_staff(turn.session, case, kind, turn.now, text)
        return [views.ended(turn.t, turn.snapshot.catalogue, turn.menu_entries)]

    async def before_answer(self, turn: Turn, question: str) -> list[Reply]:
        """Remember the question for the card staff see when the person asks for someone."""
        await cases.remember_question(turn.session, turn.user.id, redact(question), turn.now)
        return []

    def chat_hours(self, turn: Turn) -> list[str]:
        """For "when are you there?": when someone who speaks the person's language answers
        in this chat (everyone's hours when nobody does)."""
        times = _joined(
            (hours.weekday, hours.start, hours.end)
            for member in who_answers(self.team.current, turn.t.code)
            for hours in member.hours
        )
        if not times:
            return []
        t = turn.t
        return (
            ["💬 " + t._("Our team answers in this chat:")]
            + [f"   • {t.isolate(t.weekly(weekday, start, end))}" for weekday, start, end in times]
            + views.nobody_speaks_lines(t, self._nobody_speaks_now(turn))
        )

    def _nobody_speaks_now(self, turn: Turn) -> views.NobodySpeaks | None:
        """When nobody in the team speaks the chat's language: said with the chat's hours too,
        as when the chat opens (found: "when are you there?" in Persian showed the hours of
        people who do not speak it, and said nothing of that). Whether a machine translates is
        not asked here (the hours are answered at once); the chat's opening says it."""
        team = self.team.current
        if not team.members or team.speakers(turn.t.code):
            return None
        return self._told_nobody_speaks(turn, turn.t.code)

    async def forget(self, session: AsyncSession, user: User, now: datetime) -> None:
        """Erase part: the person's cases and transcripts go, and their topic in the group."""
        thread_id = await cases.forget_person(session, user.id)
        if thread_id is not None:
            self.outbox.delete_topic(session, thread_id, now)


def _joined(times: Iterable[tuple[int, time, time]]) -> list[tuple[int, time, time]]:
    """Each weekday's times in order, those that touch or overlap as one: Ana until 13:00 and
    Leyla from 13:00 is "Monday, 09:00-17:00" to the person, not two lines (found in a trial)."""
    joined: list[tuple[int, time, time]] = []
    for weekday, start, end in sorted(times):
        if joined and joined[-1][0] == weekday and start <= joined[-1][2]:
            joined[-1] = (weekday, joined[-1][1], max(end, joined[-1][2]))
        else:
            joined.append((weekday, start, end))
    return joined


def _wants_to_end(inbound: Inbound) -> bool:
    if inbound.kind is InboundKind.ACTION:
        return actions.parse_action(inbound.action or "").kind == actions.END_HANDOVER
    typed = command_of(inbound)
    return typed is not None and typed.name == END_COMMAND and not typed.argument
