"""Dynamic behavior set operations (parsing and rendering; state and rules in
:mod:`amigo_emulator.models.behaviors`): create, list, search, versions and invocations.

Contract notes: version filters accept ``N``, ``latest``, ``A-B`` and ``A-latest``; anything else
is a 422; an unknown set -> 404.
"""

from __future__ import annotations

import operator
from typing import Any, Dict, Optional, Tuple

from starlette.responses import Response

from .common import creator_info, first_page, paged, unique_user_infos, unprocessable
from .models import behaviors as backend
from .models.behaviors import record_invocation, triggered_behavior
from .registry import Ctx, json_response, operation
from .util import sort_items

__all__ = ["record_invocation", "triggered_behavior"]

_FIELDS = (
    "id",
    "name",
    "is_active",
    "applied_to_services",
    "tags",
    "created_at",
    "creator",
    "updated_at",
    "updated_by",
)
_SORT_KEYS = {name: operator.itemgetter(name) for name in ("name", "created_at", "updated_at", "is_active")}


def _instance(s: Dict[str, Any]) -> Dict[str, Any]:
    return {k: s[k] for k in _FIELDS}


@operation("create-dynamic-behavior-set")
async def create_dynamic_behavior_set(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        behavior = backend.create(ctx.org, ctx.body, creator_info(ctx))
    return json_response({"dynamic_behavior_set_id": behavior["id"]}, 201)


@operation("get-dynamic-behavior-sets")
async def get_dynamic_behavior_sets(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        items = sort_items(backend.select(ctx.org, ctx.params), ctx.params.get("sort_by") or [], _SORT_KEYS)
        chunk, paging = paged(items, ctx, 50)
        filter_values = None
        if first_page(ctx):
            filter_values = {
                "applied_to_services_ids": sorted({sid for s in items for sid in s["applied_to_services"]}),
                "creators": unique_user_infos([s["creator"] for s in items]),
                "tags": sorted({k for s in items for k in s["tags"]}),
            }
        sets = [_instance(s) for s in chunk]
        return json_response({"dynamic_behavior_sets": sets, **paging, "filter_values": filter_values})


@operation("search-dynamic-behavior-sets")
async def search_dynamic_behavior_sets(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        found = [_instance(s) for s in backend.search(ctx.org, ctx.params["query"], ctx.params)]
    return json_response({"dynamic_behavior_sets": found})


def _version_range(spec: Optional[str], latest: int) -> Tuple[int, int]:
    if spec is None or spec == "":
        return 1, latest
    text = spec.strip()
    try:
        if text == "latest":
            return latest, latest
        if "-" in text:
            low, _, high = text.partition("-")
            return int(low), latest if high == "latest" else int(high)
        number = int(text)
        return number, number
    except ValueError:
        raise unprocessable(("query", "version"), "version must be N, latest, A-B or A-latest") from None


@operation("create-dynamic-behavior-set-version")
async def create_dynamic_behavior_set_version(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        number = backend.add_version(ctx.org, ctx.params["dynamic_behavior_set_id"], ctx.body, creator_info(ctx))
    return json_response({"new_version_number": number}, 201)


@operation("get-dynamic-behavior-set-versions")
async def get_dynamic_behavior_set_versions(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        versions = backend.versions(ctx.org, ctx.params["dynamic_behavior_set_id"])
        low, high = _version_range(ctx.params.get("version"), versions[-1]["version"])
        selected = [v for v in versions if low <= v["version"] <= high]
        selected = sort_items(selected, ctx.params.get("sort_by") or [], {"version": lambda v: v["version"]})
        chunk, paging = paged(selected, ctx, 10)
        return json_response({"dynamic_behavior_set_versions": chunk, **paging})


@operation("get-dynamic-behavior-invocations")
async def get_dynamic_behavior_invocations(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        items = backend.invocations(ctx.org, ctx.params["dynamic_behavior_set_id"])
    keys = {"invoked_at": lambda i: i["invoked_at"]}
    chunk, paging = paged(sort_items(items, ctx.params.get("sort_by") or [], keys), ctx, 30)
    return json_response({"dynamic_behavior_invocations": chunk, **paging})
