"""Every operation of openapi.yaml, once, through its generated resource method against the
emulator: nothing here names an operation, a field or a value, so whatever upstream version
``make spec-update`` brought in, each of its operations is called the way a user would call it.

For each operation (a test per operationId, marked with it: ``pytest --operations X`` runs X's;
the upstream proofs of tests/upstream/ choose them from the change report):

* the request is built from the contract alone: every required parameter and the body's required
  fields from their schemas (:meth:`~amigo_emulator.render.Renderer.example`), path ids (and id
  fields of the body) taken from the emulator's own state, found through the contract's list
  operations or made with its create operations, else a well-formed id nobody has;
* the method is ``client.<tag>.<operation>`` as the generated SDK names it, called with keyword
  arguments and the body as a mapping;
* the answer must be a typed result (a model of the operation's answer with every field the
  contract requires, a page, a stream of typed events, a binary answer, or None for an answer
  without a body) or a typed :class:`~amigo_client.AmigoError` whose status the operation
  documents and that is not a validation error of the request built here (``422`` would mean the
  SDK sent something the contract does not describe);
* the emulator, with ``check_responses`` on, must record no contract violation (the
  ``amigo_emulator`` fixture fails the test otherwise).
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Mapping, Optional

import httpx
import pytest

from amigo_client import AmigoClient, AmigoError
from amigo_client.api import operation as operation_module
from amigo_emulator.render import Renderer
from amigo_emulator.spec import Contract, Operation, load_contract
from amigo_emulator.testing import Emulator
from spectools.guard import Names

from .support import ROOT

CONTRACT: Contract = load_contract(ROOT / "openapi.yaml")
NAMES = Names(ROOT / "generator-config.yml")
ID = re.compile(r"^[a-f0-9]{24}$")
#: A well-formed id that nothing in the emulator has.
NOBODY = "65f0000000000000000000ff"


def _documented(op: Operation) -> List[int]:
    return sorted(int(code) for code in op.responses if str(code).isdigit())


@dataclass
class Resolver:
    """Finds values for path parameters and for the ids and names of things in a body, in the
    emulator's state, through the contract's own operations (raw HTTP: the SDK is what the test
    checks, not what prepares it)."""

    http: httpx.Client
    contract: Contract
    renderer: Renderer
    #: Every scalar value seen in an answer, by its key (``conversation_id``, ``user_id``...).
    seen: Dict[str, List[Any]] = field(default_factory=dict)

    def call(self, op: Operation, path: Mapping[str, str], body: Any = None) -> Any:
        """Call ``op`` (its required query parameters from their schemas); the decoded answer of a
        2xx (NDJSON: the list of events), else None."""
        query = {p.name: self.renderer.example(p.schema) for p in op.parameters if p.location == "query" and p.required}
        url = op.path
        for name, value in path.items():
            url = url.replace("{" + name + "}", value)
        try:
            answer = self.http.request(op.method, url, params=query, json=body)
        except httpx.HTTPError:
            return None
        media = answer.headers.get("content-type", "")
        if not 200 <= answer.status_code < 300 or "json" not in media:
            return None
        try:
            if "ndjson" in media:
                decoded: Any = [json.loads(line) for line in answer.text.splitlines() if line.strip()]
            else:
                decoded = answer.json()
        except ValueError:
            return None
        _remember(decoded, self.seen)
        return decoded

    def resolve(self, op: Operation) -> Dict[str, str]:
        """A value for each path parameter of ``op``, left to right."""
        values: Dict[str, str] = {}
        for name in re.findall(r"\{([^}]+)\}", op.path):
            param = next((p for p in op.parameters if p.location == "path" and p.name == name), None)
            schema = param.schema if param is not None else {"type": "string"}
            prefix = op.path.split("{" + name + "}")[0]
            found = self._at(prefix, name, schema, values) or self.lookup(name, schema, values)
            if found is None:
                example = self.renderer.example(schema, seed=f"{op.operation_id}/{name}")
                found = str(example) if example not in (None, "") else NOBODY
            values[name] = found
        return values

    def _fits(self, schema: Any, value: Any) -> bool:
        return isinstance(value, str) and self.contract.validator.is_valid(schema, value)

    def _search(self, answers: List[Any], keys: List[str], schema: Any) -> Optional[str]:
        """The first value under one of ``keys`` (in that order) in the items of ``answers``."""
        for key in keys:
            for answer in answers:
                for item in _items(answer):
                    if key in item and self._fits(schema, item[key]):
                        return str(item[key])
        return None

    def _ready(self, op: Operation, known: Mapping[str, str]) -> bool:
        return all(n in known for n in re.findall(r"\{([^}]+)\}", op.path))

    def _gets(self, paths: Any, known: Mapping[str, str]) -> List[Any]:
        return [
            self.call(op, known)
            for op in self.contract.operations.values()
            if op.method == "GET" and paths(op.path) and self._ready(op, known)
        ]

    def _at(self, prefix: str, name: str, schema: Any, known: Dict[str, str]) -> Optional[str]:
        """A value for the path parameter ``name`` from the operations at its parent path: the list
        there (GET /metric/ for /metric/{metric_id}/), else the reads beside it that need nothing
        more (GET /conversation/{conversation_id}/messages/ for an interaction_id)."""
        keys = _keys(name)
        found = self._search(self._gets(lambda path: path in (prefix, prefix.rstrip("/")), known), keys, schema)
        parent = prefix.rstrip("/").rsplit("/", 1)[0] + "/"
        if found is None and "{" in parent:  # inside an item: the reads beside, by the name itself
            own = _OWN.get(_suffix(name), ())
            named = [key for key in keys if key not in own]
            found = self._search(self._gets(lambda path: path.startswith(parent), known), named, schema)
        return found

    def lookup(self, name: str, schema: Any, known: Mapping[str, str], depth: int = 0) -> Optional[str]:
        """A value for an id or a name of a thing (``persona_id``, ``role_name``): one seen under
        that name already, else one the list operation of its kind lists (``/simulation/persona/``
        for ``persona_id``), else the one its create operation makes from a body of its schema."""
        keys = _keys(name)
        for key in keys[: -len(_OWN.get(_suffix(name), ())) or None]:
            for value in self.seen.get(key, []):
                if self._fits(schema, value):
                    return str(value)
        for stem in _stems(name) if depth < 2 else ():
            kind_keys = keys + [k for k in self.seen if k.endswith(f"{stem}{_suffix(name)}")]
            for method in ("GET", "POST"):
                for op in self.contract.operations.values():
                    if op.method == method and "{" not in op.path and _lists(op.path, stem):
                        answer = self.call(op, known, self.body(op, depth + 1) if method == "POST" else None)
                        found = self._search([answer], kind_keys + [f"{stem}{_suffix(name)}"], schema)
                        if found is not None:
                            return found
        return None

    def body(self, op: Operation, depth: int = 0) -> Any:
        """The operation's JSON body: its required fields from the schema, the ids and names of
        things taken from the state."""
        schema = op.json_body_schema()
        if schema is None:
            return None
        return self._things(schema, self.renderer.example(schema, seed=op.operation_id), depth)

    def _things(self, schema: Any, value: Any, depth: int) -> Any:
        resolved = self.contract.validator.resolve(schema)
        if not isinstance(resolved, dict) or not isinstance(value, dict):
            return value
        properties = resolved.get("properties") or {}
        for key, item in list(value.items()):
            sub = self.contract.validator.resolve(properties.get(key, {}))
            if isinstance(sub, dict) and "default" in sub:
                continue  # the contract's own default names something that exists
            if isinstance(item, str) and key.endswith(("_id", "_name")):
                found = self.lookup(key, sub, {}, depth)
                value[key] = item if found is None else found
            elif isinstance(item, list) and key.endswith("_ids") and not item:
                items = sub.get("items", {}) if isinstance(sub, dict) else {}
                found = self.lookup(key[:-1], items, {}, depth)
                value[key] = [] if found is None else [found]
            elif isinstance(item, dict) and depth < 4:
                value[key] = self._things(sub, item, depth + 1)
        return value


#: The keys of an item's own id or name, by the suffix of the name looked for.
_OWN = {"_id": ("id", "_id"), "_name": ("name",)}


def _suffix(name: str) -> str:
    return name[name.rfind("_") :] if "_" in name else ""


def _stems(name: str) -> List[str]:
    """``requested_user_id`` -> ``requested_user``, ``user`` (longest first)."""
    words = name.split("_")[:-1]
    return ["_".join(words[i:]) for i in range(len(words))]


def _keys(name: str) -> List[str]:
    """Where a value for ``name`` may be found in an answer's items: the name itself, its shorter
    forms (``user_id`` for ``requested_user_id``), then the item's own ``id`` / ``_id`` / ``name``."""
    shorter = [f"{stem}{_suffix(name)}" for stem in _stems(name)]
    return list(dict.fromkeys([name, *shorter, *_OWN.get(_suffix(name), ())]))


def _lists(path: str, stem: str) -> bool:
    """Whether ``path`` is the collection of the things ``stem`` names: its last segment is the
    stem (``/simulation/persona/`` for ``persona``), or the stem ends with it and the whole path
    ends with the stem (``/simulation/unit_test_set_run/`` for ``simulation_unit_test_set_run``)."""
    segments = [s for s in path.strip("/").split("/") if s]
    if not segments:
        return False
    joined, last = "_".join(segments), segments[-1]
    return last == stem or (stem.endswith(last) and (joined == stem or joined.endswith("_" + stem)))


def _items(answer: Any) -> List[Dict[str, Any]]:
    """The answer itself, its events, and the items of its lists."""
    found: List[Dict[str, Any]] = []
    for obj in answer if isinstance(answer, list) else [answer]:
        if isinstance(obj, dict):
            found.append(obj)
            for value in obj.values():
                if isinstance(value, list):
                    found.extend(item for item in value if isinstance(item, dict))
    return found


def _remember(value: Any, seen: Dict[str, List[Any]], depth: int = 0) -> None:
    if depth > 8:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                seen.setdefault(str(key), []).append(item)
            else:
                _remember(item, seen, depth + 1)
    elif isinstance(value, list):
        for item in value[:5]:
            _remember(item, seen, depth + 1)


def _method(client: AmigoClient, operation_id: str) -> Any:
    module = operation_module(operation_id)
    tag = module.__name__.split(".")[-2]
    return getattr(getattr(client, tag), module.__name__.split(".")[-1])


def _arguments(method: Any, op: Operation, path: Dict[str, str], resolver: Resolver) -> Dict[str, Any]:
    """Keyword arguments of the generated method: path values, required query and header
    parameters from their schemas, the body as a mapping."""
    accepted = set(inspect.signature(method).parameters)
    kwargs: Dict[str, Any] = {}
    for param in op.parameters:
        python = NAMES.identifier(param.name)
        if param.location == "path":
            kwargs[python] = path[param.name]
        elif param.required:
            kwargs[python] = resolver.renderer.example(param.schema, seed=f"{op.operation_id}/{param.name}")
    if op.json_body_schema() is not None:
        body = resolver.body(op)
        if body is not None or op.body_required:
            kwargs["body"] = body if body is not None else {}
    elif op.body_content and op.body_required:
        # A multipart body: its required fields as keyword arguments.
        media = next(iter(op.body_content.values()))
        for name, value in (resolver.renderer.example(media.get("schema")) or {}).items():
            kwargs[NAMES.identifier(name)] = value
    unknown = set(kwargs) - accepted - {"body"}
    assert not unknown or "fields" in accepted, f"{op.operation_id}: the method takes no {sorted(unknown)}"
    return kwargs


def _details(exc: AmigoError) -> List[Dict[str, Any]]:
    """The items of a FastAPI-style ``detail`` list of an error answer."""
    body = getattr(exc, "body", None)
    try:
        decoded = json.loads(body) if isinstance(body, (str, bytes)) else body
    except ValueError:
        return []
    detail = decoded.get("detail") if isinstance(decoded, dict) else None
    return [d for d in detail if isinstance(d, dict)] if isinstance(detail, list) else []


def _check_result(op: Operation, result: Any) -> str:
    """What the method returned, checked against the contract; a short description."""
    if result is None:
        return "none"
    if hasattr(result, "__iter__") and hasattr(result, "close") and op.streams:
        events = list(result)
        assert events, f"{op.operation_id}: the stream had no event"
        for event in events:
            assert not isinstance(event, dict) or "type" in event, event
        return f"stream of {len(events)} events"
    data = getattr(result, "data", result)  # a Page holds the generated model
    to_dict = getattr(data, "to_dict", None)
    if to_dict is None:
        return type(result).__name__
    status = min(int(c) for c in op.responses if str(c).startswith("2"))
    schema = CONTRACT.validator.resolve(op.response_schema(status, "application/json"))
    required = schema.get("required", []) if isinstance(schema, dict) else []
    as_dict = to_dict()
    missing = [name for name in required if name not in as_dict]
    assert not missing, f"{op.operation_id}: the parsed answer lacks the required field(s) {missing}"
    return type(data).__name__


OPERATIONS = sorted(CONTRACT.operations.values(), key=lambda o: o.operation_id)


@pytest.fixture
def resolver(emu: Emulator) -> Iterator[Resolver]:
    with httpx.Client(base_url=emu.api_url, headers=emu.auth_headers(), timeout=10, trust_env=False) as http:
        yield Resolver(http, CONTRACT, Renderer(CONTRACT.validator))


@pytest.mark.parametrize(
    "op",
    [pytest.param(op, id=op.operation_id, marks=pytest.mark.operations(op.operation_id)) for op in OPERATIONS],
)
def test_operation_round_trips_through_the_sdk(
    op: Operation, emu: Emulator, resolver: Resolver, record_property: Any
) -> None:
    path = resolver.resolve(op)
    with emu.client(max_retries=0) as client:
        method = _method(client, op.operation_id)
        kwargs = _arguments(method, op, path, resolver)
        try:
            result = method(**kwargs)
        except AmigoError as exc:
            status = getattr(exc, "status_code", None)
            record_property("outcome", f"{type(exc).__name__} {status}")
            assert status in _documented(op), f"{op.operation_id}: {status} is not documented: {exc}"
            if status == 422:  # a rule may refuse (value_error); the schema must not
                kinds = {item.get("type") for item in _details(exc)}
                assert kinds <= {"value_error"}, (
                    f"{op.operation_id}: the request built from the contract was refused: {exc}"
                )
            return
        record_property("outcome", _check_result(op, result))
