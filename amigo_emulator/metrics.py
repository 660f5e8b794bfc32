"""Metric operations (parsing; state and rules in :mod:`amigo_emulator.models.metrics`, answers
rendered through the contract): create, list, search, evaluate (deterministic values) and stored
results.

Contract notes: a second live metric with the same name -> 409; evaluating an unknown conversation
or metric -> 404, a conversation without messages -> 400. Each evaluation is stored as a
``manual`` result; post-processing adds ``post-session`` results for metrics applied to the
conversation's service and unit test set runs add ``simulation`` results. Values come from
:func:`~amigo_emulator.evaluation.metric_value`.

Computed here: the first page's ``filter_values`` (services, creators, tag keys and value kinds
of the metrics listed, the metric ids of the results listed).
"""

from __future__ import annotations

from typing import Any, Dict, List

from .common import creator_info, unique_user_infos
from .models import metrics as backend
from .registry import Answer, Ctx, answer, operation
from .respond import listing
from .util import FieldKeys, parse_datetime, sort_items

__all__: List[str] = []


@operation("create-metric")
async def create_metric(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        metric = backend.create(ctx.org, ctx.body or {}, creator_info(ctx))
    return answer(metric, 201, kind="metric")


@operation("get-metrics")
async def get_metrics(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        items = sort_items(
            backend.select(ctx.org, bool(ctx.params.get("is_deleted")), ctx.params),
            ctx.params.get("sort_by") or [],
            FieldKeys(),
        )
        filter_values: Dict[str, Any] = {
            "applied_to_services_ids": sorted({s for m in items for s in backend.applied_services(m)}),
            "creators": unique_user_infos([m["creator"] for m in items]),
            "tags": sorted({k for m in items for k in (m.get("tags") or {})}),
            "types": sorted({k for k in (backend.value_kind(m, ctx.org) for m in items) if k is not None}),
        }
        return answer(listing(ctx, items, 50, filter_values), kind="metric")


@operation("search-metrics")
async def search_metrics(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        found = backend.search(ctx.org, str(ctx.params.get("query") or ""), ctx.params)
    return answer(listing(ctx, found, 0, paging=False), kind="metric")


@operation("evaluate-metrics")
async def evaluate_metrics(ctx: Ctx) -> Answer:
    body = ctx.body or {}
    with ctx.rt.store.lock:
        results = backend.evaluate(
            ctx.org,
            str(body.get("conversation_id", "")),
            [str(m) for m in body.get("metric_ids") or []],
            body.get("evaluate_to_interaction_id"),
            creator_info(ctx),
        )
    return answer(listing(ctx, results, 0, paging=False))


@operation("get-metric-evaluation-results")
async def get_metric_evaluation_results(ctx: Ctx) -> Answer:
    p = ctx.params
    after = parse_datetime(p["timestamp_after"]) if p.get("timestamp_after") else None
    before = parse_datetime(p["timestamp_before"]) if p.get("timestamp_before") else None
    with ctx.rt.store.lock:
        items = sort_items(backend.results(ctx.org, after, before, p), p.get("sort_by") or [], FieldKeys())
        filter_values = {"metric_ids": sorted({r["metric_id"] for r in items})}
        return answer(listing(ctx, items, 500, filter_values))
