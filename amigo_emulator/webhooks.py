"""Post-processing completion and signed webhook delivery, from a background thread.

When a conversation finishes (the finish endpoint, or an interaction that ends the session),
:meth:`WebhookDispatcher.conversation_finished` schedules its post-processing to complete after
``post_processing_delay_ms``. Then (see :func:`~amigo_emulator.postprocess.run_post_processing`)
one event is created and POSTed to every webhook destination of the organization whose
``accepted_types`` include ``conversation-post-processing-complete``. The body is compact JSON::

    {"type": "conversation-post-processing-complete",
     "id": "<24-hex event id>",
     "timestamp": <event time, Unix ms>,
     "org_id": "<organization>",
     "data": {"conversation_id": "...", "service_id": "...", "user_id": "...",
              "completed_post_processings": ["generate-user-models", "extract-memories",
                                             "compute-metrics"]}}

with the headers:

* ``content-type: application/json``
* ``x-amigo-idempotent-key``: the event id, the same on every redelivery of that event;
* ``x-amigo-request-timestamp``: Unix milliseconds of this attempt, as a string;
* ``x-amigo-request-signature``: hex HMAC-SHA256, keyed with the destination secret (UTF-8), of
  the bytes ``v1:{timestamp}:{raw body}``. Until a rotation's ``dual_signing_stops_at`` the header
  carries two signatures, ``<hex with new secret>,<hex with old secret>``.

A delivery fails on a non-2xx answer or a connection error (recorded with status code 0); it is
retried after ``webhook_backoff_ms`` doubled per attempt, up to the destination's
``retry_attempts`` retries, with the same body and idempotent key (a fresh timestamp and
signature). Each event/destination pair is one ``get-webhook-deliveries`` record whose
``delivery_attempts`` grow with each try and whose ``status`` is ``success`` once an attempt
succeeded, ``failed`` otherwise (including while retries are pending).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import http.client
import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Callable, Dict, List, Optional

from .postprocess import POST_PROCESSINGS, run_post_processing
from .scheduler import Scheduler
from .store import Store, WebhookDestination
from .util import iso, new_id, now_ms, utcnow

__all__ = ["EVENT_TYPE", "WebhookDispatcher", "sign"]

EVENT_TYPE = "conversation-post-processing-complete"

log = logging.getLogger("amigo_emulator")

# Deliveries go straight to the destination: proxy environment variables are ignored.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Hex HMAC-SHA256 of ``v1:{timestamp}:{body}`` keyed with ``secret``."""
    message = b"v1:" + timestamp.encode("ascii") + b":" + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


class WebhookDispatcher:
    """Schedules post-processing and delivers (and redelivers) the resulting webhooks."""

    def __init__(self, store: Store, scheduler: Scheduler, settings: Callable[[str], float], timeout: float) -> None:
        self._store = store
        self._scheduler = scheduler
        self._settings = settings
        self._timeout = timeout
        self.attempts = 0
        self.succeeded = 0
        self.failed_attempts = 0

    def clear_stats(self) -> None:
        """Zero the delivery counters (``Runtime.reset``). Call it with the store's lock held and
        after the store's generation moved: an attempt in flight from before the reset is then
        not counted when it lands."""
        self.attempts = 0
        self.succeeded = 0
        self.failed_attempts = 0

    def conversation_finished(self, org_id: str, conversation_id: str) -> None:
        """Complete the conversation's post-processing after the configured delay."""
        generation = self._store.generation
        delay = self._settings("post_processing_delay_ms") / 1000.0
        self._scheduler.call_later(delay, lambda: self._post_processing_complete(generation, org_id, conversation_id))

    def _post_processing_complete(self, generation: int, org_id: str, conversation_id: str) -> None:
        with self._store.lock:
            if generation != self._store.generation:
                return
            org = self._store.org(org_id)
            conversation = org.conversations.get(conversation_id) if org else None
            if org is None or conversation is None:
                return
            run_post_processing(org, conversation)
            event = {
                "type": EVENT_TYPE,
                "id": new_id(),
                "timestamp": now_ms(),
                "org_id": org_id,
                "data": {
                    "conversation_id": conversation.id,
                    "service_id": conversation.service_id,
                    "user_id": conversation.user_id,
                    "completed_post_processings": list(POST_PROCESSINGS),
                },
            }
            body = json.dumps(event, separators=(",", ":")).encode("utf-8")
            for destination in org.webhook_destinations.values():
                if EVENT_TYPE not in destination.accepted_types:
                    continue
                record: Dict[str, Any] = {
                    "id": new_id(),
                    "type": EVENT_TYPE,
                    "webhook_content": event,
                    "status": "failed",
                    "delivery_attempts": [],
                    "dual_signed": False,
                    "created_at": iso(utcnow()),
                }
                org.webhook_deliveries.setdefault(destination.id, []).append(record)
                job = _Delivery(generation, org_id, destination.id, record, body, str(event["id"]))
                self._scheduler.call_later(0, functools.partial(self._attempt, job))

    def _attempt(self, job: "_Delivery") -> None:
        with self._store.lock:
            if job.generation != self._store.generation:
                return
            org = self._store.org(job.org_id)
            destination = org.webhook_destinations.get(job.destination_id) if org else None
            if destination is None:
                return
            url = destination.url
            timestamp = str(now_ms())
            signatures = self._signatures(destination, timestamp, job.body)
            retries = destination.retry_attempts
        status = _post(url, job.body, job.idempotent_key, timestamp, ",".join(signatures), self._timeout)
        ok = 200 <= status < 300
        with self._store.lock:
            if job.generation != self._store.generation:
                return  # posted before a reset: neither its record nor the cleared counters count it
            self.attempts += 1
            if ok:
                self.succeeded += 1
            else:
                self.failed_attempts += 1
            job.record["delivery_attempts"].append({"delivery_time": iso(utcnow()), "status_code": status})
            job.record["dual_signed"] = job.record["dual_signed"] or len(signatures) > 1
            if ok:
                job.record["status"] = "success"
                return
            job.attempt += 1
            if job.attempt > retries:
                return
        backoff = self._settings("webhook_backoff_ms") / 1000.0 * (2 ** (job.attempt - 1))
        self._scheduler.call_later(backoff, lambda: self._attempt(job))

    @staticmethod
    def _signatures(destination: WebhookDestination, timestamp: str, body: bytes) -> List[str]:
        signatures = [sign(destination.secret, timestamp, body)]
        stops = destination.dual_signing_stops_at
        if destination.previous_secret and stops is not None and utcnow() < stops:
            signatures.append(sign(destination.previous_secret, timestamp, body))
        return signatures


class _Delivery:
    """One event on its way to one destination (``attempt`` counts the retries made so far)."""

    def __init__(
        self, generation: int, org_id: str, destination_id: str, record: Dict[str, Any], body: bytes, key: str
    ) -> None:
        self.generation = generation
        self.org_id = org_id
        self.destination_id = destination_id
        self.record = record
        self.body = body
        self.idempotent_key = key
        self.attempt = 0


def _post(url: str, body: bytes, key: str, timestamp: str, signature: str, timeout: float) -> int:
    """POST the webhook; the HTTP status, or 0 when no answer was received (or not http/https)."""
    try:
        scheme = urllib.parse.urlsplit(url).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme not in ("http", "https"):
        log.info("webhook destination %s is not an http(s) URL; delivery fails", url)
        return 0
    headers = {
        "content-type": "application/json",
        "user-agent": "amigo-emulator-webhooks/1",
        "x-amigo-idempotent-key": key,
        "x-amigo-request-timestamp": timestamp,
        "x-amigo-request-signature": signature,
    }
    try:
        request = urllib.request.Request(url, data=body, method="POST", headers=headers)
        with _OPENER.open(request, timeout=timeout) as response:
            status: Optional[int] = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (OSError, ValueError, http.client.HTTPException) as exc:
        log.info("webhook delivery to %s failed: %s", url, exc)
        status = 0
    return int(status or 0)
