"""What a failed or closed session tells the caller, and what it never shows: the token the
handshake carries (in errors, refusal bodies, close reasons and the WebSocket library's log
lines), the answer of a server that does not switch protocols, and the code, reason and turn of
a close as the calls made after it report them."""

from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, Generator, Iterator, List, Optional, Tuple, Type

import httpx
import pytest

from amigo_client import (
    AmigoClient,
    AmigoError,
    APIStatusError,
    BadRequestError,
    ConfigurationError,
    PermissionDeniedError,
    RealtimeClosedError,
    UnexpectedResponseError,
)
from amigo_client._errors import REDACTED
from amigo_client._realtime import PROTOCOL_PREFIX
from amigo_emulator.testing import Emulator

from .support import realtime

SERVICE = "65f0000000000000000000a1"  # any well-formed id: these servers never read it


# -- the token -----------------------------------------------------------------------------------


def test_a_refusal_that_echoes_the_token_hides_it_and_keeps_the_answer(emu: Emulator) -> None:
    token = emu.sign_in()
    realtime(emu, refuse_handshake={"status": 403, "detail": f"the token {token} may not do this"})
    with AmigoClient(token=token, organization_id=emu.organization, base_url=emu.base_url) as client:
        with pytest.raises(PermissionDeniedError) as refused:
            client.realtime.connect(service_id=emu.service_ids[0])
    error = refused.value
    for shown in (str(error), error.body, error.response.text):
        assert token not in shown and REDACTED in shown
    assert error.response.headers["content-type"] == "application/json"  # the answer's own headers
    assert (error.method, error.status_code) == ("GET", 403)


class _HeaderAuth(httpx.Auth):
    """An auth flow of the caller's own, putting ``value`` (None: nothing) in Authorization."""

    def __init__(self, value: Optional[str]) -> None:
        self.value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.value is not None:
            request.headers["Authorization"] = self.value
        yield request


@pytest.mark.parametrize(
    ("authorization", "said"),
    [
        (None, "gave none"),
        ("Basic dXNlcjpzM2NyM3Q=", "of scheme 'Basic'"),
        ("Bearer ", "of scheme 'Bearer'"),
    ],
    ids=["no-authorization", "basic", "bearer-without-a-token"],
)
def test_an_auth_flow_that_gives_no_bearer_token_is_refused_before_connecting(
    emu: Emulator, authorization: Optional[str], said: str
) -> None:
    client = AmigoClient(token="unused", organization_id=emu.organization, base_url=emu.base_url)
    client.auth = _HeaderAuth(authorization)
    with pytest.raises(ConfigurationError, match="needs a bearer token") as refused:
        client.realtime.connect(service_id=emu.service_ids[0])
    assert said in str(refused.value) and "dXNlcjpzM2NyM3Q" not in str(refused.value)
    assert "converse-realtime" not in emu.stats()["requests"]


def test_a_token_a_subprotocol_cannot_carry_is_refused_without_showing_it(emu: Emulator) -> None:
    token = "abc/def=="  # visible ASCII (a valid header value) but not an RFC 7230 token
    with AmigoClient(token=token, organization_id=emu.organization, base_url=emu.base_url) as client:
        with pytest.raises(ConfigurationError, match="subprotocol cannot carry") as refused:
            client.realtime.connect(service_id=emu.service_ids[0])
    assert token not in str(refused.value)
    assert "converse-realtime" not in emu.stats()["requests"]


def test_the_websocket_librarys_warnings_are_passed_on_without_the_token(
    emu: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    """The logger the session hands to the WebSocket library (as the library calls it): below
    WARNING nothing is passed on; at WARNING and above the line is formatted here, the token (and
    anything shaped like the subprotocol) removed, and no traceback attached."""
    token = emu.sign_in()
    caplog.set_level(logging.DEBUG)
    with AmigoClient(token=token, organization_id=emu.organization, base_url=emu.base_url) as client:
        with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
            library = session._ws.logger  # what websockets logs through
            caplog.clear()
            library.debug("> TEXT %s", token)
            library.info("< TEXT %s", token)
            library.warning("skipped: %s (%d)", f"{PROTOCOL_PREFIX}{token}", 3)
            library.error("offered %s", f"{PROTOCOL_PREFIX}someone-elses-token")
            library.error("%d", "not a number")  # a line that does not format: kept as written
            try:
                raise RuntimeError(f"failed with {token}")
            except RuntimeError:
                library.error("internal error", exc_info=True)
                library.exception("internal error again")
            passed = [(r.name, r.levelno, r.getMessage(), r.exc_info) for r in caplog.records]
    name = "amigo_client.websocket"
    assert [(n, level) for n, level, _, _ in passed] == [
        (name, logging.WARNING),
        (name, logging.ERROR),
        (name, logging.ERROR),
        (name, logging.ERROR),
        (name, logging.ERROR),
    ]
    messages = [message for _, _, message, _ in passed]
    assert messages[0].startswith("skipped: ") and messages[0].endswith(" (3)") and REDACTED in messages[0]
    assert messages[1:] == [f"offered {PROTOCOL_PREFIX}{REDACTED}", "%d", "internal error", "internal error again"]
    assert not [message for message in messages if token in message]
    assert [exc_info for _, _, _, exc_info in passed] == [None] * 5


# -- a server that does not switch protocols -----------------------------------------------------


class _PlainServer:
    """Answers every request with one HTTP status, body and headers (never 101), and keeps the
    headers of the requests it got."""

    def __init__(self, status: int, body: bytes, headers: Dict[str, str]) -> None:
        self.requests: List[Dict[str, str]] = []
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # what a WebSocket client accepts an answer in

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                requests.append({k.lower(): v for k, v in self.headers.items()})
                self.send_response(status)
                for name, value in {**headers, "Content-Length": str(len(body))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def plain() -> Iterator[List[_PlainServer]]:
    servers: List[_PlainServer] = []
    yield servers
    for server in servers:
        server.close()


@pytest.mark.parametrize(
    ("status", "body", "headers", "raised"),
    [
        (200, b"<html>a web page</html>", {"Content-Type": "text/html"}, UnexpectedResponseError),
        (307, b"", {"Location": "/v1/acme/conversation/converse_realtime?again=1"}, UnexpectedResponseError),
        (400, b'{"detail": "bad upgrade"}', {"Content-Type": "application/json"}, BadRequestError),
        (403, b"", {"X-Request-Id": "req-7"}, PermissionDeniedError),
    ],
    ids=["200-a-web-page", "307-a-redirect-to-the-same-place", "400-refused", "403-without-a-body"],
)
def test_an_answer_that_does_not_switch_protocols_is_a_typed_error(
    plain: List[_PlainServer], status: int, body: bytes, headers: Dict[str, str], raised: Type[AmigoError]
) -> None:
    server = _PlainServer(status, body, headers)
    plain.append(server)
    with AmigoClient(token="tok-Zq7", organization_id="acme", base_url=server.url) as client:
        with pytest.raises(AmigoError) as caught:
            client.realtime.connect(service_id=SERVICE, response_format="text")
    error = caught.value
    assert type(error) is raised
    assert "tok-Zq7" not in str(error)
    if raised is UnexpectedResponseError:
        # A 2xx or 3xx is no refusal: the base URL points at something else than the API.
        assert f"HTTP {status}" in str(error) and "101" in str(error)
        assert "/v1/acme/conversation/converse_realtime" in str(error)
    else:
        assert isinstance(error, APIStatusError)
        assert error.body == body.decode()
        assert error.request_id == headers.get("X-Request-Id")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_not_followed_so_the_token_goes_nowhere_else(plain: List[_PlainServer], status: int) -> None:
    """websockets 17 follows a redirect itself, to any origin, offering the subprotocol (the
    token) again: the SDK stops at the redirect, as its REST calls do."""
    elsewhere = _PlainServer(403, b"", {})
    plain.append(elsewhere)
    port = elsewhere.url.rsplit(":", 1)[1]
    api = _PlainServer(status, b"", {"Location": f"ws://localhost:{port}/collect"})  # another origin
    plain.append(api)
    with AmigoClient(token="tok-Zq7", organization_id="acme", base_url=api.url) as client:
        with pytest.raises(UnexpectedResponseError, match=f"HTTP {status}"):
            client.realtime.connect(service_id=SERVICE, response_format="text")
    assert len(api.requests) == 1 and api.requests[0]["sec-websocket-protocol"] == f"{PROTOCOL_PREFIX}tok-Zq7"
    assert elsewhere.requests == []


# -- closes --------------------------------------------------------------------------------------


def _closed_mid_turn(client: AmigoClient, emu: Emulator, code: int, reason: str) -> Tuple[Any, Any]:
    """A session the server closes with ``code``/``reason`` in the middle of a reply: the error
    of the turn, and the error of a send after it."""
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        realtime(emu, close={"after_messages": 2, "code": code, "reason": reason})
        session.send_text("How can I reset my password?")
        with pytest.raises(RealtimeClosedError) as during:
            session.until_done()
        with pytest.raises(RealtimeClosedError) as after:
            session.send_text("are you there?")
        assert (session.close_code, session.close_reason) == (code, reason)
    return during.value, after.value


def test_a_close_mid_turn_is_reported_by_the_turn_and_by_the_next_send(client: AmigoClient, emu: Emulator) -> None:
    during, after = _closed_mid_turn(client, emu, 4321, "emulated crash")
    assert (during.code, during.reason, during.during_turn) == (4321, "emulated crash", True)
    assert "4321: emulated crash" in str(during) and "may not have been saved" in str(during)
    # The send after it: the same close, and what could not be done.
    assert (after.code, after.reason, after.during_turn) == (4321, "emulated crash", True)
    assert "cannot send" in str(after) and "4321" in str(after)


def test_a_close_without_a_reason_has_an_empty_reason(client: AmigoClient, emu: Emulator) -> None:
    during, after = _closed_mid_turn(client, emu, 4322, "")
    assert (during.code, during.reason) == (4322, "")
    assert (after.code, after.reason) == (4322, "")


def test_a_close_between_turns_says_so(client: AmigoClient, emu: Emulator) -> None:
    realtime(emu, close_codes={"idle_timeout": 4999})
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        realtime(emu, idle_timeout_ms=300)
        with pytest.raises(RealtimeClosedError) as closed:
            for _ in session:
                pass
    assert closed.value.during_turn is False
    assert "between turns" in str(closed.value) and "may not have been saved" not in str(closed.value)


def test_a_connection_lost_without_a_close_frame_is_1006_on_the_session_too(client: AmigoClient, emu: Emulator) -> None:
    with client.realtime.connect(service_id=emu.service_ids[0], response_format="text") as session:
        session.until_done()
        realtime(emu, drop={"after_messages": 1})
        session.send_text("How can I reset my password?")
        with pytest.raises(RealtimeClosedError) as closed:
            session.until_done()
        assert session.close_code == 1006 and session.close_reason
    assert closed.value.code == 1006 and closed.value.reason == session.close_reason
