"""Service operations (parsing and rendering; state and rules in :mod:`amigo_emulator.models.services`):
list (paged, filtered), create, update, upsert and delete version sets.

Contract notes: every service has an ``edge`` version set and the seeded ones a ``release`` set; a
new service's ``release`` defaults to a copy of ``edge``. Another active service with the same
name -> 409; writing the ``edge`` set -> 400; deleting ``edge`` or ``release`` -> 400; unknown
service or version set -> 404. ``update-service`` answers the updated service.
"""

from __future__ import annotations

from typing import Any, Dict

from starlette.responses import Response

from .common import first_page, paged
from .models import services as backend
from .registry import Ctx, json_response, no_content, operation
from .store import Service
from .util import tags_to_list

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


@operation("get-services")
async def get_services(ctx: Ctx) -> Response:
    p = ctx.params
    with ctx.rt.store.lock:
        items = backend.select(
            ctx.org, p.get("id") or [], p.get("is_active"), p.get("tags") or [], p.get("sort_by") or []
        )
        chunk, paging = paged(items, ctx, 10)
        filter_values = {"tags": sorted({k for s in items for k in s.tags})} if first_page(ctx) else None
        return json_response(
            {"services": [service_instance(ctx, s) for s in chunk], **paging, "filter_values": filter_values}
        )


@operation("create-service")
async def create_service(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        service = backend.create(ctx.org, ctx.body, ctx.user_id or "")
    return json_response({"id": service.id}, 201)


@operation("update-service")
async def update_service(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        service = backend.update(ctx.org, ctx.params["service_id"], ctx.body, ctx.user_id or "")
        return json_response(service_instance(ctx, service))


@operation("upsert-service-version-set")
async def upsert_service_version_set(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.upsert_version_set(
            ctx.org, ctx.params["service_id"], ctx.params["version_set_name"], ctx.body["version_set"]
        )
    return no_content()


@operation("delete-service-version-set")
async def delete_service_version_set(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.delete_version_set(ctx.org, ctx.params["service_id"], ctx.params["version_set_name"])
    return no_content()
