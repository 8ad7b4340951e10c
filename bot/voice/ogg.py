"""Read an OGG/Opus file's header and length without decoding it (RFC 3533, RFC 7845).

Telegram shows an OGG/Opus file as a voice note and WhatsApp plays it as one; anything else
is refused before it is stored. Pure Python, so checking an upload needs no tool installed.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

OPUS_GRANULE_RATE = 48_000
"""Opus counts granule positions in 48 kHz samples, whatever rate it was recorded at."""

_PAGE_HEADER = struct.Struct("<4sBBqIIIB")  # capture, version, flags, granule, serial, seq, crc, n


class NotOggOpus(ValueError):
    """The bytes are not a readable OGG/Opus file; the message says why, in plain words."""


@dataclass(frozen=True)
class OpusInfo:
    """What a voice note is: its length, channels and the rate it was recorded at."""

    seconds: float
    channels: int
    input_rate: int
    pages: int


def read_opus(data: bytes) -> OpusInfo:
    """The length and header of an OGG/Opus file; raises :class:`NotOggOpus` otherwise."""
    if not data.startswith(b"OggS"):
        raise NotOggOpus("not an OGG file (it does not start with OggS)")
    offset, pages, first_packet = 0, 0, b""
    serial: int | None = None
    last_granule = -1
    while offset < len(data):
        if len(data) - offset < _PAGE_HEADER.size:
            raise NotOggOpus("the file ends in the middle of a page")
        capture, version, _flags, granule, page_serial, _seq, _crc, segments = (
            _PAGE_HEADER.unpack_from(data, offset)
        )
        if capture != b"OggS" or version != 0:
            raise NotOggOpus(f"broken page at byte {offset}")
        table_start = offset + _PAGE_HEADER.size
        lacing = data[table_start : table_start + segments]
        if len(lacing) < segments:
            raise NotOggOpus("the file ends in the middle of a page")
        body_start = table_start + segments
        body_end = body_start + sum(lacing)
        if body_end > len(data):
            raise NotOggOpus("the file ends in the middle of a page")
        if serial is None:
            serial, first_packet = page_serial, data[body_start:body_end]
        if page_serial == serial and granule >= 0:
            last_granule = max(last_granule, granule)
        pages += 1
        offset = body_end
    if not first_packet.startswith(b"OpusHead") or len(first_packet) < 19:
        raise NotOggOpus("an OGG file, but not Opus (a voice note is OGG/Opus)")
    channels = first_packet[9]
    pre_skip, input_rate = struct.unpack_from("<HI", first_packet, 10)
    samples = max(0, last_granule - pre_skip)
    return OpusInfo(samples / OPUS_GRANULE_RATE, channels, input_rate, pages)
