"""Service operations: list (paged, filtered), create, update, upsert and delete version sets.

Contract notes: every service has an ``edge`` version set and the seeded ones a ``release`` set; a
new service's ``release`` defaults to a copy of ``edge``. Another active service with the same
name -> 409; writing the ``edge`` set -> 400; deleting ``edge`` or ``release`` -> 400; unknown
service or version set -> 404. ``update-service`` answers the updated service.
"""

from __future__ import annotations

from typing import Any, Dict

from starlette.responses import Response

from .common import first_page, lookup, paged
from .registry import ApiError, Ctx, json_response, no_content, operation
from .store import Service, empty_version_set
from .util import new_id, sort_items, tag_filter_matches, tags_to_list

__all__ = ["service_instance"]


def service_instance(ctx: Ctx, s: Service) -> Dict[str, Any]:
    return {
        "id": s.id,
        "name": s.name,
        "version_sets": {name: dict(vs) for name, vs in s.version_sets.items()},
        "description": s.description,
        "is_active": s.is_active,
        "service_hierarchical_state_machine_id": s.hsm_id,
        "agent_id": s.agent_id,
        "tags": tags_to_list(s.tags),
        "keyterms": list(s.keyterms),
        "creator": {"org_id": s.org_id, "user_id": s.creator},
        "updated_by": {"org_id": s.org_id, "user_id": s.updated_by},
    }


def _service(ctx: Ctx) -> Service:
    return lookup(ctx.org.services, ctx.params["service_id"], "service")


def _name_taken(ctx: Ctx, name: str, other_than: str = "") -> bool:
    return any(s.name == name and s.is_active and s.id != other_than for s in ctx.org.services.values())


@operation("get-services")
async def get_services(ctx: Ctx) -> Response:
    p = ctx.params
    with ctx.rt.store.lock:
        items = [
            s
            for s in ctx.org.services.values()
            if (not p.get("id") or s.id in p["id"])
            and (p.get("is_active") is None or s.is_active == p["is_active"])
            and tag_filter_matches(s.tags, p.get("tags") or [])
        ]
        items = sort_items(items, p.get("sort_by") or [], {"name": lambda s: s.name, "is_active": lambda s: s.is_active})
        chunk, paging = paged(items, ctx, 10)
        filter_values = {"tags": sorted({k for s in items for k in s.tags})} if first_page(ctx) else None
        return json_response(
            {"services": [service_instance(ctx, s) for s in chunk], **paging, "filter_values": filter_values}
        )


@operation("create-service")
async def create_service(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        if body["is_active"] and _name_taken(ctx, body["name"]):
            raise ApiError(409, "An active service already uses this name.")
        edge = empty_version_set()
        release = dict(body.get("release_version_set") or edge)
        service = Service(
            id=new_id(),
            org_id=ctx.org_id,
            name=body["name"],
            description=body["description"],
            is_active=body["is_active"],
            agent_id=body["agent_id"],
            hsm_id=body["service_hierarchical_state_machine_id"],
            version_sets={"edge": edge, "release": release},
            tags=dict(body["tags"]),
            keyterms=list(body["keyterms"]),
            creator=ctx.user_id or "",
            updated_by=ctx.user_id or "",
        )
        ctx.org.services[service.id] = service
    return json_response({"id": service.id}, 201)


@operation("update-service")
async def update_service(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        service = _service(ctx)
        name = body.get("name") or service.name
        active = service.is_active if body.get("is_active") is None else body["is_active"]
        if active and _name_taken(ctx, name, other_than=service.id):
            raise ApiError(409, "Another active service already uses this name.")
        service.name, service.is_active = name, active
        if body.get("description") is not None:
            service.description = body["description"]
        if body.get("agent_id") is not None:
            service.agent_id = body["agent_id"]
        if body.get("service_hierarchical_state_machine_id") is not None:
            service.hsm_id = body["service_hierarchical_state_machine_id"]
        if body.get("tags") is not None:
            service.tags = dict(body["tags"])
        if body.get("keyterms") is not None:
            service.keyterms = list(body["keyterms"])
        service.updated_by = ctx.user_id or ""
        return json_response(service_instance(ctx, service))


@operation("upsert-service-version-set")
async def upsert_service_version_set(ctx: Ctx) -> Response:
    name = ctx.params["version_set_name"]
    if name == "edge":
        raise ApiError(400, "The edge version set cannot be written.")
    with ctx.rt.store.lock:
        service = _service(ctx)
        service.version_sets[name] = dict(ctx.body["version_set"])
    return no_content()


@operation("delete-service-version-set")
async def delete_service_version_set(ctx: Ctx) -> Response:
    name = ctx.params["version_set_name"]
    with ctx.rt.store.lock:
        service = _service(ctx)
        if name in ("edge", "release"):
            raise ApiError(400, f"The {name} version set cannot be deleted.")
        lookup(service.version_sets, name, "version set")
        del service.version_sets[name]
    return no_content()
