"""Numbers that come from outside (button payloads, command arguments, headers): one strict way.

``str.isdigit`` accepts "²" and "٤", which ``int`` then rejects or reads, and an unbounded run
of digits overflows a database integer. Every id is parsed here instead.
"""

from __future__ import annotations

MAX_ID_DIGITS = 9
"""Up to 999,999,999: every id and count we hand out, and below PostgreSQL's 32-bit integer."""


def parse_id(text: str | None) -> int | None:
    """``text`` as a number if it is 1 to MAX_ID_DIGITS ASCII digits; None for anything else."""
    if not text or len(text) > MAX_ID_DIGITS or not (text.isascii() and text.isdigit()):
        return None
    return int(text)
