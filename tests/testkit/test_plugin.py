"""The pytest plugin as a user's test run sees it: registered by its entry point, inert until a
fixture is used, a reset between tests, and no clash with a user's own fixtures or declarations.

Each case runs pytest in a subprocess on test files written to a temporary directory (no conftest
of this repository applies there).
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict

PLUGIN = "amigo_emulator.pytest_plugin"


def run_pytest(directory: Path, files: Dict[str, str], *args: str, autoload: bool = True) -> str:
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMIGO_") or k.startswith("AMIGO_EMULATOR")}
    if not autoload:  # only this plugin: what it imports is then all that is imported
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        args = ("-p", PLUGIN) + args
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(directory)],
        capture_output=True,
        text=True,
        env=env,
        cwd=directory,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    return run.stdout


def test_the_entry_point_names_the_plugin_module() -> None:
    found = [e for e in importlib.metadata.entry_points().select(group="pytest11") if e.value == PLUGIN]
    assert [e.name for e in found] == [PLUGIN]


INERT = """
import subprocess, sys

def test_nothing_is_imported_or_started(request):
    assert request.config.pluginmanager.has_plugin("amigo_emulator.pytest_plugin")
    heavy = [m for m in ("amigo_emulator.testing", "amigo_emulator.app", "amigo_client", "starlette",
                         "uvicorn", "yaml", "vcr") if m in sys.modules]
    assert heavy == []
    children = subprocess.run(["ps", "--ppid", str(__import__("os").getpid()), "-o", "args="],
                              capture_output=True, text=True).stdout
    assert "amigo_emulator" not in children
"""


def test_the_plugin_is_inert_until_a_fixture_is_used(tmp_path: Path) -> None:
    assert "1 passed" in run_pytest(tmp_path, {"test_inert.py": INERT}, autoload=False)


RESET = """
from amigo_client import AmigoClient

def test_a_changes_everything(amigo_emulator, amigo_client):
    amigo_emulator.seed.user(email="left@example.com")
    amigo_emulator.faults(error_burst={"operation": "get-users", "count": None})
    amigo_emulator.faults(pace_ms=250)
    list(amigo_client.service.get_services())

def test_b_starts_clean(amigo_emulator, amigo_client):
    assert amigo_emulator.requests() == [] and amigo_emulator.stats()["requests"] == {}
    state = amigo_emulator.faults.state()
    assert state["error_burst"] == [] and state["pace_ms"] == 0
    assert "left@example.com" not in [u.email for u in amigo_client.user.get_users()]
"""


def test_every_test_gets_an_emulator_reset_to_its_seed(tmp_path: Path) -> None:
    assert "2 passed" in run_pytest(tmp_path, {"test_reset.py": RESET}, autoload=False)


CONFLICTS = {
    "conftest.py": """
import pytest

pytest_plugins = ["amigo_emulator.pytest_plugin"]  # declared as well as auto-registered

@pytest.fixture
def emulator():  # a user's own fixture of that name (an Android emulator, say)
    return "android"

@pytest.fixture(scope="session")
def amigo_emulator_config():
    return {"pace_ms": 0, "organizations": [{"id": "acme", "api_keys": [{"key": "acme-key-0001", "key_id": "acme-kid"}],
            "users": [{"id": "65f0000000000000000000aa"}], "services": [{"id": "65f0000000000000000000bb", "name": "Acme"}]}]}
""",
    "test_conflicts.py": """
def test_user_fixtures_win_and_the_kit_still_works(emulator, amigo_client, amigo_emulator):
    assert emulator == "android"
    assert amigo_emulator.organization == "acme"
    assert [s.name for s in amigo_client.service.get_services()] == ["Acme"]
""",
}


def test_a_users_declarations_and_fixtures_do_not_clash(tmp_path: Path) -> None:
    assert "1 passed" in run_pytest(tmp_path, CONFLICTS)


CONFIGS = {
    "test_a_default.py": """
import os

def test_default_seed(amigo_emulator):
    assert amigo_emulator.organization == "demo-org"
    os.environ["AMIGO_EMULATOR_FIRST_PID"] = str(amigo_emulator.process.pid)
""",
    "test_b_own_seed.py": """
import os, pytest

@pytest.fixture(scope="session")
def amigo_emulator_config():
    return {"organizations": [{"id": "acme", "api_keys": [{"key": "acme-key-0001", "key_id": "acme-kid"}],
            "users": [{"id": "65f0000000000000000000aa"}]}]}

def test_own_seed(amigo_emulator):
    assert amigo_emulator.organization == "acme"
    assert str(amigo_emulator.process.pid) != os.environ["AMIGO_EMULATOR_FIRST_PID"]
""",
    "test_c_default_again.py": """
import os

def test_default_seed_again(amigo_emulator):
    assert amigo_emulator.organization == "demo-org"
    assert str(amigo_emulator.process.pid) == os.environ["AMIGO_EMULATOR_FIRST_PID"]
""",
}


def test_an_overridden_config_gets_its_own_emulator_and_others_share_one(tmp_path: Path) -> None:
    assert "3 passed" in run_pytest(tmp_path, CONFIGS, autoload=False)
