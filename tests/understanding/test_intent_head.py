"""The learned intent head: shipped weights learnt from today's data, rebuilt the same way.

Behaviour with the model (requests by meaning understood, off-topic lines and danger not
taken) is checked in test_intent_model.py, which now runs through the head.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.understanding.intent_model import DANGER, NO_REQUEST
from bot.understanding.train_intent_head import (
    HEAD_FILE,
    classes,
    fit,
    fit_stacked,
    line_hash,
    training_files,
    training_lines,
)

np = pytest.importorskip("numpy", reason="numpy comes with the understanding extra")

from bot.understanding.intent_head import IntentHead  # noqa: E402  (needs numpy)

FRESH_ENOUGH = 0.9
"""Share of today's labelled lines the shipped head must have learnt from (and of its lines
that must still exist). A round's new phrases and probes (~500 lines of ~15,000) are fine
until the head is rebuilt; a head learnt from another version of the data is not."""


def test_the_shipped_head_was_learnt_from_todays_data() -> None:
    head = IntentHead.load(HEAD_FILE)
    assert head is not None
    today = {line_hash(line) for line in training_lines()}
    learnt = set(head.line_hashes.tolist())

    assert head.classes == classes()
    assert len(today & learnt) >= FRESH_ENOUGH * len(today), (
        "locales/ or the sets changed since intent_head.npz was built: "
        "run `python -m bot.understanding.train_intent_head` and commit the file"
    )
    assert len(today & learnt) >= FRESH_ENOUGH * len(learnt)


def test_no_report_set_is_learnt_from() -> None:
    names = {path.name for path in training_files()}

    assert "heldout35.yaml" not in names  # the report set of the thirty-fifth round
    development = {
        "dev.yaml",
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
    }
    assert development <= names
    assert all(name.startswith(("dev", "heldout", "probes_", "emergency_")) for name in names)


def test_set_lines_are_labelled_as_the_head_needs_them() -> None:
    labels = {(line.text, line.label) for line in training_lines()}

    assert ("hallo", "greet") in labels  # an intent line of dev.yaml
    assert any(label == DANGER for _, label in labels)  # emergency lines and distress.yaml
    assert ("wird es morgen regnen", NO_REQUEST) in labels  # not_requests.yaml


def test_training_is_deterministic_and_separates_what_it_learnt(tmp_path: Path) -> None:
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(3, 16))
    vectors = np.vstack([centre + 0.1 * rng.normal(size=(20, 16)) for centre in centres])
    labels = [name for name in ("help", NO_REQUEST, DANGER) for _ in range(20)]
    names = ("help", NO_REQUEST, DANGER)

    first = fit(vectors, labels, names)
    second = fit(vectors, labels, names)
    head = IntentHead(names, first["weights"], first["bias"], "", np.zeros(0, np.uint32))

    assert np.array_equal(first["weights"], second["weights"])
    assert [head.read(v.astype(np.float32)).label for v in centres] == list(names)


def test_letter_runs_carry_a_typed_word_the_vector_does_not_know() -> None:
    # Vectors that say nothing (noise): only the words' letters tell the two labels apart.
    rng = np.random.default_rng(3)
    names = ("human", NO_REQUEST, DANGER)
    texts = [f"vreau sa vorbesc cu un om {i}" for i in range(30)]
    texts += [f"ce vreme e maine la {city}" for city in ("cluj", "iasi", "arad") * 10]
    texts += [f"ajutor ma bate sotul {i}" for i in range(30)]
    labels = [name for name in names for _ in range(30)]
    vectors = rng.normal(size=(90, 8))

    trained = fit_stacked(vectors, texts, labels, names)
    head = IntentHead(
        names,
        trained["weights"],
        trained["bias"],
        "",
        np.zeros(0, np.uint32),
        trained["gram_weights"],
    )
    noise = rng.normal(size=8).astype(np.float32)

    assert head.read(noise, "vreu sa vorbsc cu un om").label == "human"  # two typos
    assert head.read(noise, "ce vremea e maine").label == NO_REQUEST


def test_without_the_weights_file_the_vote_stays(tmp_path: Path) -> None:
    assert IntentHead.load(tmp_path / "missing.npz") is None


def test_spellings_of_one_word_share_its_skeleton_in_the_word_bag() -> None:
    from bot.matching.normalize import normalize
    from bot.understanding.char_grams import skeleton, word_buckets

    assert skeleton(normalize("zawji")) == skeleton(normalize("زوجي")) == "zvj"
    assert skeleton(normalize("shukran")) == skeleton(normalize("choukran")) == "ckrn"
    assert skeleton(normalize("maw3ed")) == skeleton(normalize("موعد"))
    # the word bag of the Arabic and the Latin spelling meet in the skeleton's bucket
    assert set(word_buckets("زوجي", 4096)) & set(word_buckets("zawji", 4096))
    assert word_buckets("pleeease", 4096, squeeze=True) == word_buckets("please", 4096)
