"""``make mutation``: mutation testing of the SDK's hand-written safety code, with mutmut 3.

What is mutated, and with which tests, is listed in ``mutation/modules.toml``; survivors known to
be equivalent (no test can tell them from the original) are in ``mutation/equivalent.toml``, each
with its reason. A run:

1. lays out a work tree under ``.mutation/work/<entries>`` (git-ignored; one per selection of
   entries, so that judging one entry's survivors does not lose another's run): ``amigo_client/`` with the
   ``overrides/`` sources copied over it as ``make generate`` copies them (so the code mutated is
   the hand-written source even before a ``make generate``), ``amigo_emulator/``, ``tests/``,
   ``openapi.yaml`` and ``pyproject.toml`` with a ``[tool.mutmut]`` section made from the list;
2. runs ``mutmut run`` on the mutants of the listed files and functions, at the lowest CPU
   priority, ``--jobs`` at a time (mutmut runs, for each mutant, only the tests that call the
   mutated function);
3. reports per entry: mutants, killed (a test failed or timed out), survived (every test passed,
   or no test calls the function), the score ``killed / (mutants - skipped)`` and the time;
4. matches each survivor, by file, function and the lines it changes, against
   ``equivalent.toml``. The run fails when a survivor is not listed there (a test is missing, or
   it is equivalent and needs its reason written down), and says when a listed one is no longer
   met (stale entry). The report is printed and written to ``.mutation/report.md``.

A run starts from an empty work tree. ``--keep`` keeps it: the mutants already generated and
the record of which tests call which function (mutmut adds the tests that are new), so a rerun of
one module after adding a test skips the full recording run; every selected mutant is tested
again either way, unless ``--survivors`` is given: then only the mutants that survived the
last run of the same entries unexplained are tested again (after adding tests that should kill
them), and the others keep their status; the report covers every mutant of the entries either way.
``--report-only`` judges the last run again (after editing equivalent.toml).

Usage: ``python scripts/mutation.py [--module NAME ...] [--jobs N] [--keep [--survivors]] [--report-only]``
"""

from __future__ import annotations

import argparse
import ast
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tokenize
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Set, Tuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the project's .venv runs 3.11+
    raise SystemExit("scripts/mutation.py needs Python 3.11+ (tomllib)")

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "overrides"
PACKAGE = "amigo_client"
CONFIG = ROOT / "mutation" / "modules.toml"
EQUIVALENT = ROOT / "mutation" / "equivalent.toml"
STATE = ROOT / ".mutation"
#: The work tree of the selected entries (set by :func:`use_work_tree`).
WORK = STATE / "work" / "all"
REPORT = STATE / "report.md"
SKELETON = STATE / "unexplained.toml"
#: What the tests need besides the package (copied into the work tree, and by mutmut beside it).
SUPPORT = ("amigo_emulator", "tests", "openapi.yaml")
#: A pytest plugin written into the work tree and loaded into every test run mutmut makes.
PLUGIN_NAME = "_mutation_plugin"
PLUGIN = '''"""Loaded by scripts/mutation.py into mutmut's test runs (pytest -p _mutation_plugin)."""

import gc
import os

_disabled = []


def pytest_sessionstart(session):
    # While mutmut records which tests call each function ("stats"), every trampolined call sets
    # a context variable. An automatic garbage collection in the middle of one of those sets can
    # run a finalizer (EventStream.__del__ closes its response) that calls trampolined code and
    # sets it again: CPython 3.11 crashed (SIGSEGV). No automatic collection during that run;
    # tests that call gc.collect() still collect.
    if os.environ.get("MUTANT_UNDER_TEST") == "stats" and gc.isenabled():
        gc.disable()
        _disabled.append(True)


def pytest_runtest_setup(item):
    # With automatic collection off while mutmut records which tests call each function, a
    # garbage-collector callback (_streaming._note_collection) would be recorded only for tests
    # that collect by hand, and its mutants tested with those alone: the stream tests that kill
    # them would never run. One collection before each test, at a safe point (no trampolined
    # call in progress), records it for every test, as automatic collections would.
    if _disabled:
        gc.collect()
    # Caches the package fills on first use (mutation/modules.toml's `clear_before_each_test`)
    # are emptied before each test, so the functions that fill them run (and are recorded by
    # mutmut) in every test that needs them, not only in the first one: otherwise their mutants
    # are tested by that one test alone.
    import sys

    for dotted in CLEAR:
        module_name, _, name = dotted.rpartition(".")
        cache = getattr(sys.modules.get(module_name), name, None)
        if hasattr(cache, "clear"):
            cache.clear()


def _emulator_allowed(item):
    path = str(getattr(item, "path", getattr(item, "fspath", "")))
    return any(os.sep + folder.strip("/").replace("/", os.sep) + os.sep in path for folder in EMULATOR_TESTS)


def pytest_collection_modifyitems(session, config, items):
    # Tests that need an emulator process are left out: each test run mutmut makes would start
    # its own (one per test module that declares the fixture), which made a run take hours on
    # 2 cores. The SDK tests over MockTransport and loopback servers cover the same code. The
    # folders of modules.toml's `emulator_tests` keep theirs: code that only an emulator can
    # drive (the real-time WebSocket), one emulator per test run (about 0.6 s to start and stop).
    # modules.toml's `deselect`: tests that list a class's attributes, where mutmut puts every
    # mutant of its methods (each fails in every run, clean or not).
    kept = [
        item
        for item in items
        if ("emulator" not in getattr(item, "fixturenames", ()) or _emulator_allowed(item))
        and not any(item.nodeid == d or item.nodeid.endswith("/" + d) for d in DESELECT)
    ]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


def pytest_sessionfinish(session, exitstatus):
    if _disabled:
        _disabled.clear()
        gc.enable()
'''
#: mutmut's statuses (``mutmut results --all true``) -> how this report counts them.
KILLED = {"killed", "timeout", "caught by type check", "segfault"}
SURVIVED = {"survived", "no tests"}
SKIPPED = {"skipped"}
#: Not tested (the run was stopped before them): counted apart, never in the score.
NOT_RUN = {"not checked", "check was interrupted by user"}


class MutationError(Exception):
    """The configuration, or the run, is not usable; the message says why."""


# -- the list ------------------------------------------------------------------------------------


@dataclass
class Entry:
    """One entry of modules.toml, resolved: the files and the mutant-name globs it covers."""

    name: str
    files: List[str]  # file names under overrides/
    globs: List[str]  # mutmut mutant-name patterns
    functions: List[str] = field(default_factory=list)  # as written in the list (empty: whole files)


def _defined_functions(path: Path) -> Set[str]:
    """Top-level functions (``name``) and methods (``Class.name``) defined in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: Set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.add(node.name)
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    found.add(f"{node.name}.{item.name}")
    return found


def _module_of(file: str) -> str:
    return f"{PACKAGE}.{file[:-3].replace('/', '.')}"


def _mutant_prefix(function: str) -> str:
    """How mutmut names the mutants of ``function`` (``name`` or ``Class.name``), module aside."""
    if "." in function:
        cls, method = function.split(".", 1)
        return f"x\u01c1{cls}\u01c1{method}__mutmut_"
    return f"x_{function}__mutmut_"


def _function_of(mutant: str) -> Tuple[str, str]:
    """(module, ``name`` or ``Class.name``) of a mutmut mutant name."""
    module, _, rest = mutant.rpartition(".")
    rest = rest.rpartition("__mutmut_")[0]
    if rest.startswith("x\u01c1"):
        cls, _, method = rest[2:].partition("\u01c1")
        return module, f"{cls}.{method}"
    return module, rest[2:] if rest.startswith("x_") else rest


def load_entries(config: Dict[str, Any]) -> List[Entry]:
    modules = config.get("modules")
    if not isinstance(modules, dict) or not modules:
        raise MutationError(f"{CONFIG.relative_to(ROOT)}: no [modules.NAME] entries")
    sources = sorted(p for p in OVERRIDES.rglob("*.py"))
    defined = {str(p.relative_to(OVERRIDES)): _defined_functions(p) for p in sources}
    entries = []
    for name, spec in modules.items():
        if not isinstance(spec, dict) or ("file" in spec) == ("functions" in spec):
            raise MutationError(f"modules.{name}: give either file = '...' or functions = [...]")
        if "file" in spec:
            file = spec["file"]
            if file not in defined:
                raise MutationError(
                    f"modules.{name}: overrides/{file} does not exist (renamed or split? update "
                    f"{CONFIG.relative_to(ROOT)}; the files are {', '.join(sorted(defined))})"
                )
            entries.append(Entry(name, [file], [f"{_module_of(file)}.*"]))
            continue
        files, globs = [], []
        for function in spec["functions"]:
            where = [file for file, names in defined.items() if function in names]
            if len(where) != 1:
                found = "no file" if not where else "several files: " + ", ".join(where)
                raise MutationError(f"modules.{name}: {function} is defined in {found} of overrides/")
            files.append(where[0])
            globs.append(f"{_module_of(where[0])}.{_mutant_prefix(function)}*")
        entries.append(Entry(name, sorted(set(files)), globs, list(spec["functions"])))
    return entries


# -- the work tree -------------------------------------------------------------------------------


def use_work_tree(entries: Sequence[Entry], every: bool) -> Path:
    """Point :data:`WORK` at the work tree of this selection of entries (``all`` for all of them)."""
    global WORK
    WORK = STATE / "work" / ("all" if every else "+".join(entry.name for entry in entries))
    return WORK


def _sync_file(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` unless it already holds the same bytes (mtimes stay)."""
    if target.is_file() and target.read_bytes() == source.read_bytes():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def _sync_tree(source: Path, target: Path) -> None:
    """Make ``target`` a copy of ``source`` (caches and compiled files left out)."""
    skip = {"__pycache__", ".pytest_cache", ".mypy_cache", ".hypothesis"}
    wanted: Set[Path] = set()
    for path in source.rglob("*"):
        if skip & set(path.relative_to(source).parts) or not path.is_file() or path.suffix == ".pyc":
            continue
        relative = path.relative_to(source)
        wanted.add(relative)
        _sync_file(path, target / relative)
    for path in sorted(target.rglob("*"), reverse=True) if target.exists() else []:
        relative = path.relative_to(target)
        if path.is_file() and relative not in wanted and not skip & set(relative.parts):
            path.unlink()


def _mutmut_section(entries: Sequence[Entry], tests: Sequence[str]) -> str:
    files = sorted({file for entry in entries for file in entry.files})

    def array(values: Iterable[str]) -> str:
        return "[" + ", ".join(f'"{v}"' for v in values) + "]"

    return "\n".join(
        [
            "",
            "# Written by scripts/mutation.py from mutation/modules.toml.",
            "[tool.mutmut]",
            f'source_paths = ["{PACKAGE}"]',
            f"only_mutate = {array(f'{PACKAGE}/{f}' for f in files)}",
            f"also_copy = {array([s for s in SUPPORT if s != 'tests'] + [PLUGIN_NAME + '.py'])}",
            f"pytest_add_cli_args_test_selection = {array(tests)}",
            f'pytest_add_cli_args = ["-p", "no:cacheprovider", "-p", "{PLUGIN_NAME}"]',
            "use_git_change_detection = false",
            # mutmut's caller tracking segfaulted once (CPython 3.11, a hypothesis test driving a
            # trampolined generator); it only serves --keep's cache invalidation.
            "track_dependencies = false",
            # Each mutant's tests run in a process forked from a server that has collected the
            # tests but run none: forked from mutmut's own process (which ran them all), a mutant
            # of a function whose result the package caches (the stream's event parsers) would
            # never be called.
            'process_isolation = "forkserver"',
            'forkserver_warmup = "collect"',
            'on_dependency_change = "rerun"',
            "",
        ]
    )


def prepare(
    entries: Sequence[Entry],
    tests: Sequence[str],
    clear: Sequence[str],
    emulator_tests: Sequence[str],
    deselect: Sequence[str],
    keep: bool,
) -> None:
    if not keep and WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True, exist_ok=True)
    _sync_tree(ROOT / PACKAGE, WORK / PACKAGE)
    for source in sorted(OVERRIDES.rglob("*")):  # what `make generate` does last
        if source.is_file() and "__pycache__" not in source.parts:
            _sync_file(source, WORK / PACKAGE / source.relative_to(OVERRIDES))
    for name in SUPPORT:
        if (ROOT / name).is_dir():
            _sync_tree(ROOT / name, WORK / name)
        else:
            _sync_file(ROOT / name, WORK / name)
    plugin = WORK / (PLUGIN_NAME + ".py")
    text = (
        PLUGIN
        + f"\n\nCLEAR = {[f'{PACKAGE}.{c}' for c in clear]!r}\nEMULATOR_TESTS = {list(emulator_tests)!r}\n"
        + f"DESELECT = {list(deselect)!r}\n"
    )
    if not plugin.is_file() or plugin.read_text(encoding="utf-8") != text:
        plugin.write_text(text, encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    if "[tool.mutmut]" in pyproject:
        raise MutationError("pyproject.toml has its own [tool.mutmut]: the list lives in mutation/modules.toml")
    text = pyproject + _mutmut_section(entries, tests)
    target = WORK / "pyproject.toml"
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


# -- running mutmut ------------------------------------------------------------------------------


def _mutmut(*args: str, capture: bool = True) -> "subprocess.CompletedProcess[str]":
    command = [sys.executable, "-m", "mutmut", *args]
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    done = subprocess.run(
        command,
        cwd=WORK,
        env=env,
        text=True,
        capture_output=capture,
        preexec_fn=(lambda: os.nice(19)) if hasattr(os, "nice") else None,
    )
    return done


def run_mutmut(entries: Sequence[Entry], jobs: int, only: Optional[Sequence[str]] = None) -> float:
    """Run mutmut on the entries' mutants, or on the mutants named in ``only``."""
    globs = list(only) if only is not None else [g for entry in entries for g in entry.globs]
    started = time.monotonic()
    if not globs:
        return 0.0
    done = _mutmut("run", "--max-children", str(jobs), *globs, capture=False)
    if done.returncode != 0:
        raise MutationError(f"mutmut run exited with {done.returncode} (its output is above)")
    return time.monotonic() - started


def statuses() -> Dict[str, str]:
    done = _mutmut("results", "--all", "true")
    if done.returncode != 0:
        raise MutationError(f"mutmut results failed:\n{done.stderr}")
    found = {}
    for line in done.stdout.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and "__mutmut_" in name:
            found[name] = status
    return found


#: Prints the diff of each mutant named on stdin, as JSON: what ``mutmut show`` prints, in one
#: process instead of one per mutant (mutmut is pinned: these are its own functions).
_DIFFS = """
import json, sys
from mutmut.mutation.diff_apply import find_mutant, get_diff_for_mutant
out = {}
for name in sys.stdin.read().split():
    out[name] = get_diff_for_mutant(name, path=find_mutant(name).path)
print(json.dumps(out))
"""


def diffs_of(mutants: Sequence[str]) -> Dict[str, str]:
    if not mutants:
        return {}
    done = subprocess.run(
        [sys.executable, "-c", _DIFFS],
        cwd=WORK,
        input="\n".join(mutants),
        text=True,
        capture_output=True,
    )
    if done.returncode != 0:
        raise MutationError(f"reading the mutants' diffs failed:\n{done.stderr[-2000:]}")
    diffs: Dict[str, str] = json.loads(done.stdout)
    return diffs


def changed_lines(diff: str) -> Tuple[str, str]:
    """The lines a mutant removes and adds (stripped, joined by newlines)."""
    removed, added = [], []
    for line in diff.splitlines():
        if line.startswith("---") or line.startswith("+++"):
            continue
        if line.startswith("-"):
            removed.append(line[1:].strip())
        elif line.startswith("+"):
            added.append(line[1:].strip())
    return "\n".join(removed), "\n".join(added)


# -- the report ----------------------------------------------------------------------------------


@dataclass
class Survivor:
    mutant: str
    file: str
    function: str
    status: str
    original: str
    mutated: str
    diff: str
    kind: Optional[str] = None  # "equivalent" or "accepted" once explained
    reason: Optional[str] = None


#: Kinds of explanation: ``equivalent`` (no test can tell the mutant from the original) and
#: ``accepted`` (observable, but not something a test should pin; the reason says why).
KINDS = ("equivalent", "accepted")
#: Codec names: Python looks them up ignoring case.
_CODECS = {"utf-8", "utf8", "ascii", "latin-1", "latin1"}


def load_explanations() -> Tuple[List[Dict[str, str]], Dict[str, Dict[str, str]]]:
    """The ``[[equivalent]]`` entries and the ``[[rule]]`` entries (by name) of equivalent.toml."""
    if not EQUIVALENT.is_file():
        return [], {}
    data = tomllib.loads(EQUIVALENT.read_text(encoding="utf-8"))
    where = EQUIVALENT.relative_to(ROOT)
    items = list(data.get("equivalent", []))
    for number, item in enumerate(items, 1):
        missing = [k for k in ("file", "function", "original", "mutant", "kind", "reason") if not item.get(k)]
        if missing:
            raise MutationError(f"{where}: [[equivalent]] {number} lacks {', '.join(missing)}")
        if item["kind"] not in KINDS:
            raise MutationError(f"{where}: [[equivalent]] {number}: kind must be one of {KINDS}")
    rules = {}
    for item in data.get("rule", []):
        if item.get("name") not in RULES or item.get("kind") not in KINDS or not item.get("reason"):
            raise MutationError(f"{where}: a [[rule]] needs a name among {sorted(RULES)}, a kind and a reason")
        rules[item["name"]] = item
    return items, rules


def _key(file: str, function: str, original: str, mutated: str) -> Tuple[str, str, str, str]:
    squash = re.compile(r"\s+")
    return file, function, squash.sub(" ", original.strip()), squash.sub(" ", mutated.strip())


def _tokens(line: str) -> List[Tuple[int, str]]:
    """The tokens of one source line (as far as it can be read alone: a line of a longer
    statement may leave a bracket open)."""
    found: List[Tuple[int, str]] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(line.strip() + "\n").readline):
            if token.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.ENDMARKER, tokenize.COMMENT):
                found.append((token.type, token.string))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return found


def _literal_changes(original: str, mutated: str) -> Optional[List[Tuple[str, str]]]:
    """The string literals a one-line mutant changes, when it changes nothing else."""
    if "\n" in original or "\n" in mutated:
        return None
    before, after = _tokens(original), _tokens(mutated)
    if not before or len(before) != len(after):
        return None
    changes = []
    for (kind_a, text_a), (kind_b, text_b) in zip(before, after):
        if text_a == text_b:
            continue
        if kind_a != tokenize.STRING or kind_b != tokenize.STRING:
            return None
        changes.append((text_a, text_b))
    return changes or None


def _case_or_xx(a: str, b: str) -> bool:
    """Whether literal ``b`` is ``a`` with its letters' case changed, or its text wrapped in XX."""
    if a.lower() == b.lower():
        return True
    opening = re.match(r"[a-zA-Z]*(\'\'\'|\"\"\"|\'|\")", a)
    if opening is None or not a.endswith(opening.group(1)):
        return False
    head, quote = opening.group(0), opening.group(1)
    body = a[len(head) : len(a) - len(quote)]
    return b == f"{head}XX{body}XX{quote}"


def _codec_case(survivor: Survivor) -> bool:
    changes = _literal_changes(survivor.original, survivor.mutated)
    if not changes:
        return False
    for a, b in changes:
        value = a.strip("'\"").lower()
        if value not in _CODECS or a.lower() != b.lower():
            return False
    return True


def _message_lines(file: str) -> Set[int]:
    """Lines of ``overrides/file`` that build an exception message: a ``raise`` statement, an
    argument of a call to an ``...Error`` class, an assignment to an exception's ``.args``, or
    the ``super().__init__(...)`` call (the message) in a method of an ``...Error`` class."""
    tree = ast.parse((OVERRIDES / file).read_text(encoding="utf-8"))
    lines: Set[int] = set()

    def span(node: ast.AST) -> None:
        first: int = getattr(node, "lineno", 0)
        last: Optional[int] = getattr(node, "end_lineno", None)
        lines.update(range(first, (last if last is not None else first) + 1))

    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and cls.name.endswith("Error"):
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__"
                    and isinstance(node.func.value, ast.Call)
                    and isinstance(node.func.value.func, ast.Name)
                    and node.func.value.func.id == "super"
                ):
                    span(node)
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise):
            span(node)
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name.endswith("Error"):
                span(node)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Attribute) and target.attr == "args":
                    span(node)
    return lines


def _message_wording(survivor: Survivor) -> bool:
    changes = _literal_changes(survivor.original, survivor.mutated)
    if not changes or not all(_case_or_xx(a, b) for a, b in changes):
        return False
    text = (OVERRIDES / survivor.file).read_text(encoding="utf-8").splitlines()
    at = [n for n, line in enumerate(text, 1) if line.strip() == survivor.original.strip()]
    inside = _message_lines(survivor.file)
    return bool(at) and all(n in inside for n in at)


RULES = {"codec-name-case": _codec_case, "message-wording": _message_wording}


def _glob_pattern(glob: str) -> "re.Pattern[str]":
    """A mutmut mutant-name glob (``*`` only) as a regular expression."""
    return re.compile(re.escape(glob).replace(r"\*", ".*") + "$")


def report(
    entries: Sequence[Entry],
    found: Dict[str, str],
    explanations: Tuple[List[Dict[str, str]], Dict[str, Dict[str, str]]],
    seconds: Optional[float],
) -> Tuple[str, List[Survivor]]:
    equivalents, rules = explanations
    files_by_module = {_module_of(f): f for entry in entries for f in entry.files}
    known = {_key(e["file"], e["function"], e["original"], e["mutant"]): e for e in equivalents}
    used: Set[Tuple[str, str, str, str]] = set()
    lines = ["# Mutation testing of the hand-written safety code", ""]
    if seconds is not None:
        lines.append(f"mutmut run: {seconds / 60:.1f} min (wall clock, `nice -n 19`).")
        lines.append("")
    lines += [
        "| entry | files | mutants | killed (timed out) | survived | equivalent | accepted | unexplained | not run | score |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    unexplained: List[Survivor] = []
    explained: List[Survivor] = []
    totals = [0] * 8
    timed_out: Dict[str, List[int]] = {}  # function -> [mutants timed out, mutants]
    for entry in entries:
        patterns = [_glob_pattern(g) for g in entry.globs]
        mine = {m: s for m, s in found.items() if any(p.match(m) for p in patterns)}
        killed = sum(1 for s in mine.values() if s in KILLED)
        for mutant, status in mine.items():
            module, function = _function_of(mutant)
            where = f"{files_by_module.get(module, module)} {function}"
            timed_out.setdefault(where, [0, 0])[1] += 1
            if status == "timeout":
                timed_out[where][0] += 1
        skipped = sum(1 for s in mine.values() if s in SKIPPED)
        not_run = sum(1 for s in mine.values() if s in NOT_RUN)
        other = {m: s for m, s in mine.items() if s not in KILLED and s not in SKIPPED and s not in NOT_RUN}
        counts = {"equivalent": 0, "accepted": 0}
        diffs = diffs_of([m for m, status in sorted(other.items()) if status in SURVIVED])
        for mutant, status in sorted(other.items()):
            module, function = _function_of(mutant)
            file = files_by_module.get(module, module)
            diff = diffs.get(mutant, "")
            original, mutated = changed_lines(diff)
            survivor = Survivor(mutant, file, function, status, original, mutated, diff)
            key = _key(file, function, original, mutated)
            match = known.get(key) if status in SURVIVED else None
            if match is not None:
                used.add(key)
                survivor.kind, survivor.reason = match["kind"], match["reason"]
            elif status in SURVIVED:
                for name, rule in rules.items():
                    if RULES[name](survivor):
                        survivor.kind, survivor.reason = rule["kind"], f"{rule['reason']} (rule {name})"
                        break
            if survivor.kind is None:
                unexplained.append(survivor)
            else:
                explained.append(survivor)
                counts[survivor.kind] += 1
        counted = len(mine) - skipped - not_run
        score = f"{100.0 * killed / counted:.1f} %" if counted else "-"
        files = ", ".join(f"overrides/{f}" for f in entry.files)
        if entry.functions:
            files += " (" + ", ".join(entry.functions) + ")"
        missing = len(other) - counts["equivalent"] - counts["accepted"]
        row = (len(mine), killed, len(other), counts["equivalent"], counts["accepted"], missing, skipped, not_run)
        cells = [str(v) for v in row[:6]]
        cells[1] += f" ({sum(1 for s in mine.values() if s == 'timeout')})"
        lines.append(f"| {entry.name} | {files} | " + " | ".join(cells) + f" | {not_run} | {score} |")
        totals = [t + v for t, v in zip(totals, row)]
    counted = totals[0] - totals[6] - totals[7]
    score = f"{100.0 * totals[1] / counted:.1f} %" if counted else "-"
    cells = [str(v) for v in totals[:6]]
    cells[1] += f" ({sum(t for t, _ in timed_out.values())})"
    lines.append("| **all** | | " + " | ".join(cells) + f" | {totals[7]} | {score} |")
    lines += [
        "",
        "Killed: a test failed or timed out. Survived: every test passed, or no test calls the function "
        "(mutmut's 'no tests'). Not run: the run stopped before them. Score: killed / (mutants - skipped - not run).",
        "",
    ]
    slow = {where: tally for where, tally in sorted(timed_out.items()) if tally[0]}
    if slow:
        lines += [
            "Timed out (counted as killed): mutmut stops a mutant's tests after 15 times (their recorded time + 1 s). "
            "A function whose every mutant timed out is one that nearly every test calls (client construction, "
            "request options): "
            "its mutants ran most of the suite, and on a loaded machine that outran the limit; those verdicts "
            "say nothing about the tests: no test had failed when time ran out (run them again on an idle machine).",
            "",
        ]
        lines += [f"* {where}: {t} of {n} timed out" + (" (all)" if t == n else "") for where, (t, n) in slow.items()]
        lines.append("")
    if unexplained:
        lines += [f"## {len(unexplained)} survivor(s) not explained in mutation/equivalent.toml", ""]
        for s in unexplained:
            lines += [f"### {s.file} {s.function}: {s.status} ({s.mutant})", "", "```diff", s.diff.strip(), "```", ""]
    if explained:
        lines += [f"## {len(explained)} explained survivor(s) (mutation/equivalent.toml)", ""]
        for s in explained:
            change = f"`{s.original}` -> `{s.mutated}`".replace("\n", " / ")
            lines.append(f"* {s.kind}: {s.file} {s.function}: {change}: {s.reason}")
        lines.append("")
    stale = [e for key, e in known.items() if key not in used and _in_run(e, entries)]
    if stale:
        lines += [f"## {len(stale)} entr(y/ies) of mutation/equivalent.toml met no survivor (stale: remove them)", ""]
        for e in stale:
            lines.append(f"* {e['file']} {e['function']}: `{e['original']}` -> `{e['mutant']}`")
        lines.append("")
    return "\n".join(lines), unexplained


def skeleton(survivors: Sequence[Survivor]) -> str:
    """equivalent.toml entries for ``survivors``, to be judged (kind and reason left to write)."""
    out = []
    for s in survivors:
        out += [
            "[[equivalent]]",
            f"file = {_toml_string(s.file)}",
            f"function = {_toml_string(s.function)}",
            f"original = {_toml_string(s.original)}",
            f"mutant = {_toml_string(s.mutated)}",
            'kind = ""  # equivalent or accepted',
            'reason = ""',
            "",
        ]
    return "\n".join(out)


def _toml_string(value: str) -> str:
    if "\n" not in value and "'" not in value:
        return f"'{value}'"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _in_run(item: Dict[str, str], entries: Sequence[Entry]) -> bool:
    for entry in entries:
        if item["file"] in entry.files and (not entry.functions or item["function"] in entry.functions):
            return True
    return False


# -- main ----------------------------------------------------------------------------------------


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--module", action="append", default=[], help="an entry of mutation/modules.toml (repeatable)")
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument(
        "--keep", action="store_true", help="keep the work tree (generated mutants, test coverage) of the last run"
    )
    parser.add_argument(
        "--survivors",
        action="store_true",
        help="with --keep: test again only the last run's survivors that equivalent.toml does not explain",
    )
    parser.add_argument("--report-only", action="store_true", help="report on the last run without running")
    args = parser.parse_args(argv)
    if args.survivors and not args.keep:
        parser.error("--survivors needs --keep (the statuses of the last run are in its work tree)")
    try:
        config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
        entries = load_entries(config)
        if args.module:
            unknown = sorted(set(args.module) - {e.name for e in entries})
            if unknown:
                raise MutationError(
                    f"no such entry: {', '.join(unknown)} (known: {', '.join(e.name for e in entries)})"
                )
            every = len(set(args.module)) == len(entries)
            entries = [e for e in entries if e.name in args.module]
        else:
            every = True
        use_work_tree(entries, every)
        tests = [str(t) for t in config.get("tests", [])]
        if not tests:
            raise MutationError(f"{CONFIG.relative_to(ROOT)}: tests = [...] is empty")
        explanations = load_explanations()
        seconds = None
        if not args.report_only:
            emulator_tests = [str(t) for t in config.get("emulator_tests", [])]
            outside = [t for t in emulator_tests if not any(t == s or t.startswith(s.rstrip("/") + "/") for s in tests)]
            if outside:
                raise MutationError(f"{CONFIG.relative_to(ROOT)}: emulator_tests not among tests: {', '.join(outside)}")
            clear = [str(c) for c in config.get("clear_before_each_test", [])]
            deselect = [str(d) for d in config.get("deselect", [])]
            only = None
            if args.survivors:
                if not (WORK / "mutants").is_dir():
                    raise MutationError(f"--survivors: no earlier run in {WORK.relative_to(ROOT)}")
                # The survivors equivalent.toml does not explain (those it explains survive again).
                only = sorted(s.mutant for s in report(entries, statuses(), explanations, None)[1])
                print(
                    f"mutation: testing again the {len(only)} survivor(s) of the last run in {WORK.relative_to(ROOT)}"
                )
            prepare(entries, tests, clear, emulator_tests, deselect, keep=args.keep)
            seconds = run_mutmut(entries, args.jobs, only)
        text, unexplained = report(entries, statuses(), explanations, seconds)
    except MutationError as exc:
        print(f"mutation: {exc}", file=sys.stderr)
        return 2
    REPORT.write_text(text + "\n", encoding="utf-8")
    SKELETON.write_text(skeleton(unexplained), encoding="utf-8")
    print(text)
    print(
        f"(written to {REPORT.relative_to(ROOT)}; entries to judge for the unexplained: {SKELETON.relative_to(ROOT)})"
    )
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
