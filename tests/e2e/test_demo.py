"""`make emulator` keeps an emulator running and prints the AMIGO_* settings a script needs; `make
demo` ends by saying how (issue 16 #6)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[2]
#: scripts/demo.py runs the emulator, whose dependencies `make test-matrix` keeps on another interpreter.
DEV_PYTHON = os.environ.get("AMIGO_EMULATOR_PYTHON") or sys.executable


def test_make_emulator_prints_settings_an_example_runs_with_unchanged() -> None:
    serve = subprocess.Popen(
        [DEV_PYTHON, str(ROOT / "scripts" / "demo.py"), "--serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert serve.stdout is not None
    try:
        lines: List[str] = []
        while not (lines and lines[-1].startswith("export AMIGO_USER_ID=")):
            line = serve.stdout.readline()
            assert line, f"the emulator stopped: {lines}"
            lines.append(line.rstrip())
        settings: Dict[str, str] = dict(
            line[len("export ") :].split("=", 1) for line in lines if line.startswith("export ")
        )
        assert set(settings) == {
            "AMIGO_BASE_URL",
            "AMIGO_ORGANIZATION_ID",
            "AMIGO_API_KEY",
            "AMIGO_API_KEY_ID",
            "AMIGO_USER_ID",
        }
        assert lines[0] == f"amigo-emulator listening on {settings['AMIGO_BASE_URL']}"
        environment = {k: v for k, v in os.environ.items() if not k.startswith("AMIGO_")}
        run = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "conversation.py")],
            env={**environment, **settings},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert run.returncode == 0 and run.stdout.splitlines()[-1] == "(conversation finished)", run.stderr
    finally:
        serve.send_signal(signal.SIGINT)
        assert serve.wait(timeout=30) == 0


def test_make_demo_ends_with_the_settings_of_a_kept_emulator() -> None:
    run = subprocess.run(
        [DEV_PYTHON, str(ROOT / "scripts" / "demo.py")],
        env={k: v for k, v in os.environ.items() if not k.startswith("AMIGO_")},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = run.stdout.splitlines()
    assert run.returncode == 0 and "(conversation finished)" in lines, run.stdout + run.stderr
    assert "`make emulator` in another shell" in lines[-6]
    assert lines[-5:] == [
        "export AMIGO_BASE_URL=http://127.0.0.1:8765",
        "export AMIGO_ORGANIZATION_ID=demo-org",
        "export AMIGO_API_KEY=demo-api-key",
        "export AMIGO_API_KEY_ID=demo-key-id",
        "export AMIGO_USER_ID=65f000000000000000000001",
    ]


def test_the_readme_quick_start_shows_the_emulators_settings() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = [line for line in readme.splitlines() if line.startswith("export AMIGO_")]
    run = subprocess.run(
        [DEV_PYTHON, "-c", "import demo; print(demo.exports(demo.settings_for('http://127.0.0.1:8765')))"],
        cwd=ROOT / "scripts",
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown == run.stdout.splitlines()
    assert "make emulator" in readme.split("## Using it")[0]
