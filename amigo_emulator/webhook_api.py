"""Webhook destination operations: create, list, update, delete, rotate the secret, deliveries.

Contract notes: the secret is returned only by create and rotate-secret. More than
``webhook_destination_limit`` destinations -> 400; a second rotation within
``webhook_rotation_interval_seconds`` -> 400; during ``webhook_dual_signing_seconds`` after a
rotation deliveries carry both signatures (see :mod:`amigo_emulator.webhooks`). Unknown
destination -> 404.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any, Dict, List

from starlette.responses import Response

from .common import lookup, paged
from .registry import ApiError, Ctx, json_response, no_content, operation
from .store import WebhookDestination
from .util import iso, new_id, parse_datetime, sort_items, utcnow

__all__: List[str] = []


def _new_secret() -> str:
    return "whsec_" + secrets.token_hex(24)


def _instance(d: WebhookDestination) -> Dict[str, Any]:
    return {
        "id": d.id,
        "url": d.url,
        "secret_generated_at": iso(d.secret_generated_at),
        "retry_attempts": d.retry_attempts,
        "accepted_types": list(d.accepted_types),
    }


def _destination(ctx: Ctx) -> WebhookDestination:
    return lookup(ctx.org.webhook_destinations, ctx.params["webhook_destination_id"], "webhook destination")


@operation("create-webhook-destination")
async def create_webhook_destination(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        if len(ctx.org.webhook_destinations) >= ctx.rt.config.webhook_destination_limit:
            raise ApiError(400, "The organization has reached its limit of webhook destinations.")
        destination = WebhookDestination(
            id=new_id(),
            url=body["url"],
            accepted_types=list(dict.fromkeys(body["accepted_types"])),
            retry_attempts=int(body.get("retry_attempts", 3)),
            secret=_new_secret(),
            secret_generated_at=utcnow(),
        )
        ctx.org.webhook_destinations[destination.id] = destination
    return json_response({"webhook_destination_id": destination.id, "secret": destination.secret}, 201)


@operation("get-webhook-destinations")
async def get_webhook_destinations(ctx: Ctx) -> Response:
    ids = ctx.params.get("id") or []
    with ctx.rt.store.lock:
        found = [_instance(d) for d in ctx.org.webhook_destinations.values() if not ids or d.id in ids]
    return json_response({"webhook_destinations": found})


@operation("update-webhook-destination")
async def update_webhook_destination(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        destination = _destination(ctx)
        if body.get("retry_attempts") is not None:
            destination.retry_attempts = body["retry_attempts"]
        if body.get("accepted_types") is not None:
            destination.accepted_types = list(dict.fromkeys(body["accepted_types"]))
    return no_content()


@operation("delete-webhook-destination")
async def delete_webhook_destination(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        destination = _destination(ctx)
        del ctx.org.webhook_destinations[destination.id]
    return no_content()


@operation("rotate-webhook-destination-secret")
async def rotate_webhook_destination_secret(ctx: Ctx) -> Response:
    config = ctx.rt.config
    with ctx.rt.store.lock:
        destination = _destination(ctx)
        now = utcnow()
        if (
            destination.previous_secret is not None
            and now - destination.secret_generated_at < timedelta(seconds=config.webhook_rotation_interval_seconds)
        ):
            raise ApiError(400, "The secret of a webhook destination can be rotated at most once per hour.")
        destination.previous_secret = destination.secret
        destination.secret = _new_secret()
        destination.secret_generated_at = now
        destination.dual_signing_stops_at = now + timedelta(seconds=config.webhook_dual_signing_seconds)
        return json_response({"secret": destination.secret, "dual_signing_stops_at": iso(destination.dual_signing_stops_at)})


@operation("get-webhook-deliveries")
async def get_webhook_deliveries(ctx: Ctx) -> Response:
    p = ctx.params
    after = parse_datetime(p["created_after"]) if p.get("created_after") else None
    before = parse_datetime(p["created_before"]) if p.get("created_before") else None
    with ctx.rt.store.lock:
        destination = _destination(ctx)
        items = []
        for record in ctx.org.webhook_deliveries.get(destination.id, []):
            created = parse_datetime(record["created_at"])
            if (after and created < after) or (before and created > before):
                continue
            if p.get("status") and record["status"] != p["status"]:
                continue
            if p.get("type") and record["type"] != p["type"]:
                continue
            items.append(_copy(record))
    items = sort_items(items, p.get("sort_by") or [], {"created_at": lambda r: r["created_at"], "status": lambda r: r["status"]})
    chunk, paging = paged(items, ctx, 50)
    return json_response({"webhook_deliveries": chunk, **paging})


def _copy(record: Dict[str, Any]) -> Dict[str, Any]:
    return {**record, "delivery_attempts": [dict(a) for a in record["delivery_attempts"]]}
