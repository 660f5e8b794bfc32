"""Interacting: text and voice turns (multipart file part and raw body), validation, end-session."""

from __future__ import annotations

import base64
import io
import json
import threading
import time
import wave
from datetime import datetime, timedelta, timezone
from typing import List

import httpx
import pytest

from amigo_emulator.testing import Emulator

from .support import interact, start, stream_declares, types

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("create-conversation", "interact-with-conversation")

DOCUMENTED_ORDER = ["user-message-available", "new-message", "interaction-complete"]


def _wav(frames: int = 1600) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"\x00\x00" * frames)
    return buffer.getvalue()


def _collapse(kinds: List[str]) -> List[str]:
    out: List[str] = []
    for kind in kinds:
        if not out or out[-1] != kind:
            out.append(kind)
    return out


@pytest.mark.operations("get-conversation-messages")
def test_text_turn(client: httpx.Client) -> None:
    conversation = start(client)
    response, events = interact(client, conversation, "How can I reset my password?")
    assert response.status_code == 200
    assert _collapse(types(events)) == DOCUMENTED_ORDER
    assert events[0]["user_message"] == "How can I reset my password?"
    pieces = [e for e in events if e["type"] == "new-message"]
    assert len(pieces) >= 3 and pieces[0]["message"] == ""
    assert [p["sequence_number"] for p in pieces] == list(range(len(pieces)))
    assert [p["stop"] for p in pieces] == [False] * (len(pieces) - 1) + [True]
    complete = events[-1]
    assert "".join(p["message"] for p in pieces) == complete["full_message"]
    assert "password" in complete["full_message"]
    assert complete["conversation_completed"] is False
    messages = client.get(f"/conversation/{conversation}/messages/").json()["messages"]
    assert [m["message_type"] for m in messages] == ["agent-message", "user-message", "agent-message"]
    assert messages[1]["id"] == events[0]["message_id"]
    assert messages[1]["interaction_id"] == messages[2]["interaction_id"] == complete["interaction_id"]


def test_the_agent_is_deterministic(client: httpx.Client, emu: Emulator) -> None:
    conversation = start(client)
    first = interact(client, conversation, "Tell me a story")[1][-1]["full_message"]
    emu.reset()
    client.headers.update(emu.auth_headers())
    conversation = start(client)
    assert interact(client, conversation, "Tell me a story")[1][-1]["full_message"] == first


@pytest.mark.operations("get-conversation-messages", "retrieve-message-source")
def test_voice_turn_with_a_multipart_file_part(client: httpx.Client) -> None:
    conversation = start(client)
    audio = _wav()
    response, events = interact(
        client,
        conversation,
        None,
        parts=[("recorded_message", ("note.wav", audio, "audio/wav"))],
        params={"request_format": "voice", "response_format": "voice"},
    )
    assert response.status_code == 200, response.text
    assert _collapse(types(events)) == DOCUMENTED_ORDER
    assert events[0]["user_message"] == f"[voice message, {len(audio)} bytes]"
    pieces = [e for e in events if e["type"] == "new-message"]
    assert all(base64.b64decode(p["message"]) or p["sequence_number"] == 0 for p in pieces)
    assert "".join(ch for p in pieces for _, ch in p["transcript_alignment"]) == events[-1]["full_message"]
    messages = client.get(f"/conversation/{conversation}/messages/").json()["messages"]
    assert messages[1]["format"] == "voice" and messages[2]["format"] == "voice"
    source = client.get(f"/conversation/{conversation}/messages/{messages[1]['id']}/source")
    assert source.status_code == 200
    assert httpx.get(source.json()["url"], trust_env=False).content == audio
    assert client.get(f"/conversation/{conversation}/messages/{messages[0]['id']}/source").status_code == 400


def test_voice_turn_with_a_raw_audio_body(client: httpx.Client) -> None:
    conversation = start(client)
    response, events = interact(
        client,
        conversation,
        content=b"\xff\xfb" + b"\x00" * 500,
        headers={"Content-Type": "audio/mpeg"},
        params={"request_format": "voice", "request_audio_config": json.dumps({"type": "mp3"})},
    )
    assert response.status_code == 200, response.text
    assert events[0]["user_message"] == "[voice message, 502 bytes]"
    assert all(e["transcript_alignment"] is None for e in events if e["type"] == "new-message")


def test_unsupported_audio_is_415(client: httpx.Client) -> None:
    conversation = start(client)
    voice = {"request_format": "voice"}
    raw, _ = interact(client, conversation, content=b"OggS", headers={"Content-Type": "audio/ogg"}, params=voice)
    assert raw.status_code == 415
    part, _ = interact(
        client, conversation, None, parts=[("recorded_message", ("a.ogg", b"OggS", "audio/ogg"))], params=voice
    )
    assert part.status_code == 415
    # Nothing was stored by the refused turns; the conversation still takes a good one.
    assert interact(client, conversation, "still here?")[0].status_code == 200


@pytest.mark.operations("get-conversation-messages")
def test_interact_validation(client: httpx.Client) -> None:
    conversation = start(client)
    assert interact(client, conversation, "")[0].status_code == 400
    assert interact(client, conversation, "   ")[0].status_code == 400
    missing, _ = interact(client, conversation, None)
    assert missing.status_code == 422
    assert missing.json()["detail"][0]["loc"] == ["body", "recorded_message"]
    assert interact(client, conversation, "hi", kind=None)[0].status_code == 422
    assert interact(client, conversation, "hi", kind="shout")[0].status_code == 422
    assert interact(client, conversation, "hi", kind="skip")[0].status_code == 422
    urlencoded = client.post(
        f"/conversation/{conversation}/interact?request_format=text&response_format=text",
        data={"initial_message_type": "user-message", "recorded_message": "hi"},
    )
    assert urlencoded.status_code == 422
    text_as_voice, _ = interact(client, conversation, "hi", params={"request_format": "voice"})
    assert text_as_voice.status_code == 422
    assert interact(client, conversation, "hi", params={"request_format": "sms"})[0].status_code == 422
    bad_config = {"request_format": "voice", "request_audio_config": "{not json"}
    assert (
        interact(client, conversation, content=b"x", headers={"Content-Type": "audio/wav"}, params=bad_config)[
            0
        ].status_code
        == 422
    )
    assert interact(client, "65f0000000000000000000ff", "hi")[0].status_code == 404
    assert interact(client, "not-an-id", "hi")[0].status_code == 422
    messages = client.get(f"/conversation/{conversation}/messages/").json()["messages"]
    assert len(messages) == 1, "refused turns store nothing"


@pytest.mark.operations("get-conversation-messages")
def test_external_events_and_skip(client: httpx.Client) -> None:
    conversation = start(client)
    # The events happened after the greeting (stamped to the millisecond, rounded down) and are
    # not in the future: one and two milliseconds after it, once the clock has passed them.
    greeting = client.get(f"/conversation/{conversation}/messages/").json()["messages"][-1]["created_at"]
    after = datetime.fromisoformat(greeting.replace("Z", "+00:00"))
    events_at = [after + timedelta(milliseconds=1), after + timedelta(milliseconds=2)]
    while datetime.now(timezone.utc) <= events_at[-1]:
        time.sleep(0.001)
    now = datetime.now(timezone.utc)
    stamps = [when.isoformat() for when in events_at]
    parts = [
        ("external_event_message_content", (None, "Order 42 shipped", "text/plain")),
        ("external_event_message_timestamp", (None, stamps[0], "text/plain")),
        ("external_event_message_content", (None, "Order 42 delivered", "text/plain")),
        ("external_event_message_timestamp", (None, stamps[1], "text/plain")),
    ]
    response, events = interact(client, conversation, "Where is my order?", parts=parts)
    assert response.status_code == 200, response.text
    messages = client.get(f"/conversation/{conversation}/messages/").json()["messages"]
    assert [(m["message_type"], m["message"]) for m in messages[1:4]] == [
        ("external-event", "Order 42 shipped"),
        ("external-event", "Order 42 delivered"),
        ("user-message", "Where is my order?"),
    ]
    _, events = interact(client, conversation, "", kind="skip")
    assert types(events)[0] == "new-message", "a skip has no user message to announce"
    _, events = interact(client, conversation, "The parcel was returned", kind="external-event")
    assert events[0]["user_message"] == "The parcel was returned"
    future = (now + timedelta(hours=1)).isoformat()
    late = [
        ("external_event_message_content", (None, "x", "text/plain")),
        ("external_event_message_timestamp", (None, future, "text/plain")),
    ]
    assert interact(client, conversation, "hi", parts=late)[0].status_code == 400
    unpaired = [("external_event_message_content", (None, "x", "text/plain"))]
    assert interact(client, conversation, "hi", parts=unpaired)[0].status_code == 400
    garbled = unpaired + [("external_event_message_timestamp", (None, "yesterday", "text/plain"))]
    assert interact(client, conversation, "hi", parts=garbled)[0].status_code == 422


@pytest.mark.operations("finish-conversation", "get-conversations")
def test_goodbye_ends_the_session(client: httpx.Client, emu: Emulator) -> None:
    conversation = start(client)
    _, events = interact(client, conversation, "Thanks, bye!")
    ending = ["end-session"] if stream_declares("interact-with-conversation", 200, "end-session") else []
    assert types(events)[-1 - len(ending) :] == ["interaction-complete"] + ending
    assert events[-1 - len(ending)]["conversation_completed"] is True
    listed = client.get("/conversation/", params={"id": conversation}).json()["conversations"][0]
    assert listed["is_finished"] is True
    assert interact(client, conversation, "hello again")[0].status_code == 409
    assert client.post(f"/conversation/{conversation}/finish/").status_code == 409


@pytest.mark.operations("finish-conversation")
def test_interact_while_a_turn_is_in_flight_is_409(client: httpx.Client, emu: Emulator) -> None:
    conversation = start(client)
    emu.faults(hold={"operation": "interact-with-conversation", "hold_ms": 800})
    first_event = threading.Event()
    outcome: List[str] = []

    def slow_turn() -> None:
        with httpx.Client(base_url=client.base_url, headers=client.headers, trust_env=False, timeout=10) as other:
            with other.stream(
                "POST",
                f"/conversation/{conversation}/interact",
                params={"request_format": "text", "response_format": "text"},
                files=[("initial_message_type", (None, "user-message")), ("recorded_message", (None, "first"))],
            ) as response:
                for line in response.iter_lines():
                    first_event.set()
                    if line:
                        outcome.append(json.loads(line)["type"])

    thread = threading.Thread(target=slow_turn)
    thread.start()
    assert first_event.wait(5)
    assert interact(client, conversation, "second")[0].status_code == 409
    assert client.post(f"/conversation/{conversation}/finish/").status_code == 409
    thread.join(10)
    assert outcome[-1] == "interaction-complete"
    emu.clear_faults()
    assert interact(client, conversation, "third")[0].status_code == 200
