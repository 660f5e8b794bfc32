"""Upstream changes, end to end, with no code change (issue 14 §3).

Each class of upstream change (:data:`upstream.versions.CLASSES`), the later version issue 14
describes and an older version without some operations are applied to the upstream snapshot (the
pipeline's input) and brought in by ``scripts/spec_update.py --json`` in a copy of the repository
(:class:`upstream.sandbox.Sandbox`; the checkout is never touched). Then, in the copy, the tests
of the operations the change report names run: chosen from the report with ``pytest
--operations`` (every test marked ``pytest.mark.operations`` with one of them, and the round trip
of each through its generated method, ``tests/emulator/test_round_trip.py``).

What must hold, for each class:

* the report lists exactly the class's lines (operation, change, breaking), and nothing else
  is reported for the batch; ``--fail-on-breaking`` exits 2 writing nothing, the update exits 3;
* every test of an operation the version removed is skipped, with exactly the reason the
  ``operations`` marker gives (``openapi.yaml has no operation X (removed upstream)``, or
  ``operations X, Y``); the round trip of every changed or added operation passes; every other
  test of those operations passes, or fails only where the report names its function (or a
  helper it calls) as hand-written code that must change for a breaking change of an operation
  the test is marked with: a caller that sends or reads what the contract no longer has; nothing
  fails that the report does not name;
* what the report must name is named (the emulator's handler of a removed operation).

The classes run as one update: each touches its own operations, so each class's lines are told
apart. A test can exercise operations of several classes (a conversation example lists services,
a class adds a field to, and reads ``is_finished`` of conversations, which another class
removes); its failure is then charged to the breaking change the report names it for: for a class
with no breaking change, a failing test of its operations must be named for a breaking change of
another operation it is marked with, never for this class's own. The later and the older version
each run as their own; for those, every selected test passes or is skipped for a removed
operation, and the older version's ``make demo`` passes. The full ``make check`` after the later
version is ``make upstream-proof`` (too slow for every CI run).

The three proofs run in the background (:data:`PROOFS`), each in a worker process of its own (the
session's process allocates nothing for them, so the suite's memory measurements are not
disturbed) and its own copy with its own base temporary directory for pytest, and every test here
waits for the one it reads. They start as
soon as the session has collected a test of this module (``tests/upstream/conftest.py``), one at
a time beside the rest of the suite, which runs on one core, when the machine has two or more
cores; or when the first test here needs them, as many at a time as there are cores (up to three).

Every test here skips, with the reason, when ../shared (the snapshot) or git is absent.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import pickle
import re
import subprocess
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, Iterator, List, Optional, Set, Tuple

import pytest

from repo import UPSTREAM

from .sandbox import Outcome, Sandbox, SuiteRun, tracked_files
from .versions import CLASSES, LATER_LINES, OLDER_REMOVED, Change, apply, later_version, older_version


def removed_reason(operations: Iterable[str]) -> str:
    """The skip reason of a test marked with ``operations`` that openapi.yaml no longer has (as
    the ``operations`` marker of tests/conftest.py words it)."""
    missing = sorted(operations)
    which = f"operation {missing[0]}" if len(missing) == 1 else f"operations {', '.join(missing)}"
    return f"openapi.yaml has no {which} (removed upstream)"


@dataclass
class Proof:
    """One version brought in by spec-update in a copy, and its tests run there."""

    sandbox: Sandbox
    check: Outcome  # --fail-on-breaking first: must write nothing
    update: Outcome
    tests: SuiteRun
    #: ``make demo`` in the copy (the older version only)
    demo: "Optional[subprocess.CompletedProcess[str]]" = None

    @property
    def removed(self) -> FrozenSet[str]:
        """The operations the version removes (as its report says)."""
        return frozenset(o["operation"] for o in (self.update.report.get("operations") or {}).get("removed", []))

    @property
    def breaking(self) -> FrozenSet[str]:
        """The operations with a breaking change (removed, or a change marked breaking)."""
        return frozenset(line.split(": ", 1)[0] for line in self.update.report.get("breaking", []))

    def blamed(self, node: str) -> Set[str]:
        """The operations the failed test ``node`` is marked with and that the report names it
        for (itself, or a helper of its file that its failure passes through) as code a breaking
        change of theirs reaches."""
        file, function = _location(node)
        reason = self.tests.reasons.get(node, "")
        sites = {
            s["operation"]
            for s in self.update.report.get("must_change", [])
            if s["file"] == file and (s["function"] == function or f"in {s['function'].rsplit('.', 1)[-1]}" in reason)
        }
        return sites & set(self.tests.operations.get(node, ())) & self.breaking

    def nodes(self, operations: FrozenSet[str]) -> List[str]:
        return sorted(n for n, ops in self.tests.operations.items() if set(ops) & operations)


def _location(node: str) -> Tuple[str, str]:
    """``tests/x.py::Class::test_y[param]`` -> (``tests/x.py``, ``Class.test_y``)."""
    file, _, rest = node.partition("::")
    return file, re.sub(r"\[.*\]$", "", rest).replace("::", ".")


def _round_trip(node: str) -> bool:
    return node.startswith("tests/emulator/test_round_trip.py::")


def _prove(base: Path, name: str, document: Dict[str, Any], operations: FrozenSet[str], demo: bool = False) -> Proof:
    sandbox = Sandbox(base)
    src = sandbox.upstream(f"amigo-openapi-{name}.json", document)
    before = (sandbox.root / "openapi.yaml").read_bytes()
    check = sandbox.update(src, "--fail-on-breaking")
    assert (sandbox.root / "openapi.yaml").read_bytes() == before, "--fail-on-breaking wrote openapi.yaml"
    update = sandbox.update(src)
    assert update.code == 3, f"exit {update.code}\n{update.stdout[-3000:]}\n{update.stderr[-3000:]}"
    tests = sandbox.pytest("--ignore=tests/upstream", "--operations", ",".join(sorted(operations)), "tests")
    assert tests.outcomes, tests.output[-3000:]
    return Proof(sandbox, check, update, tests, sandbox.make("demo", timeout=300) if demo else None)


#: The operations of every class (their tests run after the classes' update).
CLASS_OPERATIONS = frozenset(oid for change in CLASSES for oid in change.operations)
LATER_OPERATIONS = frozenset(oid for oid, _text, _breaking in LATER_LINES)
PROOF_NAMES = ("classes", "later", "older")


def _proof(name: str, upstream: str, base: str) -> str:
    """One proof (``classes``, ``later`` or ``older``), in a worker process: the snapshot read from
    ``upstream``, the copy made under ``base``; the :class:`Proof` pickled into
    ``base/proof.pickle``, whose path is returned."""
    snapshot = json.loads(Path(upstream).read_text(encoding="utf-8"))
    where = Path(base)
    if name == "classes":
        proof = _prove(where, name, apply(snapshot, *CLASSES), CLASS_OPERATIONS)
    elif name == "later":
        proof = _prove(where, name, later_version(snapshot), LATER_OPERATIONS)
    else:
        proof = _prove(where, name, older_version(snapshot), frozenset(OLDER_REMOVED), demo=True)
    out = where / "proof.pickle"
    out.write_bytes(pickle.dumps(proof))
    return str(out)


@pytest.fixture(scope="module")
def snapshot(upstream_path: Path) -> Dict[str, Any]:
    try:
        tracked_files()
    except RuntimeError as exc:
        pytest.skip(f"the proofs copy the repository's files: {exc}")
    return dict(json.loads(upstream_path.read_text(encoding="utf-8")))


class _Proofs:
    """The three proofs in the background (:func:`_proof` each, in worker processes started with
    ``spawn``: nothing is forked from the session's threads), under ``base`` (a directory of
    pytest's, which removes it with the base temporary directories of later sessions). Started
    once, stopped when the module is done or, if it never ran, when the session ends."""

    def __init__(self) -> None:
        self.futures: Dict[str, "Future[str]"] = {}
        self.pool: Optional[ProcessPoolExecutor] = None

    def start(self, upstream: Path, workers: int, base: Path) -> Dict[str, "Future[str]"]:
        if not self.futures:
            spawn = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(max_workers=max(1, min(len(PROOF_NAMES), workers)), mp_context=spawn)
            self.futures = {n: self.pool.submit(_proof, n, str(upstream), str(base / n)) for n in PROOF_NAMES}
        return self.futures

    def stop(self) -> None:
        for future in self.futures.values():
            future.cancel()  # one not started yet
        if self.pool is not None:
            self.pool.shutdown(wait=True)
        self.futures, self.pool = {}, None


PROOFS = _Proofs()


def start_early(alone: bool, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Start the proofs now (called by tests/upstream/conftest.py once the session has collected a
    test here), if they can run: the snapshot and git present (else the tests skip, saying why, as
    they would anyway). ``alone``: whether the session runs nothing else; if it does, the proofs
    leave it one core."""
    try:
        tracked_files()
    except RuntimeError:
        return
    if UPSTREAM.is_file():
        cores = os.cpu_count() or 1
        PROOFS.start(UPSTREAM, cores if alone else cores - 1, tmp_path_factory.mktemp("upstream-proofs"))


@pytest.fixture(scope="module")
def _proofs(snapshot: Dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, "Future[str]"]]:
    try:
        yield PROOFS.start(UPSTREAM, os.cpu_count() or 1, tmp_path_factory.mktemp("upstream-proofs"))
    finally:
        PROOFS.stop()


def _result(future: "Future[str]") -> Proof:
    proof: Proof = pickle.loads(Path(future.result()).read_bytes())
    return proof


@pytest.fixture(scope="module")
def classes(_proofs: Dict[str, "Future[str]"]) -> Proof:
    """Every class in one update."""
    return _result(_proofs["classes"])


@pytest.fixture(scope="module")
def later(_proofs: Dict[str, "Future[str]"]) -> Proof:
    return _result(_proofs["later"])


@pytest.fixture(scope="module")
def older(_proofs: Dict[str, "Future[str]"]) -> Proof:
    return _result(_proofs["older"])


def _check_tests(proof: Proof, operations: FrozenSet[str], breaking: bool) -> List[str]:
    """The tests of ``operations`` in ``proof`` (the module docstring's rules); their outcomes.
    ``breaking``: whether the change to ``operations`` is breaking (if not, a test of theirs may
    fail only where the report names it for another operation's breaking change)."""
    nodes = proof.nodes(operations)
    assert nodes, f"no test exercises {sorted(operations)}"
    summary = []
    for node in nodes:
        outcome, reason = proof.tests.outcomes[node], proof.tests.reasons.get(node, "")
        gone = set(proof.tests.operations[node]) & proof.removed
        if gone:
            assert outcome == "skipped" and reason == removed_reason(gone), (node, outcome, reason[-3000:])
        elif outcome in ("failed", "error", "not run"):
            causes = proof.blamed(node) if breaking else proof.blamed(node) - operations
            assert causes and not _round_trip(node), f"{node} ({outcome}), not named for this: {reason[-3000:]}"
        summary.append(outcome)
    return summary


def _class_lines(proof: Proof, change: Change) -> List[Tuple[str, str, bool]]:
    return [line for line in proof.update.lines() if line[0] in change.operations]


@pytest.mark.parametrize("change", CLASSES, ids=[c.name for c in CLASSES])
def test_each_class_is_reported_exactly_and_absorbed(classes: Proof, change: Change) -> None:
    assert sorted(_class_lines(classes, change)) == sorted(change.lines)
    breaking = any(b for _oid, _text, b in change.lines)
    _check_tests(classes, change.operations, breaking)
    present = change.operations - change.removed
    trips = [n for n in classes.nodes(present) if _round_trip(n)]
    assert len(trips) == len(present), f"a round trip for each of {sorted(present)}: {trips}"
    assert all(classes.tests.outcomes[n] == "passed" for n in trips), trips
    named = {f"{s['file']}: {s['function']}" for s in classes.update.report["must_change"]}
    assert change.must_change <= named, sorted(named)
    _summary(classes, change.name, change.lines, change.operations)


def _summary(proof: Proof, name: str, lines: Any, operations: FrozenSet[str]) -> None:
    """What happened, for the record (shown with ``pytest -rP``)."""
    nodes = proof.nodes(operations)
    counts = {o: sum(1 for n in nodes if proof.tests.outcomes[n] == o) for o in ("passed", "skipped", "failed")}
    failed = [n for n in nodes if proof.tests.outcomes[n] in ("failed", "error")]
    skipped = [n for n in nodes if proof.tests.outcomes[n] == "skipped"]
    print(f"{name}: {len(lines)} report line(s), {sum(1 for line in lines if line[2])} breaking")
    for oid, text, breaking in sorted(lines):
        print(f"    {oid}: {text}{'  BREAKING' if breaking else ''}")
    print(f"  tests of {sorted(operations)}: {len(nodes)} ({counts}), round trips {sum(map(_round_trip, nodes))}")
    for node in failed:
        print(f"    failed, named by the report for {', '.join(sorted(proof.blamed(node)))}: {node}")
    for node in skipped:
        print(f"    skipped: {node}: {proof.tests.reasons.get(node, '')}")


def test_the_classes_report_nothing_else_and_exit_as_documented(classes: Proof) -> None:
    expected = sorted(line for change in CLASSES for line in change.lines)
    assert classes.update.lines() == expected
    assert classes.check.code == 2 and classes.check.report["status"] == "breaking"
    assert classes.update.report["status"] == "changed"
    failed = [n for n, o in classes.tests.outcomes.items() if o in ("failed", "error", "not run")]
    unexplained = [n for n in failed if not classes.blamed(n)]
    assert unexplained == [], [classes.tests.reasons.get(n, "")[-2000:] for n in unexplained]
    print(
        f"classes: --fail-on-breaking exit {classes.check.code} ({classes.check.seconds:.0f} s), update exit "
        f"{classes.update.code} ({classes.update.seconds:.0f} s), {len(classes.tests.outcomes)} tests in the copy "
        f"({classes.tests.seconds:.0f} s): {dict((o, classes.tests.count(o)) for o in ('passed', 'skipped', 'failed'))}"
    )
    for site in classes.update.report["must_change"]:
        print(f"  must change: {site['file']}: {site['function']}: {site['why']}")


def test_the_later_version_goes_through_and_its_tests_pass(later: Proof) -> None:
    assert later.update.lines() == sorted(LATER_LINES)
    assert later.check.code == 2  # the Git interface removed, the metric request reshaped
    assert later.removed == {oid for oid, text, _b in LATER_LINES if text == "removed"}
    outcomes = _check_tests(later, LATER_OPERATIONS, breaking=False)
    assert set(outcomes) <= {"passed", "skipped"}, outcomes
    assert "passed" in outcomes
    _summary(later, "later version", LATER_LINES, LATER_OPERATIONS)


def test_the_older_version_names_what_it_breaks_and_the_rest_runs(older: Proof) -> None:
    assert older.update.lines() == sorted((oid, "removed", True) for oid in OLDER_REMOVED)
    assert older.check.code == 2
    assert older.check.report["breaking"] == [f"{oid}: removed" for oid in sorted(OLDER_REMOVED)]
    handlers = {(s["file"], s["function"]) for s in older.check.report["must_change"]}
    assert {
        ("amigo_emulator/metrics.py", "search_metrics"),
        ("amigo_emulator/metrics.py", "get_metric_evaluation_results"),
        ("amigo_emulator/users.py", "search_users"),
        ("amigo_emulator/users.py", "get_memories"),
        ("amigo_emulator/users.py", "get_user_model"),
    } <= handlers
    outcomes = _check_tests(older, frozenset(OLDER_REMOVED), breaking=False)
    assert set(outcomes) == {"skipped"}, outcomes
    demo = older.demo
    assert demo is not None
    assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
    assert "(conversation finished)" in demo.stdout
    _summary(older, "older version", older.update.lines(), frozenset(OLDER_REMOVED))
