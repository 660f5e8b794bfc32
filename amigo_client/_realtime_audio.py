"""User audio for the real-time WebSocket: where it comes from, and how it is cut into chunks.

Contract of :func:`audio_chunks`: ``source`` is bytes (``bytes``, ``bytearray``, ``memoryview``),
a path, a readable binary stream (a file, a pipe, a socket's file) or an iterable of byte chunks
(a microphone). It yields the audio to send, in chunks of at most ``chunk_bytes`` bytes:

* A source that starts with a WAV header (``RIFF....WAVE``) has it read and removed: only the
  samples of its ``data`` chunk are sent. It must hold 16-bit PCM, mono, at ``sample_rate`` Hz
  (what the session declares); anything else is a :class:`ConfigurationError` naming what differs,
  raised before any of it is sent (the header comes first).
* Anything else is sent as it is (raw PCM at the session's rate, or MP3 bytes).
* Files and streams are read ``chunk_bytes`` at a time, never whole; an iterable's chunks are sent
  as they come (a chunk larger than ``chunk_bytes`` is cut), so a microphone is not delayed. PCM
  chunks keep whole 16-bit samples: an odd byte waits for the next chunk.
* A text stream, a closed one, or an item that is not bytes is a :class:`ConfigurationError`.

:func:`wav_bytes` wraps PCM samples in a WAV header (what :meth:`RealtimeTurn.wav` writes).
"""

from __future__ import annotations

import io
import os
import struct
from typing import IO, Any, Iterable, Iterator, Optional, Union

from ._errors import ConfigurationError

__all__ = ["RealtimeAudioSource", "audio_chunks", "wav_bytes"]

RealtimeAudioSource = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", IO[bytes], Iterable[bytes]]

#: The WAV format tags of integer PCM (plain, and WAVE_FORMAT_EXTENSIBLE whose sub-format says it).
_PCM_TAGS = (1, 0xFFFE)
#: How far into a source a WAV "data" chunk is looked for (headers with large LIST/INFO chunks).
_MAX_HEADER = 1 << 20


def wav_bytes(pcm: bytes, sample_rate: int) -> bytes:
    """``pcm`` (16-bit little-endian mono samples) as a WAV file's bytes."""
    header = struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + len(pcm),
        b"WAVE",
        b"fmt ",
        16,
        1,
        1,
        sample_rate,
        sample_rate * 2,
        2,
        16,
        b"data",
        len(pcm),
    )
    return header + pcm


class _Reader:
    """Bytes pulled from a source as needed, with read-ahead (for the WAV header)."""

    def __init__(self, pull: Iterator[bytes]) -> None:
        self._pull = pull
        self._buffer = bytearray()
        self.done = False

    def fill(self, size: int) -> bool:
        """Buffer at least ``size`` bytes (fewer only at the end); whether there are that many."""
        while len(self._buffer) < size and not self.done:
            chunk = next(self._pull, None)
            if chunk is None:
                self.done = True
            else:
                self._buffer += chunk
        return len(self._buffer) >= size

    def peek(self, size: int) -> bytes:
        self.fill(size)
        return bytes(self._buffer[:size])

    def take(self, size: int) -> bytes:
        self.fill(size)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def rest(self) -> Iterator[bytes]:
        """What is buffered, then the source's chunks as they come."""
        if self._buffer:
            data = bytes(self._buffer)
            self._buffer.clear()
            yield data
        while not self.done:
            chunk = next(self._pull, None)
            if chunk is None:
                self.done = True
                return
            yield chunk


def _stream_chunks(stream: Any, size: int, what: str) -> Iterator[bytes]:
    while True:
        chunk = stream.read(size)
        if chunk is None:
            raise ConfigurationError(f"{what} is non-blocking (read returned None); pass a blocking binary stream")
        if not isinstance(chunk, (bytes, bytearray, memoryview)):
            raise ConfigurationError(
                f"{what} returned {type(chunk).__name__}, not bytes: open it in binary mode ('rb')"
            )
        if not chunk:
            return
        yield bytes(chunk)


def _iterable_chunks(items: Iterable[Any]) -> Iterator[bytes]:
    for index, item in enumerate(items):
        if not isinstance(item, (bytes, bytearray, memoryview)):
            raise ConfigurationError(f"audio chunk {index} is {type(item).__name__}, not bytes")
        if item:
            yield bytes(item)


def _check_stream(stream: Any) -> None:
    if getattr(stream, "closed", False) is True:
        raise ConfigurationError("the audio stream is closed")
    if isinstance(stream, io.TextIOBase):
        raise ConfigurationError("the audio stream is a text stream: open it in binary mode ('rb')")


def _wav_header(reader: _Reader, sample_rate: int, name: str) -> Optional[int]:
    """Read past a WAV header (checking its format); the size of its data chunk (None: unknown,
    as a WAV being recorded declares)."""
    reader.take(12)
    fmt: Optional[bytes] = None
    consumed = 12
    while True:
        head = reader.take(8)
        if len(head) < 8:
            raise ConfigurationError(f"{name}: a WAV header without a 'data' chunk")
        chunk_id, size = head[:4], struct.unpack("<I", head[4:])[0]
        consumed += 8
        if chunk_id == b"data":
            break
        if consumed + size > _MAX_HEADER:
            raise ConfigurationError(f"{name}: no WAV 'data' chunk in the first {_MAX_HEADER} bytes")
        body = reader.take(size + (size & 1))
        consumed += len(body)
        if chunk_id == b"fmt ":
            fmt = body[:size]
    if fmt is None or len(fmt) < 16:
        raise ConfigurationError(f"{name}: a WAV header without a 'fmt ' chunk before its data")
    tag, channels, rate, _byte_rate, _align, bits = struct.unpack("<HHIIHH", fmt[:16])
    problems = []
    if tag not in _PCM_TAGS:
        problems.append(f"format tag {tag} (not PCM)")
    if bits != 16:
        problems.append(f"{bits}-bit samples (not 16-bit)")
    if channels != 1:
        problems.append(f"{channels} channels (not mono)")
    if rate != sample_rate:
        problems.append(f"{rate} Hz (the session's sample_rate is {sample_rate} Hz)")
    if problems:
        raise ConfigurationError(
            f"{name}: the session sends 16-bit mono PCM at {sample_rate} Hz, but this WAV has "
            + ", ".join(problems)
            + "; convert it, or connect with sample_rate= matching it"
        )
    return None if size in (0, 0xFFFFFFFF) else int(size)


def audio_chunks(
    source: RealtimeAudioSource, *, chunk_bytes: int, sample_rate: int, pcm: bool = True
) -> Iterator[bytes]:
    """The chunks of audio to send for ``source`` (see the module docstring)."""
    if chunk_bytes < 2:
        raise ConfigurationError(f"chunk_bytes must be at least 2, got {chunk_bytes}")
    chunk_bytes -= chunk_bytes % 2
    name = "audio"
    pull: Iterator[bytes]
    opened: Any = None
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        pull = iter((data,)) if data else iter(())
    elif isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        try:
            opened = open(name, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise ConfigurationError(f"cannot open the audio file {name!r}: {exc.strerror or exc}") from None
        pull = _stream_chunks(opened, chunk_bytes, name)
    elif hasattr(source, "read"):
        _check_stream(source)
        given = getattr(source, "name", None)
        name = given if isinstance(given, str) else "the audio stream"
        pull = _stream_chunks(source, chunk_bytes, name)
    elif isinstance(source, Iterable):
        name = "the audio chunks"
        pull = _iterable_chunks(source)
    else:
        raise ConfigurationError(
            f"audio must be bytes, a path, a binary stream or an iterable of byte chunks, not {type(source).__name__}"
        )
    try:
        reader = _Reader(pull)
        limit: Optional[int] = None
        head = reader.peek(12)
        if len(head) == 12 and head[:4] == b"RIFF" and head[8:12] == b"WAVE":
            limit = _wav_header(reader, sample_rate, name)
            pcm = True
        yield from _cut(reader.rest(), chunk_bytes, limit, pcm)
    finally:
        if opened is not None:
            opened.close()


def _cut(chunks: Iterator[bytes], size: int, limit: Optional[int], pcm: bool) -> Iterator[bytes]:
    """Chunks of at most ``size`` bytes, at most ``limit`` bytes in all, whole samples for PCM."""
    carry = b""
    sent = 0
    for chunk in chunks:
        if carry:
            chunk = carry + chunk
            carry = b""
        if limit is not None:
            chunk = chunk[: max(0, limit - sent)]
        if pcm and len(chunk) % 2:
            chunk, carry = chunk[:-1], chunk[-1:]
        for start in range(0, len(chunk), size):
            piece = chunk[start : start + size]
            sent += len(piece)
            yield piece
        if limit is not None and sent >= limit:
            return
    if carry and not pcm:  # pragma: no cover - carry is only kept for PCM
        yield carry
