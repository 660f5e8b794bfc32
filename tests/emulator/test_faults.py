"""Fault switches: rate limits, 5xx bursts, error events with rollback, cut streams, resets."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import httpx
import pytest

from amigo_emulator.testing import Emulator, EmulatorError

from .conftest import OTHER_ORG
from .support import create, interact, start, types


def _message_count(client: httpx.Client, conversation: str) -> int:
    return len(client.get(f"/conversation/{conversation}/messages/").json()["messages"])


@pytest.mark.operations("sign-in-with-api-key")
def test_sign_in_is_rate_limited_per_organization(emu: Emulator, http: httpx.Client) -> None:
    emu.faults(rate_limits=True)
    headers = {"x-api-key": emu.api_key, "x-api-key-id": emu.api_key_id, "x-user-id": emu.user_id}
    url = f"{emu.api_url}/user/signin_with_api_key"
    assert [http.post(url, headers=headers).status_code for _ in range(5)] == [200] * 5
    limited = http.post(url, headers=headers)
    assert limited.status_code == 429
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert "sign-in-with-api-key" in limited.json()["detail"]
    other = http.post(
        f"{emu.base_url}/v1/{OTHER_ORG}/user/signin_with_api_key",
        headers={"x-api-key": "other-key", "x-api-key-id": "other-key-id", "x-user-id": "65f0000000000000000000f1"},
    )
    assert other.status_code == 200, "limits are per organization"
    stats = emu.stats()
    assert stats["sign_ins"] == {emu.organization: 5, OTHER_ORG: 1}
    assert stats["responses"]["sign-in-with-api-key"] == {"200": 6, "429": 1}
    assert stats["requests"]["sign-in-with-api-key"] == 7


@pytest.mark.operations("get-services")
def test_rate_limits_can_be_overridden_per_operation(emu: Emulator, client: httpx.Client) -> None:
    emu.faults(rate_limits={"get-services": 2})
    assert [client.get("/service/").status_code for _ in range(3)] == [200, 200, 429]
    assert emu.faults(rate_limits=False)["rate_limits"] is False
    assert client.get("/service/").status_code == 200


@pytest.mark.operations("get-services", "get-users")
def test_a_burst_of_5xx_then_recovery(emu: Emulator, client: httpx.Client) -> None:
    emu.faults(error_burst={"operation": "get-services", "count": 2, "status": 503, "retry_after": 2})
    first, second, third = (client.get("/service/") for _ in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (503, 503, 200)
    assert first.headers["Retry-After"] == "2"
    assert emu.stats()["faults_fired"] == {"error_burst": 2}
    emu.faults(error_burst={"operation": "*", "count": 1, "status": 500})
    assert client.get("/user/").status_code == 500
    assert client.get("/user/").status_code == 200


@pytest.mark.operations("create-conversation", "get-conversation-messages", "interact-with-conversation")
def test_error_event_mid_stream_rolls_the_turn_back(emu: Emulator, client: httpx.Client) -> None:
    conversation = start(client)
    emu.faults(stream_error={"operation": "interact-with-conversation", "after_pieces": 2, "http_error_code": 503})
    response, events = interact(client, conversation, "Hello there")
    assert response.status_code == 200
    assert types(events) == ["user-message-available", "new-message", "new-message", "error"]
    assert events[-1]["http_error_code"] == 503 and events[-1]["error_description"]
    assert _message_count(client, conversation) == 1, "nothing of the failed turn persists"
    response, events = interact(client, conversation, "Hello there")
    assert types(events)[-1] == "interaction-complete"
    assert _message_count(client, conversation) == 3


@pytest.mark.operations("create-conversation", "get-conversation-messages", "get-conversations")
def test_error_event_during_create_rolls_back_the_conversation(emu: Emulator, client: httpx.Client) -> None:
    emu.faults(stream_error={"operation": "create-conversation", "after_pieces": 0})
    response, events = create(client)
    assert types(events) == ["conversation-created", "error"]
    assert client.get(f"/conversation/{events[0]['conversation_id']}/messages/").status_code == 404
    assert client.get("/conversation/").json()["conversations"] == []
    assert create(client)[0].status_code == 201, "no unfinished conversation was left behind"


@pytest.mark.operations("create-conversation", "get-conversation-messages", "interact-with-conversation")
def test_error_after_interaction_complete_keeps_the_turn(emu: Emulator, client: httpx.Client) -> None:
    conversation = start(client)
    emu.faults(error_after_complete={"operation": "interact-with-conversation"})
    _, events = interact(client, conversation, "Hello")
    assert types(events)[-2:] == ["interaction-complete", "error"]
    assert _message_count(client, conversation) == 3


@pytest.mark.operations("create-conversation", "get-conversation-messages", "interact-with-conversation")
def test_a_cut_stream_has_no_interaction_complete_and_stores_nothing(emu: Emulator, client: httpx.Client) -> None:
    conversation = start(client)
    emu.faults(stream_cut={"operation": "interact-with-conversation", "after_events": 2})
    seen: List[Dict[str, Any]] = []
    with pytest.raises(httpx.RemoteProtocolError):
        with client.stream(
            "POST",
            f"/conversation/{conversation}/interact",
            params={"request_format": "text", "response_format": "text"},
            files=[("initial_message_type", (None, "user-message")), ("recorded_message", (None, "Hello"))],
        ) as response:
            assert response.status_code == 200
            for line in response.iter_lines():
                if line:
                    seen.append(json.loads(line))
    assert types(seen) == ["user-message-available", "new-message"]
    assert _message_count(client, conversation) == 1
    assert interact(client, conversation, "Hello")[0].status_code == 200, "the conversation is not left busy"


@pytest.mark.operations("get-services")
def test_connection_reset_for_the_next_requests(emu: Emulator, client: httpx.Client) -> None:
    emu.faults(connection_reset={"operation": "get-services", "count": 2})
    for _ in range(2):
        with pytest.raises(httpx.TransportError):  # no HTTP answer at all
            client.get("/service/")
    assert client.get("/service/").status_code == 200
    assert emu.stats()["faults_fired"] == {"connection_reset": 2}


def test_invalid_switches_are_refused_whole(emu: Emulator) -> None:
    for bad in (
        {"error_burst": {"operation": "no-such-operation"}},
        {"hold": {"operation": "get-services", "hold_ms": 10}},
        {"slow_first_byte": {"operation": "*"}},
        {"stream_cut": {"operation": "*", "count": 0}},
        {"nonsense": True},
        {"rate_limits": {"get-services": -1}},
    ):
        with pytest.raises(EmulatorError, match="422"):
            emu.faults(**bad)
    armed = emu.faults(hold={"operation": "*", "hold_ms": 5, "count": None}, pace_ms=1)
    assert armed["hold"] == [{"operation": "*", "count": None, "hold_ms": 5, "after_events": 1}]
    assert armed["pace_ms"] == 1
    assert emu.clear_faults()["hold"] == []
    emu.reset()
    assert emu.control("GET", "faults")["pace_ms"] == 0
