"""Spec-driven handlers: every operation with no hand-written handler, served from the contract.

Contract: :func:`shape_of` reads, with one rule, what an operation does to which resource from
its method, path, ``operationId`` and success response; :func:`generic_handler` turns that into
a handler (request parsing and response rendering here, state and rules in
:mod:`amigo_emulator.resources`, shapes in :mod:`amigo_emulator.render`). An operation added to
``openapi.yaml`` later is served this way with no emulator code.

The rule:

* **kind**: the ``operationId`` without its leading verb, last word made singular
  (``get-agent-versions`` and ``create-agent-version`` -> ``agent-version``). For an operation on
  one item (below) the item's path parameter decides instead when it names another kind
  (``{dynamic_behavior_set_id}`` -> ``dynamic-behavior-set``).
* **parameters naming items**: a path parameter ending in ``_id`` or ``_name`` names an item of
  the kind its stem ends with (``state_machine_id`` -> ``service-hierarchical-state-machine``)
  when such a kind exists; unknown ids answer 404 (where the operation documents 404).
* **action**: ``create`` for a create/add/publish verb or a 201 success; for ``GET``: ``search``
  (verb ``search`` or a required ``query`` parameter), ``list`` (the response has an array
  property), ``get`` (the path ends with an item parameter); for a path ending with an item
  parameter: ``update`` (POST/PUT/PATCH with an update/modify/set verb) and ``delete`` (DELETE);
  anything else is an ``act``ion on the parent items, answered from the schema.
* **create** stores the body with server fields (id, timestamps, creator, parent ids, versions
  ``1, 2, ...`` or ``1.0.0`` bumped by ``bump_type``, ``expires_at`` from a ``duration``) and
  answers the success schema rendered from the stored item; the response's fields the item did
  not have are kept on it, so later reads agree. A live item of the same kind, parent and
  ``name`` -> 409 (where documented).
* **list** / **search** answer the items of the kind under the same parents, filtered by every
  query parameter that names an item field, or the one field ending in ``_<parameter>`` (``name``
  filters on ``role_name``) (lists match any, booleans default to false,
  ``creator`` and ``tag`` as elsewhere), sorted by ``sort_by``, and paged with the shared paging
  helper when the operation has ``limit``/``continuation_token`` parameters (``has_more`` and
  ``continuation_token`` in the answer); a search also needs ``query`` in a string field.
* **get** / **update** / **delete** work by id (404 when unknown): update merges the body
  (``null`` keeps a field, except a field whose schema has a ``NotSet`` alternative, where it
  clears it); delete sets ``is_deleted``/``deprecated`` when the kind's items have that flag.
* Answers: no content for 204; JSON ``null`` for an empty success schema; else the schema
  rendered from the item (or body), valid by construction. Request bodies were validated by the
  pipeline before (422).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Dict, Iterable, List, Mapping, Optional, Set, Tuple, Union

from starlette.responses import Response

from . import resources
from .common import creator_info, creator_matches, not_found, paged
from .models import roles
from .registry import Answer, ApiError, Ctx, Handler, answer, no_content
from .render import MISSING, Renderer
from .schema import SchemaValidator
from .spec import Contract, Operation
from .util import FieldKeys, iso, mentions, sort_items, tag_filter_matches, utcnow

__all__ = ["Shape", "generic_handler", "shape_of", "shapes"]

CREATE_VERBS = frozenset({"create", "add", "publish", "register", "invite"})
UPDATE_VERBS = frozenset({"update", "modify", "set", "edit", "rename", "patch", "replace", "upsert"})
SEARCH_VERBS = frozenset({"search", "find"})
# Query parameters that steer paging, sorting or searching rather than filter on a field.
CONTROL_PARAMS = frozenset({"limit", "continuation_token", "sort_by", "query", "query_against"})
_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True)
class Shape:
    """What one operation does, as :func:`shape_of` reads it."""

    operation_id: str
    action: str  # create | list | search | get | update | delete | act
    kind: str
    item_param: Optional[str]  # the path parameter naming the item acted on
    scope: Tuple[str, ...]  # path parameters naming parent items (stored on created items)
    checks: Tuple[Tuple[str, str], ...]  # (path parameter, kind) that must exist
    status: int
    schema: Any  # JSON schema of the success answer (None: no content)
    list_field: Optional[str] = None
    flags: Tuple[str, ...] = field(default=())  # soft-delete flags of the kind's items


def _words(operation_id: str) -> Tuple[str, List[str]]:
    parts = [p for p in re.split(r"[-_]+", operation_id.lower()) if p]
    return (parts[0], parts[1:]) if len(parts) > 1 else ("", parts)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _noun_kind(operation_id: str) -> str:
    _, noun = _words(operation_id)
    if not noun:
        return operation_id
    return "-".join(noun[:-1] + [_singular(noun[-1])])


def _success(op: Operation) -> Tuple[int, Any]:
    codes = sorted(int(c) for c in op.responses if str(c).isdigit() and str(c).startswith("2"))
    status = codes[0] if codes else 200
    content = (op.responses.get(str(status)) or {}).get("content") or {}
    media = content.get("application/json")
    return status, (None if media is None else media.get("schema", {}))


def _list_field(contract: Contract, schema: Any) -> Optional[str]:
    resolved = contract.validator.resolve(schema)
    if not isinstance(resolved, dict):
        return None
    arrays = [
        name
        for name, sub in (resolved.get("properties") or {}).items()
        if isinstance(contract.validator.resolve(sub), dict) and contract.validator.resolve(sub).get("type") == "array"
    ]
    return arrays[0] if len(arrays) == 1 else None


def _param_kind(param: str, prefer: str, kinds: Iterable[str]) -> Optional[str]:
    if not (param.endswith("_id") or param.endswith("_name")):
        return None
    stem = param.rsplit("_", 1)[0].replace("_", "-")
    candidates = sorted(k for k in kinds if k == stem or k.endswith("-" + stem))
    if prefer in candidates:
        return prefer
    if stem in candidates:
        return stem
    return candidates[0] if len(candidates) == 1 else None


def shape_of(op: Operation, contract: Contract, kinds: Set[str]) -> Shape:
    """What ``op`` does (see the module docstring); ``kinds`` are the kinds that exist."""
    verb, _ = _words(op.operation_id)
    noun = _noun_kind(op.operation_id)
    status, schema = _success(op)
    params = _PARAM.findall(op.path)
    ends_with_param = op.path.rstrip("/").endswith("}")
    item_param = params[-1] if params and ends_with_param else None
    item_kind = _param_kind(item_param, noun, kinds) if item_param else None
    required_query = {p.name for p in op.parameters if p.location == "query" and p.required}
    list_field = _list_field(contract, schema) if schema is not None else None
    if verb in CREATE_VERBS or (op.method in ("POST", "PUT") and status == 201):
        action, item_param = "create", None
    elif op.method == "GET":
        if verb in SEARCH_VERBS or "query" in required_query:
            action, item_param = "search", None
        elif list_field is not None:
            action, item_param = "list", None
        else:
            action = "get" if item_kind else "act"
    elif op.method == "DELETE" and item_kind:
        action = "delete"
    elif op.method in ("POST", "PUT", "PATCH") and item_kind and verb in UPDATE_VERBS:
        action = "update"
    else:
        action = "act"
    if action in ("get", "update", "delete") and item_kind:
        kind = item_kind
    else:
        kind, item_param = noun, (item_param if action == "act" and item_kind else None)
    checks = tuple(
        (p, k) for p in params for k in [_param_kind(p, kind if p == item_param else "", kinds)] if k is not None
    )
    scope = tuple(p for p in params if p != item_param)
    return Shape(op.operation_id, action, kind, item_param, scope, checks, status, schema, list_field)


def shapes(contract: Contract, handled: Iterable[str]) -> Dict[str, Shape]:
    """The shape of every operation of ``contract`` not in ``handled``."""
    kinds: Set[str] = set(resources.SHARED_KINDS) | set(resources.OBJECT_KINDS)
    for op in contract.operations.values():
        verb, _ = _words(op.operation_id)
        status, _ = _success(op)
        if verb in CREATE_VERBS or (op.method in ("POST", "PUT") and status == 201):
            kinds.add(_noun_kind(op.operation_id))
    skip = set(handled)
    found = {op.operation_id: shape_of(op, contract, kinds) for op in contract.operations.values()}
    flags: Dict[str, Tuple[str, ...]] = {}
    for shape in found.values():
        if shape.action in ("list", "search") and shape.list_field:
            flags.setdefault(shape.kind, _flags(contract.validator, shape))
    return {
        name: Shape(**{**shape.__dict__, "flags": flags.get(shape.kind, ())})
        for name, shape in found.items()
        if name not in skip
    }


def _flags(validator: SchemaValidator, shape: Shape) -> Tuple[str, ...]:
    item = _item_schema(validator, shape)
    properties = item.get("properties", {}) if isinstance(item, dict) else {}
    return tuple(flag for flag in resources.SOFT_DELETE_FLAGS if flag in properties)


def _item_schema(validator: SchemaValidator, shape: Shape) -> Any:
    resolved = validator.resolve(shape.schema)
    if not isinstance(resolved, dict) or shape.list_field is None:
        return {}
    array = validator.resolve((resolved.get("properties") or {}).get(shape.list_field))
    return validator.resolve(array.get("items", {})) if isinstance(array, dict) else {}


# -- the handler ---------------------------------------------------------------------------------


def generic_handler(shape: Shape, contract: Contract) -> Handler:
    """The handler of one spec-driven operation."""
    renderer = Renderer(contract.validator)
    clearable = contract.operations[shape.operation_id].clearable_fields()

    async def handle(ctx: Ctx) -> Union[Response, Answer]:
        with ctx.rt.store.lock:
            parents = _check_parents(ctx, shape)
            _check_roles(ctx, shape)
            item: Any = None
            if shape.item_param is not None:
                item = parents.get(shape.item_param)
            scope = {p: ctx.params.get(p) for p in shape.scope}
            if shape.action == "create":
                return _create(ctx, shape, renderer, scope)
            if shape.action in ("list", "search"):
                return _list(ctx, shape, renderer, scope)
            if shape.action == "update" and item is not None:
                _writable(item)
                resources.update(item, _changes(ctx.body), creator_info(ctx), clearable)
            elif shape.action == "delete" and item is not None:
                _writable(item)
                resources.delete(ctx.org, shape.kind, item)
            source = _as_dict(item if item is not None else _last(parents))
            return _answer(shape, renderer, {**source, **_changes(ctx.body)} if shape.action == "act" else source)

    return handle


def _check_parents(ctx: Ctx, shape: Shape) -> Dict[str, Any]:
    """The items the path names, by parameter; 404 for one that does not exist."""
    found: Dict[str, Any] = {}
    for param, kind in shape.checks:
        value = ctx.params.get(param)
        item = resources.find(ctx.org, kind, param, value)
        if item is None or not resources.is_live(item) and shape.action != "get":
            if "404" in ctx.op.responses:
                raise not_found(f"{kind.replace('-', ' ')} {value}")
            continue
        found[param] = item
    return found


def _check_roles(ctx: Ctx, shape: Shape) -> None:
    """A role an operation's body names must exist in the organization (404 where documented),
    except the name of the role a create-role operation makes."""
    if shape.kind == roles.KIND and shape.action == "create":
        return
    body = ctx.body if isinstance(ctx.body, dict) else {}
    for name, value in body.items():
        if roles.names_a_role(name) and isinstance(value, str) and "404" in ctx.op.responses:
            roles.require(ctx.org, value)


def _writable(item: Any) -> None:
    if not isinstance(item, dict):
        raise ApiError(409, "This resource is managed by the emulator's own rules and cannot be changed here.")


def _last(parents: Mapping[str, Any]) -> Any:
    values = list(parents.values())
    return values[-1] if values else None


def _as_dict(item: Any) -> Dict[str, Any]:
    if isinstance(item, dict):
        return item
    return {"id": item.id} if hasattr(item, "id") else {}


def _changes(body: Any) -> Dict[str, Any]:
    return dict(body) if isinstance(body, dict) else {}


def _answer(shape: Shape, renderer: Renderer, source: Optional[Mapping[str, Any]]) -> Union[Response, Answer]:
    if shape.status == 204:
        return no_content()
    if shape.schema is None:  # no JSON body: nothing, or bytes the contract names (respond.render_answer)
        return answer(None, shape.status)
    if renderer.validator.is_valid(shape.schema, None) and not _has_properties(renderer, shape.schema):
        return answer(None, shape.status)
    return answer(dict(source or {}), shape.status, kind=shape.kind)


def _has_properties(renderer: Renderer, schema: Any) -> bool:
    resolved = renderer.validator.resolve(schema)
    return isinstance(resolved, dict) and bool(resolved.get("properties"))


def _create(ctx: Ctx, shape: Shape, renderer: Renderer, scope: Dict[str, Any]) -> Union[Response, Answer]:
    body = _changes(ctx.body)
    fields = dict(body)
    resolved = renderer.validator.resolve(shape.schema)
    properties: Mapping[str, Any] = resolved.get("properties", {}) if isinstance(resolved, dict) else {}
    existing = resources.items(ctx.org, shape.kind, scope)
    for name, sub in properties.items():
        if name.endswith(("version", "version_number")) and "version" not in fields:
            numeric = _type_of(renderer, sub) == "integer"
            bump = body.get("bump_type") if isinstance(body.get("bump_type"), str) else None
            fields["version"] = resources.next_version((i.get("version") for i in existing), numeric, bump)
        if name == "expires_at" and isinstance(body.get("duration"), str):
            fields["expires_at"] = iso(utcnow() + _duration(body["duration"]))
    try:
        item = resources.create(ctx.org, shape.kind, fields, scope, creator_info(ctx), shape.flags)
    except resources.Conflict as exc:
        if "409" in ctx.op.responses:
            raise ApiError(409, str(exc)) from None
        item = resources.create(ctx.org, shape.kind, {**fields, "name": None}, scope, creator_info(ctx), shape.flags)
        item["name"] = fields.get("name")
    if shape.schema is None or shape.status == 204:
        return _answer(shape, renderer, item)
    rendered = renderer.render(shape.schema, item, kind=shape.kind)
    if isinstance(rendered, dict):
        # Generated secrets (an API key...) are kept, so later reads and sign-ins agree.
        for name, value in rendered.items():
            if _secret_like(name):
                item.setdefault(name, value)
    return answer(rendered, shape.status, kind=shape.kind)


def _secret_like(name: str) -> bool:
    return any(word in name for word in ("key", "secret", "token", "password")) and not name.endswith("_id")


def _type_of(renderer: Renderer, schema: Any) -> Optional[str]:
    resolved = renderer.validator.resolve(schema)
    if not isinstance(resolved, dict):
        return None
    for key in ("anyOf", "oneOf"):
        for branch in resolved.get(key) or []:
            kind = _type_of(renderer, branch)
            if kind not in (None, "null"):
                return kind
    kind = resolved.get("type")
    return kind if isinstance(kind, str) else None


def _list(ctx: Ctx, shape: Shape, renderer: Renderer, scope: Dict[str, Any]) -> Answer:
    found = [i for i in resources.items(ctx.org, shape.kind, scope) if _matches(ctx, i)]
    if shape.action == "search":
        query = str(ctx.params.get("query") or "").lower()
        found = [i for i in found if mentions(i, query)]
    found = sort_items(found, ctx.params.get("sort_by") or [], FieldKeys())
    resolved = renderer.validator.resolve(shape.schema)
    properties: Mapping[str, Any] = resolved.get("properties", {}) if isinstance(resolved, dict) else {}
    body: Dict[str, Any] = {}
    chunk = found
    if "has_more" in properties or "continuation_token" in properties:
        chunk, paging = paged(found, ctx, _default_limit(ctx.op))
        body.update(paging)
    body[shape.list_field or "items"] = chunk
    return answer(body, shape.status, kind=shape.kind)


def _default_limit(op: Operation) -> int:
    for param in op.parameters:
        if param.name == "limit" and isinstance(param.schema, dict):
            schema = op.validator.resolve(param.schema)
            for key in ("default", "maximum"):
                if isinstance(schema, dict) and isinstance(schema.get(key), int):
                    return int(schema[key])
    return 50


def _matches(ctx: Ctx, item: Mapping[str, Any]) -> bool:
    for param in ctx.op.parameters:
        if param.location != "query" or param.name in CONTROL_PARAMS:
            continue
        wanted = ctx.params.get(param.name)
        if wanted is None or wanted == []:
            continue
        if param.name == "creator":
            if not creator_matches(item.get("creator") or {}, wanted):
                return False
            continue
        if param.name in ("tag", "tags"):
            tags = item.get("tags")
            mapping = tags if isinstance(tags, dict) else {t["key"]: t.get("value") for t in tags or []}
            if not tag_filter_matches(mapping, wanted if isinstance(wanted, list) else [wanted]):
                return False
            continue
        suffixed = [k for k in item if isinstance(k, str) and k.endswith("_" + param.name)]
        names = (param.name, param.name + "s", _singular(param.name)) + tuple(
            suffixed[:1] if len(suffixed) == 1 else ()
        )
        name = next((n for n in names if n in item), None)
        value = item.get(name) if name else (False if isinstance(wanted, bool) else MISSING)
        if value is MISSING:
            continue
        if isinstance(wanted, list):
            values = value if isinstance(value, list) else [value]
            if not any(v in wanted for v in values):
                return False
        elif value != wanted:
            return False
    return True


_DURATION = re.compile(r"^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def _duration(text: str) -> timedelta:
    """An ISO 8601 duration (``P30D``, ``PT1H30M``...); anything else counts as zero."""
    found = _DURATION.match(text.strip().upper())
    if not found:
        return timedelta(0)
    weeks, days, hours, minutes, seconds = (float(g) if g else 0.0 for g in found.groups())
    try:
        return timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    except OverflowError:
        return timedelta(0)
