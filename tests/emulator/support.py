"""Helpers for the emulator tests: NDJSON stream reading, independent schema checks
(``jsonschema`` against the served contract, not the emulator's own validator) and the paths of
operations as the served contract has them."""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import quote

import httpx
import yaml
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[2]
SERVICE = "65f0000000000000000000a1"
BILLING = "65f0000000000000000000a2"
GREETING = "Hi there! How can I help you today?"


# The contract the emulator under test serves: openapi.yaml, or $AMIGO_EMULATOR_SPEC when set (the
# emulator subprocess inherits the variable, so both read the same document).
SPEC = Path(os.environ.get("AMIGO_EMULATOR_SPEC") or ROOT / "openapi.yaml")


@lru_cache(maxsize=None)
def _document() -> Dict[str, Any]:
    with open(SPEC, encoding="utf-8") as handle:
        document: Dict[str, Any] = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return document


@lru_cache(maxsize=None)
def _validator(name: str) -> Draft202012Validator:
    schema = {"$ref": f"#/components/schemas/{name}", "components": _document()["components"]}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_schema(name: str, value: Any) -> None:
    """``value`` validates against ``#/components/schemas/{name}`` of openapi.yaml."""
    errors = sorted(_validator(name).iter_errors(value), key=lambda e: list(e.path))
    assert not errors, f"{name}: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def path(operation_id: str, **values: str) -> str:
    """The path of ``operation_id`` in the served contract (relative to the organization, as the
    ``client`` fixture sends), each ``{parameter}`` filled with ``values[parameter]``
    percent-encoded: a test that sends requests itself follows a path upstream moves."""
    for template, item in (_document().get("paths") or {}).items():
        for op in item.values() if isinstance(item, dict) else ():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return re.sub(r"\{([^}]+)\}", lambda m: quote(values[m.group(1)], safe=""), str(template))
    raise KeyError(f"openapi.yaml has no operation {operation_id}")


def stream_declares(operation_id: str, status: int, event_type: str) -> bool:
    """Whether the contract's NDJSON stream of ``operation_id`` has events of ``event_type``."""
    from amigo_emulator.spec import Contract

    contract = Contract(_document())
    declared = contract.event_types(contract.operations[operation_id], status)
    return declared is None or event_type in declared


def shaped(operation_id: str, body: Dict[str, Any]) -> Any:
    """``body`` shaped to ``operation_id``'s request as the served contract has it now (fields it
    no longer has left out, required ones it adds filled from their schema, fields it moves under
    a new object moved: :func:`amigo_emulator.respond.shape_request`). For the data a test needs
    but does not test (a metric to evaluate, a persona to simulate): so an upstream version that
    reshapes those requests does not break tests about something else."""
    from amigo_emulator.render import Renderer
    from amigo_emulator.respond import shape_request
    from amigo_emulator.spec import Contract

    contract = Contract(_document())
    return shape_request(Renderer(contract.validator), contract.operations[operation_id], {}, body)[1]


def events_of(response: httpx.Response) -> List[Dict[str, Any]]:
    """Parse a fully read NDJSON body (every line must be one JSON object)."""
    assert response.headers["content-type"].startswith("application/x-ndjson")
    text = response.text
    assert text.endswith("\n"), "every event is newline-terminated"
    return [json.loads(line) for line in text.splitlines()]


def create(
    client: httpx.Client,
    service_id: str = SERVICE,
    body: Optional[Dict[str, Any]] = None,
    params: Optional[Dict[str, str]] = None,
) -> Tuple[httpx.Response, List[Dict[str, Any]]]:
    payload = {"service_id": service_id, "service_version_set_name": "release", **(body or {})}
    response = client.post(
        "/conversation/",
        params={"response_format": "text", **(params or {})},
        json=payload,
        headers={"Accept": "application/x-ndjson"},
    )
    if response.status_code != 201:
        return response, []
    events = events_of(response)
    for event in events:
        assert_schema("CreateConversationResponse", event)
    return response, events


def start(client: httpx.Client, service_id: str = SERVICE) -> str:
    """A new agent-first conversation's id."""
    response, events = create(client, service_id)
    assert response.status_code == 201, response.text
    return str(events[0]["conversation_id"])


def interact(
    client: httpx.Client,
    conversation_id: str,
    text: Optional[str] = "Hello",
    *,
    kind: Optional[str] = "user-message",
    parts: Optional[List[Tuple[str, Any]]] = None,
    params: Optional[Dict[str, str]] = None,
    content: Optional[bytes] = None,
    headers: Optional[Dict[str, str]] = None,
) -> Tuple[httpx.Response, List[Dict[str, Any]]]:
    """POST an interact turn: multipart with ``initial_message_type``, ``recorded_message`` (unless
    None) and extra ``parts`` (name, httpx file tuple), or a raw ``content`` body."""
    query = {"request_format": "text", "response_format": "text", **(params or {})}
    url = f"/conversation/{conversation_id}/interact"
    if content is not None:
        response = client.post(url, params=query, content=content, headers=headers)
    else:
        fields: List[Tuple[str, Any]] = []
        if kind is not None:
            fields.append(("initial_message_type", (None, kind, "text/plain")))
        if text is not None:
            fields.append(("recorded_message", (None, text, "text/plain")))
        fields.extend(parts or [])
        response = client.post(url, params=query, files=fields)
    if response.status_code != 200:
        return response, []
    events = events_of(response)
    for event in events:
        assert_schema("InteractWithConversationResponse", event)
    return response, events


def types(events: List[Dict[str, Any]]) -> List[str]:
    return [str(e["type"]) for e in events]
