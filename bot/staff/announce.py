# German typography (– „“ ×) in texts for staff is intended:
"""Staff news about an offer, to exactly the people who asked for it, each in their language.

An announcement is a small YAML file, ``content/announcements/<name>.yaml``::

    offer: sewing-cafe
    text:
      de: "Das Nähcafé fällt am Freitag aus. Nächste Woche wieder wie immer."
      ro: "Cafeneaua de cusut nu are loc vineri. Săptămâna viitoare, ca de obicei."

German is required; a person whose language is missing gets the next one along their chain.
People who blocked the bot are skipped; the rest are paced below the platform's limit.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from bot.catalogue.issues import ContentIssue
from bot.catalogue.model import Catalogue, Offer
from bot.catalogue.texts import SOURCE_LANGUAGE, pick_text
from bot.catalogue.yaml_source import read_yaml
from bot.dialogue import views
from bot.dialogue.messages import ChatId, Reply, RetryLater
from bot.i18n.translator import TextCatalogs
from bot.staff.rate_limit import RateLimiter
from bot.storage import subscriptions
from bot.storage.database import Database
from bot.storage.models import User

if TYPE_CHECKING:
    from bot.app import Sender

log = logging.getLogger(__name__)

ANNOUNCEMENTS = "announcements"
ANNOUNCE_PER_SECOND = 25  # below Telegram's ~30 messages per second for bulk sending
NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Announcement:
    name: str
    offer: Offer
    texts: Mapping[str, str]  # language -> text; German always there

    def text_for(self, chain: Sequence[str]) -> str:
        return pick_text(self.texts, chain)


def announcement_path(content_dir: Path, name: str) -> Path | None:
    """The file for ``name`` (lower-case letters, digits, '-'), or None for a bad name."""
    name = name.strip().lower().removesuffix(".yaml")
    return content_dir / ANNOUNCEMENTS / f"{name}.yaml" if NAME.fullmatch(name) else None


def available(content_dir: Path) -> list[str]:
    folder = content_dir / ANNOUNCEMENTS
    return sorted(p.stem for p in folder.glob("*.yaml")) if folder.is_dir() else []


def load_announcement(
    path: Path, catalogue: Catalogue, languages: Sequence[str]
) -> tuple[Announcement | None, list[ContentIssue]]:
    """Read and check one announcement file; issues name the line as in the catalogue check."""
    source, issues = read_yaml(path)
    if source is None:
        return None, issues
    data = source.data
    if not isinstance(data, dict):
        return None, [source.issue((), "expected 'offer:' and 'text:' lines")]
    issues += [
        source.issue((str(key),), "unknown field (check the spelling)")
        for key in data
        if key not in {"offer", "text"}
    ]
    offer_id = data.get("offer")
    offer = catalogue.offer(offer_id) if isinstance(offer_id, str) else None
    if offer is None:
        known = ", ".join(catalogue.offers)
        issues.append(source.issue(("offer",), f"unknown offer {offer_id!r} (known: {known})"))
    raw = data.get("text")
    texts: dict[str, str] = {}
    if not isinstance(raw, dict):
        issues.append(source.issue(("text",), "expected one line per language below 'text:'"))
    else:
        for code, text in raw.items():
            if code not in languages:
                issues.append(
                    source.issue(
                        ("text", str(code)),
                        f"unknown language '{code}' (known: {', '.join(languages)})",
                    )
                )
            elif isinstance(text, str) and text.strip():
                texts[code] = text.strip()
        if SOURCE_LANGUAGE not in texts:
            issues.append(source.issue(("text",), f"missing German text '{SOURCE_LANGUAGE}'"))
    if issues or offer is None:
        return None, issues
    return Announcement(path.stem, offer, texts), []


@dataclass(frozen=True)
class Recipient:
    channel: str
    chat_id: str
    language: str | None
    format_language: str | None
    reachable: bool


async def recipients(database: Database, offer_id: str) -> list[Recipient]:
    async with database.session() as session:
        return [_recipient(user) for user in await subscriptions.subscribers(session, offer_id)]


def _recipient(user: User) -> Recipient:
    # Blocked people are written to again only after they wrote to the bot themselves.
    blocked = user.unreachable_at is not None and user.unreachable_at >= user.last_seen_at
    return Recipient(
        user.channel, user.external_id, user.language, user.format_language, not blocked
    )


@dataclass(frozen=True)
class DeliveryReport:
    delivered: int
    failed: int  # an error, or no channel to send through
    blocked: int  # blocked the bot: skipped before, or found out while sending

    def summary_de(self, name: str) -> str:
        return (
            f"📢 „{name}“ gesendet: {self.delivered} zugestellt, {self.failed} fehlgeschlagen, "
            f"{self.blocked} nicht erreichbar (Bot blockiert)."
        )


def preview_de(
    announcement: Announcement, people: Sequence[Recipient], languages: Sequence[str], send: str
) -> str:
    """Who would get it, in which languages, and the German text; ``send`` says how to send."""
    reachable = [p for p in people if p.reachable]
    spoken = Counter(p.language or SOURCE_LANGUAGE for p in reachable)
    by_language = ", ".join(f"{code} {spoken[code]}" for code in languages if spoken[code])
    lacking = [code for code in languages if spoken[code] and code not in announcement.texts]
    lines = [
        f"📢 Vorschau „{announcement.name}“ – {announcement.offer.text('title', SOURCE_LANGUAGE)}",
        f"Empfänger*innen: {len(reachable)}" + (f" ({by_language})" if by_language else ""),
    ]
    if len(people) > len(reachable):
        lines.append(f"Nicht erreichbar (Bot blockiert): {len(people) - len(reachable)}")
    if lacking:
        lines.append("Ohne eigenen Text (bekommen die Ersatzsprache): " + ", ".join(lacking))
    lines += [
        "",
        announcement.texts[SOURCE_LANGUAGE],
        "",
        f"Zum Senden: {send}",
    ]
    return "\n".join(lines)


async def deliver(
    announcement: Announcement,
    *,
    database: Database,
    texts: TextCatalogs,
    senders: Mapping[str, Sender],
    default_language: str,
    now: datetime,
    limiter: RateLimiter | None = None,
) -> DeliveryReport:
    """Send to every consenting, reachable person; count what happened."""
    limiter = limiter or RateLimiter(ANNOUNCE_PER_SECOND)
    people = await recipients(database, announcement.offer.id)
    sent: list[Recipient] = []
    failed = 0
    for person in people:
        if not person.reachable:
            continue
        sender = senders.get(person.channel)
        if sender is None:  # e.g. a WhatsApp person while only Telegram runs
            failed += 1
            continue
        t = texts.translator(person.language or default_language, person.format_language)
        reply = views.announcement(t, announcement.offer, announcement.text_for(t.chain))
        await limiter.wait()
        try:
            await _send(sender, ChatId(person.chat_id), reply)
        except Exception as error:  # one person's failure must not stop the rest
            log.warning(
                "announcement %s: send failed on %s: %s",
                announcement.name,
                person.channel,
                type(error).__name__,
            )
            failed += 1
        else:
            sent.append(person)
    # A sender that meets a blocked chat marks the person unreachable instead of raising.
    newly_blocked = await _blocked_since(database, sent, now)
    skipped = sum(not p.reachable for p in people)
    report = DeliveryReport(len(sent) - newly_blocked, failed, skipped + newly_blocked)
    log.info(
        "announcement %s: %d delivered, %d failed, %d blocked",
        announcement.name,
        report.delivered,
        report.failed,
        report.blocked,
    )
    return report


async def _send(sender: Sender, chat_id: ChatId, reply: Reply) -> None:
    """One try, and one more after the wait a flood limit asks for."""
    try:
        await sender.send(chat_id, [reply])
    except RetryLater as wait:
        await asyncio.sleep(wait.seconds)
        await sender.send(chat_id, [reply])


async def _blocked_since(database: Database, people: Sequence[Recipient], since: datetime) -> int:
    if not people:
        return 0
    chats = {(p.channel, p.chat_id) for p in people}
    async with database.session() as session:
        rows = await session.execute(
            select(User.channel, User.external_id).where(
                User.unreachable_at.is_not(None), User.unreachable_at >= since
            )
        )
        return sum((channel, chat) in chats for channel, chat in rows)
