"""Fixtures for the SDK's unit tests; helpers live in sdkutil.py."""

from __future__ import annotations

import http.server
from typing import Callable, Iterator, List

import pytest

from amigo_emulator import pytest_plugin
from sdkutil import LoopbackServer

# The emulator fixtures (one subprocess per test run, reset before each test) for the tests that
# need a real server: a piped audio upload, the cross-process token cache, secrets in errors.
emulator_config = pytest_plugin.emulator_config
emulator = pytest_plugin.emulator
emu = pytest_plugin.emu


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
