"""WhatsApp webhook payloads as Meta sends them, and a :class:`WhatsAppUser` to play chats.

    ana = WhatsAppUser(graph, webhook_url, name="Ana")
    await ana.send("Bună ziua")
    await ana.tap("Română")          # a reply button or list row, by its title
    replies = await ana.next_replies()

Payloads are signed with :data:`APP_SECRET` like Meta signs them with the app secret.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from typing import Any

import aiohttp

from tests.support.fake_graph_api import (
    DEFAULT_WAIT_SECONDS,
    PHONE_NUMBER_ID,
    FakeGraphApi,
    GraphCall,
)

APP_SECRET = "test-app-secret-0123456789abcdef"
VERIFY_TOKEN = "test-verify-token-fedcba9876543210"
QUIET_SECONDS = 0.4
"""A reply is complete when the bot sent nothing more to the person for this long."""

Payload = dict[str, Any]

_wa_ids = itertools.count(40_712_000_001)  # Romanian mobile numbers: +40 7..
_wamids = itertools.count(1)


# -- payload builders -------------------------------------------------------------------------


def envelope(
    *,
    messages: Iterable[Mapping[str, Any]] = (),
    statuses: Iterable[Mapping[str, Any]] = (),
    contacts: Iterable[Mapping[str, Any]] = (),
    phone_number_id: str = PHONE_NUMBER_ID,
) -> Payload:
    """One webhook POST body, as Meta wraps messages and statuses."""
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "4923100000", "phone_number_id": phone_number_id},
    }
    if contacts:
        value["contacts"] = list(contacts)
    if messages:
        value["messages"] = list(messages)
    if statuses:
        value["statuses"] = list(statuses)
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
    }


def contact(wa_id: str, name: str) -> dict[str, Any]:
    return {"profile": {"name": name}, "wa_id": wa_id}


def message(wa_id: str, kind: str, **content: Any) -> dict[str, Any]:
    """A message of type ``kind`` from ``wa_id``; ``content`` is e.g. ``text={"body": "hi"}``."""
    return {
        "from": wa_id,
        "id": f"wamid.IN{next(_wamids):08d}",
        "timestamp": str(int(time.time())),
        "type": kind,
        **content,
    }


def text_message(wa_id: str, text: str) -> dict[str, Any]:
    return message(wa_id, "text", text={"body": text})


def button_reply(wa_id: str, choice_id: str, title: str) -> dict[str, Any]:
    reply = {"type": "button_reply", "button_reply": {"id": choice_id, "title": title}}
    return message(wa_id, "interactive", interactive=reply)


def list_reply(wa_id: str, choice_id: str, title: str) -> dict[str, Any]:
    reply = {"type": "list_reply", "list_reply": {"id": choice_id, "title": title}}
    return message(wa_id, "interactive", interactive=reply)


def template_button(wa_id: str, text: str, payload: str) -> dict[str, Any]:
    return message(wa_id, "button", button={"text": text, "payload": payload})


def audio_message(wa_id: str, media_id: str, *, voice: bool = True) -> dict[str, Any]:
    audio = {"id": media_id, "mime_type": "audio/ogg; codecs=opus", "voice": voice}
    return message(wa_id, "audio", audio=audio)


def image_message(wa_id: str, media_id: str, caption: str | None = None) -> dict[str, Any]:
    image: dict[str, Any] = {"id": media_id, "mime_type": "image/jpeg", "sha256": "x"}
    if caption:
        image["caption"] = caption
    return message(wa_id, "image", image=image)


def location_message(wa_id: str, latitude: float, longitude: float) -> dict[str, Any]:
    return message(wa_id, "location", location={"latitude": latitude, "longitude": longitude})


def contacts_message(wa_id: str) -> dict[str, Any]:
    card = {
        "name": {"formatted_name": "Ion", "first_name": "Ion"},
        "phones": [{"phone": "+40 712 999 999"}],
    }
    return message(wa_id, "contacts", contacts=[card])


def sticker_message(wa_id: str) -> dict[str, Any]:
    return message(
        wa_id, "sticker", sticker={"id": "sticker-1", "mime_type": "image/webp", "animated": False}
    )


def reaction_message(wa_id: str, to_wamid: str, emoji: str = "👍") -> dict[str, Any]:
    return message(wa_id, "reaction", reaction={"message_id": to_wamid, "emoji": emoji})


def unknown_message(wa_id: str) -> dict[str, Any]:
    """What Meta sends for what the Cloud API does not support (e.g. a poll)."""
    error = {"code": 131051, "title": "Message type unknown", "message": "Message type unknown"}
    return message(wa_id, "unsupported", errors=[error])


def status(
    wamid: str, state: str, recipient: str, *, error_code: int | None = None
) -> dict[str, Any]:
    update: dict[str, Any] = {
        "id": wamid,
        "status": state,
        "timestamp": str(int(time.time())),
        "recipient_id": recipient,
    }
    if error_code is not None:
        update["errors"] = [{"code": error_code, "title": "Failed"}]
    return update


# -- delivery ---------------------------------------------------------------------------------


def signature(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def post_raw(url: str, body: bytes, signature_header: str | None) -> int:
    """POST ``body`` as Meta would (or would not); returns the HTTP status."""
    headers = {"Content-Type": "application/json"}
    if signature_header is not None:
        headers["X-Hub-Signature-256"] = signature_header
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body, headers=headers) as response,
    ):
        return response.status


async def post_payload(url: str, payload: Payload, secret: str = APP_SECRET) -> int:
    body = json.dumps(payload).encode()
    return await post_raw(url, body, signature(body, secret))


# -- the person -------------------------------------------------------------------------------


class WhatsAppUser:
    """One person writing to the bot's number, seen through the fake Graph API."""

    def __init__(
        self, graph: FakeGraphApi, webhook_url: str, *, name: str = "Ana", wa_id: str | None = None
    ) -> None:
        self.graph = graph
        self.url = webhook_url
        self.name = name
        self.wa_id = wa_id or str(next(_wa_ids))
        self._cursor = len(graph.calls)

    # -- doing ----------------------------------------------------------------------------

    async def deliver(self, *messages: Mapping[str, Any]) -> Payload:
        """Post ``messages`` (built with the functions above) in one signed payload."""
        payload = envelope(messages=messages, contacts=[contact(self.wa_id, self.name)])
        answered = await post_payload(self.url, payload)
        if answered != HTTPStatus.OK:
            raise AssertionError(f"the webhook answered {answered}")
        return payload

    async def send(self, text: str) -> dict[str, Any]:
        sent = text_message(self.wa_id, text)
        await self.deliver(sent)
        return sent

    async def tap(
        self, title: str | None = None, *, choice_id: str | None = None
    ) -> dict[str, Any]:
        """Tap a reply button or list row (by a part of its title, or its id) on the newest
        message that shows one."""

        def matches(shown_title: str, shown_id: str) -> bool:
            if choice_id is not None:
                return shown_id == choice_id
            return title is not None and title.casefold() in shown_title.casefold()

        for call in reversed(self._messages(0)):
            found = [(t, i) for t, i in call.choices if matches(t, i)]
            if len(found) > 1:
                raise AssertionError(f"{len(found)} choices match {title or choice_id!r}")
            if found:
                shown_title, shown_id = found[0]
                build = list_reply if call.interactive["type"] == "list" else button_reply
                tapped = build(self.wa_id, shown_id, shown_title)
                await self.deliver(tapped)
                return tapped
        raise AssertionError(f"no choice {title or choice_id!r}; seen: {self.choices_seen()}")

    # -- seeing ---------------------------------------------------------------------------

    async def next_replies(
        self,
        *,
        until: Callable[[GraphCall], bool] | None = None,
        timeout: float = DEFAULT_WAIT_SECONDS,  # noqa: ASYNC109 - a deadline for every wait
        quiet: float = QUIET_SECONDS,
    ) -> list[GraphCall]:
        """What the bot sent to this person since the last look, once it went quiet."""
        deadline = time.monotonic() + timeout
        wanted = until or (lambda call: True)

        def arrived() -> GraphCall | None:
            return next((c for c in self._messages(self._cursor) if wanted(c)), None)

        if await self.graph.wait_until(arrived, timeout=timeout) is None:
            raise AssertionError(f"the bot sent nothing (matching) within {timeout}s")
        await self.graph.wait_quiet(quiet, timeout=max(0.0, deadline - time.monotonic()))
        calls = self.graph.calls
        # Never past a message still being answered: it is taken next time.
        end = next(
            (i for i in range(self._cursor, len(calls)) if not calls[i].answered), len(calls)
        )
        taken = self._messages(self._cursor, end)
        self._cursor = end
        return taken

    def choices_seen(self) -> list[str]:
        return [title for call in self._messages(0) for title, _ in call.choices]

    def _messages(self, start: int, end: int | None = None) -> list[GraphCall]:
        return [
            call
            for call in self.graph.calls[start:end]
            if call.kind == "messages" and call.ok and call.to == self.wa_id
        ]
