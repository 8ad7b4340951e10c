"""Small OGG/Opus files built in the test, so recording tests need no encoder installed.

The pages carry real Opus headers and the granule position that says how long the audio is;
the audio packets themselves are silence frames (Opus' one-byte TOC of a 20 ms frame)."""

from __future__ import annotations

import struct
import zlib

_FRAME_SAMPLES = 960  # 20 ms at 48 kHz
_SILENT_FRAME = bytes([0xF8, 0xFF, 0xFE])  # CELT 20 ms, mono: the encoder's silence


def _page(serial: int, sequence: int, granule: int, packets: list[bytes], flags: int) -> bytes:
    lacing = b""
    for packet in packets:
        lacing += bytes([255] * (len(packet) // 255) + [len(packet) % 255])
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, flags, granule, serial, sequence, 0, len(lacing))
    page = header + lacing + b"".join(packets)
    crc = zlib.crc32(page) & 0xFFFFFFFF  # not Ogg's CRC polynomial; our reader does not check it
    return page[:22] + struct.pack("<I", crc) + page[26:]


def opus_file(seconds: float, *, pre_skip: int = 312) -> bytes:
    """An OGG/Opus voice note that lasts ``seconds``."""
    serial = 0x5EED
    head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, pre_skip, 48000, 0, 0)
    tags = b"OpusTags" + struct.pack("<I", 4) + b"test" + struct.pack("<I", 0)
    frames = max(1, round(seconds * 48000 / _FRAME_SAMPLES))
    pages = [_page(serial, 0, 0, [head], 0x02), _page(serial, 1, 0, [tags], 0)]
    done, sequence = 0, 2
    while done < frames:
        batch = min(50, frames - done)
        done += batch
        last = done == frames
        granule = done * _FRAME_SAMPLES + pre_skip
        pages.append(_page(serial, sequence, granule, [_SILENT_FRAME] * batch, 0x04 if last else 0))
        sequence += 1
    return b"".join(pages)
