"""Webhook delivery to a local receiver: signatures (checked here with hmac), redelivery with the
same idempotent key, and dual signatures after a secret rotation."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Tuple

import httpx
import pytest

from amigo_emulator.testing import Emulator

from .support import assert_schema, interact, start

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("create-webhook-destination")

EVENT = "conversation-post-processing-complete"


class Receiver:
    """A tiny webhook endpoint: records every request, answers from a script (then 200)."""

    def __init__(self) -> None:
        self.requests: List[Tuple[Dict[str, str], bytes]] = []
        self.script: List[int] = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                with receiver.arrived:
                    receiver.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                    status = receiver.script.pop(0) if receiver.script else 200
                    receiver.arrived.notify_all()
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self.thread.start()

    def wait_for(self, count: int, timeout: float = 30.0) -> List[Tuple[Dict[str, str], bytes]]:
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.requests) < count and time.monotonic() < deadline:
                self.arrived.wait(deadline - time.monotonic())
            return list(self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def _signature(secret: str, headers: Dict[str, str], body: bytes) -> str:
    message = f"v1:{headers['x-amigo-request-timestamp']}:".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _destination(client: httpx.Client, url: str, **extra: Any) -> Tuple[str, str]:
    response = client.post("/webhook_destination/", json={"url": url, "accepted_types": [EVENT], **extra})
    assert response.status_code == 201, response.text
    assert_schema("CreateWebhookDestinationResponse", response.json())
    return response.json()["webhook_destination_id"], response.json()["secret"]


def _finished_conversation(client: httpx.Client) -> str:
    conversation = start(client)
    interact(client, conversation, "hello")
    assert client.post(f"/conversation/{conversation}/finish/").status_code == 204
    return conversation


def _deliveries(client: httpx.Client, destination: str, attempts: int) -> List[Dict[str, Any]]:
    """The destination's delivery records once the first has ``attempts`` attempts (a wait on
    that condition; after 30 s, what there is)."""
    deadline = time.monotonic() + 30
    while True:
        found = client.get(f"/webhook_destination/{destination}/delivery").json()["webhook_deliveries"]
        if (found and len(found[0]["delivery_attempts"]) >= attempts) or time.monotonic() > deadline:
            return list(found)
        time.sleep(0.02)


def _idle_webhooks(emu: Emulator, attempts: int) -> Dict[str, int]:
    """The emulator's webhook counters (zero at the reset before each test) once it has made
    ``attempts`` delivery attempts and has no job waiting (a wait on that condition; after 30 s,
    what there is). ``pending_jobs`` is the number waiting then."""
    deadline = time.monotonic() + 30
    while True:
        counters: Dict[str, int] = emu.stats()["webhooks"]
        if (counters["attempts"] >= attempts and counters["pending_jobs"] == 0) or time.monotonic() > deadline:
            return counters
        time.sleep(0.02)


@pytest.mark.operations(
    "create-conversation", "finish-conversation", "get-webhook-deliveries", "interact-with-conversation"
)
def test_finish_delivers_a_signed_webhook(client: httpx.Client, receiver: Receiver, emu: Emulator) -> None:
    destination, secret = _destination(client, receiver.url)
    other = client.post(
        "/webhook_destination/", json={"url": receiver.url + "/other", "accepted_types": ["api-key-expiration-soon"]}
    )
    assert other.status_code == 201
    sent_after = int(time.time() * 1000)
    conversation = _finished_conversation(client)
    ((headers, body),) = receiver.wait_for(1)
    assert hmac.compare_digest(headers["x-amigo-request-signature"], _signature(secret, headers, body))
    # the timestamp is this attempt's: taken between the finish call and the delivery's arrival
    assert sent_after <= int(headers["x-amigo-request-timestamp"]) <= time.time() * 1000
    event = json.loads(body)
    assert event["type"] == EVENT
    assert headers["x-amigo-idempotent-key"] == event["id"]
    assert isinstance(event["timestamp"], int)
    assert event["data"]["conversation_id"] == conversation
    assert event["data"]["user_id"] == emu.user_id
    assert event["data"]["service_id"] == emu.service_ids[0]
    # Only destinations accepting the type get it: the event's delivery records (one per
    # destination that gets it) are all made before the first attempt, and the other
    # destination has none; once the emulator is idle, one attempt was made in all.
    other_id = other.json()["webhook_destination_id"]
    assert client.get(f"/webhook_destination/{other_id}/delivery").json()["webhook_deliveries"] == []
    assert _idle_webhooks(emu, 1) == {"attempts": 1, "succeeded": 1, "failed_attempts": 0, "pending_jobs": 0}
    assert len(receiver.requests) == 1
    (record,) = _deliveries(client, destination, 1)
    assert record["status"] == "success" and record["dual_signed"] is False
    assert [a["status_code"] for a in record["delivery_attempts"]] == [200]
    assert record["webhook_content"] == event


@pytest.mark.operations("create-conversation", "interact-with-conversation")
def test_end_session_also_delivers(client: httpx.Client, receiver: Receiver) -> None:
    _destination(client, receiver.url)
    conversation = start(client)
    interact(client, conversation, "goodbye")
    ((_, body),) = receiver.wait_for(1)
    assert json.loads(body)["data"]["conversation_id"] == conversation


@pytest.mark.operations(
    "create-conversation", "finish-conversation", "get-webhook-deliveries", "interact-with-conversation"
)
def test_failed_deliveries_are_retried_with_the_same_idempotent_key(client: httpx.Client, receiver: Receiver) -> None:
    receiver.script = [500, 503]
    destination, secret = _destination(client, receiver.url, retry_attempts=3)
    _finished_conversation(client)
    requests = receiver.wait_for(3)
    assert len(requests) == 3
    keys = {headers["x-amigo-idempotent-key"] for headers, _ in requests}
    assert len(keys) == 1
    assert len({body for _, body in requests}) == 1, "the same event body every time"
    for headers, body in requests:
        assert headers["x-amigo-request-signature"] == _signature(secret, headers, body)
    (record,) = _deliveries(client, destination, 3)
    assert [a["status_code"] for a in record["delivery_attempts"]] == [500, 503, 200]
    assert record["status"] == "success"


@pytest.mark.operations(
    "create-conversation", "finish-conversation", "get-webhook-deliveries", "interact-with-conversation"
)
def test_delivery_gives_up_after_the_retry_attempts(client: httpx.Client, emu: Emulator) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead_url = f"http://127.0.0.1:{probe.getsockname()[1]}/hook"
    destination, _ = _destination(client, dead_url, retry_attempts=1)
    _finished_conversation(client)
    _deliveries(client, destination, 2)
    # No third attempt: the emulator has made two and has no delivery job left to run.
    assert _idle_webhooks(emu, 2) == {"attempts": 2, "succeeded": 0, "failed_attempts": 2, "pending_jobs": 0}
    (record,) = client.get(f"/webhook_destination/{destination}/delivery").json()["webhook_deliveries"]
    assert [a["status_code"] for a in record["delivery_attempts"]] == [0, 0]
    assert record["status"] == "failed"
    failed = client.get(f"/webhook_destination/{destination}/delivery", params={"status": "success"}).json()
    assert failed["webhook_deliveries"] == []


@pytest.mark.operations(
    "create-conversation",
    "finish-conversation",
    "get-webhook-deliveries",
    "interact-with-conversation",
    "rotate-webhook-destination-secret",
)
def test_rotation_dual_signs_with_new_then_old_secret(client: httpx.Client, receiver: Receiver) -> None:
    destination, old = _destination(client, receiver.url)
    rotated = client.post(f"/webhook_destination/{destination}/rotate-secret")
    assert rotated.status_code == 200
    assert_schema("RotateWebhookDestinationSecretResponse", rotated.json())
    new = rotated.json()["secret"]
    assert new != old
    assert client.post(f"/webhook_destination/{destination}/rotate-secret").status_code == 400
    _finished_conversation(client)
    ((headers, body),) = receiver.wait_for(1)
    first, second = headers["x-amigo-request-signature"].split(",")
    assert first == _signature(new, headers, body)
    assert second == _signature(old, headers, body)
    (record,) = _deliveries(client, destination, 1)
    assert record["dual_signed"] is True


@pytest.mark.operations("delete-webhook-destination", "get-webhook-destinations", "update-webhook-destination")
def test_destination_crud(client: httpx.Client) -> None:
    destination, _ = _destination(client, "http://127.0.0.1:9/hook")
    listed = client.get("/webhook_destination/").json()["webhook_destinations"]
    assert [d["id"] for d in listed] == [destination] and "secret" not in listed[0]
    update = client.post(f"/webhook_destination/{destination}", json={"retry_attempts": 5, "accepted_types": []})
    assert update.status_code == 204
    assert client.get("/webhook_destination/").json()["webhook_destinations"][0]["retry_attempts"] == 5
    assert client.post(f"/webhook_destination/{destination}", json={"retry_attempts": 6}).status_code == 422
    assert client.delete(f"/webhook_destination/{destination}").status_code == 204
    assert client.delete(f"/webhook_destination/{destination}").status_code == 404


def test_reset_clears_the_webhook_counters(client: httpx.Client, receiver: Receiver, emu: Emulator) -> None:
    _destination(client, receiver.url)
    _finished_conversation(client)
    receiver.wait_for(1)
    assert _idle_webhooks(emu, 1) == {"attempts": 1, "succeeded": 1, "failed_attempts": 0, "pending_jobs": 0}
    emu.reset()
    assert emu.stats()["webhooks"] == {"attempts": 0, "succeeded": 0, "failed_attempts": 0, "pending_jobs": 0}
