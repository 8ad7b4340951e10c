"""Staff notices as durable jobs: a line for the staff group that must not be lost (an
appointment a deletion cancelled, a catalogue change, an announcement sent).

``CoreApp.notify_staff`` adds the job, in the caller's transaction when it has one; this
handler sends it, in order (one lane), from whichever process serves the staff group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialogue.messages import ChatId
from bot.jobs import Claimed, Handler, Outcome
from bot.storage import reply_codec

if TYPE_CHECKING:
    from bot.app import CoreApp

STAFF_CHANNEL = "telegram"


class StaffNotices(Handler):
    kind = "staff_notice"
    max_attempts = None  # a notice waits out any outage

    def __init__(self, core: CoreApp) -> None:
        self.core = core

    def ready(self) -> bool:
        return (
            self.core.settings.staff_chat_id is not None
            and self.core.senders.get(STAFF_CHANNEL) is not None
        )

    async def run(self, job: Claimed) -> str:
        sender = self.core.senders[STAFF_CHANNEL]
        chat = ChatId(self.core.settings.staff_chat_id or "")
        await sender.send(chat, reply_codec.from_json(job.payload["replies"]))
        return Outcome.DONE
