"""The testing kit through its pytest fixtures: environment, client, seeding, scoped faults, the
request log and webhook deliveries (the fixtures come from the plugin, as a user gets them)."""

from __future__ import annotations

import json
import os
import queue
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Tuple

import httpx
import pytest

from amigo_client import AmigoClient, IncompleteStreamError, InternalServerError, RateLimitError
from amigo_client.webhooks import ConversationPostProcessingComplete, construct_event
from amigo_emulator.testing import Emulator, EmulatorError

JWT_PREFIX = "eyJ"


@pytest.fixture
def stray_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings of a real deployment that must not leak into a test run."""
    monkeypatch.setenv("AMIGO_BASE_URL", "https://api.amigo.ai")
    monkeypatch.setenv("AMIGO_WEBHOOK_PUBLIC_URL", "https://hooks.example.com/amigo")
    monkeypatch.setenv("AMIGO_LOG", "info")


@pytest.mark.operations("get-services")
def test_amigo_env_points_a_client_from_the_environment_at_the_emulator(
    stray_settings: None, amigo_env: Emulator
) -> None:
    assert os.environ["AMIGO_BASE_URL"] == amigo_env.base_url
    assert "AMIGO_WEBHOOK_PUBLIC_URL" not in os.environ and os.environ["AMIGO_LOG"] == "info"
    with AmigoClient() as client:  # what code under test does
        names = sorted(s.name for s in client.service.get_services())
    assert names == ["Billing", "Customer support"]
    assert [r.operation for r in amigo_env.requests()] == ["sign-in-with-api-key", "get-services"]


@pytest.mark.operations("get-services", "get-users")
def test_amigo_client_is_signed_in_once(amigo_client: AmigoClient, amigo_emulator: Emulator) -> None:
    list(amigo_client.service.get_services())
    list(amigo_client.user.get_users())
    assert amigo_emulator.stats()["sign_ins"] == {amigo_emulator.organization: 1}


@pytest.mark.operations("create-conversation", "create-webhook-destination", "interact-with-conversation")
def test_the_request_log_shows_what_was_sent_with_every_secret_redacted(
    amigo_emulator: Emulator, amigo_client: AmigoClient
) -> None:
    with amigo_client.create_conversation(amigo_emulator.service_ids[0]) as greeting:
        greeting.until_done()
    assert greeting.conversation_id is not None
    amigo_client.interact(greeting.conversation_id, "Where is my order?").until_done()
    token = amigo_emulator.sign_in()
    # a WebSocket-style token header, and credentials in a query string and a JSON body
    httpx.post(
        f"{amigo_emulator.api_url}/webhook_destination/",
        params={"api_key": amigo_emulator.api_key},
        json={
            "url": "https://x.example/hook",
            "accepted_types": [],
            "secret": "whsec_abcdefabcdef012345",
            "note": token,
        },
        headers={
            "Sec-WebSocket-Protocol": f"bearer.authorization.amigo.ai.{token}",
            "Authorization": f"Bearer {token}",
        },
        trust_env=False,
    )

    (interact,) = amigo_emulator.requests(operation="interact-with-conversation")
    assert interact.method == "POST" and interact.path.endswith(f"/conversation/{greeting.conversation_id}/interact")
    assert interact.query["response_format"] == "text"
    assert interact.form["recorded_message"] == "Where is my order?"
    assert interact.headers["authorization"] == "Bearer <redacted>" and interact.status == 200
    (sign_in, *_) = amigo_emulator.requests(operation="sign-in-with-api-key")
    assert sign_in.headers["x-api-key"] == sign_in.headers["x-api-key-id"] == "<redacted>"
    posted = amigo_emulator.requests(operation="create-webhook-destination")[-1]
    assert posted.headers["sec-websocket-protocol"] == "bearer.authorization.amigo.ai.<redacted>"
    assert posted.query["api_key"] == "<redacted>" and posted.body["secret"] == "<redacted>"
    assert posted.body["note"] == "<redacted>" and posted.body["url"] == "https://x.example/hook"

    everything = json.dumps([r.__dict__ for r in amigo_emulator.requests()])
    for secret in (amigo_emulator.api_key, amigo_emulator.api_key_id, token, "whsec_abcdefabcdef012345"):
        assert secret not in everything
    assert JWT_PREFIX not in everything


@pytest.mark.operations(
    "get-agents",
    "get-conversation-messages",
    "get-services",
    "get-simulation-unit-test-sets",
    "get-users",
    "get-webhook-destinations",
)
def test_seeding_makes_real_data_and_leaves_no_trace(amigo_emulator: Emulator, amigo_client: AmigoClient) -> None:
    user = amigo_emulator.seed.user(first_name="Ada", last_name="Lovelace")
    service = amigo_emulator.seed.service("Returns")
    agent = amigo_emulator.seed.agent("Returns agent 2")
    destination = amigo_emulator.seed.webhook_destination("http://127.0.0.1:9/hook")
    simulation = amigo_emulator.seed.simulation_set("Gate", unit_tests=2)
    conversation = amigo_emulator.seed.conversation(["Where is my order?"], service_id=service.id, user_id=user.id)
    assert amigo_emulator.requests() == [] and amigo_emulator.stats()["requests"] == {}
    assert destination.secret.startswith("whsec_") and destination.secret not in repr(destination)

    assert user.id in [u.user_id for u in amigo_client.user.get_users()]
    assert service.id in [s.id for s in amigo_client.service.get_services()]
    assert agent.id in [a.id for a in amigo_client.organization.get_agents()]
    hooks = amigo_client.webhook_destination.get_webhook_destinations().webhook_destinations
    assert [d.id for d in hooks] == [destination.id]
    sets = list(amigo_client.simulation.get_simulation_unit_test_sets())
    assert [s.id for s in sets] == [simulation.id] and len(simulation.unit_test_ids) == 2
    messages = list(amigo_client.conversation.get_conversation_messages(conversation.id))
    assert {m.message for m in messages} >= {m["text"] for m in conversation.messages}
    assert [m["role"] for m in conversation.messages] == ["agent", "user", "agent"]


@pytest.mark.operations("get-services", "get-users")
def test_a_seeded_organization_has_its_own_credentials_and_data(amigo_emulator: Emulator) -> None:
    other = amigo_emulator.seed.organization("acme", services=[{"id": "65f0000000000000000000d1", "name": "Acme"}])
    other.seed.user(first_name="Only", last_name="Acme")
    with other.client() as client:
        assert [s.name for s in client.service.get_services()] == ["Acme"]
        assert len(list(client.user.get_users())) == 2
    with pytest.raises(EmulatorError, match="409"):
        amigo_emulator.seed.organization("acme")


def test_seeding_refusals_name_the_operation_and_the_reason(amigo_emulator: Emulator) -> None:
    amigo_emulator.seed.user(email="twice@example.com")
    with pytest.raises(EmulatorError, match=r"create-invited-user was refused: 409"):
        amigo_emulator.seed.user(email="twice@example.com")


@pytest.mark.operations("get-services")
def test_a_fault_block_hits_only_its_requests(amigo_emulator: Emulator, amigo_client: AmigoClient) -> None:
    with amigo_emulator.faults.server_errors("get-services", count=2):
        assert len(list(amigo_client.service.get_services())) == 2  # the SDK retried twice
    assert [r.status for r in amigo_emulator.requests(operation="get-services")] == [503, 503, 200]
    with amigo_emulator.faults.server_errors("get-services"):  # every request of the block
        with pytest.raises(InternalServerError):
            list(amigo_client.with_options(max_retries=1).service.get_services())
    list(amigo_client.service.get_services())
    assert amigo_emulator.faults.state()["error_burst"] == []


def test_fault_blocks_nest_and_leave_other_switches_alone(amigo_emulator: Emulator) -> None:
    amigo_emulator.faults(error_burst={"operation": "get-users", "count": None})
    with amigo_emulator.faults.server_errors("get-services", status=502):
        with amigo_emulator.faults.rate_limited("get-services", retry_after=3):
            assert len(amigo_emulator.faults.state()["error_burst"]) == 3
        assert [r["status"] for r in amigo_emulator.faults.state()["error_burst"]] == [503, 502]
    assert [r["operation"] for r in amigo_emulator.faults.state()["error_burst"]] == ["get-users"]
    with pytest.raises(EmulatorError, match="operation"):
        with amigo_emulator.faults.server_errors("no-such-operation"):
            pass
    assert len(amigo_emulator.faults.state()["error_burst"]) == 1


@pytest.mark.operations("get-services", "get-users")
def test_rate_limits_and_retry_after(amigo_emulator: Emulator) -> None:
    with amigo_emulator.client(max_retries=0) as client:
        with amigo_emulator.faults.rate_limited("get-users", retry_after=7):
            with pytest.raises(RateLimitError) as caught:
                list(client.user.get_users())
        assert caught.value.retry_after == 7
        with amigo_emulator.faults.rate_limits(**{"get-services": 1}):
            list(client.service.get_services())
            with pytest.raises(RateLimitError):
                list(client.service.get_services())
        list(client.service.get_services())  # the limits end with the block
    assert amigo_emulator.faults.state()["rate_limits"] is False


@pytest.mark.operations("create-conversation", "get-services", "interact-with-conversation")
def test_stream_faults_revoked_tokens_and_settings(amigo_emulator: Emulator, amigo_client: AmigoClient) -> None:
    with amigo_client.create_conversation(amigo_emulator.service_ids[0]) as greeting:
        greeting.until_done()
    assert greeting.conversation_id is not None
    with amigo_emulator.faults.stream_cut(after_events=2):
        with pytest.raises(IncompleteStreamError):
            amigo_client.interact(greeting.conversation_id, "Hello?").until_done()
    assert amigo_client.interact(greeting.conversation_id, "Hello again").until_done().text
    with amigo_emulator.faults.revoked_tokens():
        list(amigo_client.service.get_services())  # 401, signs in again, replays
    assert amigo_emulator.stats()["sign_ins"][amigo_emulator.organization] == 2
    with amigo_emulator.faults.settings(pace_ms=5, token_ttl_seconds=120):
        assert amigo_emulator.faults.state()["pace_ms"] == 5
    assert amigo_emulator.faults.state()["pace_ms"] == 0 and amigo_emulator.faults.state()["token_ttl_seconds"] == 3600


@pytest.mark.operations("get-services")
def test_a_slow_first_byte_trips_a_short_timeout(amigo_emulator: Emulator) -> None:
    with amigo_emulator.client(max_retries=0, timeout=0.3) as client:
        list(client.service.get_services())
        with amigo_emulator.faults.slow_first_byte("get-services", delay_ms=1500, count=1):
            with pytest.raises(Exception) as caught:
                list(client.service.get_services())
    assert "timed out" in str(caught.value).lower() or "timeout" in type(caught.value).__name__.lower()


class _Receiver:
    """A webhook receiver on a free loopback port that keeps what it gets."""

    def __init__(self) -> None:
        self.got: "queue.Queue[Tuple[bytes, Dict[str, str]]]" = queue.Queue()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                outer.got.put((self.rfile.read(int(self.headers["content-length"])), dict(self.headers.items())))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def receiver() -> Iterator[_Receiver]:
    made = _Receiver()
    yield made
    made.server.shutdown()
    made.server.server_close()


def test_webhook_deliveries_and_what_the_receiver_got(amigo_emulator: Emulator, receiver: _Receiver) -> None:
    destination = amigo_emulator.seed.webhook_destination(receiver.url)
    conversation = amigo_emulator.seed.conversation(finish=True)
    (delivery,) = amigo_emulator.wait_for_webhooks(1)
    assert delivery.destination_id == destination.id and delivery.url == receiver.url
    assert delivery.payload["data"]["conversation_id"] == conversation.id
    assert [a["status_code"] for a in delivery.attempts] == [204]
    body, headers = receiver.got.get(timeout=5)
    event = construct_event(body, headers, [destination.secret])
    assert isinstance(event, ConversationPostProcessingComplete) and event.conversation_id == conversation.id


def test_waiting_for_a_webhook_that_does_not_come_says_what_was_delivered(amigo_emulator: Emulator) -> None:
    amigo_emulator.seed.webhook_destination("http://127.0.0.1:9/closed", retry_attempts=1)
    amigo_emulator.seed.conversation(finish=True)
    with pytest.raises(EmulatorError, match=r"0 webhook deliveries with status 'success'.*'failed'"):
        amigo_emulator.wait_for_webhooks(1, timeout=1.5)
    failed: List[Any] = amigo_emulator.wait_for_webhooks(1, status="failed")
    assert failed[0].attempts[0]["status_code"] == 0
