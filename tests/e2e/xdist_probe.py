"""A pytest plugin for tests/e2e/test_examples.py: after each test that used the testing kit's
emulator, append ``<xdist worker> <emulator URL> <emulator pid>`` to ``$AMIGO_PROBE_FILE``, so a
test can see which emulator each pytest-xdist worker used."""

from __future__ import annotations

import os
from typing import Iterator

import pytest


@pytest.fixture(autouse=True)
def _amigo_probe(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "amigo_emulator_server" in request.fixturenames:
        emu = request.getfixturevalue("amigo_emulator_server")
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        with open(os.environ["AMIGO_PROBE_FILE"], "a", encoding="utf-8") as probe:
            probe.write(f"{worker} {emu.base_url} {emu.process.pid}\n")
