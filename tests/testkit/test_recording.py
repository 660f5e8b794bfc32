"""Recording real traffic safely: a cassette recorded through a real socket with real-looking
credentials holds none of them, and replays with placeholder settings and no AMIGO_* variables.

The "real API" is an emulator seeded with production-looking credentials; the recording runs the
SDK over HTTP with vcrpy's httpx stubs, as a user's recording against api.amigo.ai would.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import yaml

from amigo_client import AmigoClient, RetryPolicy
from amigo_emulator.recording import FAR_FUTURE, amigo_vcr
from amigo_emulator.testing import Emulator, running_emulator

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("create-conversation", "finish-conversation", "interact-with-conversation")

KEY = "sk-live-4Qz9mT2vXc81LpRw"
KEY_ID = "kid-7f2c9a41e05b"
ORG = "acme-prod"
USER = "65f0000000000000000000c7"
SERVICE = "65f0000000000000000000d4"
JWT = re.compile(rb"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")


@pytest.fixture(scope="module")
def production_like() -> Iterator[Emulator]:
    seed = {
        "pace_ms": 0,
        "organizations": [
            {
                "id": ORG,
                "api_keys": [{"key": KEY, "key_id": KEY_ID}],
                "users": [{"id": USER, "email": "ops@acme.example"}],
                "services": [{"id": SERVICE, "name": "Support"}],
            }
        ],
    }
    with running_emulator(seed) as emu:
        yield emu


def scenario(client: AmigoClient, seen: List[str]) -> Dict[str, Any]:
    """What a recorded test would do: sign in, a conversation, webhook and API key management."""
    with client.create_conversation(SERVICE) as greeting:
        greeting.until_done()
    conversation = greeting.conversation_id
    assert conversation is not None
    reply = client.interact(conversation, "Where is my order?").until_done()
    client.finish_conversation(conversation)
    destination = client.webhook_destination.create_webhook_destination(
        url="https://hooks.acme.example/amigo", accepted_types=["conversation-post-processing-complete"]
    )
    rotated = client.webhook_destination.rotate_webhook_destination_secret(destination.webhook_destination_id)
    made = client.organization.create_api_key(name="ci", duration="P7D")
    client.organization.delete_api_key(made.api_key_id)
    seen += [destination.secret, rotated.secret, made.api_key, made.api_key_id]
    # credentials where a careless caller might put them: a query string and a token header
    services = client.service.get_services(extra_query={"api_key": KEY})
    client.service.get_services(
        extra_headers={"Sec-WebSocket-Protocol": f"bearer.authorization.amigo.ai.{seen[0]}"}, limit=5
    )
    return {
        "conversation": conversation,
        "greeting": greeting.text,
        "reply": reply.text,
        "services": len(services.items),
    }


def _texts(cassette: Path) -> List[bytes]:
    """The cassette file and every body in it, decoded (a binary body is base64 in the file)."""
    raw = cassette.read_bytes()
    out = [raw]
    for interaction in yaml.safe_load(raw)["interactions"]:
        for body in (interaction["request"]["body"], interaction["response"]["body"]["string"]):
            if isinstance(body, dict):
                body = body.get("string")
            if isinstance(body, str):
                out.append(body.encode("utf-8"))
            elif isinstance(body, bytes):
                out += [body, base64.b64encode(body)]
    return out


@pytest.mark.operations(
    "create-api-key",
    "create-webhook-destination",
    "delete-api-key",
    "get-services",
    "rotate-webhook-destination-secret",
)
def test_a_recorded_cassette_holds_no_credential_and_replays_without_any(
    production_like: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("vcr")
    for name in ("AMIGO_API_KEY", "AMIGO_API_KEY_ID"):
        monkeypatch.delenv(name, raising=False)
    seen: List[str] = []
    recorder = amigo_vcr(cassette_library_dir=str(tmp_path), record_mode="all")
    live = production_like.client(retry_policy=RetryPolicy(max_retries=0))
    with live, recorder.use_cassette("flow.yaml"):
        recorded = scenario(live, seen)
    cassette = tmp_path / "flow.yaml"

    secrets = [KEY, KEY_ID, *seen]
    assert all(len(s) >= 8 for s in secrets) and seen[0].startswith("whsec_")
    for text in _texts(cassette):
        leaked = [s for s in secrets if s.encode() in text]
        assert not leaked, f"{leaked} in the cassette"
        assert not JWT.search(text), "a bearer token in the cassette"
    content = cassette.read_text(encoding="utf-8")
    assert "Bearer <redacted>" in content and "bearer.authorization.amigo.ai.<redacted>" in content
    assert FAR_FUTURE in content

    # Replay: no AMIGO_* variable, placeholder settings, nothing listening at that address.
    for name in [n for n in list(__import__("os").environ) if n.startswith("AMIGO_") and "EMULATOR" not in n]:
        monkeypatch.delenv(name)
    player = amigo_vcr(cassette_library_dir=str(tmp_path), record_mode="none")
    replay_client = AmigoClient(
        api_key="placeholder-key",
        api_key_id="placeholder-key-id",
        user_id=USER,
        organization_id=ORG,
        base_url=production_like.base_url,
        retry_policy=RetryPolicy(max_retries=0),
    )
    with replay_client, player.use_cassette("flow.yaml") as played:
        replayed = scenario(replay_client, [])
        assert played.all_played
    assert replayed == recorded


def test_requests_match_by_meaning_not_by_boundary_or_token(production_like: Emulator, tmp_path: Path) -> None:
    pytest.importorskip("vcr")
    recorder = amigo_vcr(cassette_library_dir=str(tmp_path), record_mode="all")
    with production_like.client() as live, recorder.use_cassette("turns.yaml"):
        with live.create_conversation(SERVICE) as greeting:
            greeting.until_done()
        assert greeting.conversation_id is not None
        first = live.interact(greeting.conversation_id, "first question").until_done().text
        second = live.interact(greeting.conversation_id, "second question").until_done().text
        live.finish_conversation(greeting.conversation_id)
    player = amigo_vcr(cassette_library_dir=str(tmp_path), record_mode="none")
    with production_like.client() as again, player.use_cassette("turns.yaml", allow_playback_repeats=True):
        # asked in the other order, each multipart turn (a fresh boundary) gets its own answer
        assert again.interact(greeting.conversation_id, "second question").until_done().text == second
        assert again.interact(greeting.conversation_id, "first question").until_done().text == first
        with pytest.raises(Exception, match="(?i)cassette|match"):
            again.interact(greeting.conversation_id, "a question never recorded").until_done()
