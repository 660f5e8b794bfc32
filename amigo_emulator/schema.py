"""A small JSON Schema (2020-12 subset) validator for the keywords openapi.yaml uses.

Contract: :meth:`SchemaValidator.errors` returns a list of :class:`SchemaIssue` (empty when the
value is valid) for a schema that may contain ``$ref`` (``#/components/...``, followed by the
repository's one resolver, :mod:`amigo_emulator.refs`), ``type`` (one or a list), ``enum``, ``const``, ``pattern``, ``minLength``/``maxLength``, ``minimum``/``maximum``,
``exclusiveMinimum``/``exclusiveMaximum``, ``minItems``/``maxItems``, ``uniqueItems``, ``items``,
``prefixItems``, ``properties``, ``required``, ``additionalProperties``, ``propertyNames``,
``minProperties``/``maxProperties``, ``anyOf``/``oneOf``/``allOf`` and ``format`` (``date-time``,
``email``, ``uri``). Other keywords (``discriminator``, ``description``, ``default``...) are
ignored. Booleans are never integers or numbers, as in JSON Schema. It exists so the emulator
validates requests (and, in checking mode, its own responses) with no dependency beyond the
runtime set.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Sequence, Set, Tuple, Union

from .refs import Resolver
from .util import parse_datetime

__all__ = ["SchemaIssue", "SchemaValidator"]

Loc = Tuple[Union[str, int], ...]


@dataclass(frozen=True)
class SchemaIssue:
    """One validation failure: where (``loc``), what (``msg``) and a short machine ``kind``."""

    loc: Loc
    msg: str
    kind: str


_TYPE_CHECKS = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$")


class SchemaValidator:
    """Validates values against schemas of one OpenAPI document (for ``$ref`` resolution)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._patterns: Dict[str, "re.Pattern[str]"] = {}
        # The one $ref resolver of the repository (spectools.refs), shared with scripts/; a plain
        # reference is resolved once and remembered (every answer is rendered and checked).
        self._resolver = Resolver(document)
        self._refs: Dict[str, Any] = {}

    def resolve(self, schema: Any) -> Any:
        """``schema`` with its ``$ref`` followed."""
        if type(schema) is dict:
            ref = schema.get("$ref")
            if not isinstance(ref, str):
                return schema
            if len(schema) == 1:
                found = self._refs.get(ref)
                if found is None:
                    found = self._refs[ref] = self._resolver(schema)
                return found
        return self._resolver(schema)

    def is_valid(self, schema: Any, value: Any) -> bool:
        return not self.errors(schema, value)

    def errors(self, schema: Any, value: Any, loc: Loc = ()) -> List[SchemaIssue]:
        """Every failure of ``value`` against ``schema``, located relative to ``loc``."""
        out: List[SchemaIssue] = []
        self._check(schema, value, loc, out)
        return out

    # -- internals -------------------------------------------------------------------------

    def _check(self, schema: Any, value: Any, loc: Loc, out: List[SchemaIssue]) -> None:
        schema = self.resolve(schema)
        if schema is True or schema is None or schema == {}:
            return
        if schema is False:
            out.append(SchemaIssue(loc, "no value is allowed here", "forbidden"))
            return
        if not isinstance(schema, dict):
            return
        if "allOf" in schema:
            for sub in schema["allOf"]:
                self._check(sub, value, loc, out)
        if "anyOf" in schema:
            if not any(not self.errors(sub, value, loc) for sub in schema["anyOf"]):
                out.append(self._best_branch_issue(schema["anyOf"], value, loc))
        if "oneOf" in schema:
            matches = sum(1 for sub in schema["oneOf"] if not self.errors(sub, value, loc))
            if matches != 1:
                if matches == 0:
                    out.append(self._best_branch_issue(schema["oneOf"], value, loc))
                else:
                    out.append(SchemaIssue(loc, "value matches more than one alternative", "one_of"))
        if "const" in schema and not _json_equal(value, schema["const"]):
            out.append(SchemaIssue(loc, f"must be {json.dumps(schema['const'])}", "const"))
        if "enum" in schema and not any(_json_equal(value, e) for e in schema["enum"]):
            allowed = ", ".join(json.dumps(e) for e in schema["enum"])
            out.append(SchemaIssue(loc, f"must be one of {allowed}", "enum"))
        types = schema.get("type")
        if types is not None:
            names = [types] if isinstance(types, str) else list(types)
            if not any(_TYPE_CHECKS.get(name, lambda v: True)(value) for name in names):
                out.append(SchemaIssue(loc, f"must be of type {' or '.join(names)}", "type"))
                return
        if isinstance(value, str):
            self._check_string(schema, value, loc, out)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            self._check_number(schema, value, loc, out)
        elif isinstance(value, list):
            self._check_array(schema, value, loc, out)
        elif isinstance(value, dict):
            self._check_object(schema, value, loc, out)

    def _best_branch_issue(self, branches: Sequence[Any], value: Any, loc: Loc) -> SchemaIssue:
        # Report the failure of the alternative that came closest (fewest issues); a branch whose
        # type does not even match is a worse candidate than one failing on a nested field.
        best: List[SchemaIssue] = []
        for sub in branches:
            issues = self.errors(sub, value, loc)
            if issues and (not best or _rank(issues) < _rank(best)):
                best = issues
        return best[0] if best else SchemaIssue(loc, "value matches no alternative", "any_of")

    def _check_string(self, schema: Dict[str, Any], value: str, loc: Loc, out: List[SchemaIssue]) -> None:
        if "minLength" in schema and len(value) < schema["minLength"]:
            out.append(SchemaIssue(loc, f"must have at least {schema['minLength']} characters", "string_too_short"))
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            out.append(SchemaIssue(loc, f"must have at most {schema['maxLength']} characters", "string_too_long"))
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            compiled = self._patterns.get(pattern)
            if compiled is None:
                compiled = self._patterns[pattern] = re.compile(pattern)
            if not compiled.search(value):
                out.append(SchemaIssue(loc, f"must match pattern {pattern!r}", "string_pattern_mismatch"))
        fmt = schema.get("format")
        if fmt == "date-time" and not _is_date_time(value):
            out.append(SchemaIssue(loc, "must be an ISO 8601 date-time", "datetime_parsing"))
        elif fmt == "email" and not _EMAIL.match(value):
            out.append(SchemaIssue(loc, "must be an email address", "value_error"))
        elif fmt == "uri" and not _URI.match(value):
            out.append(SchemaIssue(loc, "must be a URI", "url_parsing"))

    def _check_number(self, schema: Dict[str, Any], value: float, loc: Loc, out: List[SchemaIssue]) -> None:
        if "minimum" in schema and value < schema["minimum"]:
            out.append(SchemaIssue(loc, f"must be >= {schema['minimum']}", "greater_than_equal"))
        if "maximum" in schema and value > schema["maximum"]:
            out.append(SchemaIssue(loc, f"must be <= {schema['maximum']}", "less_than_equal"))
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            out.append(SchemaIssue(loc, f"must be > {schema['exclusiveMinimum']}", "greater_than"))
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            out.append(SchemaIssue(loc, f"must be < {schema['exclusiveMaximum']}", "less_than"))

    def _check_array(self, schema: Dict[str, Any], value: List[Any], loc: Loc, out: List[SchemaIssue]) -> None:
        if "minItems" in schema and len(value) < schema["minItems"]:
            out.append(SchemaIssue(loc, f"must have at least {schema['minItems']} items", "too_short"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            out.append(SchemaIssue(loc, f"must have at most {schema['maxItems']} items", "too_long"))
        if schema.get("uniqueItems"):
            seen: Set[str] = set()
            for item in value:
                key = json.dumps(item, sort_keys=True)
                if key in seen:
                    out.append(SchemaIssue(loc, "items must be unique", "unique_items"))
                    break
                seen.add(key)
        prefix = schema.get("prefixItems")
        start = 0
        if isinstance(prefix, list):
            for index, sub in enumerate(prefix[: len(value)]):
                self._check(sub, value[index], loc + (index,), out)
            start = len(prefix)
        items = schema.get("items")
        if items is not None:
            for index in range(start, len(value)):
                self._check(items, value[index], loc + (index,), out)

    def _check_object(self, schema: Dict[str, Any], value: Dict[str, Any], loc: Loc, out: List[SchemaIssue]) -> None:
        for name in schema.get("required", []):
            if name not in value:
                out.append(SchemaIssue(loc + (name,), "Field required", "missing"))
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            out.append(SchemaIssue(loc, f"must have at most {schema['maxProperties']} entries", "too_long"))
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            out.append(SchemaIssue(loc, f"must have at least {schema['minProperties']} entries", "too_short"))
        properties = schema.get("properties", {})
        names = schema.get("propertyNames")
        additional = schema.get("additionalProperties", True)
        for key, item in value.items():
            if names is not None:
                self._check(names, key, loc + (key,), out)
            if key in properties:
                self._check(properties[key], item, loc + (key,), out)
            elif additional is False:
                out.append(SchemaIssue(loc + (key,), "Extra inputs are not permitted", "extra_forbidden"))
            elif isinstance(additional, dict):
                self._check(additional, item, loc + (key,), out)


def _rank(issues: List[SchemaIssue]) -> Tuple[int, int]:
    type_failures = sum(1 for issue in issues if issue.kind in ("type", "const"))
    return (type_failures, len(issues))


def _json_equal(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    return bool(left == right)


def _is_date_time(value: str) -> bool:
    if not _DATE_TIME.match(value):
        return False
    try:
        parse_datetime(value)
    except ValueError:
        return False
    return True
