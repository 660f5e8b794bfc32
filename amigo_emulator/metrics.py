"""Metric operations: create, list, search, evaluate (deterministic values) and stored results.

Contract notes: a second live metric with the same name -> 409; evaluating an unknown conversation
or metric -> 404, a conversation without messages -> 400. Each evaluation is stored as a
``manual`` result; post-processing adds ``post-session`` results for metrics applied to the
conversation's service. Values come from :func:`~amigo_emulator.postprocess.metric_value`.
"""

from __future__ import annotations

from typing import Any, Dict, List

from starlette.responses import Response

from .common import creator_info, creator_matches, first_page, lookup, not_found, paged, unique_user_infos
from .postprocess import metric_value
from .registry import ApiError, Ctx, json_response, operation
from .util import iso, new_id, parse_datetime, sort_items, tag_filter_matches, tags_to_list, utcnow

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
    body = ctx.body
    now = iso(utcnow())
    with ctx.rt.store.lock:
        if any(m["name"] == body["name"] and not m["is_deleted"] for m in ctx.org.metrics.values()):
            raise ApiError(409, "A metric with this name already exists.")
        metric_id = new_id()
        value = dict(body["metric_value"])
        ctx.org.metrics[metric_id] = {
            "id": metric_id,
            "org_id": ctx.org_id,
            "created_at": now,
            "updated_at": now,
            "name": body["name"],
            "description": body["description"],
            "applied_to_services": list(body["applied_to_services"]),
            "additional_notes": body["additional_notes"],
            "tags": dict(body["tags"]),
            "creator": creator_info(ctx),
            "updated_by": creator_info(ctx),
            "metric_value": value,
            "is_deleted": False,
        }
    return json_response({"id": metric_id}, 201)


def _filtered(ctx: Ctx, deleted: bool) -> List[Dict[str, Any]]:
    p = ctx.params
    return [
        m
        for m in ctx.org.metrics.values()
        if m["is_deleted"] == deleted
        and (not p.get("id") or m["id"] in p["id"])
        and (not p.get("applied_to_service") or set(p["applied_to_service"]) & set(m["applied_to_services"]))
        and (not p.get("type") or m["metric_value"]["type"] in p["type"])
        and creator_matches(m["creator"], p.get("creator") or [])
        and tag_filter_matches(m["tags"], p.get("tag") or [])
    ]


@operation("get-metrics")
async def get_metrics(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        items = sort_items(
            _filtered(ctx, bool(ctx.params.get("is_deleted"))),
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
        return json_response(
            {"metrics": [_instance(m, "id") for m in chunk], **paging, "filter_values": filter_values}
        )


@operation("search-metrics")
async def search_metrics(ctx: Ctx) -> Response:
    query = ctx.params["query"].lower()
    with ctx.rt.store.lock:
        found = [
            _instance(m, "_id")
            for m in _filtered(ctx, False)
            if query in m["name"].lower() or query in m["description"].lower()
        ]
    return json_response({"metrics": found})


@operation("evaluate-metrics")
async def evaluate_metrics(ctx: Ctx) -> Response:
    body = ctx.body
    now = iso(utcnow())
    with ctx.rt.store.lock:
        conversation = lookup(ctx.org.conversations, body["conversation_id"], "conversation")
        metrics = []
        for metric_id in body["metric_ids"]:
            metric = ctx.org.metrics.get(metric_id)
            if metric is None or metric["is_deleted"]:
                raise not_found(f"metric {metric_id}")
            metrics.append(metric)
        upto = len(conversation.messages)
        until = body.get("evaluate_to_interaction_id")
        if until is not None:
            indexes = [i for i, m in enumerate(conversation.messages) if m.interaction_id == until]
            if not indexes:
                raise not_found("interaction in this conversation")
            upto = indexes[-1] + 1
        if upto == 0:
            raise ApiError(400, "The conversation has nothing to evaluate yet.")
        results = []
        for metric in metrics:
            value, justification, references = metric_value(metric, conversation, upto)
            results.append(
                {
                    "metric_id": metric["id"],
                    "name": metric["name"],
                    "value": value,
                    "references": references,
                    "justification": justification,
                }
            )
            ctx.org.metric_results.append(
                {
                    "id": new_id(),
                    "org_id": ctx.org_id,
                    "created_at": now,
                    "updated_at": now,
                    "metric_id": metric["id"],
                    "result": value,
                    "justification": justification,
                    "source": {
                        "type": "manual",
                        "conversation_id": conversation.id,
                        "evaluate_to_interaction_id": until,
                        "invoked_by": creator_info(ctx),
                        "references": references,
                    },
                }
            )
    return json_response({"metrics": results})


@operation("get-metric-evaluation-results")
async def get_metric_evaluation_results(ctx: Ctx) -> Response:
    p = ctx.params
    after = parse_datetime(p["timestamp_after"]) if p.get("timestamp_after") else None
    before = parse_datetime(p["timestamp_before"]) if p.get("timestamp_before") else None
    with ctx.rt.store.lock:
        items = []
        for r in ctx.org.metric_results:
            source = r["source"]
            created = parse_datetime(r["created_at"])
            if (after and created < after) or (before and created > before):
                continue
            if p.get("metric_id") and r["metric_id"] not in p["metric_id"]:
                continue
            if p.get("source_type") and source["type"] not in p["source_type"]:
                continue
            if p.get("conversation_id") and source.get("conversation_id") not in p["conversation_id"]:
                continue
            run_ids = p.get("simulation_unit_test_set_run_id")
            if run_ids and source.get("simulation_unit_test_set_run_id") not in run_ids:
                continue
            items.append(r)
        items = sort_items(items, p.get("sort_by") or [], {"created_at": lambda r: r["created_at"]})
        chunk, paging = paged(items, ctx, 500)
        filter_values = {"metric_ids": sorted({r["metric_id"] for r in items})} if first_page(ctx) else None
        return json_response({"metric_evaluation_results": chunk, **paging, "filter_values": filter_values})
