"""The spec pipeline: the overlay (spectools.overlay), the words (spectools.words), and
`make spec-update` (scripts/spec_update.py) on changed copies of the upstream snapshot: the
change report lists exactly the changes made, marks the breaking ones, is deterministic, says
nothing on the version openapi.yaml already holds, and a version that adds an operation goes
through to the generated SDK and the emulator with no code change."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import httpx
import pytest
import yaml

from amigo_emulator.spec import Contract
from amigo_emulator.testing import running_emulator
from repo import ROOT
from spectools.build import build, find_upstream, read_source, render, upstream_stamp
from spectools.changes import compare
from spectools.changes import render as render_report
from spectools.overlay import apply_overlay, select
from spectools.words import apply_words, extract_words, load_words, strip_titles, strip_words

SCRIPT = ROOT / "scripts" / "spec_update.py"
ORG = "/v1/{organization}"

# --------------------------------------------------------------------------- overlay


def _overlay(*actions: Dict[str, Any]) -> Dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


DOC: Dict[str, Any] = {
    "paths": {
        "/a/{id}": {
            "get": {
                "parameters": [{"name": "id", "in": "path"}, {"name": "q", "in": "query"}],
                "security": [{"x": []}],
            }
        }
    },
    "components": {"schemas": {"U": {"oneOf": [{"$ref": "#/A"}], "discriminator": {"mapping": {"a": "#/A"}}}}},
}


def test_jsonpath_subset_selects_members_items_and_filters() -> None:
    doc = copy.deepcopy(DOC)
    assert select(doc, "$") == [(None, None)]
    assert [k for _, k in select(doc, "$.paths['/a/{id}'].get.parameters[1]")] == [1]
    found = select(doc, "$.paths[*].get.parameters[?(@.in == 'query')]")
    assert [p[k]["name"] for p, k in found] == ["q"]
    assert [p[k]["name"] for p, k in select(doc, "$.paths.*.get.parameters[?@.name!='q']")] == ["id"]
    assert select(doc, '$.components.schemas["U"].missing') == []
    for bad in ("paths", "$.paths[1:2]", "$..name", "$.a[?(@.b > 1)]"):
        with pytest.raises(ValueError, match="must start|unsupported"):
            select(doc, bad)


def test_overlay_updates_merge_append_without_doubles_and_remove() -> None:
    doc = copy.deepcopy(DOC)
    unmatched = apply_overlay(
        doc,
        _overlay(
            {"target": "$.paths['/a/{id}'].get.security", "description": "why", "remove": True},
            {"target": "$.paths['/a/{id}'].get", "description": "why", "update": {"security": [], "x-new": {"k": 1}}},
            {
                "target": "$.components.schemas.U.oneOf",
                "description": "why",
                "update": [{"$ref": "#/A"}, {"$ref": "#/B"}],
            },
            {"target": "$.components.schemas.U.discriminator.mapping", "description": "why", "update": {"b": "#/B"}},
            {"target": "$.paths['/a/{id}'].get.parameters[?(@.name == 'q')]", "description": "why", "remove": True},
            {"target": "$.paths['/gone']", "description": "fixed upstream since", "remove": True},
        ),
    )
    op = doc["paths"]["/a/{id}"]["get"]
    assert op["security"] == [] and op["x-new"] == {"k": 1}
    assert [p["name"] for p in op["parameters"]] == ["id"]
    union = doc["components"]["schemas"]["U"]
    assert union["oneOf"] == [{"$ref": "#/A"}, {"$ref": "#/B"}]
    assert union["discriminator"]["mapping"] == {"a": "#/A", "b": "#/B"}
    assert [a["target"] for a in unmatched] == ["$.paths['/gone']"]


def test_overlay_actions_must_say_why_and_what() -> None:
    with pytest.raises(ValueError, match="description saying why"):
        apply_overlay({}, _overlay({"target": "$.a", "remove": True}))
    with pytest.raises(ValueError, match="update` or `remove"):
        apply_overlay({}, _overlay({"target": "$.a", "description": "why"}))
    with pytest.raises(ValueError, match="Overlay 1.0"):
        apply_overlay({}, {"overlay": "2.0.0", "actions": []})


def test_the_project_overlay_says_why_for_every_action() -> None:
    overlay = yaml.safe_load((ROOT / "spec" / "overlay.yaml").read_text(encoding="utf-8"))
    for action in overlay["actions"]:
        assert len(action["description"].split()) >= 5, action["target"]


# --------------------------------------------------------------------------- words


def test_strip_words_keeps_properties_named_like_keywords_and_data() -> None:
    doc: Dict[str, Any] = {
        "info": {"title": "T", "description": "intro"},
        "paths": {
            "/x": {
                "get": {
                    "summary": "s",
                    "description": "d",
                    "parameters": [{"name": "p", "description": "d", "schema": {"title": "P", "example": 1}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"examples": {}}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "M": {
                    "title": "M",
                    "description": "d",
                    "properties": {
                        "description": {"type": "string", "description": "d", "default": {"description": "kept"}},
                        "summary": {"type": "string", "title": "Summary"},
                    },
                    "required": ["description"],
                }
            }
        },
    }
    strip_words(doc)
    strip_titles(doc)
    assert doc["info"] == {"title": "T"}
    op = doc["paths"]["/x"]["get"]
    assert set(op) == {"parameters", "responses"}
    assert op["parameters"] == [{"name": "p", "schema": {}}]
    assert op["responses"]["200"] == {"content": {"application/json": {}}}
    model = doc["components"]["schemas"]["M"]
    assert model == {
        "properties": {
            "description": {"type": "string", "default": {"description": "kept"}},
            "summary": {"type": "string"},
        },
        "required": ["description"],
    }


def test_words_load_merge_and_refuse_duplicates(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("operations:\n  op-a: {summary: A}\nschemas:\n  M: {description: m}\n")
    (tmp_path / "b.yaml").write_text("operations:\n  op-b: {summary: B}\n")
    words = load_words(tmp_path)
    assert set(words["operations"]) == {"op-a", "op-b"} and set(words["schemas"]) == {"M"}
    (tmp_path / "c.yaml").write_text("schemas:\n  M: {description: again}\n")
    with pytest.raises(ValueError, match="'M' has words in both a.yaml and c.yaml"):
        load_words(tmp_path)


def test_apply_words_reports_missing_and_stale_and_round_trips() -> None:
    doc: Dict[str, Any] = {
        "paths": {
            "/x": {
                "get": {
                    "operationId": "get-x",
                    "tags": ["Thing Group"],
                    "parameters": [{"name": "p", "in": "query"}],
                    "responses": {"200": {}, "404": {}, "429": {}},
                    "x-rate-limit": {"requests": 5, "per": "minute"},
                }
            }
        },
        "components": {
            "schemas": {"M": {"properties": {"a": {"type": "string"}, "b": {"type": "string"}, "kind": {"const": "m"}}}}
        },
    }
    words: Dict[str, Dict[str, Any]] = {
        "operations": {"get-x": {"summary": "Get x", "responses": {"200": "The x."}, "parameters": {"gone": "g"}}},
        "schemas": {"M": {"description": "An M.", "properties": {"a": "The a."}}, "Old": {"description": "o"}},
    }
    missing, stale = apply_words(doc, words)
    assert missing == [
        "operation get-x: description",
        "operation get-x: parameter p",
        "operation get-x: response 404",
        "schema M.b",
    ]
    assert stale == ["operation get-x: parameter gone", "schema Old"]
    responses = doc["paths"]["/x"]["get"]["responses"]
    assert responses["404"]["description"] == "Not Found."
    assert responses["429"]["description"] == "Too many requests: more than 5 a minute for this operation."
    assert doc["components"]["schemas"]["M"]["properties"]["kind"]["description"] == "Always `m`."
    extracted = extract_words(doc)
    assert set(extracted) == {"thing-group.yaml"}
    assert extracted["thing-group.yaml"]["operations"]["get-x"]["summary"] == "Get x"
    assert extracted["thing-group.yaml"]["schemas"]["M"] == {
        "description": "An M.",
        "properties": {"a": "The a.", "kind": "Always `m`."},
    }


# --------------------------------------------------------------------------- spec-update on changed snapshots

Mutation = Callable[[Dict[str, Any]], None]


def add_operation(doc: Dict[str, Any]) -> None:
    op = copy.deepcopy(doc["paths"][f"{ORG}/organization/"]["get"])
    op["operationId"] = "get-organization-profile"
    doc["paths"][f"{ORG}/organization/profile"] = {"get": op}


def remove_operation(doc: Dict[str, Any]) -> None:
    del doc["paths"][f"{ORG}/metric/{{metric_id}}/"]["delete"]


def rename_field(doc: Dict[str, Any]) -> None:
    schema = doc["components"]["schemas"]["src__app__endpoints__conversation__generate_conversation_starter__Request"]
    schema["properties"] = {("topics" if k == "facets" else k): v for k, v in schema["properties"].items()}
    schema["required"] = [("topics" if k == "facets" else k) for k in schema["required"]]


def add_enum_value(doc: Dict[str, Any]) -> None:
    for param in doc["paths"][f"{ORG}/conversation/"]["post"]["parameters"]:
        if param["name"] == "response_format":
            param["schema"]["enum"].append("video")


def add_enum_value_to_list_items(doc: Dict[str, Any]) -> None:
    """A shared enum reached only through a list query parameter's items."""
    doc["components"]["schemas"]["EvaluationSourceType"]["enum"].append("scheduled")


def add_enum_value_to_list_field(doc: Dict[str, Any]) -> None:
    """A shared enum reached only through a request field that is a list of it."""
    doc["components"]["schemas"]["WebhookType"]["enum"].append("conversation-started")


def require_parameter(doc: Dict[str, Any]) -> None:
    for param in doc["paths"][f"{ORG}/conversation/"]["get"]["parameters"]:
        if param["name"] == "limit":
            param["required"] = True


def move_path(doc: Dict[str, Any]) -> None:
    paths = doc["paths"]
    doc["paths"] = {
        (
            f"{ORG}/conversation/{{conversation_id}}/tag/"
            if k == f"{ORG}/conversation/{{conversation_id}}/tags/"
            else k
        ): v
        for k, v in paths.items()
    }


#: Each mutation, and exactly the report lines (operation, change, breaking) it must cause.
EXPECTED: List[Tuple[Mutation, List[Tuple[str, str, bool]]]] = [
    (add_operation, [("get-organization-profile", "added", False)]),
    (remove_operation, [("delete-metric", "removed", True)]),
    (
        rename_field,
        [
            ("generate-conversation-starter", "request field facets: removed", True),
            ("generate-conversation-starter", "request field topics: added (required)", True),
        ],
    ),
    (add_enum_value, [("create-conversation", "query parameter response_format: enum values added: 'video'", False)]),
    (
        add_enum_value_to_list_items,
        [("get-metric-evaluation-results", "query parameter source_type[]: enum values added: 'scheduled'", False)],
    ),
    (
        add_enum_value_to_list_field,
        [
            (oid, "request field accepted_types[]: enum values added: 'conversation-started'", False)
            for oid in ("create-webhook-destination", "update-webhook-destination")
        ],
    ),
    (require_parameter, [("get-conversations", "query parameter limit: now required", True)]),
    (
        move_path,
        [
            (
                "modify-tags-of-conversation",
                "path /conversation/{conversation_id}/tags/ -> /conversation/{conversation_id}/tag/",
                False,
            )
        ],
    ),
]


def _flat(report: Any) -> List[Tuple[str, str, bool]]:
    lines = [(oid, "added", False) for oid in report.added] + [(oid, "removed", True) for oid in report.removed]
    for oid, changes in report.changed.items():
        lines.extend((oid, c.text, c.breaking) for c in changes)
    return sorted(lines)


@pytest.fixture(scope="module")
def snapshot(upstream_path: Path) -> Dict[str, Any]:
    return dict(json.loads(upstream_path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def current_text(upstream_path: Path) -> str:
    """openapi.yaml as built from the snapshot (the file itself may hold a newer version)."""
    raw, upstream = read_source(str(upstream_path))
    return render(build(upstream, ROOT / "spec", upstream_stamp(str(upstream_path), raw, upstream)).document)


@pytest.fixture(scope="module")
def current(current_text: str) -> Dict[str, Any]:
    return dict(yaml.safe_load(current_text))


def _built(upstream: Dict[str, Any]) -> Dict[str, Any]:
    return build(upstream, ROOT / "spec").document


@pytest.mark.parametrize("mutate, expected", EXPECTED, ids=[m.__name__ for m, _ in EXPECTED])
def test_report_lists_exactly_each_change(
    snapshot: Dict[str, Any], current: Dict[str, Any], mutate: Mutation, expected: List[Tuple[str, str, bool]]
) -> None:
    changed = copy.deepcopy(snapshot)
    mutate(changed)
    assert _flat(compare(current, _built(changed))) == sorted(expected)


def test_report_lists_all_changes_together_deterministically(
    snapshot: Dict[str, Any], current: Dict[str, Any], current_text: str, tmp_path: Path
) -> None:
    changed = copy.deepcopy(snapshot)
    for mutate, _ in EXPECTED:
        mutate(changed)
    report = compare(current, _built(changed))
    assert _flat(report) == sorted(line for _, lines in EXPECTED for line in lines)
    text = render_report(report)
    assert text.splitlines()[0] == "Operations: 1 added, 1 removed, 7 changed; 4 breaking changes."
    assert "  - delete-metric  DELETE /metric/{metric_id}/  (removed)  BREAKING" in text
    assert "      BREAKING  query parameter limit: now required" in text
    assert render_report(compare(current, _built(changed))) == text

    # The CLI, on a copy of openapi.yaml: prints the same report; --fail-on-breaking refuses.
    src = tmp_path / "upstream-next.json"
    src.write_text(json.dumps(changed), encoding="utf-8")
    out = tmp_path / "openapi.yaml"
    out.write_text(current_text, encoding="utf-8")
    before = out.read_bytes()
    refused = _run(str(src), "--out", str(out), "--fail-on-breaking")
    assert refused.returncode == 2, refused.stderr
    assert refused.stdout.startswith(text) and out.read_bytes() == before
    dry = _run(str(src), "--out", str(out), "--dry-run")
    assert dry.returncode == 3 and dry.stdout == refused.stdout and out.read_bytes() == before  # would change


def test_non_breaking_update_passes_fail_on_breaking(
    snapshot: Dict[str, Any], current_text: str, tmp_path: Path
) -> None:
    changed = copy.deepcopy(snapshot)
    add_enum_value(changed)
    src = tmp_path / "upstream-next.json"
    src.write_text(json.dumps(changed), encoding="utf-8")
    out = tmp_path / "openapi.yaml"
    out.write_text(current_text, encoding="utf-8")
    proc = _run(str(src), "--out", str(out), "--fail-on-breaking", "--no-generate")
    assert proc.returncode == 3, proc.stderr  # changed
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert written["paths"]["/conversation/"]["post"]["parameters"][0]["schema"]["enum"] == ["text", "voice", "video"]
    assert written["info"]["x-upstream"]["source"] == "upstream-next.json"


def test_same_version_changes_nothing_and_reports_no_change(
    upstream_path: Path, current_text: str, tmp_path: Path
) -> None:
    out = tmp_path / "openapi.yaml"
    out.write_text(current_text, encoding="utf-8")
    before = out.read_bytes()
    proc = _run(str(upstream_path), "--out", str(out), "--fail-on-breaking")
    assert proc.returncode == 0, proc.stderr  # no change
    assert out.read_bytes() == before
    # No operation change; only the words still missing (if any) are listed.
    assert "Operations:" not in proc.stdout and "matched nothing" not in proc.stdout
    assert proc.stdout == "" or proc.stdout.startswith("Still lacking our words")


def test_missing_upstream_is_named(tmp_path: Path) -> None:
    proc = _run(str(tmp_path / "nope.json"), "--out", str(tmp_path / "o.yaml"))
    assert proc.returncode == 1 and "nope.json" in proc.stderr


def test_new_operation_goes_through_to_sdk_and_emulator(
    snapshot: Dict[str, Any], current_text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A version that adds an operation needs no code change: spec-update writes it into the
    document, the generated package has it, and the emulator routes it from the document."""
    changed = copy.deepcopy(snapshot)
    add_operation(changed)
    src = tmp_path / "upstream-next.json"
    src.write_text(json.dumps(changed), encoding="utf-8")
    out = tmp_path / "openapi.yaml"
    out.write_text(current_text, encoding="utf-8")
    package = tmp_path / "pkg" / "amigo_client"
    proc = _run(str(src), "--out", str(out), "--package", str(package))
    assert proc.returncode == 3, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "  + get-organization-profile  GET /organization/profile  (added)" in proc.stdout
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import amigo_client.api.organization.get_organization_profile as m; "
            "print(m.sync_detailed.__name__, m._get_kwargs()['url'])",
        ],
        cwd=package.parent,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(package.parent)},
    )
    assert check.stdout.split() == ["sync_detailed", "/organization/profile"], check.stderr
    document = yaml.safe_load(out.read_text(encoding="utf-8"))
    found = Contract(document).match("GET", "/organization/profile")
    assert found is not None and found[0].operation_id == "get-organization-profile"
    monkeypatch.setenv("AMIGO_EMULATOR_SPEC", str(out))
    with running_emulator() as emu:
        answer = httpx.get(f"{emu.api_url}/organization/profile", timeout=10)
        unknown = httpx.get(f"{emu.api_url}/organization/no-such-thing", timeout=10)
    assert unknown.status_code == 404
    assert answer.status_code != 404, answer.text  # routed from the document, no emulator change


def _run(*args: str) -> "subprocess.CompletedProcess[str]":
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT)


def test_build_is_deterministic(snapshot: Dict[str, Any], upstream_path: Path) -> None:
    raw, upstream = read_source(str(upstream_path))
    stamp = upstream_stamp(str(upstream_path), raw, upstream)
    assert stamp["source"] == upstream_path.name and len(stamp["sha256"]) == 64
    first = render(build(upstream, ROOT / "spec", stamp).document)
    assert render(build(copy.deepcopy(snapshot), ROOT / "spec", stamp).document) == first


def test_recorded_upstream_is_found_by_digest_or_skipped_with_the_reason(
    upstream_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, upstream = read_source(str(upstream_path))
    doc = {"info": {"x-upstream": upstream_stamp(str(upstream_path), raw, upstream)}}
    monkeypatch.delenv("AMIGO_UPSTREAM", raising=False)
    path, why = find_upstream(doc, tmp_path / "repo")  # no ../shared beside this root
    assert path is None and upstream_path.name in why and "not at hand" in why
    other = tmp_path / "other.json"
    other.write_text("{}", encoding="utf-8")
    monkeypatch.setenv("AMIGO_UPSTREAM", str(other))
    assert find_upstream(doc, tmp_path / "repo")[0] is None  # wrong digest
    monkeypatch.setenv("AMIGO_UPSTREAM", str(upstream_path))
    assert find_upstream(doc, tmp_path / "repo") == (upstream_path, "")
    assert find_upstream({"info": {}}, ROOT)[1].startswith("openapi.yaml records no info.x-upstream")


# --------------------------------------------------------------------------- what must change


def test_the_report_names_the_hand_written_code_a_breaking_change_reaches(
    snapshot: Dict[str, Any], current_text: str, tmp_path: Path
) -> None:
    """Removing an operation a hand-written emulator rule serves and one the examples call, and
    renaming a request field a test sends: the report names each function (file and function),
    the JSON too, and --fail-on-breaking exits 2 writing nothing."""
    changed = copy.deepcopy(snapshot)
    remove_operation(changed)  # delete-metric: spec-driven, nothing hand-written serves it
    del changed["paths"][f"{ORG}/metric/search/"]["get"]  # search-metrics: a hand-written handler
    del changed["paths"][f"{ORG}/user/{{user_id}}/memory"]["get"]  # get-memories: the examples call it
    del changed["paths"][f"{ORG}/organization/agent"]["post"]  # create-agent: the kit's seeding runs it
    rename_field(changed)  # generate-conversation-starter: facets -> topics
    src = tmp_path / "upstream-next.json"
    src.write_text(json.dumps(changed), encoding="utf-8")
    out = tmp_path / "openapi.yaml"
    out.write_text(current_text, encoding="utf-8")
    report = tmp_path / "report.json"
    proc = _run(str(src), "--out", str(out), "--fail-on-breaking", "--json", str(report))
    assert proc.returncode == 2, proc.stderr
    assert out.read_text(encoding="utf-8") == current_text
    sites = {(s["file"], s["function"], s["operation"]) for s in json.loads(report.read_text())["must_change"]}
    assert ("amigo_emulator/metrics.py", "search_metrics", "search-metrics") in sites
    assert ("amigo_emulator/users.py", "get_memories", "get-memories") in sites
    assert ("examples/user_model_enrichment.py", "main", "get-memories") in sites
    assert ("amigo_emulator/seeding.py", "Seeder.agent", "create-agent") in sites
    assert (
        "tests/emulator/test_lifecycle.py",
        "test_insights_recommendations_and_tags",
        "generate-conversation-starter",
    ) in sites
    assert not [s for s in sites if s[2] == "delete-metric" and s[0].startswith("amigo_emulator/")], (
        "no hand-written rule serves delete-metric"
    )
    text = proc.stdout
    assert "Hand-written code that must change (" in text
    assert (
        "  amigo_emulator/metrics.py: search_metrics: serves search-metrics, which this version removes "
        "(no longer routed): remove the handler" in text
    )
    assert "  examples/user_model_enrichment.py: main: calls client.user.get_memories (get-memories)" in text


def test_callers_are_found_by_use_not_by_name_alone(tmp_path: Path) -> None:
    """The scan's rules on a small tree: a test marked with a removed operation skips by itself (not
    named); a request sent to another method of the same path does not use the operation; a
    function that shapes its request to the contract is not reached by a request field change; a
    caller of an operation whose request gains a required field is named."""
    from spectools.callers import must_change
    from spectools.changes import Change, Report

    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text(
        "import pytest\n"
        "@pytest.mark.operations('get-things')\n"
        "def test_marked(client):\n    client.thing.get_things()\n"
        "def test_unmarked(client):\n    client.thing.get_things()\n"
        "def test_other_method(http):\n    http.post('/thing/', json={'size': 1})\n"
        "def test_sends_size(http):\n    http.put(f'/thing/{1}', json={'size': 1})\n"
        "def test_shapes(http):\n    http.put(f'/thing/{1}', json=shaped('put-thing', {'size': 1}))\n",
        encoding="utf-8",
    )
    previous = {
        "paths": {
            "/thing/": {"get": {"operationId": "get-things"}, "post": {"operationId": "create-thing"}},
            "/thing/{id}": {"put": {"operationId": "put-thing"}},
        }
    }
    report = Report(
        removed={"get-things": "GET /thing/"},
        changed={
            "put-thing": [Change("request field size: removed", True)],
            "create-thing": [Change("request field color: added (required)", True)],
        },
        where={"put-thing": "PUT /thing/{id}", "create-thing": "POST /thing/"},
    )
    sites = must_change(report, previous, tmp_path, lambda oid: oid.replace("-", "_"), str)
    assert [(s.function, s.operation) for s in sites] == [
        ("test_other_method", "create-thing"),  # it must now give color
        ("test_sends_size", "put-thing"),
        ("test_unmarked", "get-things"),
    ]


def test_a_moved_path_names_the_code_that_sends_to_the_old_one(tmp_path: Path) -> None:
    """A moved path is not breaking for SDK users (the method stays), but code sending requests to
    the old path itself must change: named, whether the values are written out or f-string
    values; code sending to another path of as many segments, or calling the SDK method, is not."""
    from spectools.callers import must_change
    from spectools.changes import Change, Report

    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text(
        "def test_literal(http):\n    http.put('/thing/x/sets/release/', json={})\n"
        "def test_fstring(http, tid):\n    http.delete(f'/thing/{tid}/sets/staging')\n"
        "def test_other_path(http):\n    http.put('/thing/x/parts/release/', json={})\n"
        "def test_sdk(client):\n    client.thing.put_set('x', 'release')\n",
        encoding="utf-8",
    )
    previous = {"paths": {"/thing/{id}/sets/{name}/": {"put": {"operationId": "put-set"}}}}
    report = Report(
        changed={"put-set": [Change("path /thing/{id}/sets/{name}/ -> /thing/{id}/set-list/{name}/", False)]},
        where={"put-set": "PUT /thing/{id}/set-list/{name}/"},
    )
    sites = must_change(report, previous, tmp_path, lambda oid: oid.replace("-", "_"), str)
    assert [(s.function, s.operation) for s in sites] == [("test_fstring", "put-set"), ("test_literal", "put-set")]
    assert sites[0].why.startswith("sends to /thing/{id}/sets/{name}/: path ")


def test_stale_words_are_pruned_line_by_line(tmp_path: Path) -> None:
    """Only the stale entries' lines go (with a mapping they leave empty); every other line,
    comments and quoting included, stays as it was; an entry no file has is not reported."""
    from spectools.words import prune_words

    (tmp_path / "metric.yaml").write_text(
        "# The project's words for metrics.\n"
        "operations:\n"
        "  get-metrics:\n"
        "    summary: List metrics\n"
        "    parameters:\n"
        "      type: Only metrics of these value types.\n"
        "      tag: Tag filters written as `key:value`; a value of `*` matches any value and an empty value\n"
        "        matches a null one.\n"
        "    responses:\n"
        "      '200': A page of metrics.\n"
        '      "404": Organization not found.\n'
        "  search-metrics:\n"
        "    summary: Search metrics\n"
        "    description: |\n"
        "      Full-text search.\n"
        "\n"
        "      Two paragraphs.\n"
        "    parameters:\n"
        "      query: Search terms.\n"
        "schemas:\n"
        "  ConversationInstance:\n"
        "    properties:\n"
        "      is_finished: Whether it has ended.\n"
        "  Metric:\n"
        "    description: A metric.\n"
        "    properties:\n"
        "      name: Its name.\n",
        encoding="utf-8",
    )
    removed = prune_words(
        tmp_path,
        [
            "operation search-metrics",
            "operation get-metrics: parameter type",
            "operation get-metrics: response 404",
            "schema ConversationInstance.is_finished",
            "operation no-such-operation",
        ],
    )
    assert removed == [
        "metric.yaml: operation search-metrics",
        "metric.yaml: operation get-metrics: parameter type",
        "metric.yaml: operation get-metrics: response 404",
        "metric.yaml: schema ConversationInstance.is_finished",
    ]
    assert (tmp_path / "metric.yaml").read_text(encoding="utf-8") == (
        "# The project's words for metrics.\n"
        "operations:\n"
        "  get-metrics:\n"
        "    summary: List metrics\n"
        "    parameters:\n"
        "      tag: Tag filters written as `key:value`; a value of `*` matches any value and an empty value\n"
        "        matches a null one.\n"
        "    responses:\n"
        "      '200': A page of metrics.\n"
        "schemas:\n"
        "  Metric:\n"
        "    description: A metric.\n"
        "    properties:\n"
        "      name: Its name.\n"
    )
