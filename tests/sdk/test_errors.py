"""Typed errors: the class of each status, what each error carries, and what it never shows."""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import Any, Callable, Dict, List, Optional, Type

import httpx
import pytest

import amigo_client
from amigo_client import (
    AmigoClient,
    AmigoError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    IncompleteStreamError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PostProcessingError,
    RateLimitError,
    StreamDecodeError,
    StreamError,
    TurnRolledBackError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
)
from amigo_client._errors import error_for_response, parse_retry_after, raise_for_status
from amigo_client.api.conversation import get_conversations
from amigo_client.api.service import get_services
from sdkutil import CONVERSATION_ID, ORG, SERVICE_ID, SIGN_IN_PATH, SignedIn, make_client

API_KEY = "secret-api-key"  # what make_client signs in with

STATUS_CLASSES: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: InternalServerError,
    503: InternalServerError,
    418: APIStatusError,
    302: APIStatusError,
}


def answer(
    status: int, body: str = "", headers: Optional[Dict[str, str]] = None
) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, text=body, headers=headers)


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("status", list(STATUS_CLASSES))
def test_each_status_raises_its_class_with_status_body_request_id_method_and_path(status: int) -> None:
    body = '{"detail": "the reason from the server"}'
    server = SignedIn(answer(status, body, {"x-request-id": "req-123"}))
    with make_client(server, max_retries=0) as client, pytest.raises(APIStatusError) as caught:
        client.call(get_services, limit=3)
    error = caught.value
    assert type(error) is STATUS_CLASSES[status]
    assert isinstance(error, AmigoError)
    assert error.status_code == status
    assert error.body == body
    assert error.request_id == "req-123"
    assert error.method == "GET"
    assert error.url == f"http://amigo.test/v1/{ORG}/service/?limit=3&continuation_token=0"
    assert error.response.status_code == status and error.response.is_closed
    message = str(error)
    assert f"HTTP {status}" in message
    assert f"GET /v1/{ORG}/service/" in message
    assert "req-123" in message
    assert "the reason from the server" in message
    assert API_KEY not in message and "tok-" not in message


@pytest.mark.operations("get-services")
def test_a_missing_request_id_is_none_and_not_in_the_message() -> None:
    server = SignedIn(answer(404, "no such service"))
    with make_client(server) as client, pytest.raises(NotFoundError) as caught:
        client.call(get_services)
    assert caught.value.request_id is None
    assert "request id" not in str(caught.value)


@pytest.mark.parametrize("header", ["X-Request-ID", "request-id", "x-amzn-requestid"])
def test_request_id_headers_are_found_whatever_their_case(header: str) -> None:
    response = httpx.Response(500, headers={header: "abc"}, request=httpx.Request("GET", "http://x/a"))
    assert error_for_response(response).request_id == "abc"


@pytest.mark.operations("get-services")
def test_an_empty_body_is_named_in_the_message() -> None:
    server = SignedIn(answer(400))
    with make_client(server) as client, pytest.raises(BadRequestError) as caught:
        client.call(get_services)
    assert caught.value.body == "" and caught.value.unreadable is None
    assert "<empty body>" in str(caught.value)


@pytest.mark.operations("get-services")
def test_a_long_body_is_cut_in_the_message_but_whole_on_body() -> None:
    body = "x" * 400 + "MIDDLE" + "y" * 2000 + "THE-END"
    server = SignedIn(answer(422, body))
    with make_client(server) as client, pytest.raises(UnprocessableEntityError) as caught:
        client.call(get_services)
    assert caught.value.body == body
    message = str(caught.value)
    assert "MIDDLE" in message and "THE-END" not in message
    assert message.endswith("...")
    assert len(message) < 700


def test_a_non_utf8_body_does_not_break_the_error() -> None:
    response = httpx.Response(
        500,
        content=b"\xff\xfe broken \x80",
        headers={"content-type": "text/plain; charset=utf-8"},
        request=httpx.Request("GET", "http://x/a"),
    )
    error = error_for_response(response)
    assert isinstance(error, InternalServerError) and "broken" in error.body


@pytest.mark.operations("get-services")
def test_rate_limit_error_carries_retry_after() -> None:
    server = SignedIn(answer(429, "slow down", {"Retry-After": "17"}))
    with make_client(server, max_retries=0) as client, pytest.raises(RateLimitError) as caught:
        client.call(get_services)
    assert caught.value.retry_after == 17.0
    server = SignedIn(answer(429, "slow down"))
    with make_client(server, max_retries=0) as client, pytest.raises(RateLimitError) as caught:
        client.call(get_services)
    assert caught.value.retry_after is None


def test_raise_for_status_passes_2xx_through() -> None:
    request = httpx.Request("GET", "http://x/a")
    ok = httpx.Response(204, request=request)
    assert raise_for_status(ok) is ok
    with pytest.raises(ConflictError):
        raise_for_status(httpx.Response(409, request=request))


def test_an_error_body_that_cannot_be_read_still_raises_the_typed_error() -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield b"par"
            raise httpx.ReadError("connection reset")

    response = httpx.Response(503, stream=Broken(), request=httpx.Request("GET", "http://x/a"))
    error = error_for_response(response)
    assert isinstance(error, InternalServerError) and error.status_code == 503
    assert error.body == "" and error.unreadable is not None
    assert "body unreadable: ReadError: connection reset" in str(error)
    assert response.is_closed


def test_an_already_consumed_error_body_still_raises_the_typed_error() -> None:
    response = httpx.Response(500, stream=httpx.ByteStream(b"gone"), request=httpx.Request("GET", "http://x/a"))
    for _ in response.iter_raw():
        pass
    error = error_for_response(response)
    assert type(error) is InternalServerError and error.status_code == 500
    assert "body unreadable: StreamConsumed" in str(error)


# -- streamed error answers ----------------------------------------------------------------------

CONFLICT = '{"detail": "an unfinished conversation already exists for this service"}'


@pytest.mark.operations("create-conversation")
def test_create_conversation_409_raises_conflict_with_the_body_read() -> None:
    server = SignedIn(answer(409, CONFLICT, {"x-request-id": "r-9", "content-type": "application/json"}))
    with make_client(server) as client, pytest.raises(ConflictError) as caught:
        client.create_conversation(SERVICE_ID)
    error = caught.value
    assert error.body == CONFLICT
    assert "an unfinished conversation already exists" in str(error)
    assert error.method == "POST" and f"/v1/{ORG}/conversation/" in str(error)
    assert error.request_id == "r-9"
    assert error.response.is_closed
    assert len(server.requests) == 1


@pytest.mark.operations("interact-with-conversation")
def test_interact_409_raises_conflict_with_the_body_read() -> None:
    body = '{"detail": "another interaction is in progress"}'
    server = SignedIn(answer(409, body))
    with make_client(server) as client, pytest.raises(ConflictError) as caught:
        client.interact(CONVERSATION_ID, "Hello")
    assert caught.value.body == body
    assert f"POST /v1/{ORG}/conversation/{CONVERSATION_ID}/interact" in str(caught.value)
    assert len(server.requests) == 1


@pytest.mark.operations("interact-with-conversation")
def test_a_streamed_error_body_is_read_from_a_lazy_stream() -> None:
    """The body arrives in pieces after the status line (as from a real server)."""

    class Pieces(httpx.SyncByteStream):
        def __iter__(self) -> Any:
            yield b'{"detail": "conversation '
            yield b'is finished"}'

    server = SignedIn(lambda request: httpx.Response(409, stream=Pieces()))
    with make_client(server) as client, pytest.raises(ConflictError) as caught:
        client.interact(CONVERSATION_ID, "Hello")
    assert caught.value.body == '{"detail": "conversation is finished"}'


# -- connection failures -----------------------------------------------------------------------


@pytest.mark.operations("get-conversations")
@pytest.mark.parametrize(
    ("exc_type", "expected"),
    [
        (httpx.ConnectError, APIConnectionError),
        (httpx.ReadError, APIConnectionError),
        (httpx.RemoteProtocolError, APIConnectionError),
        (httpx.ReadTimeout, APITimeoutError),
        (httpx.ConnectTimeout, APITimeoutError),
        (httpx.WriteTimeout, APITimeoutError),
        (httpx.PoolTimeout, APITimeoutError),
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else v,
)
def test_transport_failures_raise_connection_errors(
    exc_type: Type[httpx.TransportError], expected: Type[APIConnectionError]
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise exc_type("simulated failure", request=request)

    server = SignedIn(fail)
    with make_client(server, max_retries=0) as client, pytest.raises(APIConnectionError) as caught:
        client.call(get_conversations, limit=5)
    error = caught.value
    assert type(error) is expected
    assert isinstance(error, AmigoError)
    assert isinstance(error.__cause__, exc_type)
    assert error.request is not None and error.request.url.path == f"/v1/{ORG}/conversation/"
    assert f"GET /v1/{ORG}/conversation/" in str(error)
    assert "simulated failure" in str(error)
    assert "tok-1" not in str(error) and API_KEY not in str(error)


@pytest.mark.operations("get-services")
def test_a_failing_sign_in_connection_raises_api_connection_error() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with make_client(fail, max_retries=0) as client, pytest.raises(APIConnectionError) as caught:
        client.call(get_services)
    assert API_KEY not in str(caught.value)


@pytest.mark.operations("get-services")
def test_a_refused_sign_in_raises_authentication_error_without_the_key() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        assert request.url.path == SIGN_IN_PATH
        return httpx.Response(401, json={"detail": "invalid API key"}, headers={"x-request-id": "r-1"})

    with make_client(handle) as client, pytest.raises(AuthenticationError) as caught:
        client.call(get_services)
    message = str(caught.value)
    assert "sign-in" in message and "invalid API key" in message and "r-1" in message
    assert API_KEY not in message and API_KEY not in repr(caught.value)
    assert caught.value.status_code == 401


# -- the hierarchy ----------------------------------------------------------------------------


ALL_ERRORS: List[Type[Exception]] = [
    ConfigurationError,
    APIConnectionError,
    APITimeoutError,
    APIStatusError,
    StreamError,
    TurnRolledBackError,
    PostProcessingError,
    IncompleteStreamError,
    StreamDecodeError,
    *STATUS_CLASSES.values(),
]


# sorted here, not inside the decorator: there mypy would take the items for plain objects
DISTINCT_ERRORS = sorted(set(ALL_ERRORS), key=lambda c: c.__name__)


@pytest.mark.parametrize("cls", DISTINCT_ERRORS, ids=lambda c: c.__name__)
def test_every_error_is_an_amigo_error_exported_from_the_package(cls: Type[Exception]) -> None:
    assert issubclass(cls, AmigoError)
    assert getattr(amigo_client, cls.__name__) is cls
    assert cls.__name__ in amigo_client.__all__


def test_the_hierarchy() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(ConfigurationError, ValueError)
    for cls in (TurnRolledBackError, PostProcessingError, IncompleteStreamError, StreamDecodeError):
        assert issubclass(cls, StreamError)
    assert not issubclass(StreamError, APIStatusError)


# -- parse_retry_after -------------------------------------------------------------------------

NOW = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("0", 0.0),
        ("120", 120.0),
        (" 5 ", 5.0),
        ("1.5", 1.5),
        ("-1", None),
        ("nan", None),
        ("soon", None),
        ("Sat, 01 Mar 2025 12:00:30 GMT", 30.0),
        ("Sat, 01 Mar 2025 11:00:00 GMT", 0.0),
        ("Sat, 01 Mar 2025 12:01:00 +0000", 60.0),
        ("Sat, 01 Mar 2025 13:00:10 +0100", 10.0),
        ("Saturday, 99-Foo-25 nonsense", None),
    ],
)
def test_parse_retry_after(value: Optional[str], expected: Optional[float]) -> None:
    assert parse_retry_after(value, now=NOW) == expected


def test_parse_retry_after_of_a_date_defaults_to_now() -> None:
    later = email.utils.format_datetime(dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=100), usegmt=True)
    seconds = parse_retry_after(later)
    assert seconds is not None and 95 <= seconds <= 100


def test_client_repr_and_errors_never_show_the_key() -> None:
    client = AmigoClient(api_key=API_KEY, api_key_id="kid", user_id="u", organization_id=ORG)
    assert API_KEY not in repr(client) and API_KEY not in repr(client.auth)
