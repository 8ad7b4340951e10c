"""One turn of a conversation: what every handler works with."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.catalogue.live import Snapshot
from bot.i18n.translator import Translator
from bot.messages import Button, Inbound
from bot.storage.models import User
from bot.storage.turn_transaction import TurnTransaction

MenuEntry = Callable[[Translator], Button]
"""A button an installed feature puts in the main menu ("My appointments")."""


@dataclass
class Turn:
    """What one turn works with: the person, their language, the catalogue, the time."""

    inbound: Inbound
    user: User
    t: Translator
    snapshot: Snapshot
    now: datetime
    transaction: TurnTransaction
    viewed_offers: list[str] = field(default_factory=list)  # counted after the turn, anonymously
    browsing: bool = False  # said No to privacy: served, then erased at the end of the turn
    menu_entries: Sequence[MenuEntry] = ()  # the installed features' menu buttons, in order

    @property
    def session(self) -> AsyncSession:
        """An ORM session in the turn's transaction, for features (made when first used)."""
        return self.transaction.session

    def remember(self, **changes: Any) -> None:
        # A new dict, so SQLAlchemy sees the JSON column change; none when nothing changed,
        # so the row stays clean and the commit has nothing to compare or write.
        data = {**self.user.state_data, **changes}
        kept = {k: v for k, v in data.items() if v is not None}
        if kept != self.user.state_data:
            self.user.state_data = kept
