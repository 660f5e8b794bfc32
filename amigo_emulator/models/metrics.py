"""Metrics and their evaluation results: state and rules (the handlers are
:mod:`amigo_emulator.metrics`).

Rules: a second live metric with the same name -> :class:`Conflict`; evaluating an unknown
conversation, metric or interaction -> :class:`NotFound`, a conversation without messages ->
:class:`Refused`. Every evaluation is stored as a ``manual`` result; values come from
:func:`~amigo_emulator.postprocess.metric_value`. Spec-driven update and delete (``is_deleted``)
act on the same items (:mod:`amigo_emulator.resources`). The caller holds the store lock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Mapping, Optional, Sequence

from ..common import creator_matches
from ..errors import Conflict, NotFound, Refused
from ..postprocess import metric_value
from ..store import Org
from ..util import iso, new_id, parse_datetime, tag_filter_matches, utcnow

__all__ = ["create", "evaluate", "results", "search", "select"]


def create(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    if any(m["name"] == fields["name"] and not m["is_deleted"] for m in org.metrics.values()):
        raise Conflict("A metric with this name already exists.")
    now = iso(utcnow())
    metric = {
        "id": new_id(),
        "org_id": org.id,
        "created_at": now,
        "updated_at": now,
        "name": fields["name"],
        "description": fields["description"],
        "applied_to_services": list(fields["applied_to_services"]),
        "additional_notes": fields["additional_notes"],
        "tags": dict(fields["tags"]),
        "creator": dict(creator),
        "updated_by": dict(creator),
        "metric_value": dict(fields["metric_value"]),
        "is_deleted": False,
    }
    org.metrics[metric["id"]] = metric
    return metric


def select(org: Org, deleted: bool, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """Metrics (live or deleted) matching the list filters given (``id``, ``applied_to_service``,
    ``type``, ``creator``, ``tag``)."""
    f = filters
    return [
        m
        for m in org.metrics.values()
        if m["is_deleted"] == deleted
        and (not f.get("id") or m["id"] in f["id"])
        and (not f.get("applied_to_service") or set(f["applied_to_service"]) & set(m["applied_to_services"]))
        and (not f.get("type") or m["metric_value"]["type"] in f["type"])
        and creator_matches(m["creator"], f.get("creator") or [])
        and tag_filter_matches(m["tags"], f.get("tag") or [])
    ]


def search(org: Org, query: str, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    text = query.lower()
    return [m for m in select(org, False, filters) if text in m["name"].lower() or text in m["description"].lower()]


def evaluate(
    org: Org, conversation_id: str, metric_ids: Sequence[str], until: Optional[str], invoker: Mapping[str, str]
) -> List[Dict[str, Any]]:
    """Evaluate the metrics on the conversation (up to interaction ``until``); results are stored."""
    conversation = org.conversations.get(conversation_id)
    if conversation is None:
        raise NotFound("conversation")
    metrics = []
    for metric_id in metric_ids:
        metric = org.metrics.get(metric_id)
        if metric is None or metric["is_deleted"]:
            raise NotFound(f"metric {metric_id}")
        metrics.append(metric)
    upto = len(conversation.messages)
    if until is not None:
        indexes = [i for i, m in enumerate(conversation.messages) if m.interaction_id == until]
        if not indexes:
            raise NotFound("interaction in this conversation")
        upto = indexes[-1] + 1
    if upto == 0:
        raise Refused("The conversation has nothing to evaluate yet.")
    now = iso(utcnow())
    evaluated = []
    for metric in metrics:
        value, justification, references = metric_value(metric, conversation, upto)
        evaluated.append(
            {
                "metric_id": metric["id"],
                "name": metric["name"],
                "value": value,
                "references": references,
                "justification": justification,
            }
        )
        org.metric_results.append(
            {
                "id": new_id(),
                "org_id": org.id,
                "created_at": now,
                "updated_at": now,
                "metric_id": metric["id"],
                "result": value,
                "justification": justification,
                "source": {
                    "type": "manual",
                    "conversation_id": conversation.id,
                    "evaluate_to_interaction_id": until,
                    "invoked_by": dict(invoker),
                    "references": references,
                },
            }
        )
    return evaluated


def results(
    org: Org, after: Optional[datetime], before: Optional[datetime], filters: Mapping[str, Any]
) -> List[Dict[str, Any]]:
    """Stored evaluation results in the time window matching the filters given."""
    f = filters
    found = []
    for r in org.metric_results:
        source = r["source"]
        created = parse_datetime(r["created_at"])
        if (after and created < after) or (before and created > before):
            continue
        if f.get("metric_id") and r["metric_id"] not in f["metric_id"]:
            continue
        if f.get("source_type") and source["type"] not in f["source_type"]:
            continue
        if f.get("conversation_id") and source.get("conversation_id") not in f["conversation_id"]:
            continue
        runs = f.get("simulation_unit_test_set_run_id")
        if runs and source.get("simulation_unit_test_set_run_id") not in runs:
            continue
        found.append(r)
    return found
