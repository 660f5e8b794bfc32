"""Simulation operations: personas, scenarios, unit test sets, and unit test set runs.

Contract notes: names are unique per kind (409). A persona or scenario is created with version 1
(its ``initial_version``); later versions, updates, deletes (``is_deleted``), searches and unit
tests are the spec-driven operations of :mod:`amigo_emulator.generic`, on the same items. Unit test ids are not checked (the contract has no
endpoint to create unit tests). A run completes ``simulation_run_ms`` after it starts (evaluated
when read): then ``is_completed`` and ``artifacts_generated`` are true and every unit test has a
result with one ``null`` error per run (at most :data:`MAX_REPORTED_RUNS` of them). Starting a run of a set the caller already has an
unfinished run of -> 409; artifacts of an unfinished run -> 400; cancelling a run no longer in
progress -> 409. Cancelled runs are completed, without artifacts.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Dict

from starlette.responses import Response

from . import resources
from .common import creator_info, creator_matches, first_page, lookup, not_found, paged, unique_user_infos
from .registry import ApiError, Ctx, json_response, no_content, operation
from .util import iso, new_id, parse_datetime, sort_items, tag_filter_matches, tags_to_list, utcnow

__all__ = ["MAX_REPORTED_RUNS"]

# run_count has no upper bound in the contract; results list at most this many runs per test.
MAX_REPORTED_RUNS = 1000


def _common_filters(ctx: Ctx, item: Dict[str, Any]) -> bool:
    p = ctx.params
    if p.get("id") and item["id"] not in p["id"]:
        return False
    if p.get("is_deleted") is not None and item["is_deleted"] != p["is_deleted"]:
        return False
    if not creator_matches(item["creator"], p.get("creator") or []):
        return False
    return tag_filter_matches(item["tags"], p.get("tag") or [])


def _new_item(ctx: Ctx, name: str, tags: Dict[str, Any]) -> Dict[str, Any]:
    now = iso(utcnow())
    return {
        "id": new_id(),
        "name": name,
        "tags": dict(tags),
        "is_deleted": False,
        "created_at": now,
        "creator": creator_info(ctx),
        "updated_at": now,
        "updated_by": creator_info(ctx),
    }


def _check_name(items: Dict[str, Dict[str, Any]], name: str, what: str) -> None:
    if any(i["name"] == name and not i["is_deleted"] for i in items.values()):
        raise ApiError(409, f"A {what} with this name is already present.")


# -- personas and scenarios ------------------------------------------------------------------


def _first_version(ctx: Ctx, kind: str, parent: str, item: Dict[str, Any]) -> None:
    """Version 1 from ``initial_version``, where the spec-driven version operations find it."""
    fields = {**item["initial_version"], "version": 1}
    resources.create(ctx.org, kind, fields, {parent: item["id"]}, creator_info(ctx))


@operation("create-simulation-persona")
async def create_simulation_persona(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        _check_name(ctx.org.personas, body["name"], "persona")
        item = _new_item(ctx, body["name"], body["tags"])
        item["role"] = body["role"]
        item["initial_version"] = dict(body["initial_version"])
        ctx.org.personas[item["id"]] = item
        _first_version(ctx, "simulation-persona-version", "simulation_persona_id", item)
    return json_response({"simulation_persona_id": item["id"]}, 201)


@operation("get-simulation-personas")
async def get_simulation_personas(ctx: Ctx) -> Response:
    roles = ctx.params.get("role") or []
    keys = ("id", "name", "role", "tags", "is_deleted", "created_at", "creator", "updated_at", "updated_by")
    with ctx.rt.store.lock:
        items = [i for i in ctx.org.personas.values() if _common_filters(ctx, i) and (not roles or i["role"] in roles)]
    items = sort_items(items, ctx.params.get("sort_by") or [], {"updated_at": lambda i: i["updated_at"]})
    chunk, paging = paged(items, ctx, 50)
    filter_values = None
    if first_page(ctx):
        filter_values = {
            "creators": unique_user_infos([i["creator"] for i in items]),
            "tags": sorted({k for i in items for k in i["tags"]}),
            "roles": sorted({i["role"] for i in items}),
        }
    return json_response(
        {"simulation_personas": [{k: i[k] for k in keys} for i in chunk], **paging, "filter_values": filter_values}
    )


@operation("create-simulation-scenario")
async def create_simulation_scenario(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        _check_name(ctx.org.scenarios, body["name"], "scenario")
        item = _new_item(ctx, body["name"], body["tags"])
        item["initial_version"] = dict(body["initial_version"])
        ctx.org.scenarios[item["id"]] = item
        _first_version(ctx, "simulation-scenario-version", "simulation_scenario_id", item)
    return json_response({"simulation_scenario_id": item["id"]}, 201)


@operation("get-simulation-scenarios")
async def get_simulation_scenarios(ctx: Ctx) -> Response:
    keys = ("id", "name", "tags", "is_deleted", "created_at", "creator", "updated_at", "updated_by")
    with ctx.rt.store.lock:
        items = [i for i in ctx.org.scenarios.values() if _common_filters(ctx, i)]
    items = sort_items(items, ctx.params.get("sort_by") or [], {"updated_at": lambda i: i["updated_at"]})
    chunk, paging = paged(items, ctx, 50)
    filter_values = None
    if first_page(ctx):
        filter_values = {
            "creators": unique_user_infos([i["creator"] for i in items]),
            "tags": sorted({k for i in items for k in i["tags"]}),
        }
    return json_response(
        {"simulation_scenarios": [{k: i[k] for k in keys} for i in chunk], **paging, "filter_values": filter_values}
    )


# -- unit test sets ----------------------------------------------------------------------------


@operation("create-simulation-unit-test-set")
async def create_simulation_unit_test_set(ctx: Ctx) -> Response:
    body = ctx.body
    with ctx.rt.store.lock:
        _check_name(ctx.org.unit_test_sets, body["name"], "unit test set")
        item = _new_item(ctx, body["name"], body["tags"])
        item["org_id"] = ctx.org_id
        item["description"] = body["description"]
        item["unit_test_runs"] = [
            {"unit_test_id": r["unit_test_id"], "run_count": r["run_count"]} for r in body["unit_test_runs"]
        ]
        item["last_triggered_run_id"] = None
        ctx.org.unit_test_sets[item["id"]] = item
    return json_response({"simulation_unit_test_set_id": item["id"]}, 201)


def _set_instance(item: Dict[str, Any]) -> Dict[str, Any]:
    keys = ("id", "org_id", "created_at", "updated_at", "name", "description", "unit_test_runs")
    return {
        **{k: item[k] for k in keys},
        "last_triggered_run_id": item["last_triggered_run_id"],
        "is_deleted": item["is_deleted"],
        "tags": tags_to_list(item["tags"]),
        "creator": item["creator"],
        "updated_by": item["updated_by"],
    }


@operation("get-simulation-unit-test-sets")
async def get_simulation_unit_test_sets(ctx: Ctx) -> Response:
    unit_tests = ctx.params.get("unit_test_id") or []
    with ctx.rt.store.lock:
        items = [
            i
            for i in ctx.org.unit_test_sets.values()
            if _common_filters(ctx, i)
            and (not unit_tests or {r["unit_test_id"] for r in i["unit_test_runs"]} & set(unit_tests))
        ]
    items = sort_items(
        items, ctx.params.get("sort_by") or [], {"updated_at": lambda i: i["updated_at"], "name": lambda i: i["name"]}
    )
    chunk, paging = paged(items, ctx, 20)
    filter_values = None
    if first_page(ctx):
        filter_values = {
            "creators": unique_user_infos([i["creator"] for i in items]),
            "unit_test_ids": sorted({r["unit_test_id"] for i in items for r in i["unit_test_runs"]}),
            "tags": sorted({k for i in items for k in i["tags"]}),
        }
    return json_response(
        {"simulation_unit_test_sets": [_set_instance(i) for i in chunk], **paging, "filter_values": filter_values}
    )


# -- unit test set runs ------------------------------------------------------------------------


def _refresh(ctx: Ctx, run: Dict[str, Any]) -> None:
    """Complete ``run`` if its time is up (runs progress lazily, when read)."""
    if run["is_completed"]:
        return
    if utcnow() < run["_due"]:
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


def _run_instance(run: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in run.items() if not k.startswith("_")}


@operation("create-simulation-unit-test-set-run")
async def create_simulation_unit_test_set_run(ctx: Ctx) -> Response:
    set_id = ctx.body["simulation_unit_test_set_id"]
    with ctx.rt.store.lock:
        test_set = ctx.org.unit_test_sets.get(set_id)
        if test_set is None or test_set["is_deleted"]:
            raise not_found("unit test set")
        for run in ctx.org.unit_test_set_runs.values():
            _refresh(ctx, run)
            if run["simulation_unit_test_set_id"] == set_id and not run["is_completed"]:
                if run["creator"]["user_id"] == ctx.user_id:
                    raise ApiError(409, "You already have an unfinished run of this unit test set.")
        now = utcnow()
        service = next(iter(ctx.org.services.values()), None)
        agent = [service.agent_id, 1] if service else ["0" * 24, 1]
        hsm = [service.hsm_id, 1] if service else ["0" * 24, 1]
        run_id = new_id()
        ctx.org.unit_test_set_runs[run_id] = {
            "org_id": ctx.org_id,
            "id": run_id,
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
            "creator": creator_info(ctx),
            "_due": now + timedelta(milliseconds=ctx.rt.config.simulation_run_ms),
        }
        test_set["last_triggered_run_id"] = run_id
    return json_response({"simulation_unit_test_set_run_id": run_id}, 201)


@operation("get-simulation-unit-test-set-runs")
async def get_simulation_unit_test_set_runs(ctx: Ctx) -> Response:
    p = ctx.params
    after = parse_datetime(p["created_after"]) if p.get("created_after") else None
    before = parse_datetime(p["created_before"]) if p.get("created_before") else None
    with ctx.rt.store.lock:
        items = []
        for run in ctx.org.unit_test_set_runs.values():
            _refresh(ctx, run)
            created = parse_datetime(run["created_at"])
            if (after and created < after) or (before and created > before):
                continue
            if p.get("id") and run["id"] not in p["id"]:
                continue
            if p.get("simulation_unit_test_set_id") and run["simulation_unit_test_set_id"] not in p["simulation_unit_test_set_id"]:
                continue
            if not creator_matches(run["creator"], p.get("creator") or []):
                continue
            if any(p.get(k) is not None and run[k] != p[k] for k in ("is_completed", "failed_metrics", "errored")):
                continue
            items.append(_run_instance(run))
    items = sort_items(items, p.get("sort_by") or [], {"created_at": lambda r: r["created_at"]})
    chunk, paging = paged(items, ctx, 50)
    filter_values = None
    if first_page(ctx):
        filter_values = {
            "creators": unique_user_infos([r["creator"] for r in items]),
            "simulation_unit_test_set_ids": sorted({r["simulation_unit_test_set_id"] for r in items}),
            "tags": [],
        }
    return json_response({"simulation_unit_test_set_runs": chunk, **paging, "filter_values": filter_values})


def _run(ctx: Ctx) -> Dict[str, Any]:
    run = lookup(ctx.org.unit_test_set_runs, ctx.params["simulation_unit_test_set_run_id"], "unit test set run")
    _refresh(ctx, run)
    return run


@operation("get-simulation-unit-test-set-run-artifacts")
async def get_simulation_unit_test_set_run_artifacts(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        run = _run(ctx)
        if not run["artifacts_generated"]:
            raise ApiError(400, "The artifacts of this run are not ready yet.")
    base = str(ctx.request.base_url).rstrip("/")
    expires = utcnow() + timedelta(minutes=15)
    return json_response(
        {"presigned_url": f"{base}/_emulator/artifacts/{run['id']}.zip", "url_expires_at": iso(expires)}
    )


@operation("cancel-simulation-unit-test-set-run")
async def cancel_simulation_unit_test_set_run(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        run = _run(ctx)
        if run["is_completed"]:
            raise ApiError(409, "The run is no longer in progress.")
        run["is_completed"] = True
    return no_content()
