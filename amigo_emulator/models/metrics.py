"""Metrics and their evaluation results: state and rules (the handlers are
:mod:`amigo_emulator.metrics`).

A metric is stored as the create request gave it, plus the server's fields (``id``, ``org_id``,
timestamps, ``creator``/``updated_by``, ``is_deleted``), and answered through the contract, so a
field the contract adds to, moves within or renames in the request is kept and answered with no
code. Rules, with what they read:

* a second live metric with the same ``name`` -> :class:`Conflict`;
* the list filters ``id``, ``applied_to_service``, ``type`` (the value kind), ``creator``, ``tag``;
  search looks for the query in any text of the metric (name, description, wherever the contract
  puts them);
* evaluating an unknown conversation, metric or interaction -> :class:`NotFound`, a conversation
  without messages -> :class:`Refused`; every evaluation is stored as a ``manual`` result, with
  the value of :func:`~amigo_emulator.evaluation.metric_value` (deterministic, from the
  conversation's content and the metric's value definition);
* the services a metric applies to (:func:`applied_services`) get its ``post-session``
  evaluations (:mod:`amigo_emulator.postprocess`).

Two things a rule needs are read through one place each, so a contract that moves them is
followed and one that drops them degrades in a stated way:

* :func:`value_definition` -> the metric's value definition: the first mapping, searching the
  stored metric breadth-first (the top level, then nested objects such as
  ``initial_version_metric_value``), whose ``type`` is ``boolean``, ``numerical`` or
  ``categorical``; the newest version's when the metric has versions. **When none is found**
  (the contract no longer sends one) the metric's kind is unknown: its evaluations are ``null``
  with a justification saying why, a success criterion on it never passes, and the ``type``
  filter does not match it.
* :func:`applied_services` -> ``applied_to_services``; **when the contract drops it** a metric
  applies to no service (no post-session evaluations; the filter matches nothing).

Spec-driven update and delete (``is_deleted``) act on the same items
(:mod:`amigo_emulator.resources`). The caller holds the store lock.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime
from typing import Any, Deque, Dict, List, Mapping, Optional, Sequence

from .. import resources
from ..errors import Conflict, NotFound, Refused
from ..evaluation import metric_value
from ..store import Org
from ..util import creator_matches, iso, mentions, new_id, parse_datetime, tag_filter_matches, utcnow

__all__ = [
    "VALUE_KINDS",
    "applied_services",
    "create",
    "evaluate",
    "results",
    "search",
    "select",
    "value_definition",
    "value_kind",
]

#: The kinds of metric value the contract knows (its metric value union, by ``type``).
VALUE_KINDS = ("boolean", "numerical", "categorical")
_SERVER_FIELDS = ("id", "org_id", "created_at", "updated_at", "creator", "updated_by", "is_deleted")


def value_definition(metric: Mapping[str, Any], org: Optional[Org] = None) -> Optional[Mapping[str, Any]]:
    """The metric's value definition (see the module docstring), or ``None``; with ``org``, the
    newest of the metric's versions (items of kind ``metric-version`` naming it) comes first."""
    if org is not None:
        versions = [v for v in resources.collection(org, "metric-version").values() if metric["id"] in v.values()]
        for version in reversed(versions):
            found = value_definition(version)
            if found is not None:
                return found
    queue: Deque[Mapping[str, Any]] = deque([metric])
    while queue:
        node = queue.popleft()
        if node.get("type") in VALUE_KINDS:
            return node
        queue.extend(v for k, v in node.items() if isinstance(v, Mapping) and not str(k).startswith("_"))
    return None


def value_kind(metric: Mapping[str, Any], org: Optional[Org] = None) -> Optional[str]:
    """``boolean``, ``numerical``, ``categorical``, or ``None`` when the kind is unknown."""
    definition = value_definition(metric, org)
    return None if definition is None else str(definition["type"])


def applied_services(metric: Mapping[str, Any]) -> List[str]:
    """The services the metric applies to (none when the contract no longer says)."""
    found = metric.get("applied_to_services")
    return [s for s in found if isinstance(s, str)] if isinstance(found, list) else []


def create(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    name = fields.get("name")
    if name is not None and any(m.get("name") == name and not m["is_deleted"] for m in org.metrics.values()):
        raise Conflict("A metric with this name already exists.")
    now = iso(utcnow())
    metric: Dict[str, Any] = {k: v for k, v in fields.items() if k not in _SERVER_FIELDS}
    metric.update(
        {
            "id": new_id(),
            "org_id": org.id,
            "created_at": now,
            "updated_at": now,
            "creator": dict(creator),
            "updated_by": dict(creator),
            "is_deleted": False,
        }
    )
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
        and (not f.get("applied_to_service") or set(f["applied_to_service"]) & set(applied_services(m)))
        and (not f.get("type") or value_kind(m, org) in f["type"])
        and creator_matches(m["creator"], f.get("creator") or [])
        and tag_filter_matches(_tags(m), f.get("tag") or [])
    ]


def _tags(metric: Mapping[str, Any]) -> Mapping[str, Any]:
    tags = metric.get("tags")
    return tags if isinstance(tags, Mapping) else {}


def search(org: Org, query: str, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    text = query.lower()
    return [m for m in select(org, False, filters) if mentions(m, text)]


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
        definition = value_definition(metric, org)
        value, justification, references = metric_value(definition, conversation.messages[:upto])
        evaluated.append(
            {
                "metric_id": metric["id"],
                "name": metric.get("name"),
                "value": value,
                "references": references,
                "justification": justification,
            }
        )
        record(
            org,
            metric,
            value,
            justification,
            {
                "type": "manual",
                "conversation_id": conversation.id,
                "evaluate_to_interaction_id": until,
                "invoked_by": dict(invoker),
                "references": references,
            },
            now,
        )
    return evaluated


def record(
    org: Org, metric: Mapping[str, Any], value: Any, justification: str, source: Mapping[str, Any], now: str
) -> Dict[str, Any]:
    """Store one evaluation result of ``metric`` (``source`` says what triggered it)."""
    result = {
        "id": new_id(),
        "org_id": org.id,
        "created_at": now,
        "updated_at": now,
        "metric_id": metric["id"],
        "result": value,
        "justification": justification,
        "source": dict(source),
    }
    org.metric_results.append(result)
    return result


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
