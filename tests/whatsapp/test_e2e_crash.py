"""The real bot process on WhatsApp, killed or stopped while people wait for their answers.

Every message that got Meta's 200 is answered after the restart, once (the full-size trials:
``python -m bench.crash_trials``).
"""

from __future__ import annotations

from pathlib import Path

from tests.support.crash_trials import (
    whatsapp_kill_after_acknowledged,
    whatsapp_term_during_answers,
)


async def test_messages_acknowledged_before_a_sigkill_are_all_answered_after_the_restart(
    tmp_path: Path,
) -> None:
    # No answer can go out before the kill: the Graph API holds every send.
    counts = await whatsapp_kill_after_acknowledged(tmp_path, people=8, hang_sends=True)

    assert (counts.sent, counts.answered, counts.lost, counts.doubled) == (8, 8, 0, 0), counts
    assert not counts.notes, counts.notes


async def test_a_sigterm_while_answering_exits_at_once_and_loses_nothing(tmp_path: Path) -> None:
    counts = await whatsapp_term_during_answers(
        tmp_path, people=30, WHATSAPP_MESSAGES_PER_SECOND="5"
    )

    assert (counts.answered, counts.lost) == (30, 0), counts
    assert counts.exit_seconds is not None and counts.exit_seconds < 5.0, counts
