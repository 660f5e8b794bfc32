"""Pattern 5, a simulation-driven deployment gate: run a unit test set, deploy only if it passes.

Meant as a CI step before a deploy. It starts a run of a simulation unit test set
(``client.simulation.create_simulation_unit_test_set_run``), waits for it to complete (polling
``client.simulation.get_simulation_unit_test_set_runs`` with a growing pause), prints each unit
test's result (its run errors, and for each metric of its success criteria how many runs passed),
and exits 0 when the run neither errored nor failed a metric, 1 otherwise (2 when it could not
decide: no set, or no result in time). When you already have an unfinished run of the set, the API
answers 409 and the gate waits for that run instead of starting another.

A run errors when a simulated conversation hits an error, for example when it needs more
interactions than the unit test's ``max_interactions``; it fails a metric when an evaluation of a
metric on a simulated conversation misses the unit test's success criterion for it.

Settings:

    AMIGO_API_KEY, AMIGO_API_KEY_ID, AMIGO_USER_ID, AMIGO_ORGANIZATION_ID   (required)
    AMIGO_BASE_URL              default https://api.amigo.ai
    AMIGO_UNIT_TEST_SET_ID      the unit test set to run (default: the most recently updated one)
    AMIGO_GATE_TIMEOUT          seconds to wait for the run (default: 1800)

The documentation's gate runs the Agent Forge CLI (``forge conversation simulate``); this one uses
the API's unit test set runs, so it needs nothing but this SDK. The personas, scenarios and unit
tests a set refers to are made once, beforehand (``client.simulation.create_simulation_persona``,
``create_simulation_scenario``, ``create_simulation_unit_test_set``), not on every deploy.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Dict, Optional

from amigo_client import AmigoClient, AmigoError, ConflictError
from amigo_client.models.simulation_unit_test_set_run_instance import SimulationUnitTestSetRunInstance

PASSED, FAILED, UNDECIDED = 0, 1, 2


def pick_set(client: AmigoClient) -> Optional[str]:
    chosen = os.environ.get("AMIGO_UNIT_TEST_SET_ID")
    if chosen:
        return chosen
    for test_set in client.simulation.get_simulation_unit_test_sets(sort_by=["-updated_at"], limit=1).items:
        print(f"unit test set: {test_set.name} ({test_set.id})")
        return test_set.id
    return None


def unfinished_run(client: AmigoClient, set_id: str) -> Optional[str]:
    for run in client.simulation.get_simulation_unit_test_set_runs(
        simulation_unit_test_set_id=[set_id], is_completed=False, creator=[client.user_id or ""]
    ):
        return run.id
    return None


def wait_for(client: AmigoClient, run_id: str, deadline: float) -> Optional[SimulationUnitTestSetRunInstance]:
    pause = 1.0
    while True:
        runs = client.simulation.get_simulation_unit_test_set_runs(id=[run_id]).items
        if runs and runs[0].is_completed:
            return runs[0]
        if time.monotonic() + pause > deadline:
            return None
        time.sleep(pause)
        pause = min(pause * 1.5, 30.0)


def metric_names(client: AmigoClient, run: SimulationUnitTestSetRunInstance) -> Dict[str, str]:
    ids = sorted({m.metric_id for r in run.unit_test_run_results if r is not None for m in r.metric_evaluation_results})
    return {m.id: m.name for m in client.metric.get_metrics(id=ids)} if ids else {}


def report(run: SimulationUnitTestSetRunInstance, names: Dict[str, str]) -> None:
    for result in run.unit_test_run_results:
        if result is None:
            print("  (a unit test without a result)")
            continue
        errors = [e for e in result.run_errors if e]
        print(f"  unit test {result.unit_test_id}: {len(result.run_errors)} runs, {len(errors)} errors")
        for error in errors[:3]:
            print(f"    error: {error}")
        for evaluation in result.metric_evaluation_results:
            passed = sum(1 for pair in evaluation.results if pair[1] is True)
            name = names.get(evaluation.metric_id, evaluation.metric_id)
            print(f"    metric {name}: {passed}/{len(evaluation.results)} runs passed")


def main() -> int:
    timeout = float(os.environ.get("AMIGO_GATE_TIMEOUT", "1800"))
    try:
        with AmigoClient() as client:
            set_id = pick_set(client)
            if set_id is None:
                print(
                    "no unit test set in this organization; create one or set AMIGO_UNIT_TEST_SET_ID", file=sys.stderr
                )
                return UNDECIDED
            try:
                run_id = client.simulation.create_simulation_unit_test_set_run(
                    simulation_unit_test_set_id=set_id
                ).simulation_unit_test_set_run_id
                print(f"started run {run_id}")
            except ConflictError:
                found = unfinished_run(client, set_id)
                if found is None:
                    raise
                run_id = found
                print(f"waiting for the unfinished run {run_id}")
            run = wait_for(client, run_id, time.monotonic() + timeout)
            if run is None:
                print(f"run {run_id} did not complete within {timeout:.0f} s", file=sys.stderr)
                return UNDECIDED
            report(run, metric_names(client, run))
            if run.errored or run.failed_metrics:
                why = "errored" if run.errored else "failed a metric"
                print(f"run {run_id} {why}: blocking the deployment")
                return FAILED
            print(f"run {run_id} passed: safe to deploy")
            return PASSED
    except AmigoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return UNDECIDED


if __name__ == "__main__":
    sys.exit(main())
