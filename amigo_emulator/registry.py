"""How operation handlers are declared, and what they receive.

Contract: a handler is ``async def handler(ctx: Ctx) -> Response`` registered for one contract
``operationId`` with :func:`operation`. By the time it runs, the request has passed the fault
switches, authentication (``ctx.user_id`` is the token's user, ``None`` for public operations)
and validation of path, query and header parameters (``ctx.params``, typed, with defaults) and of
a JSON body (``ctx.body``). A handler signals an error answer by raising :class:`ApiError`, which
becomes ``{"detail": ...}`` with that status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Union

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .runtime import Runtime
from .spec import Operation
from .store import Org

__all__ = ["HANDLERS", "ApiError", "Ctx", "Handler", "json_response", "no_content", "operation"]


class ApiError(Exception):
    """An error answer: ``status`` with body ``{"detail": detail}`` and optional headers."""

    def __init__(self, status: int, detail: Union[str, List[Any]], headers: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(detail if isinstance(detail, str) else "validation error")
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})

    def response(self) -> JSONResponse:
        return JSONResponse({"detail": self.detail}, status_code=self.status, headers=self.headers)


@dataclass
class Ctx:
    """One validated, authenticated request."""

    rt: Runtime
    request: Request
    op: Operation
    org: Org
    user_id: Optional[str]
    params: Dict[str, Any]
    body: Any

    @property
    def org_id(self) -> str:
        return self.org.id


Handler = Callable[[Ctx], Awaitable[Response]]
HANDLERS: Dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated coroutine as the handler of ``operation_id``."""

    def register(fn: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = fn
        return fn

    return register


def json_response(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def no_content() -> Response:
    return Response(status_code=204)
