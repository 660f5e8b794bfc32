"""Voice audio from any readable binary stream, against the emulator: a pipe (a subprocess's
stdout, an ``os.pipe``), a FIFO given by path. httpx sized such a part by ``fstat``, which for a
pipe is not its length, and h11 raised ``LocalProtocolError`` ("Too much data for declared
Content-Length"); now it is sent chunked, whole. A stream that cannot be sent (text mode,
closed, empty) is refused before anything is sent."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest

from amigo_client import AmigoClient, ConfigurationError
from amigo_emulator.testing import Emulator
from testaudio import wav_bytes

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("create-conversation")

WAV = wav_bytes(frames=16000)  # 32044 bytes: more than one 16 KiB read, less than a pipe's buffer
BIG_WAV = wav_bytes(frames=120000)  # 240044 bytes: more than a pipe's buffer (64 KiB on Linux)


@pytest.fixture
def client(emu: Emulator) -> Iterator[AmigoClient]:
    with AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
    ) as amigo:
        yield amigo


@pytest.fixture
def conversation(client: AmigoClient, emu: Emulator) -> str:
    with client.create_conversation(emu.service_ids[0]) as greeting:
        greeting.until_done()
    assert greeting.conversation_id is not None
    return greeting.conversation_id


def heard(client: AmigoClient, conversation: str, audio: Any, **kwargs: Any) -> str:
    """The agent's answer, which quotes the size of the voice message the emulator received."""
    return client.interact(conversation, audio=audio, **kwargs).until_done().text


PCM = {"type": "pcm", "frame_rate": 16000, "n_channels": 1, "sample_width": 2}


# Described by the caller, or (no content type, no audio config) by the bytes read ahead.
@pytest.mark.operations("interact-with-conversation")
@pytest.mark.parametrize("described", [True, False], ids=["described", "sniffed"])
def test_a_subprocess_stdout_is_sent_whole(
    client: AmigoClient, conversation: str, tmp_path: Path, described: bool
) -> None:
    source = tmp_path / "turn.wav"
    source.write_bytes(BIG_WAV)
    writer = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())"
    kwargs: Dict[str, Any] = {"audio_content_type": "audio/wav", "audio_config": PCM} if described else {}
    with subprocess.Popen([sys.executable, "-c", writer, str(source)], stdout=subprocess.PIPE) as child:
        assert child.stdout is not None
        text = heard(client, conversation, child.stdout, **kwargs)
    assert child.returncode == 0
    assert f"{len(BIG_WAV)} bytes" in text


@pytest.mark.operations("interact-with-conversation")
def test_an_os_pipe_with_short_reads_is_sent_whole(client: AmigoClient, conversation: str) -> None:
    read_fd, write_fd = os.pipe()

    def write() -> None:
        with os.fdopen(write_fd, "wb", buffering=0) as sink:
            for start in range(0, len(WAV), 7):  # the header arrives in pieces too
                sink.write(WAV[start : start + 7])

    writer = threading.Thread(target=write)
    writer.start()
    try:
        with os.fdopen(read_fd, "rb", buffering=0) as source:  # raw: reads may return fewer bytes
            text = heard(client, conversation, source, audio_content_type="audio/wav", audio_config=PCM)
    finally:
        writer.join()
    assert f"{len(WAV)} bytes" in text


@pytest.mark.operations("interact-with-conversation")
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes (os.mkfifo) are POSIX only")
def test_a_fifo_path_is_sent_whole(client: AmigoClient, conversation: str, tmp_path: Path) -> None:
    fifo = tmp_path / "turn.wav"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as sink:
            sink.write(WAV)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        text = heard(client, conversation, fifo)
    finally:
        writer.join()
    assert f"{len(WAV)} bytes" in text


def _interact_requests(emu: Emulator) -> int:
    return int(emu.stats()["requests"].get("interact-with-conversation", 0))


def test_a_text_mode_pipe_is_refused_before_sending(client: AmigoClient, conversation: str, emu: Emulator) -> None:
    before = _interact_requests(emu)
    writer = "import sys; sys.stdout.write('RIFF')"
    with subprocess.Popen([sys.executable, "-c", writer], stdout=subprocess.PIPE, text=True) as child:
        with pytest.raises(ConfigurationError, match="binary mode"):
            heard(client, conversation, child.stdout, audio_content_type="audio/wav")
    assert _interact_requests(emu) == before


def test_a_binary_stream_returning_text_is_refused_before_sending(
    client: AmigoClient, conversation: str, emu: Emulator
) -> None:
    class Chatty(io.RawIOBase):  # claims to be binary, returns str
        def readable(self) -> bool:
            return True

        def read(self, size: int = -1) -> Any:
            return "RIFF"

    before = _interact_requests(emu)
    with pytest.raises(ConfigurationError, match="not bytes"):
        heard(client, conversation, Chatty(), audio_content_type="audio/wav")
    assert _interact_requests(emu) == before


def test_an_empty_or_closed_pipe_is_refused_before_sending(
    client: AmigoClient, conversation: str, emu: Emulator
) -> None:
    before = _interact_requests(emu)
    read_fd, write_fd = os.pipe()
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as source:
        with pytest.raises(ConfigurationError, match="empty"):
            heard(client, conversation, source, audio_content_type="audio/wav")
    with pytest.raises(ConfigurationError, match="closed"):
        heard(client, conversation, source, audio_content_type="audio/wav")
    assert _interact_requests(emu) == before


@pytest.mark.operations("interact-with-conversation")
def test_a_seekable_file_object_still_works(client: AmigoClient, conversation: str) -> None:
    assert f"{len(WAV)} bytes" in heard(client, conversation, io.BytesIO(WAV))
