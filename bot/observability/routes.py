"""``GET /healthz`` and ``GET /metrics`` on the bot's web server (also in polling mode).

Both are public on the bot's port and carry nothing about people; the Caddy site file in
``deploy/`` keeps ``/metrics`` to the server itself.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from aiohttp import web

from bot.matching.semantic import model_state
from bot.observability import metrics
from bot.observability.health import health_report
from bot.observability.queues import DEPTH_PROBES, reminder_lag_seconds

if TYPE_CHECKING:
    from bot.channels.web import WebServer
    from bot.core import CoreApp

HEALTH_PATH = "/healthz"
METRICS_PATH = "/metrics"

_LOG = logging.getLogger(__name__)


def add_routes(server: WebServer, core: CoreApp) -> None:
    async def healthz(_request: web.Request) -> web.Response:
        model = model_state(core.dialogue.catalogue.model, core.settings.understanding_model)
        report = await health_report(core.database, core.loops, model)
        return web.json_response(report, status=200 if report["ok"] else 503)

    async def scrape(_request: web.Request) -> web.Response:
        try:
            await _read_queues(core)
        except Exception as error:  # the counters are still worth having without the queues
            _LOG.warning("metrics: queue depths unavailable: %s", type(error).__name__)
        return web.Response(
            body=metrics.exposition(), headers={"Content-Type": metrics.CONTENT_TYPE}
        )

    server.add_route("GET", HEALTH_PATH, healthz)
    server.add_route("GET", METRICS_PATH, scrape)


async def _read_queues(core: CoreApp) -> None:
    now = core.dialogue.clock()
    async with core.database.session() as session:
        for name, probe in DEPTH_PROBES.items():
            metrics.QUEUE_DEPTH.labels(name).set(await probe(session, now))
        metrics.REMINDER_LAG.set(await reminder_lag_seconds(session, now))
