"""Simulation personas, scenarios, unit tests, unit test sets and their runs: state and rules
(the handlers are :mod:`amigo_emulator.simulations`; versions, updates, deletes, searches and the
unit test listing are the spec-driven operations of :mod:`amigo_emulator.generic`, on the same
items).

Items are stored as the request gave them plus the server's fields, and answered through the
contract. Rules:

* names are unique per kind among live items (:class:`Conflict`); a persona or scenario is created
  with version 1 (its ``initial_version``), stored where the spec-driven version operations find
  it;
* a unit test needs its service, the service's version set, its persona, its scenario and the
  metric of every success criterion (:class:`NotFound`), and each criterion's kind (its ``type``)
  must be the kind of its metric's value (:class:`Refused`, 400);
* a unit test set needs every unit test it names (:class:`NotFound`);
* starting a run of an unknown or deleted set -> :class:`NotFound`; of a set the caller already has
  an unfinished run of -> :class:`Conflict`; artifacts of an unfinished run -> :class:`Refused`;
  cancelling a run no longer in progress -> :class:`Conflict`. Cancelled runs are completed,
  without artifacts or results.

**What a run measures.** A run is simulated when it starts and its results appear ``run_ms``
later (runs progress when read). Each of a unit test's ``run_count`` runs (at most
:data:`MAX_REPORTED_RUNS` reported) is one conversation between the simulated user and the
service's scripted agent (:mod:`amigo_emulator.agent`):

* the simulated user says each sentence of the scenario's ``objective`` (its newest version),
  one per interaction, then "Thanks, that's all. Goodbye!", which ends the conversation;
* an interaction past the unit test's ``max_interactions`` is not held: the run stops there with
  the run error "reached max_interactions (N) before the conversation ended", and the run set
  is ``errored``;
* every success criterion's metric is evaluated on that conversation with
  :func:`~amigo_emulator.evaluation.metric_value` (from its content: the share of user messages
  the agent understood) and stored as a ``simulation`` evaluation result; the criterion passes when
  a ``boolean`` value equals ``expected_value``, a ``numerical`` one compares to ``threshold`` by
  ``verb``, a ``categorical`` one is among ``expected_values`` (a ``null`` value never passes);
  the run set has ``failed_metrics`` when any criterion of any run failed.

So a set passes when its scenarios stay on topics the agent knows within their budget, and fails
for a reason the results name. The caller holds the store lock.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .. import agent, resources
from ..errors import Conflict, NotFound, Refused
from ..evaluation import metric_value
from ..store import Message, Org
from ..util import creator_matches, iso, new_id, parse_datetime, tag_filter_matches, utcnow
from . import metrics

__all__ = [
    "MAX_REPORTED_RUNS",
    "UNIT_TEST",
    "artifacts_ready",
    "cancel_run",
    "create_persona",
    "create_scenario",
    "create_unit_test",
    "create_unit_test_set",
    "criterion_met",
    "get_run",
    "personas",
    "runs",
    "scenarios",
    "simulate",
    "start_run",
    "unit_test_sets",
]

# run_count has no upper bound in the contract; results list at most this many runs per test.
MAX_REPORTED_RUNS = 1000
UNIT_TEST = "simulation-unit-test"  # the resource kind of unit tests (resources.py)
GOODBYE = "Thanks, that's all. Goodbye!"
_SERVER_FIELDS = ("id", "org_id", "created_at", "updated_at", "creator", "updated_by", "is_deleted")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _matches(item: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    """The filters every simulation list has: ``id``, ``is_deleted``, ``creator``, ``tag``."""
    f = filters
    if f.get("id") and item["id"] not in f["id"]:
        return False
    if f.get("is_deleted") is not None and item["is_deleted"] != f["is_deleted"]:
        return False
    if not creator_matches(item["creator"], f.get("creator") or []):
        return False
    tags = item.get("tags")
    return tag_filter_matches(tags if isinstance(tags, Mapping) else {}, f.get("tag") or [])


def _new(
    items: Dict[str, Dict[str, Any]], what: str, fields: Mapping[str, Any], creator: Mapping[str, str]
) -> Dict[str, Any]:
    name = fields.get("name")
    if name is not None and any(i.get("name") == name and not i["is_deleted"] for i in items.values()):
        raise Conflict(f"A {what} with this name is already present.")
    now = iso(utcnow())
    item: Dict[str, Any] = {k: v for k, v in fields.items() if k not in _SERVER_FIELDS}
    item.update(
        {
            "id": new_id(),
            "is_deleted": False,
            "created_at": now,
            "creator": dict(creator),
            "updated_at": now,
            "updated_by": dict(creator),
        }
    )
    items[item["id"]] = item
    return item


def _first_version(org: Org, kind: str, parent: str, item: Dict[str, Any], creator: Mapping[str, str]) -> None:
    first = item.get("initial_version")
    fields = {**(first if isinstance(first, Mapping) else {}), "version": 1}
    resources.create(org, kind, fields, {parent: item["id"]}, creator)


def create_persona(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    item = _new(org.personas, "persona", fields, creator)
    _first_version(org, "simulation-persona-version", "simulation_persona_id", item, creator)
    return item


def create_scenario(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    item = _new(org.scenarios, "scenario", fields, creator)
    _first_version(org, "simulation-scenario-version", "simulation_scenario_id", item, creator)
    return item


def _live(items: Mapping[str, Any], item_id: Any, what: str) -> Dict[str, Any]:
    found = items.get(str(item_id))
    if not isinstance(found, dict) or found.get("is_deleted") is True:
        raise NotFound(f"{what} {item_id}")
    return found


def create_unit_test(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    service = org.services.get(str(fields.get("service_id")))
    if service is None:
        raise NotFound(f"service {fields.get('service_id')}")
    version_set = fields.get("service_version_set_name")
    if version_set is not None and version_set not in service.version_sets:
        raise NotFound(f"version set {version_set!r} of the service")
    _live(org.personas, fields.get("persona_id"), "persona")
    _live(org.scenarios, fields.get("scenario_id"), "scenario")
    for criterion in _criteria(fields):
        metric = _live(org.metrics, criterion.get("metric_id"), "metric")
        wanted, kind = _condition(criterion).get("type"), metrics.value_kind(metric, org)
        if kind is not None and wanted is not None and wanted != kind:
            raise Refused(f"The success criterion {criterion.get('name')!r} is {wanted}, its metric is {kind}.")
    try:
        return resources.create(org, UNIT_TEST, dict(fields), {}, creator, ("is_deleted",))
    except resources.Conflict:
        raise Conflict("A unit test with this name is already present.") from None


def _criteria(unit_test: Mapping[str, Any]) -> List[Mapping[str, Any]]:
    found = unit_test.get("success_criterions")
    return [c for c in found if isinstance(c, Mapping)] if isinstance(found, list) else []


def _condition(criterion: Mapping[str, Any]) -> Mapping[str, Any]:
    found = criterion.get("criterion")
    return found if isinstance(found, Mapping) else {}


def create_unit_test_set(org: Org, fields: Mapping[str, Any], creator: Mapping[str, str]) -> Dict[str, Any]:
    tests = resources.collection(org, UNIT_TEST)
    for spec in _specs(fields):
        _live(tests, spec.get("unit_test_id"), "unit test")
    item = _new(org.unit_test_sets, "unit test set", fields, creator)
    item["org_id"] = org.id
    item["last_triggered_run_id"] = None
    return item


def _specs(test_set: Mapping[str, Any]) -> List[Mapping[str, Any]]:
    found = test_set.get("unit_test_runs")
    return [s for s in found if isinstance(s, Mapping)] if isinstance(found, list) else []


def personas(org: Org, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    roles = filters.get("role") or []
    return [i for i in org.personas.values() if _matches(i, filters) and (not roles or i.get("role") in roles)]


def scenarios(org: Org, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    return [i for i in org.scenarios.values() if _matches(i, filters)]


def unit_test_sets(org: Org, filters: Mapping[str, Any]) -> List[Dict[str, Any]]:
    wanted = set(filters.get("unit_test_id") or [])
    return [
        i
        for i in org.unit_test_sets.values()
        if _matches(i, filters) and (not wanted or {s.get("unit_test_id") for s in _specs(i)} & wanted)
    ]


# -- simulated conversations ----------------------------------------------------------------------


def _latest(org: Org, kind: str, parent: str, item_id: str) -> Mapping[str, Any]:
    versions = resources.items(org, kind, {parent: item_id})
    return versions[-1] if versions else {}


def script(scenario_version: Mapping[str, Any]) -> List[str]:
    """What the simulated user says, in order: the objective's sentences, then goodbye."""
    objective = scenario_version.get("objective")
    text = objective if isinstance(objective, str) else ""
    return [s for s in _SENTENCE.split(text.strip()) if s] + [GOODBYE]


def simulate(org: Org, unit_test: Mapping[str, Any]) -> Tuple[List[Message], Optional[str]]:
    """One simulated conversation of ``unit_test`` and its run error (``None``: it ended in time)."""
    service = org.services.get(str(unit_test.get("service_id")))
    service_name = service.name if service is not None else "emulated"
    scenario = _latest(org, "simulation-scenario-version", "simulation_scenario_id", str(unit_test.get("scenario_id")))
    budget = unit_test.get("max_interactions")
    limit = budget if isinstance(budget, int) and not isinstance(budget, bool) else None
    now = utcnow()
    messages: List[Message] = []
    for index, line in enumerate(script(scenario)):
        if limit is not None and index >= limit:
            return messages, f"reached max_interactions ({limit}) before the conversation ended"
        interaction = new_id()
        reply, ends = agent.reply_to(line, "user-message", service_name)
        messages.append(Message(new_id(), interaction, now, "Simulated user", line, "text", "user-message"))
        messages.append(Message(new_id(), interaction, now, "Amigo", reply, "text", "agent-message"))
        if ends:
            break
    return messages, None


def criterion_met(condition: Mapping[str, Any], value: Any) -> bool:
    """Whether an evaluated ``value`` meets a success criterion's condition (see the docstring)."""
    kind = condition.get("type")
    if value is None:
        return False
    if kind == "boolean":
        return value is condition.get("expected_value")
    if kind == "categorical":
        return value in (condition.get("expected_values") or [])
    threshold, verb = condition.get("threshold"), condition.get("verb")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not isinstance(threshold, (int, float)):
        return False
    compare = {
        "==": value == threshold,
        "!=": value != threshold,
        "<=": value <= threshold,
        "<": value < threshold,
        ">=": value >= threshold,
        ">": value > threshold,
    }
    return bool(compare.get(str(verb), False))


def _simulate_run(org: Org, run_id: str, spec: Mapping[str, Any], unit_test: Mapping[str, Any]) -> Dict[str, Any]:
    """The results of every run of one unit test (evaluation results are stored on completion)."""
    count = min(int(spec.get("run_count") or 0), MAX_REPORTED_RUNS)
    errors: List[Optional[str]] = []
    by_metric: Dict[str, List[List[Any]]] = {}
    pending: List[Tuple[Mapping[str, Any], Any, str, Dict[str, Any]]] = []
    for run_index in range(count):
        messages, error = simulate(org, unit_test)
        errors.append(error)
        for criterion in _criteria(unit_test):
            metric = org.metrics.get(str(criterion.get("metric_id")))
            if metric is None:
                continue
            value, justification, references = metric_value(metrics.value_definition(metric, org), messages)
            source = {
                "type": "simulation",
                "simulation_unit_test_set_run_id": run_id,
                "unit_test_id": spec.get("unit_test_id"),
                "run_index": run_index,
                "references": references,
            }
            result_id = new_id()
            pending.append((metric, value, justification, {**source, "_result_id": result_id}))
            by_metric.setdefault(metric["id"], []).append([result_id, criterion_met(_condition(criterion), value)])
    return {
        "result": {
            "unit_test_id": spec.get("unit_test_id"),
            "metric_evaluation_results": [{"metric_id": m, "results": r} for m, r in by_metric.items()],
            "run_errors": errors,
        },
        "evaluations": pending,
    }


def _refresh(org: Org, run: Dict[str, Any]) -> None:
    """Complete ``run`` if its time is up (runs progress lazily, when read)."""
    if run["is_completed"] or utcnow() < run["_due"]:
        return
    run["is_completed"] = True
    run["artifacts_generated"] = True
    outcomes = run.pop("_outcomes", [])
    run["unit_test_run_results"] = [o["result"] for o in outcomes]
    now = iso(utcnow())
    for outcome in outcomes:
        for metric, value, justification, source in outcome["evaluations"]:
            stored = metrics.record(
                org, metric, value, justification, {k: v for k, v in source.items() if k != "_result_id"}, now
            )
            stored["id"] = source["_result_id"]
    results = [o["result"] for o in outcomes]
    run["errored"] = any(e is not None for r in results for e in r["run_errors"])
    run["failed_metrics"] = any(
        not passed for r in results for m in r["metric_evaluation_results"] for _, passed in m["results"]
    )


def start_run(org: Org, set_id: str, creator: Mapping[str, str], run_ms: float) -> Dict[str, Any]:
    test_set = org.unit_test_sets.get(set_id)
    if test_set is None or test_set["is_deleted"]:
        raise NotFound("unit test set")
    for other in org.unit_test_set_runs.values():
        _refresh(org, other)
        if other["simulation_unit_test_set_id"] == set_id and not other["is_completed"]:
            if other["creator"]["user_id"] == creator.get("user_id"):
                raise Conflict("You already have an unfinished run of this unit test set.")
    now = utcnow()
    run_id = new_id()
    tests = resources.collection(org, UNIT_TEST)
    specs, outcomes = [], []
    for spec in _specs(test_set):
        unit_test = tests.get(str(spec.get("unit_test_id"))) or {}
        specs.append(_run_spec(org, spec, unit_test))
        outcomes.append(_simulate_run(org, run_id, spec, unit_test))
    run: Dict[str, Any] = {
        "org_id": org.id,
        "id": run_id,
        "is_completed": False,
        "simulation_unit_test_set_id": set_id,
        "failed_metrics": False,
        "errored": False,
        "artifacts_generated": False,
        "unit_test_run_specs": specs,
        "unit_test_run_results": [None for _ in specs],
        "created_at": iso(now),
        "creator": dict(creator),
        "_due": now + timedelta(milliseconds=run_ms),
        "_outcomes": outcomes,
    }
    org.unit_test_set_runs[run["id"]] = run
    test_set["last_triggered_run_id"] = run["id"]
    return run


def _run_spec(org: Org, spec: Mapping[str, Any], unit_test: Mapping[str, Any]) -> Dict[str, Any]:
    """What one unit test of a run runs against (the versions in force when the run starts)."""
    service = org.services.get(str(unit_test.get("service_id")))
    persona = _latest(org, "simulation-persona-version", "simulation_persona_id", str(unit_test.get("persona_id")))
    scenario = _latest(org, "simulation-scenario-version", "simulation_scenario_id", str(unit_test.get("scenario_id")))
    return {
        **dict(spec),
        "service_hierarchical_state_machine_version_info": [service.hsm_id if service else "0" * 24, 1],
        "agent_version_info": [service.agent_id if service else "0" * 24, 1],
        "scenario_version_info": [unit_test.get("scenario_id"), scenario.get("version", 1)] if scenario else None,
        "persona_version_info": [unit_test.get("persona_id"), persona.get("version", 1)] if persona else None,
        "max_interactions": unit_test.get("max_interactions"),
        "metrics_to_evaluate": [
            {
                "metric_id": c.get("metric_id"),
                "success_criterion_name": c.get("name"),
                "success_criterion": _condition(c),
            }
            for c in _criteria(unit_test)
        ],
    }


def runs(
    org: Org, filters: Mapping[str, Any], after: Optional[datetime], before: Optional[datetime]
) -> List[Dict[str, Any]]:
    f = filters
    found = []
    for run in org.unit_test_set_runs.values():
        _refresh(org, run)
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
    _refresh(org, run)
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
    run.pop("_outcomes", None)
