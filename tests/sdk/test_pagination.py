"""AmigoClient.paginate / iter_items over has_more + continuation_token pages."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

import attrs
import httpx
import pytest

from amigo_client import AmigoError, ConfigurationError, InternalServerError, NotFoundError, UnexpectedResponseError
from amigo_client.api.conversation import get_conversations
from amigo_client.api.metric import get_metrics
from amigo_client.api.service import get_services
from amigo_client.models.conversation_instance import ConversationInstance
from amigo_client.models.get_services_response import GetServicesResponse
from amigo_client.models.metric_instance import MetricInstance
from amigo_client.models.service_instance import ServiceInstance
from sdkutil import ORG, SIGN_IN_PATH, SignedIn, conforming, make_client, sign_in_response

USER = {"org_id": ORG, "user_id": "u1"}


def service(n: int) -> Dict[str, Any]:
    return {
        "id": f"service-{n}",
        "name": f"Service {n}",
        "version_sets": {},
        "description": "",
        "is_active": True,
        "service_hierarchical_state_machine_id": "sm",
        "agent_id": "agent",
        "tags": [],
        "keyterms": [],
        "creator": USER,
        "updated_by": USER,
    }


def conversation(n: int) -> Dict[str, Any]:
    return {
        "id": f"conversation-{n}",
        "user_id": "u1",
        "created_at": "2025-01-01T00:00:00Z",
        "is_finished": True,
        "is_analyzed": False,
        "completed_post_processings": [],
        "final_message": "",
        "service_id": "s1",
        "version_set_info": None,
        "num_messages": n,
        "tags": {},
    }


def metric(n: int) -> Dict[str, Any]:
    return {
        "id": f"metric-{n}",
        "org_id": ORG,
        "name": f"Metric {n}",
        "description": "",
        "applied_to_services": [],
        "additional_notes": None,
        "tags": [],
        "creator": USER,
        "updated_by": USER,
        "metric_value": {"type": "boolean"},
        "is_deleted": False,
    }


def services_page(numbers: List[int], token: Optional[int]) -> Dict[str, Any]:
    page = {
        "services": [service(n) for n in numbers],
        "has_more": token is not None,
        "continuation_token": token,
        "filter_values": {"tags": []},
    }
    return dict(conforming("get-services", page))


def conversations_page(numbers: List[int], token: Optional[int]) -> Dict[str, Any]:
    page = {
        "conversations": [conversation(n) for n in numbers],
        "has_more": token is not None,
        "continuation_token": token,
    }
    return dict(conforming("get-conversations", page))


def metrics_page(numbers: List[int], token: Any) -> Dict[str, Any]:
    page = {
        "metrics": [metric(n) for n in numbers],
        "has_more": token is not None,
        "continuation_token": token,
        "filter_values": None,
    }
    return dict(conforming("get-metrics", page))


class Pages:
    """Answers list requests from a map of continuation_token (as sent) -> page body."""

    def __init__(self, pages: Dict[str, Any]) -> None:
        self.pages = pages
        self.server = SignedIn(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("continuation_token")
        page = self.pages.get(str(token))
        if page is None:
            return httpx.Response(404, json={"detail": f"unknown continuation_token {token}"})
        if isinstance(page, httpx.Response):
            return page
        return httpx.Response(200, json=page)

    @property
    def requests(self) -> List[httpx.Request]:
        return self.server.requests

    @property
    def tokens(self) -> List[Optional[str]]:
        return [r.url.params.get("continuation_token") for r in self.requests]


THREE_SERVICE_PAGES = {
    "0": services_page([1, 2], 2),
    "2": services_page([3, 4], 4),
    "4": services_page([5], None),
}


@pytest.mark.operations("get-services")
def test_pages_are_fetched_lazily_one_request_per_next() -> None:
    pages = Pages(THREE_SERVICE_PAGES)
    with make_client(pages.server) as client:
        iterator = client.paginate(get_services, limit=2)
        assert len(pages.requests) == 0, "paginate() sent a request before the first page was asked for"
        first = next(iterator)
        assert len(pages.requests) == 1
        assert isinstance(first, GetServicesResponse)
        assert [s.id for s in first.services] == ["service-1", "service-2"]
        second = next(iterator)
        assert len(pages.requests) == 2
        assert [s.id for s in second.services] == ["service-3", "service-4"]
        third = next(iterator)
        assert len(pages.requests) == 3
        assert [s.id for s in third.services] == ["service-5"]
        with pytest.raises(StopIteration):
            next(iterator)
    assert len(pages.requests) == 3, "a request was sent after a page said has_more=false"


@pytest.mark.operations("get-services")
def test_the_continuation_token_and_other_arguments_are_passed_on() -> None:
    pages = Pages(THREE_SERVICE_PAGES)
    with make_client(pages.server) as client:
        list(client.paginate(get_services, limit=2, is_active=True, tags=["team:a"]))
    assert pages.tokens == ["0", "2", "4"]
    for request in pages.requests:
        assert request.method == "GET" and request.url.path == f"/v1/{ORG}/service/"
        assert request.url.params["limit"] == "2"
        assert request.url.params["is_active"] == "true"
        assert request.url.params.get_list("tags") == ["team:a"]


@pytest.mark.operations("get-services")
def test_a_starting_continuation_token_is_sent_on_the_first_request() -> None:
    pages = Pages(THREE_SERVICE_PAGES)
    with make_client(pages.server) as client:
        ids = [s.id for s in client.iter_items(get_services, continuation_token=2)]
    assert ids == ["service-3", "service-4", "service-5"]
    assert pages.tokens == ["2", "4"]


@pytest.mark.operations("get-services")
def test_a_single_page_with_has_more_false_makes_one_request() -> None:
    pages = Pages({"0": services_page([1], None)})
    with make_client(pages.server) as client:
        assert len(list(client.paginate(get_services))) == 1
    assert len(pages.requests) == 1


@pytest.mark.operations("get-services")
def test_an_empty_first_page() -> None:
    pages = Pages({"0": services_page([], None)})
    with make_client(pages.server) as client:
        assert list(client.iter_items(get_services)) == []
    assert len(pages.requests) == 1


@pytest.mark.operations("get-services")
def test_has_more_is_trusted_over_a_present_token() -> None:
    page = services_page([1], None)
    page["continuation_token"] = 99  # a token, but has_more is false: stop
    pages = Pages({"0": page})
    with make_client(pages.server) as client:
        assert [s.id for s in client.iter_items(get_services)] == ["service-1"]
    assert len(pages.requests) == 1


@pytest.mark.operations("get-services")
def test_a_zero_token_is_a_token() -> None:
    """0 is falsy but a valid continuation_token."""
    pages = Pages({"5": services_page([1], 0), "0": services_page([2], None)})
    with make_client(pages.server) as client:
        assert [s.id for s in client.iter_items(get_services, continuation_token=5)] == ["service-1", "service-2"]
    assert pages.tokens == ["5", "0"]


@pytest.mark.operations("get-services")
def test_has_more_without_a_token_raises_a_clear_error_after_the_page() -> None:
    broken = services_page([1, 2], None)
    broken["has_more"] = True
    pages = Pages({"0": broken})
    with make_client(pages.server) as client:
        iterator = client.paginate(get_services)
        first = next(iterator)
        assert [s.id for s in first.services] == ["service-1", "service-2"]
        with pytest.raises(AmigoError) as caught:
            next(iterator)
    message = str(caught.value)
    assert "has_more" in message and "continuation_token" in message
    assert "get_services" in message
    assert len(pages.requests) == 1


@pytest.mark.operations("get-services")
def test_an_error_on_page_two_raises_after_page_one_was_yielded() -> None:
    pages = Pages({"0": services_page([1, 2], 7)})  # no page for token 7: 404
    seen: List[str] = []
    with make_client(pages.server) as client:
        with pytest.raises(NotFoundError) as caught:
            for item in client.iter_items(get_services):
                seen.append(item.id)
    assert seen == ["service-1", "service-2"]
    assert "unknown continuation_token 7" in caught.value.body
    assert pages.tokens == ["0", "7"]


@pytest.mark.operations("get-services")
def test_a_server_error_on_page_two_is_retried_then_raised() -> None:
    pages = Pages({"0": services_page([1], 3), "3": httpx.Response(503, text="maintenance")})
    sleeps: List[float] = []
    with make_client(pages.server, sleeps=sleeps) as client:
        iterator = client.paginate(get_services)
        next(iterator)
        with pytest.raises(InternalServerError):
            next(iterator)
    assert pages.tokens == ["0", "3", "3", "3"]
    assert len(sleeps) == 2


@pytest.mark.operations("get-services")
def test_a_transient_error_on_page_two_is_retried_transparently() -> None:
    answers: List[httpx.Response] = [httpx.Response(502)]

    def flaky(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("continuation_token")
        if token == "3" and answers:
            return answers.pop()
        return httpx.Response(200, json=services_page([1], 3) if token == "0" else services_page([2], None))

    server = SignedIn(flaky)
    with make_client(server) as client:
        assert [s.id for s in client.iter_items(get_services)] == ["service-1", "service-2"]
    assert [r.url.params["continuation_token"] for r in server.requests] == ["0", "3", "3"]


# -- iter_items ------------------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_iter_items_finds_the_list_field_and_is_lazy_across_pages() -> None:
    pages = Pages(THREE_SERVICE_PAGES)
    with make_client(pages.server) as client:
        items = client.iter_items(get_services, limit=2)
        assert len(pages.requests) == 0
        first = next(items)
        assert isinstance(first, ServiceInstance) and first.id == "service-1"
        assert next(items).id == "service-2"
        assert len(pages.requests) == 1, "page 2 was fetched before page 1's items were used up"
        assert next(items).id == "service-3"
        assert len(pages.requests) == 2
        assert [s.id for s in items] == ["service-4", "service-5"]
    assert len(pages.requests) == 3


@pytest.mark.operations("get-conversations")
def test_iter_items_over_conversations() -> None:
    pages = Pages({"0": conversations_page([1, 2], 150), "150": conversations_page([3], None)})
    with make_client(pages.server) as client:
        found = list(client.iter_items(get_conversations, is_finished=True))
    assert all(isinstance(c, ConversationInstance) for c in found)
    assert [c.id for c in found] == ["conversation-1", "conversation-2", "conversation-3"]
    assert pages.tokens == ["0", "150"]
    assert all(r.url.path == f"/v1/{ORG}/conversation/" for r in pages.requests)
    assert all(r.url.params["is_finished"] == "true" for r in pages.requests)


@pytest.mark.operations("get-metrics")
def test_iter_items_over_metrics_with_an_opaque_token() -> None:
    """The metrics list's continuation_token is not typed: whatever the server sent goes back."""
    pages = Pages({"0": metrics_page([1], "cursor-abc"), "cursor-abc": metrics_page([2, 3], None)})
    with make_client(pages.server) as client:
        found = list(client.iter_items(get_metrics, limit=1))
    assert all(isinstance(m, MetricInstance) for m in found)
    assert [m.id for m in found] == ["metric-1", "metric-2", "metric-3"]
    assert pages.tokens == ["0", "cursor-abc"]


@pytest.mark.operations("get-services")
def test_iter_items_accepts_the_list_field_by_name() -> None:
    pages = Pages(THREE_SERVICE_PAGES)
    with make_client(pages.server) as client:
        ids = [s.id for s in client.iter_items(get_services, items="services", limit=2)]
    assert ids == ["service-1", "service-2", "service-3", "service-4", "service-5"]


@pytest.mark.operations("get-services")
def test_iter_items_stops_early_without_fetching_more() -> None:
    pages = Pages(THREE_SERVICE_PAGES)
    with make_client(pages.server) as client:
        for item in client.iter_items(get_services):
            if item.id == "service-2":
                break
    assert len(pages.requests) == 1


def test_a_page_whose_list_field_cannot_be_guessed_names_its_fields() -> None:
    from amigo_client._paging import _list_field

    @attrs.define
    class TwoLists:
        a: List[int]
        b: List[int]

    @attrs.define
    class NoList:
        a: int

    with pytest.raises(AmigoError, match=r"TwoLists has list fields \['a', 'b'\]: pass items="):
        _list_field(TwoLists([1], [2]))
    with pytest.raises(AmigoError, match="NoList has list fields"):
        _list_field(NoList(1))


@pytest.mark.operations("get-services")
def test_paginate_signs_in_once_for_all_pages() -> None:
    pages = Pages(THREE_SERVICE_PAGES)
    with make_client(pages.server) as client:
        list(client.paginate(get_services))
    assert pages.server.sign_ins == 1


@pytest.mark.operations("get-services")
def test_a_repeated_continuation_token_stops_instead_of_looping() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=services_page([1], 7))  # always "more", always token 7

    handler = SignedIn(handle)
    with make_client(handler) as client:
        pages = client.paginate(get_services)
        with pytest.raises(UnexpectedResponseError, match="continuation_token 7 twice"):
            for _ in range(10):
                next(pages)
    assert len(handler.requests) == 2


@pytest.mark.operations("get-services")
def test_items_naming_a_missing_field_lists_the_real_ones() -> None:
    handler = SignedIn(lambda r: httpx.Response(200, json=services_page([1], None)))
    with make_client(handler) as client:
        with pytest.raises(ConfigurationError, match=r"no list field 'nope'; its list fields are \['services'\]"):
            list(client.iter_items(get_services, items="nope"))


@pytest.mark.operations("get-services")
def test_iter_items_takes_a_function_from_a_page_to_its_items() -> None:
    pages = Pages(THREE_SERVICE_PAGES)

    def services_of(page: GetServicesResponse) -> List[ServiceInstance]:
        return page.services[:1]  # the first item of each page

    with make_client(pages.server) as client:
        ids = [s.id for s in client.iter_items(get_services, items=services_of, limit=2)]
    assert ids == ["service-1", "service-3", "service-5"]


def endless(token_of: Any, page: Any = services_page) -> SignedIn:
    """A server whose every page says has_more, with the token ``token_of(n)`` on page n."""
    count = {"n": 0}

    def handle(request: httpx.Request) -> httpx.Response:
        count["n"] += 1
        return httpx.Response(200, json=page([count["n"]], token_of(count["n"])))

    return SignedIn(handle)


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("period", [1, 2, 3, 7, 40])
def test_a_cycle_of_tokens_of_any_length_is_found(period: int) -> None:
    handler = endless(lambda n: 1000 + n % period)
    with make_client(handler) as client:
        with pytest.raises(UnexpectedResponseError, match="twice in one walk"):
            for _ in client.paginate(get_services):
                pass
    assert len(handler.requests) <= 4 * period + 2  # Brent: within the tail plus twice the next power of 2


@pytest.mark.operations("get-metrics")
def test_the_loop_guard_holds_constant_memory_over_fresh_long_tokens() -> None:
    import gc
    import tracemalloc

    count = {"n": 0}

    def handle(request: httpx.Request) -> httpx.Response:  # keeps no request (SignedIn would)
        if request.url.path == SIGN_IN_PATH:
            return sign_in_response()
        count["n"] += 1
        return httpx.Response(200, json=metrics_page([1], f"{count['n']:08d}" + "t" * 48 * 1024))

    client = make_client(handle)  # a fresh 48 KiB token on every page
    pages = client.paginate(get_metrics)
    next(pages)
    tracemalloc.start()
    try:
        # The first 150 pages fill the bounded caches on the way (urllib.parse keeps the last 128
        # URLs it split); from there on, what grows is what the guard keeps.
        for _ in range(150):
            next(pages)
        gc.collect()
        base = tracemalloc.get_traced_memory()[0]
        for _ in range(150):
            next(pages)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert grown < 1024 * 1024, f"{grown / 1024 / 1024:.1f} MiB more kept over 150 pages"  # their tokens: 7 MiB


@pytest.mark.operations("get-metrics")
def test_a_token_too_long_for_a_url_is_a_typed_error() -> None:
    handler = endless(lambda n: "t" * 70_000, metrics_page)
    with make_client(handler) as client:
        with pytest.raises(ConfigurationError, match="the request URL cannot be built"):
            list(client.paginate(get_metrics))
