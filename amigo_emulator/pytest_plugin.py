"""pytest fixtures for tests against the emulator.

Use it with ``pytest_plugins = ["amigo_emulator.pytest_plugin"]`` in a top-level conftest (or
``-p amigo_emulator.pytest_plugin``), or import the fixtures into a conftest.

* ``emulator_config`` (session): the seed/config dict; override it to change the seed. Default:
  the default seed with ``pace_ms: 0``, short webhook delays and ``check_responses`` on.
* ``emulator`` (session): one :class:`~amigo_emulator.testing.Emulator` subprocess for the run.
* ``emu`` (function): the same emulator, reset to its seed before the test; after the test it
  fails the test if the emulator recorded a contract violation during it.
"""

from __future__ import annotations

from typing import Any, Dict, Iterator

import pytest

from .testing import Emulator, running_emulator

__all__ = ["emu", "emulator", "emulator_config"]


@pytest.fixture(scope="session")
def emulator_config() -> Dict[str, Any]:
    return {
        "pace_ms": 0,
        "post_processing_delay_ms": 20,
        "webhook_backoff_ms": 50,
        "webhook_timeout_seconds": 2,
        "simulation_run_ms": 100,
        "check_responses": True,
    }


@pytest.fixture(scope="session")
def emulator(emulator_config: Dict[str, Any]) -> Iterator[Emulator]:
    with running_emulator(emulator_config) as running:
        yield running


@pytest.fixture
def emu(emulator: Emulator) -> Iterator[Emulator]:
    emulator.reset()
    yield emulator
    violations = emulator.stats()["contract_violations"]
    if violations:
        pytest.fail("the emulator answered outside the contract:\n" + "\n".join(violations))
