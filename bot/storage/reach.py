"""Which people this process can write to, for the outboxes' claims: a row is only taken by a
process that can deliver it. A terminal serves one chat, so two terminals on one database
never take (and swallow) each other's messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from sqlalchemy import and_, false, or_
from sqlalchemy.sql.elements import ColumnElement

from bot.messages import ChannelName
from bot.storage.models import User

Reach = Mapping[str, frozenset[str] | None]
"""Channel -> the chat ids this process serves there; None: every chat of the channel."""


@runtime_checkable
class ServesOwnChats(Protocol):
    """A sender that shows only some chats of its channel (a terminal: its own)."""

    @property
    def own_chats(self) -> frozenset[str]: ...


def reach_of(senders: Mapping[ChannelName, object]) -> Reach:
    """What the registered senders can reach."""
    return {
        channel: sender.own_chats if isinstance(sender, ServesOwnChats) else None
        for channel, sender in senders.items()
    }


def reachable(reach: Reach) -> ColumnElement[bool]:
    """A condition on ``User``: a person this process can write to."""
    people = [
        User.channel == channel
        if chats is None
        else and_(User.channel == channel, User.external_id.in_(chats))
        for channel, chats in reach.items()
    ]
    return or_(*people) if people else false()
