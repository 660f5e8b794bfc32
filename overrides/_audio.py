"""Audio for voice turns: where it comes from, what type it is, and its audio config.

The interact contract takes voice as a multipart *file part* named ``recorded_message`` whose
content type is ``audio/wav`` or ``audio/mpeg``, plus a ``request_audio_config`` query parameter
(``pcm`` with frame rate / channels / sample width, or ``mp3``). Audio may be given as bytes, a
path, or a binary file object; files are streamed by httpx in chunks, never read whole into
memory. The type comes from ``content_type=``, else the file name's suffix, else the first bytes
(``RIFF....WAVE`` or an MP3 frame / ID3 tag); anything else is refused with a message naming it.

Any readable binary stream works. A regular file (or another seekable one) is sent with a
``Content-Length``; a stream whose length cannot be known in advance (a pipe such as a
subprocess's stdout, a socket, a FIFO, stdin) is sent once, chunked, its first bytes read ahead to
tell its type. A text-mode or closed stream is refused before anything is sent.
"""

from __future__ import annotations

import io
import os
import stat
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

    def __init__(self, filename: str, payload: Any, content_type: str, owned: bool) -> None:
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


class _OneShotReader:
    """A stream of unknown length (a pipe, a socket, a FIFO, stdin), for httpx to send chunked.

    httpx sizes a file part by ``os.fstat(fileno()).st_size``, which for a pipe is 0 (or what is
    buffered), then sends more than it declared: h11 raises ``LocalProtocolError``. This wrapper
    has no ``fileno``, ``tell`` or ``seek``, so httpx finds no length and sends the part chunked;
    ``seekable()`` is False, so the request is never replayed. The first bytes are read ahead
    (``head``) to tell the audio type and its config."""

    def __init__(self, stream: IO[bytes], head_size: int = 64) -> None:
        self._stream = stream
        self.head = _read_ahead(stream, head_size)
        self._offset = 0
        self.name = getattr(stream, "name", None)

    def read(self, size: int = -1) -> bytes:
        if self._offset < len(self.head):
            end = len(self.head) if size is None or size < 0 else self._offset + size
            chunk = self.head[self._offset : end]
            self._offset += len(chunk)
            return chunk
        data = self._stream.read(size)
        if data is None:  # a non-blocking stream with nothing to read now
            raise ConfigurationError("the audio stream is non-blocking; pass a blocking binary stream")
        return bytes(data)

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        self._stream.close()


def _read_ahead(stream: IO[bytes], size: int) -> bytes:
    """Up to ``size`` bytes (fewer only at end of stream): a raw pipe may return short reads."""
    parts = []
    got = 0
    while got < size:
        chunk = stream.read(size - got)
        if chunk is None:
            raise ConfigurationError("the audio stream is non-blocking; pass a blocking binary stream")
        if not isinstance(chunk, (bytes, bytearray)):
            raise ConfigurationError(
                f"the audio stream returned {type(chunk).__name__}, not bytes: open it in binary mode ('rb')"
            )
        if not chunk:
            break
        parts.append(bytes(chunk))
        got += len(chunk)
    return b"".join(parts)


def _length_unknown(stream: Any) -> bool:
    """Whether httpx could not size ``stream`` correctly: it is not seekable, or it has a file
    descriptor that is not a regular file (fstat's size of a pipe or device is not its length)."""
    seekable = getattr(stream, "seekable", None)
    try:
        if not (callable(seekable) and seekable()):
            return True
    except (OSError, ValueError):
        return True
    fileno = getattr(stream, "fileno", None)
    if not callable(fileno):
        return False
    try:
        fd = fileno()
    except (OSError, ValueError):  # no descriptor (io.UnsupportedOperation is both)
        return False
    try:
        return not stat.S_ISREG(os.fstat(fd).st_mode)
    except OSError:
        return True


def _check_stream(stream: Any, what: str) -> None:
    if getattr(stream, "closed", False) is True:
        raise ConfigurationError(f"{what} is closed")
    if isinstance(stream, io.TextIOBase):
        raise ConfigurationError(f"{what} is a text stream: open it in binary mode ('rb')")
    readable = getattr(stream, "readable", None)
    try:
        ok = readable() if callable(readable) else True
    except (OSError, ValueError):
        ok = False
    if not ok:
        raise ConfigurationError(f"{what} is not readable")


def _normalize_type(content_type: str) -> str:
    if not isinstance(content_type, str):
        raise ConfigurationError(f"audio_content_type must be a string, not {type(content_type).__name__}")
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


def _peek(payload: Union[bytes, IO[bytes], _OneShotReader], size: int) -> bytes:
    if isinstance(payload, (bytes, bytearray)):
        return bytes(payload[:size])
    if isinstance(payload, _OneShotReader):
        return payload.head[:size]
    seekable = getattr(payload, "seekable", None)
    if not (callable(seekable) and seekable()):
        return b""
    position = payload.tell()
    try:
        head = payload.read(size)
    finally:
        payload.seek(position)
    if not isinstance(head, (bytes, bytearray)):
        raise ConfigurationError(
            f"the audio file returned {type(head).__name__}, not bytes: open it in binary mode ('rb')"
        )
    return bytes(head)


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
        try:
            handle: Any = open(path, "rb")  # noqa: SIM115 - closed by AudioPart.close()
        except OSError as exc:  # missing, a directory, no permission
            raise ConfigurationError(f"cannot open the audio file {path!r}: {exc.strerror or exc}") from None
        try:
            if _length_unknown(handle):  # a FIFO, a device: no length to declare
                handle = _OneShotReader(handle)
                if not handle.head:
                    raise ConfigurationError(f"{path}: the audio is empty")
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
        _check_stream(audio, "the audio file object")
        # A pipe's name is its descriptor number (an int): not a file name.
        given_name = getattr(audio, "name", "")
        name = os.path.basename(given_name) if isinstance(given_name, str) and given_name else "audio"
        suffix = os.path.splitext(name)[1].lower()
        payload: Any = audio
        if _length_unknown(audio):
            payload = _OneShotReader(audio)
            if not payload.head:
                raise ConfigurationError("audio is empty (the stream ended before any byte)")
        kind = _normalize_type(content_type) if content_type else _SUFFIXES.get(suffix) or _sniff(_peek(payload, 16))
        if kind is None:
            raise ConfigurationError(
                "cannot tell the type of this audio file object; pass audio_content_type='audio/wav' or 'audio/mpeg'"
            )
        return AudioPart(name, payload, kind, owned=False)
    raise ConfigurationError(f"audio must be bytes, a path or a binary file object, not {type(audio).__name__}")
