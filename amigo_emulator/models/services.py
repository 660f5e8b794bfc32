"""Services and their version sets: state and rules (the handlers are :mod:`amigo_emulator.services`).

Rules: every service has an ``edge`` version set, and a new service's ``release`` defaults to a
copy of ``edge``; another *active* service with the same name -> :class:`Conflict`; writing
``edge`` or deleting ``edge``/``release`` -> :class:`Refused`; an unknown service or version set
-> :class:`NotFound`. What the create request and updates give beyond what these rules and the
conversations read is kept in :attr:`Service.fields <amigo_emulator.store.Service>` and answered
as given. The caller holds the store lock.
"""

from __future__ import annotations

from typing import Any, List, Mapping, Optional, Sequence

from ..errors import Conflict, NotFound, Refused
from ..store import Org, Service, empty_version_set
from ..util import new_id, sort_items, tag_filter_matches

__all__ = ["create", "delete_version_set", "get", "select", "update", "upsert_version_set"]

# What the rules read besides name, activity and tags: the agent and state machine a
# conversation of the service runs (see amigo_emulator.models.conversations), and the release
# version set a new service may be given (else a copy of edge).
_STATE_MACHINE, _RELEASE = "service_hierarchical_state_machine_id", "release_version_set"


def get(org: Org, service_id: str) -> Service:
    service = org.services.get(service_id)
    if service is None:
        raise NotFound("service")
    return service


def select(
    org: Org, ids: Sequence[str], is_active: Optional[bool], tags: Sequence[str], sort_by: Sequence[str]
) -> List[Service]:
    """The services matching every filter given (empty or ``None``: no filter), sorted."""
    found = [
        s
        for s in org.services.values()
        if (not ids or s.id in ids)
        and (is_active is None or s.is_active == is_active)
        and tag_filter_matches(s.tags, tags)
    ]
    return sort_items(found, sort_by, {"name": lambda s: s.name, "is_active": lambda s: s.is_active})


def _name_taken(org: Org, name: str, other_than: str = "") -> bool:
    return any(s.name == name and s.is_active and s.id != other_than for s in org.services.values())


def create(org: Org, fields: Mapping[str, Any], creator: str) -> Service:
    name, active = str(fields.get("name", "")), fields.get("is_active", True) is not False
    if active and _name_taken(org, name):
        raise Conflict("An active service already uses this name.")
    edge = empty_version_set()
    service = Service(
        id=new_id(),
        org_id=org.id,
        name=name,
        is_active=active,
        agent_id=str(fields.get("agent_id", "")),
        hsm_id=str(fields.get(_STATE_MACHINE, "")),
        version_sets={"edge": edge, "release": dict(fields.get(_RELEASE) or edge)},
        tags=dict(fields.get("tags") or {}),
        creator=creator,
        updated_by=creator,
        fields={k: v for k, v in fields.items() if k != _RELEASE},
    )
    org.services[service.id] = service
    return service


def update(org: Org, service_id: str, changes: Mapping[str, Any], editor: str) -> Service:
    """Apply the non-null ``changes``."""
    service = get(org, service_id)
    name = changes.get("name") or service.name
    active = service.is_active if changes.get("is_active") is None else changes["is_active"]
    if active and _name_taken(org, name, other_than=service.id):
        raise Conflict("Another active service already uses this name.")
    service.name, service.is_active = name, active
    given = {k: v for k, v in changes.items() if v is not None}
    service.fields.update(given)
    service.agent_id = str(given.get("agent_id", service.agent_id))
    service.hsm_id = str(given.get(_STATE_MACHINE, service.hsm_id))
    if "tags" in given:
        service.tags = dict(given["tags"])
    service.updated_by = editor
    return service


def upsert_version_set(org: Org, service_id: str, name: str, version_set: Mapping[str, Any]) -> None:
    if name == "edge":
        raise Refused("The edge version set cannot be written.")
    get(org, service_id).version_sets[name] = dict(version_set)


def delete_version_set(org: Org, service_id: str, name: str) -> None:
    service = get(org, service_id)
    if name in ("edge", "release"):
        raise Refused(f"The {name} version set cannot be deleted.")
    if name not in service.version_sets:
        raise NotFound("version set")
    del service.version_sets[name]
