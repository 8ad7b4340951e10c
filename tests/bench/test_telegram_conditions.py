"""The end-to-end benchmark says how shared the machine was while each bot answered."""

from __future__ import annotations

import os
import sys

import pytest

from bench.telegram_e2e import CLOCK_TICKS, Conditions, Machine, _ticks, conditions, machine_now


def test_other_processes_and_steal_are_what_neither_bot_nor_harness_used() -> None:
    before = Machine(busy=1000, steal=10, total=5000, bot=200, harness=100, switches=50, threads=7)
    # 400 ticks on all cores: the bot 150, the harness 50, the hypervisor 20, others 80.
    after = Machine(busy=1300, steal=30, total=5400, bot=350, harness=150, switches=650, threads=7)
    had = conditions(before, after, updates=300)
    assert had is not None
    assert had.others == pytest.approx(80 / 400)
    assert had.steal == pytest.approx(20 / 400)
    assert had.switches_per_update == pytest.approx(2.0)
    assert had.bot_cpu_ms == pytest.approx(150 * 1000 / CLOCK_TICKS / 300)
    assert "others 20% CPU, steal 5%" in str(had)


def test_nothing_counted_is_said_as_such() -> None:
    assert conditions(None, None, 300) is None


def test_a_process_name_with_spaces_and_brackets_is_read() -> None:
    fields = " ".join(str(n) for n in range(3, 53))  # state is field 3, utime 14, stime 15
    assert _ticks(f"42 (tricky) name) {fields}") == (14 + 15, 20)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_this_process_can_be_counted() -> None:
    now = machine_now(os.getpid())
    assert now is not None and now.threads >= 1 and now.total >= now.busy > 0
    assert isinstance(conditions(now, machine_now(os.getpid()), 1), Conditions | None)
