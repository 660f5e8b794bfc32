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
"""

from __future__ import annotations

import json
from typing import List

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .faults import FaultError
from .runtime import Runtime

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
    ]
