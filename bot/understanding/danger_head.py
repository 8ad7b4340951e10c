"""A learned second net for emergencies: danger worded in ways no phrase list has seen.

The words of danger (bot/understanding/emergency.py) are matched in any order and form, yet
every blind set still brought emergencies worded in ways none of them listed (7 to 11 of 100
per set). When the rules find nothing in a message of three words or more, a learned reading
is asked how likely it is an emergency (bot/understanding/pipeline.py):

- with the optional model, the intent head's "danger" probability
  (bot/understanding/intent_head.py: the sentence vector, the letter runs and the words),
  asked only when this module's model-free head finds the message likely enough (EMBED_FROM);
- this model-free head reads the same letter runs and words (bot/understanding/char_grams.py)
  by the same stacked naive Bayes and regression as the intent head, without the vector,
  trained on the same lines (bot/understanding/train_danger_head.py) and folded into 13
  numbers per hashed bucket. Alone, without the model, it rings no alarm (below: why).

It needs no numpy: a message is a sum over its ~50-150 buckets' rows (a fraction of a
millisecond) and the weights load from ``danger_head.json``. The thresholds below were chosen
by leave-one-set-out cross-validation (docs/understanding.md, "A learned second net for
emergencies").
"""

from __future__ import annotations

import base64
import json
import logging
import math
import struct
import sys
from array import array
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.understanding.char_grams import buckets, word_buckets

log = logging.getLogger(__name__)

HEAD_FILE = Path(__file__).with_name("danger_head.json")
DANGER = "danger"

MIN_WORDS = 3
"""Shorter messages are left to the rules: "ne", "nein", "не" (no) and two-word thanks read as
danger to the letter runs (the "not" of "not breathing"), and no emergency of the development
sets that the rules missed was shorter."""

# Without the model, this head alone brings no numbers; it only decides which messages the
# model reads for danger (EMBED_FROM). Session 11 rang at 0.89 (leave-one-set-out over dev, dev2,
# heldout2..heldout10: 6 of the 46 emergencies the rules missed, at 3 false alarms in 6,046
# lines), but the lead's trial then found ordinary family and health news ringing: "my husband
# always makes me laugh" 0.97, "kocam beni cok seviyo" 0.99, "copilul meu tuseste putin" 0.92.
# The sets hold few such lines; the letter runs of "husband ... me" and "child ... fever" carry
# the danger of thousands of listed emergencies, and 120 lines of family news added to
# locales/not_requests.yaml did not move them below 0.89 (the model's head: 8 of 9 below 0.94).

WITH_MODEL = 0.94
"""The intent head's "danger" probability that brings the numbers, by the same leave-one-set-out
cross-validation as above (heads retrained since, not measured again): 21 of
the 46 missed emergencies caught at 3 false alarms (0.93: 21 at 4; 0.95: 18 at 1)."""

EMBED_FROM = 0.2
"""With the model, a message is embedded for this only when the model-free head gives it at
least this much: about a quarter of the messages, and in the cross-validation none of the
emergencies the intent head caught was below it."""


HINT_WITH_MODEL = 0.85
"""Below the alarm, the intent head's "danger" probability that puts one line with 112 and 110
before the answer (pipeline.Understander.understand); never the screen. Chosen on heldout10
(read by a head trained without it) and heldout11 (the shipped head never learnt from it):
docs/understanding.md, "A learned second net for emergencies". Without the model there is no
learned line: the model-free head added one emergency over the words on heldout11 at 0.9 and
none at 0.95, while family news ("kocam beni cok seviyo" 0.99, "my husband makes me laugh
every day" 0.96) would get it."""


@dataclass(frozen=True)
class DangerHead:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    gram_columns: tuple[array, ...]  # type: ignore[type-arg]  # per class: one logit per bucket
    word_columns: tuple[array, ...]  # type: ignore[type-arg]

    @classmethod
    def load(cls, path: Path = HEAD_FILE) -> DangerHead | None:
        """The shipped head; None when the file is missing or unreadable (the rules alone)."""
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            return cls.of(
                tuple(str(name) for name in stored["classes"]),
                tuple(float(value) for value in stored["bias"]),
                _floats(stored["gram_weights"]),
                _floats(stored["word_weights"]),
            )
        except (OSError, KeyError, ValueError, TypeError) as error:
            log.warning("the learned danger head is off: %s", error)
            return None

    @classmethod
    def of(
        cls,
        classes: tuple[str, ...],
        bias: tuple[float, ...],
        gram_weights: array,  # type: ignore[type-arg]  # classes x buckets, class by class
        word_weights: array,  # type: ignore[type-arg]
    ) -> DangerHead:
        classes.index(DANGER)  # ValueError without it

        def columns(weights: array) -> tuple[array, ...]:  # type: ignore[type-arg]
            size = len(weights) // len(classes)
            return tuple(weights[k * size : (k + 1) * size] for k in range(len(classes)))

        return cls(classes, bias, columns(gram_weights), columns(word_weights))

    def probability(self, text: str) -> float:
        """How likely ``text`` is an emergency, 0..1."""
        logits = list(self.bias)
        for columns, finder in ((self.gram_columns, buckets), (self.word_columns, word_buckets)):
            rows = finder(text, len(columns[0]), squeeze=True)
            if rows:  # the mean of the buckets' rows, one class's column at a time
                for k, column in enumerate(columns):
                    logits[k] += sum(map(column.__getitem__, rows)) / len(rows)
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        return exps[self.classes.index(DANGER)] / sum(exps)


def _floats(encoded: str) -> array:  # type: ignore[type-arg]
    """Half-precision floats, little-endian, as the trainer stores them (half the file)."""
    packed = base64.b64decode(encoded)
    return array("f", struct.unpack(f"<{len(packed) // 2}e", packed))


def line_hashes(path: Path = HEAD_FILE) -> frozenset[int]:
    """The fingerprints of the lines the shipped head learnt from (train_intent_head.line_hash)."""
    packed = array(
        "I", base64.b64decode(json.loads(path.read_text(encoding="utf-8"))["line_hashes"])
    )
    if sys.byteorder != "little":
        packed.byteswap()
    return frozenset(packed)


@cache
def shipped_danger_head() -> DangerHead | None:
    """The head in the package, read once per process."""
    return DangerHead.load(HEAD_FILE)
