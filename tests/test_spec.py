"""openapi.yaml: valid OpenAPI, covers the operations the SDK promises, is exactly what the spec
pipeline builds from the upstream document it records plus spec/, agrees with that document
operation by operation, and holds no upstream sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import yaml
from openapi_spec_validator import validate

import normalize_spec
from contract import compare, operations
from repo import ROOT, UPSTREAM
from spectools.build import build, find_upstream, read_source, render, upstream_stamp

SPEC = ROOT / "openapi.yaml"
OVERLAY = yaml.safe_load((ROOT / "spec" / "overlay.yaml").read_text(encoding="utf-8"))

REQUIRED_OPERATIONS = {
    # Conversation
    "create-conversation",
    "get-conversations",
    "interact-with-conversation",
    "finish-conversation",
    "get-conversation-messages",
    "get-interaction-insights",
    "recommend-responses-for-interaction",
    "retrieve-message-source",
    "generate-conversation-starter",
    "modify-tags-of-conversation",
    # User, organization
    "sign-in-with-api-key",
    "create-invited-user",
    "get-users",
    "search-users",
    "update-user-info",
    "delete-user",
    "get-user-model",
    "get-memories",
    "modify-user-variables",
    "get-organization",
    # Service
    "get-services",
    "create-service",
    "update-service",
    "upsert-service-version-set",
    "delete-service-version-set",
    # Metric
    "create-metric",
    "get-metrics",
    "search-metrics",
    "evaluate-metrics",
    "get-metric-evaluation-results",
    # Dynamic behavior set
    "get-dynamic-behavior-sets",
    "search-dynamic-behavior-sets",
    "create-dynamic-behavior-set",
    "get-dynamic-behavior-set-versions",
    "get-dynamic-behavior-invocations",
    # Webhook destination
    "create-webhook-destination",
    "get-webhook-destinations",
    "update-webhook-destination",
    "delete-webhook-destination",
    "rotate-webhook-destination-secret",
    "get-webhook-deliveries",
    # Simulation
    "create-simulation-persona",
    "get-simulation-personas",
    "create-simulation-scenario",
    "get-simulation-scenarios",
    "create-simulation-unit-test-set",
    "get-simulation-unit-test-sets",
    "create-simulation-unit-test-set-run",
    "get-simulation-unit-test-set-runs",
    "get-simulation-unit-test-set-run-artifacts",
    "cancel-simulation-unit-test-set-run",
}

EVENTS = {
    "conversation-created": "ConversationCreatedEvent",
    "user-message-available": "UserMessageAvailableEvent",
    "new-message": "NewMessageEvent",
    "current-agent-action": "CurrentAgentActionEvent",
    "interaction-complete": "InteractionCompleteEvent",
    "end-session": "EndSessionEvent",
    "error": "ErrorEvent",
}


@pytest.fixture(scope="module")
def spec() -> Dict[str, Any]:
    data = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def recorded_upstream(spec: Dict[str, Any]) -> Path:
    """The upstream document openapi.yaml was built from (info.x-upstream), or skip saying why."""
    path, why = find_upstream(spec, ROOT)
    if path is None:
        pytest.skip(why)
    return path


def test_is_valid_openapi_31(spec: Dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)  # raises on any violation


@pytest.mark.parametrize("operation_id", sorted(REQUIRED_OPERATIONS))
def test_covers_every_promised_operation(spec: Dict[str, Any], operation_id: str) -> None:
    """Each operation the SDK promises is in openapi.yaml, unless the upstream document it was
    built from no longer has it either: then the test skips, saying so (`make spec-update`
    reported the removal as breaking); an operation upstream has and openapi.yaml lost fails."""
    if operation_id in {op["operationId"] for op in operations(spec).values()}:
        return
    path, _why = find_upstream(spec, ROOT)
    if path is not None:
        upstream = json.loads(path.read_text(encoding="utf-8"))
        if operation_id not in {op.get("operationId") for op in operations(upstream).values()}:
            pytest.skip(f"openapi.yaml has no operation {operation_id} (removed upstream)")
    pytest.fail(f"openapi.yaml lost the promised operation {operation_id}, which upstream still has")


def test_operation_ids_are_unique(spec: Dict[str, Any]) -> None:
    ids = {op["operationId"] for op in operations(spec).values()}
    assert len(ids) == len(operations(spec)), "operationIds must be unique"


def test_paths_are_organization_scoped(spec: Dict[str, Any]) -> None:
    assert "{organization}" in spec["servers"][0]["url"]
    for (method, path), op in operations(spec).items():
        assert not path.startswith("/v1"), f"{method} {path}: paths are relative to /v1/{{organization}}"
        names = [p.get("name", "").lower() for p in op.get("parameters", [])]
        assert "organization" not in names, f"{method} {path} takes an organization argument"
        for transport in normalize_spec.TRANSPORT_HEADERS:
            assert transport not in names, f"{method} {path} declares transport header {transport}"


def test_schema_names_follow_the_shared_convention(spec: Dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in schemas:
        assert name.isalnum() and name[0].isupper(), f"schema name {name!r} is not PascalCase"
    # A body is named after an operation that takes it (upstream may share one body between two
    # operations: it is named after one of them).
    takers: Dict[str, List[str]] = {}
    for op in operations(spec).values():
        for media in (op.get("requestBody") or {}).get("content", {}).values():
            ref = media.get("schema", {}).get("$ref", "")
            if ref:
                takers.setdefault(ref, []).append(normalize_spec.operation_pascal(op["operationId"]))
    for ref, stems in takers.items():
        assert any(ref.endswith(f"/{stem}Request") for stem in stems), f"{ref} is the body of {stems}"


@pytest.mark.parametrize("stream", ["CreateConversationResponse", "InteractWithConversationResponse"])
def test_stream_events_are_schemas_discriminated_by_type(spec: Dict[str, Any], stream: str) -> None:
    schemas = spec["components"]["schemas"]
    union = schemas[stream]
    mapping = union["discriminator"]["mapping"]
    assert union["discriminator"]["propertyName"] == "type"
    refs = {item["$ref"] for item in union["oneOf"]}
    assert set(mapping.values()) == refs
    for event_type, ref in mapping.items():
        name = ref.rsplit("/", 1)[1]
        assert EVENTS[event_type] == name
        assert schemas[name]["properties"]["type"]["const"] == event_type
    expected = set(EVENTS) - ({"conversation-created"} if stream.startswith("Interact") else set())
    assert set(mapping) == expected


def test_ndjson_operations_and_multipart_body(spec: Dict[str, Any]) -> None:
    ops = {op["operationId"]: op for op in operations(spec).values()}
    assert "application/x-ndjson" in ops["create-conversation"]["responses"]["201"]["content"]
    interact = ops["interact-with-conversation"]
    assert "application/x-ndjson" in interact["responses"]["200"]["content"]
    body = spec["components"]["schemas"]["InteractWithConversationRequest"]
    assert set(body["properties"]["initial_message_type"]["enum"]) == {"user-message", "external-event", "skip"}
    assert set(body["required"]) == {"initial_message_type", "recorded_message"}
    sign_in = ops["sign-in-with-api-key"]
    headers = {p["name"]: p["required"] for p in sign_in["parameters"] if p["in"] == "header"}
    assert headers == {"x-api-key": True, "x-api-key-id": True, "x-user-id": True}
    assert sign_in["security"] == []


def test_is_exactly_what_the_pipeline_builds(recorded_upstream: Path) -> None:
    """Nobody edited openapi.yaml by hand, and spec/ has not changed since the last `make spec`."""
    raw, upstream = read_source(str(recorded_upstream))
    built = build(upstream, ROOT / "spec", upstream_stamp(str(recorded_upstream), raw, upstream))
    assert render(built.document) == SPEC.read_text(encoding="utf-8"), (
        "openapi.yaml is not what spec/ and the recorded upstream document build: run `make spec` "
        "(edit words in spec/words/, changes in spec/overlay.yaml, never openapi.yaml itself)"
    )
    assert built.stale == [], f"words for things no longer in the contract: {built.stale}"
    assert built.unmatched == [], f"overlay actions that match nothing: {built.unmatched}"


def test_agrees_with_the_upstream_contract(spec: Dict[str, Any], recorded_upstream: Path) -> None:
    upstream = json.loads(recorded_upstream.read_text(encoding="utf-8"))
    problems = compare(spec, upstream, OVERLAY)
    assert problems == [], "\n".join(problems)
    # Without the declared changes, only the declared fact fixes show up as drift: each line is
    # about a path an overlay action targets (a later upstream version may declare a fact the
    # overlay fixes itself; then that line goes).
    undeclared = compare(spec, upstream)
    targets = " ".join(str(action["target"]) for action in OVERLAY["actions"])
    assert [line for line in undeclared if f"['{line.split(' ')[1].rstrip(':')}']" not in targets] == []
    if find_upstream(spec, ROOT)[0] != UPSTREAM:
        return  # the exact list below is the snapshot's
    assert undeclared == [
        "GET /admin/get_prompt_logs/: 200 content types ['application/zip'] != upstream ['application/json']",
        "GET /conversation/{conversation_id}/messages/{message_id}/source: 200 body required fields "
        "['content_type', 'expires_at', 'url'] != upstream []",
        "GET /tool/amigo_tool_scaffold.tar.gz: 200 content types ['application/gzip'] != upstream ['application/json']",
    ]
    upstream_count = sum(1 for item in upstream["paths"].values() for m in item if m in normalize_spec.HTTP_METHODS)
    assert len(operations(spec)) == upstream_count


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


def _upstream_sentences(upstream: Dict[str, Any]) -> List[str]:
    found = set()
    stack: List[Any] = [upstream]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("description", "summary") and isinstance(value, str):
                    found.add(value)
                elif key in ("example", "examples"):
                    found.update(s for s in _strings(value))
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    squeezed = {" ".join(text.split()) for text in found}
    return sorted(text for text in squeezed if len(text) > 40)


def test_no_upstream_sentence_in_the_spec_or_the_words(upstream_path: Path) -> None:
    """Descriptions, summaries and examples are the project's own: none of the upstream ones
    longer than 40 characters appears in openapi.yaml or under spec/ (whitespace and case ignored)."""
    sentences = _upstream_sentences(json.loads(upstream_path.read_text(encoding="utf-8")))
    assert len(sentences) > 100  # the scan sees the upstream prose
    files = [SPEC] + sorted((ROOT / "spec").rglob("*.yaml"))
    haystack = "\n".join(
        " ".join(text.split()) for path in files for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    )
    assert _copied(sentences, haystack) == [], f"upstream sentence(s) copied: {_copied(sentences, haystack)[:3]}"
    # The same scan finds a sentence planted in a words file, even wrapped over two lines.
    words = sentences[-1].split(" ")
    planted = yaml.safe_dump({"operations": {"x": {"description": " ".join(words[:3]) + "\n" + " ".join(words[3:])}}})
    assert _copied(sentences, " ".join(" ".join(_strings(yaml.safe_load(planted))).split())) == [sentences[-1]]


def _copied(sentences: List[str], haystack: str) -> List[str]:
    """The sentences found in ``haystack``, case ignored (a copy inside a longer sentence starts
    lower-case)."""
    lowered = haystack.lower()
    return [s for s in sentences if s.lower() in lowered]


def test_every_rate_limit_is_recorded(spec: Dict[str, Any]) -> None:
    limits = {op["operationId"]: op.get("x-rate-limit") for op in operations(spec).values()}
    assert limits["sign-in-with-api-key"] == {"requests": 5, "per": "minute"}
    for oid, limit in limits.items():
        op = next(o for o in operations(spec).values() if o["operationId"] == oid)
        assert (limit is not None) == ("429" in op["responses"]), oid


def test_contract_check_catches_drift(spec: Dict[str, Any], recorded_upstream: Path) -> None:
    """The comparison itself must fail on each kind of drift it claims to catch."""
    upstream = json.loads(recorded_upstream.read_text(encoding="utf-8"))

    def drifted(mutate: Any) -> list[str]:
        doc = json.loads(json.dumps(spec))
        mutate(doc)
        return compare(doc, upstream, OVERLAY)

    def rename_param(doc: Dict[str, Any]) -> None:
        doc["paths"]["/conversation/"]["get"]["parameters"][0]["name"] += "_x"

    def make_optional(doc: Dict[str, Any]) -> None:
        for p in doc["paths"]["/conversation/{conversation_id}/interact"]["post"]["parameters"]:
            if p["name"] == "request_format":
                p["required"] = False

    def drop_status(doc: Dict[str, Any]) -> None:
        del doc["paths"]["/conversation/"]["post"]["responses"]["409"]

    def drop_required_field(doc: Dict[str, Any]) -> None:
        doc["components"]["schemas"]["CreateConversationRequest"]["required"] = []

    def change_content_type(doc: Dict[str, Any]) -> None:
        body = doc["paths"]["/conversation/{conversation_id}/interact"]["post"]["requestBody"]["content"]
        body["application/json"] = body.pop("multipart/form-data")

    def change_path(doc: Dict[str, Any]) -> None:
        doc["paths"]["/conversations/"] = doc["paths"].pop("/conversation/")

    def drop_operation(doc: Dict[str, Any]) -> None:
        del doc["paths"]["/conversation/"]["get"]

    for mutate, needle in [
        (drop_operation, "'get-conversations' is not described"),
        (rename_param, "parameter"),
        (make_optional, "request_format"),
        (drop_status, "status codes"),
        (drop_required_field, "required fields"),
        (change_content_type, "content types"),
        (change_path, "no such operation upstream"),
    ]:
        found = drifted(mutate)
        assert any(needle in line for line in found), (mutate.__name__, found)
