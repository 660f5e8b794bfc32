"""Webhook destination operations (parsing; state and rules in
:mod:`amigo_emulator.models.webhooks`, answers rendered through the contract): create, list,
update, delete, rotate the secret, deliveries.

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

from .models import webhooks as backend
from .registry import Answer, Ctx, answer, no_content, operation
from .respond import listing
from .store import WebhookDestination
from .util import FieldKeys, parse_datetime, sort_items, state_of

__all__: List[str] = []

_SECRETS = ("secret", "previous_secret")  # answered only when made (create, rotate)


def _state(d: WebhookDestination) -> Dict[str, Any]:
    return state_of(d, exclude=_SECRETS)


@operation("create-webhook-destination")
async def create_webhook_destination(ctx: Ctx) -> Answer:
    body = ctx.body or {}
    with ctx.rt.store.lock:
        destination = backend.create(
            ctx.org,
            str(body.get("url", "")),
            list(body.get("accepted_types") or []),
            int(body.get("retry_attempts", 3)),
            ctx.rt.config.webhook_destination_limit,
            body,
        )
    return answer({**_state(destination), "secret": destination.secret}, 201, kind="webhook-destination")


@operation("get-webhook-destinations")
async def get_webhook_destinations(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        found = [_state(d) for d in backend.select(ctx.org, ctx.params.get("id") or [])]
    return answer(listing(ctx, found, 0, paging=False), kind="webhook-destination")


@operation("update-webhook-destination")
async def update_webhook_destination(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.update(ctx.org, ctx.path("webhook_destination_id"), ctx.body or {})
    return no_content()


@operation("delete-webhook-destination")
async def delete_webhook_destination(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.delete(ctx.org, ctx.path("webhook_destination_id"))
    return no_content()


@operation("rotate-webhook-destination-secret")
async def rotate_webhook_destination_secret(ctx: Ctx) -> Answer:
    config = ctx.rt.config
    with ctx.rt.store.lock:
        destination = backend.rotate_secret(
            ctx.org,
            ctx.path("webhook_destination_id"),
            timedelta(seconds=config.webhook_rotation_interval_seconds),
            timedelta(seconds=config.webhook_dual_signing_seconds),
        )
        return answer({**_state(destination), "secret": destination.secret}, kind="webhook-destination")


@operation("get-webhook-deliveries")
async def get_webhook_deliveries(ctx: Ctx) -> Answer:
    p = ctx.params
    after = parse_datetime(p["created_after"]) if p.get("created_after") else None
    before = parse_datetime(p["created_before"]) if p.get("created_before") else None
    with ctx.rt.store.lock:
        items = backend.deliveries(ctx.org, p["webhook_destination_id"], after, before, p.get("status"), p.get("type"))
    return answer(listing(ctx, sort_items(items, p.get("sort_by") or [], FieldKeys()), 50))
