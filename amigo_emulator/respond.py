"""The one place answers take their shape from the contract (moto's "render" half, shared).

Contract:

* :func:`render_answer` turns a handler's :class:`~amigo_emulator.registry.Answer` into the HTTP
  answer: ``204`` has no body; a status the operation documents with bytes only (no JSON: an
  upstream version that makes an answer a PDF or a CSV export) gets a short placeholder body of
  the first such type; a status whose JSON schema the operation documents gets the state
  rendered through that schema (:class:`~amigo_emulator.render.Renderer`: properties the
  contract no longer has are left out, properties it adds are filled deterministically); a JSON
  placeholder (upstream's empty schema) or an undocumented status gets the state as it is (and
  checking mode records the latter).
* :func:`binary` answers bytes with the media type the contract declares for the operation's
  success status (the first one that is not JSON), else ``fallback``; with ``filename`` it adds
  ``Content-Disposition: attachment; filename="..."``. Binary answers are checked by content
  type only (:meth:`~amigo_emulator.spec.Contract.response_issues`).
* :func:`shape_request` shapes a request the emulator's own callers send (the testing kit's
  seeding, ``"shape": true`` of ``POST /_emulator/operations/{operationId}``) to the operation as
  the contract has it now, by the same renderer: body fields the contract no longer has are left
  out, required ones it adds are filled from their schema, fields it moves under a new object are
  moved (rule 5b of :mod:`amigo_emulator.render`); required query parameters it adds are filled,
  those it no longer has are left out. So seeding a test's data keeps working when an upstream
  version reshapes a request.
* :func:`listing` is the body of a list answer: the page of items under the operation's one
  array property (read from the response schema), the contract's paging fields and, on the first
  page, the ``filter_values`` given.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from starlette.responses import JSONResponse, Response

from .common import first_page, paged
from .registry import Answer, Ctx
from .render import Renderer
from .runtime import Runtime
from .spec import Operation

__all__ = ["binary", "list_field", "listing", "render_answer", "shape_request"]


def render_answer(rt: Runtime, op: Operation, answer: Answer) -> Response:
    """The HTTP answer for ``answer`` to ``op`` (see the module docstring)."""
    if answer.status == 204:
        return Response(status_code=204)
    declared = (op.responses.get(str(answer.status)) or {}).get("content") or {}
    media = declared.get("application/json")
    others = [m for m in declared if "json" not in m.lower()]
    if media is None and others:
        # Only bytes are documented (a type the rules do not make: a report, an export): a
        # placeholder of that type, so the answer still follows the contract.
        body = f"{op.operation_id}: content emulated as {others[0]}\n".encode("utf-8")
        return Response(body, status_code=answer.status, media_type=others[0])
    schema = media.get("schema") if isinstance(media, Mapping) else None
    if schema in (None, {}):
        if not declared and answer.data is None:
            return Response(status_code=answer.status)
        return JSONResponse(answer.data, status_code=answer.status)
    renderer: Renderer = rt.renderer
    data = renderer.render(schema, answer.data, answer.aliases, kind=answer.kind)
    return JSONResponse(data, status_code=answer.status)


def shape_request(renderer: Renderer, op: Operation, query: Mapping[str, Any], body: Any) -> Tuple[Dict[str, Any], Any]:
    """``(query, body)`` shaped to ``op`` as the contract has it now (see the module docstring)."""
    params = {p.name: p for p in op.parameters if p.location == "query"}
    shaped_query = {name: value for name, value in query.items() if name in params}
    for name, param in params.items():
        if param.required and name not in shaped_query:
            shaped_query[name] = renderer.example(param.schema, seed=f"{op.operation_id}/{name}")
    schema = op.json_body_schema()
    if schema in (None, {}) or not isinstance(body, Mapping):
        return shaped_query, body
    return shaped_query, renderer.render(schema, dict(body))


def binary(ctx: Ctx, data: bytes, fallback: str, filename: Optional[str] = None, status: int = 200) -> Response:
    """Bytes with the contract's binary media type for ``status`` (else ``fallback``)."""
    content = (ctx.op.responses.get(str(status)) or {}).get("content") or {}
    declared = [m for m in content if "json" not in m.lower()]
    headers = {"content-disposition": f'attachment; filename="{filename}"'} if filename else {}
    return Response(data, status_code=status, media_type=(declared or [fallback])[0], headers=headers)


def list_field(rt: Runtime, op: Operation, status: int = 200) -> str:
    """The name of the one array property of ``op``'s answer (``items`` when there is none)."""
    schema = rt.contract.validator.resolve(op.response_schema(status, "application/json"))
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    arrays = [
        name
        for name, sub in properties.items()
        if isinstance(rt.contract.validator.resolve(sub), dict)
        and rt.contract.validator.resolve(sub).get("type") == "array"
    ]
    return arrays[0] if len(arrays) == 1 else "items"


def listing(
    ctx: Ctx,
    items: Sequence[Any],
    default_limit: int,
    filter_values: Optional[Dict[str, Any]] = None,
    paging: bool = True,
) -> Dict[str, Any]:
    """A list answer's body: the page of ``items`` and the paging and filter fields."""
    body: Dict[str, Any] = {}
    chunk: List[Any] = list(items)
    if paging:
        chunk, fields = paged(items, ctx, default_limit)
        body.update(fields)
        body["filter_values"] = filter_values if first_page(ctx) else None
    body[list_field(ctx.rt, ctx.op)] = chunk
    return body
