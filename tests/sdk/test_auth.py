"""Token handling: API-key sign-in, reuse, refresh ahead of expiry, 401 refresh-and-replay,
single-flight sign-in across threads, fixed and callable tokens, and secrets kept out of reprs
and error messages. The file cache shared across processes is in test_token_cache.py."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import json
import threading
import time
import types
from typing import IO, Any, Callable, Dict, Iterator, List, Optional, Set, cast

import httpx
import pytest

import amigo_client._auth as auth_module
from amigo_client import (
    AmigoClient,
    AmigoError,
    APIKeyAuth,
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    PermissionDeniedError,
    RateLimitError,
    StaticTokenAuth,
)
from amigo_client._auth import Token
from amigo_client.api.service import get_services
from sdkutil import CONVERSATION_ID, ORG, SIGN_IN_PATH, as_sent, make_client

API_KEY = "secret-api-key"
PAGE = {"services": [], "has_more": False, "continuation_token": None, "filter_values": {"tags": []}}
WAV_CONFIG = {"type": "pcm", "frame_rate": 16000, "n_channels": 1, "sample_width": 2}


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    for name in ("AMIGO_API_KEY", "AMIGO_API_KEY_ID", "AMIGO_USER_ID", "AMIGO_ORGANIZATION_ID", "AMIGO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).isoformat()


def assert_clean(exc: BaseException, *secrets: str) -> None:
    """No secret in the exception's message, repr or body."""
    for secret in (API_KEY, *secrets):
        assert secret not in str(exc)
        assert secret not in repr(exc)
        assert secret not in str(getattr(exc, "body", ""))


class Clock:
    """A controllable wall clock installed as the auth module's ``time``."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(auth_module, "time", types.SimpleNamespace(time=fake))
    return fake


class TokenServer:
    """A MockTransport handler: sign-in issues tok-1, tok-2, ...; any other request succeeds
    only when its bearer token is currently valid (``revoke()`` invalidates every issued one)."""

    def __init__(self, ttl: float = 3600.0, clock: Callable[[], float] = time.time) -> None:
        self.ttl = ttl
        self.clock = clock
        self.sign_in_requests: List[httpx.Request] = []
        self.requests: List[httpx.Request] = []
        self.bodies: List[bytes] = []
        self.auth_headers: List[str] = []  # as received (a replay re-sends the same Request object)
        self.valid: Set[str] = set()
        self.sign_in_answer: Optional[httpx.Response] = None

    @property
    def sign_ins(self) -> int:
        return len(self.sign_in_requests)

    def revoke(self) -> None:
        self.valid.clear()

    def bearers(self) -> List[str]:
        return list(self.auth_headers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        if request.url.path == SIGN_IN_PATH:
            self.sign_in_requests.append(as_sent(request))
            if self.sign_in_answer is not None:
                return self.sign_in_answer
            token = f"tok-{self.sign_ins}"
            self.valid.add(token)
            return httpx.Response(200, json={"id_token": token, "expires_at": iso(self.clock() + self.ttl)})
        self.requests.append(as_sent(request))
        self.bodies.append(body)
        header = request.headers.get("authorization", "")
        self.auth_headers.append(header)
        if not header.startswith("Bearer ") or header[len("Bearer ") :] not in self.valid:
            return httpx.Response(401, json={"detail": "Invalid or expired token"})
        if request.url.path.endswith("/service/"):
            return httpx.Response(200, json=PAGE)
        return httpx.Response(200, json={"ok": True})


# -- sign-in and reuse --------------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_sign_in_request_has_the_three_headers_and_no_authorization() -> None:
    server = TokenServer()
    with make_client(server, api_key=API_KEY, api_key_id="key-id", user_id="user-1") as client:
        client.call(get_services)
    assert server.sign_ins == 1
    sign_in = server.sign_in_requests[0]
    assert sign_in.method == "POST"
    assert sign_in.url.path == f"/v1/{ORG}/user/signin_with_api_key"
    assert sign_in.headers["x-api-key"] == API_KEY
    assert sign_in.headers["x-api-key-id"] == "key-id"
    assert sign_in.headers["x-user-id"] == "user-1"
    assert "authorization" not in sign_in.headers
    # ... and the API key travels on the sign-in only, never on API calls.
    assert [r.url.path for r in server.requests] == [f"/v1/{ORG}/service/"]
    assert "x-api-key" not in server.requests[0].headers
    assert server.requests[0].headers["authorization"] == "Bearer tok-1"


@pytest.mark.operations("get-services")
def test_one_sign_in_serves_many_calls() -> None:
    server = TokenServer()
    with make_client(server) as client:
        for _ in range(5):
            client.call(get_services)
        client._http.post("/anything", content=b"x")
    assert server.sign_ins == 1
    assert server.bearers() == ["Bearer tok-1"] * 6
    assert isinstance(client.auth, APIKeyAuth) and client.auth.sign_ins == 1


@pytest.mark.operations("get-services")
def test_token_is_refreshed_ahead_of_its_expiry(clock: Clock) -> None:
    server = TokenServer(ttl=3600.0, clock=clock)
    with make_client(server, refresh_margin=60.0) as client:
        client.call(get_services)
        expires = clock.now + 3600.0
        clock.now = expires - 61.0  # still outside the margin: reused
        client.call(get_services)
        assert server.sign_ins == 1
        clock.now = expires - 59.0  # inside the margin, not yet expired: refreshed now
        client.call(get_services)
        assert server.sign_ins == 2
        client.call(get_services)
    assert server.sign_ins == 2
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2", "Bearer tok-2"]


@pytest.mark.operations("get-services")
def test_short_lived_token_margin_is_capped_at_half_its_lifetime(clock: Clock) -> None:
    # A 10 s token with a 60 s margin would otherwise be stale at once and sign in on every call.
    server = TokenServer(ttl=10.0, clock=clock)
    with make_client(server, refresh_margin=60.0) as client:
        start = clock.now
        client.call(get_services)
        clock.now = start + 4.0
        client.call(get_services)
        assert server.sign_ins == 1
        clock.now = start + 6.0  # past half its life (5 s): refreshed, 4 s before it expires
        client.call(get_services)
    assert server.sign_ins == 2
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]


def test_a_token_living_under_a_second_is_still_used_for_half_its_life(clock: Clock) -> None:
    """The margin is half the lifetime however short it is: a 0.4 s token serves calls made
    within 0.2 s rather than signing in on every call."""
    server = TokenServer(ttl=0.4, clock=clock)
    with make_client(server, refresh_margin=60.0) as client:
        client.call(get_services)
        clock.now += 0.1
        client.call(get_services)
    assert server.sign_ins == 1
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1"]


@pytest.mark.operations("get-services")
def test_expired_token_is_never_sent(clock: Clock) -> None:
    server = TokenServer(ttl=600.0, clock=clock)
    with make_client(server, refresh_margin=0.0) as client:
        client.call(get_services)
        clock.now += 600.0  # exactly at expires_at
        client.call(get_services)
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-2"]


def test_negative_refresh_margin_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="refresh_margin"):
        make_client(TokenServer(), refresh_margin=-1.0)


# -- 401: refresh once, replay once -------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_401_refreshes_once_and_replays_with_the_new_token() -> None:
    server = TokenServer()
    with make_client(server) as client:
        client.call(get_services)
        server.revoke()  # tok-1 is now refused; only a new sign-in helps
        response = client._http.post("/echo", content=b"payload")
    assert response.status_code == 200
    assert server.sign_ins == 2
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]
    assert server.bodies[1:] == [b"payload", b"payload"]  # the replay carried the same body
    assert isinstance(client.auth, APIKeyAuth) and client.auth.sign_ins == 2  # each sign-in counted


@pytest.mark.operations("get-services")
def test_401_replays_a_multipart_upload_from_a_seekable_file() -> None:
    server = TokenServer()
    with make_client(server) as client:
        client.call(get_services)
        server.revoke()
        upload = io.BytesIO(b"RIFF-audio-bytes")
        response = client._http.post("/upload", files={"f": ("a.wav", upload, "audio/wav")})
    assert response.status_code == 200
    assert server.sign_ins == 2
    first, replay = server.bodies[1:]
    assert b"RIFF-audio-bytes" in first and first == replay  # rewound, sent whole both times


@pytest.mark.operations("get-services")
def test_a_second_401_after_the_replay_surfaces_authentication_error() -> None:
    server = TokenServer()

    def never_valid(request: httpx.Request) -> httpx.Response:
        response = server(request)
        server.valid.clear()  # every token is refused, even a fresh one
        return response

    with make_client(never_valid) as client, pytest.raises(AuthenticationError) as caught:
        client.call(get_services)
    assert caught.value.status_code == 401
    assert server.sign_ins == 2  # one sign-in, one refresh: no loop
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-2"]
    assert_clean(caught.value, "tok-1", "tok-2")


@pytest.mark.operations("get-services")
def test_a_generator_body_is_not_replayed_and_the_error_says_why() -> None:
    server = TokenServer()

    def chunks() -> Iterator[bytes]:
        yield b"part-1,"
        yield b"part-2"

    with make_client(server) as client:
        client.call(get_services)
        server.revoke()
        with pytest.raises(AuthenticationError) as caught:
            client._http.post("/upload", content=chunks())
        message = str(caught.value)
        assert "401" in message and "cannot be replayed" in message and "non-seekable" in message
        assert_clean(caught.value, "tok-1", "tok-2")
        assert [r.url.path for r in server.requests[1:]] == [f"/v1/{ORG}/upload"]  # seen once
        assert server.bodies[1] == b"part-1,part-2"
        # The fresh token was obtained, so sending again works without another sign-in.
        client.call(get_services)
    assert server.sign_ins == 2
    assert server.bearers()[-1] == "Bearer tok-2"


def read_body(h: http.server.BaseHTTPRequestHandler) -> bytes:
    """The request body, sent with Content-Length or chunked."""
    if (h.headers.get("Transfer-Encoding") or "").lower() != "chunked":
        return h.rfile.read(int(h.headers.get("Content-Length") or 0))
    body = b""
    while True:
        size = int(h.rfile.readline().split(b";")[0], 16)
        body += h.rfile.read(size)
        h.rfile.readline()
        if size == 0:
            return body


def test_a_generator_body_over_a_real_connection_is_sent_once(loopback: Any) -> None:
    seen: List[Any] = []
    sign_ins: List[int] = []

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        body = read_body(h)
        if h.path == SIGN_IN_PATH:
            sign_ins.append(1)
            LoopbackTokens.reply(h, 200, {"id_token": f"tok-{len(sign_ins)}", "expires_at": iso(time.time() + 600)})
        else:
            seen.append((h.headers.get("Authorization"), body))
            LoopbackTokens.reply(h, 401, {"detail": "Invalid token"})

    def chunks() -> Iterator[bytes]:
        yield b"streamed-"
        yield b"once"

    server = start(loopback, handle)
    with loopback_client(server.base_url) as client, pytest.raises(AuthenticationError) as caught:
        client._http.post("/upload", content=chunks())
    assert "cannot be replayed" in str(caught.value)
    assert seen == [("Bearer tok-1", b"streamed-once")]
    assert len(sign_ins) == 2  # the refresh happened, so the caller's next attempt can succeed
    assert_clean(caught.value, "tok-1", "tok-2")


class NonSeekable(io.RawIOBase):
    """A binary stream that can be read once (a pipe, a socket, a live recording)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._data.readinto(buffer)


@pytest.mark.operations("get-services", "interact-with-conversation")
def test_a_voice_turn_streamed_from_a_non_seekable_source_is_not_replayed() -> None:
    server = TokenServer()
    with make_client(server) as client:
        client.call(get_services)
        server.revoke()
        with pytest.raises(AuthenticationError, match="cannot be replayed") as caught:
            client.interact(
                CONVERSATION_ID,
                # a raw binary stream is a binary file at run time; typeshed does not make RawIOBase an IO[bytes]
                audio=cast(IO[bytes], NonSeekable(b"RIFF\x00\x00\x00\x00WAVEdata")),
                audio_content_type="audio/wav",
                audio_config=WAV_CONFIG,
            )
    interacts = [r for r in server.requests if "/interact" in r.url.path]
    assert len(interacts) == 1
    assert b"WAVEdata" in server.bodies[server.requests.index(interacts[0])]
    assert_clean(caught.value, "tok-1", "tok-2")


# -- sign-in failures ---------------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_sign_in_refused_raises_authentication_error_with_the_body() -> None:
    server = TokenServer()
    server.sign_in_answer = httpx.Response(401, json={"detail": "API key expired"})
    with make_client(server) as client, pytest.raises(AuthenticationError) as caught:
        client.call(get_services)
    message = str(caught.value)
    assert "sign-in" in message and "failed" in message
    assert "API key expired" in message and "key-id" in message
    assert caught.value.status_code == 401
    assert server.requests == []  # the API call itself was never sent
    assert_clean(caught.value)
    kept = caught.value.response.request  # the error keeps the sign-in request: key removed
    assert API_KEY not in repr(kept.headers) and API_KEY not in str(dict(kept.headers))


@pytest.mark.operations("get-services")
def test_sign_in_error_never_repeats_an_api_key_the_server_echoes() -> None:
    server = TokenServer()
    server.sign_in_answer = httpx.Response(403, text=f"key {API_KEY} lacks permission")
    with make_client(server, max_retries=0) as client, pytest.raises(PermissionDeniedError) as caught:
        client.call(get_services)
    assert "sign-in" in str(caught.value) and "lacks permission" in str(caught.value)
    assert "<redacted>" in str(caught.value)
    assert_clean(caught.value)


@pytest.mark.operations("get-services")
@pytest.mark.parametrize(
    ("answer", "names"),
    [
        (httpx.Response(200, json={"id_token": "tok-leak"}), "'expires_at'"),
        (httpx.Response(200, json={"expires_at": "2030-01-01T00:00:00+00:00"}), "'id_token'"),
        (httpx.Response(200, json={"id_token": "tok-leak", "expires_at": "soon"}), "malformed"),
        (httpx.Response(200, text="<html>tok-leak</html>"), "not JSON"),
        (httpx.Response(200, json={"id_token": "", "expires_at": "2030-01-01T00:00:00+00:00"}), "empty id_token"),
    ],
)
def test_a_sign_in_answer_without_a_usable_token_says_what_is_missing(answer: httpx.Response, names: str) -> None:
    server = TokenServer()
    server.sign_in_answer = answer
    with make_client(server) as client, pytest.raises(AmigoError) as caught:
        client.call(get_services)
    assert "sign-in" in str(caught.value) and names in str(caught.value)
    assert_clean(caught.value, "tok-leak")
    assert server.requests == []


# -- single flight across threads (a real server, a real race) ----------------------------------


class LoopbackTokens:
    """Loopback handler: sign-in sleeps ``delay`` so concurrent callers pile up behind it."""

    def __init__(self, delay: float = 0.1, ttl: float = 3600.0, clock: Callable[[], float] = time.time) -> None:
        self.delay = delay
        self.ttl = ttl
        self.clock = clock
        self.lock = threading.Lock()
        self.sign_ins = 0
        self.valid: Set[str] = set()
        self.rejected = 0
        self.accepted: Dict[str, int] = {}

    def __call__(self, h: http.server.BaseHTTPRequestHandler) -> None:
        h.rfile.read(int(h.headers.get("Content-Length") or 0))
        if h.path == SIGN_IN_PATH:
            time.sleep(self.delay)
            with self.lock:
                self.sign_ins += 1
                token = f"tok-{self.sign_ins}"
                self.valid.add(token)
            self.reply(h, 200, {"id_token": token, "expires_at": iso(self.clock() + self.ttl)})
            return
        token = (h.headers.get("Authorization") or "")[len("Bearer ") :]
        with self.lock:
            ok = token in self.valid
            if ok:
                self.accepted[token] = self.accepted.get(token, 0) + 1
            else:
                self.rejected += 1
        self.reply(h, 200, PAGE) if ok else self.reply(h, 401, {"detail": "Invalid token"})

    @staticmethod
    def reply(h: http.server.BaseHTTPRequestHandler, status: int, payload: Any) -> None:
        body = json.dumps(payload).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)


def run_together(client: AmigoClient, count: int = 16) -> List[Any]:
    """``count`` threads released at once by a barrier, each making one call; their results."""
    barrier = threading.Barrier(count)
    results: List[Any] = [None] * count

    def work(index: int) -> None:
        try:
            barrier.wait(timeout=10)
            results[index] = client.call(get_services)
        except BaseException as exc:  # reported below, never swallowed
            results[index] = exc

    threads = [threading.Thread(target=work, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    return results


def start(loopback: Any, handler: Callable[[http.server.BaseHTTPRequestHandler], None]) -> Any:
    server = loopback(handler)
    # socketserver listens with a backlog of 5: 16 simultaneous connects would overflow it and
    # wait a second for the SYN to be retransmitted. Widen it (Linux applies a second listen()).
    server.server.socket.listen(64)
    return server


def loopback_client(base_url: str, **kwargs: Any) -> AmigoClient:
    return AmigoClient(
        api_key=API_KEY,
        api_key_id="key-id",
        user_id="user-1",
        organization_id=ORG,
        base_url=base_url,
        max_retries=0,
        timeout=10.0,
        **kwargs,
    )


@pytest.mark.operations("get-services")
def test_16_threads_without_a_token_cause_exactly_one_sign_in(loopback: Any) -> None:
    tokens = LoopbackTokens()
    server = start(loopback, tokens)
    with loopback_client(server.base_url) as client:
        results = run_together(client)
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    assert all(r.services == [] for r in results)
    assert tokens.sign_ins == 1
    assert tokens.accepted == {"tok-1": 16}


@pytest.mark.operations("get-services")
def test_16_threads_meeting_an_expired_token_cause_exactly_one_more_sign_in(loopback: Any, clock: Clock) -> None:
    tokens = LoopbackTokens(ttl=600.0, clock=clock)
    server = start(loopback, tokens)
    with loopback_client(server.base_url, refresh_margin=30.0) as client:
        client.call(get_services)
        clock.now += 601.0  # tok-1 has expired for every thread
        results = run_together(client)
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert tokens.sign_ins == 2
    assert tokens.accepted == {"tok-1": 1, "tok-2": 16}


@pytest.mark.operations("get-services")
def test_16_threads_meeting_a_revoked_token_cause_exactly_one_more_sign_in(loopback: Any) -> None:
    tokens = LoopbackTokens()
    server = start(loopback, tokens)
    with loopback_client(server.base_url) as client:
        client.call(get_services)
        with tokens.lock:
            tokens.valid.clear()  # the server now refuses tok-1 (401) although it has not expired
        results = run_together(client)
    assert [r for r in results if isinstance(r, BaseException)] == []
    assert tokens.sign_ins == 2  # the waiters found the fresh token instead of signing in again
    assert tokens.rejected >= 2, "the race did not happen: fewer than two threads met the refused token"
    assert tokens.accepted == {"tok-1": 1, "tok-2": 16}


# -- fixed and callable tokens ------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_fixed_token_is_sent_as_bearer_without_any_sign_in() -> None:
    server = TokenServer()
    server.valid = {"fixed-token-value"}
    with make_client(server, token="fixed-token-value") as client:
        client.call(get_services)
        client.call(get_services)
    assert server.sign_ins == 0
    assert server.bearers() == ["Bearer fixed-token-value"] * 2
    assert isinstance(client.auth, StaticTokenAuth)


@pytest.mark.operations("get-services")
def test_fixed_token_needs_only_an_organization() -> None:
    server = TokenServer()
    server.valid = {"fixed-token-value"}
    client = AmigoClient(token="fixed-token-value", organization_id=ORG, transport=httpx.MockTransport(server))
    with client:
        client.call(get_services)
    assert server.bearers() == ["Bearer fixed-token-value"]


@pytest.mark.operations("get-services")
def test_refused_fixed_token_surfaces_authentication_error_after_one_request() -> None:
    server = TokenServer()
    with make_client(server, token="fixed-token-value") as client, pytest.raises(AuthenticationError) as caught:
        client.call(get_services)
    assert len(server.requests) == 1
    assert_clean(caught.value, "fixed-token-value")


def test_callable_token_is_asked_again_once_after_a_401_and_the_request_replayed() -> None:
    server = TokenServer()
    server.valid = {"callable-2"}
    handed_out: List[str] = []

    def provider() -> str:
        handed_out.append(f"callable-{len(handed_out) + 1}")
        return handed_out[-1]

    with make_client(server, token=provider) as client:
        response = client._http.post("/echo", content=b"body")
    assert response.status_code == 200
    assert handed_out == ["callable-1", "callable-2"]
    assert server.bearers() == ["Bearer callable-1", "Bearer callable-2"]
    assert server.bodies == [b"body", b"body"]
    assert server.sign_ins == 0


@pytest.mark.operations("get-services")
def test_callable_token_refused_twice_surfaces_authentication_error_without_a_loop() -> None:
    server = TokenServer()  # accepts nothing
    calls: List[int] = []

    def provider() -> str:
        calls.append(1)
        return f"callable-{len(calls)}"

    with make_client(server, token=provider) as client, pytest.raises(AuthenticationError) as caught:
        client.call(get_services)
    assert len(calls) == 2 and len(server.requests) == 2
    assert_clean(caught.value, "callable-1", "callable-2")


@pytest.mark.operations("get-services")
def test_callable_returning_the_same_token_after_a_401_is_not_replayed() -> None:
    server = TokenServer()
    with make_client(server, token=lambda: "same-token") as client, pytest.raises(AuthenticationError):
        client.call(get_services)
    assert server.bearers() == ["Bearer same-token"]


def test_callable_token_with_a_non_replayable_body_says_why() -> None:
    server = TokenServer()
    tokens = iter(["callable-1", "callable-2"])

    def body() -> Iterator[bytes]:
        yield b"once"

    with make_client(server, token=lambda: next(tokens)) as client:
        with pytest.raises(AuthenticationError, match="cannot be replayed") as caught:
            client._http.post("/upload", content=body())
    assert len(server.requests) == 1
    assert_clean(caught.value, "callable-1", "callable-2")


@pytest.mark.parametrize("token", ["", 0, b"bytes-token"])
def test_an_empty_or_invalid_token_is_a_configuration_error(token: Any) -> None:
    with pytest.raises(ConfigurationError, match="token"):
        AmigoClient(token=token, organization_id=ORG, transport=httpx.MockTransport(TokenServer()))


@pytest.mark.operations("get-services")
def test_a_callable_returning_no_token_is_a_configuration_error() -> None:
    server = TokenServer()
    with make_client(server, token=lambda: "") as client, pytest.raises(ConfigurationError, match="token"):
        client.call(get_services)
    assert server.requests == []


def test_without_key_or_token_the_missing_settings_are_named() -> None:
    with pytest.raises(ConfigurationError) as caught:
        AmigoClient(organization_id=ORG)
    for name in ("api_key", "AMIGO_API_KEY", "api_key_id", "user_id"):
        assert name in str(caught.value)


# -- reprs --------------------------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_reprs_never_show_the_api_key_or_a_token() -> None:
    server = TokenServer()
    with make_client(server) as client:
        client.call(get_services)
        assert isinstance(client.auth, APIKeyAuth)
        shown = [repr(client), str(client), repr(client.auth), str(client.auth)]
        token = client.auth._token
        assert token is not None and token.value == "tok-1"
        shown += [repr(token), str(token)]
    for text in shown:
        assert API_KEY not in text and "tok-1" not in text
    assert "<redacted>" in repr(client.auth) and "key-id" in repr(client.auth)

    fixed = make_client(TokenServer(), token="fixed-token-value")
    dynamic = make_client(TokenServer(), token=lambda: "callable-token-value")
    for text in (repr(fixed), repr(fixed.auth), repr(dynamic), repr(dynamic.auth)):
        assert "fixed-token-value" not in text and "callable-token-value" not in text
        assert "<redacted>" in text


@pytest.mark.parametrize("expires_at", [1_900_000_000.0, float("inf"), float("nan"), 1e20])
def test_token_repr_shows_the_expiry_but_not_the_value(expires_at: float) -> None:
    text = repr(Token("jwt-value-123", expires_at))
    assert "jwt-value-123" not in text and "<redacted>" in text and "expires_at=" in text


@pytest.mark.operations("get-services")
def test_a_refused_early_refresh_keeps_the_valid_token_and_pauses(clock: Clock) -> None:
    server = TokenServer(ttl=3600.0, clock=clock)
    with make_client(server, refresh_margin=60.0) as client:
        client.call(get_services)
        expires = clock.now + 3600.0
        clock.now = expires - 30.0  # inside the margin: a refresh is due, the token still works
        server.sign_in_answer = httpx.Response(429, headers={"Retry-After": "20"}, text="slow down")
        client.call(get_services)  # the refusal does not fail the call
        clock.now += 5.0
        client.call(get_services)  # within the pause: no new sign-in attempt
        assert server.sign_ins == 2
        clock.now += 20.0  # pause over, still valid: tries again, succeeds
        server.sign_in_answer = None
        client.call(get_services)
        assert server.sign_ins == 3
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-1", "Bearer tok-3"]


@pytest.mark.parametrize("status", [300, 304, 399])
def test_a_sign_in_answered_outside_2xx_is_an_error_even_with_a_token_in_the_body(status: int) -> None:
    server = TokenServer()
    server.sign_in_answer = httpx.Response(status, json={"id_token": "tok-x", "expires_at": iso(time.time() + 3600)})
    with make_client(server, max_retries=0) as client, pytest.raises(APIStatusError) as caught:
        client.call(get_services)
    assert caught.value.status_code == status and "sign-in" in str(caught.value)
    assert server.requests == []  # the token of a non-2xx answer was never used


@pytest.mark.parametrize("cached", [False, True], ids=["no-cache", "file-cache"])
def test_a_refused_token_is_not_replayed_when_its_refresh_is_rate_limited(tmp_path: Any, cached: bool) -> None:
    """After a 401 the refused token is no fallback, however long before its expiry: a refresh
    refused with 429 raises that 429, and the request is not sent again with the refused token."""
    server = TokenServer()
    options: Dict[str, Any] = {"token_cache": tmp_path / "cache"} if cached else {}
    with make_client(server, max_retries=0, **options) as client:
        client.call(get_services)
        server.revoke()
        server.sign_in_answer = httpx.Response(429, headers={"Retry-After": "20"}, text="slow down")
        with pytest.raises(RateLimitError):
            client.call(get_services)
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1"]  # sent once with it, not replayed
    assert server.sign_ins == 2


def test_a_callable_token_is_asked_once_for_a_request_that_is_not_refused() -> None:
    """A provider that hands out a new token on each call: a request answered with anything
    but 401 is sent once, and the provider asked once."""
    server = TokenServer()
    server.valid = {"callable-1", "callable-2"}
    handed_out: List[str] = []

    def provider() -> str:
        handed_out.append(f"callable-{len(handed_out) + 1}")
        return handed_out[-1]

    with make_client(server, token=provider) as client:
        response = client._http.post("/echo", content=b"body")
    assert response.status_code == 200
    assert handed_out == ["callable-1"] and server.bodies == [b"body"]


def test_an_early_refresh_refused_pauses_for_the_retry_after_or_ten_seconds(clock: Clock) -> None:
    server = TokenServer(ttl=3600.0, clock=clock)
    with make_client(server, refresh_margin=600.0) as client:
        client.call(get_services)
        refused_at = clock.now + 3600.0 - 300.0  # inside the margin, 300 s of validity left
        clock.now = refused_at
        server.sign_in_answer = httpx.Response(429, headers={"Retry-After": "20"}, text="slow down")
        client.call(get_services)
        clock.now = refused_at + 15.0  # within the server's 20 s (longer than the default 10 s)
        client.call(get_services)
        assert server.sign_ins == 2
        # the pause is over at 20 s exactly; a 503 says no Retry-After: the default pause, 10 s
        server.sign_in_answer = httpx.Response(503, text="maintenance")
        refused_at += 20.0
        clock.now = refused_at
        client.call(get_services)
        assert server.sign_ins == 3
        clock.now = refused_at + 9.0
        client.call(get_services)
        assert server.sign_ins == 3
        clock.now = refused_at + 10.0
        client.call(get_services)
        assert server.sign_ins == 4
    assert server.bearers() == ["Bearer tok-1"] * 6


def test_a_token_half_a_second_from_expiry_is_kept_when_its_refresh_is_refused(clock: Clock) -> None:
    server = TokenServer(ttl=3600.0, clock=clock)
    with make_client(server, refresh_margin=60.0, max_retries=0) as client:
        client.call(get_services)
        clock.now += 3600.0 - 0.5
        server.sign_in_answer = httpx.Response(429, headers={"Retry-After": "20"}, text="slow down")
        client.call(get_services)  # still valid for half a second: used, the 429 does not fail the call
    assert server.bearers() == ["Bearer tok-1", "Bearer tok-1"] and server.sign_ins == 2


def test_a_first_sign_in_answered_429_with_retry_after_is_retried() -> None:
    """Without a token in hand the sign-in goes through the retry policy (a 429 with
    Retry-After was not processed); only an early refresh, with a valid token, is sent once."""
    server = TokenServer()
    answers = [httpx.Response(429, headers={"Retry-After": "3"}, text="slow down")]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == SIGN_IN_PATH and answers:
            server.sign_in_requests.append(as_sent(request))
            return answers.pop()
        return server(request)

    sleeps: List[float] = []
    with make_client(handler, sleeps=sleeps) as client:
        client.call(get_services)
    assert server.sign_ins == 2 and sleeps == [3.0]
    assert server.bearers() == ["Bearer tok-2"]


@pytest.mark.operations("get-services")
def test_a_refused_refresh_of_an_expired_token_raises(clock: Clock) -> None:
    server = TokenServer(ttl=3600.0, clock=clock)
    with make_client(server, refresh_margin=60.0, max_retries=0) as client:
        client.call(get_services)
        clock.now += 3601.0
        server.sign_in_answer = httpx.Response(503, text="maintenance")
        with pytest.raises(InternalServerError, match="maintenance"):
            client.call(get_services)
