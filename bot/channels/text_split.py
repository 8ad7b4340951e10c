"""Long text cut into messages, and right-to-left marks: the same for every channel's renderer.

Shared by ``telegram_render`` and ``whatsapp_render`` so that neither channel imports the other.
"""

from __future__ import annotations

RIGHT_TO_LEFT_MARK = "\u200f"
"""Telegram and WhatsApp guess direction from the first strong letter; this keeps Arabic and
Farsi paragraphs right-to-left even when they start with a Latin name or a number."""

MAX_TEXT_PARTS = 5
"""No reply is split into more messages than this, on any channel (WhatsApp splits with
:func:`split_text` too): a runaway text, e.g. an error quoting a hostile file, must not flood
a chat and hold up everyone else's messages. What does not fit ends in :data:`CUT_MARK`."""
CUT_MARK = "\n[…]"


def split_text(text: str, limit: int) -> list[str]:
    """Cut ``text`` into messages of at most ``limit`` UTF-16 code units (as Telegram counts
    them), preferring paragraph, then line, then word boundaries; at most
    :data:`MAX_TEXT_PARTS` of them, the last one marked when text was left out."""
    chunks: list[str] = []
    rest = text.strip()
    while rest:
        if utf16_length(rest) <= limit:
            chunks.append(rest)
            break
        if len(chunks) == MAX_TEXT_PARTS - 1:
            cut = _boundary(rest[: _longest_prefix_within(rest, limit - len(CUT_MARK))])
            chunks.append(rest[:cut].rstrip() + CUT_MARK)
            break
        fits = _longest_prefix_within(rest, limit)
        cut = _boundary(rest[:fits])
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [chunk for chunk in chunks if chunk]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _longest_prefix_within(text: str, limit: int) -> int:
    """How many characters of ``text`` fit into ``limit`` UTF-16 code units."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return index
    return len(text)


def _boundary(window: str) -> int:
    """Where to cut inside ``window``: after its last paragraph, line or word break, looking
    only at the second half so no message comes out as a stub."""
    for separator in ("\n\n", "\n", " "):
        position = window.rfind(separator, len(window) // 2)
        if position != -1:
            return position + len(separator)
    return len(window)  # one endless word: cut hard
