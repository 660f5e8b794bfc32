"""The SDK end to end over real sockets, against the local emulator (one subprocess per run).

Every feature goes through the public API: sign-in and refresh after expiry, streaming, voice,
retries against the fault switches, paging, typed errors, webhooks verified by the SDK's
receiver helper. The emulator validates each of its answers against openapi.yaml and the
``emu`` fixture fails a test during which it answered outside the contract.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator, List

import pytest

from amigo_client import (
    AmigoClient,
    APIKeyAuth,
    BadRequestError,
    ConflictError,
    IncompleteStreamError,
    InternalServerError,
    PostProcessingError,
    RateLimitError,
    RetryPolicy,
    TurnRolledBackError,
    UnsupportedMediaTypeError,
)
from amigo_client.api.conversation import get_conversation_messages, get_conversations
from amigo_client.api.service import get_services
from amigo_client.api.webhook_destination import create_webhook_destination, rotate_webhook_destination_secret
from amigo_client.models.conversation_created_event import ConversationCreatedEvent
from amigo_client.models.create_webhook_destination_request import CreateWebhookDestinationRequest
from amigo_client.webhooks import ConversationPostProcessingComplete, construct_event
from amigo_emulator.testing import Emulator
from testaudio import wav_bytes

GREETING = "Hi there! How can I help you today?"


def client_for(emu: Emulator, **kwargs: Any) -> AmigoClient:
    kwargs.setdefault("retry_policy", RetryPolicy(max_retries=2, initial_backoff=0.01, max_backoff=0.05))
    return AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
        **kwargs,
    )


@pytest.fixture
def amigo(emu: Emulator) -> Iterator[AmigoClient]:
    with client_for(emu) as client:
        yield client


def start(amigo: AmigoClient, emu: Emulator) -> str:
    with amigo.create_conversation(emu.service_ids[0]) as greeting:
        greeting.until_done()
    assert greeting.conversation_id is not None
    return greeting.conversation_id


# --------------------------------------------------------------------------- conversations


@pytest.mark.operations(
    "create-conversation", "finish-conversation", "get-conversation-messages", "interact-with-conversation"
)
def test_a_whole_conversation(amigo: AmigoClient, emu: Emulator) -> None:
    with amigo.create_conversation(emu.service_ids[0]) as greeting:
        events = list(greeting)
    assert isinstance(events[0], ConversationCreatedEvent)
    assert greeting.text == GREETING and greeting.completed is not None
    conversation = greeting.conversation_id
    assert conversation is not None
    first = amigo.interact(conversation, "Where is my order?").until_done()
    assert first.user_message is not None and first.user_message.user_message == "Where is my order?"
    assert "order" in first.text and not first.conversation_ended
    second = amigo.interact(conversation, "Thanks!").until_done()
    assert second.text
    messages = amigo.call(get_conversation_messages, conversation)
    assert len(messages.messages) >= 4
    amigo.finish_conversation(conversation)
    assert isinstance(amigo.auth, APIKeyAuth) and amigo.auth.sign_ins == 1
    assert emu.stats()["sign_ins"][emu.organization] == 1


@pytest.mark.operations("create-conversation", "interact-with-conversation")
def test_user_first_and_goodbye_ends_the_conversation(amigo: AmigoClient, emu: Emulator) -> None:
    stream = amigo.create_conversation(emu.service_ids[0], initial_message="Hello there").until_done()
    assert stream.user_message is not None and stream.conversation_id
    bye = amigo.interact(stream.conversation_id, "ok, goodbye").until_done()
    assert bye.conversation_ended
    with pytest.raises(ConflictError) as info:
        amigo.interact(stream.conversation_id, "are you there?")
    assert info.value.status_code == 409 and info.value.body


@pytest.mark.operations("create-conversation")
def test_a_second_unfinished_conversation_is_refused(amigo: AmigoClient, emu: Emulator) -> None:
    first = start(amigo, emu)
    # The contract lists "other unfinished conversations exist" under 400 for create.
    with pytest.raises(BadRequestError) as info:
        amigo.create_conversation(emu.service_ids[0])
    assert info.value.status_code == 400 and first in info.value.body


@pytest.mark.operations("create-conversation")
def test_first_event_arrives_while_the_server_holds_the_stream(amigo: AmigoClient, emu: Emulator) -> None:
    emu.faults(hold={"operation": "create-conversation", "hold_ms": 1500, "after_events": 1})
    with amigo.create_conversation(emu.service_ids[0]) as stream:
        iterator = iter(stream)
        started = time.monotonic()
        first = next(iterator)
        first_at = time.monotonic() - started
        rest = list(iterator)
        rest_at = time.monotonic() - started
    assert isinstance(first, ConversationCreatedEvent) and rest
    # ordering, not speed: the rest came only after the server's hold, the first before it
    assert first_at < rest_at and rest_at - first_at > 1.0


@pytest.mark.operations("create-conversation", "interact-with-conversation")
def test_voice_turn_multipart_and_decoded_audio(amigo: AmigoClient, emu: Emulator) -> None:
    conversation = start(amigo, emu)
    wav = wav_bytes(frames=8000, sample=b"\x10\x00")
    stream = amigo.interact(conversation, audio=wav, response_format="voice")
    audio = b"".join(stream.iter_audio())
    assert len(audio) > 0 and len(audio) % 2 == 0  # PCM16
    assert stream.user_message is not None and stream.text


@pytest.mark.operations("create-conversation", "interact-with-conversation")
def test_unsupported_audio_is_refused_by_the_server(amigo: AmigoClient, emu: Emulator) -> None:
    """The SDK refuses audio/ogg itself; a hand-built part shows the server's 415 is typed too."""
    from amigo_client._errors import raise_for_status
    from amigo_client.api.conversation import interact_with_conversation
    from amigo_client.models.interact_with_conversation_request import InteractWithConversationRequest

    conversation = start(amigo, emu)
    kwargs = interact_with_conversation._get_kwargs(
        conversation,
        body=InteractWithConversationRequest(initial_message_type="user-message", recorded_message=""),
        request_format="voice",
        response_format="text",
    )
    kwargs["files"] = [
        (name, ("note.ogg", b"OggS" + bytes(64), "audio/ogg")) if name == "recorded_message" else (name, part)
        for name, part in kwargs["files"]
    ]
    with pytest.raises(UnsupportedMediaTypeError) as info:
        raise_for_status(amigo.get_httpx_client().request(**kwargs))
    assert info.value.status_code == 415


# --------------------------------------------------------------------------- stream faults


@pytest.mark.operations("create-conversation", "get-conversation-messages", "interact-with-conversation")
def test_error_event_mid_stream_rolls_the_turn_back(amigo: AmigoClient, emu: Emulator) -> None:
    conversation = start(amigo, emu)
    before = len(amigo.call(get_conversation_messages, conversation).messages)
    emu.faults(stream_error={"operation": "interact-with-conversation", "after_pieces": 1})
    with pytest.raises(TurnRolledBackError) as info:
        amigo.interact(conversation, "hello").until_done()
    assert info.value.code == 500
    assert len(amigo.call(get_conversation_messages, conversation).messages) == before
    assert amigo.interact(conversation, "hello again").until_done().text  # the next turn works


@pytest.mark.operations("create-conversation", "interact-with-conversation")
def test_error_after_completion_keeps_the_turn(amigo: AmigoClient, emu: Emulator) -> None:
    conversation = start(amigo, emu)
    emu.faults(error_after_complete={"operation": "interact-with-conversation"})
    stream = amigo.interact(conversation, "hello")
    with pytest.raises(PostProcessingError):
        stream.until_done()
    assert stream.completed is not None and stream.text


@pytest.mark.operations("create-conversation", "interact-with-conversation")
def test_cut_stream_raises_and_is_not_resent(amigo: AmigoClient, emu: Emulator) -> None:
    conversation = start(amigo, emu)
    before = emu.stats()["requests"].get("interact-with-conversation", 0)
    emu.faults(stream_cut={"operation": "interact-with-conversation", "after_events": 2})
    with pytest.raises(IncompleteStreamError):
        amigo.interact(conversation, "hello").until_done()
    assert emu.stats()["requests"]["interact-with-conversation"] == before + 1


# --------------------------------------------------------------------------- retries, errors


@pytest.mark.operations("get-services")
def test_get_retries_through_a_5xx_burst_and_a_connection_reset(amigo: AmigoClient, emu: Emulator) -> None:
    emu.faults(error_burst={"operation": "get-services", "count": 2, "status": 503})
    assert amigo.call(get_services).services
    emu.faults(connection_reset={"operation": "get-services", "count": 1})
    assert amigo.call(get_services).services


@pytest.mark.operations("create-conversation", "get-services")
def test_post_is_not_retried_on_5xx(amigo: AmigoClient, emu: Emulator) -> None:
    amigo.call(get_services)  # signed in
    before = emu.stats()["requests"].get("create-conversation", 0)
    emu.faults(error_burst={"operation": "create-conversation", "count": 1, "status": 503})
    with pytest.raises(InternalServerError) as info:
        amigo.create_conversation(emu.service_ids[0])
    assert info.value.status_code == 503
    assert emu.stats()["requests"]["create-conversation"] == before + 1


@pytest.mark.operations("get-services")
def test_rate_limit_429_with_retry_after(emu: Emulator) -> None:
    emu.faults(rate_limits={"get-services": 1})
    with client_for(emu, max_retries=0, retry_policy=None) as amigo:
        amigo.call(get_services)
        with pytest.raises(RateLimitError) as info:
            amigo.call(get_services)
    assert info.value.retry_after is not None and info.value.retry_after > 0


# --------------------------------------------------------------------------- auth


@pytest.mark.operations("get-services")
def test_refresh_after_expiry_and_after_revocation(emu: Emulator) -> None:
    emu.faults(token_ttl_seconds=2)
    with client_for(emu, refresh_margin=0.5) as amigo:
        amigo.call(get_services)
        auth = amigo.auth
        assert isinstance(auth, APIKeyAuth)
        expires_at = auth.expires_at
        assert expires_at is not None  # a token was just fetched
        time.sleep(max(0.0, expires_at - time.time()) + 0.05)  # expired: the next call signs in first
        amigo.call(get_services)
        assert auth.sign_ins == 2
        emu.faults(token_ttl_seconds=3600)
        time.sleep(1.1)  # past the 2 s token's margin: this call refreshes to a long-lived one
        amigo.call(get_services)
        before = auth.sign_ins
        emu.expire_tokens()  # revoked server-side: 401 -> one refresh -> replay
        assert amigo.call(get_services).services
        assert auth.sign_ins == before + 1


@pytest.mark.operations("get-services")
def test_sixteen_threads_one_sign_in(emu: Emulator) -> None:
    errors: List[BaseException] = []
    with client_for(emu) as amigo:
        barrier = threading.Barrier(16)

        def work() -> None:
            try:
                barrier.wait()
                amigo.call(get_services)
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == [] and isinstance(amigo.auth, APIKeyAuth) and amigo.auth.sign_ins == 1
    assert emu.stats()["sign_ins"][emu.organization] == 1


# --------------------------------------------------------------------------- paging


@pytest.mark.operations("create-conversation", "finish-conversation", "get-conversations", "interact-with-conversation")
def test_paging_walks_every_conversation(amigo: AmigoClient, emu: Emulator) -> None:
    made = []
    for service in emu.service_ids[:2]:
        with amigo.create_conversation(service) as greeting:
            greeting.until_done()
        assert greeting.conversation_id is not None
        amigo.interact(greeting.conversation_id, "hello").until_done()
        made.append(greeting.conversation_id)
    amigo.finish_conversation(made[0])
    pages = list(amigo.paginate(get_conversations, limit=1))
    seen = [c.id for page in pages for c in page.conversations]
    assert len(pages) >= 2 and set(made) <= set(seen) and len(seen) == len(set(seen))


# --------------------------------------------------------------------------- webhooks


class Receiver:
    """A webhook endpoint that verifies with the SDK's helper before accepting."""

    def __init__(self) -> None:
        self.secrets: List[str] = []
        self.events: List[Any] = []
        self.rejected: List[str] = []
        self.arrived = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                try:
                    event = construct_event(body, dict(self.headers.items()), outer.secrets)
                except Exception as exc:  # noqa: BLE001 - answered as 401 and recorded
                    outer.rejected.append(str(exc))
                    self.send_response(401)
                else:
                    outer.events.append(event)
                    outer.arrived.set()
                    self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.operations(
    "create-conversation",
    "create-webhook-destination",
    "finish-conversation",
    "interact-with-conversation",
    "rotate-webhook-destination-secret",
)
def test_webhook_delivered_and_verified_by_the_sdk(amigo: AmigoClient, emu: Emulator) -> None:
    receiver = Receiver()
    try:
        created = amigo.call(
            create_webhook_destination,
            body=CreateWebhookDestinationRequest.from_dict(
                {"url": receiver.url, "accepted_types": ["conversation-post-processing-complete"]}
            ),
        )
        receiver.secrets = [created.secret]
        conversation = start(amigo, emu)
        amigo.interact(conversation, "hello").until_done()
        amigo.finish_conversation(conversation)
        assert receiver.arrived.wait(10), f"no verified delivery; rejected: {receiver.rejected}"
        (event,) = receiver.events
        assert isinstance(event, ConversationPostProcessingComplete)
        assert event.conversation_id == conversation and event.idempotent_key

        # after a rotation both secrets verify during the dual-signing window
        rotated = amigo.call(rotate_webhook_destination_secret, created.webhook_destination_id)
        receiver.secrets = [rotated.secret]
        receiver.arrived.clear()
        second = start(amigo, emu)
        amigo.interact(second, "hello").until_done()
        amigo.finish_conversation(second)
        assert receiver.arrived.wait(10), f"no verified delivery after rotation; rejected: {receiver.rejected}"
        assert receiver.rejected == []
    finally:
        receiver.close()
