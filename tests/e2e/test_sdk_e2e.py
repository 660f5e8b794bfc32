"""The SDK end to end over real sockets, against the local emulator (one subprocess per run).

Every feature goes through the public API: sign-in and refresh after expiry, streaming, voice,
retries against the fault switches, paging, typed errors, webhooks verified by the SDK's
receiver helper. The emulator validates each of its answers against openapi.yaml and the
``emu`` fixture fails a test during which it answered outside the contract.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest

from amigo_client import (
    AmigoClient,
    APIKeyAuth,
    APIStatusError,
    BadRequestError,
    ConflictError,
    EventStream,
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
from amigo_client.webhooks import ConversationPostProcessingComplete, WebhookVerificationError, construct_event
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


@pytest.mark.operations("create-conversation", "get-services")
def test_first_event_arrives_while_the_server_holds_the_stream(emu: Emulator) -> None:
    """Events are handed over as they arrive, not when the body ends: the server holds the stream
    after its first event for longer than the client's read timeout, so the first event can be
    in hand (and the rest not) only if it was read while the server held the stream; a client
    that waited for more would fail with a timeout instead of hanging."""
    emu.faults(hold={"operation": "create-conversation", "hold_ms": 600_000, "after_events": 1})
    with client_for(emu, timeout=30.0) as amigo:
        with amigo.create_conversation(emu.service_ids[0]) as stream:
            first = next(iter(stream))
            assert isinstance(first, ConversationCreatedEvent)
            assert stream.events_seen == 1 and stream.conversation_id == first.conversation_id
            assert not stream.done and stream.text == ""
        assert stream.closed
        # the held stream was given up; the next request works (the pool lost nothing)
        assert amigo.call(get_services).services


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
        raise_for_status(amigo._http.request(**kwargs))
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


POSTS = ["create-conversation", "interact-with-conversation"]


def post(amigo: AmigoClient, emu: Emulator, operation: str, conversation: Optional[str]) -> EventStream:
    """The public method that sends ``operation`` (a POST)."""
    if operation == "create-conversation":
        return amigo.create_conversation(emu.service_ids[0])
    assert conversation is not None
    return amigo.interact(conversation, "hello")


@pytest.mark.operations("create-conversation", "interact-with-conversation")
@pytest.mark.parametrize("operation", POSTS)
@pytest.mark.parametrize(
    ("status", "retry_after"),
    [(500, 1), (502, 1), (503, 1), (504, 1), (503, None), (408, 1), (429, None)],
    ids=["500-retry-after", "502-retry-after", "503-retry-after", "504-retry-after", "503", "408-retry-after", "429"],
)
def test_a_post_the_server_may_have_processed_is_sent_once(
    emu: Emulator, operation: str, status: int, retry_after: Optional[int]
) -> None:
    """The client's default retry policy (two retries) over a real connection: a POST answered
    with a status that does not prove it unprocessed (5xx or 408, with or without Retry-After; a
    429 without Retry-After) reaches the server once, and the caller gets the typed error."""
    with client_for(emu, retry_policy=None) as amigo:
        assert amigo.retry_policy.max_retries > 0
        conversation = start(amigo, emu) if operation == "interact-with-conversation" else None
        before = emu.stats()["requests"].get(operation, 0)
        emu.faults(error_burst={"operation": operation, "count": None, "status": status, "retry_after": retry_after})
        with pytest.raises(APIStatusError) as info:
            post(amigo, emu, operation, conversation)
    assert info.value.status_code == status
    assert isinstance(
        info.value, {429: RateLimitError}.get(status, InternalServerError if status >= 500 else APIStatusError)
    )
    stats = emu.stats()
    assert stats["requests"][operation] == before + 1
    assert stats["faults_fired"]["error_burst"] == 1


@pytest.mark.operations("create-conversation", "get-conversation-messages", "interact-with-conversation")
@pytest.mark.parametrize("operation", POSTS)
def test_a_post_answered_429_with_retry_after_is_sent_again(emu: Emulator, operation: str) -> None:
    """The one answer that proves a POST unprocessed: 429 with Retry-After. The same client, the
    default policy: the turn is sent again after the wait and goes through, once."""
    with client_for(emu, retry_policy=None) as amigo:
        conversation = start(amigo, emu) if operation == "interact-with-conversation" else None
        before = emu.stats()["requests"].get(operation, 0)
        emu.faults(error_burst={"operation": operation, "count": 1, "status": 429, "retry_after": 0})
        with post(amigo, emu, operation, conversation) as stream:
            stream.until_done()
        assert stream.completed is not None
        if conversation is not None:
            messages = amigo.call(get_conversation_messages, conversation).messages
            assert [m.message for m in messages].count("hello") == 1
    stats = emu.stats()
    assert stats["requests"][operation] == before + 2
    assert stats["responses"][operation]["429"] == 1


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
def test_a_token_revoked_server_side_gets_a_401_one_sign_in_and_the_request_replayed(emu: Emulator) -> None:
    """The 401 -> refresh -> replay path, proved by what the emulator saw. Its tokens are revoked
    while the client's token is an hour from expiry: no early refresh can happen, so the only way
    to the answer is a 401, one sign-in, and the same request sent again. (Refreshing ahead of
    expiry is tested with a fake clock in tests/sdk/test_auth.py.)"""
    with client_for(emu) as amigo:
        assert amigo.call(get_services).services  # signed in once
        auth = amigo.auth
        assert isinstance(auth, APIKeyAuth) and auth.sign_ins == 1
        before = emu.stats()
        assert before["responses"]["get-services"] == {"200": 1}
        emu.expire_tokens()
        assert amigo.call(get_services).services
        after = emu.stats()
        assert auth.sign_ins == 2
    assert after["sign_ins"][emu.organization] == before["sign_ins"][emu.organization] + 1
    assert after["requests"]["get-services"] == before["requests"]["get-services"] + 2
    # the revoked token was refused once, and the replay with the new one was answered
    assert after["responses"]["get-services"] == {"200": 2, "401": 1}


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
    """A webhook endpoint that verifies with the SDK's helper before accepting, and keeps each
    accepted delivery as it came (body and headers) for the test to verify again."""

    def __init__(self) -> None:
        self.secrets: List[str] = []
        self.events: List[Any] = []
        self.deliveries: List[Tuple[bytes, Dict[str, str]]] = []
        self.rejected: List[str] = []
        self.arrived = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                headers = {name.lower(): value for name, value in self.headers.items()}
                try:
                    event = construct_event(body, headers, outer.secrets)
                except Exception as exc:  # noqa: BLE001 - answered as 401 and recorded
                    outer.rejected.append(str(exc))
                    self.send_response(401)
                else:
                    outer.events.append(event)
                    outer.deliveries.append((body, headers))
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


def finished_conversation(amigo: AmigoClient, emu: Emulator) -> str:
    conversation = start(amigo, emu)
    amigo.interact(conversation, "hello").until_done()
    amigo.finish_conversation(conversation)
    return conversation


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
        old = created.secret
        receiver.secrets = [old]
        conversation = finished_conversation(amigo, emu)
        assert receiver.arrived.wait(30), f"no verified delivery; rejected: {receiver.rejected}"
        (event,) = receiver.events
        assert isinstance(event, ConversationPostProcessingComplete)
        assert event.conversation_id == conversation and event.idempotent_key
        before_rotation = receiver.deliveries[0]

        # After a rotation, deliveries carry two signatures (new, then old) for a while.
        new = amigo.call(rotate_webhook_destination_secret, created.webhook_destination_id).secret
        assert new != old
        receiver.secrets = [new, old]
        receiver.arrived.clear()
        finished_conversation(amigo, emu)
        assert receiver.arrived.wait(30), f"no verified delivery after rotation; rejected: {receiver.rejected}"
        assert receiver.rejected == []
        body, headers = receiver.deliveries[1]
        assert len(headers["x-amigo-request-signature"].split(",")) == 2
        # a receiver holding the new secret, the old one, or both, in any order, accepts it
        for secrets in ([new], [old], [new, old], [old, new]):
            assert construct_event(body, headers, secrets).type == "conversation-post-processing-complete"
        with pytest.raises(WebhookVerificationError):
            construct_event(body, headers, ["whsec_not_this_destinations"])
        # one signed before the rotation (a redelivery) is accepted by a receiver given both
        # secrets, whichever comes first, and refused by one that holds the new secret only
        body, headers = before_rotation
        for secrets in ([new, old], [old, new]):
            assert construct_event(body, headers, secrets).type == "conversation-post-processing-complete"
        with pytest.raises(WebhookVerificationError):
            construct_event(body, headers, [new])
    finally:
        receiver.close()
