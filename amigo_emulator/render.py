"""Schema-driven rendering: stored state shaped into what a contract schema describes.

Every JSON answer and stream event the emulator sends goes through :meth:`Renderer.render` with
the schema the contract (``openapi.yaml`` as it is now) gives for it, so the answer follows the
contract and not the code: a property the contract no longer has is never sent, a property it
adds is filled, names are the contract's.

Contract:

* :meth:`Renderer.example` builds, deterministically, a value that validates against a schema:
  the schema's ``default`` (when valid), ``const``, the first ``enum`` value, ``null`` where
  allowed, the smallest number the bounds allow, ``False``, ``minItems`` items, the required
  properties of an object, and strings that satisfy ``format``, ``pattern`` and length. A string
  with the 24-hex id pattern is derived from a *seed* (the id of the object being rendered and
  the property's path), a ``date-time`` is the object's own ``created_at`` when it has one, else
  :data:`EPOCH`. The same state therefore renders to the same answer on every read.
* :meth:`Renderer.render` answers a scalar value itself where it is valid for the schema and
  rebuilds objects (property by property) and arrays (item by item), so nothing the schema does
  not declare leaks out. A property is taken from the value's key of the same name; when the
  value lacks it, in order:

  1. ``aliases`` given by the caller (property -> key);
  2. the item's own key for a property prefixed by its kind (``kind`` given by the caller, or
     its last word): ``user_id`` from ``id`` (kind ``user``), ``org_name`` from ``name`` (kind
     ``org``); the value's ``id`` for ``_id`` and, at the top level, for the only id-like
     property (``*id``) missing from it;
  3. the value's ``version`` for a ``*version`` / ``*version_number`` property;
  4. the one key ending in ``_<property>`` (``name`` from ``role_name``), when its value fits;
  5. a nested key whose path, joined with ``_``, ends the property's name with at least two
     parts (``metric_value_type`` from ``initial_version_metric_value.metric_value.type``), else
     the one nested key of that very name that is not an id (``description`` from
     ``initial_version_metric_value.description``), when that value fits the property's schema:
     a contract that flattens or nests a field the state holds is answered from it;
  5b. for an object property, the value's own keys that are properties of that object and not of
     the schema being rendered (``initial_version_metric_value`` from the state's
     ``description`` and ``metric_value``, when the contract moves them under a new object);
  6. a token for a required secret-like string (``api_key``, ``secret``, ``token``...), derived
     from the item and a random key of the process (the same on every read, not guessable);
  7. :meth:`example` for a required property; an optional one is left out.

  A ``{key: value}`` mapping becomes the contract's list of ``{"key", "value"}`` tags and back;
  anything else invalid is replaced by :meth:`example`. The result validates against the schema
  for every schema the contract uses (checking mode verifies it on every answer).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import secrets
from collections import deque
from collections.abc import Mapping
from typing import Any, Deque, Dict, List, Optional, Tuple

from .schema import SchemaValidator
from .util import new_id

__all__ = ["EPOCH", "MISSING", "Renderer", "secret_token"]

MISSING: Any = object()

#: The date-time a required property gets when the object has no ``created_at`` of its own.
EPOCH = "2025-01-01T00:00:00.000Z"

# Candidates tried, in order, for a string that must match a pattern the renderer cannot invert.
_CANDIDATES = ("emulated", "a", "ab", "en", "a_b", "a.b", "AB", "A_B", "a b", "a-b", "x1", "1")
_MAX_DEPTH = 24
_NESTED_SEARCH_LIMIT = 64  # mappings visited looking for a flattened property (rule 5)


class Renderer:
    """Builds and reshapes values for the schemas of one document."""

    def __init__(self, validator: SchemaValidator) -> None:
        self.validator = validator
        self.resolve = validator.resolve
        self._salt = secrets.token_bytes(16)  # secrets are stable per item, unguessable per run

    def _secret(self, seed: str) -> str:
        digest = hashlib.sha256(self._salt + seed.encode("utf-8")).digest()
        return "emu_" + base64.urlsafe_b64encode(digest[:18]).decode("ascii")

    # -- values from nothing --------------------------------------------------------------

    def example(self, schema: Any, depth: int = 0, seed: str = "", anchor: Optional[str] = None) -> Any:
        """A value valid for ``schema`` (see the module docstring); ``anchor`` is the date-time used
        for ``date-time`` strings (default :data:`EPOCH`), ``seed`` makes ids deterministic."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return None
        if "default" in schema and self.validator.is_valid(schema, schema["default"]):
            return copy.deepcopy(schema["default"])
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
                return self.example(branches[0], depth + 1, seed, anchor)
        if isinstance(schema.get("allOf"), list):
            merged: Dict[str, Any] = {}
            for part in schema["allOf"]:
                part = self.resolve(part)
                if isinstance(part, dict):
                    merged = _merge(merged, part)
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            return self.example(_merge(merged, rest), depth + 1, seed, anchor)
        kind = _main_type(schema)
        if kind == "null":
            return None
        if kind == "string":
            return self._string(schema, seed, anchor)
        if kind in ("integer", "number"):
            return _number(schema, kind)
        if kind == "boolean":
            return False
        if kind == "array":
            count = int(schema.get("minItems", 0))
            items = schema.get("items", {})
            return [self.example(items, depth + 1, f"{seed}/{i}", anchor) for i in range(count)]
        if kind == "object":
            properties = schema.get("properties") or {}
            return {
                name: self.example(properties.get(name, {}), depth + 1, f"{seed}/{name}", anchor)
                for name in schema.get("required", [])
            }
        return None

    def _string(self, schema: Mapping[str, Any], seed: str, anchor: Optional[str]) -> str:
        fmt = schema.get("format")
        pattern = schema.get("pattern")
        if fmt == "date-time":
            value = anchor or EPOCH
        elif fmt == "email":
            value = "user@example.com"
        elif fmt == "uri":
            value = "https://example.com/"
        elif fmt == "duration":
            value = "PT1H"
        elif fmt == "date":
            value = (anchor or EPOCH)[:10]
        elif isinstance(pattern, str) and "a-f0-9]{24}" in pattern:
            value = seeded_id(seed) if seed else new_id()
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

    def render(
        self,
        schema: Any,
        value: Any,
        aliases: Optional[Mapping[str, str]] = None,
        depth: int = 0,
        kind: Optional[str] = None,
        seed: str = "",
        anchor: Optional[str] = None,
    ) -> Any:
        """``value`` shaped to ``schema`` (see the module docstring).

        ``aliases`` and ``kind`` apply to the top-level object (and to each item of a top-level
        array): ``kind`` is the resource the value is an item of (``user``, ``metric-version``).
        """
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return value if value is not MISSING else None
        if value is MISSING or value is None:
            return self.example(schema, depth, seed, anchor)
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list):
                # A union: never reshape a value into an alternative it contradicts (an event of
                # another ``type``, a boolean into a number). Alternatives the value already
                # fits come first; then those its constants do not contradict.
                compatible = [b for b in branches if not self._contradicts(b, value)]
                if len(compatible) == 1 and isinstance(value, (dict, list)):
                    return self.render(compatible[0], value, aliases, depth + 1, kind, seed, anchor)
                if not isinstance(value, (dict, list)):
                    fitting = [b for b in compatible if self.validator.is_valid(b, value)]
                    compatible = fitting + [b for b in compatible if b not in fitting]
                for branch in compatible:
                    shaped = self.render(branch, value, aliases, depth + 1, kind, seed, anchor)
                    if self.validator.is_valid(branch, shaped):
                        return shaped
                return self.example(schema, depth, seed, anchor)
        main = _main_type(schema)
        if main == "object" and isinstance(value, dict):
            if schema.get("properties"):
                return self._object(schema, value, aliases or {}, depth, kind, seed, anchor)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict):  # a map: each value shaped to the map's value schema
                mapped = {
                    k: self.render(extra, v, None, depth + 1, None, f"{seed}/{k}", anchor)
                    for k, v in _public(value).items()
                }
                if self.validator.is_valid(schema, mapped):
                    return mapped
            if self.validator.is_valid(schema, value):
                return _public(value)
        if main == "array" and isinstance(value, dict):
            value = [{"key": k, "value": v} for k, v in value.items()]  # tags stored as a mapping
        if main == "array" and isinstance(value, (list, tuple)):
            items = schema.get("items", {})
            shaped_items = [
                self.render(items, item, aliases, depth + 1, kind, f"{seed}/{i}", anchor)
                for i, item in enumerate(value)
            ]
            # The items are shaped by their own schema: check only the array's own constraints.
            own = (
                {k: v for k, v in schema.items() if k not in ("items", "prefixItems")} if "items" in schema else schema
            )
            if self.validator.is_valid(own, shaped_items):
                return shaped_items
            return self.example(schema, depth, seed, anchor)
        if main == "object" and isinstance(value, list) and all(_is_tag(t) for t in value):
            as_mapping = {t["key"]: t.get("value") for t in value}
            if self.validator.is_valid(schema, as_mapping):
                return as_mapping
        if not isinstance(value, dict) and self.validator.is_valid(schema, value):
            return value
        return self.example(schema, depth, seed, anchor)

    def _contradicts(self, branch: Any, value: Any) -> bool:
        """Whether ``value`` contradicts a union alternative: another JSON type (a boolean is no
        number), or a property the alternative pins to a constant holding something else."""
        branch = self.resolve(branch)
        if not isinstance(branch, dict):
            return False
        kind = _main_type(branch)
        if kind is not None and not _json_type_fits(kind, value):
            return True
        if isinstance(value, dict):
            for name, sub in (branch.get("properties") or {}).items():
                sub = self.resolve(sub)
                if not isinstance(sub, dict) or name not in value:
                    continue
                pinned = [sub["const"]] if "const" in sub else sub.get("enum")
                if isinstance(pinned, list) and len(pinned) == 1 and value[name] != pinned[0]:
                    return True
        return False

    def _object(
        self,
        schema: Dict[str, Any],
        value: Mapping[str, Any],
        aliases: Mapping[str, str],
        depth: int,
        kind: Optional[str],
        seed: str,
        anchor: Optional[str],
    ) -> Any:
        properties: Dict[str, Any] = schema.get("properties") or {}
        required: List[str] = list(schema.get("required", []))
        own_id = value.get("id", value.get("_id"))
        if isinstance(own_id, str):
            seed = own_id
        created = value.get("created_at")
        if isinstance(created, str) and self.validator.is_valid({"format": "date-time"}, created):
            anchor = created
        found_aliases = dict(aliases)
        found_aliases.update(self._id_aliases(properties, value, kind, top=depth == 0 or kind is not None))
        out: Dict[str, Any] = {}
        for name, sub in properties.items():
            found = self._lookup(name, sub, value, found_aliases)
            if found is MISSING:
                found = self._nested(sub, value, properties)
            if found is MISSING and name not in required:
                continue
            if found is MISSING and _secret(name) and self.validator.is_valid(sub, "x"):
                out[name] = self._secret(f"{seed}/{name}")
                continue
            # The items of a list answer are items of the same kind, with the same aliases.
            down = depth == 0 and isinstance(found, (list, tuple))
            out[name] = self.render(
                sub, found, aliases if down else None, depth + 1, kind if down else None, f"{seed}/{name}", anchor
            )
        extra = schema.get("additionalProperties", True)
        for name in required:
            if name not in out:
                sub = extra if isinstance(extra, dict) else {}
                out[name] = self.render(sub, value.get(name, MISSING), None, depth + 1, None, f"{seed}/{name}", anchor)
        return out

    def _lookup(self, name: str, sub: Any, value: Mapping[str, Any], aliases: Mapping[str, str]) -> Any:
        """Where property ``name`` comes from in ``value`` (rules 1-5 of the module docstring)."""
        if name in value:
            return value[name]
        if name in aliases and aliases[name] in value:
            return value[aliases[name]]
        suffixed = [k for k in value if isinstance(k, str) and k.endswith("_" + name)]
        if len(suffixed) == 1 and self.validator.is_valid(sub, value[suffixed[0]]):
            return value[suffixed[0]]
        return self._flattened(name, sub, value)

    def _flattened(self, name: str, sub: Any, value: Mapping[str, Any]) -> Any:
        """A nested value for property ``name`` (rule 5): the first whose key path ends, joined with
        ``_``, in ``name`` with at least two parts; else the only nested key called ``name`` (not
        an id: a nested ``user_id`` is another item's), when its value fits the schema."""
        queue: Deque[Tuple[Tuple[str, ...], Mapping[str, Any]]] = deque([((), value)])
        same_name: List[Any] = []
        visited = 0
        while queue and visited < _NESTED_SEARCH_LIMIT:
            path, node = queue.popleft()
            visited += 1
            for key, item in node.items():
                if not isinstance(key, str) or key.startswith("_"):
                    continue
                full = path + (key,)
                for start in range(len(full) - 1):
                    if "_".join(full[start:]) == name and self.validator.is_valid(sub, item):
                        return item
                if path and key == name:
                    same_name.append(item)
                if isinstance(item, dict):
                    queue.append((full, item))
        if len(same_name) == 1 and not name.endswith("id") and self.validator.is_valid(sub, same_name[0]):
            return same_name[0]
        return MISSING

    def _nested(self, sub: Any, value: Mapping[str, Any], siblings: Mapping[str, Any]) -> Any:
        """An object property's value from the keys of ``value`` that are its properties and not
        ``siblings`` (rule 5b): a contract that moves fields under a new object is answered (and a
        request is shaped) from the fields where the state holds them."""
        schema = self.resolve(sub)
        if not isinstance(schema, dict):
            return MISSING
        branches = [self.resolve(b) for b in schema.get("anyOf") or schema.get("oneOf") or [schema]]
        names = {n for b in branches if isinstance(b, dict) for n in (b.get("properties") or {})}
        inner = {k: v for k, v in value.items() if k in names and k not in siblings}
        return inner if inner else MISSING

    def _id_aliases(
        self, properties: Mapping[str, Any], value: Mapping[str, Any], kind: Optional[str], top: bool
    ) -> Dict[str, str]:
        """Properties answered from the value's ``id`` / ``version`` (rules 2 and 3)."""
        out: Dict[str, str] = {}
        if kind:
            # The item's own fields, prefixed by its kind: ``user_id`` from ``id``, ``org_name``
            # from ``name`` (kind ``org``).
            for prefix in {kind.replace("-", "_") + "_", kind.rsplit("-", 1)[-1] + "_"}:
                for name in properties:
                    if name not in value and name.startswith(prefix) and name[len(prefix) :] in value:
                        out[name] = name[len(prefix) :]
        if "id" in value:
            missing = [p for p in properties if p.endswith("id") and p not in value and p not in out]
            if "_id" in missing:
                out["_id"] = "id"
            elif top and not any(v == "id" for v in out.values()) and len(missing) == 1:
                out[missing[0]] = "id"
        if "version" in value:
            for name in properties:
                if name not in value and name.endswith(("version", "version_number")):
                    out[name] = "version"
        return out


def seeded_id(seed: str) -> str:
    """A 24-hex id derived from ``seed`` (the same seed, the same id)."""
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24]


def _public(value: Mapping[str, Any]) -> Dict[str, Any]:
    """A free-form mapping without the emulator's private (``_``-prefixed) keys."""
    return {k: v for k, v in value.items() if not (isinstance(k, str) and k.startswith("_") and k != "_id")}


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
    return isinstance(value, dict) and "key" in value


def secret_token(prefix: str = "emu_") -> str:
    """A random secret-looking string (API keys and the like)."""
    return prefix + secrets.token_urlsafe(24)


def _json_type_fits(kind: str, value: Any) -> bool:
    """Whether ``value`` is of JSON type ``kind`` (containers fit either container type: a tag
    mapping is answered as a tag list and back)."""
    if kind in ("object", "array"):
        return isinstance(value, (dict, list, tuple))
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "null":
        return value is None
    return True
