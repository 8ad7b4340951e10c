"""Staff-written answers (``content/faq.yaml``): what the catalogue has no field for.

The pipeline calls :func:`find_faq` after follow-ups and before offers. The FAQ's questions are
matched by the offers' matcher, but only function words are set aside: "ist das kostenlos?" is
a whole question here (``Snapshot.faq_matcher``). An answer is given only when the match is
confident and no offer matches better: "brauche ich papiere" is the FAQ, "Deutschkurs
anmelden" the course.
"""

from __future__ import annotations

from bot.catalogue.live import Snapshot
from bot.matching.matcher import MatchResult


def find_faq(text: str, snapshot: Snapshot, offers: MatchResult) -> str | None:
    """The id of the FAQ entry that answers ``text`` confidently, or None.

    ``offers`` is the offer matcher's result for the same text: a better offer match wins.
    """
    found = snapshot.faq_matcher.match(text)
    if not found.confident or found.top is None:
        return None
    if offers.confident and offers.top is not None and offers.top.score > found.top.score:
        return None
    return found.top.offer_id
