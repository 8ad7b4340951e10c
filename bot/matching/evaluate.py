"""Measure a matcher on a development set of real-looking questions, per language.

Two figures decide whether matching is good enough: top-1 accuracy on questions about our
offers, and the number of confident answers to questions about things we do not offer (a
wrong direct answer misleads more than a "did you mean").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.matching.matcher import Matcher

# libyaml's parser when installed: the same data as yaml.safe_load, about ten times faster
# (a set of several hundred lines is read by every evaluation and the set tests).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _safe_load(text: str) -> Any:
    return yaml.load(text, Loader=_SAFE_LOADER)


@dataclass(frozen=True)
class Question:
    """One development question; ``expected`` is ``None`` for things we do not offer."""

    text: str
    language: str
    expected: str | None


@dataclass
class LanguageFigures:
    """Counts for one language (or all of them)."""

    on_topic: int = 0
    top1_correct: int = 0
    confident_correct: int = 0
    confident_wrong: int = 0  # on-topic, answered directly with the wrong offer
    off_topic: int = 0
    off_topic_confident: int = 0
    off_topic_suggested: int = 0  # got "did you mean" buttons, harmless but noisy

    @property
    def top1_accuracy(self) -> float:
        """Share of on-topic questions whose best candidate is the expected offer."""
        return self.top1_correct / self.on_topic if self.on_topic else 1.0


@dataclass
class Miss:
    """A question the matcher got wrong, for the printed report."""

    question: Question
    found: str | None
    score: float
    confident: bool


@dataclass
class EvalReport:
    """Figures per language and overall, and every miss."""

    by_language: dict[str, LanguageFigures] = field(default_factory=dict)
    total: LanguageFigures = field(default_factory=LanguageFigures)
    misses: list[Miss] = field(default_factory=list)

    def table(self) -> str:
        """A fixed-width table of the figures, then the misses."""
        header = (
            f"{'lang':<6}{'on-topic':>9}{'top-1':>8}{'direct ok':>10}{'direct bad':>11}"
            f"{'off-topic':>10}{'off direct':>11}{'off asked':>10}"
        )
        rows = [header]
        for language, figures in [*sorted(self.by_language.items()), ("all", self.total)]:
            rows.append(
                f"{language:<6}{figures.on_topic:>9}{figures.top1_accuracy:>8.0%}"
                f"{figures.confident_correct:>10}{figures.confident_wrong:>11}"
                f"{figures.off_topic:>10}{figures.off_topic_confident:>11}"
                f"{figures.off_topic_suggested:>10}"
            )
        for miss in self.misses:
            verdict = "direct" if miss.confident else "asked" if miss.found else "nothing"
            rows.append(
                f"MISS [{miss.question.language}] {miss.question.text!r}: expected "
                f"{miss.question.expected}, {verdict} {miss.found} ({miss.score:.0f})"
            )
        return "\n".join(rows)


def load_questions(path: Path) -> list[Question]:
    """Read a development set: ``questions: [{q, lang, expect}, ...]``."""
    document = _safe_load(path.read_text(encoding="utf-8"))
    return [
        Question(text=str(item["q"]), language=str(item["lang"]), expected=item["expect"])
        for item in document["questions"]
    ]


def evaluate(matcher: Matcher, questions: Iterable[Question]) -> EvalReport:
    """Match every question and count hits and misses, per language and overall."""
    report = EvalReport()
    for question in questions:
        result = matcher.match(question.text)
        top = result.top
        found = top.offer_id if top else None
        figures = report.by_language.setdefault(question.language, LanguageFigures())
        for counted in (figures, report.total):
            if question.expected is None:
                counted.off_topic += 1
                counted.off_topic_confident += result.confident
                counted.off_topic_suggested += top is not None and not result.confident
            else:
                counted.on_topic += 1
                counted.top1_correct += found == question.expected
                counted.confident_correct += result.confident and found == question.expected
                counted.confident_wrong += result.confident and found != question.expected
        wrong = found != question.expected if question.expected else result.confident
        if wrong:
            report.misses.append(Miss(question, found, top.score if top else 0.0, result.confident))
    return report


def evaluate_file(matcher: Matcher, path: Path) -> EvalReport:
    """Evaluate on the development set stored at ``path``."""
    return evaluate(matcher, load_questions(path))
