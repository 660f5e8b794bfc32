"""Dynamic behavior sets: state and rules (the handlers are :mod:`amigo_emulator.behaviors`).

Rules: a set is created with its first version (``initial_version``, whose ``is_active`` makes
the set active) and :func:`add_version` appends the next; :func:`triggered_behavior` fires when a
user message contains (case-insensitively) one of the ``conversation_triggers`` of the latest
version of an active set applied to the conversation's service (``applied_to_services``), and the
turn that fired it records an invocation (:func:`record_invocation`). A search matches the set's
texts or its latest triggers. An unknown set -> :class:`NotFound`. Sets and versions are stored
as the request gave them plus the server's fields, and answered through the contract. The caller
holds the store lock.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

from ..errors import NotFound
from ..store import Conversation, Org
from ..util import creator_matches, iso, mentions, new_id, tag_filter_matches, utcnow

__all__ = [
    "add_version",
    "create",
    "get",
    "invocations",
    "record_invocation",
    "search",
    "select",
    "triggered_behavior",
    "versions",
]

_INITIAL_VERSION = "initial_version"  # a set is created with its first version
_SERVER_FIELDS = ("id", "org_id", "created_at", "updated_at", "creator", "updated_by", "version")


def triggered_behavior(org: Org, service_id: str, text: str) -> Optional[List[Any]]:
    """``[set id, version]`` of the first active set applied to the service that ``text`` triggers."""
    lowered = text.lower()
    if not lowered:
        return None
    for set_id, behavior in org.behavior_sets.items():
        if not behavior["is_active"] or service_id not in _services(behavior):
            continue
        latest = org.behavior_versions[set_id][-1]
        if any(t.lower() in lowered for t in _triggers(latest)):
            return [set_id, latest["version"]]
    return None


def record_invocation(
    org: Org, conversation: Conversation, behavior: List[Any], message_id: str, agent_message_id: str
) -> None:
    """Log that ``behavior`` fired on ``message_id`` of ``conversation`` (caller holds the lock)."""
    now = iso(utcnow())
    org.behavior_invocations.setdefault(behavior[0], []).append(
        {
            "_id": new_id(),
            "org_id": org.id,
            "created_at": now,
            "updated_at": now,
            "conversation_id": conversation.id,
            "service_id": conversation.service_id,
            "user_id": conversation.user_id,
            "initial_message_id": message_id,
            "agent_message_id": agent_message_id,
            "agent_inner_thoughts_ids": [],
            "dynamic_behavior_set_version_info": list(behavior),
            "invoked_at": now,
            "external_event_message_ids": [],
        }
    )


def get(org: Org, set_id: str) -> Dict[str, Any]:
    found = org.behavior_sets.get(set_id)
    if found is None:
        raise NotFound("dynamic behavior set")
    return found


def _version(
    org: Org, set_id: str, number: int, fields: Mapping[str, Any], creator: Mapping[str, str]
) -> Dict[str, Any]:
    now = iso(utcnow())
    version = {k: v for k, v in fields.items() if k not in _SERVER_FIELDS}
    version.update(
        {
            "id": new_id(),
            "org_id": org.id,
            "created_at": now,
            "updated_at": now,
            "dynamic_behavior_set_id": set_id,
            "version": number,
            "creator": dict(creator),
        }
    )
    return version


def create(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    first = fields.get(_INITIAL_VERSION) or {}
    now = iso(utcnow())
    behavior = {k: v for k, v in fields.items() if k not in _SERVER_FIELDS + (_INITIAL_VERSION,)}
    behavior.update(
        {
            "id": new_id(),
            "is_active": first.get("is_active", True) is not False,
            "created_at": now,
            "creator": dict(creator),
            "updated_at": now,
            "updated_by": dict(creator),
        }
    )
    org.behavior_sets[behavior["id"]] = behavior
    org.behavior_versions[behavior["id"]] = [_version(org, behavior["id"], 1, first, creator)]
    return behavior


def add_version(org: Org, set_id: str, fields: Mapping[str, Any], creator: Mapping[str, str]) -> int:
    """Append the next version of the set; its number."""
    existing = org.behavior_versions[get(org, set_id)["id"]]
    number = int(existing[-1]["version"]) + 1
    existing.append(_version(org, set_id, number, fields, creator))
    return number


def _triggers(version: Mapping[str, Any]) -> List[str]:
    found = version.get("conversation_triggers")
    return [t for t in found if isinstance(t, str)] if isinstance(found, list) else []


def _services(behavior: Mapping[str, Any]) -> List[str]:
    found = behavior.get("applied_to_services")
    return [s for s in found if isinstance(s, str)] if isinstance(found, list) else []


def _tags(item: Mapping[str, Any]) -> Mapping[str, Any]:
    tags = item.get("tags")
    return tags if isinstance(tags, Mapping) else {}


def select(org: Org, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """Sets matching the filters given (``id``, ``is_active``, ``applied_to_service``, ``creator``, ``tag``)."""
    f = filters
    return [
        s
        for s in org.behavior_sets.values()
        if (not f.get("id") or s["id"] in f["id"])
        and (f.get("is_active") is None or s["is_active"] == f["is_active"])
        and (not f.get("applied_to_service") or set(f["applied_to_service"]) & set(_services(s)))
        and creator_matches(s["creator"], f.get("creator") or [])
        and tag_filter_matches(_tags(s), f.get("tag") or [])
    ]


def search(org: Org, query: str, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """Sets whose name or latest triggers contain ``query`` (case-insensitive)."""
    text = query.lower()
    return [
        s
        for s in select(org, filters)
        if mentions(s, text) or mentions(_triggers(org.behavior_versions[s["id"]][-1]), text)
    ]


def versions(org: Org, set_id: str) -> List[Dict[str, Any]]:
    return org.behavior_versions[get(org, set_id)["id"]]


def invocations(org: Org, set_id: str) -> List[Dict[str, Any]]:
    return list(org.behavior_invocations.get(get(org, set_id)["id"], []))
