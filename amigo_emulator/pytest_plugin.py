"""The pytest plugin of the testing kit (``pip install 'amigo-client[testing]'``).

Installed with ``amigo-client``, it is registered through the ``pytest11`` entry point (disable it
with ``-p no:amigo_emulator.pytest_plugin``; with ``PYTEST_DISABLE_PLUGIN_AUTOLOAD`` set, enable it
with ``-p amigo_emulator.pytest_plugin``). It is inert until a test uses one of its fixtures: it
imports nothing but pytest and the standard library, and starts no process.

Fixtures:

* ``amigo_emulator_config`` (session): the emulator's seed and settings, as a seed file takes them
  (see :mod:`amigo_emulator.config`); override it in a conftest to change them. Default: the
  default seed (organization ``demo-org``, two services), no pacing, short webhook delays, and
  ``check_responses`` on.
* ``amigo_emulator_server`` (module): the emulator process of ``amigo_emulator_config``, started on
  first use and kept for the session: one per distinct config (a conftest or a module that
  overrides the config gets its own process), and for each pytest-xdist worker its own process on
  its own OS-chosen port.
* ``amigo_emulator`` (function): that emulator, reset to its seed before the test (state, fault
  switches, settings, statistics, request log): an :class:`~amigo_emulator.testing.Emulator` with
  ``base_url``, the credentials, ``env()``, ``client()``, ``seed.*``, ``faults.*``, ``requests()``
  and ``wait_for_webhooks()``. After the test it fails the test if the emulator answered outside
  its contract during it (an emulator bug: set ``check_responses`` false to go on).
* ``amigo_client`` (function): an ``AmigoClient`` for it, closed after the test.
* ``amigo_env`` (function): the process's ``AMIGO_*`` variables pointed at it for the test
  (through ``monkeypatch``; other ``AMIGO_*`` variables but ``AMIGO_LOG`` are removed), so code
  that builds ``AmigoClient()`` from the environment talks to the emulator. Returns the emulator.
* ``amigo_vcr_config`` (session): the recording configuration of :mod:`amigo_emulator.recording`
  for pytest-recording; opt in with ``vcr_config`` (this plugin does not override
  pytest-recording's own fixture, which would change every cassette of the project)::

      @pytest.fixture(scope="module")
      def vcr_config(amigo_vcr_config):
          return amigo_vcr_config

The project's own suites use the short names ``emulator`` (= ``amigo_emulator_server``), ``emu``
(= ``amigo_emulator``) and ``emulator_config`` (= ``amigo_emulator_config``, read only).
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import TYPE_CHECKING, Any, Dict, Iterator

import pytest

if TYPE_CHECKING:
    from amigo_client import AmigoClient

    from .testing import Emulator

__all__ = [
    "amigo_client",
    "amigo_emulator",
    "amigo_emulator_config",
    "amigo_emulator_server",
    "amigo_env",
    "amigo_vcr_config",
    "emu",
    "emulator",
    "emulator_config",
]

#: AMIGO_* variables ``amigo_env`` leaves alone.
_KEEP_ENV = ("AMIGO_LOG",)


@pytest.fixture(scope="session")
def amigo_emulator_config() -> Dict[str, Any]:
    """The emulator's seed and settings (override this fixture to change them)."""
    return {
        "pace_ms": 0,
        "post_processing_delay_ms": 20,
        "webhook_backoff_ms": 50,
        "webhook_timeout_seconds": 2,
        "simulation_run_ms": 100,
        "check_responses": True,
    }


class _Emulators:
    """The emulator processes of a session, one per distinct config, stopped at its end."""

    def __init__(self) -> None:
        self._stack = contextlib.ExitStack()
        self._running: Dict[str, "Emulator"] = {}

    def get(self, config: Dict[str, Any]) -> "Emulator":
        key = json.dumps(config, sort_keys=True, default=repr)
        if key not in self._running:
            from .testing import running_emulator

            self._running[key] = self._stack.enter_context(running_emulator(config))
        return self._running[key]

    def close(self) -> None:
        self._stack.close()


@pytest.fixture(scope="session")
def _amigo_emulators() -> Iterator[_Emulators]:
    emulators = _Emulators()
    try:
        yield emulators
    finally:
        emulators.close()


@pytest.fixture(scope="module")
def amigo_emulator_server(_amigo_emulators: _Emulators, amigo_emulator_config: Dict[str, Any]) -> "Emulator":
    """The emulator process for ``amigo_emulator_config``: started on first use and kept for the
    session, one per distinct config (so a conftest or module that overrides the config gets its
    own; not reset between tests: use ``amigo_emulator``)."""
    return _amigo_emulators.get(amigo_emulator_config)


@pytest.fixture
def amigo_emulator(amigo_emulator_server: "Emulator") -> Iterator["Emulator"]:
    """The session's emulator, reset to its seed before this test."""
    amigo_emulator_server.reset()
    yield amigo_emulator_server
    violations = amigo_emulator_server.stats()["contract_violations"]
    if violations:
        pytest.fail(
            "the emulator answered outside the contract (an emulator bug; set check_responses to false in "
            "amigo_emulator_config to go on):\n" + "\n".join(violations),
            pytrace=False,
        )


@pytest.fixture
def amigo_client(amigo_emulator: "Emulator") -> Iterator["AmigoClient"]:
    """An ``AmigoClient`` signed in (on first use) as the seeded user of the emulator."""
    with amigo_emulator.client() as client:
        yield client


@pytest.fixture
def amigo_env(amigo_emulator: "Emulator", monkeypatch: pytest.MonkeyPatch) -> "Emulator":
    """``AMIGO_*`` pointed at the emulator for this test; ``AmigoClient()`` then talks to it."""
    for name in list(os.environ):
        if name.startswith("AMIGO_") and not name.startswith("AMIGO_EMULATOR_") and name not in _KEEP_ENV:
            monkeypatch.delenv(name)
    for name, value in amigo_emulator.env().items():
        monkeypatch.setenv(name, value)
    return amigo_emulator


@pytest.fixture(scope="session")
def amigo_vcr_config() -> Dict[str, Any]:
    """vcrpy / pytest-recording settings that keep credentials out of cassettes."""
    from .recording import vcr_config

    return vcr_config()


@pytest.hookimpl(optionalhook=True)
def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """pytest-recording's hook: the request matchers ``amigo_vcr_config`` names."""
    from .recording import register_matchers

    register_matchers(vcr)


# -- the short names of the project's own suites ----------------------------------------------


@pytest.fixture(scope="session")
def emulator_config(amigo_emulator_config: Dict[str, Any]) -> Dict[str, Any]:
    """``amigo_emulator_config`` (override that one)."""
    return amigo_emulator_config


@pytest.fixture(scope="module")
def emulator(amigo_emulator_server: "Emulator") -> "Emulator":
    """``amigo_emulator_server``."""
    return amigo_emulator_server


@pytest.fixture
def emu(amigo_emulator: "Emulator") -> "Emulator":
    """``amigo_emulator``."""
    return amigo_emulator
