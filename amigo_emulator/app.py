"""The ASGI application: contract routes under ``/v1/{organization}``, control routes, faults.

Contract: :func:`build_app` returns an :class:`EmulatorApp`, an ASGI callable wrapping a Starlette
app that has one route per contract operation (``/v1/{organization}`` + the operation's path, the
operation's method) and the control routes of :mod:`amigo_emulator.control`. Unknown paths answer
404 and wrong methods 405, with ``{"detail": ...}``.

For every ``/v1`` request that matches an operation, in this order:

1. statistics: the request (and later its status) is counted under the ``operationId``;
2. fault switches: ``connection_reset`` (drop the socket), ``slow_first_byte`` (sleep), the rate
   limits (429 + ``Retry-After``), ``error_burst`` (the configured status);
3. the organization (unknown: 404 for public operations, 401 otherwise), then authentication
   (bearer token, or basic with the token as password: 401, or for an operation that does not
   document 401, 403 or else a 422 naming ``authorization``), then parameter and JSON body validation (422, FastAPI-style ``detail``):
   a body that is not JSON by its content type gets 415 where the operation documents 415, else
   a 422 naming ``content-type``; a body (or a JSON-encoded parameter) nested more than
   :data:`~amigo_emulator.spec.MAX_JSON_DEPTH` levels is a 422;
4. the operation's handler: hand-written (:mod:`amigo_emulator.registry`) where the docs give
   rules, else the spec-driven one of :mod:`amigo_emulator.generic`;
5. its JSON answer rendered through the operation's response schema as the contract has it now
   (:mod:`amigo_emulator.respond`): handlers hand over state, never a shape.

A client that disconnects before its request is read gets nothing and is counted under
``client_gone`` in the statistics (it is not an emulator failure). An unexpected exception
answers a JSON 500.

With ``check_responses`` on, every answer is checked against the contract and anything that does
not conform (an undocumented status, a body or event failing its schema, a crash) is recorded in
``GET /_emulator/stats`` under ``contract_violations``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any, AsyncIterator, List, Optional, Tuple

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Message, Receive, Scope, Send

from . import auth, behaviors, conversations, metrics, services, simulations, tools, users, webhook_api  # noqa: F401
from .config import EmulatorConfig
from .control import control_routes
from .errors import RuleError
from .generic import generic_handler, shapes
from .realtime import realtime_routes
from .registry import HANDLERS, Answer, ApiError, Ctx, Handler
from .requestlog import log_for
from .respond import render_answer
from .runtime import Runtime
from .spec import MAX_JSON_DEPTH, Contract, Operation, ValidationProblem, load_contract
from .streaming import CONNECTION_KEY, EventStream, drop_connection
from .tokens import TokenError
from .util import too_deep

__all__ = ["EmulatorApp", "build_app"]

log = logging.getLogger("amigo_emulator")

PUBLIC_PREFIX = "/v1/"


class EmulatorApp:
    """The emulator's ASGI entry point (fault layer + Starlette app)."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.starlette = Starlette(
            routes=_routes(rt),
            exception_handlers={HTTPException: _http_exception, Exception: _server_error},
            lifespan=self._lifespan,
        )

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        yield
        self.rt.scheduler.stop()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        receive, send = log_for(self.rt).watch(scope, receive, send, self._match)  # GET /_emulator/requests
        if scope["type"] != "http":
            await self.starlette(scope, receive, send)
            return
        connection = getattr(send, "__self__", None)
        if getattr(connection, "transport", None) is not None:
            scope[CONNECTION_KEY] = connection
        path: str = scope["path"]
        matched = self._match(scope["method"], path) if path.startswith(PUBLIC_PREFIX) else None
        if matched is None:
            await self.starlette(scope, receive, send)
            return
        op, org_id = matched
        rt = self.rt
        rt.count_request(op.operation_id)

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                rt.count_response(op.operation_id, int(message["status"]))
            await send(message)

        early = await self._faults(scope, op, org_id)
        if early == "dropped":
            return
        if isinstance(early, Response):
            await early(scope, receive, counting_send)
            return
        await self.starlette(scope, receive, counting_send)

    def _match(self, method: str, path: str) -> Optional[Tuple[Operation, str]]:
        org_id, slash, rest = path[len(PUBLIC_PREFIX) :].partition("/")
        if not org_id or not slash:
            return None
        found = self.rt.contract.match("GET" if method == "HEAD" else method, "/" + rest)
        return (found[0], org_id) if found else None

    async def _faults(self, scope: Scope, op: Operation, org_id: str) -> Any:
        faults, name = self.rt.faults, op.operation_id
        if faults.take("connection_reset", name) is not None:
            await drop_connection(scope, abort=True)
            return "dropped"
        slow = faults.take("slow_first_byte", name)
        if slow is not None:
            await asyncio.sleep(float(slow.params["delay_ms"]) / 1000.0)
        retry_after = faults.check_rate(name, self._rate_key(scope, op, org_id))
        if retry_after is not None:
            return JSONResponse(
                {"detail": f"Rate limit for {name} exceeded; retry in {retry_after} s."},
                status_code=429,
                headers={"Retry-After": str(retry_after)},
            )
        burst = faults.take("error_burst", name)
        if burst is not None:
            headers = {}
            if burst.params["retry_after"] is not None:
                headers["Retry-After"] = _seconds(burst.params["retry_after"])
            detail = burst.params["detail"] or "The service is temporarily unavailable (emulated fault)."
            return JSONResponse({"detail": detail}, status_code=burst.params["status"], headers=headers)
        return None

    def _rate_key(self, scope: Scope, op: Operation, org_id: str) -> Tuple[str, ...]:
        if not op.needs_token:
            return (org_id,)  # sign-in is limited per organization
        request = Request(scope)
        _, _, token = request.headers.get("authorization", "").partition(" ")
        try:
            return (org_id, str(self.rt.tokens.verify(token.strip()).get("sub")))
        except TokenError:
            client = scope.get("client") or ("?", 0)
            return (org_id, "anonymous", str(client[0]))


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


async def _http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


async def _server_error(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s: %r", request.method, request.url.path, exc)
    return JSONResponse({"detail": "Internal emulator error."}, status_code=500)


def _routes(rt: Runtime) -> List[BaseRoute]:
    routes: List[BaseRoute] = []
    driven = shapes(rt.contract, HANDLERS)
    # Literal segments win over parameters (/tool/test before /tool/{tool_id}), as in Contract.match.
    for op in sorted(rt.contract.operations.values(), key=lambda o: (o.path.count("{"), -len(o.path))):
        handler = HANDLERS.get(op.operation_id)
        if handler is None:
            handler = generic_handler(driven[op.operation_id], rt.contract)
        routes.append(Route("/v1/{organization}" + op.path, _endpoint(rt, op, handler), methods=[op.method]))
    return routes + control_routes(rt) + realtime_routes(rt)


def _endpoint(rt: Runtime, op: Operation, handler: Optional[Handler]) -> Any:
    async def endpoint(request: Request) -> Response:
        try:
            if handler is None:
                raise ApiError(501, f"{op.operation_id} is not emulated.")
            result = await handler(await _context(rt, op, request))
            response = render_answer(rt, op, result) if isinstance(result, Answer) else result
        except ApiError as exc:
            response = exc.response()
        except RuleError as exc:  # a backend's rule (amigo_emulator.models) refused the request
            response = ApiError(exc.status, str(exc)).response()
        except ClientDisconnect:
            # The client left before its request was read: nobody to answer, and not a fault of
            # the emulator (no 500, no contract violation); counted apart in the statistics.
            rt.count_client_gone(op.operation_id)
            return _NoAnswer()
        except Exception as exc:
            if rt.config.check_responses:
                rt.record_violation(f"{op.operation_id}: crashed with {exc!r}")
            raise
        if rt.config.check_responses and not isinstance(response, EventStream):
            _check(rt, op, response)
        return response

    return endpoint


def _refused(op: Operation, exc: ApiError) -> ApiError:
    """A 401 in a status ``op`` documents: 401, else 403, else a 422 naming the header."""
    if exc.status != 401 or "401" in op.responses:
        return exc
    if "403" in op.responses:
        return ApiError(403, exc.detail)
    problem = ValidationProblem(("header", "authorization"), str(exc.detail), "value_error")
    return ApiError(422, [problem.as_dict()])


class _NoAnswer(Response):
    """Sends nothing: the client has already disconnected."""

    def __init__(self) -> None:
        super().__init__(status_code=499)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        return None


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _accepts_json(op: Operation, media: str) -> bool:
    # No content-type at all is read as JSON (as FastAPI does); "+json" suffixes are JSON too.
    return not media or media in op.body_content or media == "application/json" or media.endswith("+json")


async def _context(rt: Runtime, op: Operation, request: Request) -> Ctx:
    org = rt.store.org(request.path_params["organization"])
    if org is None:
        if op.needs_token:
            raise _refused(
                op, ApiError(401, "Invalid authorization credentials: unknown organization.", auth.CHALLENGE)
            )
        raise ApiError(404, "Organization not found.")
    try:
        user_id = auth.authenticate(rt, org, request) if op.needs_token else None
    except ApiError as exc:
        raise _refused(op, exc) from None
    params, problems = op.parse_parameters(request.path_params, request.query_params, request.headers)
    body: Any = None
    if "application/json" in op.body_content:
        raw = await request.body()
        media = _media_type(request)
        if not raw.strip():
            if op.body_required:
                problems.append(ValidationProblem(("body",), "Field required", "missing"))
            else:
                body = {}
        elif not _accepts_json(op, media):
            # The contract takes JSON only: 415 where the operation documents it, else a 422
            # naming the header (what FastAPI answers for a non-JSON body).
            message = f"Unsupported media type {media!r}; this operation takes application/json."
            if "415" in op.responses:
                raise ApiError(415, message)
            problems.append(ValidationProblem(("header", "content-type"), message, "content_type"))
        else:
            try:
                body = json.loads(raw)
                if too_deep(body, MAX_JSON_DEPTH):
                    raise RecursionError
            except RecursionError:
                message = f"JSON nested deeper than {MAX_JSON_DEPTH} levels"
                problems.append(ValidationProblem(("body",), message, "json_invalid"))
            except ValueError:
                problems.append(ValidationProblem(("body",), "JSON decode error", "json_invalid"))
            else:
                problems.extend(op.validate_json_body(body))
    if problems:
        raise ApiError(422, [p.as_dict() for p in problems])
    return Ctx(rt=rt, request=request, op=op, org=org, user_id=user_id, params=params, body=body)


def _check(rt: Runtime, op: Operation, response: Response) -> None:
    content_type = response.headers.get("content-type", "")
    body: Any = None
    media = content_type.split(";")[0].strip().lower()
    if (media == "application/json" or media.endswith("+json")) and response.body:
        body = json.loads(bytes(response.body))
    for issue in rt.contract.response_issues(op, response.status_code, content_type, body):
        rt.record_violation(issue)


def build_app(config: Optional[EmulatorConfig] = None, contract: Optional[Contract] = None) -> EmulatorApp:
    """The emulator app for ``config`` (defaults: the default seed) and ``contract`` (openapi.yaml)."""
    rt = Runtime(config or EmulatorConfig.from_dict(None), contract or load_contract())
    return EmulatorApp(rt)
