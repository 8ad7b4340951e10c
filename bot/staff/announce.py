# German typography (– „“ ×) in texts for staff is intended:
"""Staff news about an offer, to exactly the people who asked for it, each in their language.

An announcement is a small YAML file, ``content/announcements/<name>.yaml``::

    offer: sewing-cafe
    text:
      de: "Das Nähcafé fällt am Freitag aus. Nächste Woche wieder wie immer."
      ro: "Cafeneaua de cusut nu are loc vineri. Săptămâna viitoare, ca de obicei."

German is required; a person whose language is missing gets the next one along their chain.
People who blocked the bot are skipped. Sending writes one durable job per recipient
(``bot/jobs.py``) in one transaction and returns at once: the jobs go out in the background,
paced below the channel's limit, resumed after a crash, and never twice to one person (the
job's key is the announcement and the person). Staff see progress with ``/announce status``
and get a message when the last recipient is done.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import news
from bot.catalogue.issues import ContentIssue
from bot.catalogue.live import LiveCatalogue
from bot.catalogue.model import Catalogue, Offer
from bot.catalogue.texts import SOURCE_LANGUAGE, pick_text
from bot.catalogue.yaml_source import read_yaml
from bot.i18n.translator import TextCatalogs
from bot.jobs import Claimed, Handler, JobQueue, NewJob, Outcome, progress
from bot.messages import ChannelName, ChatId, Reply
from bot.storage import subscriptions
from bot.storage.database import Database, upsert
from bot.storage.models import Announcement as AnnouncementRow
from bot.storage.models import Subscription, User

if TYPE_CHECKING:
    from bot.ports import Sender

log = logging.getLogger(__name__)

ANNOUNCEMENTS = "announcements"
KIND = "announcement"
RESERVED_NAME = "status"  # /announce status shows progress
NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class NotifyStaff(Protocol):
    async def __call__(
        self,
        replies: Sequence[Reply],
        session: AsyncSession | None = None,
        *,
        key: str | None = None,
    ) -> None: ...


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
    if not NAME.fullmatch(name) or name == RESERVED_NAME:
        return None
    return content_dir / ANNOUNCEMENTS / f"{name}.yaml"


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


def _blocked(unreachable_at: datetime | None, last_seen_at: datetime) -> bool:
    # Blocked people are written to again only after they wrote to the bot themselves.
    return unreachable_at is not None and unreachable_at >= last_seen_at


def _recipient(user: User) -> Recipient:
    blocked = _blocked(user.unreachable_at, user.last_seen_at)
    return Recipient(
        user.channel, user.external_id, user.language, user.format_language, not blocked
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


# -- sending: one durable job per recipient (bot/jobs.py) ---------------------------------


def digest(announcement: Announcement) -> str:
    """The same file sent again has the same digest: its recipients are not written to twice."""
    content = json.dumps([announcement.offer.id, dict(announcement.texts)], sort_keys=True)
    return hashlib.sha256(content.encode()).hexdigest()


def batch_of(announcement_id: int) -> str:
    return f"{KIND}:{announcement_id}"


@dataclass(frozen=True)
class Started:
    announcement_id: int
    new: int  # recipients added now
    already: int  # recipients who had it (or have it on its way) from an earlier send
    blocked: int  # blocked the bot: not written to

    def message_de(self, name: str) -> str:
        if self.new == 0:
            return (
                f"📢 „{name}“: alle {self.already} Empfänger*innen haben sie schon "
                "(oder bekommen sie gerade). Niemand bekommt sie doppelt. Stand: /announce status"
            )
        lines = [f"📢 „{name}“ wird gesendet an {self.new} Person(en)."]
        if self.already:
            lines.append(f"{self.already} hatten sie schon: sie bekommen sie nicht noch einmal.")
        if self.blocked:
            lines.append(f"Nicht erreichbar (Bot blockiert): {self.blocked}")
        lines.append("Stand: /announce status – am Ende kommt hier eine Meldung.")
        return "\n".join(lines)


async def start_sending(
    database: Database, queue: JobQueue, announcement: Announcement, now: datetime
) -> Started:
    """Write the announcement and one job per reachable subscriber, in one transaction.

    A person who already has a job for this announcement (it was sent before) gets no second
    one: the job's key is the announcement and the person.
    """
    code = digest(announcement)
    async with database.session() as session:
        await session.execute(
            upsert(session, AnnouncementRow)
            .values(
                name=announcement.name,
                digest=code,
                offer_id=announcement.offer.id,
                texts=dict(announcement.texts),
                created_at=now,
            )
            .on_conflict_do_nothing(index_elements=["name", "digest"])
        )
        announcement_id = await session.scalar(
            select(AnnouncementRow.id).where(
                AnnouncementRow.name == announcement.name, AnnouncementRow.digest == code
            )
        )
        assert announcement_id is not None
        # Three columns, not whole people: 10,000 subscribers stay a short transaction.
        people = (
            await session.execute(
                select(User.id, User.unreachable_at, User.last_seen_at)
                .join(Subscription, Subscription.user_id == User.id)
                .where(Subscription.offer_id == announcement.offer.id)
            )
        ).all()
        reachable = [id_ for id_, unreachable, seen in people if not _blocked(unreachable, seen)]
        batch = batch_of(announcement_id)
        jobs = [
            NewJob(KIND, {"announcement": announcement_id}, key=f"{batch}:{user_id}",
                   batch=batch, user_id=user_id)
            for user_id in reachable
        ]  # fmt: skip
        new = await queue.add_many(session, jobs, now)
    log.info("announcement %s: %d new recipients", announcement.name, new)
    return Started(announcement_id, new, len(reachable) - new, len(people) - len(reachable))


SENT = "sent"
BLOCKED = "blocked"  # the person blocked the bot (found out while sending, or before)
UNSUBSCRIBED = "unsubscribed"  # tapped "no more news" after it was sent off
STALE = "stale"  # the offer is no longer in the catalogue

_OUTCOMES_DE = (
    (SENT, "zugestellt"),
    (BLOCKED, "nicht erreichbar (Bot blockiert)"),
    (UNSUBSCRIBED, "abbestellt"),
    (Outcome.GAVE_UP, "fehlgeschlagen"),
    (Outcome.REFUSED, "abgelehnt"),
    (STALE, "Angebot nicht mehr im Katalog"),
)


def progress_de(name: str, counts: Mapping[str | None, int]) -> str:
    total = sum(counts.values())
    waiting = counts.get(None, 0)
    done = ", ".join(f"{counts[key]} {label}" for key, label in _OUTCOMES_DE if counts.get(key))
    if waiting:
        return f"📢 „{name}“: {total - waiting} von {total} erledigt ({done or 'noch keine'})."
    return f"📢 „{name}“ gesendet: {done or 'an niemanden'}."


async def status_de(database: Database, latest: int = 3) -> str:
    """The last few announcements and how far each got."""
    async with database.session() as session:
        rows = list(
            await session.execute(
                select(AnnouncementRow.id, AnnouncementRow.name)
                .order_by(AnnouncementRow.id.desc())
                .limit(latest)
            )
        )
        lines = [progress_de(name, await progress(session, batch_of(id_))) for id_, name in rows]
    return "\n".join(lines) or "Noch keine Neuigkeit gesendet."


class AnnouncementJobs(Handler):
    """Sends one announcement job: to one person, in their language, at the announcements' pace."""

    kind = KIND
    max_attempts = 8  # about 4 minutes of retries; news goes stale
    parallel = 4

    def __init__(
        self,
        *,
        database: Database,
        texts: TextCatalogs,
        catalogue: LiveCatalogue,
        senders: Mapping[ChannelName, Sender],
        default_language: str,
        pace: Callable[[str], Awaitable[None]],
        notify_staff: NotifyStaff,
    ) -> None:
        self.database = database
        self.texts = texts
        self.catalogue = catalogue
        self.senders = senders  # the core's own dict: channels registered later are seen
        self.default_language = default_language
        self._pace = pace
        self.notify_staff = notify_staff
        self._announcements: dict[int, AnnouncementRow] = {}
        self._people: dict[int, tuple[User, bool]] = {}  # this round: job -> person, subscribed

    def ready(self) -> bool:
        return bool(self.senders)

    async def pace(self, job: Claimed) -> None:
        await self._pace("announce")

    async def before_round(self, jobs: Sequence[Claimed]) -> None:
        """The round's people and whether they still want the news, in one read."""
        offers = {
            job.id: (await self._announcement(int(job.payload["announcement"]))).offer_id
            for job in jobs
        }
        async with self.database.session() as session:
            rows = await session.execute(
                select(User, Subscription.offer_id)
                .outerjoin(
                    Subscription,
                    (Subscription.user_id == User.id)
                    & Subscription.offer_id.in_(set(offers.values())),
                )
                .where(User.id.in_({job.user_id for job in jobs}))
            )
            wanted: dict[int, tuple[User, set[str]]] = {}
            for user, offer_id in rows.all():
                wanted.setdefault(user.id, (user, set()))[1].add(offer_id)
        self._people = {
            job.id: (wanted[job.user_id][0], offers[job.id] in wanted[job.user_id][1])
            for job in jobs
            if job.user_id in wanted
        }

    async def run(self, job: Claimed) -> str:
        announcement = await self._announcement(int(job.payload["announcement"]))
        user, subscribed = self._people.get(job.id, (None, False))
        if user is None or not subscribed:
            return UNSUBSCRIBED
        if not _recipient(user).reachable:
            return BLOCKED
        offer = self.catalogue.current.catalogue.offer(announcement.offer_id)
        if offer is None:
            return STALE
        sender = self.senders.get(ChannelName(user.channel))
        if sender is None:  # the claim picks only people this process reaches
            raise LookupError(f"no {user.channel} channel in this process")
        t = self.texts.translator(user.language or self.default_language, user.format_language)
        reply = news.announcement(t, offer, pick_text(announcement.texts, t.chain))
        before = user.unreachable_at
        await sender.send(ChatId(user.external_id), [reply])
        # A sender that meets a blocked chat marks the person unreachable instead of raising.
        async with self.database.session() as session:
            after = await session.scalar(select(User.unreachable_at).where(User.id == user.id))
        return BLOCKED if after is not None and after != before else SENT

    async def after_round(self, batches: set[str]) -> None:
        """An announcement whose last recipient is done: staff hear how it went (once)."""
        for batch in batches:
            async with self.database.session() as session:
                counts = await progress(session, batch)
                if counts.get(None):
                    continue
                announcement = await self._announcement(int(batch.rpartition(":")[2]))
                summary = Reply(text=progress_de(announcement.name, counts))
                await self.notify_staff([summary], session, key=f"{batch}:done")

    async def _announcement(self, announcement_id: int) -> AnnouncementRow:
        cached = self._announcements.get(announcement_id)
        if cached is None:
            async with self.database.session() as session:
                cached = await session.get(AnnouncementRow, announcement_id)
            if cached is None:
                raise LookupError(f"announcement {announcement_id} is gone")
            self._announcements[announcement_id] = cached
        return cached
