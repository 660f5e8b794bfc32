"""The Page a list method returns: walked twice, guarded against looping servers in constant
memory, and typed errors for a token that cannot be sent (issues 15 §3 and 16 #1)."""

from __future__ import annotations

import gc
import tracemalloc
import urllib.parse
from typing import Any, Callable, Dict, List, Optional, cast

import httpx
import pytest

from amigo_client import UnexpectedResponseError
from sdkutil import ORG, SignedIn, make_client


def service(i: int) -> Dict[str, Any]:
    user = {"org_id": ORG, "user_id": "65f000000000000000000001"}
    return {
        "id": f"65f0000000000000000{i:05x}",
        "name": f"service {i}",
        "version_sets": {},
        "description": "",
        "is_active": True,
        "service_hierarchical_state_machine_id": "65f0000000000000000000f1",
        "agent_id": "65f0000000000000000000f2",
        "tags": [],
        "keyterms": [],
        "creator": user,
        "updated_by": user,
    }


class Server:
    """Answers get-services; ``next_token(n, token)`` gives the token of page n (None: last page)."""

    def __init__(self, next_token: Callable[[int, Optional[str]], Optional[str]], per_page: int = 2) -> None:
        self.next_token = next_token
        self.per_page = per_page
        self.pages = 0
        self.handler = SignedIn(self.answer)
        #: page number by token, for servers whose tokens name pages (a walk again shows the same items)
        self.numbers: Dict[Optional[str], int] = {None: 0, "a": 1, "b": 2}

    def answer(self, request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("continuation_token")
        if token == "0":
            token = None  # the method's default: the first page
        n = self.pages
        self.pages += 1
        following = self.next_token(n, token)
        number = self.numbers.get(token, n)
        body = {
            "services": [service(number * self.per_page + i) for i in range(self.per_page)],
            "has_more": following is not None,
            "continuation_token": following,
            "filter_values": None,
        }
        return httpx.Response(200, json=body)


def three_pages(n: int, token: Optional[str]) -> Optional[str]:
    return {None: "a", "a": "b", "b": None}[token]


@pytest.mark.operations("get-services")
def test_a_page_iterated_twice_yields_every_item_both_times_and_fetches_the_rest_again() -> None:
    server = Server(three_pages)
    page = make_client(server.handler).service.get_services()
    first = [s.name for s in page]
    assert first == [f"service {i}" for i in range(6)] and server.pages == 3
    assert [s.name for s in page] == first
    assert [s.name for s in page] == first  # and a third time
    # Each walk after the first asked for pages 2 and 3 again; page 1 is the answer held.
    assert server.pages == 3 + 2 * 2
    tokens = [r.url.params.get("continuation_token") for r in server.handler.requests]
    assert tokens == ["0", "a", "b", "a", "b", "a", "b"]


@pytest.mark.operations("get-services")
def test_iter_pages_twice_and_both_ways_in_turn() -> None:
    server = Server(three_pages)
    page = make_client(server.handler).service.get_services()
    assert [len(p.services) for p in page.iter_pages()] == [2, 2, 2]
    assert [len(p.services) for p in page.iter_pages()] == [2, 2, 2]
    assert len(list(page)) == 6


@pytest.mark.operations("get-services")
def test_two_walks_at_once_do_not_share_a_guard() -> None:
    server = Server(three_pages)
    page = make_client(server.handler).service.get_services()
    a, b = iter(page), iter(page)
    names = [next(a).name, next(b).name, next(a).name, next(b).name, next(a).name, next(b).name]
    assert names[0] == names[1] and len(list(a)) == 3 and len(list(b)) == 3


@pytest.mark.operations("get-services")
def test_the_same_token_twice_in_a_row_stops_at_once() -> None:
    server = Server(lambda n, token: "same")
    page = make_client(server.handler).service.get_services()
    with pytest.raises(UnexpectedResponseError, match="get_services: the server sent continuation_token 'same' twice"):
        list(page)
    assert server.pages == 2  # the second 'same' is refused before it is used


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("prefix, loop", [(0, 2), (3, 5), (10, 1), (1, 17)])
def test_a_loop_of_tokens_of_any_length_is_stopped_within_a_bounded_number_of_pages(prefix: int, loop: int) -> None:
    def tokens(n: int, token: Optional[str]) -> Optional[str]:
        return f"t{n + 1}" if n < prefix else f"loop{(n - prefix) % loop}"

    server = Server(tokens)
    with pytest.raises(UnexpectedResponseError, match="twice in one walk"):
        list(make_client(server.handler).service.get_services())
    assert server.pages <= 2 * max(prefix, loop) + loop + 2


@pytest.mark.operations("get-services")
def test_next_page_chains_are_guarded_and_calling_it_twice_is_fine() -> None:
    server = Server(lambda n, token: "x" if token is None else "y" if token == "x" else "x")
    first = make_client(server.handler).service.get_services()
    again = first.next_page()
    assert again is not None and first.next_page() is not None  # the same step twice: no loop
    page: Any = first
    with pytest.raises(UnexpectedResponseError, match="twice"):
        for _ in range(10):
            page = page.next_page()


@pytest.mark.operations("get-services")
def test_fresh_48_kib_tokens_forever_keep_memory_flat() -> None:
    # A server that never ends the list, each token new: the walk goes on (an endless list), and
    # what the guard keeps does not grow with the number of pages (the old seen-set kept every
    # token: about 62 MB per 1,000 pages of 48 KiB tokens).
    size = 48 * 1024
    server = Server(lambda n, token: f"{n:08d}" + "x" * (size - 8), per_page=1)
    page = make_client(server.handler).service.get_services()
    tracemalloc.start()
    try:
        marks: Dict[int, int] = {}
        for count, _item in enumerate(page, 1):
            server.handler.requests.clear()  # the test's own record of requests
            cast(
                Any, urllib.parse
            ).clear_cache()  # bounded, but its 128 URLs of 48 KiB (httpx's cookie jar) blur the measure
            if count in (40, 240):
                gc.collect()  # what is kept, not what awaits collection (make mutation turns gc off)
                marks[count] = tracemalloc.get_traced_memory()[0]
            if count == 240:
                break
    finally:
        tracemalloc.stop()
    grown = marks[240] - marks[40]
    assert grown < 2 * 1024 * 1024, f"memory grew by {grown} bytes over 200 pages of 48 KiB tokens"


@pytest.mark.operations("get-services")
def test_a_token_too_long_for_a_url_is_a_typed_error_naming_the_operation() -> None:
    server = Server(lambda n, token: "t" * 70_000 if token is None else None)
    page = make_client(server.handler).service.get_services()
    with pytest.raises(UnexpectedResponseError, match=r"get_services: .*continuation_token .*70000 characters"):
        list(page)
    with pytest.raises(UnexpectedResponseError):
        page.next_page()


def test_the_guard_alone() -> None:
    from amigo_client._resource import TokenLoopGuard

    guard = TokenLoopGuard()
    for token in ["a", "b", "c", "d", "e", 1, "1"]:  # 1 and "1" are different tokens
        guard.check(token, "op")
    twin = guard.copy()
    with pytest.raises(UnexpectedResponseError, match="op: .* '1' twice"):
        guard.check("1", "op")  # the same token twice in a row: at once, wherever the anchor is
    with pytest.raises(UnexpectedResponseError):
        twin.check("1", "op")  # a copy remembers what the original did
    seen: List[int] = []
    fresh = TokenLoopGuard()
    for n in range(10_000):
        fresh.check(n, "op")
        seen.append(n)
    assert len(seen) == 10_000  # new tokens are never refused
