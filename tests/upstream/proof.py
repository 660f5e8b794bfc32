"""``make upstream-proof``: the two whole-suite proofs of issue 14, too slow for every CI run.

Usage::

    python tests/upstream/proof.py [later] [older] [--keep]

* ``later``: the later upstream version (:func:`upstream.versions.later_version`) brought in by
  ``scripts/spec_update.py`` in a copy of the repository (exit 3: changed), then ``make check``
  there (lint, typecheck, check-generated, test), with no code change: it must pass.
* ``older``: an older version without some operations the emulator's hand-written rules serve
  (:data:`upstream.versions.OLDER_REMOVED`): ``--fail-on-breaking`` exits 2 naming the removals
  and the handlers that serve them; the update goes through without it (exit 3); then ``make
  demo`` and ``make test`` there must pass, every test of a removed operation skipped with the
  reason ``openapi.yaml has no operation X (removed upstream)``.

Each prints what happened and how long it took, and the copy's path with ``--keep``; the exit
status is 0 when every proof held. The checkout is never changed (the copies reuse its
virtual environments; the Python 3.8 one for ``make typecheck`` is created first if missing).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Dict, List

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))

from upstream.sandbox import Sandbox  # noqa: E402
from upstream.versions import OLDER_REMOVED, later_version, older_version  # noqa: E402

SNAPSHOT = ROOT.parent / "shared" / "upstream" / "amigo-openapi-2026-03-18.json"


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _say(message: str) -> None:
    print(message, flush=True)


def prove_later(base: Path, snapshot: Dict[str, Any]) -> bool:
    sandbox = Sandbox(base)
    src = sandbox.upstream("amigo-openapi-later.json", later_version(snapshot))
    update = sandbox.update(src)
    ops = update.report.get("operations", {})
    _say(
        f"later: spec-update exit {update.code} ({update.seconds:.0f} s): {len(ops.get('added', []))} added, "
        f"{len(ops.get('removed', []))} removed, {len(ops.get('changed', []))} changed, "
        f"{len(update.report.get('breaking', []))} breaking; {len(update.report.get('words_removed', []))} stale "
        "words removed"
    )
    if update.code != 3:
        _say(_tail(update.stdout + update.stderr))
        return False
    started = time.monotonic()
    check = sandbox.make("check", timeout=3600)
    summary = [line for line in check.stdout.splitlines() if " passed" in line or " failed" in line]
    _say(f"later: make check exit {check.returncode} ({time.monotonic() - started:.0f} s): {' | '.join(summary)}")
    if check.returncode != 0:
        _say(_tail(check.stdout + check.stderr, 80))
    return check.returncode == 0


def prove_older(base: Path, snapshot: Dict[str, Any]) -> bool:
    sandbox = Sandbox(base)
    src = sandbox.upstream("amigo-openapi-older.json", older_version(snapshot))
    refused = sandbox.update(src, "--fail-on-breaking")
    _say(f"older: --fail-on-breaking exit {refused.code}: breaking {refused.report.get('breaking')}")
    for site in refused.report.get("must_change", []):
        _say(f"older:   must change: {site['file']}: {site['function']}: {site['why']}")
    update = sandbox.update(src)
    _say(f"older: spec-update exit {update.code} ({update.seconds:.0f} s)")
    ok = refused.code == 2 and update.code == 3
    started = time.monotonic()
    demo = sandbox.make("demo", timeout=600)
    _say(f"older: make demo exit {demo.returncode} ({time.monotonic() - started:.0f} s)")
    ok = ok and demo.returncode == 0
    run = sandbox.pytest("tests", timeout=3600)
    counts = {o: run.count(o) for o in ("passed", "skipped", "failed", "error", "not run")}
    removed = {n: r for n, r in run.reasons.items() if "(removed upstream)" in r}
    _say(f"older: make test ({run.seconds:.0f} s): {counts}; {len(removed)} skipped as removed upstream")
    for oid in OLDER_REMOVED:
        _say(f"older:   tests of {oid}: {sum(1 for r in removed.values() if oid in r)} skipped, saying so")
    for node in sorted(run.failures):
        _say(f"older:   FAILED {node}: {_tail(run.reasons.get(node, ''), 6)}")
    return ok and not run.failures and run.count("not run") == 0 and run.code == 0


PROOFS: Dict[str, Callable[[Path, Dict[str, Any]], bool]] = {"later": prove_later, "older": prove_older}


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("proofs", nargs="*", metavar="later|older", help="the proofs to run (default: both)")
    parser.add_argument("--keep", action="store_true", help="keep the copies (their paths are printed)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.proofs if name not in PROOFS]
    if unknown:
        parser.error(f"no proof {', '.join(unknown)} (choose from {', '.join(PROOFS)})")
    if not SNAPSHOT.is_file():
        _say(f"upstream-proof: the snapshot is not at {SNAPSHOT} (../shared is absent)")
        return 1
    if not (ROOT / ".venv-py38-mypy" / ".installed").is_file():
        subprocess.run(["make", "-C", str(ROOT), ".venv-py38-mypy/.installed"], check=True)
    snapshot = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    ok = True
    for name in args.proofs or list(PROOFS):
        base = Path(tempfile.mkdtemp(prefix=f"amigo-upstream-{name}-"))
        started = time.monotonic()
        try:
            held = PROOFS[name](base, snapshot)
        finally:
            if args.keep:
                _say(f"{name}: the copy is kept at {base / 'repo'}")
            else:
                shutil.rmtree(base, ignore_errors=True)
        _say(f"{name}: {'HELD' if held else 'FAILED'} in {time.monotonic() - started:.0f} s")
        ok = ok and held
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
