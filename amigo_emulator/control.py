"""The control API for tests and demos, served outside ``/v1`` under ``/_emulator``.

Routes (all JSON unless noted):

``GET    /_emulator/health``         ``{"status": "ok"}``
``GET    /_emulator/config``         the seed: organizations, API keys, users, service ids, settings
``GET    /_emulator/faults``         the armed fault switches, rate limits and run-time settings
``POST   /_emulator/faults``         arm switches / change settings (see :mod:`amigo_emulator.faults`);
                                     422 with ``{"detail"}`` on an invalid update (nothing applied)
``DELETE /_emulator/faults``         disarm every fault and rate limit (settings stay)
``POST   /_emulator/reset``          back to the seed: state, switches, settings, statistics
``GET    /_emulator/stats``          counters: requests and responses per operation, sign-ins per
                                     organization, requests whose client left before they were
                                     read (``client_gone``), faults fired, conversations, webhook
                                     attempts, and the contract violations recorded in checking mode
``POST   /_emulator/expire_tokens``  every token issued so far stops working (401)
``GET    /_emulator/media/{org}/{conversation}/{message}``  the audio of a voice message (bytes)
``GET    /_emulator/artifacts/{run}.zip``  a (empty) artifact archive of a simulation run

For tests (what :mod:`amigo_emulator.testing` and the pytest plugin drive):

``GET    /_emulator/requests``       ``{"requests": [...]}``: every request received since the last
                                     reset, secrets redacted (see :mod:`amigo_emulator.requestlog`)
``DELETE /_emulator/requests``       forget them
``GET    /_emulator/webhooks``       ``{"deliveries": [...]}``: every webhook delivery of every
                                     organization: ``organization``, ``destination_id``, ``url``
                                     (``null`` once the destination is deleted), ``event_id``,
                                     ``type``, ``payload`` (the event as sent), ``status``
                                     (``success`` / ``failed``) and ``attempts``
                                     (``[{"delivery_time", "status_code"}]``)
``POST   /_emulator/organizations``  add an organization, as a seed file describes one (``id``,
                                     ``api_keys``, ``users``, ``services``...); 409 if the id exists,
                                     422 for an invalid one. A reset removes it again.
``POST   /_emulator/operations/{operationId}``  run a contract operation in-process, as the given
                                     user, and answer ``{"status", "headers", "body"}``. Body:
                                     ``{"organization", "user_id", "path": {...}, "query": {...},
                                     "body": <JSON>}`` or ``"form": {field: text}`` (multipart);
                                     organization and user default to the first seeded ones. The
                                     call passes authentication, validation and the operation's
                                     rules like any request, but not the fault switches, rate
                                     limits, statistics or request log, and no armed stream fault
                                     is consumed: seeding a test's data leaves no trace in what the
                                     test asserts on. NDJSON answers come back as a list of events.
                                     With ``"shape": true`` the query and JSON body are first shaped
                                     to the operation as the contract has it now
                                     (:func:`amigo_emulator.respond.shape_request`).
"""

from __future__ import annotations

import asyncio
import json
import urllib.parse
import uuid
from typing import Any, Dict, List, Mapping, Tuple

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Message

from .config import ConfigError, EmulatorConfig
from .faults import STREAM_OPERATIONS, FaultError
from .requestlog import log_for
from .respond import shape_request
from .runtime import Runtime
from .spec import Operation
from .store import Store

__all__ = ["control_routes"]

_EMPTY_ZIP = b"PK\x05\x06" + b"\x00" * 18


def control_routes(rt: Runtime) -> List[BaseRoute]:
    """The ``/_emulator`` routes bound to ``rt``."""

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def config(request: Request) -> Response:
        return JSONResponse(rt.config.to_public_dict())

    async def get_faults(request: Request) -> Response:
        return JSONResponse(rt.faults.snapshot())

    async def set_faults(request: Request) -> Response:
        try:
            update = json.loads(await request.body() or b"{}")
            rt.faults.apply(update)
        except (ValueError, RecursionError, FaultError) as exc:
            return JSONResponse({"detail": str(exc) or "invalid JSON"}, status_code=422)
        return JSONResponse(rt.faults.snapshot())

    async def clear_faults(request: Request) -> Response:
        rt.faults.apply({"clear": True})
        return JSONResponse(rt.faults.snapshot())

    async def reset(request: Request) -> Response:
        rt.reset()
        log_for(rt).clear()
        return JSONResponse({"status": "reset"})

    async def stats(request: Request) -> Response:
        return JSONResponse(rt.stats())

    async def expire_tokens(request: Request) -> Response:
        rt.tokens.revoke_all()
        return JSONResponse({"status": "expired"})

    async def media(request: Request) -> Response:
        p = request.path_params
        with rt.store.lock:
            org = rt.store.org(p["org"])
            conversation = org.conversations.get(p["conversation"]) if org else None
            found = [m for m in conversation.messages if m.id == p["message"]] if conversation else []
        if not found or found[0].audio is None:
            return JSONResponse({"detail": "No such voice message."}, status_code=404)
        return Response(found[0].audio, media_type=found[0].audio_content_type or "application/octet-stream")

    async def artifacts(request: Request) -> Response:
        return Response(_EMPTY_ZIP, media_type="application/zip")

    async def requests(request: Request) -> Response:
        return JSONResponse({"requests": log_for(rt).entries()})

    async def clear_requests(request: Request) -> Response:
        log_for(rt).clear()
        return JSONResponse({"requests": []})

    async def webhooks(request: Request) -> Response:
        return JSONResponse({"deliveries": _deliveries(rt)})

    async def add_organization(request: Request) -> Response:
        try:
            raw = json.loads(await request.body() or b"null")
            seed = EmulatorConfig.from_dict({"organizations": [raw]}).organizations[0]
        except (ValueError, RecursionError, ConfigError) as exc:
            return JSONResponse({"detail": str(exc) or "invalid JSON"}, status_code=422)
        org = Store(EmulatorConfig(organizations=[seed])).orgs[seed.id]  # seeded as at start-up
        with rt.store.lock:
            if seed.id in rt.store.orgs:
                return JSONResponse({"detail": f"organization {seed.id!r} exists"}, status_code=409)
            rt.store.orgs[seed.id] = org
        log_for(rt).add_secrets(value for key in seed.api_keys for value in (key.key, key.key_id))
        return JSONResponse({"id": seed.id, "service_ids": [s.id for s in seed.services]}, status_code=201)

    async def call_operation(request: Request) -> Response:
        op = rt.contract.operations.get(request.path_params["operation_id"])
        if op is None:
            return JSONResponse({"detail": "unknown operationId"}, status_code=404)
        try:
            spec = json.loads(await request.body() or b"{}")
            if not isinstance(spec, dict):
                raise ValueError("the body must be a JSON object")
            status, headers, body = await _call(rt, request.app, op, spec)
        except (ValueError, RecursionError, KeyError) as exc:
            return JSONResponse({"detail": str(exc) or "invalid request"}, status_code=422)
        return JSONResponse({"status": status, "headers": headers, "body": body})

    return [
        Route("/_emulator/health", health, methods=["GET"]),
        Route("/_emulator/config", config, methods=["GET"]),
        Route("/_emulator/faults", get_faults, methods=["GET"]),
        Route("/_emulator/faults", set_faults, methods=["POST"]),
        Route("/_emulator/faults", clear_faults, methods=["DELETE"]),
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/stats", stats, methods=["GET"]),
        Route("/_emulator/expire_tokens", expire_tokens, methods=["POST"]),
        Route("/_emulator/media/{org}/{conversation}/{message}", media, methods=["GET"]),
        Route("/_emulator/artifacts/{run}.zip", artifacts, methods=["GET"]),
        Route("/_emulator/requests", requests, methods=["GET"]),
        Route("/_emulator/requests", clear_requests, methods=["DELETE"]),
        Route("/_emulator/webhooks", webhooks, methods=["GET"]),
        Route("/_emulator/organizations", add_organization, methods=["POST"]),
        Route("/_emulator/operations/{operation_id}", call_operation, methods=["POST"]),
    ]


def _deliveries(rt: Runtime) -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    with rt.store.lock:
        for org in rt.store.orgs.values():
            for destination_id, records in org.webhook_deliveries.items():
                destination = org.webhook_destinations.get(destination_id)
                for record in records:
                    content = record.get("webhook_content") or {}
                    out.append(
                        {
                            "organization": org.id,
                            "destination_id": destination_id,
                            "url": destination.url if destination is not None else None,
                            "event_id": content.get("id"),
                            "type": record.get("type"),
                            "payload": content,
                            "status": record.get("status"),
                            "attempts": [dict(a) for a in record.get("delivery_attempts", [])],
                            "created_at": record.get("created_at"),
                        }
                    )
    out.sort(key=lambda d: (str(d["created_at"]), str(d["event_id"])))
    return out


async def _call(rt: Runtime, app: ASGIApp, op: Operation, spec: Mapping[str, Any]) -> Tuple[int, Dict[str, str], Any]:
    """Run one operation in-process (see ``POST /_emulator/operations/{operationId}``)."""
    orgs = rt.config.organizations
    org_id = str(spec.get("organization") or orgs[0].id)
    org = rt.store.org(org_id)
    if org is None:
        raise ValueError(f"unknown organization {org_id!r}")
    user_id = str(spec.get("user_id") or next(iter(org.users), ""))
    path = "/v1/" + urllib.parse.quote(org_id, safe="") + op.path
    for name, value in dict(spec.get("path") or {}).items():
        path = path.replace("{" + name + "}", urllib.parse.quote(str(value), safe=""))
    if "{" in path:
        raise ValueError(f"path parameters missing: {path}")
    given_query, given_body = dict(spec.get("query") or {}), spec.get("body")
    if spec.get("shape"):
        given_query, given_body = shape_request(rt.renderer, op, given_query, given_body)
    query = urllib.parse.urlencode([(k, v) for k, values in given_query.items() for v in _values(values)], doseq=True)
    token, _ = rt.tokens.issue(org_id, user_id, "emulator-seed", 300)
    headers = [(b"authorization", b"Bearer " + token.encode("ascii")), (b"accept", b"application/json")]
    if spec.get("form") is not None:
        boundary = uuid.uuid4().hex
        body = _multipart(dict(spec["form"]), boundary)
        headers.append((b"content-type", b"multipart/form-data; boundary=" + boundary.encode("ascii")))
    elif "body" in spec:
        body = json.dumps(given_body).encode("utf-8")
        headers.append((b"content-type", b"application/json"))
    else:
        body = b""
    headers.append((b"content-length", str(len(body)).encode("ascii")))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": op.method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode("ascii"),
        "query_string": query.encode("ascii"),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 0),
        "server": ("emulator", 0),
    }
    sent = False
    done = asyncio.Event()

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await done.wait()  # nobody disconnects from an in-process call
        return {"type": "http.disconnect"}

    status = 0
    answer_headers: Dict[str, str] = {}
    chunks: List[bytes] = []

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
            answer_headers.update({k.decode("latin-1"): v.decode("latin-1") for k, v in message.get("headers", [])})
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    # The stream faults a test armed are for its own requests: set them aside meanwhile.
    stream_kinds = ("hold", "stream_error", "error_after_complete", "stream_cut")
    parked = {kind: rt.faults.rules[kind] for kind in stream_kinds} if op.operation_id in STREAM_OPERATIONS else {}
    for kind in parked:
        rt.faults.rules[kind] = []
    try:
        await app(scope, receive, send)
    finally:
        done.set()
        for kind, rules in parked.items():
            rt.faults.rules[kind] = rules + rt.faults.rules[kind]
    raw = b"".join(chunks)
    media = answer_headers.get("content-type", "").split(";")[0].strip()
    decoded: Any
    if media == "application/x-ndjson":
        decoded = [json.loads(line) for line in raw.splitlines() if line.strip()]
    elif media == "application/json" and raw:
        decoded = json.loads(raw)
    else:
        decoded = raw.decode("utf-8", "replace") if raw else None
    return status, answer_headers, decoded


def _values(value: Any) -> List[str]:
    items = value if isinstance(value, list) else [value]
    return [json.dumps(v) if isinstance(v, (dict, bool)) else str(v) for v in items if v is not None]


def _multipart(fields: Mapping[str, Any], boundary: str) -> bytes:
    out = bytearray()
    for name, value in fields.items():
        out += f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n'.encode("utf-8")
        out += b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + str(value).encode("utf-8") + b"\r\n"
    out += f"--{boundary}--\r\n".encode("ascii")
    return bytes(out)
