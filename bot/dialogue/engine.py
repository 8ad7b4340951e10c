"""The conversation: one turn in, replies out, state kept in the database.

Every channel calls :meth:`Dialogue.handle`. A turn loads the person's row (locked for the
turn), decides what to say from their state and what they did, and saves the new state in
the same transaction, so a restart or a second worker continues exactly where it was.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from anyascii import anyascii
from sqlalchemy.ext.asyncio import AsyncSession

from bot.catalogue.live import LiveCatalogue
from bot.catalogue.model import Catalogue, Offer
from bot.commands import Command, command_of
from bot.dialogue import actions, browsing, typed_buttons, views
from bot.dialogue.answers import faq_reply, follow_up_reply
from bot.dialogue.locks import KeyedLocks
from bot.dialogue.sendable import Sendable
from bot.dialogue.turn import MenuEntry, Turn
from bot.i18n.languages import Languages
from bot.i18n.translator import TextCatalogs, Translator
from bot.matching.normalize import normalize
from bot.messages import (
    PHONE_NUMBER_CHANNELS,
    TYPED_NO,
    TYPED_YES,
    Inbound,
    InboundKind,
    Reply,
    Venue,
)
from bot.observability import metrics
from bot.privacy.erase import Eraser
from bot.privacy.person_key import known_person_key, person_key
from bot.privacy.redact import redact
from bot.storage import ledger
from bot.storage.database import Database
from bot.storage.models import User
from bot.storage.turn_transaction import turn_transaction
from bot.understanding import (
    ANSWERING,
    Context,
    FollowUp,
    Intent,
    Outcome,
    Understander,
    Understanding,
)
from bot.understanding.first_language import FirstLanguage
from bot.understanding.foreign import ForeignLanguage
from bot.understanding.result import SOCIAL, YesNo
from bot.understanding.switch import LanguageSwitch

log = logging.getLogger(__name__)

QUESTION_LOG_MAX_CHARS = 300
FOLLOW_UP_WINDOW = timedelta(minutes=10)
"""How long "it" means the offer whose card the person saw last."""
CHOICES_KEY = "context_choices"
"""The offers of the last "did you mean one of these?": "and what does it cost?" right after
it is about them, not about a card seen before (found in a trial)."""
HOURS_SHOWN_KEY = "hours_at"
"""When the week's times were shown: "a v subotu?" right after them asks about that day."""
CHOICE_KEY = "choice"
"""``state_data`` key: the buttons a typed yes or no stands for (see ``Reply.extras``)."""
CHOICE_AT_KEY = "choice_at"
"""``state_data`` key: when the bot offered them, or other buttons (a mediator who wrote since
asked last; a button's words typed a few minutes later at most tap it)."""
CHOICE_LABELS_KEY = "choice_labels"
"""``state_data`` key: the last buttons shown, payload -> label: a typed yes's rest repeats its
button ("da, sterge" repeats "✅ Da, ștergeți"), a button's words typed tap it ("premesti" taps
"🔁 Преместете", see ``bot/dialogue/typed_buttons.py``)."""
CONSENT_YES = actions.action(actions.CONSENT, "yes")
CONSENT_NO = actions.action(actions.CONSENT, "no")
"""The privacy note's buttons, which a typed yes or no taps while the note is unanswered."""
LATER_QUESTIONS_KEY = "later_questions"
"""``state_data`` key: questions typed after the first one, before a language is chosen or at
the unanswered privacy note; answered after it, in order."""
LATER_QUESTIONS_KEPT = 3
PICKER_GUESSED_KEY = "picker_guessed"
"""``state_data`` key: the guessed languages the last language picker put first (it greets in
the first): a typed yes or number answers the picker as shown, not the first message's guess."""
RESUME_KEY = "resume_state"
"""``state_data`` key: the state to go back to when a flow begun inside it ends (see
``Dialogue.serve_meanwhile``)."""
ONBOARDING_KINDS = frozenset(
    {actions.LANGUAGE, actions.FORMAT, actions.CONSENT, actions.CHANGE_LANGUAGE}
)
"""The buttons the engine answers itself (``_on_action``), before any feature's."""
DEEP_LINK = re.compile(r"^(?P<lang>[a-z]{2,3})[-_](?P<offer>[a-z0-9-]+)$")


class State(StrEnum):
    NEW = "new"
    CHOOSING_LANGUAGE = "choosing_language"
    CHOOSING_FORMAT = "choosing_format"
    CONSENT = "consent"
    SERVING = "serving"


ActionHandler = Callable[[Turn, actions.Action], Awaitable[list[Reply]]]
CommandHandler = Callable[[Turn, str], Awaitable[list[Reply]]]
"""A typed ``/command``: gets the turn and the text after the command's name."""
IntentHandler = Callable[[Turn, Understanding], Awaitable[list[Reply]]]
FollowUpHandler = Callable[[Turn, FollowUp], Awaitable[list[Reply] | None]]
"""A feature's answer to a follow-up about the offer in context; None: the offer's fields answer."""
OfferPart = Callable[[Translator, Offer, str | None], views.CardPart]
"""What a feature adds about an offer: on its card (topic None) or under the answer to a
follow-up question about it (topic ``"when"``, ``"booking"``, ...)."""
StateHandler = Callable[[Turn], Awaitable[list[Reply]]]
LeaveHook = Callable[[Turn], None]
QuestionHandler = Callable[[Turn, str], Awaitable[list[Reply]]]
StoredPart = Callable[[Turn], Awaitable[list[tuple[str, str]]]]
DeleteWarning = Callable[[Turn], Awaitable[list[str]]]
HoursPart = Callable[[Turn], list[str]]
ReplyHook = Callable[[Turn, list[Reply]], Awaitable[list[Reply]]]
BeforeTurn = Callable[[Inbound], Awaitable[None]]
TextPart = Callable[[Translator], list[str]]
TeamSentHook = Callable[[Translator, Catalogue, list[Reply], User], Awaitable[list[Reply]]]
"""What a feature adds to the bot's own answers a mediator sends a person (🔊 buttons)."""
PersonFacts = Callable[[AsyncSession, int, Translator, datetime], Awaitable[list[str]]]
"""Lines staff should know about a person (their coming appointments), in the translator's
language: (session, the person's user id, translator, now)."""


@dataclass(frozen=True)
class _ActionEntry:
    handler: ActionHandler
    keeps_data: bool
    on_cards: str | None  # staff's words for it when tapped on a card a mediator sent
    by_words: bool  # its words typed tap it (not a button that sends a file)


@dataclass(frozen=True)
class _CommandEntry:
    handler: CommandHandler
    before_onboarding: bool
    describe: Callable[[Translator], str] | None
    rank: int


class Dialogue:
    """Decides what to say. Knows nothing about channels."""

    def __init__(
        self,
        *,
        database: Database,
        catalogue: LiveCatalogue,
        texts: TextCatalogs,
        languages: Languages,
        understander: Understander,
        default_language: str,
        max_text_length: int,
        retention_days: int | None = None,
        periods: views.KeptFor,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.database = database
        self.catalogue = catalogue
        self.texts = texts
        self.languages = languages
        self.understander = understander
        self.default_language = default_language
        self.max_text_length = max_text_length
        self.retention_days = retention_days
        self.periods = periods  # what the privacy texts promise
        self.clock = clock
        self.eraser = Eraser()
        self.switch = LanguageSwitch(languages, understander.detectable)
        self.declined = browsing.DeclinedChats()
        self._chat_locks = KeyedLocks()
        self.deliveries = ledger.DeliveryMarks(database)  # "sent", written a moment later
        self._action_handlers: dict[str, _ActionEntry] = {}
        self._commands: dict[str, _CommandEntry] = {}
        self._intent_handlers: dict[Intent, IntentHandler] = {}
        self._follow_up_handlers: dict[str, FollowUpHandler] = {}
        self._offer_parts: list[OfferPart] = []
        self._menu_entries: list[tuple[int, MenuEntry]] = []
        self._abilities: list[TextPart] = []
        self._keeping: list[TextPart] = []
        self._person_facts: list[PersonFacts] = []
        self._team_sent_hooks: list[TeamSentHook] = []
        self.sendables: list[Sendable] = []  # what mediators can send by name (the handover)
        self._state_handlers: dict[str, StateHandler] = {}
        self._exclusive_states: set[str] = set()
        self._leave_hooks: dict[str, LeaveHook] = {}
        self._question_handlers: list[QuestionHandler] = []
        self._stored_parts: list[StoredPart] = []
        self._delete_warnings: list[DeleteWarning] = []
        self._hours_parts: list[HoursPart] = []
        self._reply_hooks: list[ReplyHook] = []
        self._before_turn: list[BeforeTurn] = []
        # Onboarding's own commands: they work before a language and privacy are settled.
        self.on_command(
            "start",
            self._on_start,
            before_onboarding=True,
            describe=lambda t: t._("Start"),
            rank=10,
        )
        show_languages = self.as_button(actions.CHANGE_LANGUAGE)
        describe_language = lambda t: t._("Change language")  # noqa: E731
        self.on_command(
            "language", show_languages, before_onboarding=True, describe=describe_language, rank=40
        )
        for alias in ("sprache", "lang"):
            self.on_command(alias, show_languages, before_onboarding=True)

    def on_action(
        self,
        kind: str,
        handler: ActionHandler,
        *,
        keeps_data: bool = True,
        on_cards: str | None = None,
        by_words: bool = True,
    ) -> None:
        """Let a feature answer the buttons of one action kind (a later one replaces an earlier).

        ``keeps_data``: answering keeps something about the person (an appointment, news, a
        chat with a mediator), so someone who said No to privacy is asked for their OK first.
        ``on_cards``: the button sits on offer cards, which a mediator may send into a chat
        they hold: the bot answers it there too, and staff read these (German) words for it.
        ``by_words``: typing the button's words taps it (``bot/dialogue/typed_buttons.py``);
        False for a button that sends a file or opens a link.
        """
        self._action_handlers[kind] = _ActionEntry(handler, keeps_data, on_cards, by_words)

    def on_command(
        self,
        name: str,
        handler: CommandHandler,
        *,
        before_onboarding: bool = False,
        describe: Callable[[Translator], str] | None = None,
        rank: int = 100,
    ) -> None:
        """Let a feature answer ``/name``. ``describe``: list it in the channel's command menu
        (ordered by ``rank``); ``before_onboarding``: it works before language and privacy."""
        self._commands[name] = _CommandEntry(handler, before_onboarding, describe, rank)

    def as_button(self, payload: str) -> CommandHandler:
        """A command that does what tapping the button ``payload`` does."""

        async def tap(turn: Turn, _argument: str) -> list[Reply]:
            return await self.tap(turn, actions.parse_action(payload))

        return tap

    def on_intent(self, intent: Intent, handler: IntentHandler) -> None:
        """Let a feature answer an everyday request (``Intent.BOOK``: the bookable offers)."""
        self._intent_handlers[intent] = handler

    def on_follow_up(self, topic: str, handler: FollowUpHandler) -> None:
        """Let a feature answer a follow-up about the offer in context (topic ``"booking"``,
        "do I have to book?": the days to book it), when the offer's fields say too little."""
        self._follow_up_handlers[topic] = handler

    def on_offer(self, part: OfferPart) -> None:
        """Let a feature add lines and buttons about an offer (book it, news about it)."""
        self._offer_parts.append(part)

    def on_menu(self, entry: MenuEntry, *, rank: int = 100) -> None:
        """Let a feature put a button in the main menu (ordered by ``rank``)."""
        self._menu_entries.append((rank, entry))
        self._menu_entries.sort(key=lambda ranked: ranked[0])

    def on_help(self, abilities: TextPart) -> None:
        """Let a feature say in /help what it can do for the person ("I can book ...")."""
        self._abilities.append(abilities)

    def on_keeping(self, note: TextPart) -> None:
        """Let a feature say in the privacy note and on the privacy screen what it keeps about
        the person and for how long (an appointment, a chat with the team)."""
        self._keeping.append(note)

    @property
    def menu_entries(self) -> list[MenuEntry]:
        """The main menu's buttons from the installed features, in their order."""
        return [entry for _rank, entry in self._menu_entries]

    def on_sendable(self, sendable: Sendable) -> None:
        """Let a feature offer replies a mediator can send by name from a person's topic."""
        self.sendables.append(sendable)

    def on_team_sent(self, hook: TeamSentHook) -> None:
        """Let a feature add to the bot's own answers a mediator sends into a person's chat
        (outside the person's turn), as ``on_replies`` does within one."""
        self._team_sent_hooks.append(hook)

    async def team_sent(
        self, t: Translator, catalogue: Catalogue, replies: list[Reply], user: User
    ) -> list[Reply]:
        for hook in self._team_sent_hooks:
            replies = await hook(t, catalogue, replies, user)
        return replies

    def on_person_facts(self, facts: PersonFacts) -> None:
        """Let a feature tell staff what to know about a person who talks to the team (their
        coming appointments, on the card of the chat)."""
        self._person_facts.append(facts)

    async def person_facts(
        self, session: AsyncSession, user_id: int, t: Translator, now: datetime
    ) -> list[str]:
        return [
            line for facts in self._person_facts for line in await facts(session, user_id, t, now)
        ]

    def abilities(self, t: Translator) -> list[str]:
        return [line for part in self._abilities for line in part(t)]

    def kept(self, t: Translator) -> list[str]:
        """What the installed features keep and how long, for the privacy texts."""
        return [line for note in self._keeping for line in note(t)]

    def command_menu(self, t: Translator) -> list[tuple[str, str]]:
        """The commands a channel lists in its menu, described in ``t``'s language."""
        listed = sorted(
            (entry.rank, name, entry.describe)
            for name, entry in self._commands.items()
            if entry.describe is not None
        )
        return [(name, describe(t)) for _rank, name, describe in listed]

    def on_state(
        self,
        state: str,
        handler: StateHandler,
        *,
        exclusive: bool = False,
        on_leave: LeaveHook | None = None,
    ) -> None:
        """Let a feature answer whatever a person sends while in a state it owns.

        ``exclusive``: buttons and commands go to the feature too (a chat with a mediator),
        except seeing and deleting one's data, which always reach the bot.
        ``on_leave``: drops what the feature kept in ``state_data`` for this state. It runs at
        the end of every turn that began in the state and ends elsewhere, whoever moved the
        person (the menu, ``/start``, ``/language``, another feature), so nothing half-done
        lingers; also after the feature's own exits, so it must be safe to run twice.
        """
        self._state_handlers[state] = handler
        if exclusive:
            self._exclusive_states.add(state)
        if on_leave is not None:
            self._leave_hooks[state] = on_leave

    def on_question(self, handler: QuestionHandler) -> None:
        """Let a feature see each typed question first; its replies are shown before the answer."""
        self._question_handlers.append(handler)

    def on_hours(self, part: HoursPart) -> None:
        """Let a feature add lines to "when are you there?" (the team's chat hours)."""
        self._hours_parts.append(part)

    def on_privacy(self, part: StoredPart) -> None:
        """Let a feature list what it keeps about the person on the privacy screen."""
        self._stored_parts.append(part)

    def on_delete_warning(self, warning: DeleteWarning) -> None:
        """Let a feature say what "delete my data" will also undo (appointments cancelled)."""
        self._delete_warnings.append(warning)

    def before_turn(self, hook: BeforeTurn) -> None:
        """Let a feature do slow work a turn will need before the turn's transaction opens
        (on SQLite a turn holds the write lock: nobody else's turn runs meanwhile)."""
        self._before_turn.append(hook)

    def on_replies(self, hook: ReplyHook) -> None:
        """Let a feature add to every turn's answer (a 🔊 button where ``extras`` allow one)."""
        self._reply_hooks.append(hook)

    def handles(self, action_kind: str) -> bool:
        return action_kind in self._action_handlers

    def card_button(self, action_kind: str) -> str | None:
        """Staff's words for a button of an offer card (``on_action(on_cards=)``), else None."""
        entry = self._action_handlers.get(action_kind)
        return entry.on_cards if entry is not None else None

    @property
    def action_kinds(self) -> tuple[str, ...]:
        """The button kinds the installed features answer (onboarding's are in
        ``bot.dialogue.actions``)."""
        return tuple(self._action_handlers)

    async def handle(self, inbound: Inbound, *, apologise: bool = True) -> list[Reply]:
        """One turn. An error becomes a friendly apology in the person's language; with
        ``apologise=False`` it is raised instead (the caller keeps the message and retries)."""
        for prepare in self._before_turn:
            try:
                await prepare(inbound)
            except Exception as error:  # only a head start: the turn does without it
                log.warning("preparing a turn failed: %s", type(error).__name__)
        async with self._chat_locks.hold((inbound.channel, inbound.chat_id)):
            try:
                async with turn_transaction(self.database) as transaction:
                    now = self.clock()
                    # The person's row, marked seen and locked for the turn, and the claim
                    # of the update in the turn ledger: one trip to the database.
                    user, claimed = await transaction.open(
                        inbound.channel, inbound.chat_id, inbound.update_id, inbound.chat_id, now
                    )
                    if not claimed:
                        assert inbound.update_id is not None
                        # Redelivered (a webhook retry): the turn is stored already, its
                        # replies perhaps never sent (a crash right after the commit).
                        if self.deliveries.pending(inbound.channel, inbound.update_id):
                            return []  # sent; the mark is on its way to the database
                        owed = await ledger.owed(
                            transaction.session, inbound.channel, inbound.update_id
                        )
                        return owed or []
                    turn = Turn(
                        inbound,
                        user,
                        self._translator(user, inbound),
                        self.catalogue.current,
                        now,
                        transaction,
                        menu_entries=self.menu_entries,
                    )
                    began_in = user.state
                    replies = await self._dispatch(turn)
                    _resume_held_state(turn)
                    for hook in self._reply_hooks:
                        replies = await hook(turn, replies)
                    if turn.browsing and user.consent_at is None:
                        replies = await self._end_browsing_turn(turn, replies)
                    else:
                        _remember_choice(turn, replies, self._by_words)
                        leave = self._leave_hooks.get(began_in)
                        if leave is not None and user.state != began_in:
                            leave(turn)
                    if turn.viewed_offers:
                        # The last few offers this person looked at: buttons on the card
                        # mediators see if they ask for a person (bot/handover/cards.py).
                        turn.remember(seen_offers=seen_offers(user, turn.viewed_offers))
                        day = now.astimezone(self.texts.zone).date()
                        language = user.language or self.default_language
                        transaction.count_views(day, language, turn.viewed_offers)
                    if inbound.update_id is not None:
                        transaction.keep_replies(inbound.channel, inbound.update_id, replies)
                    return replies  # the writes and COMMIT go as the block ends
            except Exception as error:  # the one place a turn's failure is caught
                log.error(
                    "turn failed on %s: %s",
                    inbound.channel,
                    type(error).__name__,
                    exc_info=log.isEnabledFor(logging.DEBUG),
                )
                if not apologise:
                    raise
                t = self.texts.translator(
                    self.languages.match_hint(inbound.language_hint) or self.default_language
                )
                return [
                    Reply(
                        text="😕 " + t._("Sorry, something went wrong. Please try again."),
                        rtl=t.rtl,
                    )
                ]

    def _translator(self, user: User, inbound: Inbound) -> Translator:
        code = (
            user.language
            or self.languages.match_hint(inbound.language_hint)
            or self.default_language
        )
        return self.texts.translator(code, user.format_language)

    # -- routing --------------------------------------------------------------------------

    async def _dispatch(self, turn: Turn) -> list[Reply]:
        self._resume_browsing(turn)
        inbound = turn.inbound
        if self._owned_exclusively(turn):
            replies = await self._state_handlers[turn.user.state](turn)
            text = inbound.text if inbound.kind is InboundKind.TEXT else None
            danger = views.emergency(turn.t)
            in_danger = text is not None and self.understander.emergency(
                text[: self.max_text_length], turn.snapshot
            )
            if in_danger and danger not in replies:
                replies = [danger, *replies]  # the team gets it too
            return replies
        return await self._route(turn, in_feature_state=True)

    async def serve_meanwhile(self, turn: Turn) -> list[Reply]:
        """The bot's own answer while a feature holds the chat but lets the bot help meanwhile
        (a person waiting for a mediator nobody has taken yet). The feature keeps the chat."""
        held = turn.user.state
        replies = await self._route(turn, in_feature_state=False)
        if turn.user.state == State.SERVING:
            turn.user.state = held
        elif turn.user.state != held:
            # Another feature's flow began (a booking from a card a mediator sent): when it
            # ends, the chat goes back to the feature that held it, not to the bot.
            turn.remember(**{RESUME_KEY: held})
        return replies

    async def _route(self, turn: Turn, *, in_feature_state: bool) -> list[Reply]:
        inbound = turn.inbound
        if inbound.kind is InboundKind.ACTION and inbound.action is not None:
            return await self._on_action(turn, actions.parse_action(inbound.action))
        typed = inbound.text if inbound.kind is InboundKind.TEXT and inbound.text else None
        command = command_of(inbound)
        if command is not None:
            return await self._on_command(turn, command)
        if typed and self.understander.emergency(typed[: self.max_text_length], turn.snapshot):
            # Danger beats every flow: the numbers and a person, nothing after them.
            return [views.emergency(self._emergency_translator(turn, typed))]
        choice = self._typed_choice(turn, typed) if typed else None
        if choice is not None:
            return await self._tap_typed(turn, *choice)
        button = self._typed_button(turn, typed) if typed else None
        if button is not None:
            return await self._on_action(turn, actions.parse_action(button))
        feature_state = self._state_handlers.get(turn.user.state)
        if in_feature_state and feature_state is not None and turn.user.consent_at is not None:
            return await feature_state(turn)
        if not self._serving(turn):
            return self._continue_onboarding(turn)
        if inbound.kind is InboundKind.TEXT and inbound.text and inbound.text.strip():
            return await self._on_question(turn, inbound.text)
        return self._on_unreadable(turn)

    def _owned_exclusively(self, turn: Turn) -> bool:
        if turn.user.state not in self._exclusive_states or turn.user.consent_at is None:
            return False
        inbound = turn.inbound
        if inbound.kind is InboundKind.ACTION:
            return actions.parse_action(inbound.action or "").kind not in {
                actions.PRIVACY,
                actions.DELETE,
            }
        command = command_of(inbound)
        return command is None or command.name not in {"privacy", "delete"}

    def _serving(self, turn: Turn) -> bool:
        return turn.browsing or self._ready(turn.user)

    def _ready(self, user: User) -> bool:
        return (
            user.language is not None
            and user.consent_at is not None
            and (user.state == State.SERVING or user.state in self._state_handlers)
        )

    async def _on_command(self, turn: Turn, command: Command) -> list[Reply]:
        entry = self._commands.get(command.name)
        if entry is not None and entry.before_onboarding:
            return await entry.handler(turn, command.argument)
        if not self._serving(turn):
            return self._continue_onboarding(turn)
        if entry is not None:
            return await entry.handler(turn, command.argument)
        return [
            views.menu_of(turn, intro=turn.t._("I do not know this command. Here is the menu."))
        ]

    async def _on_start(self, turn: Turn, payload: str) -> list[Reply]:
        """First contact, or a deep link from a flyer: ``/start ro-sewing-cafe``."""
        user = turn.user
        link = DEEP_LINK.match(payload.lower()) if payload else None
        if link and link["lang"] in self.languages:
            user.language = link["lang"]
            turn.t = self.texts.translator(user.language, user.format_language)
            if turn.snapshot.catalogue.offer(link["offer"]) is not None:
                turn.remember(pending_offer=link["offer"])
            if user.consent_at is not None:
                return self._finish_onboarding(turn)
            # A flyer's first screen is a question (dates, privacy): say hello before it.
            first, *rest = self._ask_format_or_consent(turn)
            hello = "👋 " + turn.t._("Hello! I am the helper bot of Raum vor Ort.")
            return [replace(first, text=f"{hello}\n{first.text}"), *rest]
        if self._ready(user):
            user.state = State.SERVING  # a fresh start leaves a half-done flow behind
            return [views.menu_of(turn)]
        return self._continue_onboarding(turn)

    # -- onboarding: language, date format (Romani), consent -------------------------------

    def _continue_onboarding(self, turn: Turn) -> list[Reply]:
        user = turn.user
        if user.language is None or user.state in {State.NEW, State.CHOOSING_LANGUAGE}:
            text = turn.inbound.text if turn.inbound.kind is InboundKind.TEXT else None
            typed = self._typed_language(turn, text)
            if typed is not None:
                return self.choose_language(turn, typed)
            if asked := self._typed_question(turn):
                return self._question_before_a_language(turn, asked)
            return self._show_language_picker(turn)
        if user.state == State.CHOOSING_FORMAT:
            return self._format_typed(turn)
        if user.consent_at is None:
            asked = self._typed_question(turn) if user.state == State.CONSENT else None
            if asked:
                # Asked at the privacy note: answered right after Yes or No, after the first
                # question and in order (a follow-up "and what does it cost?" needs the card
                # before it); the note says so instead of only repeating itself.
                promised = self._answers_waiting(turn)  # by the note just above
                self._keep_for_later(turn, asked)
                if promised:
                    return [views.consent_reminder(turn.t)]
            user.state = State.CONSENT
            return [self._privacy_note(turn, answers_after=self._answers_waiting(turn))]
        return self._finish_onboarding(turn)

    def _question_before_a_language(self, turn: Turn, asked: str) -> list[Reply]:
        """A message typed instead of choosing a language. The first one is answered once
        language and privacy are settled; its language is guessed to greet in it and put it
        first. Later ones wait after it, in order, as at the privacy note ("and what does it
        cost?" needs the card before it). A second message in the language the first was
        guessed in settles it, as at the counter: someone who goes on typing Romanian is
        answered in Romanian, not shown the picker again and again."""
        guessed = self.understander.first_language(asked, turn.snapshot)
        earlier = turn.user.state_data.get("pending_question")
        if not earlier:
            turn.remember(pending_question=asked[: self.max_text_length])
            return self._show_language_picker(turn, *guessed.guesses, foreign=guessed.foreign)
        first = self._last_guess(
            turn, [str(earlier), *turn.user.state_data.get(LATER_QUESTIONS_KEY, [])]
        )
        if guessed.foreign is None:
            # One in a language we do not write was told so on the picker; kept, its answer
            # would say it again after the privacy note, once per message.
            self._keep_for_later(turn, asked[: self.max_text_length])
        same = (
            guessed.guesses[:1] == first.guesses[:1]
            and guessed.foreign is first.foreign is None
            and not (guessed.by_letters and first.by_letters)
        )
        if same and guessed.guesses and guessed.guesses[0] in self.languages:
            return self.choose_language(turn, guessed.guesses[0])
        if guessed.guesses or guessed.foreign is not None:
            return self._show_language_picker(turn, *guessed.guesses, foreign=guessed.foreign)
        # "si cat costa?" says no language by itself: the first message's guess stands, unless
        # the person says it is not theirs ("hallo", then "ich spreche kein deutsch").
        still = [code for code in first.guesses if code not in guessed.denied]
        return self._show_language_picker(turn, *still, foreign=first.foreign)

    def _last_guess(self, turn: Turn, waiting: Sequence[str]) -> FirstLanguage:
        """The language guessed from the latest waiting message that says one: "salam
        alikum" (Turkish?), then "3ayez at3alem almani" and "bkam?" in Arabic is settled
        by the last two, not held against the first."""
        for asked in reversed(waiting[1:]):
            guessed = self.understander.first_language(asked, turn.snapshot)
            if guessed.guesses or guessed.foreign is not None:
                return guessed
        return self.understander.first_language(waiting[0], turn.snapshot)

    def _keep_for_later(self, turn: Turn, asked: str) -> None:
        later = [*turn.user.state_data.get(LATER_QUESTIONS_KEY, []), asked]
        turn.remember(**{LATER_QUESTIONS_KEY: later[-LATER_QUESTIONS_KEPT:]})

    def _answers_waiting(self, turn: Turn) -> bool:
        """Whether a message typed before the privacy note was settled will be answered after
        it (the note promises so only then: "hallo" gets the menu, not an answer)."""
        data = turn.user.state_data
        waiting = [data.get("pending_question"), *data.get(LATER_QUESTIONS_KEY, [])]
        return any(self._worth_answering(turn, str(asked)) for asked in waiting if asked)

    def _worth_answering(self, turn: Turn, question: str) -> bool:
        """Not only hello, not something we did not understand (often a language we do not
        speak, "hola, necesito ayuda"): for those the menu is a better first answer; and not
        a request for the language just chosen."""
        understood = self.understander.understand(question, turn.snapshot, self._context(turn))
        chosen_already = understood.intent is Intent.LANGUAGE and understood.target_language in (
            None,
            turn.user.language,
        )  # "bidi bil3arabi" typed before choosing Arabic: the picker again would undo it
        return not (
            understood.outcome in (Outcome.UNKNOWN, Outcome.CHOICE)
            or (understood.outcome is Outcome.INTENT and understood.intent in SOCIAL)
            or chosen_already
        )

    def _typed_question(self, turn: Turn) -> str | None:
        text = turn.inbound.text if turn.inbound.kind is InboundKind.TEXT else None
        if not text or not text.strip() or text.lstrip().startswith("/"):
            return None
        return text

    def _privacy_note(self, turn: Turn, *, answers_after: bool = False) -> Reply:
        return views.consent(
            turn.t,
            self.periods,
            self.kept(turn.t),
            chat_is_phone_number=turn.inbound.channel in PHONE_NUMBER_CHANNELS,
            answers_after=answers_after,
        )

    def _show_language_picker(
        self, turn: Turn, *guessed: str, foreign: ForeignLanguage | None = None
    ) -> list[Reply]:
        """Greeted in the likely language; when none is known (or the message is in one we do
        not speak, ``foreign``: said in it first), in the centre's language and in English,
        as a person at the counter would."""
        turn.user.state = State.CHOOSING_LANGUAGE
        first = self._likely_languages(turn, guessed)
        turn.remember(**{PICKER_GUESSED_KEY: [code for code in first if code in guessed]})
        greet_in = [first[0] if first else self.default_language]
        if foreign is not None or not first:
            greet_in += [
                code for code in ("en",) if code in self.languages and code not in greet_in
            ]
        greetings = [self.texts.translator(code) for code in greet_in]
        return [views.language_picker(self.languages, greetings, first, foreign=foreign)]

    def _likely_languages(self, turn: Turn, guessed: Sequence[str]) -> list[str]:
        """The languages the picker puts first: ``guessed`` ones, the device's language first
        when it is among them ("buna ziua" on a Romani phone); else the person's or device's."""
        device = self.languages.match_hint(turn.inbound.language_hint)
        first = [code for code in guessed if code in self.languages]
        if device in first:
            first.remove(device)
            first.insert(0, device)
        return first or [code for code in (turn.user.language, device) if code]

    def _typed_language(self, turn: Turn, text: str | None) -> str | None:
        """A language typed instead of tapped: "română", "romana", "ro", its number in the
        picker as it was shown (guessed from the first question, which is kept until then), its
        name in any listed form ("3arabi", "limba romana"), or a typed yes to the picker
        greeting in the guessed language."""
        if not text:
            return None
        typed = anyascii(text).strip().lower()
        guessed = turn.user.state_data.get(PICKER_GUESSED_KEY)
        if guessed is None:  # no picker shown since this was kept ("/start ro" or the format)
            pending = turn.user.state_data.get("pending_question")
            guessed = (
                self.understander.first_language(pending, turn.snapshot).guesses if pending else ()
            )
        first = self._likely_languages(turn, guessed)
        shown = first + [code for code in self.languages if code not in first]
        for number, code in enumerate(shown, start=1):
            if typed in {code, str(number), anyascii(self.languages[code].name).lower()}:
                return code
        named = self.understander.language_named_alone(text)
        if named in self.languages:
            return named
        if guessed and self.understander.typed_answer(text) is YesNo.YES:
            # "da" to a picker that greets in Romanian: yes, Romanian, the first language shown.
            return shown[0]
        return None

    def choose_language(self, turn: Turn, code: str) -> list[Reply]:
        user = turn.user
        user.language = code
        user.format_language = None
        turn.remember(**{PICKER_GUESSED_KEY: None})
        turn.t = self.texts.translator(code)
        return self._ask_format_or_consent(turn)

    def _format_typed(self, turn: Turn) -> list[Reply]:
        """Something typed at "In which language should I write days and months?" (Romani).
        A language's name chooses it. A question does not wait for a tap: found in a trial,
        "kamav te sikavav nemcitska chib", "kana si", "kobor kerel" each brought the same
        question back. As at the counter, the dates are written in the phone's language if it
        is one of the choices, else in the first; the question is answered after the privacy
        note, and choosing the language again in the menu asks for the dates again."""
        user = turn.user
        assert user.language is not None
        choices = self.languages[user.language].format_choices
        text = turn.inbound.text if turn.inbound.kind is InboundKind.TEXT else None
        named = self._typed_language(turn, text) if text and not text.strip().isdigit() else None
        if named in choices:
            return self._choose_format(turn, named)
        asked = self._typed_question(turn)
        if not asked:
            return [views.format_picker(turn.t, self.languages, choices)]
        self._keep_for_later(turn, asked[: self.max_text_length])
        device = self.languages.match_hint(turn.inbound.language_hint)
        return self._choose_format(turn, device if device in choices else choices[0])

    def _choose_format(self, turn: Turn, code: str) -> list[Reply]:
        user = turn.user
        assert user.language is not None
        user.format_language = code
        turn.t = self.texts.translator(user.language, code)
        return self._ask_format_or_consent(turn)

    def _ask_format_or_consent(self, turn: Turn) -> list[Reply]:
        user = turn.user
        assert user.language is not None
        choices = self.languages[user.language].format_choices
        if choices and user.format_language is None:
            user.state = State.CHOOSING_FORMAT
            return [views.format_picker(turn.t, self.languages, choices)]
        if user.consent_at is None:
            user.state = State.CONSENT
            return [self._privacy_note(turn, answers_after=self._answers_waiting(turn))]
        return self._finish_onboarding(turn, changed_language=True)

    def _finish_onboarding(self, turn: Turn, *, changed_language: bool = False) -> list[Reply]:
        user = turn.user
        user.state = State.SERVING
        pending = user.state_data.get("pending_offer")
        turn.remember(pending_offer=None)
        catalogue = turn.snapshot.catalogue
        if pending and (offer := catalogue.offer(pending)) is not None:
            return self.offer_card(turn, offer.id)
        if changed_language:
            return [views.language_changed(turn, self.languages)]
        return [views.menu_of(turn)]

    # -- buttons ---------------------------------------------------------------------------

    async def _on_action(self, turn: Turn, tapped: actions.Action) -> list[Reply]:
        user, t, catalogue = turn.user, turn.t, turn.snapshot.catalogue
        if tapped.kind == actions.LANGUAGE:
            if tapped.argument in self.languages:
                return self.choose_language(turn, tapped.argument)
            return self._show_language_picker(turn)
        if tapped.kind == actions.FORMAT and user.language is not None:
            if tapped.argument in self.languages[user.language].format_choices:
                return self._choose_format(turn, tapped.argument)
            return self._continue_onboarding(turn)
        if tapped.kind == actions.CONSENT and user.language is not None:
            questions = [
                str(question)
                for question in (
                    user.state_data.get("pending_question"),
                    *user.state_data.get(LATER_QUESTIONS_KEY, []),
                )
                if question
            ]
            turn.remember(pending_question=None, **{LATER_QUESTIONS_KEY: None})
            if tapped.argument == "yes":
                user.consent_at = turn.now
                self.declined.forget(turn.inbound.channel, turn.inbound.chat_id)
                return await self._answer_waiting_questions(
                    turn, questions, self._finish_onboarding(turn)
                )
            if tapped.argument == "no":
                # Everything is erased at the end of this turn, and after each later one.
                turn.browsing = True
                user.state = State.SERVING
                declined = [views.consent_declined(t, catalogue)]
                return await self._answer_waiting_questions(turn, questions, declined)
        if tapped.kind == actions.CHANGE_LANGUAGE:
            return self._show_language_picker(turn)
        if not self._serving(turn):
            if tapped.kind == actions.OFFER and catalogue.offer(tapped.argument) is not None:
                turn.remember(pending_offer=tapped.argument)
            return self._continue_onboarding(turn)

        return await self._answer_button(turn, tapped)

    async def tap(self, turn: Turn, tapped: actions.Action) -> list[Reply]:
        """What tapping ``tapped`` does now: for commands and requests that stand for a button."""
        return await self._on_action(turn, tapped)

    async def _answer_button(self, turn: Turn, tapped: actions.Action) -> list[Reply]:
        """Once the person is served, whoever registered the button's kind answers
        (``bot/dialogue/basics.py`` for the core's own screens)."""
        entry = self._action_handlers.get(tapped.kind)
        if entry is None:
            return views.stale_button(turn)
        if turn.browsing and entry.keeps_data:
            # Booking, news and a mediator keep something about the person: ask first.
            return [views.needs_consent(turn.t, self.periods, self.kept(turn.t))]
        return await entry.handler(turn, tapped)

    def offer_card(self, turn: Turn, offer_id: str, *, unsure: bool = False) -> list[Reply]:
        """The card of an offer that exists, with what features add to it."""
        offer = turn.snapshot.catalogue.offer(offer_id)
        assert offer is not None
        turn.viewed_offers.append(offer.id)
        turn.remember(context_offer=offer.id, context_at=turn.now.isoformat())
        return self.card_of(turn.t, offer, turn.now, unsure=unsure)

    def card_of(
        self, t: Translator, offer: Offer, now: datetime, *, unsure: bool = False
    ) -> list[Reply]:
        """An offer's card with what features add to it (also when a mediator sends it)."""
        parts = [part(t, offer, None) for part in self._offer_parts]
        return views.offer_card(t, offer, self.languages, now, parts=parts, unsure=unsure)

    async def delete_warnings(self, turn: Turn) -> list[str]:
        """What "delete my data" will also undo, from every feature that said."""
        return [line for warn in self._delete_warnings for line in await warn(turn)]

    async def stored_about(self, turn: Turn) -> list[tuple[str, str]]:
        """What the privacy screen lists as kept about the person."""
        user, t = turn.user, turn.t
        assert user.language is not None
        stored = [
            (t._("Language"), self.languages.name_in(user.language, t.code)),
            (t._("First contact"), t.day(user.created_at)),
        ]
        if user.consent_at is not None:
            stored.append((t._("Privacy accepted on"), t.day(user.consent_at)))
        for part in self._stored_parts:
            stored += await part(turn)
        return stored

    # -- free text and everything else -----------------------------------------------------

    async def _on_question(self, turn: Turn, text: str) -> list[Reply]:
        first: list[Reply] = []
        for handler in self._question_handlers if not turn.browsing else ():
            first += await handler(turn, text)
        return first + await self._answer_question(turn, text)

    async def _answer_waiting_questions(
        self, turn: Turn, questions: Sequence[str], before: list[Reply]
    ) -> list[Reply]:
        """After language and privacy: the answers to what the person wrote meanwhile, in
        order, leaving out what only said hello or was not understood."""
        answers: list[Reply] = []
        for question in questions:
            if self._worth_answering(turn, question):
                answers += await self._on_question(turn, question)
        if not answers:
            return before
        # The answers replace the menu; a privacy note (after No) stays above them.
        return [*(before if turn.browsing else []), *answers]

    def _resume_browsing(self, turn: Turn) -> None:
        """A chat that said No: read its language from the button or from this process's memory."""
        inbound, user = turn.inbound, turn.user
        unwrapped = browsing.unwrap(inbound.action or "") if inbound.action else None
        if unwrapped is not None:
            turn.inbound = replace(inbound, action=unwrapped[1])
            language = unwrapped[0]
        elif inbound.kind is InboundKind.TEXT and (inbound.text or "").lstrip().startswith(
            "/start"
        ):
            self.declined.forget(inbound.channel, inbound.chat_id)
            return
        else:
            language = self.declined.language(inbound.channel, inbound.chat_id, turn.now) or ""
        if (
            user.consent_at is not None
            or user.language is not None
            or language not in self.languages
        ):
            return
        user.language = language
        user.state = State.SERVING
        turn.t = self.texts.translator(language)
        turn.browsing = True

    async def _end_browsing_turn(self, turn: Turn, replies: list[Reply]) -> list[Reply]:
        """Nothing is kept for a person who said No: their row goes, the buttons carry the
        language instead."""
        user, inbound = turn.user, turn.inbound
        language = user.language or self.default_language
        await self.eraser.erase(turn.session, user, turn.now)
        self.declined.remember(inbound.channel, inbound.chat_id, language, turn.now)
        return browsing.wrap_replies(replies, language)

    async def _answer_question(self, turn: Turn, text: str) -> list[Reply]:
        if len(text) > self.max_text_length:
            return [views.too_long(turn.t)]
        context = self._context(turn)
        understood = self.understander.understand(text, turn.snapshot, context)
        choices = self._recent_choices(turn)
        if choices and understood.outcome not in (Outcome.EMERGENCY, Outcome.UNKNOWN):
            # Asked about "it" right after "did you mean one of these?": about the offers shown.
            # Only a question read as a general one ("si cat costa?", the staff answer on
            # costs): one with words the bot cannot place ("wo ist das Jugendamt") is about them.
            about_shown = self.understander.understand(
                text, turn.snapshot, replace(context, offer=choices[0])
            )
            if about_shown.outcome is Outcome.FOLLOW_UP:
                understood = about_shown
        weekday = self._day_after_the_hours(turn, text, understood)
        if weekday is not None:
            catalogue = turn.snapshot.catalogue
            return [views.hours_on_day(turn.t, catalogue, turn.now, weekday)]
        replies = await self._answer_understood(turn, text, understood)
        if understood.possible_danger and understood.outcome is not Outcome.EMERGENCY:
            # Might be danger: the numbers first, in one line, then the answer asked for.
            return [views.possible_danger(turn.t), *replies]
        return replies

    async def _answer_understood(
        self, turn: Turn, text: str, understood: Understanding
    ) -> list[Reply]:
        t, snapshot = turn.t, turn.snapshot
        metrics.understood(understood.outcome.value)
        if not turn.browsing:  # not even anonymously: they said No
            await self._log_question(turn, understood)
        misses = int(turn.user.state_data.get("misses", 0))
        outcome = understood.outcome
        if outcome is not Outcome.UNKNOWN:
            turn.remember(misses=0)
        replies: list[Reply]
        if outcome is Outcome.EMERGENCY:
            return [views.emergency(t)]
        if outcome is Outcome.INTENT and understood.intent is not None:
            replies = await self._on_intent(turn, understood)
        elif outcome is Outcome.FOLLOW_UP and understood.follow_up is not None:
            replies = await self._follow_up_on_shown(turn, understood.follow_up)
        elif outcome is Outcome.FAQ and understood.faq is not None:
            replies = faq_reply(turn, understood.faq)
        elif outcome in ANSWERING and understood.answer is not None:
            replies = self.offer_card(
                turn, understood.answer, unsure=outcome is Outcome.ANSWERED_UNSURE
            )
        elif outcome is Outcome.CHOICE:
            # "da", "ok", "nein" when nothing was asked: no apology, the menu.
            replies = [views.answer_without_question(turn)]
        elif outcome is Outcome.ASKED_BACK:
            offers = [
                o for c in understood.candidates if (o := snapshot.catalogue.offer(c.offer_id))
            ]
            shown = [offer.id for offer in offers[: views.DID_YOU_MEAN_SHOWN]]
            if len(shown) == 1:
                turn.remember(context_offer=shown[0], context_at=turn.now.isoformat())
            else:  # "it" is now one of these, no longer the card seen before
                turn.remember(
                    context_offer=None, context_at=turn.now.isoformat(), **{CHOICES_KEY: shown}
                )
            replies = [views.did_you_mean(t, offers)]
        else:
            turn.remember(misses=misses + 1)
            replies = [views.not_understood(t, misses + 1)]
        if understood.intent is Intent.LANGUAGE:
            return replies  # the picker is shown already
        # Written in a language we do not speak ("hola necesito ayuda"): whatever was
        # understood, say so in it. Asked when our own detector did not find the reader's
        # language, or when only a greeting or nothing was understood (Spanish reads as
        # Romanian to it), so a question in their own language costs nothing more.
        foreign = (
            self.understander.foreign_language(text, t.code)
            if understood.detected_language != t.code
            or outcome is Outcome.UNKNOWN
            or understood.intent in SOCIAL
            else None
        )
        if foreign is not None:
            hint = views.foreign_language(t, foreign, self.languages)
            # A greeting read in another language says little ("ciao" is goodbye in Romanian,
            # hello in Italian): only an answer goes above the hint.
            only_the_hint = outcome is Outcome.UNKNOWN or understood.intent in SOCIAL
            return [hint] if only_the_hint else [*replies, hint]
        offered = self.switch.offer(text, understood.detected_language, t.code)
        if offered:  # read for denials only then: this runs for every answered message
            denied = self.understander.languages_denied(text)
            # "ich spreche kein deutsch": German is not theirs
            offered = tuple(code for code in offered if code not in denied)
        named = understood.target_language if understood.intent is Intent.HUMAN else None
        if named in self.languages and named != t.code:
            # "mikham farsi sohbat konam" written in the Arabic chat: a person is called, and
            # the bot offers to go on in the language named (found in a trial: it went on in
            # Arabic); asked for in words, so shown even to someone who kept their language.
            assert named is not None
            offered = (named, *(code for code in offered if code != named))
            return [*replies, views.suggest_language(t, offered, self.languages)]
        if offered and not turn.user.state_data.get("keep_language"):
            replies.append(views.suggest_language(t, offered, self.languages))
        return replies

    def _follow_up(self, turn: Turn, follow_up: FollowUp) -> list[Reply]:
        """The answer about the offer in context, with what features add under it."""
        if follow_up.part_of_day is not None and turn.user.state in self._state_handlers:
            # "nachmittags" while a booking asks for a day: the part of the day is the flow's
            # business (its own times), no yes or no about the offer's meetings.
            follow_up = replace(follow_up, part_of_day=None)
        offer = turn.snapshot.catalogue.offer(follow_up.offer_id)
        topic = follow_up.topic
        parts = [part(turn.t, offer, topic) for part in self._offer_parts] if offer else []
        return follow_up_reply(turn, follow_up, self.languages, parts=parts)

    def _hours(self, turn: Turn, weekday: int | None) -> Reply:
        """When we are there this week, the day asked about first; the times are now what a
        day named next asks about, no longer a card seen before."""
        more = [line for part in self._hours_parts for line in part(turn)]
        turn.remember(context_offer=None, **{HOURS_SHOWN_KEY: turn.now.isoformat()})
        catalogue = turn.snapshot.catalogue
        return views.hours_this_week(turn.t, catalogue, turn.now, more, weekday)

    def _day_after_the_hours(self, turn: Turn, text: str, understood: Understanding) -> int | None:
        """The weekday of a message not understood otherwise ("a v subotu?": "I don't know
        that yet", found in a trial) or asking the times of a day ("si sambata?") a few
        minutes after the week's times: the week was just shown, the day alone answers."""
        asks_the_times = understood.outcome is Outcome.INTENT and understood.intent is Intent.HOURS
        if not (understood.outcome is Outcome.UNKNOWN or asks_the_times):
            return None
        if not _within_the_window(turn, turn.user.state_data.get(HOURS_SHOWN_KEY)):
            return None
        _topic, weekday, _rest = self.understander.follow_ups.find(text)
        return weekday

    async def _follow_up_on_shown(self, turn: Turn, follow_up: FollowUp) -> list[Reply]:
        """The answer about the offer in context, or, right after "did you mean one of these?",
        about each offer shown ("and what does it cost?": the cost of each)."""
        choices = self._recent_choices(turn)
        if follow_up.offer_id not in choices:
            feature = self._follow_up_handlers.get(follow_up.topic)
            answer = await feature(turn, follow_up) if feature is not None else None
            if answer is None:
                return self._follow_up(turn, follow_up)
            if follow_up.also:  # "do I book, and what does it cost?": the cost, then the days
                others = replace(
                    follow_up,
                    topic=follow_up.also[0],
                    weekday=None,
                    also=follow_up.also[1:],
                    part_of_day=None,
                )
                return [*self._follow_up(turn, others), *answer]
            return answer
        replies = [
            reply
            for offer_id in choices
            for reply in self._follow_up(turn, replace(follow_up, offer_id=offer_id))
        ]
        # Each answer made its offer the one in context: the question is still about all of them.
        turn.remember(context_offer=None, **{CHOICES_KEY: choices})
        return replies

    def _recent_choices(self, turn: Turn) -> list[str]:
        """The offers of a "did you mean one of these?" shown a few minutes ago, with no card
        since (a card, a follow-up or "not what I meant" puts one offer or none in context)."""
        data = turn.user.state_data
        choices = data.get(CHOICES_KEY)
        if not choices or data.get("context_offer") is not None:
            return []
        if not _within_the_window(turn, data.get("context_at")):
            return []
        return [str(offer_id) for offer_id in choices]

    def _context(self, turn: Turn) -> Context:
        """The offer the person saw a few minutes ago, for follow-ups about "it"."""
        data = turn.user.state_data
        offer, at = data.get("context_offer"), data.get("context_at")
        recent = offer is not None and _within_the_window(turn, at)
        return Context(language=turn.t.code, offer=offer if recent else None, choice_pending=False)

    def _emergency_translator(self, turn: Turn, text: str) -> Translator:
        """Someone who has not chosen a language yet reads the numbers in the one they wrote."""
        if turn.user.language is not None:
            return turn.t
        written = self.understander.distress.languages_in(text[: self.max_text_length])
        spoken = [code for code in written if code in self.languages]
        if not spoken:  # read as danger by the learned net, not by a listed word
            detected = self.understander.detect_language(text, turn.snapshot)
            spoken = [detected] if detected is not None and detected in self.languages else []
        return self.texts.translator(spoken[0]) if spoken else turn.t

    def _pending_choice(self, turn: Turn) -> dict[str, str] | None:
        """The buttons a typed "yes" or "no" stands for now (one obvious choice offered)."""
        pending = turn.user.state_data.get(CHOICE_KEY)
        if not pending and turn.user.state == State.CONSENT and turn.user.consent_at is None:
            # The privacy note is still unanswered, even if an emergency screen came between.
            pending = {"yes": CONSENT_YES, "no": CONSENT_NO}
        return dict(pending) if pending else None

    def choice_pending(self, turn: Turn) -> bool:
        """Whether a typed "yes" or "no" would tap a button now (for features that read a bare
        "ok" otherwise, like the handover while nobody has taken the chat)."""
        return self._pending_choice(turn) is not None

    def answers_a_question(self, turn: Turn, text: str) -> bool:
        """Whether ``text`` is a question or request the bot would answer here (for features
        that hold the chat: "was kostet das" in the middle of a booking is answered, not
        taken for a wrong day). Not "I don't know that yet", a yes or no, a hello or thanks,
        or "help", "nu stiu": the feature's own hint explains its step better."""
        typed = text[: self.max_text_length]
        if not typed.strip():
            return False
        understood = self.understander.understand(typed, turn.snapshot, self._context(turn))
        if understood.outcome is Outcome.INTENT:
            return understood.intent not in SOCIAL and understood.intent is not Intent.HELP
        return understood.outcome not in (Outcome.UNKNOWN, Outcome.CHOICE)

    def asks_about_their_data(self, turn: Turn, text: str) -> bool:
        """Whether ``text`` asks what the bot keeps or to delete it ("sterge datele mele"), as
        the bot itself would read it now (for features that hold the chat)."""
        typed = text[: self.max_text_length]
        understood = self.understander.understand(typed, turn.snapshot, self._context(turn))
        return understood.outcome is Outcome.INTENT and understood.intent is Intent.PRIVACY

    def typed_answer_asked_at(self, turn: Turn, text: str) -> datetime | None:
        """When the bot asked the question ``text`` answers with a typed yes or no (None: it
        answers none). The handover asks it: a mediator who wrote since asked last."""
        asked_at = turn.user.state_data.get(CHOICE_AT_KEY)
        if asked_at is None or self._typed_choice(turn, text) is None:
            return None
        return datetime.fromisoformat(asked_at)

    def _typed_choice(self, turn: Turn, text: str) -> tuple[str, str] | None:
        """The button a typed "yes" or "no" stands for, when the bot offered one obvious choice,
        and what the message says after the answer ("ja, wo ist das?": "wo ist das?")."""
        pending = self._pending_choice(turn)
        if not pending:
            return None
        read = self.understander.answer_and_rest(text, turn.t.code)
        if read is None or read[0].value not in pending:
            return None
        answer, rest = read
        payload = pending[answer.value]
        label = (turn.user.state_data.get(CHOICE_LABELS_KEY) or {}).get(payload, "")
        # "da, sterge" to "✅ Da, ștergeți": the rest repeats the button, it asks nothing
        # more (found in a trial: "sterge" was then read as cancelling an appointment).
        repeated = typed_buttons.repeats(normalize(rest).split(), label, turn.t.code, loose=True)
        return payload, "" if repeated else rest

    def _typed_button(self, turn: Turn, text: str) -> str | None:
        """The button of the last answer whose words ``text`` repeats ("premesti" at "🔁
        Преместете"), shown a few minutes ago at most: tapped as if tapped. Not in a chat a
        feature holds (a mediator's: its own buttons go to it), not a link or file."""
        data = turn.user.state_data
        shown = data.get(CHOICE_LABELS_KEY) or {}
        if not shown or turn.user.state in self._exclusive_states:
            return None
        if not _within_the_window(turn, data.get(CHOICE_AT_KEY)):
            return None
        tappable = {payload: label for payload, label in shown.items() if self._by_words(payload)}
        return typed_buttons.typed_button(
            text[: self.max_text_length],
            tappable,
            turn.t.code,
            in_danger=lambda typed: self.understander.emergency(typed, turn.snapshot),
        )

    def _by_words(self, payload: str) -> bool:
        """Whether typing a button's words may tap it: the bot's own kinds, not a link, not
        one that sends a file (``on_action(by_words=False)``: 🔊)."""
        kind = actions.parse_action(payload).kind
        if kind in ONBOARDING_KINDS:
            return True
        entry = self._action_handlers.get(kind)
        return entry is not None and entry.by_words

    async def _tap_typed(self, turn: Turn, payload: str, rest: str) -> list[Reply]:
        """A typed answer taps its button; what the message asks after it is answered next,
        about what the button showed ("ja, wo ist das?" after "Did you mean this?": the card,
        then where it is). Not when the button began a flow that waits for its own answer."""
        tapped = actions.parse_action(payload)
        if rest and tapped.kind == actions.CONSENT:
            # Asked at the privacy note: answered right after it, like a question typed there.
            self._keep_for_later(turn, rest)
            return await self._on_action(turn, tapped)
        before = turn.user.state
        replies = await self._on_action(turn, tapped)
        if not rest or turn.user.state not in (before, State.SERVING) or not self._serving(turn):
            return replies
        understood = self.understander.understand(rest, turn.snapshot, self._context(turn))
        if understood.outcome in (Outcome.UNKNOWN, Outcome.CHOICE) or understood.intent in SOCIAL:
            return replies  # a name, thanks, "that is what I need": the answer was all
        return replies + await self._on_question(turn, rest)

    async def _on_intent(self, turn: Turn, understood: Understanding) -> list[Reply]:
        """What a person at the counter does when asked for something everyday."""
        t, catalogue, intent = turn.t, turn.snapshot.catalogue, understood.intent
        feature = self._intent_handlers.get(intent) if intent is not None else None
        if feature is not None:
            return await feature(turn, understood)
        if intent is Intent.HUMAN:
            # "someone who speaks Russian": the language named goes with it (human:ru), so the
            # handover can say when nobody in the team speaks it.
            named = understood.target_language or ""
            return await self._on_action(turn, actions.Action(actions.HUMAN, named))
        if intent is Intent.PRIVACY:  # the "My data" screen; deleting asks once more there
            return await self._on_action(turn, actions.Action(actions.PRIVACY))
        if intent is Intent.LANGUAGE:
            asked_for = understood.target_language
            # "czy ktos mowi po polsku?" asks for a language we do not speak, in it: said so
            # in it, as to a first message (found in a new-user run: only "Hello!", the picker).
            foreign = (
                None
                if asked_for
                else self.understander.foreign_language(understood.question, t.code)
            )
            guessed = [asked_for] if asked_for else []
            return self._show_language_picker(turn, *guessed, foreign=foreign)
        if intent is Intent.WHERE:
            return views.where_we_are(t, catalogue)
        if intent is Intent.HOURS:
            _topic, weekday, _rest = self.understander.follow_ups.find(understood.question)
            return [self._hours(turn, weekday)]
        # Booking answers these when installed; a centre without it books nothing.
        if intent is Intent.BOOK:
            return [views.no_appointment_needed(t, catalogue, turn.menu_entries)]
        if intent is Intent.CANCEL:
            return [views.nothing_to_cancel(turn)]
        if intent is Intent.HELP:
            return [views.help_text(t, self.abilities(t))]
        if intent is Intent.THANKS:
            return [views.you_are_welcome(t)]
        if intent is Intent.BYE:
            return [views.goodbye(t)]
        return [views.greeting(turn)]

    async def _log_question(self, turn: Turn, understood: Understanding) -> None:
        top = understood.candidates[0] if understood.candidates else None
        user = turn.user
        key = known_person_key(self.database.engine.sync_engine, user.channel, user.external_id)
        turn.transaction.log_question(
            {
                "person_key": key or await person_key(turn.session, user.channel, user.external_id),
                "asked_at": turn.now,
                "language": turn.user.language or self.default_language,
                "detected_language": understood.detected_language,
                "question": redact(understood.question)[:QUESTION_LOG_MAX_CHARS],
                "outcome": understood.outcome.value,
                "offer_id": top.offer_id if top else understood.faq,
                "score": round(top.score, 1) if top else None,
            },
        )

    def _on_unreadable(self, turn: Turn) -> list[Reply]:
        kind = turn.inbound.kind
        replies = [views.unreadable(turn.t, kind.value)]
        if kind is InboundKind.LOCATION:
            replies += [
                Reply(
                    venue=Venue(place.name, place.address, place.latitude, place.longitude),
                    rtl=turn.t.rtl,
                )
                for place in turn.snapshot.catalogue.locations.values()
            ]
        return replies


def _remember_choice(turn: Turn, replies: list[Reply], tappable: Callable[[str], bool]) -> None:
    """Keep which buttons a typed "yes"/"no" means next turn, and the buttons shown (their words
    typed tap them): only while they are the last shown."""
    offered = next(
        (r.extras for r in reversed(replies) if TYPED_YES in r.extras or TYPED_NO in r.extras),
        None,
    )
    if offered is None and not replies:
        return  # nothing shown (a message passed on to the team): the last choice still stands
    choice = (
        {k: offered[e] for k, e in (("yes", TYPED_YES), ("no", TYPED_NO)) if e in offered}
        if offered
        else None
    )
    chosen = set(choice.values()) if choice else set()
    labels = typed_buttons.shown_buttons(
        replies, lambda payload: payload in chosen or tappable(payload)
    )
    turn.remember(
        **{
            CHOICE_KEY: choice,
            CHOICE_AT_KEY: turn.now.isoformat() if choice or labels else None,
            CHOICE_LABELS_KEY: labels or None,
        }
    )


SEEN_OFFERS_KEPT = 3
"""How many of the offers a person looked at last are kept (``state_data['seen_offers']``)."""


def seen_offers(user: User, viewed: list[str]) -> list[str]:
    """The person's most recently seen offers, newest first, each once."""
    earlier = [str(offer_id) for offer_id in user.state_data.get("seen_offers", [])]
    newest = list(dict.fromkeys([*reversed(viewed), *earlier]))
    return newest[:SEEN_OFFERS_KEPT]


def _resume_held_state(turn: Turn) -> None:
    """A flow begun while a feature held the chat has ended: the feature has it again."""
    held = turn.user.state_data.get(RESUME_KEY)
    if held is None:
        return
    if turn.user.state == State.SERVING:
        turn.user.state = str(held)
    if turn.user.state == held:
        turn.remember(**{RESUME_KEY: None})


def _within_the_window(turn: Turn, stamp: str | None) -> bool:
    """Whether ``stamp`` (an ISO time in ``state_data``) lies a few minutes back at most: what
    was shown then is still what "it" or "that day" means."""
    return stamp is not None and turn.now - datetime.fromisoformat(stamp) <= FOLLOW_UP_WINDOW
