"""Wire-level regression with vcrpy cassettes (replay only, no network).

The cassettes in ``cassettes/test_cassettes/`` are built by hand from the documented NDJSON
transcripts. Cassettes cannot show incremental delivery (vcrpy buffers a recorded body): that
is covered by the loopback-server tests in test_streaming.py.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, cast

import pytest
import yaml

from amigo_client import AmigoClient, APIKeyAuth
from amigo_client.models.interaction_complete_event import InteractionCompleteEvent
from amigo_client.models.new_message_event import NewMessageEvent
from amigo_client.models.user_message_available_event import UserMessageAvailableEvent

CASSETTES = Path(__file__).parent / "cassettes"
SERVICE = "67d871c23eb91293ecfae8a0"
#: Headers no cassette may contain, and values that look like credentials.
SECRET_HEADERS = {"authorization", "x-api-key", "cookie", "set-cookie"}
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
PLACEHOLDER = "<redacted>"


@pytest.fixture(scope="module")
def vcr_config() -> Dict[str, Any]:
    return {
        "record_mode": "none",
        "filter_headers": [(name, None) for name in SECRET_HEADERS],
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
    }


def client() -> AmigoClient:
    return AmigoClient(
        api_key="cassette-api-key",
        api_key_id="cassette-key-id",
        user_id="cassette-user",
        organization_id="cassette-org",
        max_retries=0,
    )


@pytest.mark.operations("create-conversation", "finish-conversation", "interact-with-conversation")
@pytest.mark.vcr
def test_documented_agent_first_conversation() -> None:
    with client() as amigo:
        with amigo.create_conversation(SERVICE) as greeting:
            events = list(greeting)
        assert greeting.conversation_id == "67d871c23eb91293ecfae8b0"
        assert greeting.text == "Hi there! How can I help you today?"
        assert [e.sequence_number for e in events if isinstance(e, NewMessageEvent)] == [0, 1, 2]
        assert isinstance(events[-1], InteractionCompleteEvent)
        # the documented transcript ends with a bare interaction-complete
        # (the model types interaction_id as str; the cast keeps mypy checking the rest of the test)
        assert cast(Optional[str], events[-1].interaction_id) is None and not greeting.conversation_ended

        turn = amigo.interact(greeting.conversation_id, "How can I reset my password?").until_done()
        assert turn.user_message is not None
        assert turn.user_message.user_message == "How can I reset my password?"
        assert turn.text == (
            "To reset your password, you can:\n1. Visit the login page\n2. Click 'Forgot Password'\n"
            "3. Enter your email address"
        )
        amigo.finish_conversation(greeting.conversation_id)
        assert isinstance(amigo.auth, APIKeyAuth) and amigo.auth.sign_ins == 1


@pytest.mark.operations("create-conversation")
@pytest.mark.vcr
def test_documented_user_first_conversation() -> None:
    with client() as amigo:
        stream = amigo.create_conversation(SERVICE, initial_message="Hello, I need help with my account settings")
        events = list(stream)
    assert isinstance(events[1], UserMessageAvailableEvent)
    assert stream.conversation_id == "67d871c23eb91293ecfae8c0"
    assert stream.text == "Sure, which setting would you like to change?"


def _cassettes() -> List[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def test_there_are_cassettes() -> None:
    assert len(_cassettes()) >= 2


@pytest.mark.parametrize("path", _cassettes(), ids=lambda p: p.name)
def test_cassettes_hold_no_secrets_and_no_expired_sign_in(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    assert not JWT.search(text), f"{path.name}: something that looks like a JWT"
    for interaction in data["interactions"]:
        for part in ("request", "response"):
            headers = {k.lower(): v for k, v in (interaction[part].get("headers") or {}).items()}
            # a credential header may be there only as the recorder's placeholder ("Bearer <redacted>")
            leaked = sorted(h for h in SECRET_HEADERS & set(headers) if any(PLACEHOLDER not in v for v in headers[h]))
            assert not leaked, f"{path.name}: {part} carries {leaked}"
        if interaction["request"]["uri"].split("?")[0].endswith("/user/signin_with_api_key"):
            body = yaml.safe_load(interaction["response"]["body"]["string"])
            assert body["id_token"] == PLACEHOLDER, f"{path.name}: a real token was recorded"
            expires = dt.datetime.fromisoformat(body["expires_at"].replace("Z", "+00:00"))
            assert expires > dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=365), (
                f"{path.name}: the recorded sign-in expires at {expires}; a replay would sign in again"
            )
