"""The testing kit as a user installs it: the built wheel in a fresh virtual environment outside
the checkout, first alone (the emulator says what to install), then with ``[testing]``, where
``python -m amigo_emulator`` serves the packaged contract and the example project's own tests pass,
serially and under ``pytest -n 2`` (each xdist worker with its own emulator process and port).

It builds the wheel with pip (hatchling from the package index) and installs from the index, as
the floors job of scripts/test_matrix.py does: about a minute on a loaded machine.
"""

from __future__ import annotations

import email.parser
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import pytest

from repo import ROOT

PROJECT = ROOT / "examples" / "testing_project"
PROBE = ROOT / "tests" / "e2e"  # xdist_probe.py: which emulator each worker used


def _env(**extra: str) -> Dict[str, str]:
    """This environment without anything that points into the checkout or at another emulator."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV") and not k.startswith("AMIGO_")
    }
    env.update(extra)
    return env


def _run(cmd: List[str], cwd: Path, timeout: float = 600, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env=_env(**extra), capture_output=True, text=True, timeout=timeout, check=False)


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, f"{done.args}\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    _ok(_run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)], cwd=dist))
    (built,) = dist.glob("amigo_client-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    where = tmp_path_factory.mktemp("fresh") / "venv"
    _ok(_run([sys.executable, "-m", "venv", str(where)], cwd=where.parent))
    yield where
    shutil.rmtree(where, ignore_errors=True)


def test_the_wheel_carries_the_kit_and_keeps_the_core_dependencies(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        info = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(info).decode("utf-8"))
        entry_points = archive.read(info.replace("METADATA", "entry_points.txt")).decode("utf-8")
    assert "amigo_emulator/openapi.yaml" in names and "amigo_emulator/pytest_plugin.py" in names
    assert "amigo_client/py.typed" in names
    assert not [n for n in names if n.split("/")[0] in ("tests", "spectools", "scripts", "examples", "bench")]
    requires = metadata.get_all("Requires-Dist") or []
    core = sorted(r.split(">=")[0] for r in requires if "extra ==" not in r)
    assert core == ["attrs", "httpx", "python-dateutil"]
    testing = sorted(r.split(">=")[0] for r in requires if "extra == 'testing'" in r or 'extra == "testing"' in r)
    # websockets: the emulator's real-time WebSocket endpoint (uvicorn serves WebSockets with it)
    assert testing == ["python-multipart", "pyyaml", "starlette", "uvicorn", "websockets"]
    assert "[pytest11]\namigo_emulator.pytest_plugin = amigo_emulator.pytest_plugin" in entry_points


def _serve_once(python: Path, cwd: Path) -> Tuple[str, float]:
    """Start ``python -m amigo_emulator --port 0``, wait for its line, stop it; (line, seconds)."""
    started = time.monotonic()
    process = subprocess.Popen(
        [str(python), "-m", "amigo_emulator", "--port", "0"], cwd=cwd, env=_env(), stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        return line.strip(), time.monotonic() - started
    finally:
        process.terminate()
        process.wait(timeout=10)


# The example testing project calls and seeds these.
@pytest.mark.operations(
    "get-conversation-messages",
    "get-memories",
    "get-users",
    "create-invited-user",
    "create-webhook-destination",
    "create-conversation",
    "interact-with-conversation",
    "finish-conversation",
)
def test_installed_outside_the_checkout_the_kit_works_and_the_example_project_passes(
    wheel: Path, venv: Path, tmp_path: Path
) -> None:
    python = venv / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]

    # The package alone: the SDK works, the emulator says what it needs.
    _ok(_run(pip + [str(wheel)], cwd=tmp_path))
    _ok(_run([str(python), "-c", "import amigo_client, amigo_emulator.testing"], cwd=tmp_path))
    bare = _run([str(python), "-m", "amigo_emulator", "--port", "0"], cwd=tmp_path, timeout=60)
    assert bare.returncode == 3 and "pip install 'amigo-client[testing]'" in bare.stderr, bare.stderr

    # With the testing extra: `python -m amigo_emulator` serves the contract shipped in the wheel.
    _ok(_run(pip + [f"{wheel}[testing]", "pytest", "pytest-xdist"], cwd=tmp_path))
    where = _ok(
        _run([str(python), "-c", "from amigo_emulator.spec import default_spec_path as d; print(d())"], tmp_path)
    )
    assert where.strip().startswith(str(venv)) and where.strip().endswith("amigo_emulator/openapi.yaml")
    line, _ = _serve_once(python, tmp_path)
    assert line.startswith("amigo-emulator listening on http://127.0.0.1:"), line

    # The example project, copied out of the checkout, tested with nothing but the plugin.
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    serial = _ok(_run([str(python), "-m", "pytest", "-q"], cwd=project))
    assert " passed" in serial and " failed" not in serial

    probe = tmp_path / "probe.txt"
    xdist = _run(
        [str(python), "-m", "pytest", "-q", "-n", "2", "-p", "xdist_probe"],
        cwd=project,
        AMIGO_PROBE_FILE=str(probe),
        PYTHONPATH=str(PROBE),
    )
    assert " passed" in _ok(xdist)
    used: Dict[str, set[Tuple[str, str]]] = {}
    for record in probe.read_text(encoding="utf-8").splitlines():
        worker, url, pid = record.split()
        used.setdefault(worker, set()).add((url, pid))
    assert sorted(used) == ["gw0", "gw1"], used
    assert all(len(emulators) == 1 for emulators in used.values()), "one emulator per worker session"
    (first,), (second,) = used.values()
    assert first[0] != second[0] and first[1] != second[1], "each worker its own process and port"
