"""Answers to follow-up questions about an offer, and the staff-written FAQ answers.

The engine calls these when the pipeline's outcome is ``FOLLOW_UP`` or ``FAQ``
(bot/understanding). A follow-up is answered from the offer's own fields, the topics asked
("was kostet das?" -> its cost; "and where, and do I book?" -> both), with a button to see
everything about it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time

from babel.dates import get_day_names

from bot.catalogue.model import BookingMode, Catalogue, Offer
from bot.dialogue import actions, views
from bot.dialogue.turn import Turn
from bot.i18n.languages import Languages
from bot.i18n.translator import Translator
from bot.messages import LISTEN, Button, Reply, Venue
from bot.understanding import FollowUp

NEXT_DATES_SHOWN = 2
WEEKDAY_LOOKAHEAD = 8
"""Meetings looked at to tell whether an offer takes place on an asked weekday: enough for a
week of a daily offer, and a closure does not hide the next regular one."""


def follow_up_reply(
    turn: Turn, follow_up: FollowUp, languages: Languages, *, parts: Sequence[views.CardPart] = ()
) -> list[Reply]:
    """The answer to ``follow_up.topic`` from the offer's own fields."""
    t = turn.t
    offer = turn.snapshot.catalogue.offer(follow_up.offer_id)
    if offer is None:
        return [views.not_understood(t, 1)]
    # The offer stays in context: "and on Saturday?" may follow "what does it cost?".
    turn.remember(context_offer=offer.id, context_at=turn.now.isoformat())
    turn.viewed_offers.append(offer.id)
    # "how much and what do I bring?": each topic asked, the one read first, then the others
    # in the order asked; a day named belongs to the first ("also on Saturday?").
    # So does a part of the day ("gibt es das auch abends?").
    topics = [
        (follow_up.topic, follow_up.weekday, follow_up.part_of_day),
        *((other, None, None) for other in follow_up.also),
    ]
    answers = [
        _topic_answer(turn, offer, languages, topic, day, part) for topic, day, part in topics
    ]
    lines = [f"{offer.icon} {offer.text('title', t.chain)}", *answers]
    if offer.example or offer.location.example:
        lines += ["", "⚠️ " + t._("Example data: staff still have to confirm times and place.")]
    buttons = [[Button("ℹ️ " + t._("Everything about it"), actions.action(actions.OFFER, offer.id))]]
    buttons += [[button] for part in parts for button in part.buttons]
    buttons.append(views._nav_row(t))
    text = Reply(text="\n".join(lines), buttons=tuple(map(tuple, buttons)), rtl=t.rtl)
    if "where" not in (follow_up.topic, *follow_up.also):
        return [text]
    place = offer.location
    pin = Venue(place.name, place.address, place.latitude, place.longitude)
    return [
        Reply(text="\n".join(lines), rtl=t.rtl),
        Reply(venue=pin, buttons=text.buttons, rtl=t.rtl),
    ]


def _topic_answer(
    turn: Turn,
    offer: Offer,
    languages: Languages,
    topic: str,
    weekday: int | None,
    part_of_day: str | None = None,
) -> str:
    staff = turn.snapshot.catalogue.follow_up_answer(offer.id, topic)
    if staff is not None:  # written for this question about this offer (faq.yaml follow_ups)
        return "💬 " + staff.answer(turn.t.chain)
    if topic == "when" and weekday is None and part_of_day in PARTS_OF_DAY:
        return _when_in_part_of_day(turn, offer, languages, part_of_day)
    return _TOPICS[topic](turn, offer, languages, weekday)


def faq_reply(turn: Turn, faq_id: str) -> list[Reply]:
    """The staff-written answer with this id, in the person's language, with its link."""
    answer = faq_answer(turn.t, turn.snapshot.catalogue, faq_id)
    if answer is None:  # gone in a reload between understanding and answering
        return [views.not_understood(turn.t, 1)]
    entry = turn.snapshot.catalogue.faq[faq_id]
    if entry.offer_id is not None and turn.snapshot.catalogue.offer(entry.offer_id):
        # "Yes, at the office hours we read letters together", then "and where is that?":
        # the offer the answer points to is the "it" of the next few minutes, as after its card.
        turn.remember(context_offer=entry.offer_id, context_at=turn.now.isoformat())
    return answer


def faq_answer(t: Translator, catalogue: Catalogue, faq_id: str) -> list[Reply] | None:
    """The FAQ answer as the bot shows it (also sent by a mediator from a person's topic)."""
    entry = catalogue.faq.get(faq_id)
    if entry is None:
        return None
    lines = ["💬 " + entry.answer(t.chain)]
    if entry.example:
        lines += ["", "⚠️ " + t._("Example answer: staff still have to confirm it.")]
    buttons: list[list[Button]] = []
    offer = catalogue.offer(entry.offer_id) if entry.offer_id else None
    if offer is not None:
        title = f"{offer.icon} {offer.text('title', t.chain)}"
        buttons.append([Button(title, actions.action(actions.OFFER, offer.id))])
    buttons.append(views._nav_row(t))
    listen = {LISTEN: f"faq:{entry.id}"}
    answer = Reply(
        text="\n".join(lines), buttons=tuple(map(tuple, buttons)), rtl=t.rtl, extras=listen
    )
    place = catalogue.locations.get(entry.location_id) if entry.location_id else None
    if place is None:
        return [answer]
    pin = Venue(place.name, place.address, place.latitude, place.longitude)
    return [
        Reply(text=answer.text, rtl=t.rtl),
        Reply(venue=pin, buttons=answer.buttons, rtl=t.rtl, extras=listen),
    ]


# -- one answer per topic -----------------------------------------------------------------


def _cost(turn: Turn, offer: Offer, languages: Languages, weekday: int | None) -> str:
    return "💶 " + turn.t._("Cost:") + " " + offer.text("cost", turn.t.chain)


def _where(turn: Turn, offer: Offer, languages: Languages, weekday: int | None) -> str:
    place = offer.location
    return f"📍 {place.name}, {turn.t.isolate(place.address)}"


def _bring(turn: Turn, offer: Offer, languages: Languages, weekday: int | None) -> str:
    return "🎒 " + turn.t._("Bring:") + " " + offer.text("bring", turn.t.chain)


def _audience(turn: Turn, offer: Offer, languages: Languages, weekday: int | None) -> str:
    return "👥 " + turn.t._("For:") + " " + offer.text("audience", turn.t.chain)


def _children(turn: Turn, offer: Offer, languages: Languages, weekday: int | None) -> str:
    # No offer field says it; who the offer is for does, and a person can say the rest.
    return "\n".join(
        [
            _audience(turn, offer, languages, weekday),
            "👶 " + turn.t._("Whether children can come along, please ask a person from our team."),
        ]
    )


def _languages(turn: Turn, offer: Offer, languages: Languages, weekday: int | None) -> str:
    t = turn.t
    # As the card names them ("Almanca" in Turkish), not each in its own ("Deutsch").
    spoken = views.spoken_languages(t, offer.languages, languages)
    return "\n".join(
        [
            "🗣 " + t._("Languages spoken:") + " " + spoken,
            t._("Tap “Talk to a person” to reach someone from our team in your language."),
        ]
    )


def appointment_answer(t: Translator, offer: Offer) -> str:
    """Whether an offer that takes appointments needs one: the office hours also take people
    who just come (``walk_in``), and "can I come without an appointment?" must hear so."""
    if offer.appointment is not None and offer.appointment.walk_in:
        return "✅ " + t._(
            "You can just come at its times. If you like, you can also book an appointment."
        )
    return "📅 " + t._("Please book an appointment for this first.")


def _booking(turn: Turn, offer: Offer, languages: Languages, weekday: int | None) -> str:
    t = turn.t
    if offer.booking_mode is BookingMode.APPOINTMENT:
        return appointment_answer(t, offer)
    if offer.booking_mode is BookingMode.CONTACT:
        return "🙋 " + t._("Please sign up first with a person from our team.")
    return "✅ " + t._("You can just come. You do not need an appointment.")


def _when(turn: Turn, offer: Offer, languages: Languages, weekday: int | None) -> str:
    """The weekly times, the next dates, and for an asked weekday a plain yes or no."""
    t = turn.t
    lines: list[str] = []
    if weekday is not None:
        day = _day_name(t, weekday)
        upcoming = offer.next_occurrences(turn.now, WEEKDAY_LOOKAHEAD)
        on_that_day = [o for o in upcoming if t.local(o.start).weekday() == weekday]
        weekly_then = any(w.weekday == weekday for w in offer.schedule.weekly)
        if on_that_day or weekly_then:
            lines.append("✅ " + t._("Yes, also on {day}.").format(day=day))
        else:
            lines.append("❌ " + t._("No, not on {day}.").format(day=day))
    if offer.schedule.weekly:
        lines.append("🗓 " + t._("Every week:"))
        lines += [
            f"   • {t.isolate(t.weekly(w.weekday, w.start, w.end))}" for w in offer.schedule.weekly
        ]
    upcoming = offer.next_occurrences(turn.now, NEXT_DATES_SHOWN)
    if upcoming:
        lines.append("📅 " + t._("Next dates:"))
        lines += [f"   • {t.isolate(t.when(o.start, o.end))}" for o in upcoming]
    else:
        lines.append("📅 " + t._("No dates planned right now. Ask a person."))
    return "\n".join(lines)


PARTS_OF_DAY = {
    "morning": (time(0, 0), time(12, 0)),
    "afternoon": (time(12, 0), time(17, 0)),
    "evening": (time(17, 0), time(23, 59, 59)),
}
"""The hours of each part of the day a follow-up may ask about (``FollowUp.part_of_day``): a
meeting is in it when some of its time is."""


def _in_part(start: time, end: time, part: str) -> bool:
    """Whether a meeting from ``start`` to ``end`` is in ``part`` of the day, some of it."""
    begins, ends = PARTS_OF_DAY[part]
    if end <= start:  # till midnight
        end = time.max
    return start < ends and end > begins


def _when_in_part_of_day(turn: Turn, offer: Offer, languages: Languages, part: str) -> str:
    """For an asked part of the day ("auch abends?", "only mornings?"), a plain yes with the
    times then, or a no with the weekly times and the next dates (as for a weekday)."""
    t = turn.t
    yes = {
        "morning": t._("Yes, in the morning:"),
        "afternoon": t._("Yes, in the afternoon:"),
        "evening": t._("Yes, in the evening:"),
    }
    no = {
        "morning": t._("No, not in the morning."),
        "afternoon": t._("No, not in the afternoon."),
        "evening": t._("No, not in the evening."),
    }
    upcoming = offer.next_occurrences(turn.now, WEEKDAY_LOOKAHEAD)
    if not offer.schedule.weekly and not upcoming:
        return _when(turn, offer, languages, None)
    weekly = [w for w in offer.schedule.weekly if _in_part(w.start, w.end, part)]
    dated = [o for o in upcoming if _in_part(t.local(o.start).time(), t.local(o.end).time(), part)]
    if not weekly and not dated:
        return "\n".join(["❌ " + no[part], _when(turn, offer, languages, None)])
    lines = ["✅ " + yes[part]]
    lines += [f"   • {t.isolate(t.weekly(w.weekday, w.start, w.end))}" for w in weekly]
    if dated:
        lines.append("📅 " + t._("Next dates:"))
        lines += [f"   • {t.isolate(t.when(o.start, o.end))}" for o in dated[:NEXT_DATES_SHOWN]]
    return "\n".join(lines)


def _day_name(t: Translator, weekday: int) -> str:
    return str(get_day_names("wide", locale=t.locale)[weekday])


_TOPICS: dict[str, Callable[[Turn, Offer, Languages, int | None], str]] = {
    "cost": _cost,
    "where": _where,
    "when": _when,
    "bring": _bring,
    "children": _children,
    "audience": _audience,
    "languages": _languages,
    "booking": _booking,
}
