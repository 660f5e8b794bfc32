"""Audio for voice turns: where it comes from, what type it is, and its audio config.

The interact contract takes voice as a multipart *file part* named ``recorded_message`` whose
content type is ``audio/wav`` or ``audio/mpeg``, plus a ``request_audio_config`` query parameter
(``pcm`` with frame rate / channels / sample width, or ``mp3``). Audio may be given as bytes, a
path, or a binary file object; files are streamed by httpx in chunks, never read whole into
memory. The type comes from ``content_type=``, else the file name's suffix, else the first bytes
(``RIFF....WAVE`` or an MP3 frame / ID3 tag); anything else is refused with a message naming it.
"""

from __future__ import annotations

import os
import struct
from typing import IO, Any, Optional, Tuple, Union

from ._errors import ConfigurationError

__all__ = ["AudioSource", "AudioPart", "open_audio", "SUPPORTED_AUDIO"]

AudioSource = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", IO[bytes]]

SUPPORTED_AUDIO = ("audio/wav", "audio/mpeg")
_ALIASES = {
    "audio/wav": "audio/wav",
    "audio/x-wav": "audio/wav",
    "audio/wave": "audio/wav",
    "audio/vnd.wave": "audio/wav",
    "audio/mpeg": "audio/mpeg",
    "audio/mp3": "audio/mpeg",
    "audio/mpeg3": "audio/mpeg",
}
_SUFFIXES = {".wav": "audio/wav", ".wave": "audio/wav", ".mp3": "audio/mpeg"}


class AudioPart:
    """An audio payload ready for a multipart file part. Close it after the request."""

    def __init__(self, filename: str, payload: Union[bytes, IO[bytes]], content_type: str, owned: bool) -> None:
        self.filename = filename
        self.payload = payload
        self.content_type = content_type
        self._owned = owned

    def file_tuple(self) -> Tuple[str, Any, str]:
        return (self.filename, self.payload, self.content_type)

    def audio_config(self) -> Optional[dict[str, Any]]:
        """The ``request_audio_config`` this audio implies (None if it cannot be read)."""
        if self.content_type == "audio/mpeg":
            return {"type": "mp3"}
        header = _peek(self.payload, 64)
        return _wav_config(header) if header else None

    def close(self) -> None:
        if self._owned and not isinstance(self.payload, (bytes, bytearray)):
            self.payload.close()


def _normalize_type(content_type: str) -> str:
    base = content_type.split(";", 1)[0].strip().lower()
    if base not in _ALIASES:
        raise ConfigurationError(
            f"unsupported audio type {content_type!r}: voice messages must be audio/wav or audio/mpeg"
        )
    return _ALIASES[base]


def _sniff(head: bytes) -> Optional[str]:
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio/wav"
    if head[:3] == b"ID3" or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    return None


def _peek(payload: Union[bytes, IO[bytes]], size: int) -> bytes:
    if isinstance(payload, (bytes, bytearray)):
        return bytes(payload[:size])
    seekable = getattr(payload, "seekable", None)
    if not (callable(seekable) and seekable()):
        return b""
    position = payload.tell()
    try:
        return payload.read(size)
    finally:
        payload.seek(position)


def _wav_config(head: bytes) -> Optional[dict[str, Any]]:
    """PCM config from a canonical WAV header (``fmt `` as the first chunk), else None."""
    if len(head) < 36 or head[:4] != b"RIFF" or head[8:12] != b"WAVE" or head[12:16] != b"fmt ":
        return None
    _fmt, channels, rate, _byte_rate, _align, bits = struct.unpack("<HHIIHH", head[20:36])
    return {"type": "pcm", "frame_rate": rate, "n_channels": channels, "sample_width": bits // 8}


def open_audio(audio: AudioSource, content_type: Optional[str] = None) -> AudioPart:
    """Turn bytes, a path or a binary file object into an :class:`AudioPart`."""
    if isinstance(audio, (bytes, bytearray, memoryview)):
        data = bytes(audio)
        if not data:
            raise ConfigurationError("audio is empty")
        kind = _normalize_type(content_type) if content_type else _sniff(data[:16])
        if kind is None:
            raise ConfigurationError(
                "cannot tell the audio type from its bytes (not WAV or MP3); pass audio_content_type="
                "'audio/wav' or 'audio/mpeg'"
            )
        return AudioPart("audio" + (".wav" if kind == "audio/wav" else ".mp3"), data, kind, owned=False)
    if isinstance(audio, (str, os.PathLike)):
        path = os.fspath(audio)
        suffix = os.path.splitext(path)[1].lower()
        kind = _normalize_type(content_type) if content_type else _SUFFIXES.get(suffix)
        handle = open(path, "rb")  # noqa: SIM115 - closed by AudioPart.close()
        try:
            if kind is None:
                kind = _sniff(_peek(handle, 16))
            if kind is None:
                raise ConfigurationError(
                    f"{path}: not WAV or MP3 audio (suffix {suffix or 'none'}); voice messages must be "
                    "audio/wav or audio/mpeg"
                )
        except BaseException:
            handle.close()
            raise
        return AudioPart(os.path.basename(path), handle, kind, owned=True)
    if hasattr(audio, "read"):
        name = os.path.basename(str(getattr(audio, "name", "") or "")) or "audio"
        suffix = os.path.splitext(name)[1].lower()
        kind = _normalize_type(content_type) if content_type else _SUFFIXES.get(suffix) or _sniff(_peek(audio, 16))
        if kind is None:
            raise ConfigurationError(
                "cannot tell the type of this audio file object; pass audio_content_type='audio/wav' or 'audio/mpeg'"
            )
        return AudioPart(name, audio, kind, owned=False)
    raise ConfigurationError(f"audio must be bytes, a path or a binary file object, not {type(audio).__name__}")
