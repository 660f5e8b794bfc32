"""Webhook destination operations (parsing and rendering; state and rules in
:mod:`amigo_emulator.models.webhooks`): create, list, update, delete, rotate the secret, deliveries.

Contract notes: the secret is returned only by create and rotate-secret. More than
``webhook_destination_limit`` destinations -> 400; a second rotation within
``webhook_rotation_interval_seconds`` -> 400; during ``webhook_dual_signing_seconds`` after a
rotation deliveries carry both signatures (see :mod:`amigo_emulator.webhooks`). Unknown
destination -> 404.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Dict, List

from starlette.responses import Response

from .common import paged
from .models import webhooks as backend
from .registry import Ctx, json_response, no_content, operation
from .store import WebhookDestination
from .util import iso, parse_datetime, sort_items

__all__: List[str] = []


def _instance(d: WebhookDestination) -> Dict[str, Any]:
    return {
        "id": d.id,
        "url": d.url,
        "secret_generated_at": iso(d.secret_generated_at),
        "retry_attempts": d.retry_attempts,
        "accepted_types": list(d.accepted_types),
    }


@operation("create-webhook-destination")
async def create_webhook_destination(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        destination = backend.create(
            ctx.org,
            body["url"],
            body["accepted_types"],
            int(body.get("retry_attempts", 3)),
            ctx.rt.config.webhook_destination_limit,
        )
    return json_response({"webhook_destination_id": destination.id, "secret": destination.secret}, 201)


@operation("get-webhook-destinations")
async def get_webhook_destinations(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        found = [_instance(d) for d in backend.select(ctx.org, ctx.params.get("id") or [])]
    return json_response({"webhook_destinations": found})


@operation("update-webhook-destination")
async def update_webhook_destination(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.update(ctx.org, ctx.params["webhook_destination_id"], ctx.body)
    return no_content()


@operation("delete-webhook-destination")
async def delete_webhook_destination(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.delete(ctx.org, ctx.params["webhook_destination_id"])
    return no_content()


@operation("rotate-webhook-destination-secret")
async def rotate_webhook_destination_secret(ctx: Ctx) -> Response:
    config = ctx.rt.config
    with ctx.rt.store.lock:
        destination = backend.rotate_secret(
            ctx.org,
            ctx.params["webhook_destination_id"],
            timedelta(seconds=config.webhook_rotation_interval_seconds),
            timedelta(seconds=config.webhook_dual_signing_seconds),
        )
        stops = destination.dual_signing_stops_at
        return json_response({"secret": destination.secret, "dual_signing_stops_at": iso(stops) if stops else None})


@operation("get-webhook-deliveries")
async def get_webhook_deliveries(ctx: Ctx) -> Response:
    p = ctx.params
    after = parse_datetime(p["created_after"]) if p.get("created_after") else None
    before = parse_datetime(p["created_before"]) if p.get("created_before") else None
    with ctx.rt.store.lock:
        items = backend.deliveries(ctx.org, p["webhook_destination_id"], after, before, p.get("status"), p.get("type"))
    keys = {"created_at": lambda r: r["created_at"], "status": lambda r: r["status"]}
    chunk, paging = paged(sort_items(items, p.get("sort_by") or [], keys), ctx, 50)
    return json_response({"webhook_deliveries": chunk, **paging})
