"""Matching: questions per second and top-1 accuracy, ours beside a plain rapidfuzz scan."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from bench.report import Figure
from bench.synthetic import make_content
from bot.catalogue.live import LiveCatalogue, match_entries
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.evaluate import Question, load_questions
from bot.matching.normalize import normalize

DEV_SET = PROJECT_ROOT / "tests" / "data" / "questions.yaml"
ROUNDS = 5


def _accuracy(answers: list[str | None], questions: list[Question]) -> float:
    on_topic = [(a, q) for a, q in zip(answers, questions, strict=True) if q.expected is not None]
    return 100.0 * sum(a == q.expected for a, q in on_topic) / len(on_topic)


def _measure(catalogue_dir: Path, label: str) -> list[Figure]:
    live = LiveCatalogue(catalogue_dir, load_languages().codes)
    matcher = live.current.matcher
    questions = load_questions(DEV_SET)
    texts = [q.text for q in questions]

    started = time.perf_counter()
    for _ in range(ROUNDS):
        ours = [matcher.match(text).top for text in texts]
    ours_seconds = (time.perf_counter() - started) / (ROUNDS * len(texts))
    ours_answers = [c.offer_id if c else None for c in ours]

    # Baseline: what one would write first — every keyword, token_set_ratio, best one wins.
    entries = list(match_entries(live.current.catalogue))
    choices = [normalize(e.text) for e in entries]
    started = time.perf_counter()
    for _ in range(ROUNDS):
        naive = [
            process.extractOne(normalize(t), choices, scorer=fuzz.token_set_ratio) for t in texts
        ]
    naive_seconds = (time.perf_counter() - started) / (ROUNDS * len(texts))
    naive_answers = [entries[hit[2]].offer_id if hit and hit[1] >= 70 else None for hit in naive]

    offers = len(live.current.catalogue.offers)
    return [
        Figure(
            f"matching, {offers} offers ({label})",
            "ms/question",
            ours_seconds * 1000,
            naive_seconds * 1000,
            "plain token_set_ratio scan",
            "< 1 ms at 300 offers",
        ),
        Figure(
            f"top-1 accuracy, {offers} offers",
            "%",
            _accuracy(ours_answers, questions),
            _accuracy(naive_answers, questions),
            "plain scan",
            ">= 90 %",
            f"{len(questions)} dev-set questions",
        ),
    ]


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        big = make_content(Path(folder) / "content", factor=50)
        return _measure(PROJECT_ROOT / "content", "shipped") + _measure(big, "50x")
