"""Fixtures of the real-time tests: the emulator (one subprocess per run, reset before each test),
a signed-in client, and helpers that drive the emulator's real-time switches.

These tests need the realtime extra (the websockets package); without it they are skipped, with
the reason, so `make test-matrix` can run them wherever the extra installs and say why elsewhere.
"""

from __future__ import annotations

from typing import Iterator

import pytest

pytest.importorskip(
    "websockets.sync.client",
    reason="the realtime extra is not installed (pip install 'amigo-client[realtime]': websockets>=13.1)",
)

from amigo_client import AmigoClient  # noqa: E402
from amigo_emulator import pytest_plugin  # noqa: E402
from amigo_emulator.testing import Emulator  # noqa: E402

# A non-root conftest cannot declare pytest_plugins; import the plugin's fixtures instead.
emulator_config = pytest_plugin.emulator_config
emulator = pytest_plugin.emulator
emu = pytest_plugin.emu


@pytest.fixture
def client(emu: Emulator) -> Iterator[AmigoClient]:
    with AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
    ) as made:
        yield made
