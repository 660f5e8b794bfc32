from __future__ import annotations

from pathlib import Path

import pytest

from repo import UPSTREAM

# The testing kit's plugin (also registered by its pytest11 entry point once the package is
# installed; declared here too so that a venv installed before the entry point existed has it).
pytest_plugins = ["amigo_emulator.pytest_plugin"]


@pytest.fixture(scope="session")
def upstream_path() -> Path:
    """The upstream snapshot; tests that need it skip (with the reason) when it is absent."""
    if not UPSTREAM.is_file():
        pytest.skip(f"upstream snapshot not found at {UPSTREAM} (../shared is absent on this machine)")
    return UPSTREAM
