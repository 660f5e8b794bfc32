"""NDJSON event streams: parsing, turn contract, helpers, incremental delivery, closing."""

from __future__ import annotations

import http.server
import json
import threading
from typing import Any, Callable, Dict, Iterable, Iterator, List

import httpx
import pytest

from amigo_client import (
    AmigoClient,
    EventStream,
    IncompleteStreamError,
    PostProcessingError,
    StreamDecodeError,
    TurnRolledBackError,
    UnknownEvent,
)
from amigo_client.models.conversation_created_event import ConversationCreatedEvent
from amigo_client.models.current_agent_action_event import CurrentAgentActionEvent
from amigo_client.models.end_session_event import EndSessionEvent
from amigo_client.models.interaction_complete_event import InteractionCompleteEvent
from amigo_client.models.new_message_event import NewMessageEvent
from amigo_client.models.user_message_available_event import UserMessageAvailableEvent
from sdkutil import (
    CONVERSATION_ID,
    ORG,
    SERVICE_ID,
    SIGN_IN_PATH,
    LoopbackServer,
    SignedIn,
    make_client,
    sign_in_response,
)

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("create-conversation")

MSG_ID = "67d871c23eb91293ecfae8b2"
Loopback = Callable[[Callable[[http.server.BaseHTTPRequestHandler], None]], LoopbackServer]


def piece(text: str, seq: int, stop: bool = False) -> Dict[str, Any]:
    return {
        "type": "new-message",
        "message": text,
        "transcript_alignment": None,
        "stop": stop,
        "sequence_number": seq,
        "message_id": MSG_ID,
    }


def complete(full: str, ended: bool = False) -> Dict[str, Any]:
    return {
        "type": "interaction-complete",
        "message_id": MSG_ID,
        "interaction_id": "67d871c23eb91293ecfae8b3",
        "full_message": full,
        "conversation_completed": ended,
    }


def ndjson(*events: Dict[str, Any]) -> bytes:
    return b"".join(json.dumps(e).encode() + b"\n" for e in events)


class Chunked:
    """A streamed response body delivered in the given chunks; records whether it was closed."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = list(chunks)
        self.closed = False
        self.delivered = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.delivered += 1
            yield chunk

    def close(self) -> None:
        self.closed = True


class ChunkedStream(httpx.SyncByteStream):
    def __init__(self, body: Chunked) -> None:
        self.body = body

    def __iter__(self) -> Iterator[bytes]:
        return iter(self.body)

    def close(self) -> None:
        self.body.close()


def stream_of(body: Chunked, status: int = 201) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, stream=ChunkedStream(body), headers={"content-type": "application/x-ndjson"})

    return handle


def create(body: Chunked, **kwargs: object) -> EventStream:
    client = make_client(SignedIn(stream_of(body)))
    return client.create_conversation(SERVICE_ID, **kwargs)  # type: ignore[arg-type]


def test_agent_first_stream_yields_typed_events_and_helpers() -> None:
    body = Chunked(
        [
            ndjson(
                {"type": "conversation-created", "conversation_id": CONVERSATION_ID},
                piece("", 0),
                piece("Hi", 1),
                piece(" there!", 2, stop=True),
                complete("Hi there!"),
            )
        ]
    )
    with create(body) as stream:
        events = list(stream)
    assert [type(e) for e in events] == [
        ConversationCreatedEvent,
        NewMessageEvent,
        NewMessageEvent,
        NewMessageEvent,
        InteractionCompleteEvent,
    ]
    assert stream.conversation_id == CONVERSATION_ID
    assert stream.text == "Hi there!"
    assert stream.done and not stream.conversation_ended
    assert stream.completed is not None and stream.completed.full_message == "Hi there!"
    assert [e.sequence_number for e in events if isinstance(e, NewMessageEvent)] == [0, 1, 2]
    assert body.closed


def test_request_carries_accept_and_query() -> None:
    seen: List[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, content=ndjson(complete("x")))

    client = make_client(SignedIn(handle))
    client.create_conversation(
        SERVICE_ID, initial_message="Hello", current_agent_action_type="^state-.*$", response_format="text"
    ).until_done()
    (request,) = seen
    assert request.headers["accept"] == "application/x-ndjson"
    assert request.url.params["response_format"] == "text"
    assert request.url.params["current_agent_action_type"] == "^state-.*$"
    assert json.loads(request.content) == {
        "service_id": SERVICE_ID,
        "initial_message": "Hello",
        "initial_message_type": "user-message",
    }


def test_lines_split_across_chunks_and_utf8_split_inside_a_character() -> None:
    text = "héllo wörld — 你好 🎉"
    raw = ndjson(piece(text, 0), complete(text))
    raw = raw.replace(json.dumps(text).encode(), json.dumps(text, ensure_ascii=False).encode())
    cut = raw.index("你".encode()) + 1  # inside a 3-byte character
    chunks = [raw[:5], raw[5:cut], raw[cut : cut + 2], raw[cut + 2 :]]
    with create(Chunked(chunks)) as stream:
        events = list(stream)
    assert events[0].message == text  # type: ignore[union-attr]
    assert stream.text == text


def test_one_byte_chunks_blank_lines_and_crlf() -> None:
    raw = b"\n\r\n" + ndjson(piece("a", 0)).replace(b"\n", b"\r\n") + b"   \n" + ndjson(complete("a"))[:-1]
    with create(Chunked([raw[i : i + 1] for i in range(len(raw))])) as stream:
        events = list(stream)
    assert [type(e).__name__ for e in events] == ["NewMessageEvent", "InteractionCompleteEvent"]


def test_unknown_event_type_is_yielded_not_raised() -> None:
    future = {"type": "agent-thought-2027", "detail": {"x": 1}}
    with create(Chunked([ndjson(future, complete("ok"))])) as stream:
        events = list(stream)
    assert isinstance(events[0], UnknownEvent)
    assert events[0].type == "agent-thought-2027" and events[0].data["detail"] == {"x": 1}
    assert "agent-thought-2027" in repr(events[0])


def test_current_agent_action_and_user_message_events() -> None:
    action = {"type": "current-agent-action", "action": {"type": "dynamic-behavior-triggered", "x": 1}}
    user = {"type": "user-message-available", "message_id": MSG_ID, "user_message": "Hello"}
    with create(Chunked([ndjson(user, action, complete("ok"))])) as stream:
        events = list(stream)
    assert isinstance(events[0], UserMessageAvailableEvent) and stream.user_message is events[0]
    # an action shape this version cannot parse is informational: yielded, not raised
    assert isinstance(events[1], UnknownEvent) and events[1].type == "current-agent-action"
    assert not isinstance(events[1], CurrentAgentActionEvent)
    assert events[1].data == action  # what it said is kept, for the caller to read


def test_error_event_before_completion_rolls_back() -> None:
    err = {"type": "error", "http_error_code": 500, "error_description": "agent crashed"}
    body = Chunked([ndjson(piece("Hel", 0)), ndjson(err)])
    stream = create(body)
    got: List[object] = []
    with pytest.raises(TurnRolledBackError) as info:
        for event in stream:
            got.append(event)
    assert len(got) == 1
    assert info.value.code == 500 and info.value.message == "agent crashed"
    assert "rolled the turn back" in str(info.value)
    assert body.closed


def test_documented_error_event_shape_is_understood() -> None:
    err = {"type": "error", "code": 422, "message": "Request format mismatch"}
    with pytest.raises(TurnRolledBackError) as info:
        create(Chunked([ndjson(err)])).until_done()
    assert info.value.code == 422 and info.value.message == "Request format mismatch"


def test_error_after_completion_is_a_post_processing_error() -> None:
    err = {"type": "error", "http_error_code": 500, "error_description": "memory update failed"}
    stream = create(Chunked([ndjson(piece("Bye", 0), complete("Bye", ended=True), err)]))
    with pytest.raises(PostProcessingError) as info:
        stream.until_done()
    assert not isinstance(info.value, TurnRolledBackError)
    assert info.value.completed is stream.completed and stream.text == "Bye"
    assert "post-processing failed" in str(info.value)


def test_stream_ending_without_completion_raises() -> None:
    body = Chunked([ndjson({"type": "conversation-created", "conversation_id": CONVERSATION_ID}, piece("Hi", 0))])
    stream = create(body)
    with pytest.raises(IncompleteStreamError, match="2 event"):
        stream.until_done()
    assert stream.conversation_id == CONVERSATION_ID and body.closed


def test_end_session_counts_as_done() -> None:
    with create(Chunked([ndjson(piece("Bye", 0), {"type": "end-session"})])) as stream:
        events = list(stream)
    assert isinstance(events[-1], EndSessionEvent)
    assert stream.done and stream.conversation_ended


def test_conversation_completed_flag_means_ended() -> None:
    stream = create(Chunked([ndjson(complete("Goodbye", ended=True))])).until_done()
    assert stream.conversation_ended


@pytest.mark.parametrize("line", [b"not json\n", b"[1, 2]\n", b'{"type": "new-message"}\n'])
def test_bad_lines_raise_decode_errors_naming_the_line(line: bytes) -> None:
    with pytest.raises(StreamDecodeError, match="line 1"):
        create(Chunked([line, ndjson(complete("x"))])).until_done()


def test_break_closes_the_response() -> None:
    body = Chunked([ndjson(piece("a", 0)), ndjson(piece("b", 1)), ndjson(complete("ab"))])
    stream = create(body)
    for _event in stream:
        break
    assert body.closed
    assert body.delivered == 1


def test_context_manager_closes_unread_stream() -> None:
    body = Chunked([ndjson(piece("a", 0)), ndjson(complete("a"))])
    with create(body):
        pass
    assert body.closed and body.delivered == 0


def test_a_stream_is_one_pass_and_a_second_iteration_yields_nothing_more() -> None:
    # Issue 16 #3: a second iteration raised a bare RuntimeError; until_done() after a for loop too.
    body = Chunked(
        [
            ndjson({"type": "conversation-created", "conversation_id": CONVERSATION_ID}, piece("a", 0)),
            ndjson(complete("a")),
        ]
    )
    stream = create(body)
    assert len(list(stream)) == 3 and body.closed
    assert list(stream) == [] and stream.until_done() is stream
    assert stream.done and stream.text == "a" and stream.conversation_id == CONVERSATION_ID


def test_a_loop_that_breaks_ends_the_stream_and_one_iterator_continues() -> None:
    body = Chunked([ndjson(piece("a", 0)), ndjson(piece("b", 1)), ndjson(complete("ab"))])
    stream = create(body)
    for _event in stream:
        break
    assert stream.closed and body.closed and body.delivered == 1
    assert stream.until_done() is stream and not stream.done and list(stream) == []
    body = Chunked([ndjson(piece("a", 0)), ndjson(piece("b", 1)), ndjson(complete("ab"))])
    stream = create(body)
    events = iter(stream)
    first = next(events)
    assert isinstance(first, NewMessageEvent) and [type(e).__name__ for e in events] == [
        "NewMessageEvent",
        "InteractionCompleteEvent",
    ]
    assert stream.done and stream.text == "ab"


def test_connection_break_mid_stream_is_an_incomplete_stream() -> None:
    class Breaking(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield ndjson(piece("a", 0))
            raise httpx.ReadError("connection reset by peer")

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, stream=Breaking())

    stream = make_client(SignedIn(handle)).create_conversation(SERVICE_ID)
    with pytest.raises(IncompleteStreamError, match="connection broke after 1 event"):
        stream.until_done()


def test_voice_reply_yields_decoded_audio() -> None:
    import base64

    audio = [bytes(range(256)) * 4, b"\x00\x01" * 300]
    events = [
        {**piece(base64.b64encode(a).decode(), i), "transcript_alignment": [[0, "H"]]} for i, a in enumerate(audio)
    ]
    stream = create(Chunked([ndjson(*events, complete("Hello"))]), response_format="voice")
    assert list(stream.iter_audio()) == audio
    assert stream.text == "Hello"  # the transcript, not base64


# --------------------------------------------------------------------------- real socket


def test_first_event_reaches_the_caller_while_the_server_holds_the_rest(loopback: Loopback) -> None:
    """Incremental delivery: the server writes one event and waits until the test has seen it."""
    seen_first = threading.Event()
    outcome: List[str] = []

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
        h.send_response(201)
        h.send_header("Content-Type", "application/x-ndjson")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()

        def write(data: bytes) -> None:
            h.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            h.wfile.flush()

        write(ndjson({"type": "conversation-created", "conversation_id": CONVERSATION_ID}))
        outcome.append("released" if seen_first.wait(timeout=10) else "timed out")
        write(ndjson(piece("Hi", 0), complete("Hi")))
        h.wfile.write(b"0\r\n\r\n")
        h.wfile.flush()

    server = loopback(handle)
    client = AmigoClient(
        api_key="secret-api-key", api_key_id="key-id", user_id="user-1", organization_id=ORG, base_url=server.base_url
    )
    with client, client.create_conversation(SERVICE_ID) as stream:
        iterator = iter(stream)
        first = next(iterator)
        assert isinstance(first, ConversationCreatedEvent)
        assert outcome == []  # the server is still holding the rest back
        seen_first.set()
        rest = list(iterator)
    assert outcome == ["released"]
    assert [type(e).__name__ for e in rest] == ["NewMessageEvent", "InteractionCompleteEvent"]
