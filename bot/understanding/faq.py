"""Staff-written answers (``content/faq.yaml``). Owned by `faq`.

The pipeline calls :func:`find_faq` after follow-ups and before offers.
"""

from __future__ import annotations

from bot.catalogue.live import Snapshot
from bot.understanding.result import Context


def find_faq(text: str, snapshot: Snapshot, context: Context) -> str | None:
    """The id of the FAQ entry that answers ``text`` confidently, or None."""
    return None
