"""Audio for tests: a canonical PCM WAV file in memory (imported as ``from testaudio import wav_bytes``)."""

from __future__ import annotations

import struct


def wav_bytes(
    frames: int = 1600, rate: int = 16000, channels: int = 1, width: int = 2, sample: bytes = b"\x01\x00"
) -> bytes:
    """``frames`` frames of a constant sample, with a 44-byte RIFF/WAVE header (``fmt `` first)."""
    data = sample * frames * channels * (width // 2)
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * channels * width, channels * width, width * 8)
    return header + fmt + b"data" + struct.pack("<I", len(data)) + data
