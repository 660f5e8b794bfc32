"""AmigoClient construction: settings, environment, errors naming what is missing, repr, timeouts."""

from __future__ import annotations

from typing import Any, Dict

import httpx
import pytest

from amigo_client import AmigoClient, ConfigurationError
from amigo_client.api.service import get_services
from sdkutil import ORG, SignedIn, as_sent, make_client

ENV = ("AMIGO_API_KEY", "AMIGO_API_KEY_ID", "AMIGO_USER_ID", "AMIGO_ORGANIZATION_ID", "AMIGO_BASE_URL")
PAGE = {"services": [], "has_more": False, "continuation_token": None, "filter_values": {"tags": []}}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


def test_missing_settings_are_all_named_with_their_variables() -> None:
    with pytest.raises(ConfigurationError) as info:
        AmigoClient(api_key="k")
    message = str(info.value)
    for name, env in [
        ("api_key_id", "AMIGO_API_KEY_ID"),
        ("user_id", "AMIGO_USER_ID"),
        ("organization_id", "AMIGO_ORGANIZATION_ID"),
    ]:
        assert f"{name} (pass {name}= or set {env})" in message
    assert "api_key (" not in message


@pytest.mark.operations("get-services")
def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMIGO_API_KEY", "env-secret-key")
    monkeypatch.setenv("AMIGO_API_KEY_ID", "env-key-id")
    monkeypatch.setenv("AMIGO_USER_ID", "env-user")
    monkeypatch.setenv("AMIGO_ORGANIZATION_ID", "env-org")
    monkeypatch.setenv("AMIGO_BASE_URL", "http://env.test/")
    seen = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(as_sent(request))
        if request.url.path.endswith("signin_with_api_key"):
            return httpx.Response(200, json={"id_token": "t", "expires_at": "2099-01-01T00:00:00Z"})
        return httpx.Response(200, json=PAGE)

    client = AmigoClient(transport=httpx.MockTransport(handle))
    client.call(get_services)
    assert str(seen[0].url) == "http://env.test/v1/env-org/user/signin_with_api_key"
    assert seen[0].headers["x-api-key"] == "env-secret-key"
    assert seen[1].url.path == "/v1/env-org/service/"


def test_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMIGO_ORGANIZATION_ID", "env-org")
    client = AmigoClient(token="fixed", organization_id="arg-org")
    assert client.organization_id == "arg-org"
    assert str(client._http.base_url) == "https://api.amigo.ai/v1/arg-org/"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"token": "t", "organization_id": "o", "base_url": "api.amigo.ai"}, "base_url must start with http"),
        ({"token": "t", "organization_id": "a/b"}, "organization_id holds '/'"),
        ({"token": "", "organization_id": "o"}, "token must be a non-empty string"),
        ({"token": "t"}, "organization_id (pass organization_id= or set AMIGO_ORGANIZATION_ID)"),
    ],
)
def test_invalid_settings_are_named(kwargs: Dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        AmigoClient(**kwargs)
    assert message in str(info.value)


@pytest.mark.operations("get-services")
def test_repr_never_shows_key_or_token() -> None:
    handler = SignedIn(lambda r: httpx.Response(200, json=PAGE))
    client = make_client(handler, api_key="super-secret-api-key")
    client.call(get_services)
    text = repr(client) + str(client.auth) + repr(client._http.auth)
    assert "super-secret-api-key" not in text and "tok-1" not in text
    assert ORG in repr(client) and "<redacted>" in repr(client)
    fixed = AmigoClient(token="fixed-bearer-token", organization_id="o")
    assert "fixed-bearer-token" not in repr(fixed)


@pytest.mark.operations("get-services")
def test_is_accepted_by_generated_functions() -> None:
    handler = SignedIn(lambda r: httpx.Response(200, json=PAGE))
    with make_client(handler) as client:
        page = get_services.sync(client=client, limit=3)
        detailed = get_services.sync_detailed(client=client)
    assert page is not None and page.services == []
    assert detailed.status_code == 200
    assert handler.requests[0].url.params["limit"] == "3"
    assert handler.requests[0].headers["authorization"] == "Bearer tok-1"


def test_timeouts_default_and_configurable() -> None:
    default = AmigoClient(token="t", organization_id="o")._http.timeout
    assert default.connect == 5.0 and default.read == 120.0
    custom = AmigoClient(token="t", organization_id="o", timeout=httpx.Timeout(3.0, read=30.0))
    assert custom._http.timeout.read == 30.0
    seconds = AmigoClient(token="t", organization_id="o", timeout=2.5)._http.timeout
    assert seconds.read == 2.5 and seconds.connect == 2.5


def test_context_manager_closes_the_pool() -> None:
    with AmigoClient(token="t", organization_id="o") as client:
        http = client._http
        assert not http.is_closed
    assert http.is_closed


def test_threads_sharing_a_fresh_client_share_one_connection_pool() -> None:
    import threading

    client = AmigoClient(token="t", organization_id="o")
    barrier = threading.Barrier(16)
    seen = []

    def grab() -> None:
        barrier.wait()
        seen.append(client._http)

    threads = [threading.Thread(target=grab) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(c) for c in seen}) == 1
