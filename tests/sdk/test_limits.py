"""What a bad or compromised server can make the client hold in memory (issue 15 §3).

An NDJSON line that never ends is refused at ``max_line_bytes`` (16 MiB by default) with a
StreamDecodeError instead of being buffered whole; ``max_response_bytes`` refuses a larger JSON
(or any other) answer with a ResponseTooLargeError, by its Content-Length or by counting the
decoded bytes. Real sockets (a loopback server); the assertions are on the error and on the
memory allocated while reading (tracemalloc), never on time.
"""

from __future__ import annotations

import gzip
import http.server
import json
import tracemalloc
import zlib
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional

import httpx
import pytest

from amigo_client import (
    AmigoClient,
    AmigoError,
    ConfigurationError,
    EventStream,
    NotFoundError,
    ResponseTooLargeError,
    StreamDecodeError,
    UnexpectedResponseError,
)
from sdkutil import ORG, SERVICE_ID, SIGN_IN_PATH, LoopbackServer, SignedIn, make_client, sign_in_response

MiB = 1024 * 1024
Loopback = Callable[[Callable[[http.server.BaseHTTPRequestHandler], None]], LoopbackServer]
PAGE = {"services": [], "has_more": False, "continuation_token": None, "filter_values": {"tags": []}}


def signed_in(h: http.server.BaseHTTPRequestHandler) -> bool:
    """Answer the sign-in request; True when it was one."""
    if h.path != SIGN_IN_PATH:
        return False
    body = sign_in_response().content
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)
    return True


def endless_line(total: int, sent: List[int]) -> Callable[[http.server.BaseHTTPRequestHandler], None]:
    """A server whose stream is ``total`` bytes of one line without a newline, sent in 64 KiB
    chunks; ``sent`` gets the bytes it managed to write before the client hung up."""

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        if signed_in(h):
            return
        h.rfile.read(int(h.headers.get("Content-Length", 0)))
        h.send_response(201)
        h.send_header("Content-Type", "application/x-ndjson")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        chunk = b'{"type": "new-message", "message": "' + b"a" * (64 * 1024 - 36)
        written = 0
        try:
            while written < total:
                h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                written += len(chunk)
                chunk = b"a" * (64 * 1024)
            h.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass
        sent.append(written)

    return handle


def client_of(server: LoopbackServer, **kwargs: Any) -> AmigoClient:
    return AmigoClient(
        api_key="secret-api-key",
        api_key_id="key-id",
        user_id="user-1",
        organization_id=ORG,
        base_url=server.base_url,
        **kwargs,
    )


def peak_while(action: Callable[[], None]) -> int:
    """Bytes allocated at the peak while ``action`` runs (above what was allocated before). It
    runs once before, so the modules the SDK imports on first use are not counted."""
    action()
    tracemalloc.start()  # (a fresh start: the peak counts from here)
    try:
        base = tracemalloc.get_traced_memory()[0]
        action()
        return tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


# -- a stream line that never ends -----------------------------------------------------


@pytest.mark.operations("create-conversation")
def test_a_line_without_newline_is_refused_at_max_line_bytes_holding_no_more(loopback: Loopback) -> None:
    sent: List[int] = []
    server = loopback(endless_line(64 * MiB, sent))
    caught: List[StreamDecodeError] = []

    def read() -> None:
        with client_of(server, max_line_bytes=1 * MiB) as client, client.create_conversation(SERVICE_ID) as stream:
            with pytest.raises(StreamDecodeError) as error:
                stream.until_done()
            caught.append(error.value)

    peak = peak_while(read)
    assert "longer than max_line_bytes (1,048,576 bytes)" in str(caught[0])
    assert peak < 4 * MiB, f"{peak / MiB:.1f} MiB held for a 1 MiB line limit"


@pytest.mark.operations("create-conversation")
def test_the_default_line_limit_is_16_mib(loopback: Loopback) -> None:
    sent: List[int] = []
    server = loopback(endless_line(40 * MiB, sent))
    caught: List[StreamDecodeError] = []

    def read() -> None:
        with client_of(server) as client, client.create_conversation(SERVICE_ID) as stream:
            with pytest.raises(StreamDecodeError) as error:
                stream.until_done()
            caught.append(error.value)

    peak = peak_while(read)
    assert "longer than max_line_bytes (16,777,216 bytes)" in str(caught[0])
    assert peak < 24 * MiB, f"{peak / MiB:.1f} MiB held for the 16 MiB line limit"


def piece(text: str) -> bytes:
    event = {
        "type": "new-message",
        "message": text,
        "transcript_alignment": None,
        "stop": False,
        "sequence_number": 0,
        "message_id": "67d871c23eb91293ecfae8b2",
    }
    return json.dumps(event).encode()


COMPLETE = b'{"type": "interaction-complete", "message_id": "m", "interaction_id": "i", "full_message": "", "conversation_completed": false}'


def stream_of_chunks(chunks: List[bytes], limit: int) -> EventStream:
    class Body(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield from chunks

    client = make_client(SignedIn(lambda request: httpx.Response(201, stream=Body())), max_line_bytes=limit)
    return client.create_conversation(SERVICE_ID)


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize("split", [None, 1, 7, 50])
def test_the_line_limit_is_exact_wherever_the_chunks_are_cut(split: Optional[int]) -> None:
    line = piece("x" * 100)
    limit = len(line)
    data = line + b"\n" + COMPLETE + b"\n"
    chunks = [data] if split is None else [data[i : i + split] for i in range(0, len(data), split)]
    assert stream_of_chunks(chunks, max(limit, len(COMPLETE))).until_done().text == "x" * 100
    longer = piece("x" * 101) + b"\n" + COMPLETE + b"\n"
    chunks = [longer] if split is None else [longer[i : i + split] for i in range(0, len(longer), split)]
    with pytest.raises(StreamDecodeError, match="longer than max_line_bytes"):
        stream_of_chunks(chunks, max(limit, len(COMPLETE))).until_done()


@pytest.mark.parametrize("value", [0, -1, 1.5, "16MiB", None, True])
def test_max_line_bytes_must_be_a_positive_byte_count(value: Any) -> None:
    with pytest.raises(ConfigurationError, match="^max_line_bytes must be a number of bytes > 0"):
        AmigoClient(token="t", organization_id="o", max_line_bytes=value)


@pytest.mark.parametrize("value", [0, -1, 1.5, "1MiB", True])
def test_max_response_bytes_must_be_a_positive_byte_count_or_none(value: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"^max_response_bytes must be a number of bytes > 0 \(or None"):
        AmigoClient(token="t", organization_id="o", max_response_bytes=value)


# -- a JSON answer larger than max_response_bytes --------------------------------------


def json_answer(
    body: bytes, *, status: int = 200, length: bool = True, encoding: Optional[str] = None
) -> Callable[[http.server.BaseHTTPRequestHandler], None]:
    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        if signed_in(h):
            return
        h.rfile.read(int(h.headers.get("Content-Length", 0)))
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        if encoding:
            h.send_header("Content-Encoding", encoding)
        try:
            if length:
                h.send_header("Content-Length", str(len(body)))
                h.end_headers()
                h.wfile.write(body)
            else:
                h.send_header("Transfer-Encoding", "chunked")
                h.end_headers()
                for i in range(0, len(body), 64 * 1024):
                    part = body[i : i + 64 * 1024]
                    h.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                h.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass

    return handle


def first_tag(client: AmigoClient) -> str:
    filter_values = client.service.get_services().data.filter_values
    assert filter_values is not None
    return filter_values.tags[0]


def big_page(size: int) -> bytes:
    """A get-services page whose JSON is about ``size`` bytes (one long tag filter value)."""
    return json.dumps({**PAGE, "filter_values": {"tags": ["v" * size]}}).encode()


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("length", [True, False], ids=["content-length", "chunked"])
def test_a_json_answer_larger_than_max_response_bytes_is_refused_unread(loopback: Loopback, length: bool) -> None:
    server = loopback(json_answer(big_page(32 * MiB), length=length))
    caught: List[ResponseTooLargeError] = []

    def call() -> None:
        with client_of(server, max_response_bytes=1 * MiB) as client:
            with pytest.raises(ResponseTooLargeError) as error:
                client.service.get_services()
            caught.append(error.value)

    peak = peak_while(call)
    error = caught[0]
    assert isinstance(error, AmigoError) and error.status_code == 200 and error.limit == MiB
    assert error.size == (len(big_page(32 * MiB)) if length else None)
    assert "larger than max_response_bytes (1,048,576 bytes)" in str(error) and "/service/" in str(error)
    # the declared size is named when there is one (the body was not counted to its end otherwise)
    declared = f"(Content-Length {len(big_page(32 * MiB)):,})"
    assert (declared in str(error)) is length and ("Content-Length" in str(error)) is length
    assert peak < 4 * MiB, f"{peak / MiB:.1f} MiB held for a 1 MiB response limit"


@pytest.mark.operations("get-services")
def test_a_compressed_answer_is_counted_as_it_expands(loopback: Loopback) -> None:
    bomb = gzip.compress(big_page(64 * MiB))  # about 64 KiB on the wire
    server = loopback(json_answer(bomb, encoding="gzip"))
    caught: List[ResponseTooLargeError] = []

    def call() -> None:
        with client_of(server, max_response_bytes=1 * MiB) as client:
            with pytest.raises(ResponseTooLargeError) as error:
                client.service.get_services()
            caught.append(error.value)

    peak = peak_while(call)
    assert caught[0].size is None and peak < 8 * MiB, f"{peak / MiB:.1f} MiB held"


@pytest.mark.operations("get-user-model")
def test_an_error_answer_is_read_under_the_limit_too(loopback: Loopback) -> None:
    server = loopback(json_answer(json.dumps({"detail": "x" * (4 * MiB)}).encode(), status=404, length=False))
    with client_of(server, max_response_bytes=MiB) as client:
        with pytest.raises(ResponseTooLargeError) as error:
            client.user.get_user_model("65f000000000000000000001")
    assert error.value.status_code == 404


@pytest.mark.operations("create-webhook-destination")
def test_a_post_answer_is_read_under_the_limit(loopback: Loopback) -> None:
    answer = json.dumps({"webhook_destination_id": "65f0000000000000000000c1", "secret": "s" * (2 * MiB)}).encode()
    server = loopback(json_answer(answer, status=201, length=False))
    with client_of(server, max_response_bytes=MiB) as client:
        with pytest.raises(ResponseTooLargeError):
            client.webhook_destination.create_webhook_destination(url="https://hooks.example", accepted_types=[])


@pytest.mark.operations("get-services", "get-user-model")
def test_answers_within_the_limit_and_without_one_are_read_whole(loopback: Loopback) -> None:
    server = loopback(json_answer(big_page(3 * MiB), length=False))
    with client_of(server, max_response_bytes=4 * MiB) as client:
        assert len(first_tag(client)) == 3 * MiB
        raw = client.with_raw_response.service.get_services()
        assert raw.status_code == 200 and len(raw.http_response.content) > 3 * MiB
    with client_of(server) as client:  # no limit by default
        assert client.service.get_services().data.services == []
    missing = loopback(json_answer(json.dumps({"detail": "no such user"}).encode(), status=404))
    with client_of(missing, max_response_bytes=MiB) as client:
        with pytest.raises(NotFoundError, match="no such user"):
            client.user.get_user_model("65f000000000000000000001")


@pytest.mark.operations("create-conversation")
def test_the_streams_of_a_limited_client_still_stream(loopback: Loopback) -> None:
    lines = b"".join(piece("hi") + b"\n" for _ in range(3)) + COMPLETE + b"\n"

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        if signed_in(h):
            return
        h.rfile.read(int(h.headers.get("Content-Length", 0)))
        h.send_response(201)
        h.send_header("Content-Type", "application/x-ndjson")
        h.send_header("Content-Length", str(len(lines)))
        h.end_headers()
        h.wfile.write(lines)

    server = loopback(handle)
    with client_of(server, max_response_bytes=16) as client:  # a stream is limited per line, not as a whole
        assert client.create_conversation(SERVICE_ID).until_done().text == "hihihi"


@pytest.mark.operations("create-conversation")
def test_sizes_in_the_settings_reach_the_stream() -> None:
    data: Dict[str, Any] = {}
    stream = stream_of_chunks([piece("abc") + b"\n" + COMPLETE + b"\n"], 4096)
    data["limit"] = stream._max_line_bytes
    assert data == {"limit": 4096}


@pytest.mark.operations("get-services")
@pytest.mark.parametrize(
    "wbits, encoding",
    [(zlib.MAX_WBITS, "deflate"), (-zlib.MAX_WBITS, "deflate"), (zlib.MAX_WBITS | 16, "gzip")],
    ids=["zlib", "raw-deflate", "gzip"],
)
def test_compressed_answers_within_the_limit_are_decoded(loopback: Loopback, wbits: int, encoding: str) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    body = packer.compress(big_page(2 * MiB)) + packer.flush()
    server = loopback(json_answer(body, encoding=encoding, length=False))
    with client_of(server, max_response_bytes=3 * MiB) as client:
        assert len(first_tag(client)) == 2 * MiB


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("limit", [None, 4 * MiB])
def test_a_body_its_encoding_does_not_describe_is_a_typed_error(loopback: Loopback, limit: Optional[int]) -> None:
    server = loopback(json_answer(b"this is not gzip at all", encoding="gzip"))
    with client_of(server, max_response_bytes=limit, max_retries=0) as client:
        with pytest.raises(UnexpectedResponseError, match="cannot be decoded"):
            client.service.get_services()


@pytest.mark.operations("get-services")
def test_an_encoding_the_client_did_not_ask_for_is_refused_under_a_limit(loopback: Loopback) -> None:
    asked: List[str] = []

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        asked.append(h.headers.get("Accept-Encoding", ""))
        json_answer(b"\x00\x01", encoding="br")(h)

    server = loopback(handle)
    with client_of(server, max_response_bytes=MiB) as client:
        with pytest.raises(UnexpectedResponseError, match="'br' cannot be read under max_response_bytes"):
            client.service.get_services()
    assert asked[-1] == "gzip, deflate"


@pytest.mark.operations("get-prompt-logs")
def test_a_binary_answer_streams_whole_but_is_read_into_memory_only_under_the_limit(
    loopback: Loopback, tmp_path: Path
) -> None:
    archive = b"PK" + b"z" * (2 * MiB)

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        if signed_in(h):
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/zip")
        h.send_header("Transfer-Encoding", "chunked")
        h.send_header("Connection", "close")
        h.end_headers()
        try:
            for i in range(0, len(archive), 64 * 1024):
                part = archive[i : i + 64 * 1024]
                h.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            h.wfile.write(b"0\r\n\r\n")
        except OSError:
            pass

    server = loopback(handle)
    with client_of(server, max_response_bytes=MiB) as client:
        with pytest.raises(ResponseTooLargeError):
            client.admin.get_prompt_logs(prompt_log_prefix="p").read()
        saved = client.admin.get_prompt_logs(prompt_log_prefix="p").write_to(tmp_path / "logs.zip")
    assert saved.read_bytes() == archive  # streamed to the file: the limit is on memory, not on files
