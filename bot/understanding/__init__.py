"""Understanding what people type: emergency -> everyday intent -> follow-up -> FAQ -> offers.

Phrase lists are data under ``locales/`` (``intents.yaml``, ``distress.yaml``); adding a
language adds phrases, not code.
"""

from bot.understanding.pipeline import Understander
from bot.understanding.result import (
    ANSWERING,
    Context,
    FollowUp,
    Intent,
    Outcome,
    Understanding,
    YesNo,
)

__all__ = [
    "ANSWERING",
    "Context",
    "FollowUp",
    "Intent",
    "Outcome",
    "Understander",
    "Understanding",
    "YesNo",
]
