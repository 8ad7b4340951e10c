"""WhatsApp Cloud API webhook payloads -> what the adapter should do with them (pure; no network).

One payload may carry several messages and status callbacks, so :func:`parse_payload` returns
a list. Every message type is either passed to the core or named and ignored on purpose;
anything shaped unexpectedly is ignored, never raised.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from bot.messages import ChannelName, ChatId, Inbound, InboundKind

CHANNEL = ChannelName("whatsapp")

_MEDIA_KINDS = {
    "image": InboundKind.PHOTO,
    "video": InboundKind.VIDEO,
    "document": InboundKind.DOCUMENT,
    "sticker": InboundKind.STICKER,
}
_IGNORED_TYPES = {
    "reaction": "reaction",  # an emoji on one of our messages: nothing to answer
    "system": "system",  # e.g. the person changed their number
    "request_welcome": "welcome-request",  # the chat was opened; we answer their first message
}
_COUNTRY_LANGUAGES = (
    ("359", "bg"), ("380", "uk"), ("963", "ar"), ("964", "ar"), ("961", "ar"), ("962", "ar"),
    ("212", "ar"), ("213", "ar"), ("216", "ar"), ("218", "ar"), ("40", "ro"), ("90", "tr"),
    ("98", "fa"), ("93", "fa"), ("20", "ar"), ("49", "de"), ("43", "de"), ("44", "en"),
)  # fmt: skip
"""Calling code -> a language to greet in first. Only a hint, like Telegram's app language:
the person still chooses."""


@dataclass(frozen=True)
class ToCore:
    """A message for the core; ``wamid`` makes a retried delivery recognisable, ``sent_at``
    (when the person sent it) one replayed too late for that."""

    wamid: str
    inbound: Inbound
    sent_at: datetime | None = field(default=None, compare=False)  # when, not what


@dataclass(frozen=True)
class TemplateTap:
    """A quick-reply button of a template we sent: the person asks for what was held back."""

    wamid: str
    inbound: Inbound
    sent_at: datetime | None = field(default=None, compare=False)  # when, not what


@dataclass(frozen=True)
class StatusUpdate:
    """What became of a message we sent."""

    wamid: str
    status: str  # sent | delivered | read | failed
    at: datetime
    error_code: int | None = None


@dataclass(frozen=True)
class Ignored:
    reason: str


Event = ToCore | TemplateTap | StatusUpdate | Ignored


def parse_payload(
    payload: Mapping[str, Any], phone_number_id: str, *, show_phone: bool = False
) -> list[Event]:
    """The events of one webhook POST that concern our number.

    The person's number is their chat id; mediators see it (in the display name) only with
    ``show_phone`` (``WHATSAPP_SHOW_PHONE_TO_STAFF``).
    """
    if payload.get("object") != "whatsapp_business_account":
        return [Ignored("not-whatsapp")]
    events: list[Event] = []
    for value in _values(payload):
        if _get(value, "metadata", "phone_number_id") != phone_number_id:
            events.append(Ignored("other-number"))
            continue
        names = _profile_names(value, show_phone)
        events += [_message(message, names) for message in _dicts(value.get("messages"))]
        events += [_status(status) for status in _dicts(value.get("statuses"))]
    return events


def _values(payload: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    for entry in _dicts(payload.get("entry")):
        for change in _dicts(entry.get("changes")):
            value = change.get("value")
            if change.get("field") == "messages" and isinstance(value, Mapping):
                yield value


def _message(message: Mapping[str, Any], names: Mapping[str, str]) -> Event:
    event = _meaning(message, names)
    if isinstance(event, ToCore | TemplateTap):
        return replace(event, sent_at=_sent_at(message.get("timestamp")))
    return event


def _meaning(message: Mapping[str, Any], names: Mapping[str, str]) -> Event:
    wamid, sender, kind = message.get("id"), message.get("from"), message.get("type")
    if not isinstance(wamid, str) or not isinstance(sender, str) or not isinstance(kind, str):
        return Ignored("malformed-message")
    if kind in _IGNORED_TYPES:
        return Ignored(_IGNORED_TYPES[kind])

    def inbound(kind: InboundKind, **fields: Any) -> Inbound:
        return Inbound(
            channel=CHANNEL,
            chat_id=ChatId(sender),
            kind=kind,
            language_hint=language_hint(sender),
            display_name=names.get(sender),
            **fields,
        )

    if kind == "text":
        return ToCore(wamid, inbound(InboundKind.TEXT, text=_str(_get(message, "text", "body"))))
    if kind == "interactive":
        reply = _get(message, "interactive", "button_reply") or _get(
            message, "interactive", "list_reply"
        )
        choice = _str(reply.get("id")) if isinstance(reply, Mapping) else None
        if not choice:
            return Ignored("interactive-without-choice")  # e.g. a WhatsApp Flow we never send
        return ToCore(wamid, inbound(InboundKind.ACTION, action=choice))
    if kind == "button":
        tapped = _str(_get(message, "button", "payload")) or _str(_get(message, "button", "text"))
        return TemplateTap(wamid, inbound(InboundKind.ACTION, action=tapped or ""))
    if kind == "audio":
        voice = bool(_get(message, "audio", "voice"))
        media = _str(_get(message, "audio", "id"))
        return ToCore(
            wamid, inbound(InboundKind.VOICE if voice else InboundKind.AUDIO, media_ref=media)
        )
    if kind in _MEDIA_KINDS:
        caption = _str(_get(message, kind, "caption"))
        media = _str(_get(message, kind, "id"))
        return ToCore(wamid, inbound(_MEDIA_KINDS[kind], text=caption, media_ref=media))
    if kind == "location":
        latitude, longitude = (
            _get(message, "location", "latitude"),
            _get(message, "location", "longitude"),
        )
        if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
            return Ignored("malformed-location")
        # RFC 5870 geo URI, as the Telegram channel passes places.
        return ToCore(wamid, inbound(InboundKind.LOCATION, media_ref=f"geo:{latitude},{longitude}"))
    if kind == "contacts":
        return ToCore(wamid, inbound(InboundKind.CONTACT))  # their numbers are not ours to keep
    # "unsupported", "unknown" (a poll, an edited message, ...), or a type newer than this code.
    return ToCore(wamid, inbound(InboundKind.OTHER))


def _status(status: Mapping[str, Any]) -> Event:
    wamid, state = status.get("id"), status.get("status")
    if not isinstance(wamid, str) or not isinstance(state, str):
        return Ignored("malformed-status")
    errors = list(_dicts(status.get("errors")))
    code = errors[0].get("code") if errors else None
    return StatusUpdate(
        wamid, state, _time(status.get("timestamp")), code if isinstance(code, int) else None
    )


def language_hint(wa_id: str) -> str | None:
    """A language to greet in, from the number's calling code (``40...`` -> ``ro``)."""
    return next((language for code, language in _COUNTRY_LANGUAGES if wa_id.startswith(code)), None)


def _profile_names(value: Mapping[str, Any], show_phone: bool) -> dict[str, str]:
    names: dict[str, str] = {}
    for contact in _dicts(value.get("contacts")):
        wa_id, name = contact.get("wa_id"), _str(_get(contact, "profile", "name"))
        if not isinstance(wa_id, str):
            continue
        shown = [name or "", f"+{wa_id}" if show_phone else ""]
        if any(shown):
            names[wa_id] = " · ".join(part for part in shown if part)
    return names


def _dicts(items: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(items, list):
        yield from (item for item in items if isinstance(item, Mapping))


def _get(data: Mapping[str, Any], *keys: str) -> Any:
    value: Any = data
    for key in keys:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _sent_at(stamp: Any) -> datetime | None:
    """Meta's ``timestamp`` (Unix seconds, as a string); None when missing or malformed."""
    if not isinstance(stamp, str | int) or not str(stamp).isascii() or not str(stamp).isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(stamp), UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _time(stamp: Any) -> datetime:
    try:
        return datetime.fromtimestamp(int(stamp), UTC)
    except (TypeError, ValueError, OverflowError):
        return datetime.now(UTC)
