"""What the bot shows: each function builds the replies for one screen, in one language.

Texts are short and plain on purpose: many readers had little schooling. Every UI string
goes through the person's :class:`~bot.i18n.translator.Translator`; offer texts come from
the catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from babel.dates import get_day_names

from bot.catalogue.model import Catalogue, Offer
from bot.dialogue import actions
from bot.dialogue.turn import MenuEntry, Turn
from bot.i18n.languages import Languages
from bot.i18n.translator import Translator
from bot.messages import (
    LISTEN,
    TYPED_NO,
    TYPED_YES,
    Attachment,
    Button,
    Reply,
    Venue,
)
from bot.understanding.foreign import ForeignLanguage

NEXT_DATES_SHOWN = 2
DID_YOU_MEAN_SHOWN = 3
WEEK = timedelta(days=7)
DATES_PER_OFFER_THIS_WEEK = 3


def _reply(t: Translator, text: str, buttons: Sequence[Sequence[Button]] = ()) -> Reply:
    return Reply(text=text, buttons=tuple(tuple(row) for row in buttons if row), rtl=t.rtl)


def _nav_row(t: Translator) -> list[Button]:
    return [
        Button("🙋 " + t._("Talk to a person"), actions.HUMAN),
        Button("🏠 " + t._("Menu"), actions.MENU),
    ]


def language_picker(
    languages: Languages,
    greetings: Sequence[Translator],
    first: Sequence[str],
    *,
    foreign: ForeignLanguage | None = None,
) -> Reply:
    """The very first screen: a greeting (in each of ``greetings``) and every language in its
    own name and script, the likely ones (``first``: guessed from the message or the device)
    at the top. A first message in a language we do not speak (``foreign``) is told, in it and
    in the greetings' languages, that the bot cannot write it yet."""
    codes = [code for code in first if code in languages]
    codes += [code for code in languages if code not in codes]
    buttons = [Button(languages[c].label, actions.action(actions.LANGUAGE, c)) for c in codes]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    parts = ["🌐 " + foreign.choose] if foreign is not None else []
    for greeting in greetings:
        if foreign is None:
            choose = greeting._("Please choose your language.")
        else:
            name = languages.foreign_name_in(foreign.code, greeting.code, foreign.name)
            choose = greeting._(
                "I cannot write in {language} yet. Please choose one of these languages."
            ).format(language=name)
        parts.append(
            "👋 " + greeting._("Hello! I am the helper bot of Raum vor Ort.") + "\n" + choose
        )
    return _reply(greetings[0], "\n\n".join(parts), rows)


def format_picker(t: Translator, languages: Languages, choices: Sequence[str]) -> Reply:
    """Romani has no calendar names of its own in CLDR: the person picks which to read."""
    buttons = [Button(languages[c].label, actions.action(actions.FORMAT, c)) for c in choices]
    return _reply(t, "📅 " + t._("In which language should I write days and months?"), [buttons])


@dataclass(frozen=True)
class KeptFor:
    """How long what the privacy texts name is kept: the settings, never a number of its own."""

    questions_days: int  # QUESTION_LOG_DAYS


def _kept_questions(t: Translator, periods: KeptFor) -> str:
    return t._("I keep your questions for {days} days, so staff can improve me.").format(
        days=periods.questions_days
    )


def consent(
    t: Translator,
    periods: KeptFor,
    kept: Sequence[str],
    *,
    chat_is_phone_number: bool = False,
    answers_after: bool = False,
) -> Reply:
    """The privacy note; on WhatsApp the chat is the phone number, and the note says so.

    ``kept``: what the installed features keep and how long (an appointment, a chat with the
    team), in their own words. ``answers_after``: the person asked something meanwhile, and
    gets the answer right after choosing."""
    lines = [
        *(["💬 " + t._("I will answer your question right after this.")] if answers_after else []),
        "🔒 " + t._("Before we start: your privacy."),
        t._("I keep your language and your choices in this chat."),
    ]
    if chat_is_phone_number:
        lines.append(t._("WhatsApp gives me your phone number: I keep it only to answer you."))
    lines += [
        *kept,
        _kept_questions(t, periods),
        t._("You can see or delete your data at any time: write /privacy."),
        t._("Is this OK for you?"),
    ]
    return _asking_consent(t, "\n".join(lines))


def consent_reminder(t: Translator) -> Reply:
    """One more question typed at the privacy note, which already promised to answer: the
    promise and the note's question again, not the whole note (found in a trial: seven
    questions typed before tapping brought the whole note seven times)."""
    lines = [
        "💬 " + t._("I will answer your question right after this."),
        "🔒 " + t._("Please answer first: is the note about your data above OK for you?"),
    ]
    return _asking_consent(t, "\n".join(lines))


def _asking_consent(t: Translator, text: str) -> Reply:
    yes, no = actions.action(actions.CONSENT, "yes"), actions.action(actions.CONSENT, "no")
    reply = _reply(t, text, [[Button("✅ " + t._("Yes, OK"), yes), Button("❌ " + t._("No"), no)]])
    return typed_choice(reply, yes, no)


def typed_choice(reply: Reply, yes: str | None, no: str | None = None) -> Reply:
    """Let a typed "da", "evet" or "ok" tap ``yes`` (and "nu", "hayır" tap ``no``)."""
    extras = dict(reply.extras)
    if yes is not None:
        extras[TYPED_YES] = yes
    if no is not None:
        extras[TYPED_NO] = no
    return replace(reply, extras=extras)


def consent_declined(t: Translator, catalogue: Catalogue) -> Reply:
    """After No: what it means, and that reading goes on (bot/dialogue/browsing.py)."""
    lines = [
        t._("OK. I have deleted everything about you."),
        t._("You can still read our offers, times and places here."),
        t._("I save nothing about you. Only your language stays for one hour, then I forget it."),
        t._("You can visit us without this chat:"),
    ]
    lines += [
        f"📍 {location.name}, {t.isolate(location.address)}"
        for location in catalogue.locations.values()
    ]
    lines.append(t._("If I have to keep something about you, I need your OK first."))
    buttons = [
        [Button("📋 " + t._("All offers"), actions.MENU)],
        [Button("✅ " + t._("Yes, OK"), actions.action(actions.CONSENT, "yes"))],
    ]
    return _reply(t, "\n".join(lines), buttons)


def needs_consent(t: Translator, periods: KeptFor, kept: Sequence[str]) -> Reply:
    """Someone who said No taps something that keeps data (booking, news, a mediator); the
    note below says what, in the installed features' words."""
    note = consent(t, periods, kept)
    intro = "🔒 " + t._("If I have to keep something about you, I need your OK first.")
    return replace(note, text=f"{intro}\n\n{note.text}")


def menu(
    t: Translator,
    catalogue: Catalogue,
    intro: str | None = None,
    *,
    entries: Sequence[MenuEntry],
) -> Reply:
    """The main menu: one big button per offer, then what the installed features put there
    (a person, my appointments), then language and help."""
    rows: list[list[Button]] = [
        [
            Button(
                f"{offer.icon} {offer.text('title', t.chain)}",
                actions.action(actions.OFFER, offer.id),
            )
        ]
        for offer in catalogue.offers.values()
    ]
    rows += [[entry(t)] for entry in entries]
    rows.append(
        [
            Button("🌐 " + t._("Language"), actions.CHANGE_LANGUAGE),
            Button("❓ " + t._("Help"), actions.HELP),
        ]
    )
    return _reply(
        t, intro or t._("What are you looking for? Tap a button or write your question."), rows
    )


def menu_of(turn: Turn, intro: str | None = None) -> Reply:
    """The main menu for this turn's person, with the installed features' entries."""
    return menu(turn.t, turn.snapshot.catalogue, intro, entries=turn.menu_entries)


def _closures_between(t: Translator, offer: Offer, first: date, before: date) -> list[str]:
    """ "Closed from … to …: Christmas break." for each closure of ``offer`` on a day from
    ``first`` up to (not including) ``before``."""
    found: list[str] = []
    day = first
    while day < before:
        closure = offer.closure_on(day)
        if closure is not None:
            reason = closure.reason_text(t.chain)
            text = t._("Closed from {first} to {last}: {reason}.").format(
                first=t.day(closure.first_day), last=t.day(closure.last_day), reason=reason
            )
            found.append(f"   🚫 {text}")
            day = closure.last_day
        day += timedelta(days=1)
    return found


def spoken_languages(t: Translator, codes: Sequence[str], languages: Languages) -> str:
    """Each language as the reader's language calls it ("Rumänisch", "الرومانية"): a list
    inside a sentence reads in one language. Buttons keep each language's own name."""
    return t.join(languages.name_in(code, t.code) if code in languages else code for code in codes)


@dataclass(frozen=True)
class CardPart:
    """What a feature adds about an offer: lines of text, and buttons (one row each)."""

    lines: tuple[str, ...] = ()
    buttons: tuple[Button, ...] = ()


def offer_card(
    t: Translator,
    offer: Offer,
    languages: Languages,
    now: datetime,
    *,
    parts: Sequence[CardPart] = (),
    unsure: bool = False,
) -> list[Reply]:
    """Everything about one offer: when, where (with a map pin), cost, what to bring, who.

    ``unsure``: the bot guessed; a small "not what you meant?" button shows everything else.
    """
    chain = t.chain
    lines = [f"{offer.icon} {offer.text('title', chain)}", offer.text("summary", chain), ""]
    upcoming = offer.next_occurrences(now, NEXT_DATES_SHOWN)
    if upcoming:
        lines.append("📅 " + t._("Next dates:"))
        after = t.local(now).date()
        for occurrence in upcoming:
            # A closure the dates jump over is named where the gap is.
            lines += _closures_between(t, offer, after, t.local(occurrence.start).date())
            lines.append(f"   • {t.isolate(t.when(occurrence.start, occurrence.end))}")
            after = t.local(occurrence.start).date() + timedelta(days=1)
    else:
        lines.append("📅 " + t._("No dates planned right now. Ask a person."))
    location = offer.location
    lines.append(f"📍 {location.name}, {t.isolate(location.address)}")
    lines.append("💶 " + t._("Cost:") + " " + offer.text("cost", chain))
    lines.append("👥 " + t._("For:") + " " + offer.text("audience", chain))
    lines.append("🎒 " + t._("Bring:") + " " + offer.text("bring", chain))
    if offer.languages:
        lines.append(
            "🗣 " + t._("Languages spoken:") + " " + spoken_languages(t, offer.languages, languages)
        )
    lines += ["", offer.text("details", chain)]
    for part in parts:
        lines += part.lines
    if offer.example or location.example:
        lines += ["", "⚠️ " + t._("Example data: staff still have to confirm times and place.")]

    buttons = [[button] for part in parts for button in part.buttons]
    if unsure:
        buttons.append([Button("🤔 " + t._("Not what you meant?"), actions.NOT_MEANT)])
    buttons.append(_nav_row(t))

    replies: list[Reply] = []
    image = offer.media_for("image", chain)
    if image is not None:
        replies.append(
            Reply(image=Attachment(image.name, _mime(image.suffix), path=image), rtl=t.rtl)
        )
    replies.append(_reply(t, "\n".join(lines)))
    replies.append(
        Reply(
            venue=Venue(location.name, location.address, location.latitude, location.longitude),
            rtl=t.rtl,
        )
    )
    audio = offer.media_for("audio", chain)
    if audio is not None:
        replies.append(
            Reply(audio=Attachment(audio.name, _mime(audio.suffix), path=audio), rtl=t.rtl)
        )
    # Buttons go last so they sit under the pin, where the thumb is.
    replies[-1] = Reply(
        text=replies[-1].text,
        venue=replies[-1].venue,
        audio=replies[-1].audio,
        buttons=tuple(tuple(row) for row in buttons),
        rtl=t.rtl,
        extras={LISTEN: f"offer:{offer.id}"},
    )
    return replies


def _mime(suffix: str) -> str:
    return {
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".png": "image/png",
        ".ogg": "audio/ogg",
        ".mp3": "audio/mpeg",
        ".m4a": "audio/mp4",
    }.get(suffix.lower(), "application/octet-stream")


def did_you_mean(t: Translator, offers: Sequence[Offer]) -> Reply:
    rows = [
        [Button(f"{o.icon} {o.text('title', t.chain)}", actions.action(actions.OFFER, o.id))]
        for o in offers[:DID_YOU_MEAN_SHOWN]
    ]
    rows.append(_nav_row(t))
    if len(offers) == 1:
        reply = _reply(t, "🤔 " + t._("Did you mean this?"), rows)
        return typed_choice(reply, actions.action(actions.OFFER, offers[0].id), actions.NOT_MEANT)
    return _reply(t, "🤔 " + t._("Did you mean one of these?"), rows)


def not_understood(t: Translator, misses: int) -> Reply:
    text = "🤷 " + t._("Sorry, I do not know about that yet.")
    if misses >= 2:
        text += "\n" + t._("A person from our team can help you. Tap “Talk to a person”.")
    else:
        text += "\n" + t._("Tap a button in the menu, or ask a person.")
    return _reply(t, text, [_nav_row(t)])


def foreign_language(t: Translator, foreign: ForeignLanguage, languages: Languages) -> Reply:
    """A message in a language we do not speak: say so in it, then in the person's language,
    and offer ours and a person (bot/understanding/foreign.py)."""
    text = (
        "🌐 "
        + foreign.sorry
        + "\n\n"
        + t._("I cannot write in {language} yet. Choose a language, or talk to a person.").format(
            language=languages.foreign_name_in(foreign.code, t.code, foreign.name)
        )
    )
    buttons = [Button(languages[c].label, actions.action(actions.SWITCH, c)) for c in languages]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return _reply(t, text, [*rows, _nav_row(t)])


def help_text(t: Translator, abilities: Sequence[str]) -> Reply:
    """``abilities``: what the installed features do, one line each ("I can book ...")."""
    text = "\n".join(
        [
            "🙂 "
            + t._("I can tell you about our offers: when, where, what it costs, what to bring."),
            *abilities,
            "",
            "❓ " + t._("How I work:"),
            "• " + t._("Tap a button, or write a question in your language."),
            "• " + t._("/menu shows all offers."),
            "• " + t._("/language changes the language."),
            "• " + t._("/privacy shows what I keep about you."),
            "• " + t._("Tap “Talk to a person” to reach our team."),
            "🚨 " + t._("In danger: call 112 (ambulance) or 110 (police)."),
        ]
    )
    return _reply(t, text, [_nav_row(t)])


def person_contact(t: Translator, catalogue: Catalogue, now: datetime) -> Reply:
    """How to reach a person. (A live chat with a mediator comes with the handover.)"""
    lines = [
        "🙋 "
        + t._("Our team is happy to help you in person. Come by during the open office hours:")
    ]
    office = catalogue.offer("office-hours")
    if office is not None:
        for occurrence in office.next_occurrences(now, NEXT_DATES_SHOWN):
            lines.append(f"   • {t.isolate(t.when(occurrence.start, occurrence.end))}")
    lines += [
        f"📍 {location.name}, {t.isolate(location.address)}"
        for location in catalogue.locations.values()
    ]
    return _reply(t, "\n".join(lines), [[Button("🏠 " + t._("Menu"), actions.MENU)]])


def suggest_language(t: Translator, offered: Sequence[str], languages: Languages) -> Reply:
    """Detection is only a hint: ask before switching (see bot/understanding/switch.py)."""
    own = languages[t.code]
    return _reply(
        t,
        "🌐 " + t._("Do you want to continue in another language?"),
        [
            [
                *(
                    Button(languages[code].label, actions.action(actions.SWITCH, code))
                    for code in offered
                ),
                Button(own.label, actions.action(actions.SWITCH, own.code)),
            ]
        ],
    )


def stale_button(turn: Turn) -> list[Reply]:
    return [menu_of(turn, intro="🔄 " + turn.t._("This button is old. Here is the current menu."))]


def too_long(t: Translator) -> Reply:
    return _reply(
        t, "✂️ " + t._("Your message is very long. Please write one short question."), [_nav_row(t)]
    )


def slow_down(t: Translator) -> Reply:
    """Someone writes faster than the bot takes messages; what came meanwhile was not read."""
    return _reply(
        t, "⏳ " + t._("Please slow down a little. Wait a moment, then send your message again.")
    )


def cannot_listen_text(t: Translator) -> str:
    return t._("I cannot listen to voice messages. Please tap a button, or talk to a person.")


def unreadable(t: Translator, kind: str) -> Reply:
    """A friendly answer to what the bot cannot read: stickers, photos, voice, files, places.

    A voice message is answered by voice too where one exists (``LISTEN: say``): someone who
    sends voice notes may not read the answer."""
    cannot_listen = cannot_listen_text(t)
    cannot_look = t._(
        "I cannot look at pictures or files. A person from our team can: tap “Talk to a person”."
    )
    texts = {
        "sticker": "🙂 " + t._("Thank you! I can read only text and buttons."),
        "voice": "🎤 " + cannot_listen,
        "audio": "🎤 " + cannot_listen,
        "photo": "🖼 " + cannot_look,
        "video": "🖼 " + cannot_look,
        "document": "🖼 " + cannot_look,
        "location": "📍 " + t._("Thank you for your location. Here are our places:"),
        "contact": "🔒 " + t._("Please do not send contacts. I do not need phone numbers."),
    }
    text = texts.get(
        kind,
        "🙂 " + t._("I did not understand that. Please tap a button or write a short question."),
    )
    reply = _reply(t, text, [_nav_row(t)])
    return replace(reply, extras={LISTEN: "say"}) if kind in {"voice", "audio"} else reply


def privacy_overview(
    t: Translator,
    stored: Sequence[tuple[str, str]],
    periods: KeptFor,
    kept: Sequence[str],
    retention_days: int | None = None,
) -> Reply:
    """``kept``: what the installed features keep and how long, in their own words."""
    lines = ["🔒 " + t._("This is what I keep about you:")]
    lines += [f"• {label}: {value}" for label, value in stored]
    lines += [*kept, _kept_questions(t, periods)]
    if retention_days:
        # Always many days (RETENTION_DAYS), so one plural form fits every language.
        deletion = t._("If you do not write to me for {days} days, I delete everything about you.")
        lines.append(deletion.format(days=retention_days))
    return _reply(
        t,
        "\n".join(lines),
        [
            [Button("🗑 " + t._("Delete my data"), actions.action(actions.DELETE, "ask"))],
            [Button("🏠 " + t._("Menu"), actions.MENU)],
        ],
    )


def confirm_delete(t: Translator, warnings: Sequence[str] = ()) -> Reply:
    """``warnings``: what deleting also undoes, in the features' words (appointments)."""
    text = "\n".join(
        ["🗑 " + t._("Delete everything I keep about you? This cannot be undone."), *warnings]
    )
    yes, no = actions.action(actions.DELETE, "yes"), actions.action(actions.DELETE, "no")
    buttons = [[Button("✅ " + t._("Yes, delete"), yes), Button("❌ " + t._("No"), no)]]
    # A typed "da" to this question means it, as at the counter (found in a trial: it was
    # passed on to the team and nothing was deleted).
    return typed_choice(_reply(t, text, buttons), yes, no)


def deleted(t: Translator) -> Reply:
    return _reply(t, "✅ " + t._("Done. I have deleted your data. Write to me again at any time."))


def language_changed(turn: Turn, languages: Languages) -> Reply:
    t = turn.t
    return menu_of(
        turn,
        intro="✅ "
        + t._("OK, I will write in {language}.").format(language=languages.name_in(t.code, t.code))
        + "\n"
        + t._("What are you looking for? Tap a button or write your question."),
    )


# -- everyday requests (bot/understanding) ------------------------------------------------


def emergency(t: Translator) -> Reply:
    """Shown alone when someone writes words of danger or urgent illness: numbers, then a person.

    The person button is ``human:urgent``: the team sees the case marked urgent.
    """
    numbers = t._(
        "Are you in danger? Call 112 now (ambulance, fire brigade) or 110 (police). "
        "The call is free."
    )
    lines = [
        "🚨 " + numbers,
        "🩺 " + t._("A doctor at night or at the weekend: 116 117."),
        "💜 " + t._("Violence against women: 116 016, free, day and night, in many languages."),
        t._("You can also talk to a person from our team."),
    ]
    return _reply(
        t,
        "\n".join(lines),
        [
            [Button("🙋 " + t._("Talk to a person"), actions.action(actions.HUMAN, "urgent"))],
            [Button("🏠 " + t._("Menu"), actions.MENU)],
        ],
    )


def possible_danger(t: Translator) -> Reply:
    """One line before the answer to a message that might be about danger but is not clearly
    (pipeline.Understander.possible_danger): what a patient person at the counter says first
    when unsure. The answer follows; the whole screen is :func:`emergency`."""
    return _reply(
        t,
        "🚨 "
        + t._("If someone is in danger now: 112 (ambulance, fire brigade), 110 (police). Free."),
    )


def greeting(turn: Turn) -> Reply:
    t = turn.t
    intro = "👋 " + t._("Hello! Nice that you write.") + "\n"
    intro += t._("What are you looking for? Tap a button or write your question.")
    return menu_of(turn, intro=intro)


def answer_without_question(turn: Turn) -> Reply:
    """A typed "yes", "ok" or "no" when nothing was asked: a friendly word and the menu."""
    t = turn.t
    intro = "👌 " + t._("All right.") + "\n"
    intro += t._("What are you looking for? Tap a button or write your question.")
    return menu_of(turn, intro=intro)


def you_are_welcome(t: Translator) -> Reply:
    text = "😊 " + t._("You are welcome! Write to me any time.")
    return _reply(t, text, [_nav_row(t)])


def goodbye(t: Translator) -> Reply:
    text = "👋 " + t._("Goodbye! Write to me any time.")
    return _reply(t, text, [[Button("🏠 " + t._("Menu"), actions.MENU)]])


def where_we_are(t: Translator, catalogue: Catalogue) -> list[Reply]:
    """Every place with its address, then a map pin each; buttons under the last pin."""
    lines = ["📍 " + t._("Here you find us:")]
    lines += [
        f"• {location.name}, {t.isolate(location.address)}"
        for location in catalogue.locations.values()
    ]
    if any(location.example for location in catalogue.locations.values()):
        lines += ["", "⚠️ " + t._("Example data: staff still have to confirm times and place.")]
    replies = [_reply(t, "\n".join(lines))]
    replies += [
        Reply(venue=Venue(p.name, p.address, p.latitude, p.longitude), rtl=t.rtl)
        for p in catalogue.locations.values()
    ]
    last = replies[-1]
    replies[-1] = Reply(text=last.text, venue=last.venue, buttons=(tuple(_nav_row(t)),), rtl=t.rtl)
    return replies


def hours_this_week(
    t: Translator,
    catalogue: Catalogue,
    now: datetime,
    more: Sequence[str] = (),
    weekday: int | None = None,
) -> Reply:
    """When each offer meets in the next seven days, and which closures and public holidays
    fall in them; for a ``weekday`` asked about (0 = Monday), what meets then comes first."""
    today = t.local(now).date()
    lines = [*_on_the_day_asked(t, catalogue, now, weekday)] if weekday is not None else []
    lines.append("🕒 " + t._("When we are there in the next 7 days:"))
    for closure in catalogue.closures:
        if closure.first_day <= today + WEEK and closure.last_day >= today:
            reason = closure.reason_text(t.chain)
            lines.append(
                "🚫 "
                + t._("Closed from {first} to {last}: {reason}.").format(
                    first=t.day(closure.first_day), last=t.day(closure.last_day), reason=reason
                )
            )
    for offset in range(WEEK.days):
        day = today + timedelta(days=offset)
        if catalogue.calendar.is_public_holiday(day):
            lines.append("🎉 " + t._("Public holiday: {day}.").format(day=t.day(day)))
    for offer in catalogue.offers.values():
        title = f"{offer.icon} {offer.text('title', t.chain)}"
        upcoming = offer.next_occurrences(now, DATES_PER_OFFER_THIS_WEEK)
        this_week = [o for o in upcoming if o.start < now + WEEK]
        if this_week:
            dates = [f"   • {t.isolate(t.when(o.start, o.end))}" for o in this_week]
            lines += [title, *dates]
        elif upcoming:
            next_time = t.isolate(t.when(upcoming[0].start, upcoming[0].end))
            lines += [title, "   • " + t._("Next time: {when}").format(when=next_time)]
    lines += more
    if any(offer.example for offer in catalogue.offers.values()):
        lines += ["", "⚠️ " + t._("Example data: staff still have to confirm times and place.")]
    return _reply(t, "\n".join(lines), [_nav_row(t)])


def hours_on_day(t: Translator, catalogue: Catalogue, now: datetime, weekday: int) -> Reply:
    """Only the day asked about, right after the week's list ("a v subotu?")."""
    lines = _on_the_day_asked(t, catalogue, now, weekday)
    if any(offer.example for offer in catalogue.offers.values()):
        lines.append("⚠️ " + t._("Example data: staff still have to confirm times and place."))
    return _reply(t, "\n".join(lines), [_nav_row(t)])


def _on_the_day_asked(
    t: Translator, catalogue: Catalogue, now: datetime, weekday: int
) -> list[str]:
    """ "koly pracyuyete v subotu": a plain answer for that day first (found in a trial: the
    whole week's list left the person to find out that nothing meets on Saturdays)."""
    day = str(get_day_names("wide", locale=t.locale)[weekday])
    day = day[:1].upper() + day[1:]
    meetings = [
        (offer, meeting)
        for offer in catalogue.offers.values()
        for meeting in offer.next_occurrences(now, DATES_PER_OFFER_THIS_WEEK)
        if meeting.start < now + WEEK and t.local(meeting.start).weekday() == weekday
    ]
    if not meetings:
        return ["❌ " + t._("{day}: nothing takes place this week.").format(day=day), ""]
    lines = ["✅ " + t._("{day} this week:").format(day=day)]
    lines += [
        f"   • {offer.icon} {offer.text('title', t.chain)}: {t.isolate(t.when(m.start, m.end))}"
        for offer, m in sorted(meetings, key=lambda found: found[1].start)
    ]
    return [*lines, ""]


def no_appointment_needed(
    t: Translator, catalogue: Catalogue, entries: Sequence[MenuEntry]
) -> Reply:
    """Asked to book where nothing is booked (no offer takes appointments, or no booking at
    all in this centre): just come."""
    text = "📅 " + t._("You do not need an appointment. Just come at the times of the offer.")
    return menu(t, catalogue, intro=text, entries=entries)


def nothing_to_cancel(turn: Turn) -> Reply:
    """Asked to cancel in a centre that books no appointments: there is nothing to cancel."""
    t = turn.t
    text = "📅 " + t._(
        "Here you do not need an appointment, so there is nothing to cancel. "
        "If you cannot come, that is OK."
    )
    return menu_of(turn, intro=text)
