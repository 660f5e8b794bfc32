"""Simulation personas, scenarios, unit test sets and their runs: state and rules (the handlers
are :mod:`amigo_emulator.simulations`).

Rules: names are unique per kind among live items (:class:`Conflict`). A persona or scenario is
created with version 1 (its ``initial_version``), stored where the spec-driven version operations
find it. Unit test ids are not checked (upstream has unit tests, but a set may name any). A run
completes ``run_ms`` after it starts (evaluated when read): then ``is_completed`` and
``artifacts_generated`` are true and every unit test has a result with one ``null`` error per run
(at most :data:`MAX_REPORTED_RUNS`). Starting a run of an unknown or deleted set ->
:class:`NotFound`; of a set the caller already has an unfinished run of -> :class:`Conflict`;
artifacts of an unfinished run -> :class:`Refused`; cancelling a run no longer in progress ->
:class:`Conflict`. Cancelled runs are completed, without artifacts. The caller holds the store
lock.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Dict, List, Mapping, Optional

from .. import resources
from ..common import creator_matches
from ..errors import Conflict, NotFound, Refused
from ..store import Org
from ..util import iso, new_id, parse_datetime, tag_filter_matches, utcnow

__all__ = [
    "MAX_REPORTED_RUNS",
    "artifacts_ready",
    "cancel_run",
    "create_persona",
    "create_scenario",
    "create_unit_test_set",
    "get_run",
    "personas",
    "runs",
    "scenarios",
    "start_run",
    "unit_test_sets",
]

# run_count has no upper bound in the contract; results list at most this many runs per test.
MAX_REPORTED_RUNS = 1000


def _matches(item: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    """The filters every simulation list has: ``id``, ``is_deleted``, ``creator``, ``tag``."""
    f = filters
    if f.get("id") and item["id"] not in f["id"]:
        return False
    if f.get("is_deleted") is not None and item["is_deleted"] != f["is_deleted"]:
        return False
    if not creator_matches(item["creator"], f.get("creator") or []):
        return False
    return tag_filter_matches(item["tags"], f.get("tag") or [])


def _new(
    items: Dict[str, Dict[str, Any]], what: str, name: str, tags: Mapping[str, Any], creator: Mapping[str, str]
) -> Dict[str, Any]:
    if any(i["name"] == name and not i["is_deleted"] for i in items.values()):
        raise Conflict(f"A {what} with this name is already present.")
    now = iso(utcnow())
    item: Dict[str, Any] = {
        "id": new_id(),
        "name": name,
        "tags": dict(tags),
        "is_deleted": False,
        "created_at": now,
        "creator": dict(creator),
        "updated_at": now,
        "updated_by": dict(creator),
    }
    items[item["id"]] = item
    return item


def _first_version(org: Org, kind: str, parent: str, item: Dict[str, Any], creator: Mapping[str, str]) -> None:
    fields = {**item["initial_version"], "version": 1}
    resources.create(org, kind, fields, {parent: item["id"]}, creator)


def create_persona(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    item = _new(org.personas, "persona", fields["name"], fields["tags"], creator)
    item["role"] = fields["role"]
    item["initial_version"] = dict(fields["initial_version"])
    _first_version(org, "simulation-persona-version", "simulation_persona_id", item, creator)
    return item


def create_scenario(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    item = _new(org.scenarios, "scenario", fields["name"], fields["tags"], creator)
    item["initial_version"] = dict(fields["initial_version"])
    _first_version(org, "simulation-scenario-version", "simulation_scenario_id", item, creator)
    return item


def create_unit_test_set(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    item = _new(org.unit_test_sets, "unit test set", fields["name"], fields["tags"], creator)
    item["org_id"] = org.id
    item["description"] = fields["description"]
    item["unit_test_runs"] = [
        {"unit_test_id": r["unit_test_id"], "run_count": r["run_count"]} for r in fields["unit_test_runs"]
    ]
    item["last_triggered_run_id"] = None
    return item


def personas(org: Org, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    roles = filters.get("role") or []
    return [i for i in org.personas.values() if _matches(i, filters) and (not roles or i["role"] in roles)]


def scenarios(org: Org, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    return [i for i in org.scenarios.values() if _matches(i, filters)]


def unit_test_sets(org: Org, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    wanted = set(filters.get("unit_test_id") or [])
    return [
        i
        for i in org.unit_test_sets.values()
        if _matches(i, filters) and (not wanted or {r["unit_test_id"] for r in i["unit_test_runs"]} & wanted)
    ]


def _refresh(run: Dict[str, Any]) -> None:
    """Complete ``run`` if its time is up (runs progress lazily, when read)."""
    if run["is_completed"] or utcnow() < run["_due"]:
        return
    run["is_completed"] = True
    run["artifacts_generated"] = True
    run["unit_test_run_results"] = [
        {
            "unit_test_id": spec["unit_test_id"],
            "metric_evaluation_results": [],
            "run_errors": [None] * min(spec["run_count"], MAX_REPORTED_RUNS),
        }
        for spec in run["unit_test_run_specs"]
    ]


def start_run(org: Org, set_id: str, creator: Mapping[str, str], run_ms: float) -> Dict[str, Any]:
    test_set = org.unit_test_sets.get(set_id)
    if test_set is None or test_set["is_deleted"]:
        raise NotFound("unit test set")
    for other in org.unit_test_set_runs.values():
        _refresh(other)
        if other["simulation_unit_test_set_id"] == set_id and not other["is_completed"]:
            if other["creator"]["user_id"] == creator.get("user_id"):
                raise Conflict("You already have an unfinished run of this unit test set.")
    now = utcnow()
    service = next(iter(org.services.values()), None)
    agent = [service.agent_id, 1] if service else ["0" * 24, 1]
    hsm = [service.hsm_id, 1] if service else ["0" * 24, 1]
    run: Dict[str, Any] = {
        "org_id": org.id,
        "id": new_id(),
        "is_completed": False,
        "simulation_unit_test_set_id": set_id,
        "failed_metrics": False,
        "errored": False,
        "artifacts_generated": False,
        "unit_test_run_specs": [
            {
                "unit_test_id": r["unit_test_id"],
                "run_count": r["run_count"],
                "service_hierarchical_state_machine_version_info": hsm,
                "agent_version_info": agent,
                "scenario_version_info": None,
                "persona_version_info": None,
                "llm_model_preferences": {},
                "max_interactions": 10,
                "metrics_to_evaluate": [],
            }
            for r in test_set["unit_test_runs"]
        ],
        "unit_test_run_results": [None for _ in test_set["unit_test_runs"]],
        "created_at": iso(now),
        "creator": dict(creator),
        "_due": now + timedelta(milliseconds=run_ms),
    }
    org.unit_test_set_runs[run["id"]] = run
    test_set["last_triggered_run_id"] = run["id"]
    return run


def runs(
    org: Org, filters: Mapping[str, Any], after: Optional[datetime], before: Optional[datetime]
) -> List[Dict[str, Any]]:
    f = filters
    found = []
    for run in org.unit_test_set_runs.values():
        _refresh(run)
        created = parse_datetime(run["created_at"])
        if (after and created < after) or (before and created > before):
            continue
        if f.get("id") and run["id"] not in f["id"]:
            continue
        sets = f.get("simulation_unit_test_set_id")
        if sets and run["simulation_unit_test_set_id"] not in sets:
            continue
        if not creator_matches(run["creator"], f.get("creator") or []):
            continue
        if any(f.get(k) is not None and run[k] != f[k] for k in ("is_completed", "failed_metrics", "errored")):
            continue
        found.append(run)
    return found


def get_run(org: Org, run_id: str) -> Dict[str, Any]:
    run = org.unit_test_set_runs.get(run_id)
    if run is None:
        raise NotFound("unit test set run")
    _refresh(run)
    return run


def artifacts_ready(org: Org, run_id: str) -> Dict[str, Any]:
    run = get_run(org, run_id)
    if not run["artifacts_generated"]:
        raise Refused("The artifacts of this run are not ready yet.")
    return run


def cancel_run(org: Org, run_id: str) -> None:
    run = get_run(org, run_id)
    if run["is_completed"]:
        raise Conflict("The run is no longer in progress.")
    run["is_completed"] = True
