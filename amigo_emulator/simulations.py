"""Simulation operations (parsing; state and rules in :mod:`amigo_emulator.models.simulations`,
answers rendered through the contract): personas, scenarios, unit tests, unit test sets, and unit
test set runs (which simulate conversations, evaluate the unit tests' metrics and honour their
``max_interactions``: see the backend).

Contract notes: names are unique per kind (409); a unit test's service, version set, persona,
scenario and metrics must exist (404) and each criterion match its metric's kind (400); a set's
unit tests must exist (404). A run completes ``simulation_run_ms`` after it starts; starting a
second unfinished run of a set -> 409; artifacts of an unfinished run -> 400; cancelling a run no
longer in progress -> 409. Later versions, updates, deletes (``is_deleted``), searches and the
unit test listing are the spec-driven operations of :mod:`amigo_emulator.generic`, on the same
items. Computed here: the first page's ``filter_values``, the artifacts' link.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Dict, List

from starlette.responses import Response

from .common import creator_info, unique_user_infos
from .models import simulations as backend
from .models.simulations import MAX_REPORTED_RUNS
from .registry import Answer, Ctx, answer, no_content, operation
from .respond import listing
from .util import FieldKeys, iso, parse_datetime, sort_items, utcnow

__all__ = ["MAX_REPORTED_RUNS"]


def _filter_values(items: List[Dict[str, Any]], **extra_values: Any) -> Dict[str, Any]:
    """The first page's ``filter_values`` every simulation list has, plus ``extra_values``."""
    return {
        "creators": unique_user_infos([i["creator"] for i in items]),
        "tags": sorted({k for i in items for k in (i.get("tags") or {})}),
        **extra_values,
    }


def _sorted(ctx: Ctx, items: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return sort_items(items, ctx.params.get("sort_by") or [], FieldKeys())


@operation("create-simulation-persona")
async def create_simulation_persona(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        item = backend.create_persona(ctx.org, ctx.body or {}, creator_info(ctx))
    return answer(item, 201, kind="simulation-persona")


@operation("get-simulation-personas")
async def get_simulation_personas(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        items = _sorted(ctx, backend.personas(ctx.org, ctx.params))
    values = _filter_values(items, roles=sorted({str(i.get("role")) for i in items if i.get("role") is not None}))
    return answer(listing(ctx, items, 50, values), kind="simulation-persona")


@operation("create-simulation-scenario")
async def create_simulation_scenario(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        item = backend.create_scenario(ctx.org, ctx.body or {}, creator_info(ctx))
    return answer(item, 201, kind="simulation-scenario")


@operation("get-simulation-scenarios")
async def get_simulation_scenarios(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        items = _sorted(ctx, backend.scenarios(ctx.org, ctx.params))
    return answer(listing(ctx, items, 50, _filter_values(items)), kind="simulation-scenario")


@operation("create-simulation-unit-test")
async def create_simulation_unit_test(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        item = backend.create_unit_test(ctx.org, ctx.body or {}, creator_info(ctx))
    return answer(item, 201, kind="simulation-unit-test")


@operation("create-simulation-unit-test-set")
async def create_simulation_unit_test_set(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        item = backend.create_unit_test_set(ctx.org, ctx.body or {}, creator_info(ctx))
    return answer(item, 201, kind="simulation-unit-test-set")


@operation("get-simulation-unit-test-sets")
async def get_simulation_unit_test_sets(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        items = _sorted(ctx, backend.unit_test_sets(ctx.org, ctx.params))
    unit_test_ids = sorted({str(r.get("unit_test_id")) for i in items for r in i.get("unit_test_runs") or []})
    return answer(
        listing(ctx, items, 20, _filter_values(items, unit_test_ids=unit_test_ids)), kind="simulation-unit-test-set"
    )


@operation("create-simulation-unit-test-set-run")
async def create_simulation_unit_test_set_run(ctx: Ctx) -> Answer:
    body = ctx.body or {}
    with ctx.rt.store.lock:
        run = backend.start_run(
            ctx.org,
            str(body.get("simulation_unit_test_set_id", "")),
            creator_info(ctx),
            ctx.rt.config.simulation_run_ms,
        )
    return answer(run, 201, kind="simulation-unit-test-set-run")


@operation("get-simulation-unit-test-set-runs")
async def get_simulation_unit_test_set_runs(ctx: Ctx) -> Answer:
    p = ctx.params
    after = parse_datetime(p["created_after"]) if p.get("created_after") else None
    before = parse_datetime(p["created_before"]) if p.get("created_before") else None
    with ctx.rt.store.lock:
        items = _sorted(ctx, backend.runs(ctx.org, p, after, before))
    sets = sorted({r["simulation_unit_test_set_id"] for r in items})
    values = _filter_values(items, simulation_unit_test_set_ids=sets)
    return answer(listing(ctx, items, 50, values), kind="simulation-unit-test-set-run")


@operation("get-simulation-unit-test-set-run-artifacts")
async def get_simulation_unit_test_set_run_artifacts(ctx: Ctx) -> Answer:
    with ctx.rt.store.lock:
        run = backend.artifacts_ready(ctx.org, ctx.path("simulation_unit_test_set_run_id"))
    base = str(ctx.request.base_url).rstrip("/")
    expires = utcnow() + timedelta(minutes=15)
    return answer({"presigned_url": f"{base}/_emulator/artifacts/{run['id']}.zip", "url_expires_at": iso(expires)})


@operation("cancel-simulation-unit-test-set-run")
async def cancel_simulation_unit_test_set_run(ctx: Ctx) -> Response:
    with ctx.rt.store.lock:
        backend.cancel_run(ctx.org, ctx.path("simulation_unit_test_set_run_id"))
    return no_content()
