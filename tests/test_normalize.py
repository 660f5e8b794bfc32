"""The upstream normalizer: unit tests on small documents shaped like upstream ones, and the
conformance test on the upstream snapshot (116 operations generate, import and type-check)."""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict

import pytest
import yaml

import normalize_spec
from normalize_spec import dump_document, load_document, normalize, schema_names
from repo import ROOT

HEADERS = [
    {"name": "organization", "in": "path", "required": True, "schema": {"type": "string"}},
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


def _doc() -> Dict[str, Any]:
    """A miniature upstream document with the shapes the real one uses."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.example.test"}],
        "paths": {
            "/v1/{organization}/thing/": {
                "post": {
                    "operationId": "create-thing",
                    "parameters": copy.deepcopy(HEADERS)
                    + [
                        {
                            "name": "x-trace",
                            "in": "header",
                            "required": False,
                            "schema": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "$ref": "#/components/schemas/src__app__endpoints__thing__create_thing__Request"
                                }
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "$ref": "#/components/schemas/src__app__endpoints__thing__create_thing__Response",
                                    }
                                }
                            },
                        }
                    },
                },
                "get": {
                    "operationId": "get_things_v1__organization__thing__get",
                    "parameters": copy.deepcopy(HEADERS),
                    "responses": {"200": {"description": "ok"}},
                },
            },
            "/v1/{organization}/thing/{thing_id}/upload": {
                "post": {
                    "operationId": "upload",
                    "parameters": copy.deepcopy(HEADERS),
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {
                                "schema": {
                                    "oneOf": [
                                        {
                                            "title": "TextBody",
                                            "type": "object",
                                            "properties": {
                                                "kind": {"const": "text", "type": "string"},
                                                "payload": {"type": "string", "minLength": 1},
                                            },
                                            "required": ["kind", "payload"],
                                        },
                                        {
                                            "title": "EmptyBody",
                                            "type": "object",
                                            "properties": {
                                                "kind": {"const": "empty", "type": "string"},
                                                "payload": {"type": "string", "maxLength": 0},
                                                "extra": {"type": "array", "items": {"type": "string"}},
                                            },
                                            "required": ["kind"],
                                        },
                                    ]
                                }
                            }
                        },
                    },
                    "responses": {"204": {"description": "ok"}},
                }
            },
            "/v1/{organization}/dup/": {
                "get": {"operationId": "access", "responses": {"200": {"description": "ok"}}},
                "post": {"operationId": "access", "responses": {"200": {"description": "ok"}}},
            },
        },
        "components": {
            "schemas": {
                "src__app__endpoints__thing__create_thing__Request": {
                    "type": "object",
                    "properties": {
                        "name": {"$ref": "#/components/schemas/StrippedNonemptyString_a-z___lambda__at_0xffff__"},
                        "owner": {"$ref": "#/components/schemas/amigo_lib__mongo__thing__Thing__UserInfo"},
                        "other": {"$ref": "#/components/schemas/amigo_lib__mongo__other__Other__UserInfo"},
                        "state": {
                            "anyOf": [{"$ref": "#/components/schemas/_NotSet"}, {"type": "null"}],
                            "default": {},
                        },
                        "config": {"$ref": "#/components/schemas/Config-Input"},
                    },
                    "required": ["name"],
                },
                "src__app__endpoints__thing__create_thing__Response": {
                    "type": "object",
                    "properties": {"id": {"type": "string"}},
                    "required": ["id"],
                },
                "StrippedNonemptyString_a-z___lambda__at_0xffff__": {
                    "type": "string",
                    "minLength": 1,
                    "pattern": "^[a-z]+$",
                },
                "amigo_lib__mongo__thing__Thing__UserInfo": {"type": "object", "properties": {}},
                "amigo_lib__mongo__other__Other__UserInfo": {"type": "object", "properties": {}},
                "_NotSet": {"type": "object", "properties": {}},
                "Config-Input": {"type": "string", "enum": ["a", "b"]},
            }
        },
    }


def _ops(doc: Dict[str, Any]) -> Dict[str, Dict[str, Any]]:
    return {
        op["operationId"]: op
        for item in doc["paths"].values()
        for method, op in item.items()
        if method in normalize_spec.HTTP_METHODS
    }


def test_paths_are_organization_scoped_and_server_keeps_the_prefix() -> None:
    out = normalize(_doc())
    assert sorted(out["paths"]) == ["/dup/", "/thing/", "/thing/{thing_id}/upload"]
    assert out["servers"][0]["url"] == "https://api.example.test/v1/{organization}"
    for op in _ops(out).values():
        assert all(p["name"] != "organization" for p in op.get("parameters", []))


def test_non_organization_path_is_rejected_with_its_name() -> None:
    doc = _doc()
    doc["paths"]["/health"] = {"get": {"operationId": "health", "responses": {}}}
    with pytest.raises(ValueError, match="'/health' is not organization scoped"):
        normalize(doc)


def test_transport_headers_dropped_other_headers_made_sendable() -> None:
    ops = _ops(normalize(_doc()))
    params = ops["create-thing"]["parameters"]
    assert [p["name"] for p in params] == ["x-trace"]
    # nullable header collapses to the plain type; its null default goes with it
    assert params[0]["schema"] == {"type": "string"}
    assert "parameters" not in ops["upload"]


def test_nullable_query_and_path_parameters_collapse_but_arrays_stay() -> None:
    doc = _doc()
    doc["paths"]["/v1/{organization}/thing/"]["get"]["parameters"] += [
        {"name": "done", "in": "query", "schema": {"anyOf": [{"type": "boolean"}, {"type": "null"}], "default": None}},
        {
            "name": "ids",
            "in": "query",
            "schema": {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}]},
        },
        {
            "name": "kind",
            "in": "query",
            "schema": {"anyOf": [{"$ref": "#/components/schemas/Config-Input"}, {"type": "null"}]},
        },
    ]
    params = {p["name"]: p["schema"] for p in _ops(normalize(doc))["get-things"]["parameters"]}
    assert params["done"] == {"type": "boolean"}
    assert params["ids"] == {"type": "array", "items": {"type": "string"}}
    assert params["kind"] == {"$ref": "#/components/schemas/ConfigInput"}


def test_array_header_becomes_string() -> None:
    doc = _doc()
    doc["paths"]["/v1/{organization}/thing/"]["get"]["parameters"].append(
        {"name": "x-tags", "in": "header", "schema": {"type": "array", "items": {"type": "string"}, "default": []}}
    )
    (param,) = _ops(normalize(doc))["get-things"]["parameters"]
    assert param["name"] == "x-tags" and param["schema"]["type"] == "string"
    assert "items" not in param["schema"] and "default" not in param["schema"]


def test_operation_ids_unique_and_kebab_case() -> None:
    ids = sorted(_ops(normalize(_doc())))
    assert ids == ["access-get", "access-post", "create-thing", "get-things", "upload"]


def test_schema_names_follow_the_convention() -> None:
    out = normalize(_doc())
    names = set(out["components"]["schemas"])
    assert {
        "CreateThingRequest",
        "CreateThingResponse",
        "ThingUserInfo",
        "OtherUserInfo",
        "NotSet",
        "ConfigInput",
        "UploadRequest",
    } == names
    text = json.dumps(out)
    assert "src__app" not in text and "amigo_lib" not in text and "StrippedNonempty" not in text


def test_schema_names_grow_only_as_far_as_needed() -> None:
    mapping = schema_names(
        [
            "a__x__Metric__UserInfo",
            "a__y__Service__UserInfo",
            "a__z__Solo",
            "pkg__endpoints__svc__get_services__Response__FilterValues",
        ]
    )
    assert mapping == {
        "a__x__Metric__UserInfo": "MetricUserInfo",
        "a__y__Service__UserInfo": "ServiceUserInfo",
        "a__z__Solo": "Solo",
        "pkg__endpoints__svc__get_services__Response__FilterValues": "GetServicesResponseFilterValues",
    }
    with pytest.raises(ValueError, match="both map to"):
        schema_names(["Foo-Bar", "FooBar"])


def test_primitive_aliases_are_inlined_and_refs_rewritten() -> None:
    out = normalize(_doc())
    props = out["components"]["schemas"]["CreateThingRequest"]["properties"]
    assert props["name"] == {"type": "string", "minLength": 1, "pattern": "^[a-z]+$"}
    assert props["owner"] == {"$ref": "#/components/schemas/ThingUserInfo"}
    assert props["config"] == {"$ref": "#/components/schemas/ConfigInput"}
    # object-valued default dropped; the union itself stays
    assert "default" not in props["state"] and props["state"]["anyOf"][1] == {"type": "null"}
    # `type` next to `$ref` dropped
    media = out["paths"]["/thing/"]["post"]["responses"]["201"]["content"]["application/json"]
    assert media["schema"] == {"$ref": "#/components/schemas/CreateThingResponse"}


def test_multipart_oneof_body_is_merged_into_one_object() -> None:
    out = normalize(_doc())
    body = out["paths"]["/thing/{thing_id}/upload"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert body["schema"] == {"$ref": "#/components/schemas/UploadRequest"}
    merged = out["components"]["schemas"]["UploadRequest"]
    assert merged["required"] == ["kind"]
    assert merged["properties"]["kind"]["enum"] == ["text", "empty"]
    assert merged["properties"]["payload"] == {"type": "string"}
    assert merged["properties"]["extra"] == {"type": "array", "items": {"type": "string"}}


def test_input_is_not_modified_and_output_is_deterministic() -> None:
    doc = _doc()
    before = json.dumps(doc, sort_keys=True)
    first = dump_document(normalize(doc))
    assert json.dumps(doc, sort_keys=True) == before
    assert dump_document(normalize(_doc())) == first
    assert yaml.safe_load(first)["openapi"] == "3.1.0"


def test_cli_reads_json_and_yaml(tmp_path: Path) -> None:
    src_json = tmp_path / "up.json"
    src_json.write_text(json.dumps(_doc()))
    src_yaml = tmp_path / "up.yaml"
    src_yaml.write_text(yaml.safe_dump(_doc(), sort_keys=False))
    outs = []
    for src in (src_json, src_yaml):
        out = tmp_path / f"{src.stem}-{src.suffix[1:]}.yaml"
        proc = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "normalize_spec.py"), str(src), "-o", str(out)],
            capture_output=True,
            text=True,
        )
        assert proc.returncode == 0, proc.stderr
        assert "5 operations" in proc.stderr
        outs.append(out.read_text())
    assert outs[0] == outs[1]
    assert load_document(str(tmp_path / "up-json.yaml"))["paths"]


def test_cli_names_the_problem_on_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "swagger.json"
    bad.write_text(json.dumps({"swagger": "2.0", "paths": {}}))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "normalize_spec.py"), str(bad)], capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert "not an OpenAPI 3 document" in proc.stderr and "swagger.json" in proc.stderr


# --------------------------------------------------------------------------- upstream snapshot


@pytest.fixture(scope="module")
def upstream_package(upstream_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make spec` on the snapshot, then the project's generator on the result, overrides included
    (the generated operations and resource classes send through the hand-written runtime)."""
    work = tmp_path_factory.mktemp("upstream")
    spec = work / "openapi.yaml"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "normalize_spec.py"), str(upstream_path), "-o", str(spec)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    pkg = work / "amigo_client"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--spec",
            str(spec),
            "--out",
            str(pkg),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return pkg


def test_upstream_snapshot_all_operations_generate(upstream_path: Path, upstream_package: Path) -> None:
    upstream = json.loads(upstream_path.read_text())
    expected = sum(1 for item in upstream["paths"].values() for m in item if m in normalize_spec.HTTP_METHODS)
    assert expected == 116
    modules = [p for p in (upstream_package / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == expected


def test_upstream_package_imports_and_typechecks(upstream_package: Path) -> None:
    sys.path.insert(0, str(upstream_package.parent))
    # The package as imported so far, put back afterwards: tests that run later must not get a
    # second copy whose classes (errors, UNSET) differ from the ones their modules imported.
    saved = {m: sys.modules[m] for m in list(sys.modules) if m == "amigo_client" or m.startswith("amigo_client.")}
    try:
        for name in saved:
            del sys.modules[name]
        importlib.import_module("amigo_client.models")
        api = importlib.import_module("amigo_client.api.conversation.interact_with_conversation")
        assert hasattr(api, "sync_detailed")
    finally:
        sys.path.remove(str(upstream_package.parent))
        for name in [m for m in list(sys.modules) if m == "amigo_client" or m.startswith("amigo_client.")]:
            del sys.modules[name]
        sys.modules.update(saved)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--no-incremental",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "amigo_client",
        ],
        cwd=upstream_package.parent,
        capture_output=True,
        text=True,
    )
    errors = [line for line in proc.stdout.splitlines() if ": error:" in line]
    if not (upstream_package / "models" / "end_session_event.py").exists():
        # The snapshot has no end-session event (openapi.yaml adds EndSessionEvent), so the
        # hand-written stream module cannot import it from this package: only it may complain.
        errors = [line for line in errors if not line.startswith("amigo_client/_streaming.py:")]
    assert errors == [], proc.stdout[-3000:]
