"""Hostile or broken input gets a JSON 4xx and changes nothing (issue 10, finding 8).

Each test here failed before its fix: a deeply nested body crashed with a plain-text 500; an
infinite ``pace_ms`` was applied (and answered 500); a client that left before its body was read
was recorded as a 500 and a contract violation; a JSON body labelled ``text/plain`` was accepted.
"""

from __future__ import annotations

import json
import socket
import time
from typing import Any, Dict
from urllib.parse import urlsplit

import httpx
import pytest

from amigo_emulator.testing import Emulator

from .support import SERVICE, create

NEW_SERVICE: Dict[str, Any] = {
    "name": "Robustness",
    "description": "d",
    "is_active": True,
    "agent_id": "65f0000000000000000000b1",
    "service_hierarchical_state_machine_id": "65f0000000000000000000c1",
    "tags": {},
    "keyterms": [],
}


@pytest.mark.operations("create-service")
def test_a_body_nested_100000_deep_is_a_json_422(client: httpx.Client, emu: Emulator) -> None:
    for body in ("[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000):
        response = client.post("/service/", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 422, response.text[:200]
        assert response.headers["content-type"].startswith("application/json")
        assert response.json()["detail"][0]["loc"] == ["body"]
    # Moderately deep (but schema-invalid) bodies are still ordinary validation failures.
    shallow = client.post("/service/", json={**NEW_SERVICE, "tags": [[[[1]]]]})
    assert shallow.status_code == 422
    assert emu.stats()["responses"]["create-service"] == {"422": 3}


@pytest.mark.operations("interact-with-conversation")
def test_a_deeply_nested_json_parameter_is_a_422(client: httpx.Client, emu: Emulator) -> None:
    conversation = "65f0000000000000000000a9"
    for depth in (2_000, 70):
        config = '{"a":' * depth + "1" + "}" * depth
        response = client.post(
            f"/conversation/{conversation}/interact",
            params={"request_format": "voice", "response_format": "text", "request_audio_config": config},
            files={"initial_message_type": (None, "user-message")},
        )
        assert response.status_code == 422, response.text[:200]
        assert [d["loc"] for d in response.json()["detail"]] == [["query", "request_audio_config"]]
    assert emu.stats()["responses"]["interact-with-conversation"] == {"422": 2}


@pytest.mark.operations("create-conversation")
def test_a_non_finite_or_huge_setting_is_refused_whole(emu: Emulator, client: httpx.Client) -> None:
    before = emu.control("GET", "faults")
    for raw in (b'{"pace_ms": 1e309}', b'{"pace_ms": -1e309}', b'{"pace_ms": NaN}', b'{"token_ttl_seconds": 1e300}'):
        with httpx.Client(trust_env=False, timeout=10) as http:
            answer = http.post(f"{emu.base_url}/_emulator/faults", content=raw)
        assert answer.status_code == 422, raw
        assert "detail" in answer.json()
    refused = httpx.post(
        f"{emu.base_url}/_emulator/faults",
        content=b'{"error_burst": {"operation": "*"}, "slow_first_byte": {"operation": "*", "delay_ms": 1e309}}',
        trust_env=False,
    )
    assert refused.status_code == 422
    assert emu.control("GET", "faults") == before, "nothing of a refused update is applied"
    response, events = create(client, SERVICE)  # streams still run at the configured pace
    assert response.status_code == 201 and events[-1]["type"] == "interaction-complete"


def test_a_client_gone_before_its_body_is_read_is_no_500(emu: Emulator) -> None:
    token = emu.sign_in()
    parts = urlsplit(emu.api_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        head = (
            f"POST {parts.path}/service/ HTTP/1.1\r\nHost: {parts.netloc}\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
        )
        sock.sendall(head.encode() + b'{"name": ')
    deadline = time.monotonic() + 10
    stats = emu.stats()
    while time.monotonic() < deadline:  # a wait for the server to handle it, not a timing assert
        stats = emu.stats()
        if stats["client_gone"].get("create-service") or stats["responses"].get("create-service"):
            break
        time.sleep(0.02)
    assert stats["client_gone"] == {"create-service": 1}
    assert "create-service" not in stats["responses"]
    assert stats["contract_violations"] == []


@pytest.mark.operations("create-service", "get-services")
def test_json_sent_as_text_plain_is_refused(client: httpx.Client, emu: Emulator) -> None:
    body = json.dumps(NEW_SERVICE)
    refused = client.post("/service/", content=body, headers={"content-type": "text/plain"})
    # create-service documents no 415, so the answer is the validation error FastAPI gives.
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["header", "content-type"]
    names = [s["name"] for s in client.get("/service/").json()["services"]]
    assert "Robustness" not in names
    accepted = client.post("/service/", content=body, headers={"content-type": "application/json; charset=utf-8"})
    assert accepted.status_code == 201, accepted.text
