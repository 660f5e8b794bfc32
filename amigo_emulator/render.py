"""Schema-driven rendering: stored values shaped into what a contract schema describes.

Contract:

* :meth:`Renderer.example` builds a value that validates against a schema (``const``, the first
  ``enum`` value, ``null`` where allowed, the smallest number the bounds allow, ``minItems`` items,
  the required properties of an object, strings that satisfy ``format``, ``pattern`` and length:
  a fresh 24-hex id for the id pattern, the current time for ``date-time``).
* :meth:`Renderer.render` answers ``value`` itself where it is valid for the schema; otherwise it
  keeps what it can: an object is built property by property from the value's keys (required
  properties always, optional ones only when the value has them), a ``{key: value}`` mapping
  becomes the contract's list of ``{"key", "value"}`` tags, and anything else is replaced by
  :meth:`example`. ``aliases`` maps a property name missing from the value to the key to read
  instead (an item's ``id`` answered as ``role_id``...); a property missing from the value is also
  read from the one key ending in ``_<property>`` (``name`` from ``agent_name``); a required
  secret-like string (``api_key``, ``secret``, ``token``...) missing from the value gets a random
  one. The result validates against the schema
  for every schema the contract uses (checking mode verifies it on every answer).

It is the rendering half of the spec-driven resources (:mod:`amigo_emulator.resources` keeps the
state, :mod:`amigo_emulator.generic` parses requests).
"""

from __future__ import annotations

import secrets
from typing import Any, Dict, List, Mapping, Optional

from .schema import SchemaValidator
from .util import iso, new_id, utcnow

__all__ = ["MISSING", "Renderer", "secret_token"]

MISSING: Any = object()

# Candidates tried, in order, for a string that must match a pattern the renderer cannot invert.
_CANDIDATES = ("emulated", "a", "ab", "en", "a_b", "a.b", "AB", "A_B", "a b", "a-b", "x1", "1")


class Renderer:
    """Builds and reshapes values for the schemas of one document."""

    def __init__(self, validator: SchemaValidator) -> None:
        self.validator = validator

    # -- values from nothing --------------------------------------------------------------

    def example(self, schema: Any, depth: int = 0) -> Any:
        """A value valid for ``schema`` (see the module docstring)."""
        schema = self.validator.resolve(schema)
        if not isinstance(schema, dict) or depth > 24:
            return None
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return schema["enum"][0]
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list) and branches:
                for branch in branches:
                    if self.validator.is_valid(branch, None):
                        return None
                return self.example(branches[0], depth + 1)
        if isinstance(schema.get("allOf"), list):
            merged: Dict[str, Any] = {}
            for part in schema["allOf"]:
                part = self.validator.resolve(part)
                if isinstance(part, dict):
                    merged = _merge(merged, part)
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            return self.example(_merge(merged, rest), depth + 1)
        kind = _main_type(schema)
        if kind == "null":
            return None
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return False
        if kind == "array":
            count = int(schema.get("minItems", 0))
            return [self.example(schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "object":
            properties = schema.get("properties") or {}
            return {name: self.example(properties.get(name, {}), depth + 1) for name in schema.get("required", [])}
        return None

    def _string(self, schema: Mapping[str, Any]) -> str:
        fmt = schema.get("format")
        pattern = schema.get("pattern")
        if fmt == "date-time":
            value = iso(utcnow())
        elif fmt == "email":
            value = "user@example.com"
        elif fmt == "uri":
            value = "https://example.com/"
        elif fmt == "duration":
            value = "PT1H"
        elif fmt == "date":
            value = iso(utcnow())[:10]
        elif isinstance(pattern, str) and "a-f0-9]{24}" in pattern:
            value = new_id()
        else:
            value = "emulated"
        if isinstance(pattern, str) and not self.validator.is_valid({"pattern": pattern}, value):
            value = next((c for c in _CANDIDATES if self.validator.is_valid({"pattern": pattern}, c)), value)
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        if len(value) < low:
            value = value + (value[-1:] or "x") * (low - len(value))
        if isinstance(high, int) and len(value) > high:
            value = value[:high]
        return value

    # -- values from stored data ----------------------------------------------------------

    def render(self, schema: Any, value: Any, aliases: Optional[Mapping[str, str]] = None, depth: int = 0) -> Any:
        """``value`` shaped to ``schema`` (see the module docstring)."""
        schema = self.validator.resolve(schema)
        declared = isinstance(schema, dict) and bool(schema.get("properties"))
        if (
            value is not MISSING
            and not (declared and isinstance(value, Mapping))
            and self.validator.is_valid(schema, value)
        ):
            return value
        if not isinstance(schema, dict) or depth > 24 or value is MISSING or value is None:
            return self.example(schema, depth)
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list):
                for branch in branches:
                    shaped = self.render(branch, value, aliases, depth + 1)
                    if self.validator.is_valid(branch, shaped):
                        return shaped
                return self.example(schema, depth)
        kind = _main_type(schema)
        if kind == "object" and isinstance(value, Mapping):
            return self._object(schema, value, aliases or {}, depth)
        if kind == "array" and isinstance(value, Mapping):
            value = [{"key": k, "value": v} for k, v in value.items()]  # tags stored as a mapping
        if kind == "array" and isinstance(value, list):
            items = schema.get("items", {})
            shaped_items = [self.render(items, item, None, depth + 1) for item in value]
            if self.validator.is_valid(schema, shaped_items):
                return shaped_items
        if kind == "object" and isinstance(value, list) and all(_is_tag(t) for t in value):
            as_mapping = {t["key"]: t.get("value") for t in value}
            if self.validator.is_valid(schema, as_mapping):
                return as_mapping
        return self.example(schema, depth)

    def _object(self, schema: Dict[str, Any], value: Mapping[str, Any], aliases: Mapping[str, str], depth: int) -> Any:
        properties: Dict[str, Any] = schema.get("properties") or {}
        required: List[str] = list(schema.get("required", []))
        out: Dict[str, Any] = {}
        for name, sub in properties.items():
            found = value.get(name, MISSING)
            if found is MISSING and name in aliases:
                found = value.get(aliases[name], MISSING)
            if found is MISSING:
                # "name" answered from "agent_name", "version" from "tool_version"...: one key only.
                suffixed = [k for k in value if k.endswith("_" + name)]
                found = value[suffixed[0]] if len(suffixed) == 1 else MISSING
            if found is MISSING and name not in required:
                continue
            if found is MISSING and _secret(name) and self.validator.is_valid(sub, "x"):
                out[name] = secret_token()
                continue
            out[name] = self.render(sub, found, None, depth + 1)
        extra = schema.get("additionalProperties", True)
        for name in required:
            if name not in out:
                sub = extra if isinstance(extra, dict) else {}
                out[name] = self.render(sub, value.get(name, MISSING), None, depth + 1)
        if extra is not False and not properties:
            for name, item in value.items():
                if name not in out and not name.startswith("_"):
                    out[name] = item if extra is True else self.render(extra, item, None, depth + 1)
        return out


def _main_type(schema: Mapping[str, Any]) -> Optional[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), kind[0] if kind else None)
    if kind is None and "properties" in schema:
        return "object"
    if kind is None and "items" in schema:
        return "array"
    return kind if isinstance(kind, str) else None


def _number(schema: Mapping[str, Any], kind: str) -> Any:
    value: float = 0
    if "minimum" in schema:
        value = max(value, schema["minimum"]) if schema["minimum"] > 0 else schema["minimum"]
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        value = schema["exclusiveMinimum"] + 1
    if "maximum" in schema and value > schema["maximum"]:
        value = schema["maximum"]
    return int(value) if kind == "integer" else float(value)


def _merge(left: Dict[str, Any], right: Mapping[str, Any]) -> Dict[str, Any]:
    out = dict(left)
    for key, value in right.items():
        if key == "properties":
            out["properties"] = {**out.get("properties", {}), **value}
        elif key == "required":
            out["required"] = list(dict.fromkeys(list(out.get("required", [])) + list(value)))
        else:
            out[key] = value
    return out


def _secret(name: str) -> bool:
    return any(word in name for word in ("key", "secret", "token", "password"))


def _is_tag(value: Any) -> bool:
    return isinstance(value, Mapping) and "key" in value


def secret_token(prefix: str = "emu_") -> str:
    """A random secret-looking string (API keys and the like)."""
    return prefix + secrets.token_urlsafe(24)
