"""Metric operations (parsing and rendering; state and rules in :mod:`amigo_emulator.models.metrics`):
create, list, search, evaluate (deterministic values) and stored results.

Contract notes: a second live metric with the same name -> 409; evaluating an unknown conversation
or metric -> 404, a conversation without messages -> 400. Each evaluation is stored as a
``manual`` result; post-processing adds ``post-session`` results for metrics applied to the
conversation's service. Values come from :func:`~amigo_emulator.postprocess.metric_value`.
"""

from __future__ import annotations

from typing import Any, Dict, List

from starlette.responses import Response

from .common import creator_info, first_page, paged, unique_user_infos
from .models import metrics as backend
from .registry import Ctx, json_response, operation
from .util import parse_datetime, sort_items, tags_to_list

__all__: List[str] = []

_FIELDS = (
    "org_id",
    "created_at",
    "updated_at",
    "name",
    "description",
    "applied_to_services",
    "additional_notes",
    "creator",
    "updated_by",
    "metric_value",
    "is_deleted",
)


def _instance(m: Dict[str, Any], id_key: str) -> Dict[str, Any]:
    out = {id_key: m["id"], **{k: m[k] for k in _FIELDS}}
    out["tags"] = tags_to_list(m["tags"])
    return out


@operation("create-metric")
async def create_metric(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        metric = backend.create(ctx.org, ctx.body, creator_info(ctx))
    return json_response({"id": metric["id"]}, 201)


@operation("get-metrics")
async def get_metrics(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        items = sort_items(
            backend.select(ctx.org, bool(ctx.params.get("is_deleted")), ctx.params),
            ctx.params.get("sort_by") or [],
            {"updated_at": lambda m: m["updated_at"]},
        )
        chunk, paging = paged(items, ctx, 50)
        filter_values = None
        if first_page(ctx):
            filter_values = {
                "applied_to_services_ids": sorted({s for m in items for s in m["applied_to_services"]}),
                "creators": unique_user_infos([m["creator"] for m in items]),
                "tags": sorted({k for m in items for k in m["tags"]}),
                "types": sorted({m["metric_value"]["type"] for m in items}),
            }
        metrics = [_instance(m, "id") for m in chunk]
        return json_response({"metrics": metrics, **paging, "filter_values": filter_values})


@operation("search-metrics")
async def search_metrics(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        found = [_instance(m, "_id") for m in backend.search(ctx.org, ctx.params["query"], ctx.params)]
    return json_response({"metrics": found})


@operation("evaluate-metrics")
async def evaluate_metrics(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        results = backend.evaluate(
            ctx.org,
            body["conversation_id"],
            body["metric_ids"],
            body.get("evaluate_to_interaction_id"),
            creator_info(ctx),
        )
    return json_response({"metrics": results})


@operation("get-metric-evaluation-results")
async def get_metric_evaluation_results(ctx: Ctx) -> Response:
    p = ctx.params
    after = parse_datetime(p["timestamp_after"]) if p.get("timestamp_after") else None
    before = parse_datetime(p["timestamp_before"]) if p.get("timestamp_before") else None
    with ctx.rt.store.lock:
        items = sort_items(
            backend.results(ctx.org, after, before, p),
            p.get("sort_by") or [],
            {"created_at": lambda r: r["created_at"]},
        )
        chunk, paging = paged(items, ctx, 500)
        filter_values = {"metric_ids": sorted({r["metric_id"] for r in items})} if first_page(ctx) else None
        return json_response({"metric_evaluation_results": chunk, **paging, "filter_values": filter_values})
