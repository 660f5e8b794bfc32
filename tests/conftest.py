from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
UPSTREAM = SHARED / "upstream" / "amigo-openapi-2026-03-18.json"

sys.path.insert(0, str(ROOT / "scripts"))


@pytest.fixture(scope="session")
def upstream_path() -> Path:
    """The upstream snapshot; tests that need it skip (with the reason) when it is absent."""
    if not UPSTREAM.is_file():
        pytest.skip(f"upstream snapshot not found at {UPSTREAM} (../shared is absent on this machine)")
    return UPSTREAM
