"""Understanding: latency per typed question (p50, p99) and peak RSS of the whole pipeline.

Ours is what the bot runs for every typed message (``Understander.understand``: emergency
words, typed yes/no, everyday intents, follow-ups, FAQ, offers, language detection). The
baseline is what it ran before the pipeline existed: the offer matcher and language detection
alone. Both answer every question of the understanding development set, in the same run.
Peak RSS is measured in a fresh child process each (``python -m bench.understanding rss WHICH``).
With the optional model installed (``pip install -e '.[understanding]'``), the pipeline is
measured a second time with it (``model``), beside the pipeline without it.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import yaml

from bench.memory import _peak_mb
from bench.report import Figure
from bot.config import PROJECT_ROOT

DEV_SET = PROJECT_ROOT / "tests" / "data" / "understanding" / "dev.yaml"
ROUNDS = 3


def _questions() -> list[str]:
    document = yaml.safe_load(DEV_SET.read_text(encoding="utf-8"))
    return [str(item["q"]) for item in document["questions"]]


def _answerers(
    with_model: bool = True, *, only_before: bool = False
) -> dict[str, Callable[[str], object]]:
    """``ours`` and ``before``, each loaded as the bot loads it, and ``model`` when installed.
    ``only_before``: nothing but what ran before the pipeline existed (for its peak RSS: the
    phrase lists must not count towards the baseline)."""
    from bot.catalogue.live import LiveCatalogue
    from bot.i18n.languages import load_languages
    from bot.matching.detect import LanguageDetector
    from bot.matching.semantic import load_model
    from bot.understanding import Context, Understander

    languages = load_languages()
    snapshot = LiveCatalogue(PROJECT_ROOT / "content", languages.codes).current
    detector = LanguageDetector(languages.codes)

    def before(text: str) -> object:
        return snapshot.matcher.match(text, limit=3), detector.detect(text)

    if only_before:
        return {"before": before}
    understander = Understander.load(PROJECT_ROOT / "locales", detector)
    context = Context("de")

    def ours(text: str) -> object:
        return understander.understand(text, snapshot, context)

    answerers: dict[str, Callable[[str], object]] = {"ours": ours, "before": before}
    model = load_model() if with_model else None
    if model is not None:
        reranked = LiveCatalogue(PROJECT_ROOT / "content", languages.codes, model).current
        assert reranked.semantic is not None
        reranked.semantic.warm()  # as `bot run` does in the background after start
        understander.warm(reranked)

        def model_on(text: str) -> object:
            return understander.understand(text, reranked, context)

        answerers["model"] = model_on
    return answerers


def _latencies(answer: Callable[[str], object], questions: list[str]) -> list[float]:
    for text in questions:  # warm caches (typo variants, detector models) first
        answer(text)
    took: list[float] = []
    for _ in range(ROUNDS):
        for text in questions:
            started = time.perf_counter()
            answer(text)
            took.append((time.perf_counter() - started) * 1000)
    return took


def _percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def _rss(which: str) -> float:
    result = subprocess.run(
        [sys.executable, "-m", "bench.understanding", "rss", which],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
    )
    return float(json.loads(result.stdout)["peak_mb"])


def run() -> list[Figure]:
    questions = _questions()
    answerers = _answerers()
    ours, before = (_latencies(answerers[k], questions) for k in ("ours", "before"))
    note = f"{len(questions)} dev-set questions x {ROUNDS}"
    figures = [
        Figure(
            "understanding, p50 per question",
            "ms",
            _percentile(ours, 0.5),
            _percentile(before, 0.5),
            "offer matcher + language detection (before)",
            "",
            note,
        ),
        Figure(
            "understanding, p99 per question",
            "ms",
            _percentile(ours, 0.99),
            _percentile(before, 0.99),
            "offer matcher + language detection (before)",
            "< 50 ms",
            note,
        ),
        Figure(
            "understanding, peak RSS",
            "MB",
            _rss("ours"),
            _rss("before"),
            "offer matcher + language detection (before)",
            "< 150 MB",
            "fresh process, catalogue loaded, every dev question answered",
        ),
    ]
    if "model" in answerers:
        figures += _with_model(answerers, questions, ours, note)
    return figures


def _with_model(
    answerers: dict[str, Callable[[str], object]],
    questions: list[str],
    without: list[float],
    note: str,
) -> list[Figure]:
    """The pipeline with the optional embedding model, beside the same pipeline without it."""
    took = _latencies(answerers["model"], questions)
    baseline = "the same pipeline without the model"
    return [
        Figure(
            "understanding with model, p50",
            "ms",
            _percentile(took, 0.5),
            _percentile(without, 0.5),
            baseline,
            "",
            note,
        ),
        Figure(
            "understanding with model, p99",
            "ms",
            _percentile(took, 0.99),
            _percentile(without, 0.99),
            baseline,
            "< 50 ms",
            note + "; only messages rapidfuzz is unsure about, or nothing else understood,"
            " reach the model",
        ),
        Figure(
            "understanding with model, peak RSS",
            "MB",
            _rss("model"),
            _rss("ours"),
            baseline,
            "< 150 MB",
            "fresh process, offers and everyday-request examples embedded, every dev question"
            " answered",
        ),
    ]


def _child(which: str) -> None:
    answer = _answerers(with_model=which == "model", only_before=which == "before")[which]
    for text in _questions():
        answer(text)
    print(json.dumps({"peak_mb": _peak_mb()}))


if __name__ == "__main__":
    if sys.argv[1:2] == ["rss"]:
        _child(sys.argv[2])
    else:
        from bench.report import table

        print(table(run()))
