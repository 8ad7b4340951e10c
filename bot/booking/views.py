"""The booking screens, one function each, in the person's language.

Short words and big buttons: many readers had little schooling and read on small phones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from bot.booking import payloads
from bot.booking.slots import Slot
from bot.booking.store import Answers
from bot.catalogue.model import BookingMode, Catalogue, Offer
from bot.dialogue import actions
from bot.dialogue import views as dialogue_views
from bot.dialogue.sendable import Sendable
from bot.dialogue.turn import MenuEntry
from bot.i18n.translator import Translator
from bot.messages import LISTEN, PURPOSE, Attachment, Button, Reply, Venue
from bot.storage.models import Booking

DAYS_SHOWN = 6
TIMES_PER_ROW = 3
ALTERNATIVES_SHOWN = 4


def _reply(t: Translator, text: str, buttons: Sequence[Sequence[Button]] = ()) -> Reply:
    return Reply(text=text, buttons=tuple(tuple(row) for row in buttons if row), rtl=t.rtl)


def _title(t: Translator, offer: Offer) -> str:
    """What is booked: the appointment's own name (a placement talk), else the offer's title."""
    what = offer.appointment.what(t.chain) if offer.appointment is not None else None
    return f"{offer.icon} {what or offer.text('title', t.chain)}"


def _bring(t: Translator, offer: Offer) -> list[str]:
    """What to bring to the offer; not said for an appointment of its own (a placement talk
    is not the course, and the course's notebook is not needed there)."""
    if offer.appointment is not None and offer.appointment.title:
        return []
    return ["🎒 " + t._("Bring:") + " " + offer.text("bring", t.chain)]


def _menu(t: Translator) -> Button:
    return Button("🏠 " + t._("Menu"), actions.MENU)


def _stop(t: Translator) -> Button:
    return Button("❌ " + t._("Stop booking"), payloads.STOP)


def my_appointments_button(t: Translator) -> Button:
    """Also the main menu's entry (bot/booking/flow.py registers it)."""
    return Button("📅 " + t._("My appointments"), payloads.MINE)


def kept_for_appointments(t: Translator) -> str:
    """For the privacy note and screen; true to bot/booking/reminders.py: bookings go 30 days after
    the appointment (KEEP_BOOKINGS)."""
    return t._(
        "For an appointment I keep your first name and, if you give it, your phone number. "
        "I delete them a month after the appointment."
    )


def _slot_buttons(t: Translator, slots: Sequence[Slot]) -> list[list[Button]]:
    """One row per slot, with its day: for choices across several days."""
    return [
        [Button(t.when(slot.start), payloads.slot(slot.offer_id, slot.start))] for slot in slots
    ]


def choose_day(t: Translator, offer: Offer, days: Sequence[date], moving: bool = False) -> Reply:
    intro = t._("Move your appointment.") if moving else _title(t, offer)
    text = "\n".join([intro, "📅 " + t._("Which day suits you?"), t._("Tap a day, or write it.")])
    rows = [[Button(t.day(day), payloads.day(offer.id, day))] for day in days[:DAYS_SHOWN]]
    return _reply(t, text, [*rows, [_stop(t), _menu(t)]])


def choose_time(t: Translator, offer: Offer, day: date, slots: Sequence[Slot]) -> Reply:
    text = f"📅 {t.isolate(t.day(day))}\n🕙 " + t._("Which time suits you?")
    buttons = [Button(t.clock(slot.start), payloads.slot(offer.id, slot.start)) for slot in slots]
    rows = [buttons[i : i + TIMES_PER_ROW] for i in range(0, len(buttons), TIMES_PER_ROW)]
    other_day = Button("📅 " + t._("Other day"), actions.action(payloads.START, offer.id))
    return _reply(t, text, [*rows, [other_day, _stop(t)]])


def no_free_time(t: Translator, offer: Offer) -> Reply:
    text = "\n".join(
        [
            _title(t, offer),
            "😕 " + t._("Sorry, there are no free times right now."),
            t._("Come by during the opening hours, or talk to a person."),
        ]
    )
    return _reply(t, text, [[Button("🙋 " + t._("Talk to a person"), actions.HUMAN), _menu(t)]])


def time_gone(t: Translator, alternatives: Sequence[Slot], *, lost_race: bool = False) -> Reply:
    """The chosen time went to someone else (or went away): say so, offer the next ones."""
    lines = [
        "😕 "
        + (
            t._("Sorry, someone else was faster.")
            if lost_race
            else t._("Sorry, this time is not free any more.")
        ),
    ]
    if alternatives:
        lines.append(t._("These times are still free:"))
        rows = _slot_buttons(t, alternatives[:ALTERNATIVES_SHOWN])
    else:
        lines.append(t._("Sorry, there are no free times right now."))
        rows = []
    return _reply(t, "\n".join(lines), [*rows, [_stop(t), _menu(t)]])


def not_understood(t: Translator) -> Reply:
    return _reply(
        t,
        "🤔 " + t._("Please tap a day or a time, or write e.g. “Tuesday 10:00”."),
        [[_stop(t), _menu(t)]],
    )


def which_one(t: Translator, slots: Sequence[Slot]) -> Reply:
    """A typed time fits several days: let the person tap the one they mean."""
    return _reply(
        t,
        "🤔 " + t._("Which one do you mean?"),
        [*_slot_buttons(t, slots[:DAYS_SHOWN]), [_stop(t)]],
    )


def stopped(t: Translator) -> Reply:
    return _reply(
        t, "👍 " + t._("OK, no appointment booked."), [[my_appointments_button(t), _menu(t)]]
    )


def gave_up(t: Translator) -> Reply:
    text = (
        "👍 "
        + t._("OK, no appointment booked.")
        + "\n"
        + t._("Write your question, or tap a button in the menu.")
    )
    return _reply(t, text, [[my_appointments_button(t), _menu(t)]])


def ask_first_name(t: Translator) -> Reply:
    lines = [
        "👤 " + t._("What is your first name?"),
        t._("Only your first name, please."),
        "🔒 " + t._("I keep it only for this appointment."),
    ]
    return _reply(t, "\n".join(lines), [[_stop(t)]])


def first_name_again(t: Translator) -> Reply:
    return _reply(t, "👤 " + t._("Please write only your first name, with letters."), [[_stop(t)]])


def ask_phone(t: Translator) -> Reply:
    text = (
        "📞 "
        + t._("Your phone number? Then we can call you if something changes.")
        + "\n"
        + t._("You can skip this.")
    )
    return _phone_buttons(t, text)


def phone_again(t: Translator) -> Reply:
    text = "📞 " + t._("Please write the number with digits, e.g. 0176 1234567. Or tap Skip.")
    return _phone_buttons(t, text)


def _phone_buttons(t: Translator, text: str) -> Reply:
    """Skip or Stop; a typed "no" ("net", "nu", "nein danke") skips, as at the counter: found
    in a trial, where "net" only brought "please write the number with digits" again."""
    reply = _reply(t, text, [[Button("⏭ " + t._("Skip"), payloads.SKIP_PHONE), _stop(t)]])
    return dialogue_views.typed_choice(reply, None, payloads.SKIP_PHONE)


def ask_interpreter(t: Translator, language_name: str) -> Reply:
    text = "🗣 " + t._("Do you need an interpreter for {language}?").format(language=language_name)
    yes = actions.action(payloads.INTERPRETER, payloads.YES)
    no = actions.action(payloads.INTERPRETER, payloads.NO)
    reply = _reply(t, text, [[Button("✅ " + t._("Yes"), yes), Button("❌ " + t._("No"), no)]])
    return dialogue_views.typed_choice(reply, yes, no)


def _details(
    t: Translator, offer: Offer, slot: Slot, answers: Answers, interpreter_name: str | None
) -> list[str]:
    location = offer.location
    lines = [
        _title(t, offer),
        f"📅 {t.isolate(t.when(slot.start, slot.end))}",
        f"📍 {location.name}, {t.isolate(location.address)}",
    ]
    if answers.first_name:
        lines.append(f"👤 {answers.first_name}")
    if answers.phone:
        lines.append(f"📞 {t.isolate(answers.phone)}")
    if interpreter_name:
        lines.append("🗣 " + t._("Interpreter: {language}").format(language=interpreter_name))
    return lines


def confirm(
    t: Translator,
    offer: Offer,
    slot: Slot,
    answers: Answers,
    interpreter_name: str | None,
    moving: bool,
) -> Reply:
    heading = (
        t._("Move your appointment to this time?")
        if moving
        else t._("Please check your appointment:")
    )
    lines = [heading, "", *_details(t, offer, slot, answers, interpreter_name)]
    yes = "✅ " + (t._("Yes, move") if moving else t._("Yes, book"))
    reply = _reply(t, "\n".join(lines), [[Button(yes, payloads.CONFIRM), _stop(t)]])
    return dialogue_views.typed_choice(reply, payloads.CONFIRM, payloads.STOP)


def booked(
    t: Translator,
    offer: Offer,
    slot: Slot,
    answers: Answers,
    interpreter_name: str | None,
    calendar: Attachment,
    *,
    moved_from: datetime | None = None,
    booking_id: int | None = None,
) -> list[Reply]:
    """Done: when and where, what to bring, a map pin, and the calendar file under the thumb.

    ``moved_from``: the old time of an appointment that was moved, said with the new one."""
    if moved_from is None:
        heading = ["✅ " + t._("Your appointment is booked.")]
    else:
        heading = [
            "✅ " + t._("Your appointment is moved."),
            t._("Before: {old}").format(old=t.isolate(t.when(moved_from))),
            t._("Now: {new}").format(new=t.isolate(t.when(slot.start, slot.end))),
        ]
    lines = [
        *heading,
        "",
        *_details(t, offer, slot, answers, interpreter_name),
        *_bring(t, offer),
        "",
        "⏰ " + t._("I will remind you before the appointment."),
        "📎 " + t._("Tap the file to save it in your phone's calendar."),
    ]
    location = offer.location
    return [
        _reply(t, "\n".join(lines)),
        Reply(
            venue=Venue(location.name, location.address, location.latitude, location.longitude),
            rtl=t.rtl,
        ),
        Reply(
            document=calendar,
            buttons=((my_appointments_button(t), _menu(t)),),
            rtl=t.rtl,
            extras={LISTEN: f"booking:{booking_id}"} if booking_id is not None else {},
        ),
    ]


def cancelled_by_deleting(
    t: Translator, catalogue: Catalogue, bookings: Sequence[Booking]
) -> list[str]:
    """Lines under "delete everything?": each coming appointment that goes with the data."""
    if not bookings:
        return []
    intro = "📅 " + t.ngettext(
        "This also cancels your appointment:",
        "This also cancels your {count} appointments:",
        len(bookings),
    ).format(count=len(bookings))
    lines = [intro]
    for booking in bookings:
        offer = catalogue.offer(booking.offer_id)
        name = offer.text("title", t.chain) if offer is not None else ""
        when = t.isolate(t.when(booking.starts_at, booking.ends_at))
        lines.append(f"   • {name}, {when}" if name else f"   • {when}")
    return lines


def already_yours(t: Translator) -> Reply:
    return _reply(
        t,
        "📅 " + t._("You have already booked this time."),
        [[my_appointments_button(t), _menu(t)]],
    )


def limit_reached(t: Translator, catalogue: Catalogue, bookings: Sequence[Booking]) -> list[Reply]:
    count = len(bookings)
    intro = "📅 " + t.ngettext(
        "You already have an appointment for this. You can move or cancel it.",
        "You already have {count} appointments for this. You can move or cancel one.",
        count,
    ).format(count=count)
    return [_reply(t, intro), *_booking_cards(t, catalogue, bookings)]


def my_appointments(
    t: Translator, catalogue: Catalogue, bookings: Sequence[Booking]
) -> list[Reply]:
    if not bookings:
        bookable = [offer for offer in catalogue.offers.values() if offer.appointment is not None]
        rows = [
            [Button(_title(t, offer), actions.action(payloads.START, offer.id))]
            for offer in bookable
        ]
        text = "📅 " + t._("You have no appointments.") + "\n" + t._("Here you can book one:")
        return [_reply(t, text, [*rows, [_menu(t)]])]
    heading = "📅 " + t.ngettext(
        "Your appointment:", "Your {count} appointments:", len(bookings)
    ).format(count=len(bookings))
    return [_reply(t, heading), *_booking_cards(t, catalogue, bookings)]


def _booking_cards(t: Translator, catalogue: Catalogue, bookings: Sequence[Booking]) -> list[Reply]:
    """One message per appointment, with its own buttons: no doubt which one a tap means.

    The last one also carries the menu button, so it sits under the thumb.
    """
    cards = []
    for number, booking in enumerate(bookings, start=1):
        offer = catalogue.offer(booking.offer_id)
        title = _title(t, offer) if offer is not None else booking.offer_id
        place = f"\n📍 {offer.location.name}, {t.isolate(offer.location.address)}" if offer else ""
        text = f"{title}\n📅 {t.isolate(t.when(booking.starts_at, booking.ends_at))}{place}"
        buttons = [
            Button("🔁 " + t._("Move"), payloads.move(booking.id)),
            Button("❌ " + t._("Cancel"), payloads.cancel(booking.id)),
        ]
        rows = [buttons if offer is not None else buttons[1:]]
        if number == len(bookings):
            rows.append([_menu(t)])
        cards.append(_reply(t, text, rows))
    return cards


def kept_booking(
    t: Translator, catalogue: Catalogue, booking: Booking, now: datetime
) -> tuple[str, str]:
    """One line of the privacy screen: the appointment and what is kept for it."""
    offer = catalogue.offer(booking.offer_id)
    parts = [
        _title(t, offer) if offer is not None else booking.offer_id,
        t.isolate(t.when(booking.starts_at, booking.ends_at)),
    ]
    if booking.first_name:
        parts.append(f"👤 {booking.first_name}")
    if booking.phone:
        parts.append(f"📞 {t.isolate(booking.phone)}")
    is_open = booking.cancelled_at is None and booking.ends_at > now
    label = t._("Appointment") if is_open else t._("Past or cancelled appointment")
    return label, ", ".join(parts)


def confirm_cancel(t: Translator, offer: Offer | None, booking: Booking) -> Reply:
    title = _title(t, offer) if offer is not None else booking.offer_id
    text = "\n".join(
        [
            "❓ " + t._("Cancel this appointment?"),
            title,
            f"📅 {t.isolate(t.when(booking.starts_at, booking.ends_at))}",
        ]
    )
    return _reply(
        t,
        text,
        [
            [
                Button("✅ " + t._("Yes, cancel"), payloads.cancel(booking.id, confirmed=True)),
                Button("↩️ " + t._("No, keep it"), payloads.MINE),
            ]
        ],
    )


def cancelled(t: Translator) -> Reply:
    text = (
        "✅ "
        + t._("Your appointment is cancelled.")
        + "\n"
        + t._("Thank you for telling us. Now someone else can come.")
    )
    return _reply(t, text, [[my_appointments_button(t), _menu(t)]])


def already_cancelled(t: Translator) -> Reply:
    return _reply(
        t,
        "📅 " + t._("This appointment is already cancelled."),
        [[my_appointments_button(t), _menu(t)]],
    )


def reminder(t: Translator, offer: Offer, booking: Booking) -> list[Reply]:
    location = offer.location
    lines = [
        "⏰ " + t._("Reminder: you have an appointment."),
        "",
        _title(t, offer),
        f"📅 {t.isolate(t.when(booking.starts_at, booking.ends_at))}",
        f"📍 {location.name}, {t.isolate(location.address)}",
        *_bring(t, offer),
        "",
        t._("If you cannot come, please cancel, so someone else can come."),
    ]
    # The purpose and time let WhatsApp send its approved reminder template after 24 h of silence.
    hints = {PURPOSE: "reminder", "when": t.when(booking.starts_at, booking.ends_at)}
    return [
        Reply(text="\n".join(lines), rtl=t.rtl, extras=hints),
        Reply(
            venue=Venue(location.name, location.address, location.latitude, location.longitude),
            buttons=(
                (
                    Button("❌ " + t._("Cancel"), payloads.cancel(booking.id)),
                    my_appointments_button(t),
                ),
            ),
            rtl=t.rtl,
            extras={LISTEN: f"reminder:{booking.id}"},
        ),
    ]


def cancelled_by_staff(
    t: Translator, offer: Offer, booking: Booking, alternatives: Sequence[Slot]
) -> Reply:
    """Staff had to cancel: say sorry, and offer other times that keep the person's answers."""
    lines = [
        "😔 " + t._("Sorry, our team had to cancel your appointment:"),
        _title(t, offer),
        f"📅 {t.isolate(t.when(booking.starts_at, booking.ends_at))}",
        "",
    ]
    if alternatives:
        lines.append(t._("You can choose another time:"))
    else:
        lines.append(t._("Sorry, there are no free times right now."))
    rows = [
        [Button(t.when(slot.start), payloads.move(booking.id, slot.start))]
        for slot in alternatives[:ALTERNATIVES_SHOWN]
    ]
    return _reply(t, "\n".join(lines), [*rows, [my_appointments_button(t), _menu(t)]])


def for_mediators() -> Sendable:
    """``/termin [ID]`` in a person's topic: the booking buttons, sent by the handover."""
    return Sendable(
        command="termin",
        describe="[ID]: Knöpfe zum Termin-Buchen an die Person",
        noun="Angebot mit Terminen",
        question="Welches Angebot?",
        file="offers.yaml",
        choices=lambda catalogue: {
            o.id: o.text("title", "de")
            for o in catalogue.offers.values()
            if o.booking_mode is BookingMode.APPOINTMENT
        },
        render=_for_a_mediator,
        none_here="Hier kann man keine Termine buchen (kein Angebot mit Terminen).",
    )


def _for_a_mediator(
    t: Translator, catalogue: Catalogue, offer_id: str, entries: Sequence[MenuEntry]
) -> list[Reply]:
    if not offer_id:
        return [bookable_offers(t, catalogue, entries)]
    return book_button(t, catalogue, offer_id)


def book_button(t: Translator, catalogue: Catalogue, offer_id: str) -> list[Reply]:
    """The booking button of one offer, with what it books."""
    offer = catalogue.offer(offer_id)
    if offer is None or offer.appointment is None:
        return []
    what = offer.appointment.what(t.chain) or offer.text("title", t.chain)
    text = (
        f"{offer.icon} {offer.text('title', t.chain)}\n\n"
        + "🗓 "
        + t._("You can book an appointment here: {what}.").format(what=what)
    )
    book = Button("📅 " + t._("Book an appointment"), actions.action(payloads.START, offer.id))
    return [Reply(text=text, buttons=((book,), tuple(dialogue_views._nav_row(t))), rtl=t.rtl)]


def bookable_offers(t: Translator, catalogue: Catalogue, entries: Sequence[MenuEntry]) -> Reply:
    """The offers with appointments, one button each; the rest need none.

    ``entries``: the main menu's, shown when no offer takes appointments."""
    bookable = [o for o in catalogue.offers.values() if o.booking_mode is BookingMode.APPOINTMENT]
    if not bookable:
        return dialogue_views.no_appointment_needed(t, catalogue, entries)
    rows = [
        [Button(f"{o.icon} {o.text('title', t.chain)}", actions.action(payloads.START, o.id))]
        for o in bookable
    ]
    text = "📅 " + t._("For these you can book an appointment here. Tap one:")
    text += "\n" + t._("For all other offers you can just come, no appointment needed.")
    return _reply(t, text, [*rows, dialogue_views._nav_row(t)])


def on_offer(t: Translator, offer: Offer, topic: str | None) -> dialogue_views.CardPart:
    """The "book" button on a bookable offer's card (saying what is booked) and under
    answers about its times or booking."""
    if offer.booking_mode is not BookingMode.APPOINTMENT:
        return dialogue_views.CardPart()
    book = Button("📅 " + t._("Book an appointment"), actions.action(payloads.START, offer.id))
    if topic is None:
        what = offer.appointment.what(t.chain) if offer.appointment is not None else None
        # The dates on the card are the course; the button books something else: say what.
        said = t._("You can book an appointment here: {what}.").format(what=what)
        return dialogue_views.CardPart(("", "🗓 " + said) if what else (), (book,))
    return (
        dialogue_views.CardPart((), (book,))
        if topic in ("booking", "when")
        else dialogue_views.CardPart()
    )
