"""Upstream versions for the end-to-end proofs: changes applied to the upstream *snapshot* (the
input of ``make spec-update``, in upstream's own shape: ``/v1/{organization}`` paths, upstream
schema names, transport headers), never to ``openapi.yaml``.

Contract:

* :data:`CLASSES` is one :class:`Change` per class of upstream change issue 14 names (a response
  field added, required and optional, removed, renamed; a request field added, required and
  optional, removed, renamed, moved under a new object; an enum value added and removed; an
  operation added and removed, one the emulator's hand-written rules serve too; a path moved; a
  new tag; a new binary content type). Each says which operations it touches and exactly the
  report lines (operation, change, breaking) ``scripts/spec_update.py --json`` must give for it,
  so several can run in one update and each is still checked on its own. The changes target
  operations the emulator serves with hand-written rules (metrics, users, services,
  conversations) and spec-driven ones (agents, personas, scenarios, tools).
* :func:`later_version` is the later upstream version issue 14 describes: metric versions added
  (``create-metric-version``, ``get-metric-versions`` and their schemas), the Git interface
  dropped, required response fields ``metric_value_type`` (metrics) and
  ``enable_actions_access`` (users), the metric request's ``description`` and ``metric_value``
  moved into ``initial_version_metric_value``, and ``get-prompt-logs`` declared as
  ``application/zip`` (what ``spec/overlay.yaml`` already declares: no change to report there).
* :func:`older_version` is an older upstream version without some metric and user operations
  that the emulator serves with hand-written rules (:data:`OLDER_REMOVED`).

Every builder works on a deep copy and returns it; the snapshot given is never changed. What the
builders add is written here (facts: names, types), never copied from an upstream file.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, FrozenSet, List, Tuple

__all__ = [
    "CLASSES",
    "ORG",
    "OLDER_REMOVED",
    "Change",
    "LATER_LINES",
    "Line",
    "MOVED_LINES",
    "apply",
    "later_version",
    "older_version",
]

ORG = "/v1/{organization}"
ID_PATTERN = "^[a-f0-9]{24}$"

#: One line of the change report: (operationId, change text or "added" / "removed", breaking).
Line = Tuple[str, str, bool]
Document = Dict[str, Any]


def _op(doc: Document, operation_id: str) -> Tuple[str, str, Dict[str, Any]]:
    """(path, method, operation) of ``operation_id`` in an upstream document."""
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return path, method, op
    raise KeyError(operation_id)


def _schemas(doc: Document) -> Dict[str, Any]:
    schemas: Dict[str, Any] = doc["components"]["schemas"]
    return schemas


def _require(schema: Dict[str, Any], name: str, sub: Dict[str, Any]) -> None:
    schema["properties"][name] = sub
    if name not in schema.setdefault("required", []):
        schema["required"].append(name)


def _drop(schema: Dict[str, Any], name: str) -> Any:
    removed = schema["properties"].pop(name)
    if name in schema.get("required", []):
        schema["required"].remove(name)
    return removed


def _rename(schema: Dict[str, Any], old: str, new: str) -> None:
    schema["properties"] = {(new if k == old else k): v for k, v in schema["properties"].items()}
    if "required" in schema:
        schema["required"] = [(new if k == old else k) for k in schema["required"]]


def _transport_headers() -> List[Dict[str, Any]]:
    """The headers upstream declares on every operation (the pipeline drops them)."""
    return [
        {
            "name": "x-mongo-cluster-name",
            "in": "header",
            "required": False,
            "schema": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        },
        {
            "name": "Sec-WebSocket-Protocol",
            "in": "header",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}, "default": []},
        },
    ]


def _org_parameter() -> Dict[str, Any]:
    return {"name": "organization", "in": "path", "required": True, "schema": {"type": "string"}}


def _id_parameter(name: str) -> Dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string", "pattern": ID_PATTERN}}


def _errors(*statuses: str) -> Dict[str, Any]:
    return {status: {"description": f"Error {status}."} for status in statuses}


# --------------------------------------------------------------------------- classes of change


@dataclass(frozen=True)
class Change:
    """One class of upstream change: ``mutate`` applies it to an upstream document in place;
    ``lines`` are exactly the report lines it causes; ``operations`` the operations whose tests
    show whether it was absorbed (those touched and, for a removal, those removed)."""

    name: str
    mutate: Callable[[Document], None]
    lines: FrozenSet[Line]
    #: Operations removed by this change (their tests must skip, saying so).
    removed: FrozenSet[str] = frozenset()
    #: Hand-written code the report must name as what has to change (``file: function`` parts).
    must_change: FrozenSet[str] = frozenset()
    #: What the class is about, for the test ids and the note.
    about: str = ""
    #: Whether the generated SDK needs the binary-answer class (wip-surface) for it.
    binary: bool = False
    tags: Tuple[str, ...] = field(default=())

    @property
    def operations(self) -> FrozenSet[str]:
        return frozenset(oid for oid, _text, _breaking in self.lines)


def apply(snapshot: Document, *changes: Change) -> Document:
    """A copy of ``snapshot`` with every change applied (in order)."""
    doc = copy.deepcopy(snapshot)
    for change in changes:
        change.mutate(doc)
    return doc


def _response_field_added_required(doc: Document) -> None:
    # Users (hand-written rules): every user now says whether it may run actions.
    _require(_schemas(doc)["UserInstance"], "enable_actions_access", {"type": "boolean"})


def _response_field_added_optional(doc: Document) -> None:
    # Services (hand-written) and agents (spec-driven) gain an optional field each.
    service = _schemas(doc)["ServiceInstance"]
    service["properties"]["region"] = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    agent = _schemas(doc)["src__app__endpoints__organization__get_agents__Response__AgentInstance"]
    agent["properties"]["color"] = {"type": "string"}


def _response_field_removed(doc: Document) -> None:
    # A field the emulator computes (a conversation's message count is not kept in state as such).
    _drop(_schemas(doc)["ConversationInstance"], "is_finished")


def _response_field_renamed(doc: Document) -> None:
    # Simulation personas (spec-driven): role -> persona_role.
    _rename(_schemas(doc)["SimulationPersonaInstance"], "role", "persona_role")


def _request_field_added_required(doc: Document) -> None:
    # Simulation scenarios (spec-driven): a new required field when creating one.
    _require(
        _schemas(doc)["src__app__endpoints__simulation__create_simulation_scenario__Request"],
        "language",
        {"type": "string", "minLength": 2},
    )


def _request_field_added_optional(doc: Document) -> None:
    # Users (hand-written): an invitation may say whether the user may run actions.
    _schemas(doc)["src__app__endpoints__user__create_invited_user__Request"]["properties"]["enable_actions_access"] = {
        "type": "boolean",
        "default": False,
    }


def _request_field_removed(doc: Document) -> None:
    # Services (hand-written): keyterms are no longer set when creating a service.
    _drop(_schemas(doc)["src__app__endpoints__service__create_service__Request"], "keyterms")


def _request_field_renamed(doc: Document) -> None:
    # Conversations (hand-written): the starter's facets are now called topics.
    schema = _schemas(doc)["src__app__endpoints__conversation__generate_conversation_starter__Request"]
    _rename(schema, "facets", "topics")


def _request_field_moved(doc: Document) -> None:
    # Metrics (hand-written): description and metric_value move into initial_version_metric_value.
    schemas = _schemas(doc)
    request = schemas["src__app__endpoints__metric__create_metric__Request"]
    version = {
        "type": "object",
        "properties": {
            "description": _drop(request, "description"),
            "metric_value": _drop(request, "metric_value"),
        },
        "required": ["description", "metric_value"],
    }
    schemas["amigo_lib__mongo__collections__metric__MetricVersion__Input"] = version
    _require(
        request,
        "initial_version_metric_value",
        {"$ref": "#/components/schemas/amigo_lib__mongo__collections__metric__MetricVersion__Input"},
    )


def _enum_value_added(doc: Document) -> None:
    # Webhooks (hand-written): a new event type destinations may accept.
    _schemas(doc)["WebhookType"]["enum"].append("conversation-started")


def _enum_value_removed(doc: Document) -> None:
    # Metric evaluation results (hand-written): simulations no longer a source type to filter on.
    _schemas(doc)["EvaluationSourceType"]["enum"].remove("simulation")


def _operation_added(doc: Document) -> None:
    # Metric versions (the emulator serves them from the contract alone).
    _add_metric_versions(doc)


def _operation_removed(doc: Document) -> None:
    # search-metrics (a hand-written rule serves it) and get-agent-versions (spec-driven).
    for oid in ("search-metrics", "get-agent-versions"):
        path, method, _op_ = _op(doc, oid)
        del doc["paths"][path][method]
        if not doc["paths"][path]:
            del doc["paths"][path]


def _path_moved(doc: Document) -> None:
    # Services (hand-written): version sets move from version_sets/ to version-sets/.
    old = f"{ORG}/service/{{service_id}}/version_sets/{{version_set_name}}/"
    new = f"{ORG}/service/{{service_id}}/version-sets/{{version_set_name}}/"
    doc["paths"] = {(new if k == old else k): v for k, v in doc["paths"].items()}


def _new_tag(doc: Document) -> None:
    # An operation under a tag never seen: a new resource namespace, client.audit_log (spec-driven).
    doc["components"]["schemas"]["src__app__endpoints__audit_log__get_audit_log__Response"] = {
        "type": "object",
        "properties": {
            "audit_events": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "action": {"type": "string"},
                        "created_at": {"type": "string", "format": "date-time"},
                    },
                    "required": ["id", "action", "created_at"],
                },
            },
            "has_more": {"type": "boolean"},
            "continuation_token": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        },
        "required": ["audit_events", "has_more", "continuation_token"],
    }
    doc["paths"][f"{ORG}/audit_log/"] = {
        "get": {
            "tags": ["Audit Log"],
            "operationId": "get-audit-log",
            "parameters": [
                _org_parameter(),
                {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer", "default": 50}},
                *_transport_headers(),
            ],
            "responses": {
                "200": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "$ref": "#/components/schemas/src__app__endpoints__audit_log__get_audit_log__Response"
                            }
                        }
                    }
                },
                **_errors("401", "403", "422", "503"),
            },
        }
    }


def _binary_content_type(doc: Document) -> None:
    # An export answered as CSV, a content type the generator has never seen (spec-driven).
    doc["paths"][f"{ORG}/metric/metric_evaluation_result/export"] = {
        "get": {
            "tags": ["Metric"],
            "operationId": "export-metric-evaluation-results",
            "parameters": [_org_parameter(), *_transport_headers()],
            "responses": {
                "200": {"content": {"text/csv": {"schema": {"type": "string"}}}},
                **_errors("401", "403", "422", "503"),
            },
        }
    }


def _lines(*lines: Line) -> FrozenSet[Line]:
    return frozenset(lines)


_VALUE = "initial_version_metric_value.metric_value"
#: The report lines of the metric request's fields moved under initial_version_metric_value
#: (the value's own fields move with it).
MOVED_LINES: List[Line] = [
    ("create-metric", "request field description: removed", True),
    ("create-metric", "request field metric_value: removed", True),
    ("create-metric", "request field metric_value.type: removed", True),
    ("create-metric", "request field metric_value.categories: removed", True),
    ("create-metric", "request field metric_value.lower_bound: removed", True),
    ("create-metric", "request field metric_value.upper_bound: removed", True),
    ("create-metric", "request field initial_version_metric_value: added (required)", True),
    ("create-metric", "request field initial_version_metric_value.description: added (required)", True),
    ("create-metric", f"request field {_VALUE}: added (required)", True),
    ("create-metric", f"request field {_VALUE}.type: added (required)", True),
    ("create-metric", f"request field {_VALUE}.categories: added (optional)", False),
    ("create-metric", f"request field {_VALUE}.lower_bound: added (optional)", False),
    ("create-metric", f"request field {_VALUE}.upper_bound: added (optional)", False),
]


CLASSES: List[Change] = [
    Change(
        "response-field-added-required",
        _response_field_added_required,
        _lines(
            ("get-users", "response 200 field users[].enable_actions_access: added (required)", False),
            ("search-users", "response 200 field users[].enable_actions_access: added (required)", False),
        ),
        about="a required response field added (users, hand-written rules)",
    ),
    Change(
        "response-field-added-optional",
        _response_field_added_optional,
        _lines(
            ("get-services", "response 200 field services[].region: added (optional)", False),
            ("get-agents", "response 200 field agents[].color: added (optional)", False),
        ),
        about="optional response fields added (services: hand-written; agents: spec-driven)",
    ),
    Change(
        "response-field-removed",
        _response_field_removed,
        _lines(("get-conversations", "response 200 field conversations[].is_finished: removed", True)),
        about="a response field removed (conversations, hand-written)",
    ),
    Change(
        "response-field-renamed",
        _response_field_renamed,
        _lines(
            ("get-simulation-personas", "response 200 field simulation_personas[].role: removed", True),
            (
                "get-simulation-personas",
                "response 200 field simulation_personas[].persona_role: added (required)",
                False,
            ),
            ("search-simulation-personas", "response 200 field simulation_personas[].role: removed", True),
            (
                "search-simulation-personas",
                "response 200 field simulation_personas[].persona_role: added (required)",
                False,
            ),
        ),
        about="a response field renamed (personas, spec-driven)",
    ),
    Change(
        "request-field-added-required",
        _request_field_added_required,
        _lines(("create-simulation-scenario", "request field language: added (required)", True)),
        about="a required request field added (scenarios, spec-driven)",
    ),
    Change(
        "request-field-added-optional",
        _request_field_added_optional,
        _lines(("create-invited-user", "request field enable_actions_access: added (optional)", False)),
        about="an optional request field added (users, hand-written)",
    ),
    Change(
        "request-field-removed",
        _request_field_removed,
        _lines(("create-service", "request field keyterms: removed", True)),
        about="a request field removed (services, hand-written)",
    ),
    Change(
        "request-field-renamed",
        _request_field_renamed,
        _lines(
            ("generate-conversation-starter", "request field facets: removed", True),
            ("generate-conversation-starter", "request field topics: added (required)", True),
        ),
        about="a request field renamed (conversation starters, hand-written)",
    ),
    Change(
        "request-field-moved",
        _request_field_moved,
        _lines(*MOVED_LINES),
        about="request fields moved under a new object (metrics, hand-written)",
    ),
    Change(
        "enum-value-added",
        _enum_value_added,
        _lines(
            (
                "create-webhook-destination",
                "request field accepted_types[]: enum values added: 'conversation-started'",
                False,
            ),
            (
                "update-webhook-destination",
                "request field accepted_types[]: enum values added: 'conversation-started'",
                False,
            ),
        ),
        about="an enum value added (webhook event types, hand-written)",
    ),
    Change(
        "enum-value-removed",
        _enum_value_removed,
        _lines(
            ("get-metric-evaluation-results", "query parameter source_type[]: enum values removed: 'simulation'", True)
        ),
        about="an enum value removed (metric evaluation source types, hand-written)",
    ),
    Change(
        "operation-added",
        _operation_added,
        _lines(("create-metric-version", "added", False), ("get-metric-versions", "added", False)),
        about="operations added (metric versions, served from the contract alone)",
    ),
    Change(
        "operation-removed",
        _operation_removed,
        _lines(("search-metrics", "removed", True), ("get-agent-versions", "removed", True)),
        removed=frozenset({"search-metrics", "get-agent-versions"}),
        must_change=frozenset({"amigo_emulator/metrics.py: search_metrics"}),
        about="operations removed (search-metrics: a hand-written rule serves it; get-agent-versions: spec-driven)",
    ),
    Change(
        "path-moved",
        _path_moved,
        _lines(
            (
                "upsert-service-version-set",
                "path /service/{service_id}/version_sets/{version_set_name}/ -> "
                "/service/{service_id}/version-sets/{version_set_name}/",
                False,
            ),
            (
                "delete-service-version-set",
                "path /service/{service_id}/version_sets/{version_set_name}/ -> "
                "/service/{service_id}/version-sets/{version_set_name}/",
                False,
            ),
        ),
        about="a path moved (service version sets, hand-written)",
    ),
    Change(
        "new-tag",
        _new_tag,
        _lines(("get-audit-log", "added", False)),
        about="an operation under a new tag (client.audit_log, spec-driven)",
    ),
    Change(
        "binary-content-type",
        _binary_content_type,
        _lines(("export-metric-evaluation-results", "added", False)),
        about="a new binary content type (a CSV export, spec-driven)",
        binary=True,
    ),
]


# --------------------------------------------------------------------------- the later version


def _add_metric_versions(doc: Document) -> None:
    """``create-metric-version`` and ``get-metric-versions`` on ``/metric/{metric_id}/version/``."""
    schemas = _schemas(doc)
    value_input = {"$ref": "#/components/schemas/MetricValue-Input"}
    value_output = {"$ref": "#/components/schemas/MetricValue-Output"}
    schemas["src__app__endpoints__metric__create_metric_version__Request"] = {
        "type": "object",
        "properties": {"description": {"type": "string", "minLength": 1}, "metric_value": value_input},
        "required": ["description", "metric_value"],
    }
    schemas["src__app__endpoints__metric__create_metric_version__Response"] = {
        "type": "object",
        "properties": {"version": {"type": "integer", "minimum": 1}},
        "required": ["version"],
    }
    schemas["MetricVersionInstance"] = {
        "type": "object",
        "properties": {
            "metric_id": {"type": "string"},
            "version": {"type": "integer"},
            "description": {"type": "string"},
            "metric_value": value_output,
            "created_at": {"type": "string", "format": "date-time"},
        },
        "required": ["metric_id", "version", "description", "metric_value", "created_at"],
    }
    schemas["src__app__endpoints__metric__get_metric_versions__Response"] = {
        "type": "object",
        "properties": {
            "metric_versions": {"type": "array", "items": {"$ref": "#/components/schemas/MetricVersionInstance"}},
            "has_more": {"type": "boolean"},
            "continuation_token": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
        },
        "required": ["metric_versions", "has_more", "continuation_token"],
    }

    def body(name: str) -> Dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}}

    doc["paths"][f"{ORG}/metric/{{metric_id}}/version/"] = {
        "post": {
            "tags": ["Metric"],
            "operationId": "create-metric-version",
            "parameters": [_org_parameter(), _id_parameter("metric_id"), *_transport_headers()],
            "requestBody": {"required": True, **body("src__app__endpoints__metric__create_metric_version__Request")},
            "responses": {
                "201": body("src__app__endpoints__metric__create_metric_version__Response"),
                **_errors("404", "422", "401", "403", "503"),
            },
        },
        "get": {
            "tags": ["Metric"],
            "operationId": "get-metric-versions",
            "parameters": [
                _org_parameter(),
                _id_parameter("metric_id"),
                {
                    "name": "limit",
                    "in": "query",
                    "required": False,
                    "schema": {"type": "integer", "minimum": 0, "maximum": 50, "default": 50},
                },
                {"name": "continuation_token", "in": "query", "required": False, "schema": {"type": "integer"}},
                *_transport_headers(),
            ],
            "responses": {
                "200": body("src__app__endpoints__metric__get_metric_versions__Response"),
                **_errors("404", "422", "401", "403", "503"),
            },
        },
    }


#: Exactly the report lines of :func:`later_version`.
LATER_LINES: List[Line] = [
    ("access-git-interface-get", "removed", True),
    ("access-git-interface-post", "removed", True),
    ("create-metric-version", "added", False),
    ("get-metric-versions", "added", False),
    ("get-metrics", "response 200 field metrics[].metric_value_type: added (required)", False),
    ("search-metrics", "response 200 field metrics[].metric_value_type: added (required)", False),
    ("get-users", "response 200 field users[].enable_actions_access: added (required)", False),
    ("search-users", "response 200 field users[].enable_actions_access: added (required)", False),
    *MOVED_LINES,
]


def later_version(snapshot: Document) -> Document:
    """The later upstream version of issue 14 (see the module docstring)."""
    doc = copy.deepcopy(snapshot)
    doc["info"]["version"] = "0.2.0"
    schemas = _schemas(doc)
    _add_metric_versions(doc)
    del doc["paths"][f"{ORG}/tool/git/{{git_path}}"]
    for name in ("MetricInstance", "Metric"):
        _require(schemas[name], "metric_value_type", {"$ref": "#/components/schemas/MetricValueType"})
    _require(schemas["UserInstance"], "enable_actions_access", {"type": "boolean"})
    _request_field_moved(doc)
    _path, _method, logs = _op(doc, "get-prompt-logs")
    logs["responses"]["200"]["content"] = {"application/zip": {"schema": {"type": "string", "format": "binary"}}}
    return doc


# --------------------------------------------------------------------------- the older version

#: Operations the older version does not have yet (hand-written rules serve each).
OLDER_REMOVED = ("get-metric-evaluation-results", "search-metrics", "search-users", "get-memories", "get-user-model")


def older_version(snapshot: Document) -> Document:
    """An older upstream version: :data:`OLDER_REMOVED` are not in it yet."""
    doc = copy.deepcopy(snapshot)
    doc["info"]["version"] = "0.0.9"
    for oid in OLDER_REMOVED:
        path, method, _op_ = _op(doc, oid)
        del doc["paths"][path][method]
        if not any(isinstance(v, dict) and "operationId" in v for v in doc["paths"][path].values()):
            del doc["paths"][path]
    return doc
