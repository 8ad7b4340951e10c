# German typography (– „“ ×) in texts for staff is intended:
"""What people asked that the bot could not answer, similar questions grouped, most asked first.

The question log holds no person, so neither does this report: text, count, languages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.matching.normalize import normalize
from bot.storage.models import QuestionLog
from bot.understanding import Outcome

UNANSWERED = (Outcome.ANSWERED_UNSURE.value, Outcome.ASKED_BACK.value, Outcome.UNKNOWN.value)
# token_sort_ratio: "wo is jobcenter" ~ "wo ist das jobcenter" (86), not "... jugendamt" (75)
SIMILAR = 80
GROUPS_SHOWN = 25
VARIANTS_SHOWN = 2
FAQ_HINT_COUNT = 3
"""A question asked this often keeps coming: staff are pointed at content/faq.yaml."""


@dataclass(frozen=True)
class QuestionGroup:
    example: str  # the wording asked most often
    count: int
    languages: tuple[tuple[str, int], ...]  # most frequent first
    variants: tuple[str, ...]  # other wordings, most frequent first


def group_questions(asked: Iterable[tuple[str, str]]) -> list[QuestionGroup]:
    """Group (question, language) pairs whose normalised words are alike; biggest group first."""
    counts: Counter[str] = Counter()  # per normalised wording
    originals: dict[str, Counter[str]] = {}
    languages: dict[str, Counter[str]] = {}
    for question, language in asked:
        key = normalize(question)
        counts[key] += 1
        originals.setdefault(key, Counter())[" ".join(question.split())] += 1
        languages.setdefault(key, Counter())[language] += 1
    # Frequent wordings found the groups, so each group is named by its commonest form.
    founders: list[str] = []
    members: list[list[str]] = []
    for key, _ in counts.most_common():
        found = process.extractOne(
            key, founders, scorer=fuzz.token_sort_ratio, score_cutoff=SIMILAR
        )
        if found is None:
            founders.append(key)
            members.append([key])
        else:
            members[found[2]].append(key)
    groups = []
    for keys in members:
        spoken: Counter[str] = Counter()
        for key in keys:
            spoken.update(languages[key])
        wordings = [originals[key].most_common(1)[0][0] for key in keys]
        groups.append(
            QuestionGroup(
                example=wordings[0],
                count=sum(counts[key] for key in keys),
                languages=tuple(spoken.most_common()),
                variants=tuple(wordings[1:]),
            )
        )
    return sorted(groups, key=lambda group: -group.count)


async def unanswered(session: AsyncSession, since: datetime) -> list[QuestionGroup]:
    rows = await session.execute(
        select(QuestionLog.question, QuestionLog.language).where(
            QuestionLog.asked_at >= since, QuestionLog.outcome.in_(UNANSWERED)
        )
    )
    return group_questions((question, language) for question, language in rows)


def unanswered_de(groups: list[QuestionGroup], days: int) -> str:
    total = sum(group.count for group in groups)
    if not total:
        return f"❓ Unbeantwortete Fragen der letzten {days} Tage: keine."
    lines = [
        f"❓ Unbeantwortete Fragen der letzten {days} Tage: {total} in {len(groups)} Gruppen",
        "",
    ]
    for group in groups[:GROUPS_SHOWN]:
        spoken = ", ".join(f"{code} {count}" for code, count in group.languages)
        lines.append(f"{group.count}× „{group.example}“ ({spoken})")
        if group.variants:
            shown = ", ".join(f"„{v}“" for v in group.variants[:VARIANTS_SHOWN])
            more = len(group.variants) - VARIANTS_SHOWN
            lines.append(f"   ähnlich: {shown}" + (f" und {more} weitere" if more > 0 else ""))
        if group.count >= FAQ_HINT_COUNT:
            lines.append(
                f"   → {group.count}× gefragt: mit Antwort in content/faq.yaml aufnehmen "
                "(oder als Stichwort bei einem Angebot)"
            )
    if len(groups) > GROUPS_SHOWN:
        lines.append(f"… und {len(groups) - GROUPS_SHOWN} weitere Gruppen.")
    return "\n".join(lines)
