"""Optional error reports to Sentry (``SENTRY_DSN``; ``pip install 'erstkontakt[sentry]'``).

What leaves the server is scrubbed first: no request bodies, no user, no local variables, no
exception texts (they can quote a message), log templates without their arguments,
breadcrumbs without messages or URLs, and every configured secret (tokens) blanked wherever
it would still appear. Error types, stack frames (file, line, function) and log templates
are enough to find a bug.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from typing import Any

SCRUBBED = "[scrubbed]"
_KEEP_REQUEST = ("method",)
_KEEP_BREADCRUMB = ("type", "category", "level", "timestamp")

Event = dict[str, Any]


def scrub_event(event: Event, secrets: Iterable[str] = ()) -> Event:
    """``event`` without anything a person wrote or is called, and without secrets."""
    event.pop("user", None)
    event.pop("extra", None)
    if isinstance(event.get("request"), dict):
        event["request"] = {k: v for k, v in event["request"].items() if k in _KEEP_REQUEST}
    for exception in (event.get("exception") or {}).get("values") or []:
        if exception.get("value"):
            exception["value"] = SCRUBBED
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    for thread in (event.get("threads") or {}).get("values") or []:
        for frame in (thread.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    entry = event.get("logentry")
    if isinstance(entry, dict):
        template = entry.get("message") or ""
        event["logentry"] = {"message": template, "params": [], "formatted": template}
    if "message" in event:
        event["message"] = (entry or {}).get("message") or SCRUBBED
    crumbs = event.get("breadcrumbs")
    values = crumbs.get("values") if isinstance(crumbs, dict) else crumbs
    for crumb in values or []:  # already scrubbed by scrub_breadcrumb: keep only those keys
        for key in list(crumb):
            if key not in (*_KEEP_BREADCRUMB, "message"):
                crumb.pop(key)
    return _blank(event, [s for s in secrets if s])


def scrub_breadcrumb(crumb: Event, hint: dict[str, Any] | None) -> Event:
    """Keep a log breadcrumb's template (``"relay round failed: %s"``), nothing else said."""
    record = (hint or {}).get("log_record")
    kept = {k: v for k, v in crumb.items() if k in _KEEP_BREADCRUMB}
    if isinstance(record, logging.LogRecord) and isinstance(record.msg, str):
        kept["message"] = record.msg
    return kept


def _blank(value: Any, secrets: list[str]) -> Any:
    if not secrets:
        return value
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, SCRUBBED)
        return value
    if isinstance(value, dict):
        return {k: _blank(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_blank(v, secrets) for v in value]
    return value


def init_sentry(dsn: str, secrets: Iterable[str] = (), transport: Any = None) -> None:
    """Report errors to ``dsn``; ValueError when sentry-sdk is missing (say so at start)."""
    try:
        import sentry_sdk
    except ImportError:
        raise ValueError(
            "SENTRY_DSN is set but sentry-sdk is not installed:"
            " pip install 'erstkontakt[sentry]' (requirements.lock includes it)"
        ) from None
    kept_secrets = [s for s in secrets if s]

    def before_send(event: Event, _hint: dict[str, Any]) -> Event:
        return scrub_event(event, kept_secrets)

    try:
        release = f"erstkontakt@{version('erstkontakt')}"
    except PackageNotFoundError:
        release = None
    options: dict[str, Any] = {
        "dsn": dsn,
        "release": release,
        "max_request_body_size": "never",
        "before_send": before_send,
        "before_breadcrumb": scrub_breadcrumb,
        "traces_sample_rate": None,
        **_collect_no_personal_data(sentry_sdk.VERSION),
    }
    if transport is not None:
        options["transport"] = transport
    sentry_sdk.init(**options)


def _collect_no_personal_data(sdk_version: str) -> dict[str, Any]:
    """The SDK's own switches for what it gathers: no user, no local variables, no bodies.

    sentry-sdk 3 replaced the 2.x flags with one ``data_collection`` option (and refuses the
    old names), and its logging integration is no longer on by default and would send every
    log line as a "Sentry log" with its arguments: errors become events as in 2.x, log lines
    only breadcrumbs (scrubbed), no Sentry logs at all. ``before_send`` scrubs either way.
    """
    if int(sdk_version.split(".")[0]) < 3:
        return {
            "send_default_pii": False,
            "include_local_variables": False,
            "include_source_context": True,
        }
    from sentry_sdk.integrations.logging import LoggingIntegration

    return {
        "integrations": [
            LoggingIntegration(level=None, event_level=logging.ERROR, breadcrumb_level=logging.INFO)
        ],
        "before_send_log": lambda _log, _hint: None,
        "data_collection": {
            "user_info": False,
            "cookies": {"mode": "off"},
            "http_headers": {"request": {"mode": "off"}},
            "http_bodies": [],
            "url_query_params": {"mode": "off"},
            "graphql": {"document": False, "variables": False},
            "gen_ai": {"inputs": False, "outputs": False},
            "mcp": {"inputs": False, "outputs": False},
            "database_query_data": False,
            "queues": False,
            "stack_frame_variables": False,
        },
    }
