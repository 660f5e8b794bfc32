"""Service operations (parsing; state and rules in :mod:`amigo_emulator.models.services`, answers
rendered through the contract):
list (paged, filtered), create, update, upsert and delete version sets.

Contract notes: every service has an ``edge`` version set and the seeded ones a ``release`` set; a
new service's ``release`` defaults to a copy of ``edge``. Another active service with the same
name -> 409; writing the ``edge`` set -> 400; deleting ``edge`` or ``release`` -> 400; unknown
service or version set -> 404. ``update-service`` answers the updated service. Computed here:
the creator and last editor as users, the first page's ``filter_values`` (tag keys).
"""

from __future__ import annotations

from typing import Any, Dict

from starlette.responses import Response

from .models import services as backend
from .registry import Answer, Ctx, answer, no_content, operation
from .respond import listing
from .store import Service
from .util import state_of

__all__ = ["service_state"]


def service_state(s: Service) -> Dict[str, Any]:
    """The service as the renderer gets it: its state, its creator and last editor as users."""
    state = state_of(s, exclude=("hsm_id",))
    state["creator"] = {"org_id": s.org_id, "user_id": s.creator}
    state["updated_by"] = {"org_id": s.org_id, "user_id": s.updated_by}
    return state


@operation("get-services")
async def get_services(ctx: Ctx) -> Answer:
    p = ctx.params
    with ctx.rt.store.lock:
        items = backend.select(
            ctx.org, p.get("id") or [], p.get("is_active"), p.get("tags") or [], p.get("sort_by") or []
        )
        filter_values = {"tags": sorted({k for s in items for k in s.tags})}
        states = [service_state(s) for s in items]
    return answer(listing(ctx, states, 10, filter_values), kind="service")


@operation("create-service")
async def create_service(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        service = backend.create(ctx.org, ctx.body or {}, ctx.user_id or "")
    return answer(service_state(service), 201, kind="service")


@operation("update-service")
async def update_service(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        service = backend.update(ctx.org, ctx.path("service_id"), ctx.body or {}, ctx.user_id or "")
        return answer(service_state(service), kind="service")


@operation("upsert-service-version-set")
async def upsert_service_version_set(ctx: Ctx) -> Response:
    body = ctx.body or {}
    with ctx.rt.store.lock:
        backend.upsert_version_set(
            ctx.org, ctx.path("service_id"), ctx.path("version_set_name"), body.get("version_set") or {}
        )
    return no_content()


@operation("delete-service-version-set")
async def delete_service_version_set(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.delete_version_set(ctx.org, ctx.path("service_id"), ctx.path("version_set_name"))
    return no_content()
