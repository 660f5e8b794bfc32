"""The wire contract, read from the project's ``openapi.yaml`` at start-up.

Contract:

* :func:`load_contract` reads the document (default: ``openapi.yaml`` next to this package, or
  the ``AMIGO_EMULATOR_SPEC`` environment variable) into a :class:`Contract`.
* :meth:`Contract.match` maps a method and a path relative to ``/v1/{organization}`` to its
  :class:`Operation` and raw path parameters; the emulator uses it for fault switches, rate limits
  and statistics, which are keyed by ``operationId``.
* :meth:`Operation.parse_parameters` turns the raw path, query and header values into typed
  values (integers, booleans, arrays from repeated query keys, JSON-encoded objects), applies the
  contract's defaults and validates them; problems are returned FastAPI-style (``loc``, ``msg``,
  ``type``) for a 422 answer. :meth:`Operation.validate_json_body` does the same for JSON bodies.
* :meth:`Contract.response_issues` checks a response against the contract (the status; the
  content type; a JSON body against its schema, a binary body by its content type only); the
  emulator's checking mode uses it to record any answer that would not conform.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Sequence, Set, Tuple

from .document import read_document
from .schema import SchemaIssue, SchemaValidator
from .util import too_deep

__all__ = [
    "MAX_JSON_DEPTH",
    "Contract",
    "Operation",
    "Parameter",
    "ValidationProblem",
    "per_minute",
    "default_spec_path",
    "load_contract",
    "token_required",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# JSON (bodies, JSON-encoded parameters) nested deeper than this is refused with a 422: no contract
# schema comes close, and the limit keeps parsing and validation from exhausting the stack.
MAX_JSON_DEPTH = 64


def default_spec_path() -> Path:
    """``$AMIGO_EMULATOR_SPEC``, else the ``openapi.yaml`` installed in this package (the wheel
    ships it as package data), else the repository's (a checkout)."""
    env = os.environ.get("AMIGO_EMULATOR_SPEC")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    packaged = here / "openapi.yaml"
    return packaged if packaged.is_file() else here.parent / "openapi.yaml"


@dataclass(frozen=True)
class ValidationProblem:
    """One FastAPI-style validation error item."""

    loc: Tuple[Any, ...]
    msg: str
    type: str
    input: Any = None

    def as_dict(self) -> Dict[str, Any]:
        return {"type": self.type, "loc": list(self.loc), "msg": self.msg, "input": self.input}


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query | header
    required: bool
    schema: Any


@dataclass
class Operation:
    """One operation of the contract, with what is needed to parse and check its requests."""

    operation_id: str
    method: str
    path: str
    parameters: List[Parameter]
    body_required: bool
    body_content: Dict[str, Any]
    responses: Dict[str, Any]
    needs_token: bool  # see token_required()
    validator: SchemaValidator
    #: Requests a minute the contract allows (its ``x-rate-limit``), None when it states none.
    rate_limit: Optional[int] = None
    regex: "re.Pattern[str]" = field(init=False)

    def __post_init__(self) -> None:
        pattern = re.sub(r"\\\{([A-Za-z0-9_]+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.path))
        self.regex = re.compile("^" + pattern + "$")

    @property
    def streams(self) -> bool:
        """Whether a success answer is an NDJSON event stream."""
        return any("application/x-ndjson" in (r.get("content") or {}) for r in self.responses.values())

    def parse_parameters(
        self, path: Mapping[str, str], query: Any, headers: Mapping[str, str]
    ) -> Tuple[Dict[str, Any], List[ValidationProblem]]:
        """Typed parameter values keyed by name, and the problems found (``query`` is a multi-dict)."""
        values: Dict[str, Any] = {}
        problems: List[ValidationProblem] = []
        for param in self.parameters:
            schema = self.validator.resolve(param.schema)
            raw: Any
            if param.location == "path":
                raw = path.get(param.name)
            elif param.location == "header":
                raw = headers.get(param.name.lower())
            else:
                raw = query.getlist(param.name) if _is_array(schema, self.validator) else query.get(param.name)
                if raw == []:
                    raw = None
            loc: Tuple[Any, ...] = (param.location, param.name)
            if raw is None:
                if param.required:
                    problems.append(ValidationProblem(loc, "Field required", "missing"))
                elif isinstance(schema, dict) and "default" in schema:
                    values[param.name] = schema["default"]
                else:
                    values[param.name] = None
                continue
            try:
                value = _coerce(schema, raw, self.validator)
                deep = too_deep(value, MAX_JSON_DEPTH)
            except ValueError as exc:
                problems.append(ValidationProblem(loc, str(exc), "parsing", raw))
                continue
            except RecursionError:  # the JSON decoder gave up: deeper than any limit
                deep = True
            if deep:
                problems.append(ValidationProblem(loc, f"Input nested deeper than {MAX_JSON_DEPTH} levels", "parsing"))
                continue
            issues = self.validator.errors(param.schema, value, loc)
            problems.extend(_problem(issue, value) for issue in issues)
            values[param.name] = value
        return values, problems

    def json_body_schema(self) -> Any:
        return (self.body_content.get("application/json") or {}).get("schema")

    def validate_json_body(self, body: Any) -> List[ValidationProblem]:
        schema = self.json_body_schema()
        if schema is None:
            return []
        return [_problem(issue, body) for issue in self.validator.errors(schema, body, ("body",))]

    def clearable_fields(self) -> FrozenSet[str]:
        """Body fields where ``null`` clears the value: their schema also has a ``NotSet`` branch
        (the contract's "leave it unchanged" marker), so ``{}`` is what keeps them."""
        body = self.validator.resolve(self.json_body_schema())
        if not isinstance(body, dict):
            return frozenset()
        names = set()
        for name, sub in (body.get("properties") or {}).items():
            branches = (self.validator.resolve(sub) or {}).get("anyOf") or []
            refs = [b.get("$ref", "") for b in branches if isinstance(b, dict)]
            if any(r.endswith("/NotSet") for r in refs):
                names.add(name)
        return frozenset(names)

    def response_schema(self, status: int, content_type: str) -> Optional[Any]:
        response = self.responses.get(str(status)) or {}
        content = response.get("content") or {}
        media = content.get(content_type.split(";")[0].strip())
        return None if media is None else media.get("schema")


def _problem(issue: SchemaIssue, value: Any) -> ValidationProblem:
    return ValidationProblem(issue.loc, issue.msg, issue.kind, None)


def _is_array(schema: Any, validator: SchemaValidator) -> bool:
    schema = validator.resolve(schema)
    return isinstance(schema, dict) and schema.get("type") == "array"


def _coerce(schema: Any, raw: Any, validator: SchemaValidator) -> Any:
    """Convert a raw string (or list of strings) to the JSON value the schema describes."""
    schema = validator.resolve(schema)
    if isinstance(raw, list):
        items = schema.get("items", {}) if isinstance(schema, dict) else {}
        return [_coerce(items, item, validator) for item in raw]
    if not isinstance(schema, dict):
        return raw
    for key in ("anyOf", "oneOf"):
        if key in schema:
            for branch in schema[key]:
                branch = validator.resolve(branch)
                if isinstance(branch, dict) and branch.get("type") == "null":
                    continue
                try:
                    value = _coerce(branch, raw, validator)
                except ValueError:
                    continue
                if validator.is_valid(branch, value):
                    return value
            # Fall back to the first non-null interpretation so validation reports the problem.
            for branch in schema[key]:
                try:
                    return _coerce(branch, raw, validator)
                except ValueError:
                    continue
            return raw
    kind = schema.get("type")
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            raise ValueError("Input should be a valid integer") from None
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            raise ValueError("Input should be a valid number") from None
    if kind == "boolean":
        lowered = raw.strip().lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
        raise ValueError("Input should be a valid boolean")
    if kind == "object" or ("properties" in schema and kind is None) or "discriminator" in schema:
        try:
            return json.loads(raw)
        except ValueError:
            raise ValueError("Input should be valid JSON") from None
    return raw


_PER_MINUTE = {"second": 60.0, "minute": 1.0, "hour": 1 / 60, "day": 1 / 1440}


def per_minute(limit: Any) -> Optional[int]:
    """``x-rate-limit: {requests, per}`` as whole requests a minute (at least 1), or None."""
    if not isinstance(limit, Mapping):
        return None
    requests, per = limit.get("requests"), _PER_MINUTE.get(str(limit.get("per")))
    if isinstance(requests, bool) or not isinstance(requests, int) or requests < 1 or per is None:
        return None
    return max(1, math.ceil(requests * per))


class Contract:
    """The parsed OpenAPI document: operations by id, path matching and response checks."""

    def __init__(self, document: Dict[str, Any]) -> None:
        self.document = document
        self.validator = SchemaValidator(document)
        self.operations: Dict[str, Operation] = {}
        schemes = (document.get("components") or {}).get("securitySchemes") or {}
        global_security = document.get("security")
        for path, item in (document.get("paths") or {}).items():
            shared = item.get("parameters", [])
            for method, op in item.items():
                if method not in HTTP_METHODS:
                    continue
                params = [
                    Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}))
                    for p in (self.validator.resolve(x) for x in list(shared) + list(op.get("parameters", [])))
                ]
                body = op.get("requestBody") or {}
                security = op.get("security", global_security)
                operation = Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    parameters=params,
                    body_required=bool(body.get("required")),
                    body_content=dict(body.get("content") or {}),
                    responses=dict(op.get("responses") or {}),
                    needs_token=token_required(security, schemes),
                    validator=self.validator,
                    rate_limit=per_minute(op.get("x-rate-limit")),
                )
                self.operations[operation.operation_id] = operation
        #: Requests a minute per operation, as the contract states them (``x-rate-limit``).
        self.rate_limits: Dict[str, int] = {
            oid: op.rate_limit for oid, op in self.operations.items() if op.rate_limit is not None
        }
        # Literal segments win over parameters: sort by the number of templated segments.
        self._ordered = sorted(self.operations.values(), key=lambda o: (o.path.count("{"), -len(o.path)))

    def match(self, method: str, path: str) -> Optional[Tuple[Operation, Dict[str, str]]]:
        """The operation for ``method`` and an organization-relative ``path``, with path parameters."""
        for op in self._ordered:
            if op.method != method.upper():
                continue
            found = op.regex.match(path)
            if found:
                return op, found.groupdict()
        return None

    def schema(self, name: str) -> Any:
        return self.document["components"]["schemas"][name]

    def response_issues(self, op: Operation, status: int, content_type: str, body: Any) -> List[str]:
        """Why ``(status, body)`` does not conform to ``op``'s responses (empty when it does)."""
        if str(status) not in op.responses:
            return [f"{op.operation_id}: status {status} is not documented"]
        declared = op.responses[str(status)].get("content") or {}
        if not declared:
            return []
        media = content_type.split(";")[0].strip()
        if media not in declared and _placeholder(declared) and "json" not in media:
            return []  # upstream's placeholder for a raw answer (see _placeholder)
        if media not in declared:
            return [f"{op.operation_id}: {status} content type {media!r} not in {sorted(declared)}"]
        if media == "application/x-ndjson":
            return []  # events are checked one by one with event_issues
        if not _is_json(media):
            return []  # bytes (zip, gzip, audio...): the content type is what the contract states
        schema = declared[media].get("schema")
        issues = self.validator.errors(schema, body)
        return [f"{op.operation_id} {status}: {_where(i.loc)} {i.msg}" for i in issues]

    def event_types(self, op: Operation, status: int) -> Optional[FrozenSet[str]]:
        """The ``type`` values of the events ``op``'s NDJSON stream declares for ``status``.

        ``None`` when the stream schema does not pin every alternative to one ``type`` constant
        (then any event may be sent). The emulator leaves out events of other types, so a contract
        whose stream does not have an event (upstream's has no ``end-session``) never gets one.
        """
        schema = op.response_schema(status, "application/x-ndjson")
        return None if schema is None else self._event_types(schema, 0)

    def _event_types(self, schema: Any, depth: int) -> Optional[FrozenSet[str]]:
        schema = self.validator.resolve(schema)
        if not isinstance(schema, dict) or depth > 16:
            return None
        branches = schema.get("oneOf") or schema.get("anyOf")
        if isinstance(branches, list):
            found: Set[str] = set()
            for branch in branches:
                kinds = self._event_types(branch, depth + 1)
                if kinds is None:
                    return None
                found |= kinds
            return frozenset(found)
        kind = self.validator.resolve((schema.get("properties") or {}).get("type"))
        if isinstance(kind, dict) and isinstance(kind.get("const"), str):
            return frozenset([kind["const"]])
        if isinstance(kind, dict) and isinstance(kind.get("enum"), list):
            return frozenset(str(k) for k in kind["enum"])
        return None

    def event_schema(self, op: Operation, status: int, kind: Any) -> Optional[Any]:
        """The schema of ``op``'s stream events of type ``kind`` (the alternative of the stream's
        union whose ``type`` is that constant), or ``None`` when no alternative pins it."""
        schema = op.response_schema(status, "application/x-ndjson")
        return None if schema is None or not isinstance(kind, str) else self._event_schema(schema, kind, 0)

    def _event_schema(self, schema: Any, kind: str, depth: int) -> Optional[Any]:
        resolved = self.validator.resolve(schema)
        if not isinstance(resolved, dict) or depth > 16:
            return None
        branches = resolved.get("oneOf") or resolved.get("anyOf")
        if isinstance(branches, list):
            for branch in branches:
                found = self._event_schema(branch, kind, depth + 1)
                if found is not None:
                    return found
            return None
        kinds = self._event_types(resolved, depth)
        return schema if kinds is not None and kind in kinds else None

    def event_issues(self, op: Operation, status: int, event: Any) -> List[str]:
        """Why one NDJSON event does not conform to ``op``'s stream schema."""
        schema = op.response_schema(status, "application/x-ndjson")
        if schema is None:
            return [f"{op.operation_id}: no NDJSON schema for {status}"]
        issues = self.validator.errors(schema, event)
        kind = event.get("type") if isinstance(event, dict) else None
        return [f"{op.operation_id} event {kind}: {_where(i.loc)} {i.msg}" for i in issues]


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _placeholder(declared: Mapping[str, Any]) -> bool:
    """Whether a response's content is only ``application/json`` with an empty schema: what
    upstream's framework writes for an answer of raw bytes (a file download), not a JSON claim."""
    media = declared.get("application/json")
    return len(declared) == 1 and isinstance(media, Mapping) and media.get("schema") in ({}, None)


def token_required(requirements: Any, schemes: Mapping[str, Any]) -> bool:
    """Whether an operation with these security ``requirements`` needs the caller's token.

    One rule for every way a document may spell it: a token (``Authorization: Bearer <jwt>``) is
    needed when every alternative of the requirement names at least one scheme that carries the
    issued token, i.e. an ``http`` scheme (bearer, or basic with the token as password) or an
    OAuth2 / OpenID Connect scheme. An absent or empty requirement, an empty alternative (``{}``:
    anonymous allowed), or one made only of API-key headers or of schemes the document does not
    define (upstream's sign-in names such API-key schemes) means the operation is public.
    """
    if not isinstance(requirements, list) or not requirements:
        return False
    for alternative in requirements:
        names = list(alternative) if isinstance(alternative, Mapping) else []
        if not any(_carries_token(schemes.get(name)) for name in names):
            return False
    return True


def _carries_token(scheme: Any) -> bool:
    return isinstance(scheme, Mapping) and scheme.get("type") in ("http", "oauth2", "openIdConnect")


def _where(loc: Sequence[Any]) -> str:
    return "/".join(str(part) for part in loc) or "<root>"


def load_contract(path: Optional[Path] = None) -> Contract:
    """Read and index ``openapi.yaml`` (or the document at ``path``)."""
    return Contract(read_document(path or default_spec_path()))  # parsed YAML, cached as JSON
