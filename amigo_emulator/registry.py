"""How operation handlers are declared, and what they receive.

Contract: a handler is ``async def handler(ctx: Ctx) -> Response | Answer`` registered for one
contract ``operationId`` with :func:`operation`. By the time it runs, the request has passed the
fault switches, authentication (``ctx.user_id`` is the token's user, ``None`` for public
operations) and validation of path, query and header parameters (``ctx.params``, typed, with
defaults) and of a JSON body (``ctx.body``) against the contract.

A JSON answer is an :class:`Answer`: the state to answer with (plain dicts and lists, any keys)
and a status; the pipeline renders it through the operation's response schema
(:mod:`amigo_emulator.respond`), so a handler never decides the shape of what is sent. Only
streams (:class:`~amigo_emulator.streaming.EventStream`), bytes and empty answers
(:func:`no_content`) are starlette responses. A handler signals an error answer by raising
:class:`ApiError`, which becomes ``{"detail": ...}`` with that status.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Union

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .runtime import Runtime
from .spec import Operation
from .store import Org

__all__ = ["HANDLERS", "Answer", "ApiError", "Ctx", "Handler", "answer", "no_content", "operation"]


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

    def path(self, name: str) -> str:
        """The path parameter ``name``; when the contract calls it otherwise (a renamed parameter),
        the operation's last path parameter (the item it acts on), so a renamed id parameter still
        names its item, and anything else ends as a 404, never a crash."""
        value = self.params.get(name)
        if value is None:
            names = [p.name for p in self.op.parameters if p.location == "path"]
            value = self.params.get(names[-1]) if names else None
        return "" if value is None else str(value)


@dataclass
class Answer:
    """A JSON answer to render through the contract: ``data`` is state (dicts, lists, scalars).

    ``kind`` names the resource the answer (or the items of a list answer) is about (``user``,
    ``metric``), so the renderer can answer ``user_id`` from the item's ``id``; ``aliases`` maps
    a response property to the state key that holds it, where the names differ by a rule.
    """

    data: Any
    status: int = 200
    kind: Optional[str] = None
    aliases: Dict[str, str] = field(default_factory=dict)


def answer(data: Any, status: int = 200, kind: Optional[str] = None, **aliases: str) -> Answer:
    """The :class:`Answer` with ``data`` (rendered by the pipeline through the contract)."""
    return Answer(data, status, kind, dict(aliases))


Handler = Callable[[Ctx], Awaitable[Union[Response, Answer]]]
HANDLERS: Dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated coroutine as the handler of ``operation_id``."""

    def register(fn: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = fn
        return fn

    return register


def no_content() -> Response:
    return Response(status_code=204)
