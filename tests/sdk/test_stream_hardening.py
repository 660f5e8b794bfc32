"""Issue 10 (hardening), the stream findings: a cut after interaction-complete, connections of
dropped or closed streams, untyped exceptions and unchecked field types, the fast path on the
documented wire shapes."""

from __future__ import annotations

import base64
import gc
import http.server
import json
import socket
import threading
import time
from typing import Any, Callable, Dict, Iterator, List, cast

import httpx
import pytest
from test_streaming import Chunked, complete, create, ndjson, piece

import amigo_client._streaming as streaming
from amigo_client import (
    AmigoClient,
    EventStream,
    IncompleteStreamError,
    StreamDecodeError,
    UnknownEvent,
)
from amigo_client.api.conversation import get_conversation_messages
from amigo_client.models.conversation_created_event import ConversationCreatedEvent
from amigo_client.models.interaction_complete_event import InteractionCompleteEvent
from amigo_client.models.new_message_event import NewMessageEvent
from amigo_emulator import pytest_plugin
from amigo_emulator.testing import Emulator
from sdkutil import CONVERSATION_ID, ORG, SERVICE_ID, SIGN_IN_PATH, SignedIn, make_client, sign_in_response

# The emulator fixtures (a session-wide emulator process, reset before each test that uses it).
emulator_config = pytest_plugin.emulator_config
emulator = pytest_plugin.emulator
emu = pytest_plugin.emu

MSG_ID = "67d871c23eb91293ecfae8b2"


def documented(text: str, seq: int, **extra: Any) -> Dict[str, Any]:
    """A new-message event as the documented transcripts and the emulator write it."""
    return {
        "type": "new-message",
        "message": text,
        "message_metadata": [],
        "transcript_alignment": None,
        "stop": False,
        "sequence_number": seq,
        "message_id": MSG_ID,
        **extra,
    }


def breaking_after(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    """A handler whose stream sends ``body`` and then loses its connection."""

    class Breaking(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield body
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    return lambda request: httpx.Response(201, stream=Breaking())


# --------------------------------------------------------------------------- 1: cut after completion


@pytest.mark.operations("create-conversation", "get-conversation-messages", "interact-with-conversation")
def test_a_cut_after_interaction_complete_ends_the_turn_as_complete(emu: Emulator) -> None:
    with AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
    ) as amigo:
        with amigo.create_conversation(emu.service_ids[0]) as greeting:
            greeting.until_done()
        conversation = greeting.conversation_id
        assert conversation is not None
        before = len(amigo.call(get_conversation_messages, conversation).messages)
        requests = emu.stats()["requests"].get("interact-with-conversation", 0)
        emu.faults(stream_cut={"operation": "interact-with-conversation", "after_events": 100})

        stream = amigo.interact(conversation, "Where is my order?").until_done()  # no IncompleteStreamError

        assert stream.done and stream.completed is not None
        assert stream.text == stream.completed.full_message and "order" in stream.text
        assert isinstance(stream.connection_error, httpx.TransportError)  # what was lost is not hidden
        assert emu.stats()["requests"]["interact-with-conversation"] == requests + 1
        assert len(amigo.call(get_conversation_messages, conversation).messages) == before + 2  # saved


@pytest.mark.operations("create-conversation")
def test_a_break_after_completion_keeps_the_outcome_and_a_break_before_it_raises() -> None:
    turn = ndjson(piece("Bye", 0), complete("Bye", ended=True))
    stream = make_client(SignedIn(breaking_after(turn))).create_conversation(SERVICE_ID)
    events = list(stream)
    assert isinstance(events[-1], InteractionCompleteEvent)
    assert stream.conversation_ended and stream.text == "Bye"
    assert isinstance(stream.connection_error, httpx.RemoteProtocolError)

    ended = make_client(SignedIn(breaking_after(ndjson(piece("Bye", 0), {"type": "end-session"}))))
    assert ended.create_conversation(SERVICE_ID).until_done().conversation_ended

    cut = make_client(SignedIn(breaking_after(ndjson(piece("Bye", 0)))))
    with pytest.raises(IncompleteStreamError, match="before the turn completed"):
        cut.create_conversation(SERVICE_ID).until_done()


# --------------------------------------------------------------------------- 2: connections


@pytest.mark.operations("create-conversation")
def test_a_dropped_unread_stream_closes_its_response() -> None:
    body = Chunked([ndjson(piece("a", 0), complete("a"))])
    stream = create(body)
    del stream
    assert body.closed and body.delivered == 0


@pytest.mark.operations("create-conversation")
def test_a_stream_collected_by_the_garbage_collector_is_closed_at_the_next_safe_point() -> None:
    body = Chunked([ndjson(complete("a"))])
    stream: Any = create(body)
    stream.cycle = stream  # only the cyclic collector can free it
    del stream
    gc.collect()
    # Closing inside the collection could deadlock on httpcore's pool lock; it waits for the
    # next stream instead.
    create(Chunked([ndjson(complete("b"))])).close()
    assert body.closed


def holding_server(loopback: Any, release: threading.Event, served: List[str]) -> Any:
    """A loopback API whose streams send one event and then hold until ``release`` is set."""

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        if h.path == SIGN_IN_PATH:
            body = sign_in_response().content
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.write(body)
            return
        h.rfile.read(int(h.headers.get("Content-Length", 0)))
        served.append(h.path)  # before answering: the client may finish before this thread runs on
        h.send_response(201)
        h.send_header("Content-Type", "application/x-ndjson")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        first = ndjson({"type": "conversation-created", "conversation_id": CONVERSATION_ID})
        h.wfile.write(b"%x\r\n%s\r\n" % (len(first), first))
        h.wfile.flush()
        release.wait(timeout=60)
        h.close_connection = True

    return loopback(handle)


@pytest.mark.operations("create-conversation")
def test_streams_dropped_unread_give_their_pooled_connections_back(loopback: Any) -> None:
    release = threading.Event()
    served: List[str] = []
    server = holding_server(loopback, release, served)
    client = AmigoClient(
        api_key="secret-api-key",
        api_key_id="key-id",
        user_id="user-1",
        organization_id=ORG,
        base_url=server.base_url,
        timeout=httpx.Timeout(30.0, pool=3.0),
        transport=httpx.HTTPTransport(limits=httpx.Limits(max_connections=2)),
    )
    try:
        with client:
            for _ in range(6):  # three times the pool
                client.create_conversation(SERVICE_ID)  # dropped unread
            with client.create_conversation(SERVICE_ID) as stream:
                assert stream.conversation_id is None
                first = next(iter(stream))
                assert isinstance(first, ConversationCreatedEvent) and first.conversation_id == CONVERSATION_ID
    finally:
        release.set()
    assert len(served) == 7


@pytest.mark.operations("create-conversation")
def test_close_from_another_thread_ends_a_blocked_iteration(loopback: Any) -> None:
    release = threading.Event()
    server = holding_server(loopback, release, [])
    client = AmigoClient(
        api_key="secret-api-key", api_key_id="key-id", user_id="user-1", organization_id=ORG, base_url=server.base_url
    )
    seen: List[Any] = []
    outcome: List[str] = []

    def consume(stream: EventStream) -> None:
        try:
            for event in stream:
                seen.append(event)
            outcome.append("ended")
        except Exception as exc:  # noqa: BLE001 - the test reports it
            outcome.append(repr(exc))

    try:
        with client:
            stream = client.create_conversation(SERVICE_ID)
            reader = threading.Thread(target=consume, args=(stream,), daemon=True)
            reader.start()
            for _ in range(1000):  # until the reader waits on the held connection for more
                if seen and stream._reading:
                    break
                time.sleep(0.01)
            assert seen and stream._reading
            stream.close()
            reader.join(timeout=20)
            ended = not reader.is_alive()
    finally:
        release.set()
    assert ended, "close() did not end the iteration blocked in another thread"
    assert outcome == ["ended"]  # the documented end: no error, no more events
    assert len(seen) == 1 and stream.closed and not stream.done


@pytest.mark.operations("create-conversation")
def test_close_inside_the_loop_stops_at_once_without_error() -> None:
    body = Chunked([ndjson(piece("a", 0), piece("b", 1), piece("c", 2), complete("abc"))])
    stream = create(body)
    got = []
    for event in stream:
        got.append(event)
        stream.close()
    assert len(got) == 1 and body.closed and stream.closed and not stream.done


# --------------------------------------------------------------------------- 5: typed errors


@pytest.mark.operations("create-conversation")
def test_a_line_nested_too_deeply_is_a_decode_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000 + b"\n"
    with pytest.raises(StreamDecodeError, match="line 2 is nested too deeply"):
        create(Chunked([ndjson(piece("a", 0)), deep, ndjson(complete("a"))])).until_done()
    inside = b'{"type": "agent-thought", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    with pytest.raises(StreamDecodeError, match="line 1 is nested too deeply"):
        create(Chunked([inside])).until_done()


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize(
    "field, value, named",
    [
        ("message", None, "'message' is None, not a string"),
        ("message", 5, "'message' is 5, not a string"),
        ("sequence_number", "1", "'sequence_number' is '1', not an integer"),
        ("sequence_number", True, "'sequence_number' is True, not an integer"),
        ("stop", "no", "'stop' is 'no', not true or false"),
        ("message_id", 7, "'message_id' is 7, not a string"),
        ("transcript_alignment", "x", "'transcript_alignment' is 'x', not null or a list"),
        ("transcript_alignment", {"0": "H"}, "'transcript_alignment' is dict, not null or a list"),
    ],
)
def test_a_new_message_field_of_the_wrong_type_is_a_decode_error(field: str, value: Any, named: str) -> None:
    for make in (piece, documented):
        bad = {**make("Hi", 1), field: value}
        stream = create(Chunked([ndjson(make("", 0), bad, complete("Hi"))]))
        with pytest.raises(StreamDecodeError, match=f"line 2: a new-message event .*{named}"):
            stream.until_done()


@pytest.mark.operations("create-conversation")
def test_a_missing_new_message_field_is_a_decode_error() -> None:
    bad = documented("Hi", 0)
    del bad["stop"]
    with pytest.raises(StreamDecodeError, match="'stop' is missing"):
        create(Chunked([ndjson(bad, complete("Hi"))])).until_done()


@pytest.mark.operations("create-conversation")
def test_many_non_text_messages_fail_on_the_first_not_in_text() -> None:
    pieces = [{**piece("", i), "message": None} for i in range(1100)]
    stream = create(Chunked([ndjson(*pieces, complete(""))]))
    with pytest.raises(StreamDecodeError, match="line 1: .*'message' is None"):
        stream.until_done()
    assert stream.text == ""


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize(
    "event, named",
    [
        ({**complete("x"), "conversation_completed": "no"}, "'conversation_completed' is 'no', not true or false"),
        ({**complete("x"), "full_message": 3}, "'full_message' is 3, not a string"),
        ({"type": "conversation-created", "conversation_id": 5}, "'conversation_id' is 5, not a string"),
        ({"type": "conversation-created", "conversation_id": None}, "'conversation_id' is None, not a string"),
        ({"type": "user-message-available", "message_id": MSG_ID, "user_message": []}, "'user_message' is list"),
    ],
)
def test_other_events_of_the_wrong_type_are_decode_errors(event: Dict[str, Any], named: str) -> None:
    with pytest.raises(StreamDecodeError, match=f"line 1: .* does not match the contract .*{named}"):
        create(Chunked([ndjson(event, complete("x"))])).until_done()


@pytest.mark.operations("create-conversation")
def test_a_bare_interaction_complete_is_still_accepted() -> None:
    stream = create(Chunked([ndjson(documented("Hi", 0), {"type": "interaction-complete"})])).until_done()
    assert stream.completed is not None and stream.completed.full_message is None
    assert stream.text == "Hi" and not stream.conversation_ended


@pytest.mark.operations("create-conversation")
def test_an_error_event_with_odd_field_types_still_rolls_back() -> None:
    from amigo_client import TurnRolledBackError

    err = {"type": "error", "http_error_code": "500", "error_description": {"nested": True}}
    with pytest.raises(TurnRolledBackError) as info:
        create(Chunked([ndjson(err)])).until_done()
    assert info.value.code is None and "non-text description" in info.value.message


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize("message", ["not base64!", "QUJ", "QUJDR", "QUJDRA==QUJD", "é"])
def test_invalid_base64_audio_is_a_decode_error(message: str) -> None:
    good = {**piece(base64.b64encode(b"\x01\x02").decode(), 0), "transcript_alignment": [[0, "H"]]}
    bad = {**piece(message, 1), "transcript_alignment": [[0, "i"]]}
    body = Chunked([ndjson(good, bad, complete("Hi"))])
    stream = create(body, response_format="voice")
    audio = []
    with pytest.raises(StreamDecodeError, match="new-message 1: message is not base64 audio"):
        for chunk in stream.iter_audio():
            audio.append(chunk)
    assert audio == [b"\x01\x02"] and body.closed


# --------------------------------------------------------------------------- 9: the documented shape


@pytest.mark.operations("create-conversation")
def test_new_message_events_never_go_through_from_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new-message shape takes the constructor route (the fast path), and gives what
    from_dict gives: the documented one, one with a field no version knows, voice pieces."""
    lines = [
        documented("", 0),
        documented("Hi", 1),
        documented(" there", 2, emotion={"label": "calm", "score": 0.5}),
        {**documented("QUJD", 3), "transcript_alignment": [[0, "H"], [40, "i"]]},
        {
            "sequence_number": 4,
            "message_id": MSG_ID,
            "stop": True,
            "message": "!",
            "transcript_alignment": None,
            "type": "new-message",
        },
    ]
    expected = [NewMessageEvent.from_dict(dict(line)).to_dict() for line in lines]
    expected_extra = [NewMessageEvent.from_dict(dict(line)).additional_properties for line in lines]

    def refuse(cls: Any, src: Any) -> Any:
        raise AssertionError("new-message went through from_dict")

    monkeypatch.setattr(NewMessageEvent, "from_dict", classmethod(refuse))
    monkeypatch.setattr(streaming, "_PARSERS", {})  # parsers are built anew, after the spy is in place
    with create(Chunked([ndjson(*lines, complete("x"))])) as stream:
        # every line but the last is a new-message
        events = [cast(NewMessageEvent, event) for event in list(stream)[:-1]]
    assert [e.to_dict() for e in events] == expected
    assert [e.additional_properties for e in events] == expected_extra
    assert events[0].additional_properties == {"message_metadata": []}
    assert stream.text == "Hi thereQUJD!"


@pytest.mark.operations("create-conversation")
def test_if_the_model_changes_new_message_falls_back_to_from_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(streaming, "_NEW_MESSAGE_FIELDS", ("message", "stop", "transcript_alignment", "x", "y"))
    monkeypatch.setattr(streaming, "_PARSERS", {})
    stream = create(Chunked([ndjson(documented("Hi", 0), complete("Hi"))])).until_done()
    assert stream.text == "Hi"
    with pytest.raises(StreamDecodeError, match="'sequence_number' is '1', not an integer"):
        create(Chunked([ndjson({**documented("Hi", 0), "sequence_number": "1"})])).until_done()


@pytest.mark.operations("create-conversation")
def test_unknown_events_keep_their_data_and_error_messages_do_not_echo_values() -> None:
    future = {"type": "agent-thought-2027", "secret_looking": "x" * 10_000}
    with create(Chunked([ndjson(future, complete("ok"))])) as stream:
        events = list(stream)
    assert isinstance(events[0], UnknownEvent) and events[0].data == future
    with pytest.raises(StreamDecodeError) as info:
        create(
            Chunked([ndjson({"type": "conversation-created", "conversation_id": 5, "blob": "y" * 10_000})])
        ).until_done()
    assert "y" * 300 not in str(info.value) and len(str(info.value)) < 600


def test_raise_error_is_typed_no_return() -> None:
    import typing

    hints = typing.get_type_hints(EventStream._raise_error)
    assert hints["return"] is typing.NoReturn


# --------------------------------------------------------------------------- found by make mutation


def test_close_between_events_gives_the_connection_back_at_once() -> None:
    """close() while no read is in progress (the caller holds the iterator between events)
    closes the response there and then, not when the iterator is dropped."""
    body = Chunked([ndjson(piece("a", 0), piece("b", 1), complete("ab"))])
    stream = create(body)
    events = iter(stream)
    next(events)
    stream.close()
    assert body.closed and stream.response.is_closed and stream.closed
    assert list(events) == []


@pytest.mark.parametrize(
    "line, reason",
    [
        (b"[1, 2]", "is not a JSON object"),
        (b'"text"', "is not a JSON object"),
        (b"{not json", "is not JSON"),
        (b"\xff\xfe{}", "is not UTF-8"),
    ],
)
def test_a_decode_error_says_what_is_wrong_with_the_line(line: bytes, reason: str) -> None:
    with pytest.raises(StreamDecodeError, match=f"^stream line 2 {reason}"):
        create(Chunked([ndjson(piece("a", 0)) + line + b"\n" + ndjson(complete("a"))])).until_done()


@pytest.mark.parametrize("event_type", [["new-message"], {"k": 1}, 7, None])
def test_an_event_whose_type_is_not_a_string_is_an_unknown_event(event_type: Any) -> None:
    odd = {"type": event_type, "x": 1}
    with create(Chunked([ndjson(odd, complete("ok"))])) as stream:
        events = list(stream)
    assert isinstance(events[0], UnknownEvent) and events[0].data == odd and events[0].type == str(event_type)
    assert stream.done


def test_close_between_events_over_a_socket_closes_the_response_in_the_calling_thread(loopback: Any) -> None:
    """No read is in progress between two events: close() closes the response itself (it does
    not shut the socket down and leave the response open for a reader that is not there)."""
    release = threading.Event()
    server = holding_server(loopback, release, [])
    client = AmigoClient(
        api_key="secret-api-key", api_key_id="key-id", user_id="user-1", organization_id=ORG, base_url=server.base_url
    )
    try:
        with client:
            stream = client.create_conversation(SERVICE_ID)
            events = iter(stream)
            next(events)
            stream.close()
            assert stream.response.is_closed and stream.closed
            assert list(events) == []
    finally:
        release.set()


class HeldBody(httpx.SyncByteStream):
    """One event, then a read that blocks until ``go`` is set (``waiting`` says it has begun)."""

    def __init__(self) -> None:
        self.waiting = threading.Event()
        self.go = threading.Event()
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield ndjson(piece("a", 0))
        self.waiting.set()
        self.go.wait(timeout=60)
        yield ndjson(complete("a"))

    def close(self) -> None:
        self.closed = True


class FakeNetworkStream:
    """The ``network_stream`` extension of an HTTP/2 answer: its socket carries other streams."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def get_extra_info(self, name: str) -> Any:
        return self.sock if name == "socket" else None


@pytest.mark.parametrize("transport", ["no-socket", "http2-no-socket", "http2-shared-socket", "http1-dead-socket"])
def test_close_from_another_thread_that_cannot_shut_a_socket_down_closes_the_response_itself(transport: str) -> None:
    """A read blocked in another thread on a transport without a socket, or on HTTP/2 (whose
    socket carries other streams, so it must not be shut down): close() cannot wake the read
    through the socket, so it closes the response itself at once."""
    body = HeldBody()
    ours, peer = socket.socketpair()
    extensions: Dict[str, Any] = {"http_version": b"HTTP/2" if transport.startswith("http2") else b"HTTP/1.1"}
    if transport == "http2-shared-socket":
        extensions["network_stream"] = FakeNetworkStream(ours)
    elif transport == "http1-dead-socket":  # shutdown() fails: nothing wakes the read that way
        dead = socket.socket()
        dead.close()
        extensions["network_stream"] = FakeNetworkStream(dead)
    client = make_client(SignedIn(lambda request: httpx.Response(201, stream=body, extensions=extensions)))
    stream = client.create_conversation(SERVICE_ID)
    outcome: List[str] = []

    def consume() -> None:
        try:
            stream.until_done()
            outcome.append("ended")
        except Exception as exc:  # noqa: BLE001 - the test reports it
            outcome.append(repr(exc))

    reader = threading.Thread(target=consume, daemon=True)
    reader.start()
    try:
        assert body.waiting.wait(timeout=60)  # the reader is inside the blocked read
        stream.close()
        closed_by_close = body.closed
        peer.sendall(b"x")
        still_open = ours.recv(1) == b"x"  # the shared socket was not shut down
    finally:
        body.go.set()
        reader.join(timeout=60)
        ours.close()
        peer.close()
    assert closed_by_close and stream.closed and still_open
    assert outcome == ["ended"]


def test_close_from_another_thread_over_http1_wakes_the_read_and_leaves_the_closing_to_it() -> None:
    """The documented hand-over: close() shuts the socket down under the blocked read, and the
    reading thread (not the one calling close()) closes the response when the read returns."""
    body = HeldBody()
    ours, peer = socket.socketpair()
    extensions = {"http_version": b"HTTP/1.1", "network_stream": FakeNetworkStream(ours)}
    client = make_client(SignedIn(lambda request: httpx.Response(201, stream=body, extensions=extensions)))
    stream = client.create_conversation(SERVICE_ID)
    reader = threading.Thread(target=lambda: stream.until_done(), daemon=True)
    reader.start()
    try:
        assert body.waiting.wait(timeout=60)
        stream.close()
        closed_by_close = body.closed
        woken = peer.recv(1) == b""  # shut down: the peer reads the end of the stream
    finally:
        body.go.set()
        reader.join(timeout=60)
        ours.close()
        peer.close()
    assert woken and not closed_by_close
    assert body.closed and stream.closed  # closed by the reading thread once its read returned


def test_a_line_longer_than_max_line_bytes_after_the_first_of_a_chunk_is_refused() -> None:
    """Every line of a chunk is measured: one byte over the limit, after a short first line."""
    first = ndjson(piece("a", 0))
    for size, refused in ((200, False), (201, True)):
        event = {"type": "agent-thought", "x": ""}
        event["x"] = "y" * (size - len(json.dumps(event)))
        line = json.dumps(event).encode()
        assert len(line) == size
        response = httpx.Response(201, stream=httpx.ByteStream(first + line + b"\n" + ndjson(complete("a"))))
        stream = EventStream(response, max_line_bytes=200)
        if refused:
            with pytest.raises(StreamDecodeError, match="is longer than max_line_bytes"):
                stream.until_done()
        else:
            assert stream.until_done().done


def test_a_contract_error_that_is_no_type_mismatch_names_its_cause(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field missing from a strict event (from_dict's KeyError): the message names the field,
    for new-message through the generated model's from_dict (when its fields change) too."""
    with pytest.raises(StreamDecodeError, match="'conversation-created' event .*KeyError\\('conversation_id'\\)"):
        create(Chunked([ndjson({"type": "conversation-created"})])).until_done()
    monkeypatch.setattr(streaming, "_NEW_MESSAGE_FIELDS", ("message", "stop", "transcript_alignment", "x", "y"))
    monkeypatch.setattr(streaming, "_PARSERS", {})
    missing = documented("Hi", 0)
    del missing["message_id"]
    with pytest.raises(StreamDecodeError, match="new-message event .*KeyError\\('message_id'\\)"):
        create(Chunked([ndjson(missing, complete("Hi"))])).until_done()


@pytest.mark.parametrize(
    "line",
    [
        b'{"type": "agent-thought"}{"type": "agent-thought"}',
        b'{"type": "agent-thought"} x',
        b'{"type": "agent-thought"}]',
    ],
    ids=["two-objects", "trailing-word", "trailing-bracket"],
)
def test_a_line_holding_more_than_one_json_object_is_a_decode_error(line: bytes) -> None:
    """The fast path takes an object only when the line ends right after it; anything else on
    the line makes the line no JSON object (not two events, not an event and a dropped rest)."""
    stream = create(Chunked([ndjson(piece("a", 0)) + line + b"\n" + ndjson(complete("a"))]))
    with pytest.raises(StreamDecodeError, match="^stream line 2 is not JSON"):
        stream.until_done()
    assert stream.events_seen == 1


class Pieces(httpx.SyncByteStream):
    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks


def thought(size: int) -> bytes:
    """An agent-thought line (without its newline) of exactly ``size`` bytes."""
    event = {"type": "agent-thought", "x": ""}
    event["x"] = "y" * (size - len(json.dumps(event)))
    return json.dumps(event).encode()


@pytest.mark.parametrize(
    "chunks",
    [(thought(250),), (thought(250)[:100], thought(250)[100:] + b"\n")],
    ids=["one-chunk-without-newline", "two-chunks"],
)
def test_a_line_over_max_line_bytes_is_a_decode_error_however_it_is_cut(chunks: Any) -> None:
    stream = EventStream(httpx.Response(201, stream=Pieces(*chunks)), max_line_bytes=200)
    with pytest.raises(StreamDecodeError, match="^stream line 1 is longer than max_line_bytes"):
        stream.until_done()


def test_lines_within_max_line_bytes_split_across_chunks_are_accepted() -> None:
    """A line of 190 bytes whose end arrives in a chunk that also holds a whole second line:
    each line is measured on its own, not up to the chunk's last newline."""
    first, second = thought(190), thought(150)
    chunks = (first[:150], first[150:] + b"\n" + second + b"\n", ndjson(complete("")))
    stream = EventStream(httpx.Response(201, stream=Pieces(*chunks)), max_line_bytes=200)
    events = list(stream)
    assert [type(e).__name__ for e in events] == ["UnknownEvent", "UnknownEvent", "InteractionCompleteEvent"]


def test_a_line_of_exactly_max_line_bytes_whose_newline_comes_in_the_next_chunk_is_accepted() -> None:
    chunks = (ndjson(piece("a", 0)) + thought(200), b"\n" + ndjson(complete("a")))
    stream = EventStream(httpx.Response(201, stream=Pieces(*chunks)), max_line_bytes=200)
    assert len(list(stream)) == 3 and stream.done


def test_a_chunk_ending_in_the_start_of_a_line_over_max_line_bytes_is_a_decode_error() -> None:
    chunks = (ndjson(piece("a", 0)) + thought(250)[:210], thought(250)[210:] + b"\n")
    stream = EventStream(httpx.Response(201, stream=Pieces(*chunks)), max_line_bytes=200)
    with pytest.raises(StreamDecodeError, match="is longer than max_line_bytes"):
        stream.until_done()


def test_iterating_a_stream_again_while_a_first_iterator_is_open_yields_nothing() -> None:
    body = Chunked([ndjson(piece("a", 0)), ndjson(piece("b", 1), complete("ab"))])
    stream = create(body)
    events = iter(stream)
    next(events)
    assert list(stream) == []  # one pass: a second iteration does not read the same response
    assert [type(e).__name__ for e in events] == ["NewMessageEvent", "InteractionCompleteEvent"]
    assert stream.done and stream.text == "ab"


def test_an_event_stream_built_by_hand_has_the_documented_defaults() -> None:
    """EventStream(response) alone: a text reply, the default max_line_bytes, and before any
    event: no user message, no connection error, not done, not closed (False, not None)."""
    body = ndjson(piece("Hi", 0), piece(" there", 1), {**complete(""), "full_message": None})
    stream = EventStream(httpx.Response(201, stream=Pieces(body)))
    assert stream.voice is False
    assert stream.user_message is None and stream.connection_error is None
    assert stream.done is False and stream.closed is False and stream.conversation_ended is False
    stream.until_done()
    assert stream.text == "Hi there"  # joined pieces: a voice reply's text would be the (absent) full_message
    assert stream.done is True and stream.user_message is None and stream.connection_error is None


def test_close_before_iterating_over_a_socket_closes_the_response(loopback: Any) -> None:
    release = threading.Event()
    server = holding_server(loopback, release, [])
    client = AmigoClient(
        api_key="secret-api-key", api_key_id="key-id", user_id="user-1", organization_id=ORG, base_url=server.base_url
    )
    try:
        with client:
            stream = client.create_conversation(SERVICE_ID)
            stream.close()
            assert stream.response.is_closed and list(stream) == []
    finally:
        release.set()
