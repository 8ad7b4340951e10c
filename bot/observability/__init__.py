"""What an admin watches: metrics (Prometheus), health, logs, and the optional Sentry hook.

``metrics`` counts what happens (other modules call its small functions), ``health`` knows
the background loops' heartbeats, ``routes`` serves ``GET /healthz`` and ``GET /metrics``.
No label and no log line carries anything about a person.
"""
