"""AmigoClient._send writes the absolute URL itself (a call-overhead optimisation): it must be
exactly the URL httpx would have built from base_url + path + params."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sdkutil import SignedIn, make_client

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations("get-conversation-messages", "get-services", "search-metrics")

scalars = st.one_of(
    st.text(max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
)
params_strategy = st.dictionaries(
    st.text(min_size=1, max_size=8),
    st.one_of(scalars, st.lists(scalars, max_size=3)),
    max_size=4,
)
paths = st.sampled_from(["/service/", "/conversation/abc/messages/", "/metric/search/", "/user/a%2Fb"])


@settings(max_examples=300, deadline=None)
@given(path=paths, params=params_strategy)
def test_sent_url_equals_what_httpx_builds(path: str, params: Dict[str, Any]) -> None:
    seen: List[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    client = make_client(SignedIn(handle))
    http = client._http
    expected = http.build_request("GET", path, params=params).url
    client._send({"method": "get", "url": path, "params": params}).close()
    assert str(seen[-1].url) == str(expected)
    assert seen[-1].url == expected
