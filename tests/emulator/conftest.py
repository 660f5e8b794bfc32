"""Fixtures for the emulator tests: one emulator subprocess per session (two organizations),
reset before every test, and an authenticated httpx client per test."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, Iterator

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from amigo_emulator import pytest_plugin  # noqa: E402
from amigo_emulator.config import default_config_dict  # noqa: E402
from amigo_emulator.testing import Emulator, running_emulator  # noqa: E402

# The plugin's fixtures (a non-root conftest cannot use pytest_plugins); amigo_emulator_config is
# overridden below with a two-organization seed.
emulator = pytest_plugin.emulator
emu = pytest_plugin.emu

OTHER_ORG = "other-org"


@pytest.fixture(scope="session")
def amigo_emulator_config() -> Dict[str, Any]:
    seed = default_config_dict()
    seed["organizations"].append(
        {
            "id": OTHER_ORG,
            "name": "Other Org",
            "api_keys": [{"key": "other-key", "key_id": "other-key-id"}],
            "users": [{"id": "65f0000000000000000000f1", "email": "other@example.com"}],
            "services": [{"id": "65f0000000000000000000f9", "name": "Other service"}],
        }
    )
    return {
        **seed,
        "pace_ms": 0,
        "post_processing_delay_ms": 20,
        "webhook_backoff_ms": 50,
        "webhook_timeout_seconds": 2,
        # long enough that a second run of the same set is refused (409) even on a loaded machine
        "simulation_run_ms": 1000,
        "check_responses": True,
    }


@pytest.fixture
def client(emu: Emulator) -> Iterator[httpx.Client]:
    """httpx client on the organization's base URL, signed in as the seeded user."""
    with httpx.Client(base_url=emu.api_url, headers=emu.auth_headers(), timeout=10, trust_env=False) as c:
        yield c


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    """A plain httpx client (no credentials, proxies from the environment ignored)."""
    with httpx.Client(timeout=10, trust_env=False) as c:
        yield c


@pytest.fixture(scope="session")
def full_spec(tmp_path_factory: pytest.TempPathFactory, upstream_path: Path) -> Path:
    """The upstream snapshot through scripts/normalize_spec.py: every upstream operation, in the
    shape openapi.yaml takes (skips, with the reason, when ../shared is absent)."""
    out = tmp_path_factory.mktemp("full-spec") / "openapi-full.yaml"
    script = ROOT / "scripts" / "normalize_spec.py"
    done = subprocess.run(
        [sys.executable, str(script), str(upstream_path), "-o", str(out)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return out


@pytest.fixture(scope="session")
def full_emulator(full_spec: Path, amigo_emulator_config: Dict[str, Any]) -> Iterator[Emulator]:
    """A second emulator serving the full upstream contract."""
    with running_emulator(amigo_emulator_config, spec=full_spec) as running:
        yield running


@pytest.fixture
def femu(full_emulator: Emulator) -> Iterator[Emulator]:
    """The full-contract emulator reset to its seed, failing the test on a contract violation."""
    full_emulator.reset()
    yield full_emulator
    violations = full_emulator.stats()["contract_violations"]
    if violations:
        pytest.fail("the emulator answered outside the contract:\n" + "\n".join(violations))
