"""Rebuild bot/understanding/danger_head.json: ``python -m bot.understanding.train_danger_head``.

The model-free danger head (bot/understanding/danger_head.py) is the intent head's regression
without the sentence vector: the stacked naive Bayes readings of a message's letter runs and
words (bot/understanding/train_intent_head.py, :func:`fit_stacked` with no vector columns),
each bag's tables folded into one buckets x classes matrix. It learns from exactly the lines
the intent head learns from (``train_intent_head.training_lines``: the phrases of ``locales/``,
the development sets named in ``train_intent_head.TRAINING_SETS`` and the probe files), so a
report set is never learnt from. Deterministic; needs numpy (it comes with the
``understanding`` extra) but not the model: a few seconds.
"""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot.understanding.danger_head import HEAD_FILE, DangerHead
from bot.understanding.train_intent_head import (
    Line,
    classes,
    data_hash,
    fit_stacked,
    line_hash,
    run_trainer,
    training_files,
    training_lines,
)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Matrix = npt.NDArray[np.float32]


def fit_danger(texts: Sequence[str], labels: Sequence[str]) -> dict[str, Matrix]:
    """The intent head's weights without the vector: bias, gram_weights, word_weights."""
    import numpy as np

    head = fit_stacked(np.zeros((len(texts), 0)), texts, labels, classes())
    return {name: head[name] for name in ("bias", "gram_weights", "word_weights")}


def _floats(values: Matrix) -> str:
    import numpy as np

    return base64.b64encode(np.ascontiguousarray(values, dtype="<f2").tobytes()).decode()


def _hashes(values: Sequence[int]) -> str:
    from array import array

    packed = array("I", values)
    if sys.byteorder != "little":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode()


def encoded(head: dict[str, Matrix], lines: Sequence[Line]) -> dict[str, object]:
    """The head as danger_head.json stores it (each class's column after the other)."""
    return {
        "about": "weights of bot/understanding/danger_head.py, by train_danger_head.py",
        "classes": list(classes()),
        "data_hash": data_hash(lines),
        "line_hashes": _hashes(sorted({line_hash(line) for line in lines})),
        "bias": [float(value) for value in head["bias"]],
        "gram_weights": _floats(head["gram_weights"].T),  # class by class
        "word_weights": _floats(head["word_weights"].T),
    }


def head_of(head: dict[str, Matrix], lines: Sequence[Line] = ()) -> DangerHead:
    """The runtime head of freshly fitted weights (as if saved and loaded)."""
    stored = encoded(head, lines)
    return DangerHead.of(
        tuple(stored["classes"]),  # type: ignore[arg-type]
        tuple(stored["bias"]),  # type: ignore[arg-type]
        *(_decoded(str(stored[key])) for key in ("gram_weights", "word_weights")),
    )


def _decoded(text: str):  # type: ignore[no-untyped-def]
    from bot.understanding.danger_head import _floats as floats

    return floats(text)


def build(path: Path = HEAD_FILE, without: Sequence[str] = ()) -> None:
    lines = training_lines(files=training_files(without=without))
    head = fit_danger([line.text for line in lines], [line.label for line in lines])
    path.write_text(json.dumps(encoded(head, lines)) + "\n", encoding="utf-8")
    print(f"{path}: {len(lines)} lines")


def main(argv: Sequence[str] | None = None) -> int:
    return run_trainer(argv, __doc__.splitlines()[0], build, HEAD_FILE)


if __name__ == "__main__":
    sys.exit(main())
