"""Spec-driven resources: an operation the emulator has no code for is served from the contract.

A copy of openapi.yaml gets an invented ``widget`` resource (create, list with paging, search, get,
update, delete, and a version sub-collection) and the emulator serves it: creates store and
answer schema-valid objects, lists page with ``has_more``/``continuation_token``, unknown ids are
404, bodies the schema refuses are 422, a second live widget with the same name is 409.
"""

from __future__ import annotations

import copy
from typing import Any, Dict, Iterator

import httpx
import pytest
import yaml

from amigo_emulator.generic import shape_of, shapes
from amigo_emulator.registry import HANDLERS
from amigo_emulator.spec import Contract
from amigo_emulator.testing import Emulator, running_emulator

from .support import ROOT

ERRORS = {str(code): {"description": "error"} for code in (404, 409, 422)}
ID = {"type": "string", "pattern": "^[a-f0-9]{24}$"}


def _json(ref: str) -> Dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


def _widget_spec() -> Dict[str, Any]:
    with open(ROOT / "openapi.yaml", encoding="utf-8") as handle:
        document: Dict[str, Any] = yaml.safe_load(handle)
    document = copy.deepcopy(document)
    paging = [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10, "default": 2}},
        {"name": "continuation_token", "in": "query", "schema": {"type": "integer"}},
        {"name": "color", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
        {"name": "sort_by", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
    ]
    widget_id = {"name": "widget_id", "in": "path", "required": True, "schema": ID}
    document["paths"]["/widget/"] = {
        "post": {
            "operationId": "create-widget",
            "requestBody": {"required": True, **_json("CreateWidgetRequest")},
            "responses": {"201": {"description": "ok", **_json("CreateWidgetResponse")}, **ERRORS},
        },
        "get": {
            "operationId": "get-widgets",
            "parameters": paging,
            "responses": {"200": {"description": "ok", **_json("GetWidgetsResponse")}, **ERRORS},
        },
    }
    document["paths"]["/widget/search"] = {
        "get": {
            "operationId": "search-widgets",
            "parameters": [{"name": "query", "in": "query", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok", **_json("SearchWidgetsResponse")}, **ERRORS},
        }
    }
    document["paths"]["/widget/{widget_id}"] = {
        "get": {
            "operationId": "get-widget",
            "parameters": [widget_id],
            "responses": {"200": {"description": "ok", **_json("Widget")}, **ERRORS},
        },
        "post": {
            "operationId": "update-widget",
            "parameters": [widget_id],
            "requestBody": {"required": True, **_json("UpdateWidgetRequest")},
            "responses": {"204": {"description": "ok"}, **ERRORS},
        },
        "delete": {
            "operationId": "delete-widget",
            "parameters": [widget_id],
            "responses": {"204": {"description": "ok"}, **ERRORS},
        },
    }
    document["paths"]["/widget/{widget_id}/version"] = {
        "post": {
            "operationId": "create-widget-version",
            "parameters": [widget_id],
            "requestBody": {"required": True, **_json("UpdateWidgetRequest")},
            "responses": {"201": {"description": "ok", **_json("CreateWidgetVersionResponse")}, **ERRORS},
        }
    }
    widget: Dict[str, Any] = {
        "type": "object",
        "required": ["id", "name", "color", "size", "created_at", "creator"],
        "properties": {
            "id": ID,
            "name": {"type": "string"},
            "color": {"type": "string", "enum": ["red", "blue"]},
            "size": {"type": "integer", "minimum": 1},
            "created_at": {"type": "string", "format": "date-time"},
            "creator": {
                "type": "object",
                "required": ["org_id", "user_id"],
                "properties": {"org_id": {"type": "string"}, "user_id": {"type": "string"}},
            },
        },
    }
    listing = {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}
    document["components"]["schemas"].update(
        {
            "Widget": widget,
            "CreateWidgetRequest": {
                "type": "object",
                "required": ["name", "color", "size"],
                "properties": {k: widget["properties"][k] for k in ("name", "color", "size")},
                "additionalProperties": False,
            },
            "UpdateWidgetRequest": {
                "type": "object",
                "properties": {"size": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]}},
            },
            "CreateWidgetResponse": {"type": "object", "required": ["widget_id"], "properties": {"widget_id": ID}},
            "CreateWidgetVersionResponse": {
                "type": "object",
                "required": ["version"],
                "properties": {"version": {"type": "integer"}},
            },
            "GetWidgetsResponse": {
                "type": "object",
                "required": ["widgets", "has_more", "continuation_token"],
                "properties": {
                    "widgets": listing,
                    "has_more": {"type": "boolean"},
                    "continuation_token": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                },
            },
            "SearchWidgetsResponse": {"type": "object", "required": ["widgets"], "properties": {"widgets": listing}},
        }
    )
    return document


@pytest.fixture(scope="module")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    path = tmp_path_factory.mktemp("spec") / "openapi-with-widgets.yaml"
    path.write_text(yaml.safe_dump(_widget_spec(), sort_keys=False), encoding="utf-8")
    with running_emulator({"pace_ms": 0, "check_responses": True}, spec=path) as running:
        yield running


def test_the_rule_reads_the_invented_operations() -> None:
    contract = Contract(_widget_spec())
    read = shapes(contract, HANDLERS)
    assert {name: read[name].action for name in read if "widget" in name} == {
        "create-widget": "create",
        "get-widgets": "list",
        "search-widgets": "search",
        "get-widget": "get",
        "update-widget": "update",
        "delete-widget": "delete",
        "create-widget-version": "create",
    }
    version = shape_of(contract.operations["create-widget-version"], contract, {"widget", "widget-version"})
    assert (version.kind, version.scope, version.checks) == (
        "widget-version",
        ("widget_id",),
        (("widget_id", "widget"),),
    )


def test_an_operation_added_to_the_contract_is_served_with_no_code(widgets: Emulator) -> None:
    assert "create-widget" not in HANDLERS
    with httpx.Client(base_url=widgets.api_url, headers=widgets.auth_headers(), trust_env=False, timeout=10) as c:
        created = [c.post("/widget/", json={"name": f"w{i}", "color": "red", "size": i + 1}) for i in range(3)]
        assert [r.status_code for r in created] == [201, 201, 201]
        ids = [r.json()["widget_id"] for r in created]
        assert len(set(ids)) == 3

        one = c.get(f"/widget/{ids[1]}")
        assert one.status_code == 200
        body = one.json()
        assert (body["id"], body["name"], body["color"], body["size"]) == (ids[1], "w1", "red", 2)
        assert body["creator"]["user_id"] == widgets.user_id

        first = c.get("/widget/").json()  # default limit 2 (the parameter's default)
        assert [w["id"] for w in first["widgets"]] == ids[:2] and first["has_more"] is True
        rest = c.get("/widget/", params={"continuation_token": first["continuation_token"]}).json()
        assert [w["id"] for w in rest["widgets"]] == ids[2:] and rest["has_more"] is False
        assert rest["continuation_token"] is None
        newest = c.get("/widget/", params={"sort_by": "-size", "limit": 1}).json()["widgets"]
        assert [w["name"] for w in newest] == ["w2"]
        assert c.get("/widget/", params={"color": "blue"}).json()["widgets"] == []

        assert [w["id"] for w in c.get("/widget/search", params={"query": "W2"}).json()["widgets"]] == [ids[2]]

        assert c.post(f"/widget/{ids[0]}", json={"size": 9}).status_code == 204
        assert c.get(f"/widget/{ids[0]}").json()["size"] == 9
        assert c.post(f"/widget/{ids[0]}", json={"size": None}).status_code == 204
        assert c.get(f"/widget/{ids[0]}").json()["size"] == 9, "null leaves a field as it is"

        versions = [c.post(f"/widget/{ids[0]}/version", json={"size": 3}).json()["version"] for _ in range(2)]
        assert versions == [1, 2]

        assert c.delete(f"/widget/{ids[0]}").status_code == 204
        unknown = "65f0000000000000000000ff"
        for response in (
            c.get(f"/widget/{ids[0]}"),
            c.get(f"/widget/{unknown}"),
            c.post(f"/widget/{unknown}", json={"size": 1}),
            c.delete(f"/widget/{unknown}"),
            c.post(f"/widget/{unknown}/version", json={}),
        ):
            assert response.status_code == 404, response.request.url
            assert "not found" in response.json()["detail"]

        for bad in ({"name": "x", "color": "green", "size": 1}, {"name": "x", "color": "red"}, {"extra": 1}):
            refused = c.post("/widget/", json=bad)
            assert refused.status_code == 422 and refused.json()["detail"][0]["loc"][0] == "body"
        assert c.post("/widget/", json={"name": "w1", "color": "blue", "size": 1}).status_code == 409
        assert c.get("/widget/", params={"limit": 10}).json()["widgets"][-1]["name"] == "w2"
    assert widgets.stats()["contract_violations"] == []
