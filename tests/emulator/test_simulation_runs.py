"""Unit test set runs measure something: each run simulates a conversation from the scenario,
honours the unit test's ``max_interactions`` and evaluates its success criteria's metrics, so a set
passes or fails for a reason its results name (the rule: amigo_emulator.models.simulations)."""

from __future__ import annotations

import itertools
import time
from typing import Any, Dict, List, Optional

import httpx
import pytest

from .support import SERVICE, assert_schema, shaped

# The contract operations every test here exercises (tests/conftest.py: the marker).
pytestmark = pytest.mark.operations(
    "create-metric", "create-simulation-persona", "create-simulation-scenario", "create-simulation-unit-test"
)

BOOLEAN = {"type": "boolean"}
SCORE = {"type": "numerical", "lower_bound": 0, "upper_bound": 10}
GRADE = {"type": "categorical", "categories": ["great", "ok", "poor"]}
_NAMES = itertools.count(1)


def _metric(client: httpx.Client, name: str, value: Dict[str, Any]) -> str:
    body: Dict[str, Any] = {
        "name": name,
        "description": f"{name} of the conversation",
        "applied_to_services": [],
        "additional_notes": None,
        "tags": {},
        "metric_value": value,
    }
    created = client.post("/metric/", json=shaped("create-metric", body))
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def _persona_and_scenario(client: httpx.Client, objective: str) -> Dict[str, str]:
    persona = client.post(
        "/simulation/persona/",
        json=shaped(
            "create-simulation-persona",
            {
                "name": f"Customer {next(_NAMES)}",
                "role": "customer",
                "tags": {},
                "initial_version": {
                    "background": "A customer.",
                    "user_models": [],
                    "nonsensitive_user_variables": {},
                    "sensitive_user_variables": {},
                },
            },
        ),
    )
    scenario = client.post(
        "/simulation/scenario/",
        json=shaped(
            "create-simulation-scenario",
            {
                "name": f"Scenario {next(_NAMES)}",
                "tags": {},
                "initial_version": {
                    "objective": objective,
                    "instructions": "Stay polite.",
                    "initial_message_type": "user-message",
                    "conversation_starts_at": None,
                },
            },
        ),
    )
    assert persona.status_code == 201 and scenario.status_code == 201
    return {
        "persona_id": persona.json()["simulation_persona_id"],
        "scenario_id": scenario.json()["simulation_scenario_id"],
    }


def _unit_test(
    client: httpx.Client, name: str, objective: str, criteria: List[Dict[str, Any]], max_interactions: int = 10
) -> httpx.Response:
    return client.post(
        "/simulation/unit_test/",
        json={
            "name": name,
            "description": f"{name} passes",
            "service_id": SERVICE,
            "service_version_set_name": "release",
            **_persona_and_scenario(client, objective),
            "max_interactions": max_interactions,
            "success_criterions": criteria,
            "tags": {},
        },
    )


def _criterion(metric_id: str, condition: Dict[str, Any]) -> Dict[str, Any]:
    return {"name": f"criterion on {metric_id[-4:]}", "metric_id": metric_id, "criterion": condition}


def _run(client: httpx.Client, unit_test_id: str, run_count: int = 2) -> Dict[str, Any]:
    made = client.post(
        "/simulation/unit_test_set/",
        json={
            "name": f"set {unit_test_id}",
            "description": None,
            "unit_test_runs": [{"unit_test_id": unit_test_id, "run_count": run_count}],
            "tags": {},
        },
    )
    assert made.status_code == 201, made.text
    started = client.post(
        "/simulation/unit_test_set_run/",
        json={"simulation_unit_test_set_id": made.json()["simulation_unit_test_set_id"]},
    )
    assert started.status_code == 201
    run_id = started.json()["simulation_unit_test_set_run_id"]
    deadline = time.monotonic() + 15
    run: Optional[Dict[str, Any]] = None
    while time.monotonic() < deadline:
        page = client.get("/simulation/unit_test_set_run/", params={"id": run_id}).json()
        assert_schema("GetSimulationUnitTestSetRunsResponse", page)
        run = page["simulation_unit_test_set_runs"][0]
        if run["is_completed"]:
            return run
        assert run["unit_test_run_results"] == [None], "no results before the run completes"
        time.sleep(0.05)
    raise AssertionError(f"run {run_id} did not complete: {run}")


@pytest.mark.operations(
    "create-simulation-unit-test-set",
    "create-simulation-unit-test-set-run",
    "get-metric-evaluation-results",
    "get-simulation-unit-test-set-runs",
)
def test_a_run_on_topics_the_agent_knows_passes_every_criterion(client: httpx.Client) -> None:
    resolved, score, grade = (
        _metric(client, "Resolved", BOOLEAN),
        _metric(client, "Score", SCORE),
        _metric(client, "Grade", GRADE),
    )
    criteria = [
        _criterion(resolved, {"type": "boolean", "expected_value": True}),
        _criterion(score, {"type": "numerical", "verb": ">=", "threshold": 8}),
        _criterion(grade, {"type": "categorical", "expected_values": ["great"]}),
    ]
    made = _unit_test(client, "Account help", "I forgot my password. Where is my order?", criteria)
    assert made.status_code == 201, made.text
    unit_test_id = made.json()["simulation_unit_test_id"]
    run = _run(client, unit_test_id, run_count=2)
    assert (run["errored"], run["failed_metrics"], run["artifacts_generated"]) == (False, False, True)
    [result] = run["unit_test_run_results"]
    assert result["unit_test_id"] == unit_test_id and result["run_errors"] == [None, None]
    by_metric = {m["metric_id"]: m["results"] for m in result["metric_evaluation_results"]}
    assert set(by_metric) == {resolved, score, grade}
    assert all([passed for _, passed in results] == [True, True] for results in by_metric.values())
    [spec] = run["unit_test_run_specs"]
    assert spec["max_interactions"] == 10 and len(spec["metrics_to_evaluate"]) == 3

    # Each evaluation is stored as a simulation result of this run, with the same values.
    stored = client.get(
        "/metric/metric_evaluation_result", params={"simulation_unit_test_set_run_id": run["id"]}
    ).json()["metric_evaluation_results"]
    assert {r["id"] for r in stored} == {rid for results in by_metric.values() for rid, _ in results}
    values = {(r["metric_id"], r["source"]["run_index"]): r["result"] for r in stored}
    assert values == {(m, i): v for m, v in ((resolved, True), (score, 10.0), (grade, "great")) for i in (0, 1)}
    assert {r["source"]["type"] for r in stored} == {"simulation"}


@pytest.mark.operations(
    "create-simulation-unit-test-set",
    "create-simulation-unit-test-set-run",
    "get-metric-evaluation-results",
    "get-simulation-unit-test-set-runs",
)
def test_a_run_off_topic_fails_its_metrics(client: httpx.Client) -> None:
    resolved, score = _metric(client, "Resolved", BOOLEAN), _metric(client, "Score", SCORE)
    criteria = [
        _criterion(resolved, {"type": "boolean", "expected_value": True}),
        _criterion(score, {"type": "numerical", "verb": ">=", "threshold": 8}),
    ]
    made = _unit_test(client, "Small talk", "Tell me a joke about penguins.", criteria)
    run = _run(client, made.json()["simulation_unit_test_id"], run_count=1)
    assert (run["errored"], run["failed_metrics"]) == (False, True)
    results = {m["metric_id"]: m["results"] for m in run["unit_test_run_results"][0]["metric_evaluation_results"]}
    assert [passed for _, passed in results[resolved]] == [False]
    assert [passed for _, passed in results[score]] == [False]  # 1 of 2 messages understood: 5.0 < 8
    stored = client.get("/metric/metric_evaluation_result", params={"source_type": "simulation"}).json()
    assert {r["metric_id"]: r["result"] for r in stored["metric_evaluation_results"]} == {resolved: False, score: 5.0}


@pytest.mark.operations(
    "create-simulation-unit-test-set", "create-simulation-unit-test-set-run", "get-simulation-unit-test-set-runs"
)
def test_max_interactions_stops_a_run_that_needs_more(client: httpx.Client) -> None:
    resolved = _metric(client, "Resolved", BOOLEAN)
    criteria = [_criterion(resolved, {"type": "boolean", "expected_value": True})]
    objective = "I forgot my password. Where is my order? My invoice looks wrong."  # 3 + goodbye = 4 turns
    enough = _unit_test(client, "Within budget", objective, criteria, max_interactions=4)
    short = _unit_test(client, "Over budget", objective, criteria, max_interactions=2)
    assert enough.status_code == short.status_code == 201
    ok = _run(client, enough.json()["simulation_unit_test_id"], run_count=1)
    assert (ok["errored"], ok["unit_test_run_results"][0]["run_errors"]) == (False, [None])
    over = _run(client, short.json()["simulation_unit_test_id"], run_count=2)
    assert over["errored"] is True
    assert (
        over["unit_test_run_results"][0]["run_errors"]
        == ["reached max_interactions (2) before the conversation ended"] * 2
    )


@pytest.mark.operations("get-simulation-unit-tests")
def test_a_unit_test_needs_what_it_names_and_matching_criteria(client: httpx.Client) -> None:
    resolved = _metric(client, "Resolved", BOOLEAN)
    good = [_criterion(resolved, {"type": "boolean", "expected_value": True})]
    mismatch = [_criterion(resolved, {"type": "numerical", "verb": ">", "threshold": 1})]
    assert _unit_test(client, "Kinds differ", "Hello.", mismatch).status_code == 400
    unknown_metric = [_criterion("65f0000000000000000000ee", {"type": "boolean", "expected_value": True})]
    assert _unit_test(client, "No metric", "Hello.", unknown_metric).status_code == 404
    body: Dict[str, Any] = {
        "name": "Fine",
        "description": "d",
        "service_id": SERVICE,
        "service_version_set_name": "release",
        **_persona_and_scenario(client, "Hello."),
        "max_interactions": 3,
        "success_criterions": good,
        "tags": {},
    }
    for broken in (
        {"persona_id": "65f0000000000000000000ee"},
        {"scenario_id": "65f0000000000000000000ee"},
        {"service_id": "65f0000000000000000000ee"},
        {"service_version_set_name": "nightly"},
    ):
        assert client.post("/simulation/unit_test/", json={**body, **broken}).status_code == 404, broken
    assert client.post("/simulation/unit_test/", json=body).status_code == 201
    assert client.post("/simulation/unit_test/", json=body).status_code == 409
    listed = client.get("/simulation/unit_test/").json()
    assert_schema("GetSimulationUnitTestsResponse", listed)
    assert [t["name"] for t in listed["simulation_unit_tests"]] == ["Fine"]
