"""Relayed messages shown on another channel: as a file (a WhatsApp photo in the Telegram topic,
a mediator's voice message to a WhatsApp person), or as text. Where both sides share a channel,
the relay copies the message instead.

Neither channel hands us the original file name in a way both share, so name and type follow
from the kind of message, corrected by the file's first bytes where they tell (a PNG, a PDF).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from bot.messages import Attachment, InboundKind, Reply
from bot.ports import AttachmentSlot
from bot.storage.models import RelayMessage

NAMES_DE = {
    InboundKind.PHOTO: "Foto",
    InboundKind.VOICE: "Sprachnachricht",
    InboundKind.AUDIO: "Audio",
    InboundKind.VIDEO: "Video",
    InboundKind.DOCUMENT: "Datei",
    InboundKind.STICKER: "Sticker",
    InboundKind.LOCATION: "Standort",
    InboundKind.CONTACT: "Kontakt",
    InboundKind.OTHER: "Nachricht",
}
"""What mediators read where a message cannot be shown as it was sent."""


@dataclass(frozen=True)
class Shape:
    """How a file is sent: in which ``Reply`` field, named and typed how."""

    slot: AttachmentSlot
    stem: str
    suffix: str
    mime_type: str

    @property
    def filename(self) -> str:
        return self.stem + self.suffix


SHAPES: dict[InboundKind, Shape] = {
    InboundKind.PHOTO: Shape("image", "photo", ".jpg", "image/jpeg"),
    InboundKind.VOICE: Shape("audio", "voice", ".ogg", "audio/ogg"),
    InboundKind.AUDIO: Shape("audio", "audio", ".mp3", "audio/mpeg"),
    # A Reply carries no video (no channel of ours needs to send one): it goes as a file.
    InboundKind.VIDEO: Shape("document", "video", ".mp4", "video/mp4"),
    InboundKind.DOCUMENT: Shape("document", "file", "", "application/octet-stream"),
}
"""Kinds that travel as files. Stickers, places and contacts travel as text."""

_SIGNATURES = (
    (b"%PDF-", ".pdf", "application/pdf"),
    (b"\x89PNG", ".png", "image/png"),
    (b"\xff\xd8\xff", ".jpg", "image/jpeg"),
    (b"OggS", ".ogg", "audio/ogg"),
)


def file_kind(kind: str | None, media_ref: str | None) -> InboundKind | None:
    """The kind of a relayed message whose file can be fetched and sent on; else None."""
    if media_ref is None or kind is None or InboundKind(kind) not in SHAPES:
        return None
    return InboundKind(kind)


def shape_of(kind: InboundKind, data: bytes = b"") -> Shape:
    shape = SHAPES[kind]
    for magic, suffix, mime_type in _SIGNATURES:
        if data.startswith(magic):
            return replace(shape, suffix=suffix, mime_type=mime_type)
    if data[4:8] == b"ftyp":  # the MP4 family: a video, or audio recorded on a phone (.m4a)
        if shape.slot == "audio":
            return replace(shape, suffix=".m4a", mime_type="audio/mp4")
        return replace(shape, suffix=".mp4", mime_type="video/mp4")
    return shape


def file_reply(
    kind: InboundKind,
    data: bytes,
    caption: str | None,
    upload_limit: Callable[[AttachmentSlot], int],
) -> Reply | None:
    """The file as the target channel can take it; None when it is too large for it.

    A photo too large to show as a picture (Telegram: 10 MB) goes as a document.
    """
    shape = shape_of(kind, data)
    slot = shape.slot if len(data) <= upload_limit(shape.slot) else "document"
    if len(data) > upload_limit(slot):
        return None
    attachment = Attachment(shape.filename, shape.mime_type, data=data)
    return Reply(
        text=caption or "",
        image=attachment if slot == "image" else None,
        audio=attachment if slot == "audio" else None,
        document=attachment if slot == "document" else None,
    )


def file_name(kind: InboundKind, caption: str | None) -> str:
    """Where no file can be shown (the terminal): its name, and what was written with it."""
    return " ".join(part for part in (f"[📎 {shape_of(kind).filename}]", caption) if part)


def media_ref(row: RelayMessage) -> str | None:
    """The source channel's id of the row's file (or a place's geo URI)."""
    ref = row.payload.get("media_ref")
    return None if ref is None else str(ref)


def as_text(row: RelayMessage, names: Mapping[InboundKind, str] | None = None) -> str:
    """A message shown as text where it cannot be copied or sent as a file."""
    kind = InboundKind(row.media or InboundKind.TEXT)
    text = row.text or ""
    if kind is InboundKind.TEXT:
        return text
    if kind is InboundKind.LOCATION and media_ref(row):
        text = f"{media_ref(row)} {text}".strip()
    name = (names or {}).get(kind, "")
    return " ".join(part for part in ("📎", f"[{name}]" if name else "", text) if part)
