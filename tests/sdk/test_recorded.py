"""Replays of the cassettes `make cassettes` records from the emulator (tests/sdk/scenarios.py).

The recorded scenarios pin the SDK to what the emulator, and so the contract, sends on the wire;
the secret scan of test_cassettes.py covers these cassettes too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

import httpx
import pytest
import vcr

from amigo_client import AmigoClient, APIKeyAuth, RetryPolicy
from scenarios import SCENARIOS

CASSETTES = Path(__file__).parent / "cassettes" / "test_recorded"
SERVICE = "65f0000000000000000000a1"


def replay(name: str) -> Dict[str, Any]:
    player = vcr.VCR(cassette_library_dir=str(CASSETTES), record_mode="none")
    client = AmigoClient(
        api_key="replay-key",
        api_key_id="demo-key-id",
        user_id="65f000000000000000000001",
        organization_id="demo-org",
        retry_policy=RetryPolicy(max_retries=0),
    )
    with client, player.use_cassette(f"{name}.yaml") as cassette:
        result = SCENARIOS[name](client, SERVICE)
        assert cassette.all_played, f"{name}: the SDK skipped recorded requests"
        assert isinstance(client.auth, APIKeyAuth) and client.auth.sign_ins == 1
    return result


def test_every_scenario_has_a_cassette() -> None:
    assert sorted(p.stem for p in CASSETTES.glob("*.yaml")) == sorted(SCENARIOS)


@pytest.mark.operations("create-conversation", "finish-conversation", "interact-with-conversation")
def test_conversation_lifecycle() -> None:
    result = replay("conversation_lifecycle")
    assert result["greeting"] == "Hi there! How can I help you today?"
    assert result["user_messages"] == ["Where is my order?", "Thanks!"]
    assert all(result["replies"])


@pytest.mark.operations("get-services")
def test_services_paging() -> None:
    result = replay("services_paging")
    assert result["pages"] >= 2 and len(result["ids"]) == len(set(result["ids"])) >= 2


def _vcr_replays_binary_bodies() -> bool:
    """vcrpy 6 (the last for Python 3.8) decodes every httpx request body as UTF-8, so it cannot
    replay a request with a binary body such as the voice turn's WAV upload."""
    from vcr.stubs import httpx_stubs

    try:
        httpx_stubs._make_vcr_request(httpx.Request("POST", "http://127.0.0.1/", content=b"\x80\xff"))
    except UnicodeDecodeError:
        return False
    except Exception:  # another signature (or none): a later vcrpy, which keeps bodies as bytes
        return True
    return True


@pytest.mark.operations("create-conversation", "finish-conversation", "interact-with-conversation")
@pytest.mark.skipif(
    not _vcr_replays_binary_bodies(),
    reason=f"vcrpy {vcr.__version__} cannot replay binary request bodies (it decodes them as UTF-8)",
)
@pytest.mark.parametrize("name", ["voice_turn"])
def test_voice_turn(name: str) -> None:
    result = replay(name)
    assert result["audio_bytes"] > 0 and result["audio_bytes"] % 2 == 0
    assert result["transcript"]
