"""Dynamic behavior set operations (parsing; state and rules in
:mod:`amigo_emulator.models.behaviors`, answers rendered through the contract): create, list,
search, versions and invocations. Computed here: the first page's ``filter_values``.

Contract notes: version filters accept ``N``, ``latest``, ``A-B`` and ``A-latest``; anything else
is a 422; an unknown set -> 404.
"""

from __future__ import annotations

from typing import Optional, Tuple

from .common import creator_info, unique_user_infos, unprocessable
from .models import behaviors as backend
from .models.behaviors import record_invocation, triggered_behavior
from .registry import Answer, Ctx, answer, operation
from .respond import listing
from .util import FieldKeys, sort_items

__all__ = ["record_invocation", "triggered_behavior"]


@operation("create-dynamic-behavior-set")
async def create_dynamic_behavior_set(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        behavior = backend.create(ctx.org, ctx.body or {}, creator_info(ctx))
    return answer(behavior, 201, kind="dynamic-behavior-set")


@operation("get-dynamic-behavior-sets")
async def get_dynamic_behavior_sets(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        items = sort_items(backend.select(ctx.org, ctx.params), ctx.params.get("sort_by") or [], FieldKeys())
        filter_values = {
            "applied_to_services_ids": sorted({sid for s in items for sid in s.get("applied_to_services") or []}),
            "creators": unique_user_infos([s["creator"] for s in items]),
            "tags": sorted({k for s in items for k in s.get("tags") or {}}),
        }
        return answer(listing(ctx, items, 50, filter_values), kind="dynamic-behavior-set")


@operation("search-dynamic-behavior-sets")
async def search_dynamic_behavior_sets(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        found = backend.search(ctx.org, str(ctx.params.get("query") or ""), ctx.params)
    return answer(listing(ctx, found, 0, paging=False), kind="dynamic-behavior-set")


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
async def create_dynamic_behavior_set_version(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        number = backend.add_version(ctx.org, ctx.path("dynamic_behavior_set_id"), ctx.body or {}, creator_info(ctx))
    return answer({"version": number}, 201)


@operation("get-dynamic-behavior-set-versions")
async def get_dynamic_behavior_set_versions(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        versions = backend.versions(ctx.org, ctx.path("dynamic_behavior_set_id"))
        low, high = _version_range(ctx.params.get("version"), versions[-1]["version"])
        selected = [v for v in versions if low <= v["version"] <= high]
        selected = sort_items(selected, ctx.params.get("sort_by") or [], FieldKeys())
        return answer(listing(ctx, selected, 10), kind="dynamic-behavior-set-version")


@operation("get-dynamic-behavior-invocations")
async def get_dynamic_behavior_invocations(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        items = backend.invocations(ctx.org, ctx.path("dynamic_behavior_set_id"))
    return answer(listing(ctx, sort_items(items, ctx.params.get("sort_by") or [], FieldKeys()), 30))
