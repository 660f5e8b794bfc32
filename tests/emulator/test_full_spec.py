"""The emulator serving the full upstream contract (scripts/normalize_spec.py of the snapshot in
../shared; every test here skips, with the reason, when ../shared is absent).

Covers what only the full contract has: schemathesis on the operations openapi.yaml does not have
yet, sign-in with email, the tool scaffold download (real tar.gz bytes), the documented refusals
(Git, SQL, prompt logs), and the spec-driven resources acting on the same state as the
hand-written ones (persona versions, updates and soft deletes seen by the hand-written lists).
"""

from __future__ import annotations

import io
import tarfile
from pathlib import Path
from typing import Any, Dict, Iterator

import httpx
import pytest
import yaml

from amigo_emulator.config import DEFAULT_PASSWORD
from amigo_emulator.generic import shapes
from amigo_emulator.registry import HANDLERS
from amigo_emulator.spec import Contract, load_contract
from amigo_emulator.testing import Emulator
from amigo_emulator.tools import SCAFFOLD_FILES

from .support import ROOT
from .test_schemathesis import run_schemathesis


@pytest.fixture
def fc(femu: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=femu.api_url, headers=femu.auth_headers(), timeout=10, trust_env=False) as c:
        yield c


def _contract(path: Path) -> Contract:
    with open(path, encoding="utf-8") as handle:
        return Contract(yaml.safe_load(handle))


def test_schemathesis_on_the_operations_openapi_yaml_does_not_have_yet(
    femu: Emulator, full_spec: Path, tmp_path: Path
) -> None:
    extra = sorted(set(_contract(full_spec).operations) - set(load_contract(ROOT / "openapi.yaml").operations))
    if not extra:
        pytest.skip("openapi.yaml has every upstream operation: test_schemathesis.py covers them all")
    run_schemathesis(femu, full_spec, tmp_path, only=extra, examples=2)


def test_the_rule_reads_every_upstream_operation(full_spec: Path) -> None:
    contract = _contract(full_spec)
    read = shapes(contract, HANDLERS)
    assert set(read) | set(HANDLERS) >= set(contract.operations)
    summary = {name: (read[name].action, read[name].kind) for name in read}
    assert summary["create-agent-version"] == ("create", "agent-version")
    assert summary["get-agent-versions"] == ("list", "agent-version")
    assert summary["delete-dynamic-behavior-instruction"] == ("delete", "dynamic-behavior-set")
    assert summary["delete-service-hierarchical-state-machine"] == ("delete", "service-hierarchical-state-machine")
    assert summary["modify-role"] == ("update", "role")
    assert summary["search-simulation-unit-tests"] == ("search", "simulation-unit-test")
    assert summary["publish-tool-version"] == ("create", "tool-version")
    assert summary["deprecate-tool"] == ("delete", "tool")


def test_sign_in_with_email_works_like_sign_in_with_an_api_key(femu: Emulator, http: httpx.Client) -> None:
    url = f"{femu.api_url}/user/signin"
    body: Dict[str, Any] = {"email": "demo@example.com", "redirect_link": "https://example.com/in"}
    signed = http.post(url, json={**body, "password": DEFAULT_PASSWORD})
    assert signed.status_code == 200
    token = signed.json()["id_token"]
    listed = http.get(f"{femu.api_url}/service/", headers={"Authorization": f"Bearer {token}"})
    assert listed.status_code == 200 and listed.json()["services"]
    for other in ({**body, "password": "wrong"}, {**body, "email": "nobody@example.com"}, body):
        answer = http.post(url, json=other)
        assert answer.status_code == 200 and answer.json() is None, "nothing revealed, no token"
    assert femu.stats()["sign_ins"] == {femu.organization: 1}


def test_the_tool_scaffold_is_a_real_tar_gz(fc: httpx.Client) -> None:
    answer = fc.get("/tool/amigo_tool_scaffold.tar.gz")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/gzip"  # the contract names no bytes type
    with tarfile.open(fileobj=io.BytesIO(answer.content), mode="r:gz") as archive:
        names = archive.getnames()
        assert names == list(SCAFFOLD_FILES)
        extracted = archive.extractfile("amigo_tool_scaffold/tool.py")
        assert extracted is not None and b"def run" in extracted.read()
    assert fc.get("/tool/amigo_tool_scaffold.tar.gz").content == answer.content


def test_git_sql_and_prompt_logs_are_documented_refusals(fc: httpx.Client) -> None:
    for response in (fc.get("/tool/git/HEAD"), fc.post("/tool/git/git-upload-pack")):
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["path", "git_path"]
    sql = fc.post("/admin/sql_query", json={"sql_query": "select 1", "async_query": False})
    assert sql.status_code == 400 and "not supported" in sql.json()["detail"]
    logs = fc.get("/admin/get_prompt_logs/", params={"prompt_log_prefix": "x"})
    assert logs.status_code == 404


def test_spec_driven_operations_share_the_hand_written_state(fc: httpx.Client) -> None:
    persona: Dict[str, Any] = {
        "name": "Impatient",
        "role": "customer",
        "tags": {"team": "qa"},
        "initial_version": {
            "background": "b",
            "user_models": [],
            "nonsensitive_user_variables": {},
            "sensitive_user_variables": {},
        },
    }
    created = fc.post("/simulation/persona/", json=persona)
    assert created.status_code == 201, created.text
    pid = created.json()["simulation_persona_id"]
    second = fc.post(f"/simulation/persona/{pid}/version/", json={**persona["initial_version"], "background": "c"})
    assert second.status_code == 201 and second.json()["version"] == 2
    versions = fc.get(f"/simulation/persona/{pid}/version/").json()["simulation_persona_versions"]
    assert [(v["version"], v["background"]) for v in versions] == [(1, "b"), (2, "c")]

    assert fc.post(f"/simulation/persona/{pid}/", json={"tags": {"team": "ops"}}).status_code == 204
    listed = fc.get("/simulation/persona/").json()["simulation_personas"]
    assert [p["tags"] for p in listed if p["id"] == pid] == [{"team": "ops"}]
    found = fc.get("/simulation/persona/search", params={"query": "impat"}).json()["simulation_personas"]
    assert [p["id"] for p in found] == [pid]

    assert fc.delete(f"/simulation/persona/{pid}/").status_code == 204
    after = fc.get("/simulation/persona/", params={"is_deleted": True}).json()["simulation_personas"]
    assert [p["is_deleted"] for p in after if p["id"] == pid] == [True]
    assert fc.post(f"/simulation/persona/{pid}/version/", json=persona["initial_version"]).status_code == 404
    assert fc.delete("/simulation/persona/65f0000000000000000000ff/").status_code == 404


def test_a_created_api_key_signs_in_until_deleted(fc: httpx.Client, femu: Emulator, http: httpx.Client) -> None:
    made = fc.post("/organization/api_key/", json={"name": "ci", "duration": "P30D"})
    assert made.status_code == 201, made.text
    key = made.json()
    headers = {"x-api-key": key["api_key"], "x-api-key-id": key["api_key_id"], "x-user-id": femu.user_id}
    url = f"{femu.api_url}/user/signin_with_api_key"
    assert http.post(url, headers=headers).status_code == 200
    listed = fc.get("/organization/api_key/").json()["api_keys"]
    assert [k["name"] for k in listed] == ["ci"] and "api_key" not in listed[0]
    assert fc.delete(f"/organization/api_key/{key['api_key_id']}/").status_code == 200
    assert http.post(url, headers=headers).status_code == 401
