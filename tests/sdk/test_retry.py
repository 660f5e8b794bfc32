"""Retries: which requests go again, how often, after how long, and what never goes twice."""

from __future__ import annotations

import datetime as dt
import email.utils
import http.server
import json
import socket
from typing import IO, Any, Callable, Dict, Iterator, List, Optional, Tuple, Type, cast

import httpx
import pytest

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
    RateLimitError,
    RetryPolicy,
    UnprocessableEntityError,
)
from amigo_client._retry import RetryTransport, is_replayable
from amigo_client.api.conversation import finish_conversation
from amigo_client.api.service import get_services, upsert_service_version_set
from amigo_client.api.user import delete_user
from amigo_client.models.upsert_service_version_set_request import UpsertServiceVersionSetRequest
from sdkutil import CONVERSATION_ID, ORG, SERVICE_ID, SignedIn, make_client

USER_ID = "65f0000000000000000000b2"
EMPTY_SERVICES = {"services": [], "has_more": False, "continuation_token": None, "filter_values": None}


def version_set_body() -> UpsertServiceVersionSetRequest:
    return UpsertServiceVersionSetRequest.from_dict(
        {
            "version_set": {
                "agent_version_number": None,
                "service_hierarchical_state_machine_version_number": None,
                "llm_model_preferences": {},
            }
        }
    )


def _path(url: str) -> str:
    """The full path of a generated module's request (its ``_get_kwargs`` URL, under the
    organization): read from the generated code, so a path upstream moves is followed."""
    return f"/v1/{ORG}{url}"


#: method -> (how to call it through client.call, the status of its success answer, its path)
OPERATIONS: Dict[str, Tuple[Callable[[AmigoClient], Any], int, str]] = {
    "GET": (lambda c: c.call(get_services), 200, _path(get_services._get_kwargs()["url"])),
    "PUT": (
        lambda c: c.call(upsert_service_version_set, SERVICE_ID, "release", body=version_set_body()),
        204,
        _path(upsert_service_version_set._get_kwargs(SERVICE_ID, "release", body=version_set_body())["url"]),
    ),
    "DELETE": (lambda c: c.call(delete_user, USER_ID), 204, _path(delete_user._get_kwargs(USER_ID)["url"])),
    "POST": (
        lambda c: c.call(finish_conversation, CONVERSATION_ID),
        204,
        _path(finish_conversation._get_kwargs(CONVERSATION_ID)["url"]),
    ),
}
METHODS = list(OPERATIONS)
IDEMPOTENT = ("GET", "PUT", "DELETE")


def success(method: str) -> httpx.Response:
    status = OPERATIONS[method][1]
    return httpx.Response(200, json=EMPTY_SERVICES) if status == 200 else httpx.Response(status)


def always(status: int, headers: Optional[Dict[str, str]] = None) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, headers=headers, text=f"status {status}")


def then_ok(method: str, *failures: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    """Answer with ``failures`` in turn, then with the method's success."""
    queue = list(failures)
    return lambda request: queue.pop(0) if queue else success(method)


# -- the matrix: method x status -------------------------------------------------------------

# (status, Retry-After header or None, expected error class)
STATUSES: List[Tuple[int, Optional[str], Type[APIStatusError]]] = [
    (408, None, APIStatusError),
    (408, "1", APIStatusError),
    (429, None, RateLimitError),
    (429, "1", RateLimitError),
    (500, None, InternalServerError),
    (500, "1", InternalServerError),
    (502, None, InternalServerError),
    (502, "1", InternalServerError),
    (503, None, InternalServerError),
    (503, "1", InternalServerError),
    (504, None, InternalServerError),
    (504, "1", InternalServerError),
    (400, None, BadRequestError),
    (401, None, AuthenticationError),
    (404, None, NotFoundError),
    (409, None, ConflictError),
    (422, None, UnprocessableEntityError),
]


def expected_attempts(method: str, status: int, retry_after: Optional[str]) -> int:
    if status in (408, 429, 500, 502, 503, 504):
        if method in IDEMPOTENT or (status == 429 and retry_after is not None):
            return 3  # max_retries=2: the first attempt and two retries
    if status == 401:
        return 2  # not a retry: the auth flow signs in again and replays the request once
    return 1


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(
    ("status", "retry_after", "error"),
    STATUSES,
    ids=[f"{s}-retry-after" if ra else str(s) for s, ra, _ in STATUSES],
)
def test_retry_matrix(method: str, status: int, retry_after: Optional[str], error: Type[APIStatusError]) -> None:
    call, _, path = OPERATIONS[method]
    headers = {"Retry-After": retry_after} if retry_after else None
    server = SignedIn(always(status, headers))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps) as client:
        with pytest.raises(error) as caught:
            call(client)
    attempts = expected_attempts(method, status, retry_after)
    assert len(server.requests) == attempts, f"{method} {status}: server saw {len(server.requests)} requests"
    assert all(r.method == method and r.url.path == path for r in server.requests)
    assert type(caught.value) is error
    assert caught.value.status_code == status
    assert caught.value.method == method
    assert f"status {status}" in caught.value.body
    if attempts == 3:
        assert sleeps == ([1.0, 1.0] if retry_after else [0.5, 1.0])
    else:
        assert sleeps == []
    assert server.sign_ins == (2 if status == 401 else 1)


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_a_transient_status_then_success(method: str, status: int) -> None:
    """One transient failure: idempotent methods recover; a POST surfaces it (it may have run)."""
    call, _, _ = OPERATIONS[method]
    server = SignedIn(then_ok(method, httpx.Response(status)))
    with make_client(server) as client:
        if method in IDEMPOTENT:
            call(client)
            assert len(server.requests) == 2
        else:
            with pytest.raises(APIStatusError) as caught:
                call(client)
            assert caught.value.status_code == status
            assert len(server.requests) == 1


# -- the public POSTs: nothing that could have been processed is sent twice --------------------

STREAM = (
    b'{"type":"conversation-created","conversation_id":"' + CONVERSATION_ID.encode() + b'"}\n'
    b'{"type":"interaction-complete","message_id":"m","interaction_id":"i","full_message":"ok",'
    b'"conversation_completed":false}\n'
)
#: The conversation methods that POST, and the path each sends to.
POSTS: Dict[str, Tuple[Callable[[AmigoClient], Any], str]] = {
    "create_conversation": (
        lambda c: c.create_conversation(SERVICE_ID).until_done(),
        f"/v1/{ORG}/conversation/",
    ),
    "interact": (
        lambda c: c.interact(CONVERSATION_ID, "Hello").until_done(),
        f"/v1/{ORG}/conversation/{CONVERSATION_ID}/interact",
    ),
    "finish_conversation": (
        lambda c: c.finish_conversation(CONVERSATION_ID),
        f"/v1/{ORG}/conversation/{CONVERSATION_ID}/finish/",
    ),
}
#: Answers that do not prove the POST unprocessed: 5xx and 408 with or without Retry-After, 429
#: without one (or with one that cannot be read).
MAYBE_PROCESSED = [(s, ra) for s in (500, 502, 503, 504, 408) for ra in ("1", "0", None)] + [
    (429, None),
    (429, "soon"),
]


def default_policy(sleeps: List[float]) -> RetryPolicy:
    """The default policy (two retries, the default backoff), its waits recorded instead of slept."""
    policy = RetryPolicy(sleep=sleeps.append)
    assert (policy.max_retries, policy.retry_statuses) == (RetryPolicy().max_retries, RetryPolicy().retry_statuses)
    assert policy.max_retries > 0
    return policy


@pytest.mark.operations("create-conversation", "finish-conversation", "interact-with-conversation")
@pytest.mark.parametrize("post", list(POSTS))
@pytest.mark.parametrize(
    ("status", "retry_after"), MAYBE_PROCESSED, ids=[f"{s}-retry-after-{ra}" for s, ra in MAYBE_PROCESSED]
)
def test_a_post_the_server_may_have_processed_is_sent_once(post: str, status: int, retry_after: Optional[str]) -> None:
    """Through the retry transport with the default number of retries, the server receives the
    POST once, and the caller gets the error (no wait, no second attempt)."""
    call, path = POSTS[post]
    server = SignedIn(always(status, {"Retry-After": retry_after} if retry_after is not None else None))
    sleeps: List[float] = []
    with make_client(server, retry_policy=default_policy(sleeps)) as client:
        with pytest.raises(APIStatusError) as caught:
            call(client)
    assert caught.value.status_code == status
    assert [(r.method, r.url.path) for r in server.requests] == [("POST", path)]
    assert sleeps == []


@pytest.mark.operations("create-conversation", "finish-conversation", "interact-with-conversation")
@pytest.mark.parametrize("post", list(POSTS))
def test_a_post_answered_429_with_retry_after_is_sent_again_as_it_was(post: str) -> None:
    """The other side: a 429 with Retry-After proves the POST unprocessed, so the same request
    goes again after the wait, up to the default number of retries."""
    call, path = POSTS[post]
    server = SignedIn(always(429, {"Retry-After": "2"}))
    sleeps: List[float] = []
    policy = default_policy(sleeps)
    with make_client(server, retry_policy=policy) as client:
        with pytest.raises(RateLimitError):
            call(client)
    assert [(r.method, r.url.path) for r in server.requests] == [("POST", path)] * (1 + policy.max_retries)
    assert len({r.content for r in server.requests}) == 1
    assert sleeps == [2.0] * policy.max_retries


@pytest.mark.operations("create-conversation", "finish-conversation", "interact-with-conversation")
@pytest.mark.parametrize("post", list(POSTS))
def test_a_post_answered_429_with_retry_after_then_success_goes_through_once(post: str) -> None:
    call, path = POSTS[post]
    answers = [httpx.Response(429, headers={"Retry-After": "0"})]

    def answer(request: httpx.Request) -> httpx.Response:
        if answers:
            return answers.pop(0)
        if request.url.path.endswith("/finish/"):
            return httpx.Response(204)
        return httpx.Response(200, content=STREAM, headers={"content-type": "application/x-ndjson"})

    server = SignedIn(answer)
    sleeps: List[float] = []
    with make_client(server, retry_policy=default_policy(sleeps)) as client:
        call(client)
    assert [(r.method, r.url.path) for r in server.requests] == [("POST", path)] * 2
    assert sleeps == [0.0]


@pytest.mark.operations("finish-conversation")
def test_post_429_with_retry_after_then_success() -> None:
    call, _, _ = OPERATIONS["POST"]
    server = SignedIn(then_ok("POST", httpx.Response(429, headers={"Retry-After": "2"})))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps) as client:
        assert call(client) is None
    assert len(server.requests) == 2
    assert sleeps == [2.0]


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("status", [501, 505, 418, 403, 415])
def test_statuses_outside_the_retry_set_are_not_retried_even_for_get(status: int) -> None:
    server = SignedIn(always(status))
    with make_client(server) as client, pytest.raises(APIStatusError):
        client.call(get_services)
    assert len(server.requests) == 1


@pytest.mark.operations("get-services")
def test_retry_statuses_are_configurable() -> None:
    server = SignedIn(always(501))
    sleeps: List[float] = []
    policy = RetryPolicy(max_retries=1, retry_statuses=frozenset({501}), sleep=sleeps.append, jitter=lambda: 1.0)
    with make_client(server, retry_policy=policy) as client, pytest.raises(InternalServerError):
        client.call(get_services)
    assert len(server.requests) == 2 and sleeps == [0.5]


# -- connection errors -----------------------------------------------------------------------


def raising(
    exc_type: Type[httpx.TransportError], then: Optional[str] = None
) -> Callable[[httpx.Request], httpx.Response]:
    """Raise ``exc_type`` on every request, or only on the first when ``then`` names a method."""
    calls = [0]

    def handle(request: httpx.Request) -> httpx.Response:
        calls[0] += 1
        if then is not None and calls[0] > 1:
            return success(then)
        raise exc_type(f"simulated {exc_type.__name__}", request=request)

    return handle


NOT_SENT = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
MAYBE_SENT = [httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout, httpx.WriteError]


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("exc_type", NOT_SENT, ids=lambda e: e.__name__)
def test_errors_before_sending_are_retried_for_every_method(method: str, exc_type: Type[httpx.TransportError]) -> None:
    call, _, _ = OPERATIONS[method]
    server = SignedIn(raising(exc_type, then=method))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps) as client:
        call(client)
    assert len(server.requests) == 2
    assert sleeps == [0.5]


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("exc_type", MAYBE_SENT, ids=lambda e: e.__name__)
def test_errors_after_sending_are_retried_only_for_idempotent_methods(
    method: str, exc_type: Type[httpx.TransportError]
) -> None:
    call, _, _ = OPERATIONS[method]
    server = SignedIn(raising(exc_type, then=method))
    with make_client(server) as client:
        if method in IDEMPOTENT:
            call(client)
            assert len(server.requests) == 2
        else:
            expected = APITimeoutError if issubclass(exc_type, httpx.TimeoutException) else APIConnectionError
            with pytest.raises(expected) as caught:
                call(client)
            assert isinstance(caught.value.__cause__, exc_type)
            assert len(server.requests) == 1, "a POST that may have been processed was sent again"


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
def test_connection_errors_surface_typed_once_retries_are_spent(method: str) -> None:
    call, _, path = OPERATIONS[method]
    server = SignedIn(raising(httpx.ConnectError))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps) as client, pytest.raises(APIConnectionError) as caught:
        call(client)
    assert type(caught.value) is APIConnectionError
    assert len(server.requests) == 3 and sleeps == [0.5, 1.0]
    assert f"{method} {path}" in str(caught.value)
    assert "simulated ConnectError" in str(caught.value)


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("exc_type", [httpx.UnsupportedProtocol, httpx.LocalProtocolError], ids=lambda e: e.__name__)
def test_errors_of_the_request_itself_are_not_retried(exc_type: Type[httpx.TransportError]) -> None:
    server = SignedIn(raising(exc_type))
    with make_client(server) as client, pytest.raises(APIConnectionError):
        client.call(get_services)
    assert len(server.requests) == 1


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.operations("finish-conversation", "get-services")
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_refused_connection_is_retried_then_raises_api_connection_error(method: str) -> None:
    """A real refused connection (nothing listens on the port): retried whatever the method."""
    sleeps: List[float] = []
    policy = RetryPolicy(max_retries=2, sleep=sleeps.append, jitter=lambda: 1.0)
    client = AmigoClient(
        token="static-secret-token",
        organization_id=ORG,
        base_url=f"http://127.0.0.1:{closed_port()}",
        retry_policy=policy,
    )
    with client, pytest.raises(APIConnectionError) as caught:
        OPERATIONS[method][0](client)
    assert sleeps == [0.5, 1.0]
    assert "static-secret-token" not in str(caught.value)


# -- Retry-After -------------------------------------------------------------------------------


def http_date(seconds_from_now: float) -> str:
    return email.utils.format_datetime(
        dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=seconds_from_now), usegmt=True
    )


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
def test_retry_after_in_seconds_replaces_the_backoff(method: str) -> None:
    server = SignedIn(then_ok(method, httpx.Response(429, headers={"Retry-After": "7"})))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps) as client:
        OPERATIONS[method][0](client)
    assert sleeps == [7.0] and len(server.requests) == 2


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
def test_retry_after_as_a_future_http_date(method: str) -> None:
    server = SignedIn(then_ok(method, httpx.Response(429, headers={"Retry-After": http_date(30)})))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps) as client:
        OPERATIONS[method][0](client)
    assert len(sleeps) == 1 and 25.0 <= sleeps[0] <= 30.0, sleeps  # the date has one-second resolution


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
def test_retry_after_as_a_past_http_date_retries_at_once(method: str) -> None:
    server = SignedIn(then_ok(method, httpx.Response(429, headers={"Retry-After": http_date(-3600)})))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps) as client:
        OPERATIONS[method][0](client)
    assert sleeps == [0.0] and len(server.requests) == 2


@pytest.mark.operations("finish-conversation", "get-services")
@pytest.mark.parametrize("garbage", ["soon", "-5", "nan", "", "12 seconds", "Mon, 99 Foo 2024"])
def test_garbage_retry_after_falls_back_to_backoff_for_get_and_no_retry_for_post(garbage: str) -> None:
    get = SignedIn(then_ok("GET", httpx.Response(429, headers={"Retry-After": garbage})))
    sleeps: List[float] = []
    with make_client(get, sleeps=sleeps) as client:
        client.call(get_services)
    assert sleeps == [0.5] and len(get.requests) == 2

    post = SignedIn(always(429, {"Retry-After": garbage}))
    with make_client(post) as client, pytest.raises(RateLimitError) as caught:
        OPERATIONS["POST"][0](client)
    assert len(post.requests) == 1
    assert caught.value.retry_after is None


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
def test_retry_after_above_max_retry_after_is_not_waited_for(method: str) -> None:
    server = SignedIn(always(429, {"Retry-After": "120"}))
    sleeps: List[float] = []
    policy = RetryPolicy(max_retries=3, max_retry_after=60, sleep=sleeps.append)
    with make_client(server, retry_policy=policy) as client, pytest.raises(RateLimitError) as caught:
        OPERATIONS[method][0](client)
    assert len(server.requests) == 1 and sleeps == []
    assert caught.value.retry_after == 120.0
    assert caught.value.status_code == 429


@pytest.mark.operations("get-services")
def test_retry_after_as_a_far_http_date_surfaces_with_its_delay() -> None:
    server = SignedIn(always(429, {"Retry-After": http_date(3600)}))
    with make_client(server) as client, pytest.raises(RateLimitError) as caught:
        client.call(get_services)
    assert len(server.requests) == 1
    assert caught.value.retry_after is not None and 3590 <= caught.value.retry_after <= 3600


@pytest.mark.operations("get-services")
def test_retry_after_on_a_503_is_honoured_for_idempotent_methods() -> None:
    server = SignedIn(then_ok("GET", httpx.Response(503, headers={"Retry-After": "4"})))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps) as client:
        client.call(get_services)
    assert sleeps == [4.0]


# -- backoff -------------------------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_backoff_doubles_up_to_the_cap() -> None:
    server = SignedIn(always(503))
    sleeps: List[float] = []
    policy = RetryPolicy(max_retries=6, initial_backoff=0.25, max_backoff=2.0, sleep=sleeps.append, jitter=lambda: 1.0)
    with make_client(server, retry_policy=policy) as client, pytest.raises(InternalServerError):
        client.call(get_services)
    assert sleeps == [0.25, 0.5, 1.0, 2.0, 2.0, 2.0]
    assert len(server.requests) == 7


def test_jitter_scales_the_backoff_between_half_and_whole() -> None:
    low = RetryPolicy(initial_backoff=1.0, max_backoff=8.0, jitter=lambda: 0.0)
    high = RetryPolicy(initial_backoff=1.0, max_backoff=8.0, jitter=lambda: 1.0)
    assert [low.backoff(n) for n in range(1, 6)] == [0.5, 1.0, 2.0, 4.0, 4.0]
    assert [high.backoff(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 8.0, 8.0]


def test_default_jitter_stays_within_bounds_and_varies() -> None:
    policy = RetryPolicy(initial_backoff=1.0, max_backoff=8.0)
    values = [policy.backoff(2) for _ in range(200)]
    assert all(1.0 <= v <= 2.0 for v in values)
    assert len(set(values)) > 1, "the backoff is not jittered"


def test_default_policy() -> None:
    policy = RetryPolicy()
    assert policy.max_retries == 2
    assert policy.retry_statuses == frozenset({408, 429, 500, 502, 503, 504})
    client = AmigoClient(token="t", organization_id=ORG)
    assert client.retry_policy.max_retries == 2


# -- configuration -------------------------------------------------------------------------------


@pytest.mark.operations("delete-user", "finish-conversation", "get-services", "upsert-service-version-set")
@pytest.mark.parametrize("method", METHODS)
def test_max_retries_zero_disables_retries(method: str) -> None:
    server = SignedIn(always(503, {"Retry-After": "1"}))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps, max_retries=0) as client, pytest.raises(InternalServerError):
        OPERATIONS[method][0](client)
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.operations("get-services")
def test_max_retries_zero_disables_retries_of_connection_errors() -> None:
    server = SignedIn(raising(httpx.ConnectError))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps, max_retries=0) as client, pytest.raises(APIConnectionError):
        client.call(get_services)
    assert len(server.requests) == 1 and sleeps == []


@pytest.mark.operations("get-services")
def test_max_retries_is_taken_from_the_client_argument() -> None:
    server = SignedIn(always(503))
    client = AmigoClient(
        token="t",
        organization_id=ORG,
        base_url="http://amigo.test",
        max_retries=0,
        transport=httpx.MockTransport(server),
    )
    assert client.retry_policy.max_retries == 0
    with client, pytest.raises(InternalServerError):
        client.call(get_services)
    assert len(server.requests) == 1


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("retries", [1, 4])
def test_max_retries_sets_the_number_of_attempts(retries: int) -> None:
    server = SignedIn(always(502))
    sleeps: List[float] = []
    with make_client(server, sleeps=sleeps, max_retries=retries) as client, pytest.raises(InternalServerError):
        client.call(get_services)
    assert len(server.requests) == retries + 1 and len(sleeps) == retries


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": 1.5}, "max_retries"),
        ({"initial_backoff": -0.1}, "initial_backoff"),
        ({"max_backoff": -1}, "max_backoff"),
        ({"max_retry_after": float("nan")}, "max_retry_after"),
    ],
)
def test_invalid_policies_are_refused_by_name(kwargs: Dict[str, Any], name: str) -> None:
    with pytest.raises(ConfigurationError, match=name):
        RetryPolicy(**kwargs)


def test_a_negative_max_retries_on_the_client_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="max_retries") as caught:
        AmigoClient(token="t", organization_id=ORG, max_retries=-1)
    assert isinstance(caught.value, AmigoError)


# -- bodies that cannot be replayed ------------------------------------------------------------


def generated_body() -> Iterator[bytes]:
    yield b'{"version_set": '
    yield b"{}}"


def test_replayable_bodies() -> None:
    build = httpx.Client().build_request
    assert is_replayable(build("GET", "http://x/"))
    assert is_replayable(build("PUT", "http://x/", json={"a": 1}))
    assert is_replayable(build("POST", "http://x/", files={"f": ("a.wav", b"RIFF")}))
    assert not is_replayable(build("PUT", "http://x/", content=generated_body()))


@pytest.mark.operations("upsert-service-version-set")
@pytest.mark.parametrize("failure", ["503", "ReadError", "ConnectError"])
def test_a_generator_body_is_not_retried(failure: str) -> None:
    """MockTransport buffers the body while sending; the decision must not depend on that."""

    def handle(request: httpx.Request) -> httpx.Response:
        if failure == "503":
            return httpx.Response(503)
        raise getattr(httpx, failure)("simulated", request=request)

    server = SignedIn(handle)
    sleeps: List[float] = []
    url = upsert_service_version_set._get_kwargs(SERVICE_ID, "release", body=version_set_body())["url"]
    with make_client(server, sleeps=sleeps) as client:
        http = client._http
        if failure == "503":
            response = http.put(url, content=generated_body())
            assert response.status_code == 503
        else:
            with pytest.raises(getattr(httpx, failure)):
                http.put(url, content=generated_body())
    assert len(server.requests) == 1 and sleeps == []
    assert server.requests[0].content == b'{"version_set": {}}'


class OneWayFile:
    """A binary file that cannot seek (a pipe, a socket)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data

    def seekable(self) -> bool:
        return False


def test_a_multipart_upload_from_a_non_seekable_file_is_not_retried() -> None:
    server = SignedIn(always(503))
    with make_client(server) as client:
        response = client._http.put(  # idempotent: only the body stops the retry
            # OneWayFile has only the read()/seekable() of a pipe, which is all httpx uses of a file
            "/thing",
            files={"recorded_message": ("a.mp3", cast(IO[bytes], OneWayFile(b"ID3....")), "audio/mpeg")},
        )
    assert response.status_code == 503
    assert len(server.requests) == 1


def test_a_multipart_upload_from_bytes_is_retried_with_the_same_body() -> None:
    server = SignedIn(always(503))
    with make_client(server) as client:
        client._http.put("/thing", files={"recorded_message": ("a.mp3", b"ID3-bytes", "audio/mpeg")})
    assert len(server.requests) == 3
    bodies = {r.content for r in server.requests}
    assert len(bodies) == 1 and b"ID3-bytes" in bodies.pop()


class ReadOnlyFile:
    """A binary file-like with read() only (no seekable(): some wrappers and generators-as-files)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        data, self.data = self.data, b""
        return data


def test_a_multipart_body_with_text_fields_beside_the_file_is_retried() -> None:
    """A text field is a part without a file: it does not stop the retry (nor raise: mutation
    testing found a getattr without its default turned it into a bare AttributeError)."""
    build = httpx.Client().build_request
    assert is_replayable(build("POST", "http://x/", data={"note": "hi"}, files={"f": ("a.wav", b"RIFF")}))
    server = SignedIn(always(503))
    with make_client(server) as client:
        client._http.put("/thing", data={"note": "hi"}, files={"recorded_message": ("a.mp3", b"ID3", "audio/mpeg")})
    assert len(server.requests) == 3


def test_a_file_without_seekable_counts_as_not_replayable() -> None:
    """A file-like object that cannot say whether it seeks is taken as one that cannot: sent once,
    never an AttributeError from inside the SDK."""
    build = httpx.Client().build_request
    upload = cast(IO[bytes], ReadOnlyFile(b"ID3...."))
    assert not is_replayable(build("POST", "http://x/", files={"f": ("a.mp3", upload, "audio/mpeg")}))
    server = SignedIn(always(503))
    with make_client(server) as client:
        response = client._http.put(
            "/thing", files={"recorded_message": ("a.mp3", cast(IO[bytes], ReadOnlyFile(b"ID3")), "audio/mpeg")}
        )
    assert response.status_code == 503 and len(server.requests) == 1


# -- the transport on its own -----------------------------------------------------------------


def test_retry_transport_closes_the_responses_it_discards() -> None:
    responses: List[httpx.Response] = []

    def handle(request: httpx.Request) -> httpx.Response:
        response = httpx.Response(503 if len(responses) < 2 else 200, stream=httpx.ByteStream(b"x"))
        responses.append(response)
        return response

    transport = RetryTransport(httpx.MockTransport(handle), RetryPolicy(sleep=lambda s: None))
    final = transport.handle_request(httpx.Request("GET", "http://x/"))
    assert final.status_code == 200
    assert [r.is_closed for r in responses] == [True, True, False]


# -- a started stream is never sent again ------------------------------------------------------


def ndjson(*events: Dict[str, Any]) -> bytes:
    return b"".join(json.dumps(e).encode() + b"\n" for e in events)


PARTIAL_TURN = ndjson(
    {"type": "user-message-available", "message_id": "m1", "user_message": "Hello"},
    {
        "type": "new-message",
        "message": "Hel",
        "transcript_alignment": None,
        "stop": False,
        "sequence_number": 0,
        "message_id": "m2",
    },
)


class Recorder:
    """A loopback handler: answers streams with a 200 and part of a turn, then drops the line."""

    def __init__(self, chunked: bool) -> None:
        self.chunked = chunked
        self.requests: List[Tuple[str, str]] = []

    def __call__(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        handler.rfile.read(length)
        self.requests.append((handler.command, handler.path.split("?")[0]))
        handler.send_response(200)
        handler.send_header("Content-Type", "application/x-ndjson")
        if self.chunked:
            handler.send_header("Transfer-Encoding", "chunked")
            handler.end_headers()
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(PARTIAL_TURN), PARTIAL_TURN))
        else:  # no length: the body ends when the connection closes
            handler.send_header("Connection", "close")
            handler.end_headers()
            handler.wfile.write(PARTIAL_TURN)
        handler.wfile.flush()
        handler.close_connection = True
        handler.connection.shutdown(socket.SHUT_RDWR)


def loopback_client(base_url: str, sleeps: List[float]) -> AmigoClient:
    policy = RetryPolicy(max_retries=3, sleep=sleeps.append, jitter=lambda: 1.0)
    return AmigoClient(token="static-token", organization_id=ORG, base_url=base_url, retry_policy=policy)


@pytest.mark.operations("interact-with-conversation")
@pytest.mark.parametrize("chunked", [True, False], ids=["broken-chunked", "eof"])
def test_an_interact_stream_cut_after_it_started_is_not_retried(loopback: Any, chunked: bool) -> None:
    recorder = Recorder(chunked)
    server = loopback(recorder)
    sleeps: List[float] = []
    with loopback_client(server.base_url, sleeps) as client:
        stream = client.interact(CONVERSATION_ID, "Hello")
        seen = []
        with pytest.raises(IncompleteStreamError):
            for event in stream:
                seen.append(event)
    assert len(seen) == 2 and stream.text == "Hel"
    assert recorder.requests == [("POST", f"/v1/{ORG}/conversation/{CONVERSATION_ID}/interact")]
    assert sleeps == []


@pytest.mark.operations("create-conversation")
@pytest.mark.parametrize("chunked", [True, False], ids=["broken-chunked", "eof"])
def test_a_create_conversation_stream_cut_after_it_started_is_not_retried(loopback: Any, chunked: bool) -> None:
    recorder = Recorder(chunked)
    server = loopback(recorder)
    sleeps: List[float] = []
    with loopback_client(server.base_url, sleeps) as client:
        with pytest.raises(IncompleteStreamError):
            with client.create_conversation(SERVICE_ID) as stream:
                for _ in stream:
                    pass
    assert recorder.requests == [("POST", f"/v1/{ORG}/conversation/")]
    assert sleeps == []


class Hangup:
    """A loopback handler that reads the request and closes the connection without answering."""

    def __init__(self) -> None:
        self.requests: List[str] = []

    def __call__(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        self.requests.append(handler.command)
        handler.close_connection = True
        handler.connection.shutdown(socket.SHUT_RDWR)


@pytest.mark.operations("get-services", "interact-with-conversation")
def test_a_real_hangup_after_sending_retries_get_but_not_interact(loopback: Any) -> None:
    hangup = Hangup()
    server = loopback(hangup)
    sleeps: List[float] = []
    with loopback_client(server.base_url, sleeps) as client:
        with pytest.raises(APIConnectionError):
            client.interact(CONVERSATION_ID, "Hello")
        assert hangup.requests == ["POST"], "an interaction was sent twice"
        with pytest.raises(APIConnectionError):
            client.call(get_services)
    assert hangup.requests == ["POST"] + ["GET"] * 4
    assert sleeps == [0.5, 1.0, 2.0]


class _BreaksMidBody(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b'{"services": ['
        raise httpx.ReadError("connection reset mid-body")


@pytest.mark.operations("get-services")
def test_a_buffered_get_whose_body_breaks_midway_is_retried() -> None:
    attempts: List[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            return httpx.Response(200, stream=_BreaksMidBody())
        return success("GET")

    handler = SignedIn(handle)
    sleeps: List[float] = []
    with make_client(handler, sleeps=sleeps) as client:
        client.call(get_services)
    assert len(attempts) == 2 and len(sleeps) == 1


@pytest.mark.operations("finish-conversation")
def test_a_post_whose_body_breaks_midway_is_not_retried() -> None:
    attempts: List[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        return httpx.Response(204, stream=_BreaksMidBody())

    with make_client(SignedIn(handle)) as client:
        with pytest.raises(APIConnectionError):
            client.call(finish_conversation, CONVERSATION_ID)
    assert len(attempts) == 1


# -- what mutation testing found unpinned (make mutation, retries) ------------------------------


@pytest.mark.operations("get-services")
def test_a_buffered_get_whose_body_always_breaks_is_retried_the_configured_times_then_raises() -> None:
    attempts: List[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        return httpx.Response(200, stream=_BreaksMidBody())

    sleeps: List[float] = []
    with make_client(SignedIn(handle), sleeps=sleeps) as client:
        with pytest.raises(APIConnectionError, match="connection reset mid-body"):
            client.call(get_services)
    assert len(attempts) == 3 and sleeps == [0.5, 1.0]


@pytest.mark.operations("get-services")
def test_a_retry_after_equal_to_max_retry_after_is_waited_for() -> None:
    server = SignedIn(then_ok("GET", httpx.Response(429, headers={"Retry-After": "60"})))
    sleeps: List[float] = []
    policy = RetryPolicy(max_retry_after=60, sleep=sleeps.append)
    with make_client(server, retry_policy=policy) as client:
        client.call(get_services)
    assert sleeps == [60.0] and len(server.requests) == 2
