"""Understanding what people type: emergency -> everyday intent -> follow-up -> FAQ -> offers.

Phrase lists are data under ``locales/`` (``intents.yaml``, ``distress.yaml``), and so are
the word lists the matcher and the modules here read (bot/i18n/word_lists.py); adding a
language adds phrases and words, not code.
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
