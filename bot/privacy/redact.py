"""Blank out what identifies someone in a question before it is kept (phone numbers, e-mails).

The question log keeps no user id, but people type their phone number or e-mail into
a chat. Names cannot be told from words reliably, so they stay; staff read the report only.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"\S+@\S+\.\S+")
# Five or more digits, possibly split by spaces, dashes, dots, slashes or a leading "+":
# phone, IBAN and file numbers. Shorter numbers (a year, a time, "bus 47") stay readable.
_LONG_NUMBER = re.compile(r"\+?\d(?:[\s./-]?\d){4,}")

MASK = "…"


def redact(text: str) -> str:
    return _LONG_NUMBER.sub(MASK, _EMAIL.sub(MASK, text))
