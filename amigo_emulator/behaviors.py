"""Dynamic behavior sets: create, list, search, versions and invocations.

Contract: a set is created with its first version, and ``create-dynamic-behavior-set-version``
adds the next one (unknown set -> 404); :func:`triggered_behavior` fires when a user
message contains (case-insensitively) one of the conversation triggers of the latest version of an
active set applied to the conversation's service, and the turn that fired it records an invocation
(see :func:`record_invocation`) listed by ``get-dynamic-behavior-invocations``. Version filters
accept ``N``, ``latest``, ``A-B`` and ``A-latest``; anything else is a 422.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple

from starlette.responses import Response

from .common import creator_info, creator_matches, first_page, lookup, paged, unique_user_infos, unprocessable
from .registry import Ctx, json_response, operation
from .store import Conversation, Org
from .util import iso, new_id, sort_items, tag_filter_matches, utcnow

__all__ = ["record_invocation", "triggered_behavior"]


def _instance(s: Dict[str, Any]) -> Dict[str, Any]:
    return {k: s[k] for k in ("id", "name", "is_active", "applied_to_services", "tags", "created_at", "creator", "updated_at", "updated_by")}


def triggered_behavior(org: Org, service_id: str, text: str) -> Optional[List[Any]]:
    """``[set id, version]`` of the first active set applied to the service that ``text`` triggers."""
    lowered = text.lower()
    if not lowered:
        return None
    for set_id, behavior in org.behavior_sets.items():
        if not behavior["is_active"] or service_id not in behavior["applied_to_services"]:
            continue
        latest = org.behavior_versions[set_id][-1]
        if any(t.lower() in lowered for t in latest["conversation_triggers"]):
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


@operation("create-dynamic-behavior-set")
async def create_dynamic_behavior_set(ctx: Ctx) -> Response:
    body = ctx.body
    set_id = new_id()
    now = iso(utcnow())
    creator = creator_info(ctx)
    first = body["initial_version"]
    with ctx.rt.store.lock:
        ctx.org.behavior_sets[set_id] = {
            "id": set_id,
            "name": body["name"],
            "is_active": first["is_active"],
            "applied_to_services": list(body["applied_to_services"]),
            "tags": dict(body["tags"]),
            "created_at": now,
            "creator": creator,
            "updated_at": now,
            "updated_by": creator,
        }
        ctx.org.behavior_versions[set_id] = [
            {
                "_id": new_id(),
                "org_id": ctx.org_id,
                "created_at": now,
                "updated_at": now,
                "dynamic_behavior_set_id": set_id,
                "version": 1,
                "conversation_triggers": list(first["conversation_triggers"]),
                "actions": [dict(a) for a in first["actions"]],
                "creator": creator,
            }
        ]
    return json_response({"dynamic_behavior_set_id": set_id}, 201)


def _filtered(ctx: Ctx) -> List[Dict[str, Any]]:
    p = ctx.params
    result = []
    for s in ctx.org.behavior_sets.values():
        if p.get("id") and s["id"] not in p["id"]:
            continue
        if p.get("is_active") is not None and s["is_active"] != p["is_active"]:
            continue
        if p.get("applied_to_service") and not set(p["applied_to_service"]) & set(s["applied_to_services"]):
            continue
        if not creator_matches(s["creator"], p.get("creator") or []):
            continue
        if not tag_filter_matches(s["tags"], p.get("tag") or []):
            continue
        result.append(s)
    return result


@operation("get-dynamic-behavior-sets")
async def get_dynamic_behavior_sets(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        items = sort_items(
            _filtered(ctx),
            ctx.params.get("sort_by") or [],
            {"name": lambda s: s["name"], "created_at": lambda s: s["created_at"], "updated_at": lambda s: s["updated_at"], "is_active": lambda s: s["is_active"]},
        )
        chunk, paging = paged(items, ctx, 50)
        filter_values = None
        if first_page(ctx):
            filter_values = {
                "applied_to_services_ids": sorted({sid for s in items for sid in s["applied_to_services"]}),
                "creators": unique_user_infos([s["creator"] for s in items]),
                "tags": sorted({k for s in items for k in s["tags"]}),
            }
        return json_response(
            {"dynamic_behavior_sets": [_instance(s) for s in chunk], **paging, "filter_values": filter_values}
        )


@operation("search-dynamic-behavior-sets")
async def search_dynamic_behavior_sets(ctx: Ctx) -> Response:
    query = ctx.params["query"].lower()
    with ctx.rt.store.lock:
        found = []
        for s in _filtered(ctx):
            triggers = ctx.org.behavior_versions[s["id"]][-1]["conversation_triggers"]
            if query in s["name"].lower() or any(query in t.lower() for t in triggers):
                found.append(_instance(s))
        return json_response({"dynamic_behavior_sets": found})


def _version_range(spec: Optional[str], latest: int) -> Tuple[int, int]:
    if spec is None or spec == "":
        return 1, latest
    text = spec.strip()
    try:
        if text == "latest":
            return latest, latest
        if "-" in text:
            low, _, high = text.partition("-")
            return int(low), latest if high == "latest" else int(high)
        number = int(text)
        return number, number
    except ValueError:
        raise unprocessable(("query", "version"), "version must be N, latest, A-B or A-latest") from None


@operation("create-dynamic-behavior-set-version")
async def create_dynamic_behavior_set_version(ctx: Ctx) -> Response:
    body = ctx.body
    now = iso(utcnow())
    with ctx.rt.store.lock:
        set_id = lookup(ctx.org.behavior_sets, ctx.params["dynamic_behavior_set_id"], "dynamic behavior set")["id"]
        versions = ctx.org.behavior_versions[set_id]
        number = versions[-1]["version"] + 1
        versions.append(
            {
                **versions[-1],
                "_id": new_id(),
                "created_at": now,
                "updated_at": now,
                "version": number,
                "conversation_triggers": list(body["conversation_triggers"]),
                "actions": [dict(a) for a in body["actions"]],
                "creator": creator_info(ctx),
            }
        )
    return json_response({"new_version_number": number}, 201)


@operation("get-dynamic-behavior-set-versions")
async def get_dynamic_behavior_set_versions(ctx: Ctx) -> Response:
    set_id = ctx.params["dynamic_behavior_set_id"]
    with ctx.rt.store.lock:
        lookup(ctx.org.behavior_sets, set_id, "dynamic behavior set")
        versions = ctx.org.behavior_versions[set_id]
        low, high = _version_range(ctx.params.get("version"), versions[-1]["version"])
        selected = [v for v in versions if low <= v["version"] <= high]
        selected = sort_items(selected, ctx.params.get("sort_by") or [], {"version": lambda v: v["version"]})
        chunk, paging = paged(selected, ctx, 10)
        return json_response({"dynamic_behavior_set_versions": chunk, **paging})


@operation("get-dynamic-behavior-invocations")
async def get_dynamic_behavior_invocations(ctx: Ctx) -> Response:
    set_id = ctx.params["dynamic_behavior_set_id"]
    with ctx.rt.store.lock:
        lookup(ctx.org.behavior_sets, set_id, "dynamic behavior set")
        items = sort_items(
            ctx.org.behavior_invocations.get(set_id, []),
            ctx.params.get("sort_by") or [],
            {"invoked_at": lambda i: i["invoked_at"]},
        )
        chunk, paging = paged(items, ctx, 30)
        return json_response({"dynamic_behavior_invocations": chunk, **paging})

