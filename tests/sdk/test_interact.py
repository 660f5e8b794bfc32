"""Interact turns on the wire: multipart text and voice per the contract, validation of input."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Dict, List, Tuple

import httpx
import pytest

from amigo_client import ConfigurationError
from sdkutil import CONVERSATION_ID, SignedIn, make_client
from testaudio import wav_bytes

COMPLETE = b'{"type":"interaction-complete","message_id":"m","interaction_id":"i","full_message":"ok","conversation_completed":false}\n'


MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" + b"\x00" * 400


class Recorder:
    def __init__(self) -> None:
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, content=COMPLETE, headers={"content-type": "application/x-ndjson"})


def parts(request: httpx.Request) -> List[Tuple[Dict[str, str], bytes]]:
    """Split a multipart body into (headers, payload) pairs, checking the boundary."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1].encode()
    out = []
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, payload = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode().split("\r\n"):
            key, _, value = line.partition(": ")
            headers[key.lower()] = value
        out.append((headers, payload))
    return out


def field_names(request: httpx.Request) -> List[str]:
    return [h["content-disposition"].split('name="', 1)[1].split('"', 1)[0] for h, _ in parts(request)]


def run(recorder: Recorder, **kwargs: object) -> httpx.Request:
    client = make_client(SignedIn(recorder))
    client.interact(CONVERSATION_ID, **kwargs).until_done()  # type: ignore[arg-type]
    return recorder.requests[-1]


@pytest.mark.operations("interact-with-conversation")
def test_text_turn_is_multipart_with_the_contract_fields() -> None:
    request = run(Recorder(), text="How can I reset my password?")
    assert request.url.path.endswith(f"/conversation/{CONVERSATION_ID}/interact")
    assert request.url.params["request_format"] == "text"
    assert request.url.params["response_format"] == "text"
    assert "request_audio_config" not in request.url.params
    fields = {h["content-disposition"].split('name="')[1].split('"')[0]: p for h, p in parts(request)}
    assert fields == {"initial_message_type": b"user-message", "recorded_message": b"How can I reset my password?"}
    assert all("filename=" not in h["content-disposition"] for h, _ in parts(request))


@pytest.mark.operations("interact-with-conversation")
def test_boundary_is_chosen_per_request_by_httpx() -> None:
    recorder = Recorder()
    run(recorder, text="one")
    run(recorder, text="two")
    boundaries = {r.headers["content-type"].split("boundary=")[1] for r in recorder.requests}
    assert len(boundaries) == 2 and "+++" not in boundaries


@pytest.mark.operations("interact-with-conversation")
def test_external_events_are_repeated_fields_in_order() -> None:
    when1 = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    when2 = when1 + dt.timedelta(minutes=1)
    request = run(Recorder(), text="Hi", external_events=[("door opened", when1), ("light on", when2)])
    names = field_names(request)
    assert names.count("external_event_message_content") == 2
    payloads = [p for h, p in parts(request) if 'name="external_event_message' in h["content-disposition"]]
    assert payloads == [b"door opened", b"light on", when1.isoformat().encode(), when2.isoformat().encode()]


@pytest.mark.operations("interact-with-conversation")
def test_skip_turn_sends_an_empty_message() -> None:
    request = run(Recorder(), message_type="skip")
    fields = {h["content-disposition"].split('name="')[1].split('"')[0]: p for h, p in parts(request)}
    assert fields == {"initial_message_type": b"skip", "recorded_message": b""}


@pytest.mark.operations("interact-with-conversation")
def test_voice_turn_from_bytes_is_a_wav_file_part_with_pcm_config() -> None:
    audio = wav_bytes()
    request = run(Recorder(), audio=audio)
    assert request.url.params["request_format"] == "voice"
    assert json.loads(request.url.params["request_audio_config"]) == {
        "type": "pcm",
        "frame_rate": 16000,
        "n_channels": 1,
        "sample_width": 2,
    }
    (headers, payload) = [(h, p) for h, p in parts(request) if 'name="recorded_message"' in h["content-disposition"]][0]
    assert headers["content-type"] == "audio/wav"
    assert 'filename="audio.wav"' in headers["content-disposition"]
    assert payload == audio


@pytest.mark.operations("interact-with-conversation")
def test_voice_turn_from_path_mp3(tmp_path: Path) -> None:
    path = tmp_path / "note.mp3"
    path.write_bytes(MP3)
    request = run(Recorder(), audio=path)
    assert json.loads(request.url.params["request_audio_config"]) == {"type": "mp3"}
    (headers, payload) = [(h, p) for h, p in parts(request) if 'name="recorded_message"' in h["content-disposition"]][0]
    assert headers["content-type"] == "audio/mpeg" and 'filename="note.mp3"' in headers["content-disposition"]
    assert payload == MP3


@pytest.mark.operations("interact-with-conversation")
def test_file_object_is_streamed_not_read_whole() -> None:
    audio = wav_bytes(frames=200_000)  # ~400 KB

    class Watched(io.BytesIO):
        largest = 0

        def read(self, size: int | None = -1) -> bytes:
            data = super().read(size)
            Watched.largest = max(Watched.largest, len(data))
            return data

    source = Watched(audio)
    source.name = "recording.wav"
    request = run(Recorder(), audio=source)
    assert audio in request.content
    assert 0 < Watched.largest < len(audio) // 2


@pytest.mark.operations("interact-with-conversation")
def test_explicit_audio_config_and_content_type() -> None:
    request = run(
        Recorder(),
        audio=b"\x00\x01" * 800,
        audio_content_type="audio/wav",
        audio_config={"type": "pcm", "frame_rate": 8000, "n_channels": 1, "sample_width": 2},
    )
    assert json.loads(request.url.params["request_audio_config"])["frame_rate"] == 8000


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one of text= or audio="),
        ({"text": "hi", "audio": b"RIFF"}, "exactly one of text= or audio="),
        ({"text": ""}, "text is empty"),
        ({"text": "hi", "message_type": "shout"}, "invalid message_type 'shout'"),
        ({"message_type": "skip", "text": "hi"}, "'skip' turn carries no text"),
        ({"audio": b"OggS\x00\x02" + b"\x00" * 40}, "cannot tell the audio type"),
        ({"audio": b"x" * 40, "audio_content_type": "audio/ogg"}, "unsupported audio type 'audio/ogg'"),
        ({"audio": b""}, "audio is empty"),
        ({"audio": 42}, "audio must be bytes, a path or a binary file object"),
        (
            {"audio": b"\x00" * 40, "audio_content_type": "audio/wav"},
            "cannot read the WAV header",
        ),
        (
            {"audio": wav_bytes(channels=2)},
            "PCM voice audio must be mono",
        ),
        (
            {"text": "hi", "external_events": [("x", dt.datetime(2026, 1, 1))]},
            "timestamp must be a timezone-aware datetime",
        ),
    ],
)
def test_bad_input_is_refused_before_sending(kwargs: Dict[str, object], message: str) -> None:
    recorder = Recorder()
    client = make_client(SignedIn(recorder))
    with pytest.raises(ConfigurationError, match=message):
        client.interact(CONVERSATION_ID, **kwargs)  # type: ignore[arg-type]
    assert recorder.requests == []


def test_wrong_audio_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "note.ogg"
    path.write_bytes(b"OggS" + b"\x00" * 100)
    client = make_client(SignedIn(Recorder()))
    with pytest.raises(ConfigurationError, match="note.ogg: not WAV or MP3 audio"):
        client.interact(CONVERSATION_ID, audio=path)


@pytest.mark.parametrize("bad", ["not-an-id", "67D871C23EB91293ECFAE8B0", "67d871c23eb91293ecfae8b"])
def test_invalid_conversation_id_is_named(bad: str) -> None:
    client = make_client(SignedIn(Recorder()))
    with pytest.raises(ConfigurationError, match=f"invalid conversation_id '{bad}'"):
        client.interact(bad, "hello")
    with pytest.raises(ConfigurationError, match="invalid conversation_id"):
        client.finish_conversation(bad)


@pytest.mark.operations("interact-with-conversation")
def test_path_audio_file_is_closed_after_the_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "note.wav"
    path.write_bytes(wav_bytes())
    opened: List[io.BufferedReader] = []
    real_open = open

    def tracking_open(*args: object, **kwargs: object) -> object:
        handle = real_open(*args, **kwargs)  # type: ignore[call-overload]
        if str(args[0]) == str(path):
            opened.append(handle)
        return handle

    import amigo_client._audio as audio_module

    monkeypatch.setattr(audio_module, "open", tracking_open, raising=False)
    run(Recorder(), audio=path)
    assert len(opened) == 1 and opened[0].closed
