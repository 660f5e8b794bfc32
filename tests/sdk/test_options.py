"""Options that cannot be sent are a ConfigurationError naming the option, before anything is sent
(issue 15 §4): header values that are not ASCII or not strings, timeouts of -1, 0, NaN or
infinity, ``extra_query`` values that httpx would send as a Python repr. The same check guards
the client's settings, ``with_options`` and each method's per-request options; a property test
over arbitrary values finds no other exception escaping."""

from __future__ import annotations

import http.server
import json
from typing import Any, Callable, Dict, Iterator, List

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amigo_client import AmigoClient, AmigoError, ConfigurationError
from sdkutil import LoopbackServer, SignedIn, make_client

PAGE = {"services": [], "has_more": False, "continuation_token": None, "filter_values": {"tags": []}}
SECRET = "Zq7-header-secret"

BAD_TIMEOUTS: List[Any] = [
    -1,
    0,
    float("nan"),
    float("inf"),
    1e300,  # finite, but an OverflowError in the socket
    "soon",
    True,
    httpx.Timeout(-1),
    httpx.Timeout(5.0, read=float("inf")),
    httpx.Timeout(5.0, pool=float("nan")),
]
BAD_HEADERS: List[Dict[Any, Any]] = [
    {"x-trace": SECRET + "\u00e9"},  # UnicodeEncodeError in httpx
    {"x-trace": "\u201c" + SECRET + "\u201d"},
    {"x-trace": None},  # TypeError in httpx
    {"x-trace": SECRET + "\r\nx-injected: 1"},  # would split the header
    {"x-trace": 5},
    {"x trace": "v"},  # not a header name
    {"": "v"},
    {b"x-trace": "v"},
]
BAD_QUERIES: List[Any] = [
    {"a": b"raw"},  # sent as a=b'raw'
    {"a": {"b": 1}},  # sent as a={'b': 1}
    {"a": [1, b"raw"]},
    {"a": object()},
    {1: "a"},
    "a=1",
]


@pytest.fixture
def handler() -> SignedIn:
    return SignedIn(lambda request: httpx.Response(200, json=PAGE))


def shown(exc: BaseException) -> str:
    return str(exc) + repr(exc)


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS, ids=repr)
def test_a_bad_timeout_is_refused_by_the_method_with_options_and_the_client(timeout: Any, handler: SignedIn) -> None:
    client = make_client(handler)
    with pytest.raises(ConfigurationError, match=r"^timeout('s \w+)? must be a number of seconds > 0"):
        client.service.get_services(timeout=timeout)
    with pytest.raises(ConfigurationError, match=r"^with_options: timeout('s \w+)? must be a number of seconds"):
        client.with_options(timeout=timeout)
    with pytest.raises(ConfigurationError, match=r"^timeout('s \w+)? must be a number of seconds"):
        make_client(handler, timeout=timeout)
    assert handler.requests == [] and handler.sign_ins == 0


@pytest.mark.parametrize("headers", BAD_HEADERS, ids=repr)
def test_a_header_that_cannot_be_sent_is_named_never_shown(headers: Dict[Any, Any], handler: SignedIn) -> None:
    client = make_client(handler)
    attempts: List[Callable[[], object]] = [
        lambda: client.service.get_services(extra_headers=headers),
        lambda: client.with_options(headers=headers),
        lambda: make_client(handler, headers=headers),
    ]
    for attempt, option in zip(attempts, ["extra_headers", "with_options: headers", "headers"]):
        with pytest.raises(ConfigurationError) as caught:
            attempt()
        assert str(caught.value).startswith(option + ": "), caught.value
        assert SECRET not in shown(caught.value)
    assert handler.requests == [] and handler.sign_ins == 0


@pytest.mark.parametrize(
    "query", BAD_QUERIES, ids=["bytes", "mapping", "bytes-in-a-list", "object", "int-key", "string"]
)  # fixed ids: the object's repr holds its address, so its test id changed from run to run
def test_an_extra_query_value_that_would_be_sent_as_a_repr_is_refused(query: Any, handler: SignedIn) -> None:
    client = make_client(handler)
    with pytest.raises(ConfigurationError, match="^extra_query"):
        client.service.get_services(extra_query=query)
    assert handler.requests == []


@pytest.mark.operations("get-services")
def test_good_options_still_reach_the_request(handler: SignedIn) -> None:
    client = make_client(handler, headers={"x-app": "batch 7"}, timeout=httpx.Timeout(4.0, pool=None))
    client.with_options(headers={"x-team": "a\tb"}, timeout=2.5).service.get_services(
        timeout=3, extra_headers={"x-trace": "t-1"}, extra_query={"flag": True, "n": [1, 2.5, None], "s": "é"}
    )
    sent = handler.requests[-1]
    assert (sent.headers["x-app"], sent.headers["x-team"], sent.headers["x-trace"]) == ("batch 7", "a\tb", "t-1")
    assert sent.url.params.get_list("n") == ["1", "2.5", ""] and sent.url.params["flag"] == "true"
    assert sent.url.params["s"] == "é" and sent.extensions["timeout"]["read"] == 3.0


@pytest.mark.parametrize("margin", [-1, float("nan"), float("inf"), "60"])
def test_a_bad_refresh_margin_is_refused(margin: Any) -> None:
    with pytest.raises(ConfigurationError, match="^refresh_margin must be"):
        AmigoClient(api_key="k", api_key_id="i", user_id="u", organization_id="o", refresh_margin=margin)


# -- nothing else escapes, whatever the values (a real socket: timeouts reach it) ----------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.binary(max_size=4),
)
values = st.one_of(scalars, st.lists(scalars, max_size=2), st.dictionaries(st.text(max_size=3), scalars, max_size=2))
mappings = st.one_of(st.none(), values, st.dictionaries(st.one_of(st.text(max_size=6), st.binary(max_size=2)), values))
timeouts = st.one_of(
    st.none(),
    scalars,
    st.builds(httpx.Timeout, st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))),
)


@pytest.fixture(scope="module")
def server() -> Iterator[LoopbackServer]:
    def handle(request: http.server.BaseHTTPRequestHandler) -> None:
        length = int(request.headers.get("content-length") or 0)
        request.rfile.read(length)
        body = PAGE if "/service/" in request.path else {"id_token": "t", "expires_at": "2099-01-01T00:00:00Z"}
        data = json.dumps(body).encode()
        request.send_response(200)
        request.send_header("content-type", "application/json")
        request.send_header("content-length", str(len(data)))
        request.end_headers()
        request.wfile.write(data)

    with LoopbackServer(handle) as running:
        yield running


@pytest.mark.operations("get-services")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(timeout=timeouts, headers=mappings, query=mappings, client_timeout=timeouts, client_headers=mappings)
def test_any_option_values_give_a_result_or_an_amigo_error(
    server: LoopbackServer, timeout: Any, headers: Any, query: Any, client_timeout: Any, client_headers: Any
) -> None:
    try:
        client = AmigoClient(
            token="t", organization_id="o", base_url=server.base_url, timeout=client_timeout, headers=client_headers
        )
    except AmigoError:
        client = AmigoClient(token="t", organization_id="o", base_url=server.base_url, timeout=1.0)
    attempts: List[Callable[[], Any]] = [
        lambda: client.service.get_services(timeout=timeout, extra_headers=headers, extra_query=query),
        lambda: client.with_options(timeout=timeout, headers=headers).service.get_services(),
    ]
    with client:
        for attempt in attempts:
            try:
                page = attempt()
            except AmigoError:
                continue
            assert page.data.services == []


@pytest.mark.parametrize("bad", ["3", -1, True, 2.0])
def test_with_options_refuses_a_max_retries_that_is_not_a_count_naming_it(bad: Any, handler: SignedIn) -> None:
    client = make_client(handler)
    with pytest.raises(ConfigurationError, match=f"^with_options: max_retries must be an integer >= 0, got {bad!r}$"):
        client.with_options(max_retries=bad)


@pytest.mark.parametrize(
    "query, message",
    [
        ("a=b", "extra_query must be a mapping, got str"),
        ({1: "x"}, "extra_query: keys must be strings, got int"),
        (
            {"k": b"x"},
            "extra_query: the value of 'k' must be a string, a number, a boolean or None (or a list of them), not bytes",
        ),
        (
            {"k": ["x", {"y": 1}]},
            "extra_query: the value of 'k' must be a string, a number, a boolean or None (or a list of them), not dict",
        ),
    ],
    ids=["string", "int-key", "bytes-value", "dict-in-a-list"],
)
def test_a_refused_extra_query_names_the_type_it_got(query: Any, message: str, handler: SignedIn) -> None:
    client = make_client(handler)
    with pytest.raises(ConfigurationError) as caught:
        client.service.get_services(extra_query=query)
    assert str(caught.value) == message


@pytest.mark.parametrize("seconds, connect", [(30, 5.0), (2.5, 2.5), (1e9, 5.0)], ids=["long", "short", "largest"])
def test_a_timeout_in_seconds_caps_the_connect_phase_at_five_seconds(
    seconds: float, connect: float, handler: SignedIn
) -> None:
    """Seconds up to MAX_TIMEOUT (1e9, included) are accepted; waiting longer than five seconds
    for a connection only delays the error, so the connect phase of a client's timeout (given
    to AmigoClient, with_options or one call) is capped there."""
    make_client(handler, timeout=seconds).service.get_services()
    make_client(handler).with_options(timeout=seconds).service.get_services()
    make_client(handler).service.get_services(timeout=seconds)  # per request: the same rule
    for sent in handler.requests[-3:]:
        assert sent.extensions["timeout"] == {"connect": connect, "read": seconds, "write": seconds, "pool": seconds}
