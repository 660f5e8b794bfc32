"""Users, services, organization, metrics, dynamic behavior sets and simulations: the emulator
keeps state across calls and answers in the contract's shapes (the ``emu`` fixture fails a test
whose answers broke the contract; a few are also checked here with jsonschema)."""

from __future__ import annotations

import time
from typing import Any, Dict

import httpx
import pytest

from amigo_emulator.testing import Emulator

from .support import BILLING, SERVICE, assert_schema, interact, path, shaped, start, types


@pytest.mark.operations("get-organization", "get-services")
def test_organization_and_seeded_services(client: httpx.Client, emu: Emulator) -> None:
    org = client.get("/organization/").json()
    assert_schema("GetOrganizationResponse", org)
    assert org["org_id"] == emu.organization
    services = client.get("/service/").json()
    assert_schema("GetServicesResponse", services)
    assert [(s["id"], s["name"]) for s in services["services"]] == [(SERVICE, "Customer support"), (BILLING, "Billing")]
    assert all(s["description"] and "release" in s["version_sets"] for s in services["services"])
    page = client.get("/service/", params={"limit": 1}).json()
    assert page["has_more"] is True and page["continuation_token"] == 1 and page["filter_values"] == {"tags": ["team"]}
    second = client.get("/service/", params={"limit": 1, "continuation_token": 1}).json()
    assert [s["id"] for s in second["services"]] == [BILLING] and second["filter_values"] is None
    assert [s["id"] for s in client.get("/service/", params={"tags": "team:billing"}).json()["services"]] == [BILLING]


@pytest.mark.operations(
    "create-conversation",
    "create-service",
    "delete-service-version-set",
    "update-service",
    "upsert-service-version-set",
)
def test_service_lifecycle(client: httpx.Client) -> None:
    """The paths come from the served contract: a version that moves them moves the requests."""
    body: Dict[str, Any] = {
        "service_hierarchical_state_machine_id": "65f0000000000000000000c2",
        "agent_id": "65f0000000000000000000b2",
        "name": "Onboarding",
        "description": "Welcomes new users.",
        "is_active": True,
        "keyterms": [],
        "tags": {},
    }
    created = client.post(path("create-service"), json=body)
    assert created.status_code == 201
    service_id = created.json()["id"]
    assert client.post(path("create-service"), json=body).status_code == 409
    updated = client.post(path("update-service", service_id=service_id), json={"description": "Welcomes everyone."})
    assert updated.status_code == 200 and updated.json()["description"] == "Welcomes everyone."
    version_set: Dict[str, Any] = {
        "agent_version_number": 2,
        "service_hierarchical_state_machine_version_number": None,
        "llm_model_preferences": {},
    }

    def version_set_path(operation_id: str, name: str) -> str:
        return path(operation_id, service_id=service_id, version_set_name=name)

    upsert = version_set_path("upsert-service-version-set", "staging")
    assert client.put(upsert, json={"version_set": version_set}).status_code == 204
    edge = version_set_path("upsert-service-version-set", "edge")
    assert client.put(edge, json={"version_set": version_set}).status_code == 400
    conversation = client.post(
        path("create-conversation"),
        params={"response_format": "text"},
        json={"service_id": service_id, "service_version_set_name": "staging"},
    )
    assert conversation.status_code == 201
    assert client.delete(version_set_path("delete-service-version-set", "release")).status_code == 400
    assert client.delete(version_set_path("delete-service-version-set", "staging")).status_code == 204
    assert client.delete(version_set_path("delete-service-version-set", "staging")).status_code == 404


@pytest.mark.operations(
    "create-conversation",
    "create-invited-user",
    "delete-user",
    "get-memories",
    "get-user-model",
    "get-users",
    "modify-user-variables",
    "search-users",
    "update-user-info",
)
def test_users(client: httpx.Client, emu: Emulator) -> None:
    created = client.post(
        "/user/",
        json={
            "first_name": "Grace",
            "last_name": "Hopper",
            "email": "grace@example.com",
            "role_name": "DefaultUserRole",
            "login_link": "https://example.com/login",
        },
    )
    assert created.status_code == 201 and created.json()["verify_link"].startswith("https://example.com/login?token=")
    user_id = created.json()["user_id"]
    assert (
        client.post(
            "/user/",
            json={"first_name": "G", "last_name": "H", "email": "grace@example.com", "role_name": "DefaultUserRole"},
        ).status_code
        == 409
    )
    users = client.get("/user/", params={"sort_by": "+first_name"}).json()
    assert_schema("GetUsersResponse", users)
    assert [u["first_name"] for u in users["users"]] == ["Demo", "Grace"]
    assert [u["user_id"] for u in client.get("/user/search/", params={"query": "hopp"}).json()["users"]] == [user_id]
    assert (
        client.post(f"/user/{user_id}", json={"first_name": "Amazing Grace", "timezone": "Europe/Paris"}).status_code
        == 204
    )
    variables = {
        "upserts": [
            {"name": "plan", "value": "gold", "is_secret": False},
            {"name": "pin", "value": "1234", "is_secret": True},
        ]
    }
    assert client.post(f"/user/{user_id}/variable", json=variables).status_code == 204
    me = client.get("/user/", params={"user_id": user_id}).json()["users"][0]
    assert me["first_name"] == "Amazing Grace" and me["preferences"]["timezone"] == "Europe/Paris"
    assert me["nonsensitive_variables"] == {"plan": "gold"} and me["sensitive_variables"] == ["pin"]
    assert client.post(f"/user/{user_id}/variable", json={"deletes": [{"name": "nope"}]}).status_code == 400
    stats = client.get("/user/", params={"user_id": emu.user_id}).json()["users"][0]["user_stats"]
    assert stats == {"num_conversations": 0, "num_messages": 0, "last_message_time": None}
    start(client)
    assert client.get("/user/", params={"user_id": emu.user_id}).json()["users"][0]["user_stats"]["num_messages"] == 1
    assert client.get(f"/user/{user_id}/user_model").json() == {"user_models": [], "additional_context": []}
    assert client.get("/user/nobody/memory").status_code == 404
    assert client.delete(f"/user/{user_id}").status_code == 204
    assert client.delete(f"/user/{user_id}").status_code == 404


@pytest.mark.operations(
    "create-conversation",
    "create-metric",
    "evaluate-metrics",
    "finish-conversation",
    "get-metric-evaluation-results",
    "get-metrics",
    "interact-with-conversation",
    "search-metrics",
)
def test_metrics_evaluate_deterministically(client: httpx.Client) -> None:
    def metric(name: str, value: Dict[str, Any]) -> str:
        body = {
            "name": name,
            "description": f"{name} metric",
            "applied_to_services": [SERVICE],
            "additional_notes": None,
            "tags": {},
            "metric_value": value,
        }
        response = client.post("/metric/", json=shaped("create-metric", body))
        assert response.status_code == 201
        return str(response.json()["id"])

    ids = [
        metric("Resolved", {"type": "boolean"}),
        metric("Satisfaction", {"type": "numerical", "lower_bound": 1, "upper_bound": 10}),
        metric("Tone", {"type": "categorical", "categories": ["warm", "neutral", "cold"]}),
    ]
    assert (
        client.post(
            "/metric/",
            json=shaped(
                "create-metric",
                {
                    "name": "Resolved",
                    "description": "x",
                    "applied_to_services": [],
                    "additional_notes": None,
                    "tags": {},
                    "metric_value": {"type": "boolean"},
                },
            ),
        ).status_code
        == 409
    )
    conversation = start(client)
    interact(client, conversation, "hello")
    first = client.post("/metric/evaluate", json={"metric_ids": ids, "conversation_id": conversation})
    assert first.status_code == 200
    again = client.post("/metric/evaluate", json={"metric_ids": ids, "conversation_id": conversation})
    values = [m["value"] for m in first.json()["metrics"]]
    assert values == [m["value"] for m in again.json()["metrics"]]
    assert isinstance(values[0], bool) and 1 <= values[1] <= 10 and values[2] in ("warm", "neutral", "cold")
    assert (
        client.post(
            "/metric/evaluate", json={"metric_ids": ids, "conversation_id": "65f0000000000000000000ff"}
        ).status_code
        == 404
    )
    listed = client.get("/metric/").json()
    assert_schema("GetMetricsResponse", listed)
    assert len(listed["metrics"]) == 3 and listed["filter_values"]["types"] == ["boolean", "categorical", "numerical"]
    assert [m["_id"] for m in client.get("/metric/search/", params={"query": "satisf"}).json()["metrics"]] == [ids[1]]
    client.post(f"/conversation/{conversation}/finish/")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        results = client.get("/metric/metric_evaluation_result", params={"source_type": "post-session"}).json()
        if len(results["metric_evaluation_results"]) == 3:
            break
        time.sleep(0.02)
    assert {r["metric_id"] for r in results["metric_evaluation_results"]} == set(ids)
    manual = client.get("/metric/metric_evaluation_result", params={"source_type": "manual"}).json()
    assert len(manual["metric_evaluation_results"]) == 6


@pytest.mark.operations(
    "create-conversation",
    "create-dynamic-behavior-set",
    "get-dynamic-behavior-invocations",
    "get-dynamic-behavior-set-versions",
    "get-dynamic-behavior-sets",
    "interact-with-conversation",
    "search-dynamic-behavior-sets",
)
def test_dynamic_behavior_sets_trigger_and_record_invocations(client: httpx.Client) -> None:
    body = {
        "name": "Refund escalation",
        "tags": {},
        "applied_to_services": [SERVICE],
        "initial_version": {
            "is_active": True,
            "conversation_triggers": ["refund"],
            "actions": [
                {"type": "inject-instruction", "instruction": "Offer a refund.", "overrides_instructions": False}
            ],
        },
    }
    created = client.post("/dynamic_behavior_set/", json=body)
    assert created.status_code == 201
    set_id = created.json()["dynamic_behavior_set_id"]
    conversation = start(client)
    _, events = interact(
        client, conversation, "I want a refund", params={"current_agent_action_type": "select-dynamic"}
    )
    actions = [e["action"] for e in events if e["type"] == "current-agent-action"]
    assert actions == [
        {
            "type": "select-dynamic-behavior-completed",
            "selected_dynamic_behavior_set_version_info": [set_id, 1],
            "previous_selected_dynamic_behavior_set_version_info": None,
        }
    ]
    invocations = client.get(f"/dynamic_behavior_set/{set_id}/invocation/").json()["dynamic_behavior_invocations"]
    assert [(i["conversation_id"], i["dynamic_behavior_set_version_info"]) for i in invocations] == [
        (conversation, [set_id, 1])
    ]
    versions = client.get(f"/dynamic_behavior_set/{set_id}/version/", params={"version": "latest"}).json()
    assert [v["version"] for v in versions["dynamic_behavior_set_versions"]] == [1]
    assert client.get(f"/dynamic_behavior_set/{set_id}/version/", params={"version": "x-y"}).status_code == 422
    assert [
        s["id"]
        for s in client.get("/dynamic_behavior_set/search", params={"query": "refund"}).json()["dynamic_behavior_sets"]
    ] == [set_id]
    assert client.get("/dynamic_behavior_set/", params={"is_active": "false"}).json()["dynamic_behavior_sets"] == []
    assert types(events)[0] == "user-message-available"


@pytest.mark.operations(
    "cancel-simulation-unit-test-set-run",
    "create-metric",
    "create-simulation-persona",
    "create-simulation-scenario",
    "create-simulation-unit-test",
    "create-simulation-unit-test-set",
    "create-simulation-unit-test-set-run",
    "get-simulation-personas",
    "get-simulation-scenarios",
    "get-simulation-unit-test-set-run-artifacts",
    "get-simulation-unit-test-set-runs",
    "get-simulation-unit-test-sets",
)
def test_simulations(client: httpx.Client) -> None:
    persona = client.post(
        "/simulation/persona/",
        json=shaped(
            "create-simulation-persona",
            {
                "name": "Busy parent",
                "role": "customer",
                "tags": {},
                "initial_version": {
                    "background": "Short on time.",
                    "user_models": [],
                    "nonsensitive_user_variables": {},
                    "sensitive_user_variables": {},
                },
            },
        ),
    )
    assert persona.status_code == 201
    scenario = client.post(
        "/simulation/scenario/",
        json=shaped(
            "create-simulation-scenario",
            {
                "name": "Late order",
                "tags": {},
                "initial_version": {
                    "objective": "Find the order.",
                    "instructions": "Be brief.",
                    "initial_message_type": "user-message",
                    "conversation_starts_at": None,
                },
            },
        ),
    )
    assert scenario.status_code == 201
    assert client.get("/simulation/persona/").json()["filter_values"]["roles"] == ["customer"]
    assert len(client.get("/simulation/scenario/").json()["simulation_scenarios"]) == 1
    metric = client.post(
        "/metric/",
        json=shaped(
            "create-metric",
            {
                "name": "Understood",
                "description": "Every user message was understood.",
                "applied_to_services": [],
                "additional_notes": None,
                "tags": {},
                "metric_value": {"type": "boolean"},
            },
        ),
    ).json()["id"]
    unit_test = client.post(
        "/simulation/unit_test/",
        json={
            "name": "Late order is found",
            "description": "The agent helps with a late order.",
            "service_id": SERVICE,
            "service_version_set_name": "release",
            "persona_id": persona.json()["simulation_persona_id"],
            "scenario_id": scenario.json()["simulation_scenario_id"],
            "max_interactions": 5,
            "success_criterions": [
                {"name": "understood", "metric_id": metric, "criterion": {"type": "boolean", "expected_value": True}}
            ],
            "tags": {},
        },
    )
    assert unit_test.status_code == 201, unit_test.text
    unit_test_id = unit_test.json()["simulation_unit_test_id"]
    unknown = {"unit_test_id": "65f0000000000000000000d1", "run_count": 1}
    refused = client.post(
        "/simulation/unit_test_set/",
        json={"name": "Smoke", "description": None, "unit_test_runs": [unknown], "tags": {}},
    )
    assert refused.status_code == 404 and "Unit test" in refused.json()["detail"]
    test_set = client.post(
        "/simulation/unit_test_set/",
        json={
            "name": "Smoke",
            "description": None,
            "unit_test_runs": [{"unit_test_id": unit_test_id, "run_count": 2}],
            "tags": {},
        },
    )
    assert test_set.status_code == 201
    set_id = test_set.json()["simulation_unit_test_set_id"]
    run = client.post("/simulation/unit_test_set_run/", json={"simulation_unit_test_set_id": set_id})
    assert run.status_code == 201
    run_id = run.json()["simulation_unit_test_set_run_id"]
    assert (
        client.post("/simulation/unit_test_set_run/", json={"simulation_unit_test_set_id": set_id}).status_code == 409
    )
    assert client.get(f"/simulation/unit_test_set_run/{run_id}/artifacts/").status_code == 400
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        runs = client.get("/simulation/unit_test_set_run/").json()["simulation_unit_test_set_runs"]
        if runs[0]["is_completed"]:
            break
        time.sleep(0.02)
    [result] = runs[0]["unit_test_run_results"]
    assert (result["unit_test_id"], result["run_errors"]) == (unit_test_id, [None, None])
    [evaluated] = result["metric_evaluation_results"]
    assert evaluated["metric_id"] == metric and [passed for _, passed in evaluated["results"]] == [True, True]
    assert (runs[0]["errored"], runs[0]["failed_metrics"]) == (False, False)
    artifacts = client.get(f"/simulation/unit_test_set_run/{run_id}/artifacts/")
    assert artifacts.status_code == 200 and artifacts.json()["presigned_url"].endswith(".zip")
    assert client.delete(f"/simulation/unit_test_set_run/{run_id}/").status_code == 409
    second = client.post("/simulation/unit_test_set_run/", json={"simulation_unit_test_set_id": set_id}).json()
    assert (
        client.delete(f"/simulation/unit_test_set_run/{second['simulation_unit_test_set_run_id']}/").status_code == 204
    )
    sets = client.get("/simulation/unit_test_set/").json()["simulation_unit_test_sets"]
    assert sets[0]["last_triggered_run_id"] == second["simulation_unit_test_set_run_id"]
