"""The emulator follows the contract it is given: served on a changed copy of openapi.yaml, with no
code change, it answers in the changed shapes, validates requests against the changed schemas and
keeps its rules.

One copy of openapi.yaml carries every class of change (each on its own resource, so they do not
mask one another), shaped after the upstream version issue 14 describes (metric versions, the Git
interface dropped, required response fields such as ``metric_value_type`` and
``enable_actions_access``, the metric request's fields moved into
``initial_version_metric_value``, prompt logs declared as ``application/zip``):

* response fields added (required: enum, boolean, string with a pattern, integer, date-time,
  nested object), removed (one the emulator computes), renamed;
* request fields added (required, optional), removed, renamed, moved under a new object; an
  unknown field under ``additionalProperties: false``;
* an enum value added (accepted and answered) and removed (refused in requests, never answered);
* operations added (metric versions, served from the contract alone) and removed (Git); a path
  parameter renamed.

Every answer is checked twice: by the emulator's own checking mode (``contract_violations`` must
stay empty) and here with jsonschema against the changed document.
"""

from __future__ import annotations

import copy
import functools
import io
import time
import zipfile
from pathlib import Path
from typing import Any, Dict, Iterator, List

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from amigo_emulator.testing import Emulator, running_emulator

from .support import ROOT, SERVICE, events_of

ID = {"type": "string", "pattern": "^[a-f0-9]{24}$"}


def _load() -> Dict[str, Any]:
    with open(ROOT / "openapi.yaml", encoding="utf-8") as handle:
        document: Dict[str, Any] = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return copy.deepcopy(document)


def _require(schema: Dict[str, Any], name: str, sub: Dict[str, Any]) -> None:
    schema["properties"][name] = sub
    schema.setdefault("required", []).append(name)


def _drop(schema: Dict[str, Any], name: str) -> Any:
    removed = schema["properties"].pop(name)
    if name in schema.get("required", []):
        schema["required"].remove(name)
    return removed


def _operation(document: Dict[str, Any], operation_id: str) -> Dict[str, Any]:
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def changed_contract() -> Dict[str, Any]:
    """openapi.yaml with one change of every class (see the module docstring)."""
    document = _load()
    schemas = document["components"]["schemas"]
    metric, listed = schemas["MetricInstance"], schemas["Metric"]
    user = schemas["UserInstance"]

    # Response fields added, all required, on the hand-written metrics and users.
    for item in (metric, listed):
        _require(item, "metric_value_type", {"$ref": "#/components/schemas/MetricValueType"})
    _require(metric, "version_count", {"type": "integer", "minimum": 1})
    _require(metric, "last_evaluated_at", {"type": "string", "format": "date-time"})
    _require(metric, "slug", {"type": "string", "pattern": "^[a-z]+$"})
    _require(
        metric,
        "quality",
        {
            "type": "object",
            "required": ["score", "grade", "reviewed_at"],
            "properties": {
                "score": {"type": "number", "minimum": 0, "maximum": 1},
                "grade": {"type": "string", "enum": ["unrated", "good", "poor"]},
                "reviewed_at": {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
            },
        },
    )
    _require(user, "enable_actions_access", {"type": "boolean"})
    _require(metric, "owner", {"type": "string"})  # echoes the request field added below

    # Stream events: a required field added to the reply pieces, one dropped from the completion.
    _require(schemas["NewMessageEvent"], "tone", {"type": "string", "enum": ["neutral", "warm"]})
    _drop(schemas["InteractionCompleteEvent"], "full_message")

    # Response fields removed (one the emulator computes) and renamed.
    _drop(user, "user_stats")
    _drop(metric, "additional_notes")
    _require(user, "email_address", _drop(user, "email"))

    # Request fields: added (required on metrics, optional on invitations), renamed
    # (additional_notes -> notes), moved under a new object (description, metric_value ->
    # initial_version_metric_value), removed (keyterms of a service).
    request = schemas["CreateMetricRequest"]
    _require(request, "owner", {"type": "string", "minLength": 1})
    _require(request, "notes", _drop(request, "additional_notes"))
    moved = {
        "type": "object",
        "required": ["description", "metric_value"],
        "properties": {"description": _drop(request, "description"), "metric_value": _drop(request, "metric_value")},
    }
    _require(request, "initial_version_metric_value", moved)
    schemas["CreateInvitedUserRequest"]["properties"]["enable_actions_access"] = {"type": "boolean"}
    schemas["CreateWebhookDestinationRequest"]["properties"]["label"] = {"type": "string"}
    schemas["WebhookDestination"]["properties"]["label"] = {"type": "string"}
    _drop(schemas["CreateServiceRequest"], "keyterms")
    # Unknown fields refused where the schema says so.
    role = schemas["CreateRoleRequest"]
    _drop(role, "description")
    role["additionalProperties"] = False

    # Enum values: one added (a webhook type), one removed (the admin frontend view).
    schemas["WebhookType"]["enum"].append("conversation-started")
    schemas["FrontendView"]["enum"].remove("admin")

    # Operations: metric versions added (served from the contract alone), Git dropped.
    version_request = {"$ref": "#/components/schemas/CreateMetricVersionRequest"}
    schemas["CreateMetricVersionRequest"] = copy.deepcopy(moved)
    schemas["CreateMetricVersionResponse"] = {
        "type": "object",
        "required": ["version"],
        "properties": {"version": {"type": "integer"}},
    }
    document["paths"]["/metric/{metric_id}/version"] = {
        "post": {
            "operationId": "create-metric-version",
            "parameters": [{"name": "metric_id", "in": "path", "required": True, "schema": ID}],
            "requestBody": {"required": True, "content": {"application/json": {"schema": version_request}}},
            "responses": {
                "201": {
                    "description": "created",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/CreateMetricVersionResponse"}}
                    },
                },
                "404": {"description": "no such metric"},
                "422": {"description": "invalid"},
            },
        }
    }
    for path in [p for p in document["paths"] if p.startswith("/tool/git")]:
        del document["paths"][path]

    # A path parameter renamed (a moved path): the user's id in /user/{...}.
    item = document["paths"].pop("/user/{requested_user_id}")
    for op in item.values():
        for param in op.get("parameters", []) if isinstance(op, dict) else []:
            if param.get("name") == "requested_user_id":
                param["name"] = "user_ref"
    document["paths"]["/user/{user_ref}"] = item

    # Bytes of a type never seen: an export added (served from the contract alone) and the
    # insights of a hand-written rule now answered as a PDF report.
    document["paths"]["/metric/metric_evaluation_result/export"] = {
        "get": {
            "operationId": "export-metric-evaluation-results",
            "responses": {"200": {"description": "csv", "content": {"text/csv": {"schema": {"type": "string"}}}}},
        }
    }
    _operation(document, "get-interaction-insights")["responses"]["200"]["content"] = {
        "application/pdf": {"schema": {"type": "string", "format": "binary"}}
    }

    # Prompt logs declared as a zip download.
    _operation(document, "get-prompt-logs")["responses"]["200"]["content"] = {
        "application/zip": {"schema": {"type": "string", "format": "binary"}}
    }
    return document


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    path = tmp_path_factory.mktemp("changed") / "openapi-changed.yaml"
    path.write_text(yaml.safe_dump(_changed_document(), sort_keys=False), encoding="utf-8")
    config = {"pace_ms": 0, "post_processing_delay_ms": 20, "check_responses": True}
    with running_emulator(config, spec=path) as running:
        yield running


@pytest.fixture
def api(changed: Emulator) -> Iterator[httpx.Client]:
    changed.reset()
    with httpx.Client(base_url=changed.api_url, headers=changed.auth_headers(), timeout=10, trust_env=False) as c:
        yield c
    assert changed.stats()["contract_violations"] == []


@functools.lru_cache(maxsize=None)
def _changed() -> Any:
    """The changed contract, or why it cannot be made: the changes are written against the
    version of openapi.yaml this module was written for, and a later upstream version may already
    lack what they change (then the module skips, saying so; it proves the emulator follows a
    changed contract, and the upstream proofs of tests/upstream/ take over for that version)."""
    try:
        return changed_contract()
    except (KeyError, ValueError) as exc:
        return f"openapi.yaml no longer has what this module changes ({type(exc).__name__}: {exc})"


def _changed_document() -> Dict[str, Any]:
    document = _changed()
    if isinstance(document, str):
        pytest.skip(document)
    return copy.deepcopy(document)


def conforms(name: str, value: Any) -> None:
    """``value`` validates against ``#/components/schemas/{name}`` of the changed contract."""
    schema = {"$ref": f"#/components/schemas/{name}", "components": _changed_document()["components"]}
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
    assert not errors, f"{name}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def _metric(api: httpx.Client, name: str, value: Dict[str, Any], **extra: Any) -> httpx.Response:
    body = {
        "name": name,
        "owner": "quality team",
        "notes": None,
        "applied_to_services": [SERVICE],
        "tags": {"area": "support"},
        "initial_version_metric_value": {"description": f"How {name.lower()} the agent is", "metric_value": value},
        **extra,
    }
    return api.post("/metric/", json=body)


def _missing(response: httpx.Response) -> List[List[Any]]:
    assert response.status_code == 422, response.text
    return [item["loc"] for item in response.json()["detail"] if item["type"] == "missing"]


@pytest.mark.operations("create-metric", "create-role", "create-service", "get-services")
def test_request_fields_follow_the_changed_contract(api: httpx.Client) -> None:
    old_shape = {
        "name": "Helpful",
        "description": "How helpful the agent is",
        "applied_to_services": [SERVICE],
        "additional_notes": None,
        "tags": {},
        "metric_value": {"type": "boolean"},
    }
    # The old request: the renamed, moved and added required fields are missing (FastAPI-style).
    assert sorted(_missing(api.post("/metric/", json=old_shape))) == [
        ["body", "initial_version_metric_value"],
        ["body", "notes"],
        ["body", "owner"],
    ]
    without_owner = {k: v for k, v in _new_shape("Helpful").items() if k != "owner"}
    assert _missing(api.post("/metric/", json=without_owner)) == [["body", "owner"]]
    assert _metric(api, "Helpful", {"type": "boolean"}).status_code == 201
    assert _metric(api, "Helpful", {"type": "boolean"}).status_code == 409, "names stay unique"
    # A removed request field is ignored where the schema allows other fields (no
    # additionalProperties: false upstream), and refused where it forbids them.
    service = {
        "service_hierarchical_state_machine_id": "65f0000000000000000000c2",
        "agent_id": "65f0000000000000000000b2",
        "name": "Onboarding",
        "description": "Welcomes new users.",
        "is_active": True,
        "tags": {},
    }
    assert api.post("/service/", json=service).status_code == 201
    assert api.post("/service/", json={**service, "keyterms": ["x"]}).status_code == 409, "the name rule holds"
    listed = api.get("/service/").json()
    conforms("GetServicesResponse", listed)
    assert [s["keyterms"] for s in listed["services"] if s["name"] == "Onboarding"] == [[]]
    role = {"role_name": "Auditor", "permission_grants": [], "frontend_view": "client"}
    refused = api.post("/role/", json={**role, "description": "no longer a field"})
    assert refused.status_code == 422 and refused.json()["detail"][0]["type"] == "extra_forbidden"
    assert api.post("/role/", json=role).status_code == 201


def _new_shape(name: str) -> Dict[str, Any]:
    return {
        "name": name,
        "owner": "quality team",
        "notes": None,
        "applied_to_services": [SERVICE],
        "tags": {},
        "initial_version_metric_value": {"description": "d", "metric_value": {"type": "boolean"}},
    }


@pytest.mark.operations(
    "create-conversation",
    "create-metric",
    "evaluate-metrics",
    "get-metrics",
    "interact-with-conversation",
    "search-metrics",
)
def test_metric_answers_take_the_changed_shape_and_the_rules_read_the_moved_fields(api: httpx.Client) -> None:
    created = _metric(api, "Helpful", {"type": "numerical", "lower_bound": 1, "upper_bound": 5})
    assert created.status_code == 201
    conforms("CreateMetricResponse", created.json())
    metric_id = created.json()["id"]
    _metric(api, "Resolved", {"type": "boolean"})

    listed = api.get("/metric/", params={"sort_by": "+name"}).json()
    conforms("GetMetricsResponse", listed)
    first = listed["metrics"][0]
    assert first["name"] == "Helpful" and first["owner"] == "quality team"  # an added request field, kept
    assert "additional_notes" not in first and "notes" not in first  # removed from the answer
    # Added required fields: filled from the state where it holds them (nested after the move),
    # else deterministically from their schema.
    assert first["metric_value_type"] == "numerical"
    assert first["description"] == "How helpful the agent is"
    assert first["metric_value"] == {"type": "numerical", "lower_bound": 1, "upper_bound": 5}
    assert (first["version_count"], first["slug"]) == (1, "emulated")
    assert first["last_evaluated_at"] == first["created_at"]
    assert first["quality"] == {"score": 0.0, "grade": "unrated", "reviewed_at": None}
    assert api.get("/metric/", params={"sort_by": "+name"}).json()["metrics"][0] == first, "the same on every read"

    # The rules read the moved fields: the value kind filters and evaluations, the description search.
    kinds = api.get("/metric/", params={"type": "boolean"}).json()["metrics"]
    assert [m["name"] for m in kinds] == ["Resolved"]
    found = api.get("/metric/search/", params={"query": "how helpful"}).json()
    conforms("SearchMetricsResponse", found)
    assert [m["_id"] for m in found["metrics"]] == [metric_id] and found["metrics"][0][
        "metric_value_type"
    ] == "numerical"

    conversation = _conversation(api, "I forgot my password")
    evaluated = api.post("/metric/evaluate", json={"metric_ids": [metric_id], "conversation_id": conversation}).json()
    conforms("EvaluateMetricsResponse", evaluated)
    assert evaluated["metrics"][0]["value"] == 5.0  # every user message understood: the upper bound

    # A metric version (an operation this contract adds) changes how the metric evaluates.
    version = {"description": "Now a yes/no question", "metric_value": {"type": "boolean"}}
    added = api.post(f"/metric/{metric_id}/version", json=version)
    assert added.status_code == 201 and added.json() == {"version": 1}
    again = api.post("/metric/evaluate", json={"metric_ids": [metric_id], "conversation_id": conversation}).json()
    assert again["metrics"][0]["value"] is True
    assert api.post("/metric/65f0000000000000000000ff/version", json=version).status_code == 404


def _conversation(api: httpx.Client, text: str) -> str:
    created = api.post("/conversation/", params={"response_format": "text"}, json={"service_id": SERVICE})
    assert created.status_code == 201
    conversation = str(events_of(created)[0]["conversation_id"])
    turn = api.post(
        f"/conversation/{conversation}/interact",
        params={"request_format": "text", "response_format": "text"},
        files=[("initial_message_type", (None, "user-message")), ("recorded_message", (None, text))],
    )
    assert turn.status_code == 200 and events_of(turn)[-1]["type"] == "interaction-complete"
    return conversation


@pytest.mark.operations(
    "create-invited-user", "create-role", "delete-user", "get-roles", "get-users", "update-user-info"
)
def test_user_answers_take_the_changed_shape_and_roles_are_checked(api: httpx.Client, changed: Emulator) -> None:
    invite = {
        "first_name": "Grace",
        "last_name": "Hopper",
        "email": "grace@example.com",
        "role_name": "DefaultUserRole",
    }
    unknown = api.post("/user/", json={**invite, "role_name": "Astronaut"})
    assert unknown.status_code == 404 and "Astronaut" in unknown.json()["detail"]
    created = api.post("/user/", json={**invite, "enable_actions_access": True})
    assert created.status_code == 201
    conforms("CreateInvitedUserResponse", created.json())
    assert api.post("/user/", json={**invite, "first_name": "G"}).status_code == 409, "emails stay unique"

    users = api.get("/user/", params={"sort_by": "+first_name"}).json()
    conforms("GetUsersResponse", users)
    by_name = {u["first_name"]: u for u in users["users"]}
    assert set(by_name) == {"Demo", "Grace"}, "the refused invitation stored nothing"
    grace, demo = by_name["Grace"], by_name["Demo"]
    assert grace["user_id"] == created.json()["user_id"]
    assert grace["enable_actions_access"] is True  # an added optional request field, kept
    assert demo["enable_actions_access"] is False  # filled from its schema
    assert "user_stats" not in grace and "email" not in grace  # removed, renamed
    assert grace["email_address"] != invite["email"]  # a rename cannot be guessed: filled from its schema

    # Operations on a path whose parameter was renamed still reach the user.
    updated = api.post(f"/user/{grace['user_id']}", json={"first_name": "Amazing Grace"})
    assert updated.status_code == 204
    assert "Amazing Grace" in [u["first_name"] for u in api.get("/user/").json()["users"]]
    assert api.delete(f"/user/{grace['user_id']}").status_code == 204
    assert api.delete(f"/user/{grace['user_id']}").status_code == 404

    # An enum value removed: refused in requests, never answered (the seeded roles had it).
    assert (
        api.post("/role/", json={"role_name": "Ops", "permission_grants": [], "frontend_view": "admin"}).status_code
        == 422
    )
    roles = api.get("/role/").json()
    conforms("GetRolesResponse", roles)
    assert {r["frontend_view"] for r in roles["roles"]} == {"client"}


@pytest.mark.operations("create-webhook-destination", "get-webhook-destinations")
def test_an_added_enum_value_is_accepted_and_answered(api: httpx.Client) -> None:
    body = {"url": "https://example.com/hook", "accepted_types": ["conversation-started"], "label": "crm"}
    assert api.post("/webhook_destination/", json=body).status_code == 201
    assert api.post("/webhook_destination/", json={**body, "accepted_types": ["nope"]}).status_code == 422
    listed = api.get("/webhook_destination/").json()
    conforms("GetWebhookDestinationsResponse", listed)
    [destination] = listed["webhook_destinations"]
    assert destination["accepted_types"] == ["conversation-started"]
    assert destination["label"] == "crm"  # an optional field both sides add, kept


@pytest.mark.operations(
    "access-git-interface-get", "create-conversation", "get-prompt-logs", "interact-with-conversation"
)
def test_operations_added_and_dropped_and_a_binary_answer(api: httpx.Client) -> None:
    assert api.get("/tool/git/HEAD").status_code == 404, "the Git interface is gone from this contract"
    conversation = _conversation(api, "Where is my order?")
    logs = api.get("/admin/get_prompt_logs/", params={"prompt_log_prefix": conversation})
    assert logs.status_code == 200 and logs.headers["content-type"] == "application/zip"
    assert 'filename="prompt_logs.zip"' in logs.headers["content-disposition"]
    names = zipfile.ZipFile(io.BytesIO(logs.content)).namelist()
    assert len(names) == 4 and all(n.startswith(conversation + "/") for n in names)


@pytest.mark.operations("create-conversation")
def test_answers_the_contract_now_declares_as_bytes_are_bytes_of_that_type(api: httpx.Client) -> None:
    export = api.get("/metric/metric_evaluation_result/export")
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv") and export.content
    conversation = _conversation(api, "Where is my order?")
    interaction = api.get(f"/conversation/{conversation}/messages/").json()["messages"][-1]["interaction_id"]
    report = api.get(f"/conversation/{conversation}/interaction/{interaction}/insights")
    assert report.status_code == 200 and report.headers["content-type"] == "application/pdf" and report.content


def test_stream_events_take_the_changed_shape(api: httpx.Client) -> None:
    created = api.post("/conversation/", params={"response_format": "text"}, json={"service_id": SERVICE})
    events = events_of(created)
    pieces = [e for e in events if e["type"] == "new-message"]
    assert pieces and all(e["tone"] == "neutral" for e in pieces)  # added: filled from its schema
    assert "".join(e["message"] for e in pieces) == "Hi there! How can I help you today?"
    [complete] = [e for e in events if e["type"] == "interaction-complete"]
    assert "full_message" not in complete and complete["message_id"] == pieces[0]["message_id"]
    for event in events:
        conforms("CreateConversationResponse", event)


@pytest.mark.operations(
    "create-conversation",
    "create-metric",
    "finish-conversation",
    "get-metric-evaluation-results",
    "interact-with-conversation",
)
def test_post_processing_and_streams_still_follow_the_rules(api: httpx.Client) -> None:
    created = _metric(api, "Resolved", {"type": "boolean"})
    conversation = _conversation(api, "invoice question")
    assert api.post(f"/conversation/{conversation}/finish/").status_code == 204
    deadline = time.monotonic() + 10
    results: List[Dict[str, Any]] = []
    while time.monotonic() < deadline and not results:
        answer = api.get("/metric/metric_evaluation_result", params={"source_type": "post-session"}).json()
        conforms("GetMetricEvaluationResultsResponse", answer)
        results = answer["metric_evaluation_results"]
        time.sleep(0.02)
    assert [(r["metric_id"], r["result"]) for r in results] == [(created.json()["id"], True)]


def test_seeding_follows_the_changed_contract(changed: Emulator) -> None:
    """The testing kit's seeding shapes its requests to the served contract: a simulation set
    (whose metric request moved, renamed and gained fields) and a user are still made."""
    changed.reset()
    made = changed.seed.simulation_set("Gate", unit_tests=1)
    user = changed.seed.user(first_name="Ada")
    with httpx.Client(base_url=changed.api_url, headers=changed.auth_headers(), timeout=10, trust_env=False) as api:
        metrics = api.get("/metric/", params={"id": [made.metric_id]}).json()["metrics"]
        assert [m["metric_value_type"] for m in metrics] == ["boolean"], "the moved metric value was kept"
        assert metrics[0]["description"] == "Whether the customer's question was answered."
        assert [u["first_name"] for u in api.get("/user/").json()["users"] if u["user_id"] == user.id] == ["Ada"]
    assert changed.stats()["contract_violations"] == []


def test_the_changed_contract_is_not_the_served_default() -> None:
    # Guard: the changes above are real changes to openapi.yaml (the test would prove nothing if
    # the project's contract already had them).
    _changed_document()
    schemas = _load()["components"]["schemas"]
    assert "metric_value_type" not in schemas["MetricInstance"]["properties"]
    assert "enable_actions_access" not in schemas["UserInstance"]["properties"]
    assert "initial_version_metric_value" not in schemas["CreateMetricRequest"]["properties"]
    assert Path(ROOT / "openapi.yaml").exists()
