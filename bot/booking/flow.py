"""The booking conversation: offer card -> day -> time -> a few questions -> check -> booked.

Plus "My appointments": list, cancel, move. Every handler treats its button as possibly stale
(a time taken meanwhile, a booking already cancelled, an offer removed) and answers politely.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from bot.booking import answers, availability, draft, ics, outbox, payloads, store, views, words
from bot.booking.draft import Draft
from bot.booking.slots import Slot, bookable_slot_at, rules_of
from bot.booking.typed import TypedWhen, read_when, resolve, says_half
from bot.catalogue.model import BookingQuestion, Offer
from bot.dialogue import views as dialogue_views
from bot.dialogue.actions import Action
from bot.dialogue.answers import appointment_answer
from bot.dialogue.engine import RESUME_KEY, Dialogue, State
from bot.dialogue.turn import Turn
from bot.i18n.languages import Languages
from bot.matching.normalize import normalize
from bot.messages import InboundKind, Reply
from bot.storage.models import Booking
from bot.understanding import FollowUp, Intent, Understanding

MISSES_BEFORE_GIVING_UP = 2
"""Typed texts in a row that are no day or time before the flow lets go of the chat."""

ASKED_DAY_KEY = "booking_asked_day"
"""In ``state_data``: the day named in a request to book that showed the offers to choose from
("iskam chas za utre"): [weekday, days ahead, the day asked on, when asked]; the offer tapped
next goes to that day's times."""
ASKED_DAY_WINDOW = timedelta(minutes=10)


class BookingFlow:
    """Booking screens and their buttons, registered with the dialogue."""

    def __init__(self, languages: Languages) -> None:
        self.languages = languages
        self._asks_to_cancel: Callable[[str], bool] = lambda _text: False
        self._declines: Callable[[str], bool] = lambda _text: False
        self._dialogue: Dialogue | None = None

    def register(self, dialogue: Dialogue) -> None:
        self._asks_to_cancel = dialogue.understander.asks_to_cancel
        self._declines = dialogue.understander.says_no_in_a_word
        self._dialogue = dialogue
        for kind, handler in {
            payloads.DAY: self.day,
            payloads.SLOT: self.slot,
            payloads.SKIP_PHONE: self.skip_phone,
            payloads.INTERPRETER: self.interpreter,
            payloads.CONFIRM: self.confirm,
            payloads.STOP: self.stop,
            payloads.MINE: self.mine,
            payloads.CANCEL: self.cancel,
            payloads.MOVE: self.move,
        }.items():
            dialogue.on_action(kind, handler)
        dialogue.on_action(payloads.START, self.start, on_cards="Termin buchen")  # card's button
        dialogue.on_state(draft.STATE, self.typed, on_leave=draft.discard)
        dialogue.on_privacy(self.kept)
        dialogue.on_delete_warning(self.cancelled_by_deleting)
        dialogue.on_offer(views.on_offer)
        mine = dialogue.as_button(payloads.MINE)
        describe = lambda t: t._("My appointments")  # noqa: E731
        dialogue.on_command("appointments", mine, describe=describe, rank=30)
        dialogue.on_menu(views.my_appointments_button, rank=20)
        dialogue.on_sendable(views.for_mediators())
        dialogue.on_help(lambda t: [t._("I can book an appointment for you.")])
        dialogue.on_keeping(lambda t: [views.kept_for_appointments(t)])
        dialogue.on_intent(Intent.BOOK, self.bookable)
        dialogue.on_follow_up("booking", self.asked_about_booking)
        dialogue.on_intent(Intent.CANCEL, lambda turn, _asked: mine(turn, ""))

    async def bookable(self, turn: Turn, asked: Understanding) -> list[Reply]:
        """Asked for an appointment in words: the offers that take one. A day named in the
        request ("iskam chas za utre") is kept for the offer tapped next."""
        named = self._named_bookable(turn, asked)
        if named is not None:
            # "vreau o programare pt curs de germana": that offer's days, as at the counter,
            # not the list to choose the course from again (found in a trial).
            turn.remember(**{ASKED_DAY_KEY: None})
            replies, _day_named = await self._days_or_the_day_named(turn, named)
            return replies
        typed = _typed_in(turn)
        kept = None
        if typed is not None and _names_a_day(typed):
            today = turn.t.local(turn.now).date()
            kept = [typed.weekday, typed.days_ahead, today.isoformat(), turn.now.isoformat()]
        turn.remember(**{ASKED_DAY_KEY: kept})
        return [views.bookable_offers(turn.t, turn.snapshot.catalogue, turn.menu_entries)]

    def _named_bookable(self, turn: Turn, asked: Understanding) -> Offer | None:
        """The bookable offer a request to book calls by its name or title, if any."""
        if self._dialogue is None:
            return None
        named = self._dialogue.understander.offer_named(asked.question, turn.snapshot)
        return _bookable(turn, named) if named is not None else None

    async def _days_or_the_day_named(self, turn: Turn, offer: Offer) -> tuple[list[Reply], bool]:
        """The days of ``offer`` to choose from; or, when the message names a day ("iskam da si
        zapazya chas za utre"), that day's times, as a person at the counter would (found in a
        trial: the day picker, the day asked for dropped), and True."""
        turn.remember(context_offer=offer.id, context_at=turn.now.isoformat())
        days = await self._choose_day(turn, offer, Draft(offer.id))
        current = draft.load(turn)
        typed = _typed_in(turn)
        if current is not None and typed is not None and _names_a_day(typed):
            return await self._when_typed(turn, offer, current, typed), True
        return days, False

    async def asked_about_booking(self, turn: Turn, follow_up: FollowUp) -> list[Reply] | None:
        """ "Do I have to book?", "I want an appointment" after the card of an offer that takes
        one: yes, and the days to choose from, as tapping 📅 would (found in a trial: "ich will
        einen termin" was told to book first, under a button to do so). A question typed next
        is still answered (``_answer_aside``). Offers without appointments: their own answer."""
        offer = _bookable(turn, follow_up.offer_id)
        booking = draft.load(turn)
        if offer is None or (booking is not None and booking.offer_id == offer.id):
            return None  # booking it already: the days follow the answer (``_answer_aside``)
        text = turn.inbound.text if turn.inbound.kind is InboundKind.TEXT else ""
        replies, day_named = await self._days_or_the_day_named(turn, offer)
        if day_named or _wishes(text or ""):
            # "I want an appointment" asks for no yes: "please book first" answers "do I have
            # to book?", not a request to book (found in a trial).
            return replies
        needed = appointment_answer(turn.t, offer)
        return [replace(replies[0], text=f"{needed}\n{replies[0].text}"), *replies[1:]]

    # -- choosing a time ---------------------------------------------------------------------

    async def start(self, turn: Turn, tapped: Action) -> list[Reply]:
        """From the offer card: the days with free times."""
        offer = _bookable(turn, tapped.argument)
        asked = turn.user.state_data.get(ASKED_DAY_KEY)
        turn.remember(**{ASKED_DAY_KEY: None})
        if offer is None:
            return _stale(turn)
        days = await self._choose_day(turn, offer, Draft(offer.id))
        current = draft.load(turn)
        if current is None or not isinstance(asked, list):
            return days
        weekday, ahead, today, when = asked
        if turn.now - datetime.fromisoformat(when) > ASKED_DAY_WINDOW:
            return days
        typed = TypedWhen(weekday, None, ahead)
        return await self._when_typed(turn, offer, current, typed, date.fromisoformat(today))

    async def day(self, turn: Turn, tapped: Action) -> list[Reply]:
        offer_id, _, day_text = tapped.argument.partition(":")
        offer, day = _bookable(turn, offer_id), payloads.parse_day(day_text)
        if offer is None or day is None:
            return _stale(turn)
        return await self._choose_time(turn, offer, self._draft_for(turn, offer), day)

    async def slot(self, turn: Turn, tapped: Action) -> list[Reply]:
        offer_id, _, stamp = tapped.argument.partition(":")
        offer, start = _bookable(turn, offer_id), payloads.parse_stamp(stamp)
        if offer is None or start is None:
            return _stale(turn)
        return await self._pick(turn, offer, self._draft_for(turn, offer), start)

    def _draft_for(self, turn: Turn, offer: Offer) -> Draft:
        """The running draft for this offer, or a new one (a button from an older message)."""
        current = draft.load(turn)
        return current if current is not None and current.offer_id == offer.id else Draft(offer.id)

    async def _choose_day(self, turn: Turn, offer: Offer, current: Draft) -> list[Reply]:
        limit = await self._limit_reached(turn, offer, current)
        if limit is not None:
            return limit
        free = await availability.free_slots(turn.session, offer, turn.now, turn.user.id)
        if not free:
            draft.clear(turn, State.SERVING)
            return [views.no_free_time(turn.t, offer)]
        draft.save(turn, replace(current, start=None, day=None))
        return [
            views.choose_day(
                turn.t,
                offer,
                availability.days_of(free, offer.schedule.calendar),
                moving=current.replaces is not None,
            )
        ]

    async def _choose_time(
        self, turn: Turn, offer: Offer, current: Draft, day: date
    ) -> list[Reply]:
        free = await availability.free_slots(turn.session, offer, turn.now, turn.user.id)
        that_day = availability.on_day(free, day, offer.schedule.calendar)
        draft.save(turn, replace(current, start=None, day=day if that_day else None))
        if not that_day:
            return [views.time_gone(turn.t, free)]
        return [views.choose_time(turn.t, offer, day, that_day)]

    async def _pick(self, turn: Turn, offer: Offer, current: Draft, start: datetime) -> list[Reply]:
        """A time was chosen: check it is still open, then ask what is missing."""
        limit = await self._limit_reached(turn, offer, current)
        if limit is not None:
            return limit
        slot = await _open_slot(turn, offer, start)
        if slot is None:
            return await self._time_gone(turn, offer, current)
        chosen = replace(current, start=slot.start, misses=0)
        draft.save(turn, chosen)
        return self._next_step(turn, offer, chosen)

    async def _time_gone(
        self, turn: Turn, offer: Offer, current: Draft, *, lost_race: bool = False
    ) -> list[Reply]:
        free = await availability.free_slots(turn.session, offer, turn.now, turn.user.id)
        draft.save(turn, replace(current, start=None))
        return [views.time_gone(turn.t, free, lost_race=lost_race)]

    # -- the questions -------------------------------------------------------------------------

    def _missing(self, turn: Turn, offer: Offer, current: Draft) -> BookingQuestion | None:
        asks = rules_of(offer).asks
        if BookingQuestion.FIRST_NAME in asks and current.first_name is None:
            return BookingQuestion.FIRST_NAME
        if BookingQuestion.PHONE in asks and current.phone is None:
            return BookingQuestion.PHONE
        spoken_there = turn.user.language in offer.languages
        if BookingQuestion.INTERPRETER in asks and current.interpreter is None and not spoken_there:
            return BookingQuestion.INTERPRETER
        return None

    def _next_step(self, turn: Turn, offer: Offer, current: Draft) -> list[Reply]:
        t = turn.t
        match self._missing(turn, offer, current):
            case BookingQuestion.FIRST_NAME:
                return [views.ask_first_name(t)]
            case BookingQuestion.PHONE:
                return [views.ask_phone(t)]
            case BookingQuestion.INTERPRETER:
                language = turn.user.language or t.code
                return [views.ask_interpreter(t, self._language_name(language, t.code) or language)]
        assert current.start is not None
        slot = Slot(current.start, current.start + rules_of(offer).slot_length, offer.id)
        return [
            views.confirm(
                t,
                offer,
                slot,
                current.answers(),
                self._language_name(current.interpreter, turn.t.code),
                moving=current.replaces is not None,
            )
        ]

    def _language_name(self, code: str | None, reader: str) -> str | None:
        """The interpreter's language as the reader's language calls it."""
        if not code:
            return None
        return self.languages.name_in(code, reader) if code in self.languages else code

    async def typed(self, turn: Turn) -> list[Reply]:
        """Whatever the person sends while booking: a day or time, a name, a phone number."""
        current = draft.load(turn)
        offer = _bookable(turn, current.offer_id) if current is not None else None
        if current is None or offer is None:
            draft.clear(turn, State.SERVING)
            return [dialogue_views.menu_of(turn)]
        text = turn.inbound.text if turn.inbound.kind is InboundKind.TEXT else None
        if current.start is None:
            return await self._typed_when(turn, offer, current, text or "")
        question = self._missing(turn, offer, current)
        if question is BookingQuestion.FIRST_NAME and text is not None:
            name = answers.first_name(text)
            if name is None:
                return [views.first_name_again(turn.t)]
            return self._answered(turn, offer, replace(current, first_name=name))
        if question is BookingQuestion.PHONE and text is not None:
            phone = answers.phone_number(text)
            if phone is None and self._declines(text):
                # "telefonum yok", "nu am telefon", "no phone": the Skip button in words (found
                # in a trial: asked again for digits, though the person has no phone to give).
                return self._answered(turn, offer, replace(current, phone=""))
            if phone is None:
                return [views.phone_again(turn.t)]
            return self._answered(turn, offer, replace(current, phone=phone))
        if question is None and text is not None and self._asks_to_cancel(text):
            # "cancel the appointment", "otkazhi chasa" typed at the confirmation: Stop, as a
            # person at the counter would, not the same question again.
            return await self.stop(turn, Action(payloads.STOP))
        return self._next_step(turn, offer, current)

    def _answered(self, turn: Turn, offer: Offer, current: Draft) -> list[Reply]:
        draft.save(turn, current)
        return self._next_step(turn, offer, current)

    async def _when_typed(
        self,
        turn: Turn,
        offer: Offer,
        current: Draft,
        typed: TypedWhen,
        today: date | None = None,
    ) -> list[Reply]:
        """A day typed in a request to book: its times, the time, or no free time that day.
        ``today``: the day the request was typed on, if not today."""
        free = await availability.free_slots(turn.session, offer, turn.now, turn.user.id)
        picked = _resolve(turn, offer, current, typed, free, today)
        if picked is None:
            return [_no_free_time_that_day(turn, offer, current, free)]
        return await self._picked(turn, offer, current, picked)

    async def _picked(
        self, turn: Turn, offer: Offer, current: Draft, picked: Slot | date | list[Slot]
    ) -> list[Reply]:
        if isinstance(picked, Slot):
            return await self._pick(turn, offer, current, picked.start)
        if isinstance(picked, date):
            return await self._choose_time(turn, offer, current, picked)
        draft.save(turn, replace(current, misses=0))
        return [views.which_one(turn.t, picked)]

    async def _typed_when(self, turn: Turn, offer: Offer, current: Draft, text: str) -> list[Reply]:
        typed = read_when(text, [turn.t.locale])
        free = await availability.free_slots(turn.session, offer, turn.now, turn.user.id)
        picked = _resolve(turn, offer, current, typed, free) if typed is not None else None
        if picked is None and typed is not None and _names_a_day(typed):
            # "utre", "четвъртък" with no free time that day: say so, and the days again
            return [_no_free_time_that_day(turn, offer, current, free)]
        if picked is None and says_half(text):
            # "12 i polovina" not read: the times again, never the whole hour (a wrong time is
            # worse than a question; found in a trial: "v 12 i polovina" booked 12:00).
            draft.save(turn, replace(current, misses=current.misses + 1))
            return [views.not_understood(turn.t), _day_or_time(turn, offer, current, free)]
        dialogue = self._dialogue
        if picked is None and dialogue is not None:  # no free day or time in it ("am 2 kinder")
            # While booking, "it" is the offer booked: "was kostet das" asks its cost.
            turn.remember(context_offer=offer.id, context_at=turn.now.isoformat())
            if dialogue.answers_a_question(turn, text):
                return await self._answer_aside(turn, dialogue, offer, current)
        if picked is not None:
            return await self._picked(turn, offer, current, picked)
        if current.misses + 1 >= MISSES_BEFORE_GIVING_UP:
            # Probably a question, not a day: let the chat go back to answering questions.
            draft.clear(turn, State.SERVING)
            return [views.gave_up(turn.t)]
        draft.save(turn, replace(current, misses=current.misses + 1))
        return [views.not_understood(turn.t), _day_or_time(turn, offer, current, free)]

    async def _answer_aside(
        self, turn: Turn, dialogue: Dialogue, offer: Offer, current: Draft
    ) -> list[Reply]:
        """A question typed while choosing a day ("was kostet das?", "wo ist das"): the bot's
        answer, then the same choice again, as a person at the counter would (found in a trial:
        it was told to tap a day, then the booking let go, the question never answered). Asked
        about another offer, or for a person, the booking is left."""
        answer = await dialogue.serve_meanwhile(turn)
        elsewhere = turn.user.state_data.get("context_offer") not in (None, offer.id)
        if turn.user.state != draft.STATE or elsewhere:
            draft.discard(turn)
            turn.remember(**{RESUME_KEY: None})  # nothing to go back to
            if turn.user.state == draft.STATE:
                turn.user.state = State.SERVING
            return answer
        draft.save(turn, replace(current, misses=0))
        free = await availability.free_slots(turn.session, offer, turn.now, turn.user.id)
        return [*answer, _day_or_time(turn, offer, current, free)]

    async def skip_phone(self, turn: Turn, tapped: Action) -> list[Reply]:
        return self._answer_button(turn, BookingQuestion.PHONE, lambda d: replace(d, phone=""))

    async def interpreter(self, turn: Turn, tapped: Action) -> list[Reply]:
        needed = turn.user.language if tapped.argument == payloads.YES else ""
        return self._answer_button(
            turn, BookingQuestion.INTERPRETER, lambda d: replace(d, interpreter=needed)
        )

    def _answer_button(
        self, turn: Turn, question: BookingQuestion, answer: Callable[[Draft], Draft]
    ) -> list[Reply]:
        """A tapped answer counts only while that question is open (old buttons do nothing)."""
        running = _running(turn)
        if running is None:
            return _stale(turn)
        current, offer = running
        if self._missing(turn, offer, current) is question:
            current = answer(current)
            draft.save(turn, current)
        return self._next_step(turn, offer, current)

    # -- booking ---------------------------------------------------------------------------------

    async def confirm(self, turn: Turn, tapped: Action) -> list[Reply]:
        """Take a seat. The database decides who gets the last one; the others hear it at once."""
        running = _running(turn)
        if running is None:
            return _stale(turn)
        current, offer = running
        assert current.start is not None
        if self._missing(turn, offer, current) is not None:
            return self._next_step(turn, offer, current)
        limit = await self._limit_reached(turn, offer, current)
        if limit is not None:
            return limit
        slot = await _open_slot(turn, offer, current.start)
        if slot is None:
            return await self._time_gone(turn, offer, current)
        rules = rules_of(offer)
        taken = await store.take_seat(
            turn.session,
            user_id=turn.user.id,
            slot=slot,
            seats=rules.seats,
            answers=current.answers(),
            now=turn.now,
        )
        if taken is store.Refusal.TAKEN:
            return await self._time_gone(turn, offer, current, lost_race=True)
        if taken is store.Refusal.ALREADY_YOURS:
            draft.clear(turn, State.SERVING)
            return [views.already_yours(turn.t)]
        assert isinstance(taken, Booking)
        moved_from = None
        if current.replaces is not None:
            moved = await store.own_booking(turn.session, turn.user.id, current.replaces)
            if moved is not None and moved.cancelled_at is None:
                store.cancel(moved, turn.now, store.CancelledBy.MOVED)
                moved_from = moved.starts_at
        outbox.schedule_reminders(turn.session, taken, rules, turn.now)
        draft.clear(turn, State.SERVING)
        calendar = ics.calendar_file(turn.t, offer, taken, turn.now)
        return views.booked(
            turn.t,
            offer,
            slot,
            current.answers(),
            self._language_name(current.interpreter, turn.t.code),
            calendar,
            moved_from=moved_from,
            booking_id=taken.id,
        )

    async def stop(self, turn: Turn, tapped: Action) -> list[Reply]:
        draft.clear(turn, State.SERVING)
        return [views.stopped(turn.t)]

    async def _limit_reached(self, turn: Turn, offer: Offer, current: Draft) -> list[Reply] | None:
        """Too many open bookings for this offer (the one being moved does not count)."""
        mine = await store.open_bookings(turn.session, turn.user.id, turn.now, offer.id)
        others = [booking for booking in mine if booking.id != current.replaces]
        if len(others) < rules_of(offer).open_per_person:
            return None
        draft.clear(turn, State.SERVING)
        return views.limit_reached(turn.t, turn.snapshot.catalogue, others)

    # -- my appointments -------------------------------------------------------------------------

    async def mine(self, turn: Turn, tapped: Action) -> list[Reply]:
        if turn.user.state == draft.STATE:
            draft.clear(turn, State.SERVING)
        bookings = await store.open_bookings(turn.session, turn.user.id, turn.now)
        return views.my_appointments(turn.t, turn.snapshot.catalogue, bookings)

    async def kept(self, turn: Turn) -> list[tuple[str, str]]:
        """For the privacy screen: each stored booking with the first name and phone kept for it."""
        bookings = await store.kept_bookings(turn.session, turn.user.id)
        catalogue = turn.snapshot.catalogue
        return [views.kept_booking(turn.t, catalogue, booking, turn.now) for booking in bookings]

    async def cancelled_by_deleting(self, turn: Turn) -> list[str]:
        """For "delete my data": the coming appointments it cancels, by name and time."""
        bookings = await store.open_bookings(turn.session, turn.user.id, turn.now)
        return views.cancelled_by_deleting(turn.t, turn.snapshot.catalogue, bookings)

    async def cancel(self, turn: Turn, tapped: Action) -> list[Reply]:
        """``bcancel:<id>`` asks first; ``bcancel:<id>:yes`` cancels."""
        booking_id, _, confirmed = tapped.argument.partition(":")
        booking = await _own_open_booking(turn, booking_id)
        if booking is None:
            return [views.already_cancelled(turn.t)]
        if confirmed != payloads.YES:
            return [
                views.confirm_cancel(
                    turn.t, turn.snapshot.catalogue.offer(booking.offer_id), booking
                )
            ]
        store.cancel(booking, turn.now, store.CancelledBy.PERSON)
        return [views.cancelled(turn.t)]

    async def move(self, turn: Turn, tapped: Action) -> list[Reply]:
        """``bmove:<id>``: choose a new day; ``bmove:<id>:<time>``: that time (staff notices)."""
        id_text, _, stamp = tapped.argument.partition(":")
        booking_id = payloads.parse_id(id_text)
        booking = (
            await store.own_booking(turn.session, turn.user.id, booking_id) if booking_id else None
        )
        staff_cancelled = booking is not None and booking.cancelled_by == store.CancelledBy.STAFF
        if (
            booking is None
            or booking.ends_at <= turn.now
            or (booking.cancelled_at and not staff_cancelled)
        ):
            return [views.already_cancelled(turn.t)]
        offer = _bookable(turn, booking.offer_id)
        if offer is None:
            return _stale(turn)
        earlier = store.Answers(booking.first_name, booking.phone, booking.interpreter_language)
        moving = Draft(offer.id, replaces=booking.id).with_answers(earlier)
        start = payloads.parse_stamp(stamp) if stamp else None
        if start is not None:
            return await self._pick(turn, offer, moving, start)
        return await self._choose_day(turn, offer, moving)


def _running(turn: Turn) -> tuple[Draft, Offer] | None:
    """The draft with a chosen time and its still bookable offer, if the flow is running."""
    current = draft.load(turn)
    offer = _bookable(turn, current.offer_id) if current is not None else None
    if current is None or offer is None or current.start is None:
        return None
    return current, offer


def _bookable(turn: Turn, offer_id: str) -> Offer | None:
    offer = turn.snapshot.catalogue.offer(offer_id)
    return offer if offer is not None and offer.appointment is not None else None


async def _open_slot(turn: Turn, offer: Offer, start: datetime) -> Slot | None:
    """The slot at ``start`` if it may still be booked: exists, in time, not blocked by staff."""
    slot = bookable_slot_at(offer, start, turn.now)
    if slot is None or await availability.is_blocked(turn.session, slot, offer.schedule.calendar):
        return None
    return slot


async def _own_open_booking(turn: Turn, id_text: str) -> Booking | None:
    booking_id = payloads.parse_id(id_text)
    booking = (
        await store.own_booking(turn.session, turn.user.id, booking_id) if booking_id else None
    )
    if booking is None or booking.cancelled_at is not None or booking.ends_at <= turn.now:
        return None
    return booking


def _stale(turn: Turn) -> list[Reply]:
    if turn.user.state == draft.STATE:
        draft.clear(turn, State.SERVING)
    return dialogue_views.stale_button(turn)


def _names_a_day(typed: TypedWhen) -> bool:
    return typed.weekday is not None or typed.days_ahead is not None or typed.on is not None


def _resolve(
    turn: Turn,
    offer: Offer,
    current: Draft,
    typed: TypedWhen,
    free: list[Slot],
    today: date | None = None,
) -> Slot | date | list[Slot] | None:
    calendar = offer.schedule.calendar
    return resolve(typed, free, current.day, calendar, today or calendar.local(turn.now).date())


def _typed_in(turn: Turn) -> TypedWhen | None:
    """The day and time in the message typed, if it is a text."""
    if turn.inbound.kind is not InboundKind.TEXT or not turn.inbound.text:
        return None
    return read_when(turn.inbound.text, [turn.t.locale])


def _wishes(text: str) -> bool:
    """Whether ``text`` says a wish ("ich möchte", "iskam"; booking_words.yaml ``wishes``)."""
    padded = f" {normalize(text)} "
    return any(f" {wish} " in padded for wish in words.every("wishes"))


def _no_free_time_that_day(turn: Turn, offer: Offer, current: Draft, free: list[Slot]) -> Reply:
    """A day was named that has no free time: say so, and the days that have."""
    draft.save(turn, replace(current, start=None, day=None))
    if not free:
        return views.no_free_time(turn.t, offer)
    days = views.choose_day(
        turn.t,
        offer,
        availability.days_of(free, offer.schedule.calendar),
        moving=current.replaces is not None,
    )
    none = "😕 " + turn.t._("Sorry, there is no free time on that day.")
    return replace(days, text=f"{none}\n{days.text}")


def _day_or_time(turn: Turn, offer: Offer, current: Draft, free: list[Slot]) -> Reply:
    """The choice on screen again: the times of the day chosen, else the days."""
    if current.day is not None and (
        that_day := availability.on_day(free, current.day, offer.schedule.calendar)
    ):
        return views.choose_time(turn.t, offer, current.day, that_day)
    return views.choose_day(
        turn.t,
        offer,
        availability.days_of(free, offer.schedule.calendar),
        moving=current.replaces is not None,
    )
