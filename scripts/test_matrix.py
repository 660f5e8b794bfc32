"""Run the SDK's suites (tests/sdk, tests/e2e, tests/realtime) on every CPython from 3.8 to 3.13 found here.

Usage::

    python scripts/test_matrix.py                 # every version found, then the floors job
    python scripts/test_matrix.py --versions 3.8 3.13 --no-floors
    python scripts/test_matrix.py --find 3.8      # print the interpreter used for 3.8

For each version it finds an interpreter (``$PYENV_ROOT/versions/3.X.*``, else ``python3.X`` on
PATH; a missing one is skipped with a message), keeps a venv under ``.venv-matrix/`` with the
package installed editable plus its ``test`` extra and, on the versions the ``realtime`` extra
supports (:func:`realtime_supported`; elsewhere tests/realtime skips, saying why), that extra too
(the versions pip picks for that interpreter; the venv is reused while the interpreter and pyproject.toml's requirements are unchanged), and
runs pytest.

The floors job installs the package from a built wheel (``pip install .``, not editable) with
exactly the lowest httpx, attrs and python-dateutil that pyproject.toml declares, on the oldest
interpreter found, and runs the same suites against that installed copy
(``AMIGO_CLIENT_EXPECT_INSTALLED`` makes tests/e2e/test_vendoring.py check where it came from).

The emulator always runs on the interpreter that runs this script (``AMIGO_EMULATOR_PYTHON``):
its dependencies (starlette, uvicorn) are a development tool's, not the SDK's. Two jobs run at a
time (``--jobs``); they share no files (own venvs, OS-assigned ports, no pytest cache). Prints a
table (version, passed/failed/skipped, seconds) and exits 1 when a job failed.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import tomllib

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]
SUITES = ["tests/sdk", "tests/e2e", "tests/realtime"]
VENVS = ROOT / ".venv-matrix"
FLOOR_PACKAGES = ("httpx", "attrs", "python-dateutil")
JOB_TIMEOUT = 900

__all__ = ["find_interpreter", "declared_floors", "main"]


@dataclass
class Result:
    name: str
    interpreter: str = ""
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    status: str = "ok"  # ok, failed, skipped
    note: str = ""
    log: str = field(default="", repr=False)


def find_interpreter(version: str) -> Optional[str]:
    """The newest ``python3.X`` of pyenv, else ``python3.X`` on PATH, else None."""
    root = os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")
    pattern = re.compile(re.escape(version) + r"\.\d+$")
    found = [p for p in glob.glob(os.path.join(root, "versions", version + ".*")) if pattern.search(p)]
    found.sort(key=lambda p: int(p.rsplit(".", 1)[1]))
    for candidate in reversed(found):
        python = os.path.join(candidate, "bin", "python")
        if os.access(python, os.X_OK):
            return python
    return shutil.which("python" + version)


def declared_floors() -> Dict[str, str]:
    """``{"httpx": "0.28.0", ...}``: the ``>=`` bounds of pyproject.toml's runtime dependencies."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    floors = {}
    for requirement in project["dependencies"]:
        m = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*>=\s*([0-9][0-9A-Za-z.]*)", requirement.strip())
        if not m:
            raise SystemExit(f"test-matrix: cannot read a floor from dependency {requirement!r}")
        floors[m.group(1).lower()] = m.group(2)
    missing = set(FLOOR_PACKAGES) - set(floors)
    if missing:
        raise SystemExit(f"test-matrix: no declared floor for {sorted(missing)}")
    return floors


def realtime_supported(version: str) -> bool:
    """Whether the ``realtime`` extra installs on Python ``version``: each of its requirements'
    ``python_version >= "3.X"`` marker, if it has one, else the project's ``requires-python``."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    floors = [project.get("requires-python", ">=3.8")]
    for requirement in project.get("optional-dependencies", {}).get("realtime", []):
        floors += re.findall(r"python_version\s*>=\s*['\"]([0-9.]+)['\"]", requirement)
    wanted = tuple(int(x) for x in version.split("."))
    for floor in floors:
        digits = re.sub(r"[^0-9.]", "", floor)
        if digits and wanted < tuple(int(x) for x in digits.split(".")):
            return False
    return True


def _extras(version: str) -> str:
    return ".[test,realtime]" if realtime_supported(version) else ".[test]"


def _run(cmd: List[str], log: List[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    log.append("$ " + " ".join(cmd) + "\n" + proc.stdout + proc.stderr)
    return proc  # type: ignore[no-any-return]


def _venv(python: str, path: Path, key: str, install: List[List[str]], log: List[str]) -> Optional[str]:
    """Create (or reuse, when its key matches) the venv at ``path``; None when an install failed."""
    stamp = path / ".matrix-key"
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == key:
        return None
    if path.exists():
        shutil.rmtree(path)
    for cmd in [[python, "-m", "venv", str(path)]] + install:
        proc = _run(cmd, log, cwd=str(ROOT))
        if proc.returncode != 0:
            return f"`{' '.join(cmd[:6])}` failed"
    stamp.write_text(key, encoding="utf-8")
    return None


def _key(python: str, *parts: str) -> str:
    """What a venv's contents depend on: the interpreter, and pyproject.toml's requirements (its
    comments and tool settings do not count)."""
    version = subprocess.run([python, "-c", "import sys; print(sys.version)"], capture_output=True, text=True).stdout
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [project.get("requires-python", ""), *project["dependencies"]]
    requirements += project.get("optional-dependencies", {}).get("test", [])
    requirements += project.get("optional-dependencies", {}).get("realtime", [])
    digest = hashlib.sha256()
    for part in (python, version, *requirements, *parts):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _pytest(result: Result, venv: Path, env: Dict[str, str], log: List[str], module: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="amigo-matrix-") as tmp:
        report = Path(tmp) / "junit.xml"
        # `python -m pytest` puts the work tree first on sys.path (the editable jobs); the floors
        # job runs the console script so that `import amigo_client` finds the installed copy.
        runner = [str(venv / "bin" / "python"), "-m", "pytest"] if module else [str(venv / "bin" / "pytest")]
        cmd = runner + ["-q", "-p", "no:cacheprovider", f"--junitxml={report}", *SUITES]
        start = time.monotonic()
        try:
            proc = _run(cmd, log, cwd=str(ROOT), env=env, timeout=JOB_TIMEOUT)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code, result.note = -1, f"timed out after {JOB_TIMEOUT} s"
        result.seconds = time.monotonic() - start
        if report.is_file():
            suite = ET.parse(report).getroot()
            suite = suite if suite.tag == "testsuite" else suite.find("testsuite")  # type: ignore[assignment]
            total = int(suite.get("tests", 0))
            result.failed = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            result.skipped = int(suite.get("skipped", 0))
            result.passed = total - result.failed - result.skipped
        if code != 0 or result.failed or result.passed == 0:
            result.status = "failed"


def _env(extra: Dict[str, str]) -> Dict[str, str]:
    env = dict(os.environ)
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(name, None)
    env["AMIGO_EMULATOR_PYTHON"] = sys.executable
    env.update(extra)
    return env


def run_version(version: str) -> Result:
    result = Result(f"py{version}")
    python = find_interpreter(version)
    if python is None:
        result.status, result.note = "skipped", f"no Python {version} interpreter (pyenv or python{version} on PATH)"
        return result
    result.interpreter = python
    log: List[str] = []
    venv = VENVS / f"py{version}"
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    error = _venv(python, venv, _key(python, "editable", _extras(version)), [pip + ["-e", _extras(version)]], log)
    if error:
        result.status, result.note, result.log = "failed", error, "".join(log)
        return result
    _pytest(result, venv, _env({}), log, module=True)
    result.log = "".join(log)
    return result


def run_floors(version: str) -> Result:
    floors = declared_floors()
    pins = [f"{name}=={floors[name]}" for name in FLOOR_PACKAGES]
    result = Result(f"py{version} floors", note=", ".join(pins))
    python = find_interpreter(version)
    if python is None:
        result.status, result.note = "skipped", f"no Python {version} interpreter for the floors job"
        return result
    result.interpreter = python
    log: List[str] = []
    venv = VENVS / f"py{version}-floors"
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # The test tools first (their own choice of versions), then the package from a wheel with the
    # runtime dependencies pinned to the floors (pip downgrades whatever the tools pulled in).
    tools = [pip + [_extras(version)], pip + ["--force-reinstall", "--no-deps", *pins]]
    error = _venv(python, venv, _key(python, "floors", _extras(version), *pins), tools, log)
    if not error:
        # The package itself is rebuilt every run (its sources change; the venv's deps do not).
        proc = _run(pip + ["--force-reinstall", "--no-deps", "."], log, cwd=str(ROOT))
        error = None if proc.returncode == 0 else "`pip install .` failed"
    if not error:
        check = "import importlib.metadata as m; print(' '.join(f'{n}=={m.version(n)}' for n in %r))" % (
            list(FLOOR_PACKAGES),
        )
        proc = _run([str(venv / "bin" / "python"), "-c", check], log, cwd=tempfile.gettempdir())
        installed = proc.stdout.split()
        if installed != pins:
            error = f"installed {installed}, expected exactly {pins}"
    if error:
        result.status, result.note, result.log = "failed", error, "".join(log)
        return result
    # The tests import amigo_emulator (its pytest fixtures) from the work tree, but not amigo_client.
    with tempfile.TemporaryDirectory(prefix="amigo-matrix-path-") as tmp:
        os.symlink(ROOT / "amigo_emulator", Path(tmp) / "amigo_emulator")
        env = _env({"PYTHONPATH": tmp, "AMIGO_CLIENT_EXPECT_INSTALLED": str(venv)})
        _pytest(result, venv, env, log, module=False)
    result.log = "".join(log)
    return result


def _table(results: List[Result]) -> str:
    rows = [("job", "passed", "failed", "skipped", "seconds", "status", "note")]
    for r in results:
        rows.append((r.name, str(r.passed), str(r.failed), str(r.skipped), f"{r.seconds:.0f}", r.status, r.note))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1])
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--versions", nargs="+", default=VERSIONS, metavar="3.X")
    parser.add_argument("--no-floors", action="store_true", help="skip the lowest-dependencies job")
    parser.add_argument("--jobs", type=int, default=2, help="jobs at a time (default 2: this machine has 2 cores)")
    parser.add_argument("--find", metavar="3.X", help="print the interpreter found for 3.X and exit")
    args = parser.parse_args(argv)
    if args.find:
        python = find_interpreter(args.find)
        if python is None:
            print(f"no Python {args.find} interpreter found", file=sys.stderr)
            return 1
        print(python)
        return 0
    VENVS.mkdir(exist_ok=True)
    oldest = next((v for v in VERSIONS if find_interpreter(v)), None)
    for version in args.versions:
        if find_interpreter(version) is None:
            print(f"test-matrix: SKIP Python {version}: no interpreter found (pyenv or python{version} on PATH)")
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        # The floors job first: it is the longest (it builds a wheel) and it starts a venv's
        # installs while the others run.
        futures = []
        if not args.no_floors and oldest is not None:
            futures.append(pool.submit(run_floors, oldest))
        futures += [pool.submit(run_version, v) for v in args.versions]
        results = [f.result() for f in futures]
    for r in results:
        if r.status == "failed":
            print(f"\n===== {r.name} ({r.interpreter}): {r.note or 'tests failed'}\n{r.log[-20000:]}")
    print(f"\ntest-matrix: {len(results)} jobs in {time.monotonic() - started:.0f} s\n")
    print(_table(results))
    failed = [r.name for r in results if r.status == "failed"]
    ran = [r for r in results if r.status != "skipped"]
    print(
        f"\ntest-matrix: {sum(r.passed for r in ran)} passed, {sum(r.failed for r in ran)} failed, "
        f"{sum(r.skipped for r in ran)} skipped"
    )
    if failed:
        print("test-matrix: FAILED: " + ", ".join(failed))
        return 1
    if not ran:
        print("test-matrix: no interpreter found; nothing ran")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
