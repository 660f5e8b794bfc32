"""Webhook destinations: state and rules (the handlers are :mod:`amigo_emulator.webhook_api`).

Rules: more than ``limit`` destinations per organization -> :class:`Refused`; a second secret
rotation within ``rotation_interval`` -> :class:`Refused`; after a rotation the previous secret
keeps signing deliveries for ``dual_signing`` (see :mod:`amigo_emulator.webhooks`); an unknown
destination -> :class:`NotFound`. Delivery records are listed newest-filtered by time, status and
type. The caller holds the store lock.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from typing import Any, Dict, List, Mapping, Optional, Sequence

from ..errors import NotFound, Refused
from ..store import Org, WebhookDestination
from ..util import new_id, parse_datetime, utcnow

__all__ = ["create", "deliveries", "delete", "get", "rotate_secret", "select", "update"]

# What the rules read: where deliveries go, which events, how many retries.
_RULED = ("url", "accepted_types", "retry_attempts")


def _new_secret() -> str:
    return "whsec_" + secrets.token_hex(24)


def get(org: Org, destination_id: str) -> WebhookDestination:
    destination = org.webhook_destinations.get(destination_id)
    if destination is None:
        raise NotFound("webhook destination")
    return destination


def select(org: Org, ids: Sequence[str]) -> List[WebhookDestination]:
    return [d for d in org.webhook_destinations.values() if not ids or d.id in ids]


def create(
    org: Org,
    url: str,
    accepted_types: Sequence[str],
    retry_attempts: int,
    limit: int,
    fields: Optional[Mapping[str, Any]] = None,
) -> WebhookDestination:
    """A new destination; ``fields`` are the request's other fields, kept and answered as given."""
    if len(org.webhook_destinations) >= limit:
        raise Refused("The organization has reached its limit of webhook destinations.")
    destination = WebhookDestination(
        id=new_id(),
        url=url,
        accepted_types=list(dict.fromkeys(accepted_types)),
        retry_attempts=retry_attempts,
        secret=_new_secret(),
        secret_generated_at=utcnow(),
        fields={k: v for k, v in (fields or {}).items() if k not in _RULED},
    )
    org.webhook_destinations[destination.id] = destination
    return destination


def update(org: Org, destination_id: str, changes: Mapping[str, Any]) -> None:
    destination = get(org, destination_id)
    if changes.get("retry_attempts") is not None:
        destination.retry_attempts = changes["retry_attempts"]
    if changes.get("accepted_types") is not None:
        destination.accepted_types = list(dict.fromkeys(changes["accepted_types"]))
    destination.fields.update({k: v for k, v in changes.items() if v is not None and k not in _RULED})


def delete(org: Org, destination_id: str) -> None:
    del org.webhook_destinations[get(org, destination_id).id]


def rotate_secret(
    org: Org, destination_id: str, rotation_interval: timedelta, dual_signing: timedelta
) -> WebhookDestination:
    destination = get(org, destination_id)
    now = utcnow()
    if destination.previous_secret is not None and now - destination.secret_generated_at < rotation_interval:
        raise Refused("The secret of a webhook destination can be rotated at most once per hour.")
    destination.previous_secret = destination.secret
    destination.secret = _new_secret()
    destination.secret_generated_at = now
    destination.dual_signing_stops_at = now + dual_signing
    return destination


def deliveries(
    org: Org,
    destination_id: str,
    after: Optional[datetime],
    before: Optional[datetime],
    status: Optional[str],
    kind: Optional[str],
) -> List[Dict[str, Any]]:
    """Copies of the destination's delivery records matching every filter given."""
    destination = get(org, destination_id)
    found = []
    for record in org.webhook_deliveries.get(destination.id, []):
        created = parse_datetime(record["created_at"])
        if (after and created < after) or (before and created > before):
            continue
        if (status and record["status"] != status) or (kind and record["type"] != kind):
            continue
        found.append({**record, "delivery_attempts": [dict(a) for a in record["delivery_attempts"]]})
    return found
