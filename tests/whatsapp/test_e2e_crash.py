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


async def test_a_sigterm_while_answering_stops_by_itself_and_loses_nothing(
    tmp_path: Path,
) -> None:
    # At 2 messages a second the answers would take 20 s: more than the 10 s a process gets
    # after SIGTERM before it is killed (BotProcess.stop, like docker stop).
    counts = await whatsapp_term_during_answers(
        tmp_path, people=40, WHATSAPP_MESSAGES_PER_SECOND="2"
    )

    assert counts.exit_code == 0, f"killed after {counts.exit_seconds:.1f} s"
    assert (counts.answered, counts.lost, counts.doubled) == (40, 0, 0), counts
