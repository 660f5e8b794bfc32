"""State and rules of the resources served from the contract alone (the "models" half).

Contract: every organization keeps, per resource *kind* (``agent``, ``agent-version``, ``tool``...,
see :mod:`amigo_emulator.generic` for how a kind is read from an operation), a mapping of id to
item (a JSON-like dict). Kinds that a hand-written module owns as dicts (metrics, personas,
scenarios, unit test sets and runs, dynamic behavior sets) are the same mappings that module uses,
so a spec-driven update or delete acts on what the hand-written list shows; kinds held as objects
(services, users, conversations, webhook destinations) can only be looked up (for 404 checks).

Rules, with the status they become:

* :func:`create` stores the given fields plus ``id``, ``org_id``, ``created_at``/``updated_at``
  (ISO 8601), ``creator``/``updated_by`` and the parent ids (*scope*); an item whose ``name`` is
  already used by a live item of the same kind and scope raises :class:`Conflict` (409).
* :func:`find` looks an item up by id, or by the field a path parameter names (``role_name``
  finds a role by ``role_name``, then by ``name``); a missing one is the caller's shared 404
  (:func:`amigo_emulator.common.not_found`).
* :func:`update` merges changes (a ``None`` leaves a field as it is, unless ``clear`` lists it).
* :func:`delete` sets the kind's soft-delete flag (``is_deleted`` or ``deprecated``) when its items
  have one, else removes the item.
* :func:`next_version` numbers versions per scope: 1, 2, ... (integers) or ``1.0.0`` bumped by
  ``major``/``minor``/``patch`` (strings).

The caller holds :attr:`Store.lock <amigo_emulator.store.Store.lock>`.
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional

from .store import Org
from .util import iso, new_id, utcnow

__all__ = [
    "OBJECT_KINDS",
    "SHARED_KINDS",
    "SOFT_DELETE_FLAGS",
    "Conflict",
    "collection",
    "create",
    "delete",
    "find",
    "is_live",
    "items",
    "known",
    "next_version",
    "update",
]

# Kinds a hand-written module keeps as dicts: the spec-driven operations share its mapping.
SHARED_KINDS: Dict[str, Callable[[Org], Dict[str, Any]]] = {
    "metric": lambda org: org.metrics,
    "simulation-persona": lambda org: org.personas,
    "simulation-scenario": lambda org: org.scenarios,
    "simulation-unit-test-set": lambda org: org.unit_test_sets,
    "simulation-unit-test-set-run": lambda org: org.unit_test_set_runs,
    "dynamic-behavior-set": lambda org: org.behavior_sets,
}
# Kinds held as objects by hand-written modules: looked up only.
OBJECT_KINDS: Dict[str, Callable[[Org], Mapping[str, Any]]] = {
    "service": lambda org: org.services,
    "user": lambda org: org.users,
    "conversation": lambda org: org.conversations,
    "webhook-destination": lambda org: org.webhook_destinations,
}
SOFT_DELETE_FLAGS = ("is_deleted", "deprecated")


class Conflict(Exception):
    """A rule refused the change (409)."""


def known(kind: str) -> bool:
    return kind in SHARED_KINDS or kind in OBJECT_KINDS


def collection(org: Org, kind: str) -> Mapping[str, Any]:
    """The items of ``kind`` in ``org`` by id (read-only view for object kinds)."""
    if kind in OBJECT_KINDS:
        return OBJECT_KINDS[kind](org)
    return _dicts(org, kind)


def _dicts(org: Org, kind: str) -> Dict[str, Any]:
    if kind in SHARED_KINDS:
        return SHARED_KINDS[kind](org)
    return org.resources.setdefault(kind, {})


def is_live(item: Any) -> bool:
    return not (isinstance(item, dict) and any(item.get(flag) is True for flag in SOFT_DELETE_FLAGS))


def items(org: Org, kind: str, scope: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """The dict items of ``kind`` whose parent ids equal ``scope``, in creation order."""
    return [
        item
        for item in collection(org, kind).values()
        if isinstance(item, dict) and all(item.get(k) == v for k, v in scope.items())
    ]


def find(org: Org, kind: str, param: str, value: Any) -> Optional[Any]:
    """The item of ``kind`` that path parameter ``param`` = ``value`` names, or ``None``."""
    found = collection(org, kind).get(str(value))
    if found is not None:
        return found
    keys = [param] + (["name"] if param.endswith("_name") else [])
    for item in collection(org, kind).values():
        if isinstance(item, dict) and any(item.get(key) == value for key in keys):
            return item
    return None


def create(
    org: Org,
    kind: str,
    fields: Mapping[str, Any],
    scope: Mapping[str, Any],
    creator: Mapping[str, str],
    flags: Iterable[str] = (),
) -> Dict[str, Any]:
    """Store a new item of ``kind`` (see the module docstring); ``flags`` start ``False``."""
    name = fields.get("name")
    if isinstance(name, str) and any(i.get("name") == name and is_live(i) for i in items(org, kind, scope)):
        raise Conflict(f"A {kind.replace('-', ' ')} named {name!r} already exists.")
    now = iso(utcnow())
    item: Dict[str, Any] = {flag: False for flag in flags}
    item.update(fields)
    item.update(scope)
    item.update({"id": new_id(), "created_at": now, "updated_at": now, "creator": dict(creator)})
    item.update({"updated_by": dict(creator)})
    item.setdefault("org_id", org.id)
    _dicts(org, kind)[item["id"]] = item
    return item


def update(
    item: Dict[str, Any], changes: Mapping[str, Any], editor: Mapping[str, str], clear: Iterable[str] = ()
) -> None:
    """Merge ``changes`` into ``item`` (``None`` keeps a field unless it is in ``clear``)."""
    clearable = set(clear)
    for key, value in changes.items():
        if value is not None or key in clearable:
            item[key] = value
    item["updated_at"] = iso(utcnow())
    item["updated_by"] = dict(editor)


def delete(org: Org, kind: str, item: Dict[str, Any]) -> None:
    """Soft-delete ``item`` when its kind has a flag for it, else remove it."""
    for flag in SOFT_DELETE_FLAGS:
        if flag in item:
            item[flag] = True
            item["updated_at"] = iso(utcnow())
            return
    _dicts(org, kind).pop(item["id"], None)


def next_version(existing: Iterable[Any], numeric: bool, bump: Optional[str] = None) -> Any:
    """The version after ``existing`` versions: ``n + 1``, or a semantic version bumped by ``bump``."""
    versions = [v for v in existing if v is not None]
    if numeric:
        return max((int(v) for v in versions if isinstance(v, int)), default=0) + 1
    parsed = [tuple(int(p) for p in str(v).split(".")) for v in versions if _is_semver(v)]
    if not parsed:
        return "1.0.0"
    major, minor, patch = max(parsed)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _is_semver(value: Any) -> bool:
    parts = str(value).split(".")
    return len(parts) == 3 and all(p.isdigit() for p in parts)
