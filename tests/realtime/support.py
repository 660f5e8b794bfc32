"""Helpers of the real-time tests: the emulator's real-time switches, and test audio."""

from __future__ import annotations

import math
import struct
from typing import Any, Dict

from amigo_emulator.testing import Emulator

RATE = 16000


def realtime(emu: Emulator, **switches: Any) -> Dict[str, Any]:
    """Change the emulator's real-time settings / faults (``POST /_emulator/realtime``)."""
    result: Dict[str, Any] = emu.control("POST", "realtime", switches)
    return result


def realtime_stats(emu: Emulator) -> Dict[str, Any]:
    stats: Dict[str, Any] = emu.control("GET", "realtime")["stats"]
    return stats


def tone(milliseconds: int, amplitude: int = 8000, frequency: float = 440.0) -> bytes:
    """16-bit mono PCM at 16 kHz: a sine (amplitude 0 is silence)."""
    count = RATE * milliseconds // 1000
    return b"".join(
        struct.pack("<h", int(amplitude * math.sin(2 * math.pi * frequency * n / RATE))) for n in range(count)
    )


def wav(pcm: bytes, rate: int = RATE, channels: int = 1, bits: int = 16) -> bytes:
    width = bits // 8
    header = b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * channels * width, channels * width, bits)
    return header + fmt + b"data" + struct.pack("<I", len(pcm)) + pcm
