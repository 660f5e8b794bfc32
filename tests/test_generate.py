"""The generation pipeline: warnings are not dropped silently, output is deterministic, the
template fixes hold, and the package obeys the vendoring rules."""

from __future__ import annotations

import ast
import filecmp
import json
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import yaml

import generate as gen
from repo import ROOT

PACKAGE = ROOT / "amigo_client"


def _run_generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), *args], capture_output=True, text=True, cwd=ROOT
    )


def test_warning_parser_reads_endpoint_and_schema_warnings() -> None:
    log = (
        "Generating x\nWarning(s) encountered while generating.\n\n"
        "WARNING parsing POST /conversation/ within conversation.\n\n"
        "Cannot parse response for status code <x> (Unsupported content_type application/x-ndjson), "
        "response will be omitted from generated client\n\n"
        "WARNING parsing GET /thing/ within thing. Endpoint will not be generated.\n\n"
        "Could not find reference in parsed models or enums\n\n"
        "Unable to process schema /components/schemas/Foo:\n\nAttempted to generate duplicate models\n"
    )
    assert gen.generator_warnings(log) == [
        ("POST /conversation/", "Unsupported content_type application/x-ndjson"),
        ("GET /thing/", "Endpoint will not be generated. Could not find reference in parsed models or enums"),
        ("schema /components/schemas/Foo", "Attempted to generate duplicate models"),
    ]


def test_a_skipped_endpoint_fails_generation(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/ok/": {"get": {"operationId": "ok", "responses": {"200": {"description": "fine"}}}},
            "/broken/": {
                "get": {
                    "operationId": "broken",
                    "responses": {
                        "200": {
                            "description": "refers to nothing",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}},
                        }
                    },
                }
            },
        },
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec))
    proc = _run_generate("--spec", str(path), "--out", str(tmp_path / "amigo_client"), "--no-overrides")
    assert proc.returncode != 0
    assert "not on generator-allowlist.txt" in proc.stderr and "GET /broken/" in proc.stderr
    assert not (tmp_path / "amigo_client").exists()


def test_generation_is_deterministic_and_matches_the_committed_package(tmp_path: Path) -> None:
    for run in ("a", "b"):
        proc = _run_generate("--out", str(tmp_path / run / "amigo_client"))
        assert proc.returncode == 0, proc.stderr
    cmp = filecmp.dircmp(str(tmp_path / "a" / "amigo_client"), str(tmp_path / "b" / "amigo_client"))

    def same(c: filecmp.dircmp[str]) -> bool:
        return not (c.left_only or c.right_only or c.diff_files) and all(same(s) for s in c.subdirs.values())

    assert same(cmp)
    check = _run_generate("--check")
    assert check.returncode == 0, check.stderr


def test_check_reports_a_hand_edit(tmp_path: Path) -> None:
    proc = _run_generate("--out", str(tmp_path / "amigo_client"))
    assert proc.returncode == 0, proc.stderr
    edited = tmp_path / "amigo_client" / "types.py"
    edited.write_text(edited.read_text() + "\n# hand edit\n")
    check = _run_generate("--check", "--out", str(tmp_path / "amigo_client"))
    assert check.returncode == 1
    assert "differs: types.py" in check.stderr


def test_multipart_body_lets_httpx_choose_the_boundary() -> None:
    from amigo_client.api.conversation import interact_with_conversation
    from amigo_client.models.interact_with_conversation_request import InteractWithConversationRequest

    body = InteractWithConversationRequest(initial_message_type="user-message", recorded_message="Hi there")
    kwargs = interact_with_conversation._get_kwargs(
        "0123456789abcdef01234567", body=body, request_format="text", response_format="text"
    )
    assert "Content-Type" not in kwargs.get("headers", {})
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(200, content=b"")

    with httpx.Client(base_url="http://test/v1/org", transport=httpx.MockTransport(handler)) as client:
        client.request(**kwargs)
    (request,) = seen
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=", 1)[1]
    assert boundary != "+++" and len(boundary) >= 16
    assert b'name="recorded_message"' in request.content and b"Hi there" in request.content
    assert b'name="initial_message_type"' in request.content and b"user-message" in request.content


def test_model_query_parameter_is_sent_as_json() -> None:
    from amigo_client.api.conversation import interact_with_conversation
    from amigo_client.models.interact_with_conversation_request import InteractWithConversationRequest
    from amigo_client.models.pcm_user_message_audio_config import PCMUserMessageAudioConfig

    kwargs = interact_with_conversation._get_kwargs(
        "0123456789abcdef01234567",
        body=InteractWithConversationRequest(initial_message_type="user-message", recorded_message="x"),
        request_format="voice",
        response_format="text",
        request_audio_config=PCMUserMessageAudioConfig(frame_rate=16000, n_channels=1, sample_width=2),
    )
    request = httpx.Request("POST", "http://test/" + kwargs["url"].lstrip("/"), params=kwargs["params"])
    value = request.url.params["request_audio_config"]
    assert json.loads(value) == {"type": "pcm", "frame_rate": 16000, "n_channels": 1, "sample_width": 2}


# --------------------------------------------------------------------------- vendoring rules


def _package_sources() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]


def test_package_uses_relative_imports_and_no_test_tools() -> None:
    allowed_top = {"httpx", "attrs", "attr", "dateutil", "__future__"}
    stdlib = set(sys.stdlib_module_names)
    for path in _package_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # What only the type checker imports (`if TYPE_CHECKING:`) may come from typing_extensions
        # (typing.Self is 3.11+); nothing else outside the runtime dependencies.
        checker_only = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                tops = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            allowed = allowed_top | ({"typing_extensions"} if id(node) in checker_only else set())
            for top in tops:
                assert top != "amigo_client", f"{path}: absolute import of amigo_client (vendoring breaks)"
                assert top in allowed or top in stdlib, f"{path}: imports {top}, not a runtime dependency"


def test_runtime_dependencies_are_exactly_httpx_attrs_dateutil() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = sorted(dep.split(">")[0].split("=")[0].split("<")[0].strip() for dep in project["dependencies"])
    assert names == ["attrs", "httpx", "python-dateutil"]
    assert all(">=" in dep for dep in project["dependencies"]), "every runtime dependency has a lower bound"
    assert (PACKAGE / "py.typed").is_file()


def test_import_does_not_load_endpoint_or_model_modules() -> None:
    """What `import amigo_client` costs is decided by what it imports; time is measured in bench/."""
    code = "import sys, amigo_client; print(sorted(m for m in sys.modules if m.startswith('amigo_client.')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = eval(out)  # a printed list of names
    assert not [m for m in loaded if m.startswith(("amigo_client.api", "amigo_client.models"))], loaded


@pytest.mark.parametrize("module", ["amigo_client.api.conversation.create_conversation"])
def test_ndjson_operation_still_builds_its_request(module: str) -> None:
    """The NDJSON response is on the allow-list, but the request side must be generated."""
    import importlib

    mod = importlib.import_module(module)
    from amigo_client.models.create_conversation_request import CreateConversationRequest

    kwargs = mod._get_kwargs(body=CreateConversationRequest(service_id="0" * 24), response_format="text")
    assert kwargs["method"] == "post" and kwargs["url"] == "/conversation/"
    assert kwargs["json"]["service_id"] == "0" * 24 and kwargs["params"]["response_format"] == "text"


def test_hand_written_modules_keep_the_python_38_floor() -> None:
    """Overrides are copied verbatim into the package that legacy codebases vendor: they must
    parse with Python 3.8's grammar and postpone annotations (``X | None`` stays a string)."""
    for path in sorted((ROOT / "overrides").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        ast.parse(source, filename=str(path), feature_version=(3, 8))
        assert "from __future__ import annotations" in source, f"{path.name} lacks postponed annotations"
        assert (PACKAGE / path.name).read_text(encoding="utf-8") == source, f"{path.name} not copied verbatim"


def test_generated_modules_keep_the_python_38_floor() -> None:
    """Every module of the package parses with Python 3.8's grammar, and each one with a generic or
    union annotation postpones it (``X | None``, ``list[str]`` stay strings before 3.10 / 3.9).
    `make test-matrix` imports and runs them on 3.8-3.13; this is the quick static half."""
    for path in _package_sources():
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(path), feature_version=(3, 8))
        annotations = [node.annotation for node in ast.walk(tree) if isinstance(node, (ast.AnnAssign, ast.arg))]
        annotations += [node.returns for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
        generic = any(
            isinstance(part, (ast.Subscript, ast.BinOp)) for note in annotations if note for part in ast.walk(note)
        )
        if generic:
            assert "from __future__ import annotations" in source, f"{path}: annotations are evaluated at import"


def test_readme_index_of_resources_matches_the_generated_package() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    index = gen.readme_index(PACKAGE)
    assert index in text, "README.md's index of resources is stale: run `make generate`"
    from amigo_client.api import RESOURCES

    for tag, operations in RESOURCES.items():
        assert f"| `client.{tag}` | `{operations[0][0]}` |" in index
        assert all(f"| `{name}` | `{method} {path}` |" in index for name, method, path, _ in operations)


def test_resource_template_names_documents_and_types_any_operation(tmp_path: Path) -> None:
    """The per-tag template on a small spec unlike openapi.yaml: a multi-word tag, a hyphenated
    operationId, a paged list, a body, a rate limit in the 429 description, a path parameter."""
    item = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
    page = {
        "type": "object",
        "properties": {
            "widgets": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
            "has_more": {"type": "boolean"},
            "continuation_token": {"type": ["integer", "null"]},
        },
        "required": ["widgets", "has_more", "continuation_token"],
    }
    limited = {"description": "At most 7 requests per minute.", "content": {}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/widget/": {
                "get": {
                    "tags": ["Widget Box"],
                    "operationId": "list-widgets",
                    "summary": "List widgets",
                    "parameters": [{"name": "continuation_token", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
                        },
                        "429": limited,
                    },
                },
                "post": {
                    "tags": ["Widget Box"],
                    "operationId": "make-widget",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}},
                    },
                    "responses": {"204": {"description": "made"}, "409": {"description": "exists"}},
                },
            },
            "/widget/{widget_id}": {
                "delete": {
                    "operationId": "remove_widget_v1__org__widget__delete",
                    "parameters": [{"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"204": {"description": "gone"}},
                }
            },
        },
        "components": {"schemas": {"Widget": item, "Page": page}},
    }
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec))
    out = tmp_path / "amigo_client"
    proc = _run_generate("--spec", str(path), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    box = (out / "api" / "widget_box" / "__init__.py").read_text()
    assert "class WidgetBoxResource(Resource):" in box
    assert "def list_widgets(" in box and ") -> Page[Page, Widget]:" in box and 'items="widgets"' in box
    assert "``GET /widget/``; rate limit: 7 requests per minute." in box and "RateLimitError: 429." in box
    assert "def make_widget(" in box and "        id: str,\n" in box and "ConflictError: 409." in box
    assert ") -> None:" in box
    default = (out / "api" / "default" / "__init__.py").read_text()
    assert "def remove_widget_v1_org_widget_delete(\n        self,\n        widget_id: str," in default
    api = (out / "api" / "__init__.py").read_text()
    assert "def widget_box(self) -> WidgetBoxResource:" in api and "def default(self) -> DefaultResource:" in api
    index = gen.readme_index(out)
    assert "| `client.widget_box` | `list_widgets` | `GET /widget/` | List widgets |" in index


def test_every_parameter_is_documented_with_its_words_in_the_generated_docstrings() -> None:
    """openapi-python-client documents a parameter from its schema only; generate.py hands it the
    parameter's own description too, so `help()` shows the project's words for each argument."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    modules = {p.stem: " ".join(p.read_text(encoding="utf-8").split()) for p in (PACKAGE / "api").rglob("*.py")}
    missing = []
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            module = modules[op["operationId"].replace("-", "_").lower()]
            for param in op.get("parameters", []):  # one without words is in spec-update's report
                words = " ".join(param.get("description", "").split())
                if words and "$ref" not in param["schema"] and words not in module:
                    missing.append(f"{op['operationId']}: {param['name']}")
    assert not missing, missing


# --------------------------------------------------------------------------- binary answers and path rules


@pytest.mark.parametrize(
    "reason, detail, accepted",
    [
        ("Unsupported content_type application/zip", "Cannot parse response for status code <x> (...)", True),
        ("Unsupported content_type audio/mpeg, application/pdf", "Cannot parse response for status code <x>", True),
        ("Unsupported content_type application/x-ndjson", "Cannot parse response for status code <x>", False),
        ("Unsupported content_type application/zip, application/ndjson", "Cannot parse response ...", False),
        ("Unsupported content_type application/vnd.api+json", "Cannot parse response for status code <x>", False),
        ("Unsupported content_type application/zip", "Request body ... will not be generated", False),
        ("Endpoint will not be generated. Could not find reference", "Cannot parse response", False),
    ],
)
def test_binary_response_warnings_are_accepted_as_a_class(reason: str, detail: str, accepted: bool) -> None:
    assert gen.binary_warning(reason, detail) is accepted


def test_contract_rules_follow_refs_and_path_item_parameters() -> None:
    document = {
        "paths": {
            "/a/{a_id}/b/{b_name}": {
                "parameters": [{"$ref": "#/components/parameters/AId"}],
                "delete": {
                    "operationId": "remove-b",
                    "parameters": [
                        {"name": "b_name", "in": "path", "schema": {"$ref": "#/components/schemas/Name"}},
                        {"name": "q", "in": "query", "schema": {"type": "string", "pattern": "^x$"}},
                    ],
                },
            },
            "/c/{c}": {"get": {"parameters": [{"name": "c", "in": "path", "schema": {"pattern": "(unclosed"}}]}},
        },
        "components": {
            "parameters": {"AId": {"name": "a_id", "in": "path", "schema": {"type": "string", "pattern": "^[0-9]+$"}}},
            "schemas": {"Name": {"type": "string", "minLength": 1, "maxLength": 8}},
        },
    }
    assert gen.contract_rules(document) == {
        "remove_b": {"a_id": {"pattern": "^[0-9]+$"}, "b_name": {"minLength": 1, "maxLength": 8}}
    }


def test_contract_answers_classify_each_2xx_content_type() -> None:
    def op(content: object, code: str = "200") -> object:
        return {"get": {"operationId": "op", "responses": {code: {"description": "d", "content": content}}}}

    assert gen.contract_answers({"paths": {"/x": op({"application/zip": {}})}}) == {
        "op": {"binary": [[200, 200]], "ndjson": 0, "json": 0}
    }
    assert gen.contract_answers({"paths": {"/x": op({"text/csv; charset=utf-8": {}}, "2XX")}})["op"]["binary"] == [
        [200, 299]
    ]
    assert gen.contract_answers({"paths": {"/x": op({"application/json": {}, "application/zip": {}})}}) == {}
    assert gen.contract_answers({"paths": {"/x": op({"application/problem+json": {}})}}) == {}
    assert gen.contract_answers({"paths": {"/x": op({"application/x-ndjson": {}})}})["op"]["ndjson"] == 1
    assert gen.contract_answers({"paths": {"/x": op({"application/zip": {}}, "404")}}) == {}


# Runs in the child, with the mutated package importable as `mutated` (vendored: relative imports).
MUTATED_CALLS = """
import httpx, datetime as dt, json
from mutated import AmigoClient
from mutated._binary import BinaryResponse

def answer(request):
    if request.url.path.endswith("/signin_with_api_key"):
        expires = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)).isoformat()
        return httpx.Response(200, json={"id_token": "t", "expires_at": expires})
    if request.url.path.endswith("/role/"):
        return httpx.Response(200, text="name,description\\nadmin,all\\n", headers={"content-type": "text/csv"})
    return httpx.Response(200, content=b"PK\\x03\\x04...", headers={"content-type": "application/vnd.amigo.export+zip"})

client = AmigoClient(api_key="k", api_key_id="i", user_id="u", organization_id="org",
                     base_url="http://amigo.test", transport=httpx.MockTransport(answer))
roles = client.role.get_roles()
metrics = client.metric.get_metrics()
print(json.dumps([type(roles).__name__, roles.content_type, roles.text,
                  type(metrics).__name__, metrics.content_type, metrics.read().decode("latin-1")]))
"""


def test_a_new_binary_content_type_upstream_generates_with_no_allowlist_line(tmp_path: Path) -> None:
    """The mutation of issue 14: two operations of a copy of openapi.yaml now answer files, one
    text/csv (a type the generator parses itself), one a media type it has never seen (it
    warns). Generation goes through with generator-allowlist.txt untouched, and both methods
    return a BinaryResponse."""
    allowlist = (ROOT / "generator-allowlist.txt").read_bytes()
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    document["paths"]["/role/"]["get"]["responses"]["200"]["content"] = {"text/csv": {"schema": {"type": "string"}}}
    document["paths"]["/metric/"]["get"]["responses"]["200"]["content"] = {"application/vnd.amigo.export+zip": {}}
    # retrieve-message-source, if the contract declared the audio itself rather than a link to it.
    source = document["paths"]["/conversation/{conversation_id}/messages/{message_id}/source"]["get"]
    source["responses"]["200"]["content"] = {"audio/mpeg": {}, "audio/wav": {}}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    proc = _run_generate("--spec", str(spec), "--out", str(tmp_path / "mutated"))
    assert proc.returncode == 0, proc.stderr
    assert (ROOT / "generator-allowlist.txt").read_bytes() == allowlist
    roles = (tmp_path / "mutated" / "api" / "role" / "__init__.py").read_text(encoding="utf-8")
    assert "def get_roles(" in roles and "-> BinaryResponse:" in roles
    conversation = (tmp_path / "mutated" / "api" / "conversation" / "__init__.py").read_text(encoding="utf-8")
    assert re.search(r"def retrieve_message_source\([^)]*\) -> BinaryResponse:", conversation)
    run = subprocess.run(
        [sys.executable, "-c", MUTATED_CALLS], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == [
        "BinaryResponse",
        "text/csv",
        "name,description\nadmin,all\n",
        "BinaryResponse",
        "application/vnd.amigo.export+zip",
        "PK\x03\x04...",
    ]
