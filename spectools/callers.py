"""What hand-written code a change of the contract breaks: each place named by file and
function, so ``make spec-update`` says exactly what must change.

Contract: :func:`must_change` reads the Python files under the given directories of the
repository (never imports them) and returns one :class:`Site` per function that a breaking change
of the report reaches, with the operation, the change and why:

* an operation **removed**: the emulator's hand-written handler that serves it (``@operation``:
  no longer routed), hand-written code that runs it by operationId (the testing kit's seeding,
  ``operation("...")``), and code that calls its SDK method ``client.<tag>.<method>(...)``
  (examples, scripts, benchmarks, and tests not marked ``pytest.mark.operations("<id>")``,
  which skip by themselves, saying so);
* an operation moved to **another tag**: code that calls it as ``client.<old tag>.<method>``;
* an operation's **path moved** (not breaking for SDK users, whose method stays): code that sends
  requests to the old path itself, a string such as ``f"/service/{service_id}/version_sets/"``
  or ``"/service/x/version_sets/release/"`` (each parameter of the old path matched by any one
  segment, f-string values included);
* a request field or parameter made **required** (added so, or now so): code that uses the
  operation (calls its SDK method, runs it by operationId, sends to its path), which must now
  give it;
* a field or parameter **removed** (a rename is a removal and an addition), and enum values
  **removed**: code that uses the operation and names that field (as
  ``"field"``, ``.field`` or ``field=``) or value. The emulator is left out here: it answers
  and validates through the contract, and its handlers hand over state, never a shape; so is,
  for a request field, code that shapes its request to the contract (``shaped(...)``,
  ``shape_request``, seeding with ``shape=True``).

Test modules' top-level data (a list of operationIds) and the upstream proofs (``tests/upstream/``,
which name operations as data about versions) are not named.

A function is named once per change; ``<module>`` is code outside any function. The scan is by
names, so it finds what a reader would grep for, no less: it may name a function that a change
leaves working (a field of the same name of another operation it also uses), and it never
names a function that does not use the operation.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Set, Tuple

from .changes import Report
from .words import operations

__all__ = ["SCANNED", "Site", "must_change"]

#: The directories scanned, relative to the repository root.
SCANNED = ("amigo_emulator", "examples", "scripts", "bench", "tests")
#: Left out: the upstream proofs name operations and fields as data about versions.
EXCLUDED = ("tests/upstream/",)
#: A function that shapes its requests to the contract (the emulator's shape_request, the test
#: helper ``shaped``, seeding with ``shape=True``) is not reached by a request field change.
_SHAPERS = ("shape_request", "shaped")
_VERBS = ("get", "post", "put", "delete", "patch")
_EMULATOR = "amigo_emulator"
_FIELD = re.compile(
    r"^(?:request field|response \d+ field|(?:query|path|header|cookie) parameter) (\S+): "
    r"(removed|enum values removed: (.+))$"
)
_REQUIRED = re.compile(
    r"^(?:request field|(?:query|header|cookie) parameter) (\S+): (?:added \(required\)|now required)$"
)
_PATH = re.compile(r"^path (\S+) -> (\S+)$")
_TAG = re.compile(r"^tag (.+) -> (.+)$")


@dataclass(frozen=True, order=True)
class Site:
    """One function that must change: ``file`` (relative to the root), ``function``
    (``Class.method``, ``function`` or ``<module>``), the ``operation`` and what to do."""

    file: str
    function: str
    operation: str
    why: str

    def __str__(self) -> str:
        return f"{self.file}: {self.function}: {self.why}"


@dataclass
class _Function:
    """What one function (or a module's top level) names."""

    file: str
    name: str
    strings: Set[str] = field(default_factory=set)  # constants, f-strings with {} for each value
    attributes: Set[str] = field(default_factory=set)
    keywords: Set[str] = field(default_factory=set)
    #: attribute chains called: ("client", "metric", "get_metrics") for client.metric.get_metrics(...)
    calls: Set[Tuple[str, ...]] = field(default_factory=set)
    #: strings given first to a call: ``seed.call("create-metric")``, ``operation("get-services")``
    arguments: Set[str] = field(default_factory=set)
    #: (HTTP method, path) of the requests sent with ``x.get("/path", ...)`` and the like
    requests: Set[Tuple[str, str]] = field(default_factory=set)
    #: operationIds in @operation("...") decorators (emulator handlers)
    serves: Set[str] = field(default_factory=set)
    #: operationIds in pytest.mark.operations(...) of the function or its module
    marked: Set[str] = field(default_factory=set)


def _string(node: ast.AST) -> Optional[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}" for v in node.values
        )
    return None


def _chain(node: ast.AST) -> Tuple[str, ...]:
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return tuple(reversed(parts))


def _decorator_ids(decorators: Sequence[ast.expr], name: str) -> Set[str]:
    """The string arguments of decorators called ``name`` (``operation``, ``operations``)."""
    found: Set[str] = set()
    for deco in decorators:
        if isinstance(deco, ast.Call) and _chain(deco.func)[-1:] == (name,):
            found.update(s for s in (_string(a) for a in deco.args) if s is not None)
    return found


def _module_marks(tree: ast.Module) -> Set[str]:
    """Operations of a module-level ``pytestmark = pytest.mark.operations(...)`` (or a list)."""
    found: Set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "pytestmark" for t in node.targets):
            values = node.value.elts if isinstance(node.value, (ast.List, ast.Tuple)) else [node.value]
            found.update(_decorator_ids([v for v in values if isinstance(v, ast.expr)], "operations"))
    return found


def _functions(root: Path, relative: str) -> Iterator[_Function]:
    try:
        tree = ast.parse((root / relative).read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, OSError):
        return
    module_marks = _module_marks(tree)
    top = _Function(relative, "<module>", marked=set(module_marks))
    yield from _walk(tree, relative, "", top, module_marks)
    yield top


def _walk(node: ast.AST, relative: str, scope: str, owner: _Function, marks: Set[str]) -> Iterator[_Function]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = f"{scope}.{child.name}" if scope else child.name
            mine = marks | _decorator_ids(child.decorator_list, "operations")
            if isinstance(child, ast.ClassDef):
                yield from _walk(child, relative, name, owner, mine)
                continue
            function = _Function(relative, name, marked=mine, serves=_decorator_ids(child.decorator_list, "operation"))
            yield from _walk(child, relative, name, function, mine)
            yield function
            continue
        text = _string(child)
        if text is not None:
            owner.strings.add(text)
        if isinstance(child, ast.Attribute):
            owner.attributes.add(child.attr)
        elif isinstance(child, ast.keyword) and child.arg:
            owner.keywords.add(child.arg)
        elif isinstance(child, ast.Call):
            chain = _chain(child.func)
            owner.calls.add(chain)
            target = _string(child.args[0]) if child.args else None
            if target is not None:
                owner.arguments.add(target)
            if chain[-1:] and chain[-1] in _VERBS and target is not None and target.startswith("/"):
                owner.requests.add((chain[-1].upper(), target))
        if not isinstance(child, ast.JoinedStr):
            yield from _walk(child, relative, scope, owner, marks)


def _files(root: Path, directories: Iterable[str]) -> List[str]:
    found = []
    for directory in directories:
        base = root / directory
        if base.is_dir():
            for path in sorted(base.rglob("*.py")):
                relative = path.relative_to(root).as_posix()
                if ".venv" not in path.parts and not relative.startswith(EXCLUDED):
                    found.append(relative)
    return found


def _shapes(function: _Function) -> bool:
    return "shape" in function.keywords or any(bool(chain) and chain[-1] in _SHAPERS for chain in function.calls)


def _template(path: str) -> str:
    """``/metric/{metric_id}/`` -> ``/metric/{}/`` (how an f-string reads, :func:`_string`)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _same(path: str, other: str) -> bool:
    return _template(other.split("?")[0]).rstrip("/") == _template(path).rstrip("/")


def _segments(path: str) -> List[str]:
    return _template(path.split("?")[0]).strip("/").split("/")


def _instance(path: str, other: str) -> bool:
    """Whether ``other`` is a request to the path template ``path``, its parameters given:
    ``/service/x/version_sets/release/`` and ``/service/{}/version_sets/{}/`` both are one to
    ``/service/{service_id}/version_sets/{version_set_name}/``."""
    mine, theirs = _segments(path), _segments(other)
    return len(mine) == len(theirs) and all(m in ("{}", t) for m, t in zip(mine, theirs))


def _uses_path(function: _Function, path: str) -> bool:
    """Whether any string of ``function`` is a request to ``path`` (a path template, concrete
    values and f-strings included)."""
    return any(_instance(path, s) for s in function.strings if s.startswith("/"))


def _requests(function: _Function, method: str, path: str) -> bool:
    """Whether ``function`` sends ``method path`` itself (``client.post("/metric/", ...)``)."""
    return any(m == method and _same(path, p) for m, p in function.requests)


def must_change(
    report: Report,
    previous: Dict[str, Any],
    root: Path,
    method_name: Callable[[str], str],
    tag_name: Callable[[str], str],
    directories: Iterable[str] = SCANNED,
    handlers: Optional[Mapping[str, Tuple[str, str]]] = None,
) -> List[Site]:
    """The hand-written functions the breaking changes of ``report`` reach (module docstring);
    ``previous`` is the document the report compares from; ``method_name`` / ``tag_name`` give
    an operationId's SDK method name and a tag's resource name (the generator's naming);
    ``handlers`` maps an operationId to the (file, function) of the emulator's handler for it, as
    its registry has it (a handler registered in a loop has no decorator to find)."""
    handlers = dict(handlers or {})
    old_ops = {str(op.get("operationId")): (method.upper(), path) for path, method, op in operations(previous)}
    functions = [
        f
        for relative in _files(root, directories)
        for f in _functions(root, relative)
        if not (relative.startswith("tests/") and f.name == "<module>")
    ]
    sites: Set[Site] = set()

    def uses(function: _Function, oid: str) -> bool:
        method, path = old_ops.get(oid, ("", ""))
        return (
            oid in function.arguments
            or any(chain[-1:] == (method_name(oid),) and len(chain) >= 2 for chain in function.calls)
            or (bool(path) and _requests(function, method, path))
        )

    def name(function: _Function, oid: str, why: str) -> None:
        sites.add(Site(function.file, function.name, oid, why))

    removed_why = "which this version removes (no longer routed): remove the handler"
    for oid in sorted(report.removed):
        method = method_name(oid)
        if oid in handlers:
            file, function_name = handlers[oid]
            sites.add(Site(file, function_name, oid, f"serves {oid}, {removed_why}"))
        for function in functions:
            emulator = function.file.startswith(_EMULATOR + "/")
            if oid in function.serves:
                if oid not in handlers:
                    name(function, oid, f"serves {oid}, {removed_why}")
            elif emulator and oid in function.arguments and oid not in handlers:
                name(function, oid, f"runs {oid} by its operationId, which this version removes")
            elif not emulator and oid not in function.marked and uses(function, oid):
                chains = sorted(".".join(c) for c in function.calls if c[-1:] == (method,) and len(c) >= 2)
                where = f"calls {chains[0]} ({oid})" if chains else f"uses {oid}"
                name(function, oid, f"{where}, which this version removes")
    for oid in sorted(report.changed):
        for change in report.changed[oid]:
            tag, moved, fielded = _TAG.match(change.text), _PATH.match(change.text), _FIELD.match(change.text)
            if not change.breaking and not moved:  # a moved path breaks code that sends to it
                continue
            required = _REQUIRED.match(change.text)
            for function in functions:
                if function.file.startswith(_EMULATOR + "/") and not tag:
                    continue
                if required and uses(function, oid) and not _shapes(function):
                    name(function, oid, f"uses {oid}, which must now be given {required.group(1)}: {change.text}")
                    continue
                if tag:
                    old = tag_name(tag.group(1))
                    if any(c[-2:] == (old, method_name(oid)) for c in function.calls):
                        name(function, oid, f"calls client.{old}.{method_name(oid)}: {change.text}")
                elif moved:
                    if _uses_path(function, moved.group(1)):
                        name(function, oid, f"sends to {moved.group(1)}: {change.text}")
                elif fielded and uses(function, oid) and not (change.kind != "response" and _shapes(function)):
                    leaf = re.split(r"[.\[\]]+", fielded.group(1).rstrip("[]"))[-1]
                    values = re.findall(r"'((?:[^'\\]|\\.)*)'", fielded.group(3) or "")
                    named = values if values else [leaf]
                    if any(n in function.strings or n in function.attributes or n in function.keywords for n in named):
                        name(function, oid, f"uses {', '.join(named)} of {oid}: {change.text}")
    return sorted(sites)
