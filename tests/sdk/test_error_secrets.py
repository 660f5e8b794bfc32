"""No credential is reachable from an error, and every error pickles.

For each error: its str, repr, traceback (chained exceptions included), pickle, ``e.request``,
``e.response`` (headers, text, its request's headers) and the request/response of every chained
``__cause__`` / ``__context__`` must hold neither the API key nor the bearer token, including a
credential the server echoed back in its body. A failed sign-in is blamed on the sign-in."""

from __future__ import annotations

import http.server
import json
import pickle
import socket
import traceback
from typing import Any, Callable, Iterator, List, Optional

import httpx
import pytest

from amigo_client import (
    AmigoClient,
    AmigoError,
    APIConnectionError,
    APIKeyAuth,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    IncompleteStreamError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from amigo_client._errors import PostProcessingError, TurnRolledBackError
from amigo_client.api.conversation import get_conversation_messages
from amigo_client.api.service import get_services
from amigo_emulator.testing import Emulator
from sdkutil import LoopbackServer

API_KEY = "ak-Zq7SecretKeyValue"
TOKEN = "eyJ.tok-Zq7SecretBearer.sig"
Loopback = Callable[[Callable[[http.server.BaseHTTPRequestHandler], None]], LoopbackServer]


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: List[int] = []
    stack: List[Optional[BaseException]] = [error]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.append(id(current))
        yield current
        stack.extend([current.__cause__, current.__context__])


def _texts(obj: Any) -> Iterator[str]:
    """Everything a caller can read from a request or response object."""
    if isinstance(obj, httpx.Request):
        yield repr(obj)
        yield repr(list(obj.headers.multi_items()))
    elif isinstance(obj, httpx.Response):
        yield repr(obj)
        yield repr(list(obj.headers.multi_items()))
        try:
            yield obj.text
        except httpx.ResponseNotRead:
            pass
        try:
            yield from _texts(obj.request)
        except RuntimeError:
            pass


def assert_no_secret(error: BaseException, *secrets: str) -> None:
    texts = [
        str(error),
        repr(error),
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    ]
    if isinstance(error, AmigoError):
        data = pickle.dumps(error)
        for secret in secrets:
            assert secret.encode() not in data, f"{secret!r} in the pickle of {error!r}"
        again = pickle.loads(data)
        assert type(again) is type(error) and str(again) == str(error)
    for link in _chain(error):
        texts.extend([str(link), repr(link)])
        for name in ("request", "response", "_request"):
            try:
                value = getattr(link, name, None)
            except RuntimeError:  # httpx: the exception has no request
                value = None
            texts.extend(_texts(value))
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"{secret!r} reachable from {error!r}: {text[:300]!r}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def key_client(base_url: str, **kwargs: Any) -> AmigoClient:
    return AmigoClient(
        api_key=API_KEY,
        api_key_id="key-id",
        user_id="65f0000000000000000000b1",
        organization_id="org",
        base_url=base_url,
        **kwargs,
    )


def emu_client(emu: Emulator, **kwargs: Any) -> AmigoClient:
    return AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
        **kwargs,
    )


# -- sign-in without an HTTP answer ------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_a_sign_in_that_gets_no_answer_is_blamed_and_hides_the_key() -> None:
    with key_client(f"http://127.0.0.1:{free_port()}", max_retries=0) as client:
        with pytest.raises(APIConnectionError) as info:
            client.call(get_services)
    error = info.value
    assert str(error).startswith("sign-in with API key (POST /v1/org/user/signin_with_api_key)")
    assert "GET /v1/org/service/ was not sent" in str(error)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert error.request is not None and error.request.url.path.endswith("/signin_with_api_key")
    assert_no_secret(error, API_KEY)


@pytest.mark.operations("get-services")
def test_a_sign_in_that_times_out_is_blamed_and_hides_the_key(loopback: Loopback) -> None:
    def silent(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.rfile.read(int(handler.headers.get("content-length") or 0))
        handler.connection.recv(1)  # never answers; returns when the client gives up

    server = loopback(silent)
    with key_client(server.base_url, max_retries=0, timeout=0.3) as client:
        with pytest.raises(APITimeoutError) as info:
            client.call(get_services)
    assert str(info.value).startswith("sign-in with API key (POST /v1/org/user/signin_with_api_key) timed out")
    assert_no_secret(info.value, API_KEY)


@pytest.mark.operations("get-services")
def test_a_request_that_gets_no_answer_hides_the_bearer_token() -> None:
    with AmigoClient(
        token=TOKEN, organization_id="org", base_url=f"http://127.0.0.1:{free_port()}", max_retries=0
    ) as client:
        with pytest.raises(APIConnectionError) as info:
            client.call(get_services)
    assert str(info.value).startswith("GET /v1/org/service/ failed before an HTTP answer")
    assert_no_secret(info.value, TOKEN)


def held_token(client: AmigoClient) -> str:
    """The bearer token the client's API-key auth holds now."""
    auth = client.auth
    assert isinstance(auth, APIKeyAuth) and auth._token is not None
    return auth._token.value


# -- HTTP error answers ------------------------------------------------------------------------


@pytest.mark.operations("get-conversation-messages")
def test_a_status_error_pickles_without_the_token(emu: Emulator) -> None:
    with emu_client(emu) as client:
        with pytest.raises(NotFoundError) as info:
            client.call(get_conversation_messages, "a" * 24)
        token = held_token(client)
    error = info.value
    assert_no_secret(error, token, emu.api_key)
    again = pickle.loads(pickle.dumps(error))
    assert (again.status_code, again.body, again.method, again.url) == (
        error.status_code,
        error.body,
        error.method,
        error.url,
    )
    assert again.response.status_code == 404 and again.response.text == error.body


@pytest.mark.operations("create-conversation")
def test_an_error_from_a_stream_pickles_without_the_token(emu: Emulator) -> None:
    with emu_client(emu) as client:
        with client.create_conversation(emu.service_ids[0]) as first:
            first.until_done()
        with pytest.raises(BadRequestError) as info:
            client.create_conversation(emu.service_ids[0])
        token = held_token(client)
    assert "unfinished conversation" in pickle.loads(pickle.dumps(info.value)).body
    assert_no_secret(info.value, token, emu.api_key)


@pytest.mark.operations("get-services")
def test_a_rate_limited_sign_in_hides_the_key(emu: Emulator) -> None:
    emu.faults(error_burst={"operation": "sign-in-with-api-key", "count": 1, "status": 429})
    with emu_client(emu, max_retries=0) as client:
        with pytest.raises(RateLimitError) as info:
            client.call(get_services)
    assert "sign-in" in str(info.value)
    assert_no_secret(info.value, emu.api_key)
    assert pickle.loads(pickle.dumps(info.value)).retry_after == info.value.retry_after


def _echo(status: int, secret_header: str) -> Callable[[http.server.BaseHTTPRequestHandler], None]:
    """A server that answers ``status`` and quotes the credential it got, in body and header."""

    def handle(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.rfile.read(int(handler.headers.get("content-length") or 0))
        got = handler.headers.get(secret_header, "")
        body = json.dumps({"detail": f"credential {got} refused"}).encode()
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("x-debug-credential", got)
        handler.send_header("content-length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return handle


@pytest.mark.operations("get-services")
def test_an_api_key_echoed_by_sign_in_is_redacted_everywhere(loopback: Loopback) -> None:
    server = loopback(_echo(403, "x-api-key"))
    with key_client(server.base_url, max_retries=0) as client:
        with pytest.raises(PermissionDeniedError) as info:
            client.call(get_services)
    error = info.value
    assert "<redacted>" in error.body and "<redacted>" in error.response.text
    assert error.response.json() == {"detail": "credential <redacted> refused"}
    assert_no_secret(error, API_KEY)


@pytest.mark.operations("get-services")
def test_a_bearer_token_echoed_by_the_server_is_redacted_everywhere(loopback: Loopback) -> None:
    server = loopback(_echo(403, "authorization"))
    with AmigoClient(token=TOKEN, organization_id="org", base_url=server.base_url, max_retries=0) as client:
        with pytest.raises(PermissionDeniedError) as info:
            client.call(get_services)
    assert "<redacted>" in info.value.response.text
    assert_no_secret(info.value, TOKEN)


def test_a_stream_error_event_pickles() -> None:
    for error in (
        TurnRolledBackError(500, "the agent failed", event={"type": "error"}),
        PostProcessingError(500, "analysis failed", event=None, completed=None),
    ):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error)
        assert again.code == 500 and again.message == error.message


def test_a_status_error_built_by_hand_still_works() -> None:
    request = httpx.Request("GET", "http://x.test/a", headers={"authorization": f"Bearer {TOKEN}"})
    response = httpx.Response(418, text=f"no {TOKEN}", request=request)
    error = APIStatusError(response, response.text)
    assert error.status_code == 418 and error.body == "no <redacted>"
    assert_no_secret(error, TOKEN)
    bare = APIStatusError(httpx.Response(500, text="oops"), "oops")
    assert bare.method == "" and pickle.loads(pickle.dumps(bare)).body == "oops"


@pytest.mark.operations("create-conversation")
def test_a_cut_stream_hides_the_token_in_its_chained_error(emu: Emulator) -> None:
    emu.faults(stream_cut={"operation": "create-conversation", "after_events": 1})
    with emu_client(emu) as client:
        with pytest.raises(IncompleteStreamError) as info:
            with client.create_conversation(emu.service_ids[0]) as stream:
                stream.until_done()
        token = held_token(client)
    assert_no_secret(info.value, token, emu.api_key)


@pytest.mark.operations("get-services")
def test_a_sign_in_reset_by_the_server_is_blamed_and_hides_the_key(emu: Emulator) -> None:
    emu.faults(connection_reset={"operation": "sign-in-with-api-key"})
    with emu_client(emu, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as info:
            client.call(get_services)
    assert str(info.value).startswith("sign-in with API key (POST ")
    assert_no_secret(info.value, emu.api_key)
