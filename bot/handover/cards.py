"""What mediators see (German): the topic title, the case card, the queue.

Texts are plain (the channel escapes them), so a person called ``<b>Hacker</b> & *bold*``
shows exactly so. Names are cut to fit Telegram's topic-name limit.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.handover.cases import ClosedBy
from bot.handover.hours import answered_in
from bot.handover.team import Team, TeamMember
from bot.i18n.languages import SOURCE_LANGUAGE, Languages
from bot.messages import Button, Mention, Reply
from bot.storage.models import HandoverCase, User

TOPIC_NAME_MAX = 128
"""Telegram's limit for a forum topic name (counted in UTF-16 code units, to be safe)."""
NAME_FALLBACK = "Person"
TAKE = "htake"  # htake:42        a mediator takes case 42
HAND_TO = "hto"  # hto:42:111222   case 42 goes to the team member with that user id
SEND_OFFER = "hcard"  # hcard:42:german-course   that offer's card to the person of case 42
CHANNEL_NAMES = {"telegram": "Telegram", "whatsapp": "WhatsApp", "console": "Terminal"}


@dataclass(frozen=True)
class CardPart:
    """A line and a row of buttons another feature adds to an open case's card."""

    line: str
    buttons: tuple[Button, ...]


DISPLAY_NAME_MAX = 64
"""Longer names are cut when the case is opened (the column's size); the title cuts further."""


def display_name(name: str | None) -> str | None:
    """The name to keep on an open case: cleaned and cut, None when nothing visible is left."""
    visible = _visible(name)
    return _shorten(visible, DISPLAY_NAME_MAX) if visible else None


def clean_name(name: str | None) -> str:
    return _visible(name) or NAME_FALLBACK


def _visible(name: str | None) -> str:
    """One line of visible text: no control or direction characters, no runs of spaces."""
    kept = "".join(c for c in name or "" if not unicodedata.category(c).startswith("C"))
    return " ".join(kept.split())


def topic_title(case: HandoverCase, languages: Languages) -> str:
    """``🇧🇬 bg · Maria · #42``; the name is shortened so the whole title fits."""
    flag = languages[case.language].flag if case.language in languages else ""
    prefix = (
        " ".join(part for part in ("🚨" if case.urgent else "", flag, case.language) if part)
        + " · "
    )
    suffix = f" · #{case.id}"
    room = TOPIC_NAME_MAX - _utf16(prefix) - _utf16(suffix)
    return prefix + _shorten(clean_name(case.display_name), room) + suffix


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _shorten(text: str, limit: int) -> str:
    if _utf16(text) <= limit:
        return text
    while _utf16(text) > limit - 1:
        text = text[:-1]
    return text.rstrip() + "…"


def card(
    case: HandoverCase,
    user: User,
    languages: Languages,
    team: Team,
    booked: Sequence[str],
    seen: Sequence[tuple[str, str]] = (),
    path: CardPart | None = None,
) -> Reply:
    """The card at the top of a case: who, which language, what they asked, who has it.

    ``seen``: (offer id, German title) of offers the person looked at; a button each sends
    that offer's card to the person in their language (``bot/handover/cards_in_topic.py``).
    ``path``: the person's step on the 9-step path and its buttons (bot/path).
    """
    language = languages.get(case.language)
    label = f"{language.label} ({case.language})" if language else case.language
    channel = CHANNEL_NAMES.get(user.channel, user.channel)
    if case.closed_at is not None:
        who = "von der Person" if case.closed_by == ClosedBy.PERSON else "vom Team"
        return Reply(text=f"✅ Fall #{case.id} · {label} · {channel}\nBeendet {who}.")
    lines = [f"🆕 Fall #{case.id} · {label} · {channel}", f"👤 {clean_name(case.display_name)}"]
    if case.urgent:
        lines.append("🚨 Kam über den Notfall-Hinweis (Worte wie Gewalt, Polizei, Notarzt).")
    if case.questions:
        lines.append("❓ Zuletzt gefragt:")
        lines += [f"   • {question}" for question in case.questions]
    if booked:
        lines.append("📅 Termine:")
        lines += [f"   • {entry}" for entry in booked]
    path_rows: tuple[tuple[Button, ...], ...] = ()
    if path is not None:
        lines.append(path.line)
        path_rows = (path.buttons,)
    send_offer = tuple(
        (Button(f"📇 {title}", f"{SEND_OFFER}:{case.id}:{oid}"),) for oid, title in seen
    )
    if seen:
        lines.append("📇 Angesehen (Knopf: die Karte an die Person):")
    if case.claimed_by is not None:
        lines.append(f"✋ Übernommen von {case.claimed_by_name or 'Team'}.")
        return Reply(text="\n".join(lines), buttons=(*path_rows, *send_offer))
    speakers = team.speakers(case.language)
    lines.append(
        f"🗣 Spricht {case.language}:" if speakers else _nobody_speaks(case, languages, team)
    )
    lines.append("⏳ Wer übernimmt? Knopf unten oder /take.")
    return Reply(
        text="\n".join(lines),
        buttons=((Button("✋ Übernehmen", f"{TAKE}:{case.id}"),), *path_rows, *send_offer),
        mentions=tuple(Mention(m.user_id, m.name) for m in speakers),
    )


def _nobody_speaks(case: HandoverCase, languages: Languages, team: Team) -> str:
    """What the person was told when the chat opened (``views.NobodySpeaks``), so the
    mediator answers as promised."""
    named = [
        languages.name_in(code, SOURCE_LANGUAGE) if code in languages else code
        for code in answered_in(team, case.language, case.language)
    ]
    promised = f"auf {' oder '.join(named)}" if named else "in einer anderen Sprache"
    return (
        "🗣 Niemand im Team spricht diese Sprache. Die Person weiß das; ihr wurde gesagt: "
        f"Antwort {promised}."
    )


def hand_to_choices(case: HandoverCase, team: Team) -> Reply:
    """Buttons for each team member, those who speak the person's language first."""
    ordered = sorted(team.members, key=lambda m: case.language not in m.languages)
    if not ordered:
        return Reply(text="In team.yaml steht niemand. /handto @name geht nur mit einem Team.")
    rows = tuple(
        (Button(f"➡️ {m.name} ({', '.join(m.languages)})", f"{HAND_TO}:{case.id}:{m.user_id}"),)
        for m in ordered
    )
    return Reply(text=f"An wen soll Fall #{case.id} gehen?", buttons=rows)


def handed_to(member: TeamMember, case: HandoverCase) -> Reply:
    return Reply(
        text=f"➡️ Fall #{case.id} ist jetzt bei:", mentions=(Mention(member.user_id, member.name),)
    )


def queue(
    entries: Sequence[tuple[HandoverCase, User]], languages: Languages, now: datetime
) -> Reply:
    if not entries:
        return Reply(text="📋 Keine offenen Chats.")
    lines = [f"📋 Offene Chats ({len(entries)}), die ältesten zuerst:"]
    for case, user in entries:
        flag = languages[case.language].flag if case.language in languages else ""
        language = f"{flag} {case.language}".strip()
        holder = f"bei {case.claimed_by_name or 'Team'}" if case.claimed_by else "frei"
        urgent = "🚨 " if case.urgent else ""
        channel = CHANNEL_NAMES.get(user.channel, user.channel)
        since = waited(now - case.opened_at)
        lines.append(
            f"{urgent}#{case.id} · {language} · {channel} · wartet seit {since} · {holder}"
        )
    return Reply(text="\n".join(lines))


def waited(span: timedelta) -> str:
    """``3 Min.``, ``1 Std. 5 Min.``, ``2 Tg.``: short, as staff read it in a list."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 1:
        return "< 1 Min."
    if minutes < 60:
        return f"{minutes} Min."
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} Std. {rest} Min." if rest else f"{hours} Std."
    return f"{hours // 24} Tg."
