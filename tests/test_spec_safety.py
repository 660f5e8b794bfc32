"""`make spec-update` on hostile upstream documents (issue 15 §2): an upstream change can never
re-point, shadow or break a method with success, nothing from upstream becomes code or a CI
command, and input is read within limits. Each test names the finding it covers.

Exit codes of scripts/spec_update.py: 0 no change, 1 refused or failed, 2 breaking with
--fail-on-breaking, 3 changed (or would change with --dry-run)."""

from __future__ import annotations

import ast
import builtins
import copy
import http.server
import inspect
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set, Tuple

import pytest
import yaml

from amigo_emulator.testing import running_emulator
from repo import ROOT
from spectools.build import build, read_source, render, upstream_stamp
from spectools.changes import escape
from spectools.guard import (
    GENERATED_LOCALS,
    METHOD_KEYWORDS,
    Names,
    Refused,
    SdkNames,
    call_sites,
    check_names,
    check_references,
    check_renames,
    derived_locals,
    sdk_names,
)
from spectools.source import SourceError, fetch, parse_document, public_source

SCRIPT = ROOT / "scripts" / "spec_update.py"
ORG = "/v1/{organization}"
NO_CHANGE, REFUSED, BREAKING, CHANGED = 0, 1, 2, 3


# --------------------------------------------------------------------------- helpers


def _run(*args: str, timeout: float = 300) -> "subprocess.CompletedProcess[str]":
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout
    )


def _no_traceback_one_line(proc: "subprocess.CompletedProcess[str]") -> str:
    """The single stderr line of a refused run (no traceback, nothing else)."""
    lines = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr and len(lines) == 1, proc.stderr
    return lines[0]


@pytest.fixture(scope="module")
def snapshot(upstream_path: Path) -> Dict[str, Any]:
    return dict(json.loads(upstream_path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def current_text(upstream_path: Path) -> str:
    raw, upstream = read_source(str(upstream_path))
    return render(build(upstream, ROOT / "spec", upstream_stamp(str(upstream_path), raw, upstream)).document)


@pytest.fixture(scope="module")
def current(current_text: str) -> Dict[str, Any]:
    return dict(yaml.safe_load(current_text))


@pytest.fixture(scope="module")
def sdk() -> SdkNames:
    return sdk_names()


@pytest.fixture(scope="module")
def names() -> Names:
    return Names(ROOT / "generator-config.yml")


class Update:
    """A spec-update run on a changed copy of the snapshot, against openapi.yaml as the snapshot
    builds it (in a temporary directory)."""

    def __init__(self, tmp: Path, current_text: str) -> None:
        self.tmp = tmp
        self.out = tmp / "openapi.yaml"
        self.out.write_text(current_text, encoding="utf-8")
        self.before = self.out.read_bytes()

    def run(self, document: Any, *flags: str, suffix: str = ".json") -> "subprocess.CompletedProcess[str]":
        src = self.tmp / f"upstream-next{suffix}"
        if isinstance(document, (bytes, str)):
            src.write_bytes(document if isinstance(document, bytes) else document.encode("utf-8"))
        else:
            src.write_text(json.dumps(document), encoding="utf-8")
        return _run(str(src), "--out", str(self.out), *flags)

    @property
    def unchanged(self) -> bool:
        return self.out.read_bytes() == self.before


@pytest.fixture()
def update(tmp_path: Path, current_text: str) -> Update:
    return Update(tmp_path, current_text)


def _with_operation(doc: Dict[str, Any], path: str, method: str, operation_id: str, tag: str) -> Dict[str, Any]:
    """A copy of a built document with one more operation (a copy of get-services)."""
    changed = copy.deepcopy(doc)
    op = copy.deepcopy(changed["paths"]["/service/"]["get"])
    op["operationId"], op["tags"] = operation_id, [tag]
    changed["paths"].setdefault(path, {})[method] = op
    return changed


# --------------------------------------------------------------------------- 1. re-pointing, shadowing


def test_get_services_added_as_delete_is_refused_naming_both(snapshot: Dict[str, Any], update: Update) -> None:
    """Upstream adds `operationId: GetServices` as DELETE /service/all under the same tag: today
    exit 0 and `client.service.get_services()` sends DELETE. Now refused, naming both sides."""
    changed = copy.deepcopy(snapshot)
    op = copy.deepcopy(changed["paths"][f"{ORG}/service/"]["get"])
    op["operationId"] = "GetServices"
    changed["paths"][f"{ORG}/service/all"] = {"delete": op}
    proc = update.run(changed, "--fail-on-breaking")
    assert proc.returncode == REFUSED, proc.stderr
    assert update.unchanged
    refusal = [line for line in proc.stderr.splitlines() if "refused: operation" in line]
    assert len(refusal) == 1, proc.stderr
    assert "get-services (GET /service/, client.service.get_services)" in refusal[0]
    assert "GetServices (DELETE /service/all, client.service.get_services)" in refusal[0]


def test_an_existing_operation_id_given_to_a_second_operation_is_refused(
    snapshot: Dict[str, Any], current: Dict[str, Any]
) -> None:
    """The normalizer makes duplicate operationIds unique by appending the method to each, which
    would rename the existing get-services: refused, naming both operations."""
    changed = copy.deepcopy(snapshot)
    changed["paths"][f"{ORG}/service/all"] = {"delete": copy.deepcopy(changed["paths"][f"{ORG}/service/"]["get"])}
    assert check_renames(current, build(changed, ROOT / "spec").document) == [
        "upstream gives the operationId get-services (GET /service/ today) to DELETE /service/all and GET /service/: "
        "both would be renamed and the existing method would disappear; refused (an existing name is never changed: "
        "upstream must give the new operation another operationId)"
    ]
    assert check_renames(current, current) == []


@pytest.mark.parametrize(
    "operation_id, existing",
    [
        ("getServices", "get-services"),
        ("GetServices", "get-services"),
        ("get_services", "get-services"),
        ("get--services", "get-services"),
        ("ｇｅｔ-services", "get-services"),  # fullwidth letters: NFKC reads them as "get"
        ("ﬁnish-conversation", "finish-conversation"),  # the ligature "ﬁ" is read as "fi"
        ("get-ſervices", "get-services"),  # long s
    ],
)
def test_every_spelling_of_an_existing_name_is_refused(
    current: Dict[str, Any], sdk: SdkNames, names: Names, operation_id: str, existing: str
) -> None:
    problems = check_names(_with_operation(current, "/service/all", "delete", operation_id, "Other"), sdk, names)
    clash = [p for p in problems if "become the Python name" in p]
    assert len(clash) == 1, problems
    assert f"operation {operation_id} (DELETE /service/all" in clash[0] and f"operation {existing} (" in clash[0]


def test_a_name_python_reads_differently_is_refused_even_alone(
    current: Dict[str, Any], sdk: SdkNames, names: Names
) -> None:
    """The module file keeps `ｆｅｔｃｈ_thing.py`, the code's import is read as `fetch_thing`."""
    problems = check_names(_with_operation(current, "/thing", "get", "ｆｅｔｃｈ-thing", "Service"), sdk, names)
    assert len(problems) == 1 and "which Python reads as fetch_thing" in problems[0], problems
    assert check_names(_with_operation(current, "/thing", "get", "fetch-thing", "Service"), sdk, names) == []
    assert check_names(current, sdk, names) == []


def test_an_operation_id_of_delimiters_only_is_refused(current: Dict[str, Any], sdk: SdkNames, names: Names) -> None:
    """`-` becomes the module `field_` and, named once more by the template, the method `field`."""
    problems = check_names(_with_operation(current, "/thing", "get", "-", "Service"), sdk, names)
    assert problems == [
        "operation - (GET /thing) would be generated as the module field_ but called as field: the method could "
        "not import it"
    ]


@pytest.mark.parametrize(
    "tag, attribute",
    [
        ("Retry Policy", "retry_policy"),
        ("Close", "close"),
        ("Call", "call"),
        ("With Raw Response", "with_raw_response"),
        ("with_options", "with_options"),
        ("Paginate", "paginate"),
        ("Organization Id", "organization_id"),
        ("Auth", "auth"),
        ("Operation", "operation"),  # amigo_client.api.operation, the lookup by operationId
        ("importlib", "importlib"),  # a subpackage would replace amigo_client.api's importlib
    ],
)
def test_a_tag_named_like_a_client_attribute_is_refused(
    current: Dict[str, Any], sdk: SdkNames, names: Names, tag: str, attribute: str
) -> None:
    problems = check_names(_with_operation(current, "/thing", "get", "get-thing", tag), sdk, names)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"tag {tag} would become client.{attribute}, which is already "), problems


def test_reserved_names_are_read_from_the_client_itself(sdk: SdkNames) -> None:
    """Every public attribute of AmigoClient (class and instance) and of with_raw_response is
    taken, whatever the client helper adds: the list is read from the classes, not written."""
    from amigo_client import AmigoClient
    from amigo_client.api import _CLASSES

    client = AmigoClient(token="t", organization_id="0" * 24)
    try:
        public = {n for n in set(dir(type(client))) | set(vars(client)) if not n.startswith("__")}
    finally:
        client.close()
    assert public - set(_CLASSES) <= set(sdk.tag_taken)
    assert {"retry_policy", "organization_id", "with_raw_response", "close", "call", "operation"} <= set(sdk.tag_taken)
    assert not set(_CLASSES) & set(sdk.tag_taken)


def test_an_operation_named_like_a_module_name_of_its_package_is_refused(
    current: Dict[str, Any], sdk: SdkNames, names: Names
) -> None:
    problems = check_names(_with_operation(current, "/thing", "get", "importlib", "Service"), sdk, names)
    assert len(problems) == 1 and "would become client.service.importlib, which is already" in problems[0], problems


@pytest.mark.parametrize(
    "name", ["timeout", "extra_headers", "extra-query", "body", "fields", "Timeout", "headers", "params"]
)
def test_a_parameter_named_like_a_method_keyword_is_refused(
    current: Dict[str, Any], sdk: SdkNames, names: Names, name: str
) -> None:
    """Today a SyntaxError (duplicate argument) that makes the whole resource unusable."""
    changed = copy.deepcopy(current)
    changed["paths"]["/service/"]["get"]["parameters"].append(
        {"name": name, "in": "query", "schema": {"type": "string"}}
    )
    problems = check_names(changed, sdk, names)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"parameter {name} (query) of operation get-services (GET /service/) would become")


def test_a_parameter_named_self_becomes_self_underscore(current: Dict[str, Any], sdk: SdkNames, names: Names) -> None:
    """The generator renames `self` (a reserved word) to `self_`: no clash, nothing to refuse."""
    changed = copy.deepcopy(current)
    changed["paths"]["/service/"]["get"]["parameters"].append(
        {"name": "self", "in": "query", "schema": {"type": "string"}}
    )
    assert names.identifier("self") == "self_"
    assert check_names(changed, sdk, names) == []


def test_method_keywords_are_exactly_what_the_generated_methods_add() -> None:
    """Keeps METHOD_KEYWORDS honest: every argument of a generated resource method that is not
    one of its operation's (path, query, header parameters and the body) is one of them."""
    import amigo_client.api as api

    extra: Set[str] = set()
    for tag, class_name in api._CLASSES.items():
        module = __import__(f"amigo_client.api.{tag}", fromlist=[class_name])
        for name in module.OPERATIONS:
            method = getattr(getattr(module, class_name), name)
            own = set(inspect.signature(getattr(module, name)._get_kwargs).parameters)
            extra |= set(inspect.signature(method).parameters) - own
    assert extra <= set(METHOD_KEYWORDS)
    assert {"self", "timeout", "extra_headers", "extra_query", "fields"} <= extra


def test_generated_locals_are_exactly_what_get_kwargs_uses() -> None:
    """Keeps GENERATED_LOCALS honest: the names each generated _get_kwargs assigns or reads
    besides its parameters and the names it derives from them (lower-case, not private, not
    bound in a comprehension's own scope) are listed."""
    used: Set[str] = set()
    for path in sorted((ROOT / "amigo_client" / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        function = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs")
        params = {a.arg for a in function.args.args + function.args.kwonlyargs}
        derived = {local for p in params for local in derived_locals(p)}
        scoped = {
            n.id
            for c in ast.walk(function)
            if isinstance(c, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
            for g in c.generators
            for n in ast.walk(g.target)
            if isinstance(n, ast.Name)
        }
        for node in ast.walk(function):
            if isinstance(node, ast.Name) and node.id not in params | derived | scoped:
                used.add(node.id)
    used = {n for n in used if n.islower() and not n.startswith("_") and n not in dir(builtins)}
    assert used <= set(GENERATED_LOCALS), sorted(used)
    assert {"headers", "params", "json"} <= used


# --------------------------------------------------------------------------- 2. what the hand-written code needs


def test_needed_operations_are_the_ones_the_overrides_call(names: Names) -> None:
    from amigo_client.api import NEEDED_OPERATIONS

    sites = call_sites(ROOT / "overrides")
    assert set(sites) == set(NEEDED_OPERATIONS)
    assert sites["sign-in-with-api-key"] == ["overrides/_client.py: AmigoClient._sign_in_request"]
    for oid in NEEDED_OPERATIONS:  # the lookup's rule (kebab -> snake) is the generator's
        assert names.identifier(oid) == oid.replace("-", "_")
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "overrides").rglob("*.py"))
    assert "from .api." not in source, "find operations with operation('<operationId>'), not by module path"


def test_operation_lookup_by_operation_id() -> None:
    from amigo_client import ConfigurationError
    from amigo_client.api import operation
    from amigo_client.api.conversation import create_conversation

    assert operation("create-conversation") is create_conversation
    assert operation("create_conversation") is create_conversation
    with pytest.raises(ConfigurationError, match="no operation 'no-such-thing'"):
        operation("no-such-thing")


def test_a_document_without_the_needed_operations_is_refused_whatever_the_flags(
    snapshot: Dict[str, Any], update: Update
) -> None:
    """Today: exit 0, all 116 operations deleted, then sign-in fails with ModuleNotFoundError."""
    package = update.tmp / "pkg" / "amigo_client"
    proc = update.run({**snapshot, "paths": {}}, "--package", str(package))
    assert proc.returncode == REFUSED, proc.stderr
    assert update.unchanged and not package.exists()
    assert (
        "refused: operation sign-in-with-api-key is missing, and overrides/_client.py: "
        "AmigoClient._sign_in_request calls it: refused whatever the flags" in proc.stderr
    )
    assert "refused: operation create-conversation is missing" in proc.stderr


def test_a_breaking_change_to_a_needed_operation_is_refused(snapshot: Dict[str, Any], update: Update) -> None:
    changed = copy.deepcopy(snapshot)
    op = changed["paths"][f"{ORG}/user/signin_with_api_key"]["post"]
    op["parameters"] = [p for p in op["parameters"] if p["name"] != "x-api-key"]
    proc = update.run(changed, "--no-generate")
    assert proc.returncode == REFUSED, proc.stderr
    assert update.unchanged
    assert (
        "refused: operation sign-in-with-api-key: header parameter x-api-key: removed: a breaking change to an "
        "operation overrides/_client.py: AmigoClient._sign_in_request calls" in proc.stderr
    )


def test_an_operation_moved_to_another_tag_keeps_working(
    snapshot: Dict[str, Any], update: Update, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today: an empty report, exit 0, then ImportError at sign-in. Now the report names the
    moves, and the regenerated SDK signs in and converses (it finds operations by operationId)."""
    changed = copy.deepcopy(snapshot)
    changed["paths"][f"{ORG}/conversation/"]["post"]["tags"] = ["Chat"]
    changed["paths"][f"{ORG}/user/signin_with_api_key"]["post"]["tags"] = ["Access"]
    package = update.tmp / "pkg" / "amigo_client"
    proc = update.run(changed, "--package", str(package))
    assert proc.returncode == CHANGED, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "  ~ create-conversation  POST /conversation/\n      BREAKING  tag Conversation -> Chat\n" in proc.stdout
    assert (
        "  ~ sign-in-with-api-key  POST /user/signin_with_api_key\n      BREAKING  tag User -> Access\n" in proc.stdout
    )
    assert (package / "api" / "chat" / "create_conversation.py").is_file()
    assert not (package / "api" / "conversation" / "create_conversation.py").exists()
    monkeypatch.setenv("AMIGO_EMULATOR_SPEC", str(update.out))
    with running_emulator() as emu:
        script = (
            "import json\n"
            "from amigo_client import AmigoClient\n"
            "from amigo_client.api import operation\n"
            "with AmigoClient() as client:\n"
            f"    with client.create_conversation({emu.service_ids[0]!r}) as stream:\n"
            "        for _event in stream:\n"
            "            pass\n"
            "    cid = stream.conversation_id\n"
            "    reply = client.interact(cid, 'Hello!').until_done().text\n"
            "    client.finish_conversation(cid)\n"
            "print(json.dumps([operation('create-conversation').__name__, operation('sign-in-with-api-key').__name__,"
            " bool(cid), bool(reply)]))\n"
        )
        env = {
            **os.environ,
            "PYTHONPATH": str(package.parent),
            "AMIGO_API_KEY": emu.api_key,
            "AMIGO_API_KEY_ID": emu.api_key_id,
            "AMIGO_USER_ID": emu.user_id,
            "AMIGO_ORGANIZATION_ID": emu.organization,
            "AMIGO_BASE_URL": emu.base_url,
        }
        ran = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=update.tmp, timeout=120
        )
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == [
        "amigo_client.api.chat.create_conversation",
        "amigo_client.api.access.sign_in_with_api_key",
        True,
        True,
    ]


# --------------------------------------------------------------------------- 3. input limits

BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(9)
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (BILLION_LAUGHS, "YAML refused: its aliases expand to more than 2000000 nodes"),
        (
            "openapi: 3.1.0\nx-loop: &a [*a, *a]\n",
            "YAML refused: line 2: the alias *a refers to a node that contains it",
        ),
        ("x: &m {y: *m}\n", "the alias *m refers to a node that contains it"),
        ("x: " + "[" * 5000 + "]" * 5000 + "\n", "YAML refused: line 1: nested deeper than 64 levels"),
        ('{"x": ' + "[" * 100000 + "]" * 100000 + "}", "nested too deeply to read"),
        ('{"x": ' + "[" * 100 + "]" * 100 + "}", "nested deeper than 64 levels (at /x/0/0/0/0/0/0"),
        (
            "x: !!python/object/apply:os.system ['echo pwned']\n",
            "line 1: the YAML tag tag:yaml.org,2002:python/object/apply:os.system is refused",
        ),
        ("x: !Ref other.yaml\n", "line 1: the YAML tag !Ref is refused"),
        ("x: .nan\n", "the number at /x is not finite"),
        ('{"x": Infinity}', "Infinity is not a number JSON allows"),
        ("- a list\n", "not an OpenAPI document (a list, not a mapping)"),
    ],
    ids=[
        "billion-laughs",
        "self-alias",
        "self-alias-map",
        "deep-yaml",
        "deep-json",
        "deep-json-bounded",
        "python-tag",
        "custom-tag",
        "nan",
        "infinity",
        "list",
    ],
)
def test_hostile_structures_are_refused_quickly_in_one_line(text: str, expected: str) -> None:
    started = time.monotonic()
    with pytest.raises(SourceError) as caught:
        parse_document(text.encode("utf-8"), "doc")
    assert expected in str(caught.value) and "\n" not in str(caught.value)
    assert time.monotonic() - started < 30  # today: hours (billion laughs) or until killed (self-alias)


def test_aliases_within_the_bounds_are_read() -> None:
    assert parse_document(b"a: &s {type: string}\nb: *s\nc: [*s, *s]\n") == {
        "a": {"type": "string"},
        "b": {"type": "string"},
        "c": [{"type": "string"}, {"type": "string"}],
    }


def test_a_hostile_yaml_document_is_refused_by_the_cli_with_one_line(update: Update) -> None:
    proc = update.run(BILLION_LAUGHS, suffix=".yaml")
    assert proc.returncode == REFUSED
    assert _no_traceback_one_line(proc).endswith("YAML refused: its aliases expand to more than 2000000 nodes")
    proc = update.run("openapi: 3.1.0\nx: !!python/name:os.system\n", suffix=".yaml")
    assert proc.returncode == REFUSED and "the YAML tag" in _no_traceback_one_line(proc)
    assert update.unchanged


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    body = b""
    stop = threading.Event()


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        path = self.path.split("?", 1)[0]
        redirects = {"/to-file": "file:///etc/passwd", "/to-ftp": "ftp://127.0.0.1/doc.json", "/loop": "/loop"}
        if path in redirects:
            self.send_response(302)
            self.send_header("Location", redirects[path])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/doc.json":
            self.send_response(200)
            self.send_header("Content-Length", str(len(self.server.body)))
            self.end_headers()
            self.wfile.write(self.server.body)
        elif path in ("/big", "/big-unsized"):
            self.send_response(200)
            if path == "/big":
                self.send_header("Content-Length", "4096")
            self.end_headers()
            self.wfile.write(b"{" + b" " * 4094 + b"}")
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                while not self.server.stop.is_set():
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


@pytest.fixture()
def server() -> Iterator[Tuple[str, _Server]]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.stop = threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", httpd
    finally:
        httpd.stop.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(
    "path, expected",
    [
        ("/to-file", "redirected to a file: URL; only http(s) is followed"),
        ("/to-ftp", "redirected to a ftp: URL; only http(s) is followed"),
        ("/loop", "more than 5 redirects"),
        ("/missing", "HTTP 404"),
    ],
)
def test_url_sources_follow_only_http_redirects(server: Tuple[str, _Server], path: str, expected: str) -> None:
    with pytest.raises(SourceError, match=re.escape(expected)):
        fetch(server[0] + path + "?sig=SECRET")
    try:
        fetch(server[0] + path + "?sig=SECRET")
    except SourceError as exc:
        assert "SECRET" not in str(exc)


def test_url_sources_never_go_from_https_to_http() -> None:
    import httpx

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "https":
            return httpx.Response(302, headers={"Location": "http://mirror.example/doc.json?sig=SECRET"})
        return httpx.Response(200, content=b"{}")

    with pytest.raises(SourceError, match="redirected from https to http; refused") as caught:
        fetch("https://upstream.example/doc.json?sig=SECRET", transport=httpx.MockTransport(answer))
    assert "SECRET" not in str(caught.value)


def test_url_sources_have_a_total_deadline(server: Tuple[str, _Server]) -> None:
    """A server that drips one byte every 0.1 s keeps every read's timeout happy."""
    started = time.monotonic()
    with pytest.raises(SourceError, match="not downloaded within 1 s"):
        fetch(server[0] + "/slow", deadline=1.0)
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("path", ["/big", "/big-unsized"])
def test_url_sources_have_a_size_cap(server: Tuple[str, _Server], path: str) -> None:
    with pytest.raises(SourceError, match="than the 1000 bytes accepted"):
        fetch(server[0] + path, max_bytes=1000)
    assert len(fetch(server[0] + path, max_bytes=5000)) == 4096


def test_a_signed_url_is_recorded_without_its_token(
    server: Tuple[str, _Server], upstream_path: Path, update: Update
) -> None:
    """Today `info.x-upstream.source` keeps the query string: a signed URL's token would be committed."""
    server[1].body = upstream_path.read_bytes()
    base = server[0].replace("http://", "http://reader:PASSWORD@")
    proc = _run(f"{base}/doc.json?X-Signature=TOKEN#part", "--out", str(update.out), "--no-generate")
    assert proc.returncode == CHANGED, proc.stderr  # only the recorded source changes
    written = update.out.read_text(encoding="utf-8")
    assert yaml.safe_load(written)["info"]["x-upstream"]["source"] == f"{server[0]}/doc.json"
    for secret in ("TOKEN", "PASSWORD", "reader"):
        assert secret not in written and secret not in proc.stdout + proc.stderr
    assert public_source("HTTPS://u:p@Example.com:8443/a.json?t=1#f") == "https://example.com:8443/a.json"


# --------------------------------------------------------------------------- 4. references


def _with_paths(snapshot: Dict[str, Any], **extra: Any) -> Dict[str, Any]:
    changed = copy.deepcopy(snapshot)
    changed["paths"].update(extra)
    return changed


def test_a_remote_path_item_ref_is_refused(snapshot: Dict[str, Any]) -> None:
    """Today copied in, and the generator silently generates nothing for it."""
    doc = _with_paths(snapshot, **{f"{ORG}/remote": {"$ref": "https://evil.example/item.json"}})
    with pytest.raises(Refused) as caught:
        build(doc, ROOT / "spec")
    assert caught.value.problems == [
        f"path {ORG}/remote: a path item given by $ref (https://evil.example/item.json) is refused: the generator "
        "would silently generate nothing for it; upstream must write its operations out"
    ]


def test_remote_and_dangling_refs_are_refused_naming_where(snapshot: Dict[str, Any]) -> None:
    doc = copy.deepcopy(snapshot)
    content = doc["paths"][f"{ORG}/service/"]["get"]["responses"]["200"]["content"]["application/json"]
    content["schema"] = {"$ref": "#/components/schemas/Gone"}
    doc["components"]["schemas"]["Remote"] = {"$ref": "other.yaml#/Thing"}
    assert check_references(doc) == [
        "#/paths/~1v1~1{organization}~1service~1/get/responses/200/content/application~1json/schema: "
        "$ref #/components/schemas/Gone names nothing in the document",
        "#/components/schemas/Remote: $ref other.yaml#/Thing points outside the document; only local references "
        "(#/...) are followed, nothing is fetched",
    ]


def test_a_dangling_ref_is_one_clear_line_from_the_cli(snapshot: Dict[str, Any], update: Update) -> None:
    doc = copy.deepcopy(snapshot)
    doc["paths"][f"{ORG}/service/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Gone"
    }
    proc = update.run(doc)
    assert proc.returncode == REFUSED and update.unchanged
    assert "refused: #/paths/~1v1~1{organization}~1service~1/get/responses/200/content/application~1json/schema: " in (
        proc.stderr
    )
    assert "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- 5. the report


def test_escape_leaves_no_control_character() -> None:
    text = escape("a\n::warning::x\r\x1b[31m\u202e\u2028\x00\\é")
    assert text == "a\\x0a::warning::x\\x0d\\x1b[31m\\u202e\\u2028\\x00\\\\é"
    assert text.isprintable()
    assert escape("x" * 3000).endswith("... (1000 more characters)")


def test_the_report_escapes_everything_from_upstream(snapshot: Dict[str, Any], update: Update) -> None:
    """Today a newline followed by `::warning::` becomes a GitHub Actions command, and terminal
    escapes pass through."""
    evil = "x\n::warning::pwned\n::add-mask::BREAKING\x1b[2J\u202e"
    changed = copy.deepcopy(snapshot)
    op = copy.deepcopy(changed["paths"][f"{ORG}/service/"]["get"])
    op["operationId"], op["tags"] = f"evil-{evil}", [f"Evil{evil}"]
    op["parameters"].append({"name": f"p{evil}", "in": "query", "schema": {"type": "string", "enum": [evil]}})
    changed["paths"][f"{ORG}/service/evil{evil}"] = {"get": op}
    proc = update.run(changed, "--dry-run")
    assert proc.returncode == CHANGED, proc.stderr
    for line in (proc.stdout + proc.stderr).splitlines():
        assert not line.lstrip().startswith(("::", "##[")), line
        assert line.isprintable(), repr(line)
    assert "  + evil-x\\x0a::warning::pwned\\x0a::add-mask::BREAKING\\x1b[2J\\u202e  GET /service/evilx\\x0a" in (
        proc.stdout
    )


# --------------------------------------------------------------------------- 6. extract_words, make


def test_extract_words_writes_only_under_its_directory(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "words"
    for tag in (f"../../{tmp_path.name}-escaped", str(tmp_path / "absolute"), "..", ".hidden"):
        doc = {"paths": {"/x": {"get": {"operationId": "x", "tags": [tag], "summary": "S", "responses": {}}}}}
        (tmp_path / "doc.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "extract_words.py"), str(tmp_path / "doc.yaml"), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 1, proc.stderr
        assert "refused" in _no_traceback_one_line(proc) and "cannot name a file of spec/words/" in proc.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["doc.yaml"]


def test_make_spec_update_quotes_src_and_flags(tmp_path: Path) -> None:
    """Today `make spec-update SRC='x"; touch ...'` runs the command."""
    canaries = [tmp_path / f"pwned{i}" for i in range(4)]
    for src, flags in [
        (f'x"; touch {canaries[0]}; "', ""),
        (f"x'; touch {canaries[1]}; '", ""),
        (f"$(shell touch {canaries[2]})", ""),
        ("nope.json", f"--dry-run;touch {canaries[3]}"),
    ]:
        proc = subprocess.run(
            ["make", "-s", "-C", str(ROOT), "spec-update", f"SRC={src}", f"FLAGS={flags}"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode != 0
    assert not [c for c in canaries if c.exists()]


# --------------------------------------------------------------------------- 7. nothing becomes code


def _closure(doc: Dict[str, Any], operation_ids: Tuple[str, ...]) -> Dict[str, Any]:
    """``doc`` with only the given operations and the schemas they reach."""
    out = {k: copy.deepcopy(v) for k, v in doc.items() if k not in ("paths", "components")}
    out["paths"] = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") in operation_ids:
                out["paths"].setdefault(path, {})[method] = copy.deepcopy(op)
    schemas, keep = doc["components"]["schemas"], {}
    stack: List[Any] = [out["paths"]]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.rsplit("/", 1)[1] not in keep:
                keep[ref.rsplit("/", 1)[1]] = schemas[ref.rsplit("/", 1)[1]]
                stack.append(keep[ref.rsplit("/", 1)[1]])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    out["components"] = {"schemas": copy.deepcopy(keep), "securitySchemes": doc["components"]["securitySchemes"]}
    return out


def test_hostile_payloads_never_become_code(snapshot: Dict[str, Any], tmp_path: Path) -> None:
    """Names, enum values, defaults, patterns, tags and paths holding quotes, newlines, triple
    quotes, `{{`, `__import__`: the generated package imports, is mypy-clean, nothing of them
    runs, and the values reach the wire as written (a default `a\\` is sent as `a\\`, not `a\\\\`)."""
    from amigo_client.api import NEEDED_OPERATIONS

    canary = tmp_path / "CANARY"
    run = f'__import__("os").system("touch {canary}")'
    evil = [
        f'x"; {run}; "',
        f'"""\n{run}\n"""',
        "{{ " + run + " }}",
        "a\\",
        f"'''; {run} #",
        "\n::warning::x\x1b[31m",
    ]
    doc = _closure(snapshot, tuple(NEEDED_OPERATIONS))
    doc["components"]["schemas"]["EvilBody"] = {
        "type": "object",
        "title": evil[1],
        "properties": {
            evil[0]: {"type": "string", "enum": evil, "default": evil[3]},
            evil[2]: {"type": "string", "pattern": evil[1], "default": evil[4]},
            "plain": {"type": "string", "default": evil[1]},
        },
        "required": [evil[0]],
    }
    doc["paths"][f'{ORG}/evil"\'\\__import__("os")/{{item_id}}'] = {
        "post": {
            "tags": [evil[1]],
            "operationId": 'evil-"""-{{__import__}}',
            "summary": evil[1],
            "description": evil[2],
            "parameters": [
                # The path parameter's pattern is checked before sending (issue 15 §1): the payload stays
                # in it verbatim, with an alternative a plain id can match.
                {
                    "name": "item_id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "pattern": evil[0] + "|^abc$"},
                },
                {"name": evil[0], "in": "query", "schema": {"type": "string", "enum": evil, "default": evil[3]}},
                {"name": "q2", "in": "query", "schema": {"type": "string", "default": evil[2]}},
                {"name": evil[4], "in": "header", "schema": {"type": "string", "default": evil[1]}},
            ],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EvilBody"}}},
            },
            "responses": {
                "200": {
                    "description": evil[1],
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {evil[2]: {"type": "string", "const": evil[0]}}}
                        }
                    },
                }
            },
        }
    }
    src, out = tmp_path / "evil.json", tmp_path / "openapi.yaml"
    src.write_text(json.dumps(doc), encoding="utf-8")
    out.write_text("openapi: 3.1.0\npaths: {}\n", encoding="utf-8")
    package = tmp_path / "pkg" / "amigo_client"
    proc = _run(str(src), "--out", str(out), "--package", str(package))
    assert proc.returncode == CHANGED, proc.stdout[-3000:] + proc.stderr[-3000:]
    check = (
        "import json, httpx\n"
        "import amigo_client.api as api\n"
        "from amigo_client import AmigoClient\n"
        f"evil = {evil!r}\n"
        "tag = next(t for t in api.RESOURCES if t not in ('conversation', 'user'))\n"
        "name = api.RESOURCES[tag][0][0]\n"
        "sent = []\n"
        "transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={evil[2]: evil[0]}))\n"
        "from amigo_client import ConfigurationError\n"
        "with AmigoClient(token='t', organization_id='0' * 24, transport=transport) as client:\n"
        "    try:\n"
        "        getattr(getattr(client, tag), name)(item_id='abd', body={evil[0]: evil[3]})\n"
        "    except ConfigurationError as exc:\n"
        "        assert evil[0] + '|^abc$' in str(exc), exc\n"
        "    else:\n"
        "        raise SystemExit('the pattern was not checked')\n"
        "    answer = getattr(getattr(client, tag), name)(item_id='abc', body={evil[0]: evil[3]})\n"
        "kwargs = api.operation(name)._get_kwargs(item_id='abc', body={evil[0]: evil[3]})\n"
        "print(json.dumps({'params': kwargs['params'], 'json': kwargs['json'], 'headers': kwargs['headers'],\n"
        "    'query': dict(sent[0].url.params), 'body': json.loads(sent[0].content), 'answer': answer.to_dict()}))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", check],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(package.parent)},
        timeout=120,
    )
    assert ran.returncode == 0, ran.stderr
    seen = json.loads(ran.stdout)
    assert seen["params"] == {evil[0]: "a\\", "q2": evil[2]}  # the defaults, exactly as upstream wrote them
    assert seen["query"] == {evil[0]: "a\\", "q2": evil[2]}
    assert seen["json"] == seen["body"] == {evil[0]: "a\\"}
    assert seen["headers"][evil[4]] == evil[1]
    assert seen["answer"] == {evil[2]: evil[0]}
    typed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / ".mypy"),
            "-p",
            "amigo_client",
        ],
        capture_output=True,
        text=True,
        cwd=package.parent,
        timeout=600,
    )
    assert typed.returncode == 0 and "no issues found in" in typed.stdout, typed.stdout[-3000:]
    assert int(typed.stdout.split("no issues found in ")[1].split()[0]) < 200  # the small package, not the repo's
    assert not canary.exists()


def test_the_pinned_generator_still_escapes_string_defaults_twice(tmp_path: Path) -> None:
    """spectools/generator.py fixes openapi-python-client's `repr(remove_string_escapes(v))`;
    when a pinned version no longer needs the fix, this fails: drop the patch then."""
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "get-x",
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string", "default": "a\\"}}],
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
    }
    (tmp_path / "doc.json").write_text(json.dumps(doc), encoding="utf-8")
    written = {}
    for label, cmd in (
        ("pinned", [str(Path(sys.executable).parent / "openapi-python-client")]),
        ("fixed", [sys.executable, str(ROOT / "spectools" / "generator.py")]),
    ):
        target = tmp_path / label
        proc = subprocess.run(
            [*cmd, "generate", "--path", str(tmp_path / "doc.json"), "--meta", "none", "--output-path", str(target)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        tree = ast.parse((target / "api" / "default" / "get_x.py").read_text(encoding="utf-8"))
        function = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_get_kwargs")
        written[label] = ast.literal_eval(function.args.kw_defaults[0])  # type: ignore[arg-type]
    assert written == {"pinned": "a\\\\", "fixed": "a\\"}


# --------------------------------------------------------------------------- 8. exit codes and the JSON report


def test_exit_codes_are_documented_where_ci_looks() -> None:
    helptext = _run("--help").stdout
    for line in (
        "  0  no change",
        "  1  refused or failed",
        "  2  breaking changes, with --fail-on-breaking",
        "  3  changed",
    ):
        assert line in helptext
    for doc in (ROOT / "README.md", ROOT / "spec" / "README.md"):
        text = doc.read_text(encoding="utf-8")
        assert all(f"| {code} |" in text for code in "0123"), doc


def test_usage_errors_are_exit_1_not_2(tmp_path: Path) -> None:
    proc = _run("--no-such-flag")
    assert proc.returncode == REFUSED and "unrecognized arguments" in proc.stderr


def test_json_report_is_machine_readable_and_deterministic(snapshot: Dict[str, Any], update: Update) -> None:
    changed = copy.deepcopy(snapshot)
    del changed["paths"][f"{ORG}/metric/{{metric_id}}/"]["delete"]
    changed["paths"][f"{ORG}/service/"]["get"]["tags"] = ["Catalog"]
    report = update.tmp / "report.json"
    proc = update.run(changed, "--fail-on-breaking", "--json", str(report))
    assert proc.returncode == BREAKING and update.unchanged
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["status"] == "breaking" and data["exit_code"] == BREAKING and data["refused"] == []
    assert data["source"] == "upstream-next.json"
    assert data["operations"]["removed"] == [{"operation": "delete-metric", "where": "DELETE /metric/{metric_id}/"}]
    assert data["operations"]["changed"] == [
        {
            "operation": "get-services",
            "where": "GET /service/",
            "changes": [{"text": "tag Service -> Catalog", "breaking": True, "kind": "tag"}],
        }
    ]
    assert data["breaking"] == ["delete-metric: removed", "get-services: tag Service -> Catalog"]
    first = report.read_bytes()
    assert update.run(changed, "--fail-on-breaking", "--json", str(report)).returncode == BREAKING
    assert report.read_bytes() == first
