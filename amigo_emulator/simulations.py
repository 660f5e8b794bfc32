"""Simulation operations (parsing and rendering; state and rules in
:mod:`amigo_emulator.models.simulations`): personas, scenarios, unit test sets, and unit test set
runs.

Contract notes: names are unique per kind (409). A run completes ``simulation_run_ms`` after it
starts; starting a second unfinished run of a set -> 409; artifacts of an unfinished run -> 400;
cancelling a run no longer in progress -> 409. Later versions, updates, deletes (``is_deleted``),
searches and unit tests are the spec-driven operations of :mod:`amigo_emulator.generic`, on the
same items.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Dict, List

from starlette.responses import Response

from .common import creator_info, first_page, paged, unique_user_infos
from .models import simulations as backend
from .models.simulations import MAX_REPORTED_RUNS
from .registry import Ctx, json_response, no_content, operation
from .util import iso, parse_datetime, sort_items, tags_to_list, utcnow

__all__ = ["MAX_REPORTED_RUNS"]

_PERSONA_KEYS = ("id", "name", "role", "tags", "is_deleted", "created_at", "creator", "updated_at", "updated_by")
_SCENARIO_KEYS = ("id", "name", "tags", "is_deleted", "created_at", "creator", "updated_at", "updated_by")
_BY_UPDATE = {"updated_at": lambda i: i["updated_at"]}


def _listing(ctx: Ctx, items: List[Dict[str, Any]], default_limit: int, **extra_values: Any) -> Dict[str, Any]:
    """Page ``items`` (sorted by ``sort_by``) and add the first page's ``filter_values``."""
    chunk, paging = paged(items, ctx, default_limit)
    filter_values = None
    if first_page(ctx):
        filter_values = {
            "creators": unique_user_infos([i["creator"] for i in items]),
            "tags": sorted({k for i in items for k in i.get("tags", {})}),
            **extra_values,
        }
    return {"chunk": chunk, "paging": paging, "filter_values": filter_values}


@operation("create-simulation-persona")
async def create_simulation_persona(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        item = backend.create_persona(ctx.org, ctx.body, creator_info(ctx))
    return json_response({"simulation_persona_id": item["id"]}, 201)


@operation("get-simulation-personas")
async def get_simulation_personas(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        items = sort_items(backend.personas(ctx.org, ctx.params), ctx.params.get("sort_by") or [], _BY_UPDATE)
    page = _listing(ctx, items, 50, roles=sorted({i["role"] for i in items}))
    personas = [{k: i[k] for k in _PERSONA_KEYS} for i in page["chunk"]]
    return json_response({"simulation_personas": personas, **page["paging"], "filter_values": page["filter_values"]})


@operation("create-simulation-scenario")
async def create_simulation_scenario(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        item = backend.create_scenario(ctx.org, ctx.body, creator_info(ctx))
    return json_response({"simulation_scenario_id": item["id"]}, 201)


@operation("get-simulation-scenarios")
async def get_simulation_scenarios(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        items = sort_items(backend.scenarios(ctx.org, ctx.params), ctx.params.get("sort_by") or [], _BY_UPDATE)
    page = _listing(ctx, items, 50)
    scenarios = [{k: i[k] for k in _SCENARIO_KEYS} for i in page["chunk"]]
    return json_response({"simulation_scenarios": scenarios, **page["paging"], "filter_values": page["filter_values"]})


@operation("create-simulation-unit-test-set")
async def create_simulation_unit_test_set(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        item = backend.create_unit_test_set(ctx.org, ctx.body, creator_info(ctx))
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
    keys = {**_BY_UPDATE, "name": lambda i: i["name"]}
    with ctx.rt.store.lock:
        items = sort_items(backend.unit_test_sets(ctx.org, ctx.params), ctx.params.get("sort_by") or [], keys)
    unit_test_ids = sorted({r["unit_test_id"] for i in items for r in i["unit_test_runs"]})
    page = _listing(ctx, items, 20, unit_test_ids=unit_test_ids)
    sets = [_set_instance(i) for i in page["chunk"]]
    return json_response({"simulation_unit_test_sets": sets, **page["paging"], "filter_values": page["filter_values"]})


def _run_instance(run: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in run.items() if not k.startswith("_")}


@operation("create-simulation-unit-test-set-run")
async def create_simulation_unit_test_set_run(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        run = backend.start_run(
            ctx.org, ctx.body["simulation_unit_test_set_id"], creator_info(ctx), ctx.rt.config.simulation_run_ms
        )
    return json_response({"simulation_unit_test_set_run_id": run["id"]}, 201)


@operation("get-simulation-unit-test-set-runs")
async def get_simulation_unit_test_set_runs(ctx: Ctx) -> Response:
    p = ctx.params
    after = parse_datetime(p["created_after"]) if p.get("created_after") else None
    before = parse_datetime(p["created_before"]) if p.get("created_before") else None
    with ctx.rt.store.lock:
        items = [_run_instance(r) for r in backend.runs(ctx.org, p, after, before)]
    items = sort_items(items, p.get("sort_by") or [], {"created_at": lambda r: r["created_at"]})
    page = _listing(
        ctx, items, 50, simulation_unit_test_set_ids=sorted({r["simulation_unit_test_set_id"] for r in items})
    )
    filter_values = page["filter_values"]
    if filter_values is not None:
        filter_values["tags"] = []  # runs have no tags
    return json_response(
        {"simulation_unit_test_set_runs": page["chunk"], **page["paging"], "filter_values": filter_values}
    )


@operation("get-simulation-unit-test-set-run-artifacts")
async def get_simulation_unit_test_set_run_artifacts(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        run = backend.artifacts_ready(ctx.org, ctx.params["simulation_unit_test_set_run_id"])
    base = str(ctx.request.base_url).rstrip("/")
    expires = utcnow() + timedelta(minutes=15)
    return json_response(
        {"presigned_url": f"{base}/_emulator/artifacts/{run['id']}.zip", "url_expires_at": iso(expires)}
    )


@operation("cancel-simulation-unit-test-set-run")
async def cancel_simulation_unit_test_set_run(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.cancel_run(ctx.org, ctx.params["simulation_unit_test_set_run_id"])
    return no_content()
