"""A copy of the repository to run ``make spec-update`` and the suite in, leaving the checkout
alone.

Contract: :class:`Sandbox` copies the files git knows in the checkout (tracked, and untracked
ones not ignored: the working tree as it is, uncommitted edits included) into
``<base>/repo``, and reuses the checkout's virtual environments through symbolic links (never
installing anything: ``make`` runs with the install stamps marked old, ``-o``, so no target
re-installs the package, which would re-point the checkout's editable install). ``../shared``
of the copy is ``<base>/shared``: the checkout's ``../shared`` entries linked in, and
:meth:`Sandbox.upstream` writes upstream documents into ``<base>/shared/upstream/`` so that the
copy's ``openapi.yaml`` finds the document it was built from, as the checkout does.

Everything runs with the copy first on ``sys.path`` (``PYTHONPATH``: the editable install of
the checkout's environment would otherwise import the checkout's ``amigo_client``) and with
``AMIGO_EMULATOR_SPEC`` unset (the emulator serves the copy's ``openapi.yaml``).

:meth:`Sandbox.update` runs ``scripts/spec_update.py`` there and returns the exit code with the
``--json`` report; :meth:`Sandbox.pytest` runs pytest there and returns each test's outcome
(written by the plugin :mod:`upstream.outcomes`), with the skip and failure reasons.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence

__all__ = ["Outcome", "Sandbox", "SuiteRun", "tracked_files"]

ROOT = Path(__file__).resolve().parents[2]

#: Install stamps of the Makefile; `make -o` treats each as old, so no target re-installs.
_STAMPS = (".venv/.installed", ".venv/.bench-installed", ".venv-py38-mypy/.installed")
_ENVIRONMENTS = (".venv", ".venv-py38-mypy")


def tracked_files(root: Path = ROOT) -> List[str]:
    """The files git knows in ``root`` (tracked, and untracked ones it does not ignore), or
    raise ``RuntimeError`` saying why they cannot be listed."""
    try:
        listed = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            capture_output=True,
            check=False,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise RuntimeError(f"cannot list the repository's files with git: {exc}") from None
    if listed.returncode != 0:
        raise RuntimeError(f"{root} is not a git checkout: {listed.stderr.decode(errors='replace').strip()}")
    return sorted(name for name in listed.stdout.decode("utf-8").split("\0") if name)


@dataclass
class Outcome:
    """One ``scripts/spec_update.py`` run."""

    code: int
    report: Dict[str, Any]
    stdout: str
    stderr: str
    seconds: float

    def lines(self) -> List["tuple[str, str, bool]"]:
        """The report as (operation, change, breaking) lines, as :mod:`versions` writes them."""
        ops = self.report.get("operations") or {}
        out = [(o["operation"], "added", False) for o in ops.get("added", [])]
        out += [(o["operation"], "removed", True) for o in ops.get("removed", [])]
        for entry in ops.get("changed", []):
            out += [(entry["operation"], c["text"], bool(c["breaking"])) for c in entry["changes"]]
        return sorted(out)


@dataclass
class SuiteRun:
    """One pytest run: each test's outcome (``passed``, ``failed``, ``error``, ``skipped``) and
    the skip reasons, by node id."""

    outcomes: Dict[str, str] = field(default_factory=dict)
    reasons: Dict[str, str] = field(default_factory=dict)
    #: the operations each test is marked with (``pytest.mark.operations``)
    operations: Dict[str, List[str]] = field(default_factory=dict)
    code: int = 0
    output: str = ""
    seconds: float = 0.0

    def count(self, outcome: str, among: Optional[Sequence[str]] = None) -> int:
        ids = self.outcomes if among is None else among
        return sum(1 for node in ids if self.outcomes.get(node) == outcome)

    @property
    def failures(self) -> Dict[str, str]:
        return {n: o for n, o in self.outcomes.items() if o in ("failed", "error")}


class Sandbox:
    """A copy of the repository under ``base`` (see the module docstring)."""

    def __init__(self, base: Path, source: Path = ROOT) -> None:
        self.base = base
        self.source = source
        self.root = base / "repo"
        self.shared = base / "shared"
        self.root.mkdir(parents=True)
        for name in tracked_files(source):
            origin = source / name
            if origin.is_file():  # a tracked file deleted in the working tree is left out
                target = self.root / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(origin, target)  # keeps times: the install stamps stay newer
        for env in _ENVIRONMENTS:
            if (source / env).is_dir():
                (self.root / env).symlink_to(source / env, target_is_directory=True)
        (self.shared / "upstream").mkdir(parents=True)
        real = source.parent / "shared"
        if real.is_dir():
            for entry in real.iterdir():
                if entry.name != "upstream":
                    (self.shared / entry.name).symlink_to(entry)
            for entry in (real / "upstream").iterdir() if (real / "upstream").is_dir() else ():
                (self.shared / "upstream" / entry.name).symlink_to(entry)

    @property
    def python(self) -> str:
        return str(self.root / ".venv" / "bin" / "python")

    def env(self, **extra: str) -> Dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in ("AMIGO_EMULATOR_SPEC", "PYTEST_ADDOPTS")}
        env.pop("PYTEST_CURRENT_TEST", None)
        env["PYTHONPATH"] = os.pathsep.join([str(self.root), str(self.root / "tests")])
        env.update(extra)
        return env

    def upstream(self, name: str, document: Mapping[str, Any]) -> Path:
        """Write ``document`` as ``../shared/upstream/<name>`` of the copy; its path."""
        path = self.shared / "upstream" / name
        path.write_text(json.dumps(document), encoding="utf-8")
        return path

    def run(self, command: Sequence[str], timeout: float = 900, **extra: str) -> "subprocess.CompletedProcess[str]":
        return subprocess.run(
            list(command),
            cwd=self.root,
            env=self.env(**extra),
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )

    def update(self, src: Path, *flags: str) -> Outcome:
        """``scripts/spec_update.py SRC --json ... FLAGS`` in the copy."""
        report = self.base / f"report-{time.monotonic_ns()}.json"
        started = time.monotonic()
        done = self.run([self.python, "scripts/spec_update.py", str(src), "--json", str(report), *flags])
        seconds = time.monotonic() - started
        data = json.loads(report.read_text(encoding="utf-8")) if report.is_file() else {}
        return Outcome(done.returncode, data, done.stdout, done.stderr, seconds)

    def make(self, *targets: str, timeout: float = 1800) -> "subprocess.CompletedProcess[str]":
        """``make TARGETS`` in the copy, never re-installing (the stamps are taken as old)."""
        olds = [arg for stamp in _STAMPS for arg in ("-o", stamp)]
        return self.run(["make", *olds, *targets], timeout=timeout)

    def pytest(self, *args: str, timeout: float = 900) -> SuiteRun:
        """pytest ``ARGS`` in the copy; each test's outcome (plugin :mod:`upstream.outcomes`). Its
        temporary directories are under the copy's base (``--basetemp``): runs in several copies
        at once never share, or clean up, each other's."""
        stamp = time.monotonic_ns()
        outcomes = self.base / f"outcomes-{stamp}.json"
        basetemp = f"--basetemp={self.base / f'pytest-{stamp}'}"
        started = time.monotonic()
        done = self.run(
            [
                self.python,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "-p",
                "upstream.outcomes",
                "-rs",
                basetemp,
                *args,
            ],
            timeout=timeout,
            AMIGO_TEST_OUTCOMES=str(outcomes),
        )
        run = SuiteRun(code=done.returncode, output=done.stdout + done.stderr, seconds=time.monotonic() - started)
        if outcomes.is_file():
            for node, entry in json.loads(outcomes.read_text(encoding="utf-8")).items():
                run.outcomes[node] = entry["outcome"]
                run.operations[node] = list(entry.get("operations") or [])
                if entry["reason"]:
                    run.reasons[node] = entry["reason"]
        return run
