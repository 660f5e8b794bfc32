"""Fixtures for the SDK's unit tests; helpers live in sdkutil.py."""

from __future__ import annotations

import http.server
from typing import Callable, Iterator, List

import pytest

from sdkutil import LoopbackServer


@pytest.fixture
def loopback() -> Iterator[Callable[[Callable[[http.server.BaseHTTPRequestHandler], None]], LoopbackServer]]:
    servers: List[LoopbackServer] = []

    def start(handle: Callable[[http.server.BaseHTTPRequestHandler], None]) -> LoopbackServer:
        server = LoopbackServer(handle).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)
