"""Roles per organization, checked wherever an operation takes one, and the downloads the emulator
answers with real bytes (prompt logs as a zip, the tool scaffold as a tar.gz). The ``emu``
fixture fails a test whose answers broke the contract."""

from __future__ import annotations

import io
import tarfile
import zipfile
from typing import Any, Dict, Set

import httpx
import pytest

from amigo_emulator.models.roles import DEFAULT_ROLES
from amigo_emulator.testing import Emulator
from amigo_emulator.tools import SCAFFOLD_FILES

from .conftest import OTHER_ORG
from .support import assert_schema, interact, start

INVITE: Dict[str, Any] = {"first_name": "Ada", "last_name": "King", "email": "ada@example.com"}


def _user_ids(client: httpx.Client) -> Set[str]:
    return {u["user_id"] for u in client.get("/user/").json()["users"]}


@pytest.mark.operations("create-invited-user", "get-users")
def test_an_invitation_with_an_unknown_role_is_refused_and_stores_nothing(client: httpx.Client) -> None:
    before = _user_ids(client)
    refused = client.post("/user/", json={**INVITE, "role_name": "Astronaut"})
    assert refused.status_code == 404 and "Astronaut" in refused.json()["detail"]
    assert _user_ids(client) == before
    # Nothing half-stored either: the same email is free for a valid invitation.
    assert client.post("/user/", json={**INVITE, "role_name": "DefaultUserRole"}).status_code == 201


@pytest.mark.operations("create-invited-user", "create-role", "get-roles", "sign-in-with-api-key")
def test_roles_are_the_defaults_plus_those_created(client: httpx.Client, emu: Emulator) -> None:
    roles = client.get("/role/").json()
    assert_schema("GetRolesResponse", roles)
    names = [r["name"] for r in roles["roles"]]
    assert set(DEFAULT_ROLES) <= set(names)
    made = client.post(
        "/role/",
        json={
            "role_name": "Auditor",
            "description": "Reads everything.",
            "permission_grants": [],
            "frontend_view": "admin",
        },
    )
    assert made.status_code == 201
    assert client.post("/user/", json={**INVITE, "role_name": "Auditor"}).status_code == 201
    assert "Auditor" in [r["name"] for r in client.get("/role/").json()["roles"]]
    assert [r["id"] for r in client.get("/role/", params={"name": "Auditor"}).json()["roles"]] == [
        made.json()["role_id"]
    ]
    # Roles belong to one organization: the other one has the defaults only.
    other = f"{emu.base_url}/v1/{OTHER_ORG}"
    headers = {"x-api-key": "other-key", "x-api-key-id": "other-key-id", "x-user-id": "65f0000000000000000000f1"}
    with httpx.Client(trust_env=False, timeout=10) as http:
        token = http.post(f"{other}/user/signin_with_api_key", headers=headers).json()["id_token"]
        theirs = http.get(f"{other}/role/", headers={"Authorization": f"Bearer {token}"}).json()["roles"]
        refused = http.post(
            f"{other}/user/", json={**INVITE, "role_name": "Auditor"}, headers={"Authorization": f"Bearer {token}"}
        )
    assert "Auditor" not in [r["name"] for r in theirs] and set(DEFAULT_ROLES) <= {r["name"] for r in theirs}
    assert refused.status_code == 404


@pytest.mark.operations("assign-role", "create-invited-user", "get-roles", "get-users")
def test_assigning_a_role_checks_both_and_changes_the_user(client: httpx.Client, emu: Emulator) -> None:
    user_id = client.post("/user/", json={**INVITE, "role_name": "DefaultUserRole"}).json()["user_id"]
    unknown_role = client.post("/role/Astronaut/assign", json={"user_id": user_id})
    assert unknown_role.status_code == 404
    unknown_user = client.post("/role/DefaultAdministratorRole/assign", json={"user_id": "65f0000000000000000000ff"})
    assert unknown_user.status_code == 404
    assigned = client.post("/role/DefaultAdministratorRole/assign", json={"user_id": user_id})
    assert assigned.status_code == 200
    roles = {r["name"]: r["id"] for r in client.get("/role/").json()["roles"]}
    assert assigned.json() == {"role_id": roles["DefaultAdministratorRole"]}
    me = client.get("/user/", params={"user_id": user_id}).json()["users"][0]
    assert me["role"] == "DefaultAdministratorRole"


@pytest.mark.operations("create-api-key", "get-api-keys")
def test_any_body_naming_a_role_needs_it(client: httpx.Client) -> None:
    refused = client.post("/organization/api_key/", json={"name": "ci", "duration": "P30D", "role_name": "Nope"})
    assert refused.status_code == 404
    assert client.get("/organization/api_key/").json()["api_keys"] == []
    made = client.post(
        "/organization/api_key/", json={"name": "ci", "duration": "P30D", "role_name": "DefaultUserRole"}
    )
    assert made.status_code == 201


@pytest.mark.operations("create-conversation", "get-prompt-logs", "interact-with-conversation")
def test_prompt_logs_are_a_real_deterministic_zip(client: httpx.Client) -> None:
    conversation = start(client)
    interact(client, conversation, "Where is my order?")
    logs = client.get("/admin/get_prompt_logs/", params={"prompt_log_prefix": conversation})
    assert logs.status_code == 200 and logs.headers["content-type"] == "application/zip"
    assert logs.headers["content-disposition"] == 'attachment; filename="prompt_logs.zip"'
    archive = zipfile.ZipFile(io.BytesIO(logs.content))
    assert archive.testzip() is None
    names = archive.namelist()
    assert len(names) == 4 and {n.rsplit("-", 1)[1] for n in names} == {"system", "history"}
    keys = sorted({n.rsplit("-", 1)[0] for n in names})
    assert all(k.startswith(conversation + "/") for k in keys)
    histories = [archive.read(f"{k}-history").decode("utf-8") for k in keys]
    assert any("Where is my order?" in h and "\n---\n" in h for h in histories)
    assert "Customer support" in archive.read(f"{keys[0]}-system").decode("utf-8")
    assert client.get("/admin/get_prompt_logs/", params={"prompt_log_prefix": conversation}).content == logs.content
    one = client.get("/admin/get_prompt_logs/", params={"prompt_log_prefix": keys[0]})
    assert len(zipfile.ZipFile(io.BytesIO(one.content)).namelist()) == 2
    missing = client.get("/admin/get_prompt_logs/", params={"prompt_log_prefix": "65f0000000000000000000ff"})
    assert missing.status_code == 404


@pytest.mark.operations("get-tool-scaffold-release")
def test_the_tool_scaffold_is_a_real_tar_gz(client: httpx.Client) -> None:
    answer = client.get("/tool/amigo_tool_scaffold.tar.gz")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/gzip"
    assert 'filename="amigo_tool_scaffold.tar.gz"' in answer.headers["content-disposition"]
    with tarfile.open(fileobj=io.BytesIO(answer.content), mode="r:gz") as archive:
        assert archive.getnames() == list(SCAFFOLD_FILES)
