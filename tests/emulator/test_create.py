"""Creating conversations: the documented NDJSON event order and fields, and the create rules."""

from __future__ import annotations

import base64
import json
import threading
from typing import Any, Dict, List

import httpx
import pytest

from amigo_emulator.testing import Emulator

from .support import BILLING, GREETING, SERVICE, assert_schema, create, start, stream_declares, types

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("create-conversation")


@pytest.mark.operations("get-conversation-messages")
def test_agent_first_stream_matches_the_documented_shape(client: httpx.Client) -> None:
    response, events = create(client)
    assert response.status_code == 201
    assert response.headers["content-type"] == "application/x-ndjson"
    assert response.headers.get("transfer-encoding") == "chunked"
    assert types(events) == [
        "conversation-created",
        "new-message",
        "new-message",
        "new-message",
        "interaction-complete",
    ]
    conversation_id = events[0]["conversation_id"]
    assert len(conversation_id) == 24
    pieces = events[1:4]
    assert [p["message"] for p in pieces] == ["", "Hi", " there! How can I help you today?"]
    assert [p["sequence_number"] for p in pieces] == [0, 1, 2]
    assert [p["stop"] for p in pieces] == [False, False, True]
    assert {p["message_id"] for p in pieces} == {events[4]["message_id"]}
    assert all(p["transcript_alignment"] is None for p in pieces)
    complete = events[4]
    assert complete["full_message"] == GREETING
    assert complete["conversation_completed"] is False
    assert len(complete["interaction_id"]) == 24
    messages = client.get(f"/conversation/{conversation_id}/messages/").json()["messages"]
    assert [(m["message_type"], m["message"]) for m in messages] == [("agent-message", GREETING)]
    assert messages[0]["id"] == complete["message_id"] and messages[0]["interaction_id"] == complete["interaction_id"]


@pytest.mark.operations("get-conversation-messages")
def test_user_first_stream_announces_the_message_and_skips_the_greeting(client: httpx.Client) -> None:
    text = "Hello, I need help with my account settings"
    _, events = create(client, body={"initial_message": text, "initial_message_type": "user-message"})
    if not stream_declares("create-conversation", 201, "user-message-available"):
        # upstream's create stream has no such event: the emulator leaves it out
        assert types(events)[0] == "conversation-created" and "user-message-available" not in types(events)
        return
    assert types(events)[:2] == ["conversation-created", "user-message-available"]
    assert types(events)[-1] == "interaction-complete"
    assert set(types(events)[2:-1]) == {"new-message"}
    announced = events[1]
    assert announced["user_message"] == text
    reply = "".join(e["message"] for e in events if e["type"] == "new-message")
    assert reply == events[-1]["full_message"] and reply != GREETING and text in reply
    assert events[2]["message"] == "" and events[-2]["stop"] is True
    messages = client.get(f"/conversation/{events[0]['conversation_id']}/messages/").json()["messages"]
    assert [(m["id"], m["message_type"]) for m in messages] == [
        (announced["message_id"], "user-message"),
        (events[-1]["message_id"], "agent-message"),
    ]


@pytest.mark.operations("get-conversation-messages")
def test_external_event_first_stream(client: httpx.Client) -> None:
    text = "URGENT: System failure detected in payment processing"
    _, events = create(client, body={"initial_message": text, "initial_message_type": "external-event"})
    if stream_declares("create-conversation", 201, "user-message-available"):
        assert types(events)[:2] == ["conversation-created", "user-message-available"]
        assert events[1]["user_message"] == text
    else:
        assert "user-message-available" not in types(events)
    messages = client.get(f"/conversation/{events[0]['conversation_id']}/messages/").json()["messages"]
    assert [m["message_type"] for m in messages] == ["external-event", "agent-message"]
    assert messages[0]["sender"] == "External event"


@pytest.mark.operations("finish-conversation")
def test_agent_actions_only_when_asked_for_and_matching(client: httpx.Client, emu: Emulator) -> None:
    _, events = create(client, params={"current_agent_action_type": "^.*$"})
    actions = [e for e in events if e["type"] == "current-agent-action"]
    assert [a["action"]["type"] for a in actions] == [
        "navigate-state-machine-state-transitioned",
        "check-if-active-memory-needed-completed",
    ]
    first_piece = types(events).index("new-message")
    assert types(events).index("current-agent-action") < first_piece
    for action in actions:
        assert_schema("ConversationAction", action["action"])
    client.post(f"/conversation/{events[0]['conversation_id']}/finish/")
    _, events = create(client, BILLING, params={"current_agent_action_type": "state-transition"})
    assert [e["action"]["type"] for e in events if e["type"] == "current-agent-action"] == [
        "navigate-state-machine-state-transitioned"
    ]
    _, events = create(client, SERVICE, params={"current_agent_action_type": "(?!)"})
    assert "current-agent-action" not in types(events)


def test_voice_response_streams_pcm_chunks_with_alignment(client: httpx.Client) -> None:
    _, events = create(client, params={"response_format": "voice"})
    pieces = [e for e in events if e["type"] == "new-message"]
    assert [p["sequence_number"] for p in pieces] == list(range(len(pieces)))
    audio = [base64.b64decode(p["message"]) for p in pieces[1:]]
    assert all(1000 < len(chunk) < 10000 and len(chunk) % 2 == 0 for chunk in audio)
    text = "".join(ch for p in pieces for _, ch in p["transcript_alignment"])
    assert text == GREETING == events[-1]["full_message"]
    offsets = [ms for p in pieces for ms, _ in p["transcript_alignment"]]
    assert offsets == sorted(offsets)


@pytest.mark.operations("finish-conversation")
def test_one_unfinished_conversation_per_user_and_service(client: httpx.Client) -> None:
    first = start(client)
    again, _ = create(client)
    assert again.status_code == 400
    assert first in again.json()["detail"]
    # Another service is fine; so is the same service once the first conversation is finished.
    assert create(client, BILLING)[0].status_code == 201
    assert client.post(f"/conversation/{first}/finish/").status_code == 204
    assert create(client)[0].status_code == 201


def test_create_validation(client: httpx.Client) -> None:
    assert create(client, "65f0000000000000000000ff")[0].status_code == 404
    assert create(client, body={"service_version_set_name": "nope"})[0].status_code == 404
    bad_id, _ = create(client, "not-an-id")
    assert bad_id.status_code == 422
    assert bad_id.json()["detail"][0]["loc"] == ["body", "service_id"]
    assert create(client, body={"initial_message_type": "user-message"})[0].status_code == 422
    assert create(client, body={"initial_message": ""})[0].status_code == 422
    assert create(client, params={"response_format": "video"})[0].status_code == 422
    assert create(client, params={"current_agent_action_type": "("})[0].status_code == 422
    missing = client.post("/conversation/?response_format=text", content=b"{")
    assert missing.status_code == 422


def test_events_arrive_while_the_server_holds_the_rest(emu: Emulator, client: httpx.Client) -> None:
    """Incremental delivery: the first event is readable while the server still holds the stream."""
    emu.faults(hold={"operation": "create-conversation", "hold_ms": 600, "after_events": 1})
    received: List[Dict[str, Any]] = []
    first_seen = threading.Event()
    log: List[str] = []

    def consume() -> None:
        with client.stream(
            "POST", "/conversation/", params={"response_format": "text"}, json={"service_id": SERVICE}
        ) as response:
            for line in response.iter_lines():
                if line:
                    received.append(json.loads(line))
                    if len(received) == 1:
                        first_seen.set()
        log.append("stream-done")

    reader = threading.Thread(target=consume)
    reader.start()
    assert first_seen.wait(5), "the first event never arrived"
    # Record an observation while the server is (by the hold switch) still holding the stream.
    log.append(f"first-event-seen-with-{len(received)}")
    reader.join(10)
    assert log == ["first-event-seen-with-1", "stream-done"]
    assert types(received) == [
        "conversation-created",
        "new-message",
        "new-message",
        "new-message",
        "interaction-complete",
    ]


def test_slow_first_byte_delays_but_does_not_change_the_stream(emu: Emulator, client: httpx.Client) -> None:
    emu.faults(slow_first_byte={"operation": "create-conversation", "delay_ms": 150})
    response, events = create(client)
    assert response.status_code == 201 and types(events)[-1] == "interaction-complete"
    assert emu.stats()["faults_fired"] == {"slow_first_byte": 1}
    assert create(client, BILLING)[0].status_code == 201
    assert emu.stats()["faults_fired"] == {"slow_first_byte": 1}, "count defaults to 1"
