"""Sign-in with an API key and the bearer-token checks (401s)."""

from __future__ import annotations

import base64
import json
import time
from datetime import datetime, timezone
from typing import Any, Dict

import httpx
import pytest

from amigo_emulator.testing import Emulator

from .conftest import OTHER_ORG
from .support import assert_schema


def _sign_in(http: httpx.Client, emu: Emulator, org: str = "", **headers: str) -> httpx.Response:
    values = {"x-api-key": emu.api_key, "x-api-key-id": emu.api_key_id, "x-user-id": emu.user_id}
    values.update({k.replace("_", "-"): v for k, v in headers.items()})
    return http.post(f"{emu.base_url}/v1/{org or emu.organization}/user/signin_with_api_key", headers=values)


def _claims(token: str) -> Dict[str, Any]:
    payload = token.split(".")[1]
    claims: Dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    return claims


def _assert_lifetime(claims: Dict[str, Any], seconds: int) -> None:
    """The token expires ``seconds`` after it was issued (``exp`` is whole seconds, rounded up;
    ``iat`` rounded down), read from its own claims: no clock of this process is involved."""
    assert seconds <= claims["exp"] - claims["iat"] <= seconds + 1


@pytest.mark.operations("sign-in-with-api-key")
def test_sign_in_issues_an_hs256_jwt_with_iso_expiry(http: httpx.Client, emu: Emulator) -> None:
    asked = int(time.time())
    response = _sign_in(http, emu)
    answered = time.time()
    assert response.status_code == 200
    body = response.json()
    assert_schema("SignInWithApiKeyResponse", body)
    header = json.loads(base64.urlsafe_b64decode(body["id_token"].split(".")[0] + "=="))
    assert header == {"alg": "HS256", "typ": "JWT"}
    claims = _claims(body["id_token"])
    assert claims["org"] == emu.organization and claims["sub"] == emu.user_id
    assert body["expires_at"].endswith("Z")
    expires = datetime.fromisoformat(body["expires_at"].replace("Z", "+00:00"))
    assert expires == datetime.fromtimestamp(claims["exp"], timezone.utc)
    _assert_lifetime(claims, 3600)
    assert asked <= claims["iat"] <= answered, "issued while the request was answered"
    assert emu.stats()["sign_ins"] == {emu.organization: 1}


@pytest.mark.operations("sign-in-with-api-key")
@pytest.mark.parametrize(
    "headers",
    [{"x_api_key": "wrong"}, {"x_api_key_id": "nope"}, {"x_user_id": "65f0000000000000000000ff"}],
    ids=["wrong-key", "unknown-key-id", "unknown-user"],
)
def test_bad_credentials_are_401(http: httpx.Client, emu: Emulator, headers: Dict[str, str]) -> None:
    assert _sign_in(http, emu, **headers).status_code == 401
    assert emu.stats()["sign_ins"] == {}


@pytest.mark.operations("sign-in-with-api-key")
def test_missing_header_is_422_and_unknown_org_404(http: httpx.Client, emu: Emulator) -> None:
    response = http.post(
        f"{emu.api_url}/user/signin_with_api_key", headers={"x-api-key": emu.api_key, "x-user-id": emu.user_id}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["header", "x-api-key-id"]
    assert _sign_in(http, emu, org="no-such-org").status_code == 404


@pytest.mark.operations("get-organization", "get-services")
def test_every_other_endpoint_needs_a_valid_bearer_token(http: httpx.Client, emu: Emulator) -> None:
    url = f"{emu.api_url}/service/"
    assert http.get(url).status_code == 401
    assert http.get(url, headers={"Authorization": "Bearer not.a.jwt"}).status_code == 401
    assert http.get(url, headers={"Authorization": "Basic abc"}).status_code == 401
    token = emu.sign_in()
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    assert http.get(url, headers={"Authorization": f"Bearer {forged}"}).status_code == 401
    ok = http.get(url, headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200
    assert ok.json()["services"][0]["id"] == emu.service_ids[0]
    # The organization profile is public.
    assert http.get(f"{emu.api_url}/organization/").status_code == 200


@pytest.mark.operations("get-services", "sign-in-with-api-key")
def test_a_token_of_another_organization_is_401(http: httpx.Client, emu: Emulator) -> None:
    other = http.post(
        f"{emu.base_url}/v1/{OTHER_ORG}/user/signin_with_api_key",
        headers={"x-api-key": "other-key", "x-api-key-id": "other-key-id", "x-user-id": "65f0000000000000000000f1"},
    )
    assert other.status_code == 200
    token = other.json()["id_token"]
    assert (
        http.get(f"{emu.base_url}/v1/{OTHER_ORG}/service/", headers={"Authorization": f"Bearer {token}"}).status_code
        == 200
    )
    assert http.get(f"{emu.api_url}/service/", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    # An unknown organization cannot have valid tokens either.
    assert http.get(f"{emu.base_url}/v1/nope/service/", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert emu.stats()["sign_ins"] == {OTHER_ORG: 1}


@pytest.mark.operations("get-services", "sign-in-with-api-key")
def test_token_lifetime_can_change_at_run_time_and_tokens_expire(http: httpx.Client, emu: Emulator) -> None:
    emu.faults(token_ttl_seconds=0)
    token = _sign_in(http, emu).json()["id_token"]
    _assert_lifetime(_claims(token), 0)
    # A zero lifetime ends at the next whole second: the token is refused as expired from then on
    # (a wait on that answer; only an emulator whose tokens never expire reaches the deadline).
    deadline = time.monotonic() + 30
    while True:
        answer = http.get(f"{emu.api_url}/service/", headers={"Authorization": f"Bearer {token}"})
        if answer.status_code != 200 or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert answer.status_code == 401
    assert "expired" in answer.json()["detail"]
    emu.faults(token_ttl_seconds=120)
    _assert_lifetime(_claims(_sign_in(http, emu).json()["id_token"]), 120)


@pytest.mark.operations("get-services")
def test_expire_tokens_revokes_everything_issued_so_far(http: httpx.Client, emu: Emulator) -> None:
    token = emu.sign_in()
    emu.expire_tokens()
    assert http.get(f"{emu.api_url}/service/", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert http.get(f"{emu.api_url}/service/", headers=emu.auth_headers()).status_code == 200


@pytest.mark.operations("create-invited-user", "delete-user", "get-services")
def test_a_deleted_users_token_stops_working(http: httpx.Client, emu: Emulator, client: httpx.Client) -> None:
    created = client.post(
        "/user/",
        json={"first_name": "Ann", "last_name": "Lee", "email": "ann@example.com", "role_name": "DefaultUserRole"},
    )
    assert created.status_code == 201
    user_id = created.json()["user_id"]
    headers = emu.auth_headers(user_id)
    assert http.get(f"{emu.api_url}/service/", headers=headers).status_code == 200
    assert client.delete(f"/user/{user_id}").status_code == 204
    assert http.get(f"{emu.api_url}/service/", headers=headers).status_code == 401
