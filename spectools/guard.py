"""What ``make spec-update`` refuses, whatever its flags: an upstream document that would
re-point, shadow or break the SDK.

Contract: each check returns a list of problems, one line each, naming both sides of a clash
(:class:`Refused` carries them). An empty list means the document is safe to write. The checks:

* :func:`check_references` (on the upstream document, before anything reads it): every ``$ref``
  is local (``#/...``; nothing is fetched) and names something (a dangling one is reported with
  the JSON pointer of the place that refers to it); no path item is given by ``$ref`` (the
  generator would silently generate nothing for it).
* :func:`check_names` (on the built ``openapi.yaml``): names are computed by the functions
  openapi-python-client itself uses (:class:`Names`: ``PythonIdentifier`` with the
  ``field_prefix`` of ``generator-config.yml``, tags with the prefix ``tag``), then read the way
  Python reads an identifier (NFKC-normalized, so ``ｇｅｔ`` and the ligature ``ﬁ`` count as
  ``get`` and ``fi``). Refused:

  - two operations with one Python name (``getThing``, ``get-thing``, ``get_thing``, ...), in
    one tag or two: one module or method would replace the other, and the SDK finds operations by
    that name (``amigo_client.api.operation``);
  - an operation, tag, parameter, property or schema name that Python would read as another
    name (its NFKC form differs: the file on disk and the name in the code would disagree);
  - a tag whose resource name is already an attribute of ``AmigoClient`` (``close``,
    ``retry_policy``, ``with_raw_response``, ...) or of ``amigo_client.api``; an operation whose
    method name is already an attribute of the resource classes or of a tag's package; both
    read from the SDK itself (:func:`sdk_names`), never from a hard-coded list;
  - a parameter whose Python name is one of the keywords every resource method has
    (:data:`METHOD_KEYWORDS`) or a name the generated ``_get_kwargs`` uses itself
    (:data:`GENERATED_LOCALS`).

* :func:`check_renames`: upstream giving an existing operationId to a second operation (the
  normalizer would rename both, so the existing method would disappear).
* :func:`check_needed`: every operation the hand-written code calls (``NEEDED_OPERATIONS`` of
  ``amigo_client.api``, the one list the SDK keeps) is in the document.

``tests/test_spec_safety.py`` checks that :data:`METHOD_KEYWORDS` and :data:`GENERATED_LOCALS`
are exactly what the generated package uses, so a template change cannot leave them stale.
"""

from __future__ import annotations

import ast
import importlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, Iterator, List, Mapping, Optional, Set, Tuple

from .refs import pointer
from .words import operations

__all__ = [
    "GENERATED_LOCALS",
    "METHOD_KEYWORDS",
    "Names",
    "Refused",
    "SdkNames",
    "call_sites",
    "check_names",
    "check_needed",
    "check_references",
    "check_renames",
    "derived_locals",
    "sdk_names",
]

#: The arguments of every generated resource method besides the operation's own
#: (``self``, the ``body=`` form, the ``**fields`` form, the per-request options).
METHOD_KEYWORDS = ("self", "body", "fields", "timeout", "extra_headers", "extra_query")
#: Names the generated ``_get_kwargs`` of an operation module assigns or reads itself (besides
#: those it derives from a parameter's name: :func:`derived_locals`).
GENERATED_LOCALS = ("cookies", "datetime", "headers", "json", "params")

_PARAMETER_PLACES = ("path", "query", "header", "cookie")


class Refused(ValueError):
    """A document the update refuses; ``problems`` has one line per reason."""

    def __init__(self, problems: List[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = list(problems)


# --------------------------------------------------------------------------- references


def _escape_pointer(part: Any) -> str:
    return str(part).replace("~", "~0").replace("/", "~1")


def _nodes(document: Any) -> Iterator[Tuple[str, Any]]:
    """(JSON pointer, node) of every mapping and list, document order."""
    stack: List[Tuple[str, Any]] = [("#", document)]
    while stack:
        where, node = stack.pop()
        yield where, node
        if isinstance(node, dict):
            children = [(f"{where}/{_escape_pointer(k)}", v) for k, v in node.items()]
        elif isinstance(node, list):
            children = [(f"{where}/{i}", v) for i, v in enumerate(node)]
        else:
            continue
        stack.extend(reversed([(w, v) for w, v in children if isinstance(v, (dict, list))]))


def check_references(document: Dict[str, Any]) -> List[str]:
    """Remote, malformed and dangling ``$ref``\\ s, and path items given by ``$ref``."""
    problems: List[str] = []
    paths = document.get("paths")
    if paths is not None and not isinstance(paths, dict):
        return [f"paths is a {type(paths).__name__}, not a mapping"]
    for path, item in (paths or {}).items():
        if not isinstance(item, dict):
            problems.append(f"path {path}: its path item is a {type(item).__name__}, not a mapping")
        elif "$ref" in item:
            problems.append(
                f"path {path}: a path item given by $ref ({item['$ref']}) is refused: the generator would "
                "silently generate nothing for it; upstream must write its operations out"
            )
    for where, node in _nodes(document):
        if not isinstance(node, dict) or "$ref" not in node:
            continue
        ref = node["$ref"]
        if where.startswith("#/paths/") and where.count("/") == 2:
            continue  # reported above
        if not isinstance(ref, str):
            problems.append(f"{where}: $ref is a {type(ref).__name__}, not a string")
        elif not ref.startswith("#"):
            problems.append(
                f"{where}: $ref {ref} points outside the document; only local references (#/...) are "
                "followed, nothing is fetched"
            )
        else:
            try:
                pointer(document, ref)
            except KeyError:
                problems.append(f"{where}: $ref {ref} names nothing in the document")
    return problems


# --------------------------------------------------------------------------- names


def python_reads(identifier: str) -> str:
    """The name Python binds for ``identifier`` in source code (PEP 3131: NFKC)."""
    return unicodedata.normalize("NFKC", identifier)


class Names:
    """The generator's naming (openapi-python-client's own functions and settings)."""

    def __init__(self, config: Optional[Path] = None) -> None:
        from openapi_python_client import strings
        from openapi_python_client.config import ConfigFile

        settings = ConfigFile.load_from_path(config) if config is not None else ConfigFile()
        self._strings = strings
        self.prefix = settings.field_prefix
        self.all_tags = settings.generate_all_tags

    def identifier(self, value: str) -> str:
        """An operationId, parameter or property name -> its generated identifier."""
        return str(self._strings.PythonIdentifier(value, self.prefix))

    def method(self, operation_id: str) -> str:
        """An operationId -> the name of its method, and of the module the method imports (the
        templates apply ``python_identifier`` once more to the endpoint's name)."""
        return str(self._strings.PythonIdentifier(self.identifier(operation_id), self.prefix))

    def tag(self, value: str) -> str:
        """A tag -> the name of its package and of ``client.<tag>``."""
        return str(self._strings.PythonIdentifier(value, "tag"))

    def class_name(self, value: str) -> str:
        """A schema name -> its model class name."""
        return str(self._strings.ClassName(value, self.prefix))


@dataclass
class SdkNames:
    """Names the SDK already uses, each with what uses it, and the operations it needs."""

    #: A tag's resource name may not be one of these (``client.<tag>``, ``amigo_client.api.<tag>``).
    tag_taken: Dict[str, str] = field(default_factory=dict)
    #: An operation's method name may not be one of these (``client.<tag>.<name>``, its module).
    method_taken: Dict[str, str] = field(default_factory=dict)
    #: The operationIds the hand-written code calls.
    needed: Tuple[str, ...] = ()


def _public_attributes(owner: str, names: Any, into: Dict[str, str]) -> None:
    for name in sorted(names):
        if not str(name).startswith("__"):
            into.setdefault(str(name), f"{owner}.{name}")


def _own_submodule(parent: ModuleType, value: Any) -> bool:
    return isinstance(value, ModuleType) and value.__name__.startswith(parent.__name__ + ".")


def sdk_names(package: str = "amigo_client") -> SdkNames:
    """Read from the SDK itself (its classes and modules, as they are today) the names a tag or
    an operation may not take, and the operations the hand-written code needs."""
    sdk = importlib.import_module(package)
    api = importlib.import_module(f"{package}.api")
    client_class = sdk.AmigoClient
    resources, raw_resources = api.Resources, api.RawResources
    tags: Dict[str, str] = dict(api._CLASSES)
    names = SdkNames(needed=tuple(api.NEEDED_OPERATIONS))
    for cls in client_class.__mro__:
        if cls not in (resources, object):
            _public_attributes(client_class.__name__, vars(cls), names.tag_taken)
    try:  # attributes set when a client is built (organization_id, retry_policy, auth, ...)
        client = client_class(token="spec-update", organization_id="0" * 24, base_url="http://127.0.0.1:9")
    except Exception:  # noqa: BLE001 (the constructor may change; the class attributes still count)
        pass
    else:
        _public_attributes(client_class.__name__, vars(client), names.tag_taken)
        client.close()
    for cls in raw_resources.__mro__:
        if cls is not object:
            _public_attributes("client.with_raw_response", [n for n in vars(cls) if n not in tags], names.tag_taken)
    api_names = [n for n, v in vars(api).items() if n not in tags and not _own_submodule(api, v)]
    _public_attributes(f"{package}.api", api_names + list(getattr(api, "__all__", [])), names.tag_taken)
    for tag, class_name in sorted(tags.items()):
        module = importlib.import_module(f"{package}.api.{tag}")
        own = set(getattr(module, "OPERATIONS", ()))
        classes = getattr(module, class_name).__mro__ + getattr(module, class_name + "WithRawResponse").__mro__
        for cls in classes:
            if cls is not object and cls.__module__ != module.__name__:
                _public_attributes(cls.__name__, vars(cls), names.method_taken)
        module_names = [n for n, v in vars(module).items() if n not in own and not _own_submodule(module, v)]
        _public_attributes(f"{package}.api.<tag>", module_names, names.method_taken)
        break  # every tag package is rendered from one template: one tells the names
    return names


def call_sites(overrides: Path, function: str = "operation") -> Dict[str, List[str]]:
    """operationId -> ``file: Class.method`` of each ``operation("<id>")`` call in ``overrides``."""
    found: Dict[str, List[str]] = {}
    for path in sorted(overrides.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes: List[Tuple[ast.AST, str]] = [(tree, "")]
        while scopes:
            node, scope = scopes.pop()
            for child in ast.iter_child_nodes(node):
                name = scope
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    name = f"{scope}.{child.name}" if scope else child.name
                if (
                    isinstance(child, ast.Call)
                    and (getattr(child.func, "id", None) == function or getattr(child.func, "attr", None) == function)
                    and child.args
                    and isinstance(child.args[0], ast.Constant)
                    and isinstance(child.args[0].value, str)
                ):
                    where = f"overrides/{path.relative_to(overrides)}: {scope or '<module>'}"
                    found.setdefault(child.args[0].value, [])
                    if where not in found[child.args[0].value]:
                        found[child.args[0].value].append(where)
                scopes.append((child, name))
    return {oid: sorted(sites) for oid, sites in sorted(found.items())}


def _parameters(document: Dict[str, Any], item: Dict[str, Any], op: Dict[str, Any]) -> List[Dict[str, Any]]:
    merged: Dict[Tuple[str, str], Dict[str, Any]] = {}
    for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
        param = raw
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            try:
                param = pointer(document, raw["$ref"])
            except KeyError:
                continue
        if isinstance(param, dict) and param.get("in") in _PARAMETER_PLACES:
            merged[(str(param.get("in")), str(param.get("name", "")))] = param
    return list(merged.values())


def derived_locals(name: str) -> Tuple[str, ...]:
    """The local names the generated ``_get_kwargs`` derives from a parameter's Python name (the
    JSON form of a value, the items of a list)."""
    stem = name.rstrip("_")
    return (f"json_{name}", f"{stem}_item", f"{stem}_item_data")


def _method(tag: str, name: str) -> str:
    return f"client.{tag}.{name}"


def check_names(document: Dict[str, Any], sdk: SdkNames, names: Names) -> List[str]:
    """The name clashes of the module docstring, one line each."""
    problems: List[str] = []
    by_name: Dict[str, List[Tuple[str, str, str, str]]] = {}
    tags_seen: Dict[str, str] = {}

    def stable(kind: str, raw: str, generated: str, where: str = "") -> None:
        read = python_reads(generated)
        if read != generated:
            problems.append(
                f"{kind} {raw}{where} becomes the identifier {generated}, which Python reads as {read}: "
                "the module file and the name in the code would disagree"
            )

    for path, method, op in operations(document):
        oid = str(op.get("operationId") or "")
        tags = [str(t) for t in (op.get("tags") or ["default"])]
        for tag in tags if names.all_tags else tags[:1]:
            tag_id = names.tag(tag)
            if tag not in tags_seen:
                tags_seen[tag] = tag_id
                stable("tag", tag, tag_id)
                taken = sdk.tag_taken.get(python_reads(tag_id))
                if taken:
                    problems.append(
                        f"tag {tag} would become client.{python_reads(tag_id)}, which is already {taken}: "
                        "the resource would shadow it or be unreachable"
                    )
            name = names.method(oid)
            stable("operation", oid, name, f" ({method.upper()} {path})")
            if names.identifier(oid) != name:
                problems.append(
                    f"operation {oid} ({method.upper()} {path}) would be generated as the module "
                    f"{names.identifier(oid)} but called as {name}: the method could not import it"
                )
            key = python_reads(name)
            by_name.setdefault(key, []).append((oid, method.upper(), path, python_reads(tag_id)))
            taken = sdk.method_taken.get(key)
            if taken:
                problems.append(
                    f"operation {oid} ({method.upper()} {path}) would become {_method(python_reads(tag_id), key)}, "
                    f"which is already {taken}"
                )
        item = document["paths"][path]
        params = _parameters(document, item, op)
        derived = {
            local: python_reads(names.identifier(str(p.get("name", ""))))
            for p in params
            for local in derived_locals(python_reads(names.identifier(str(p.get("name", "")))))
        }
        for param in params:
            raw = str(param.get("name", ""))
            generated = names.identifier(raw)
            stable("parameter", raw, generated, f" ({param.get('in')}) of operation {oid}")
            key = python_reads(generated)
            clash = ""
            if key in METHOD_KEYWORDS:
                clash = f"the method's own {key}= argument"
            elif key in GENERATED_LOCALS:
                clash = f"the name {key} the generated _get_kwargs of {oid} uses itself"
            elif key in derived:
                clash = f"a name the generated _get_kwargs derives from the parameter {derived[key]}"
            if clash:
                problems.append(
                    f"parameter {raw} ({param.get('in')}) of operation {oid} ({method.upper()} {path}) would become "
                    f"the argument {key}, which is {clash}"
                )
    for key, ops in sorted(by_name.items()):
        if len(ops) > 1:
            sides = " and ".join(
                f"operation {oid} ({method} {path}, {_method(tag, key)})" for oid, method, path, tag in ops
            )
            problems.append(
                f"{sides} {'both' if len(ops) == 2 else 'all'} become the Python name {key}: one would replace "
                "the other; refused "
                "(an existing name is never changed: upstream must give the new operation another operationId)"
            )
    schemas = (document.get("components") or {}).get("schemas") or {}
    for schema_name, schema in schemas.items() if isinstance(schemas, dict) else ():
        stable("schema", str(schema_name), names.class_name(str(schema_name)))
        for _where, node in _nodes(schema):
            props = node.get("properties") if isinstance(node, dict) else None
            if isinstance(props, dict):
                for prop in props:
                    stable("property", str(prop), names.identifier(str(prop)), f" of schema {schema_name}")
    return problems


def check_renames(previous: Dict[str, Any], document: Dict[str, Any]) -> List[str]:
    """Existing operations the normalizer's rule for duplicate operationIds would rename: when
    upstream gives an existing operationId to a second operation, every holder gets its method
    appended (``get-services-get``, ``get-services-delete``), so the existing method would
    disappear. Refused instead: an existing name is never changed."""
    new = {str(op.get("operationId")): (method.upper(), path) for path, method, op in operations(document)}
    problems = []
    for path, method, op in operations(previous):
        oid = str(op.get("operationId"))
        if oid in new:
            continue
        holders = sorted(
            f"{new[candidate][0]} {new[candidate][1]}"
            for candidate in (
                f"{oid}-{m}" for m in ("get", "put", "post", "delete", "options", "head", "patch", "trace")
            )
            if candidate in new
        )
        if len(holders) > 1:
            problems.append(
                f"upstream gives the operationId {oid} ({method.upper()} {path} today) to {' and '.join(holders)}: "
                "both would be renamed and the existing method would disappear; refused (an existing name is never "
                "changed: upstream must give the new operation another operationId)"
            )
    return problems


def check_needed(document: Mapping[str, Any], needed: Tuple[str, ...], sites: Mapping[str, List[str]]) -> List[str]:
    """The operations the hand-written code needs that ``document`` lacks."""
    present: Set[str] = {str(op.get("operationId")) for _p, _m, op in operations(dict(document))}
    problems = []
    for oid in needed:
        if oid not in present:
            where = "; ".join(sites.get(oid, [])) or "the hand-written code"
            problems.append(f"operation {oid} is missing, and {where} calls it: refused whatever the flags")
    return problems
