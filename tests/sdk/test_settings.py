"""Settings are checked when the client is built: one that cannot be sent (a key read from a file
with its trailing newline, a pasted value with non-ASCII quotes, a space) is a
ConfigurationError that names the setting and never shows its value, in the message or in the
traceback, instead of a connection error or UnicodeEncodeError at the first request."""

from __future__ import annotations

import traceback
from typing import Any, Dict, List

import httpx
import pytest

from amigo_client import AmigoClient, ConfigurationError
from amigo_client.api.service import get_services
from amigo_emulator.testing import Emulator

SECRET = "Zq7secretvalue"
#: A valid value of every setting (base_url is replaced per test by the emulator's).
GOOD: Dict[str, Any] = {
    "api_key": "Zq7secretvalue",
    "api_key_id": "kidQx81",
    "user_id": "65f0000000000000000000b1",
    "organization_id": "orgWv42",
    "base_url": "http://127.0.0.1:1",
}
ENV = {
    "api_key": "AMIGO_API_KEY",
    "api_key_id": "AMIGO_API_KEY_ID",
    "user_id": "AMIGO_USER_ID",
    "organization_id": "AMIGO_ORGANIZATION_ID",
    "base_url": "AMIGO_BASE_URL",
}
PAGE = {"services": [], "has_more": False, "continuation_token": None, "filter_values": {"tags": []}}
#: Bad variants of a value: a trailing newline (read from a file), a non-ASCII character, a space.
BAD = {
    "newline": lambda v: v + "\n",
    "crlf": lambda v: v + "\r\n",
    "non-ascii": lambda v: v[:3] + "\u00e9" + v[3:],
    "typographic-quote": lambda v: "\u201c" + v + "\u201d",
    "inner-space": lambda v: v[:3] + " " + v[3:],
    "nul": lambda v: v + "\x00",
}


@pytest.fixture(autouse=True)
def _no_amigo_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV.values():
        monkeypatch.delenv(name, raising=False)


def _full_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)) + repr(exc)


def _assert_hidden(exc: BaseException, value: str, fragments: List[str]) -> None:
    text = _full_text(exc)
    for fragment in fragments:
        assert fragment not in text, f"{fragment!r} shown in {text!r}"
    assert repr(value) not in text


@pytest.mark.parametrize("name", ["api_key", "api_key_id", "user_id", "organization_id"])
@pytest.mark.parametrize("bad", sorted(BAD))
def test_a_credential_that_cannot_be_sent_is_named_never_shown(name: str, bad: str) -> None:
    secret_like = GOOD[name] if name == "api_key" else SECRET
    value = BAD[bad](secret_like)
    settings = {**GOOD, name: value}
    with pytest.raises(ConfigurationError) as info:
        AmigoClient(**settings)
    assert str(info.value).startswith(name + " ")
    _assert_hidden(info.value, value, [secret_like, secret_like[:3]])


@pytest.mark.parametrize("name", ["api_key", "api_key_id", "user_id", "organization_id", "base_url"])
def test_a_bad_setting_from_the_environment_names_its_variable(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in GOOD.items():
        monkeypatch.setenv(ENV[key], value)
    bad = GOOD[name] + "\n" if name != "base_url" else "http://127.0.0.1:1/" + SECRET + "\n"
    monkeypatch.setenv(ENV[name], bad)
    with pytest.raises(ConfigurationError) as info:
        AmigoClient()
    assert str(info.value).startswith(f"{name} (from {ENV[name]})")
    _assert_hidden(info.value, bad, [SECRET if name == "base_url" else GOOD[name]])


@pytest.mark.parametrize(
    "base_url",
    [
        "http://127.0.0.1:1/" + SECRET + "\n",
        "http://exa mple.test/" + SECRET,
        "api.amigo.ai/" + SECRET,
        "http:///" + SECRET,
        "http://[" + SECRET,
    ],
)
def test_a_bad_base_url_is_named_never_shown(base_url: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        AmigoClient(**{**GOOD, "base_url": base_url})
    assert str(info.value).startswith("base_url ")
    _assert_hidden(info.value, base_url, [SECRET])


@pytest.mark.parametrize("name", ["organization_id"])
@pytest.mark.parametrize("value", ["a/b", "a?b", "a#b", "a%2fb"])
def test_an_organization_id_must_be_one_path_segment(name: str, value: str) -> None:
    with pytest.raises(ConfigurationError, match="^organization_id "):
        AmigoClient(**{**GOOD, name: value})


@pytest.mark.parametrize("bad", sorted(BAD))
def test_a_fixed_token_that_cannot_be_sent_is_refused_when_built(bad: str) -> None:
    value = BAD[bad](SECRET)
    with pytest.raises(ConfigurationError) as info:
        AmigoClient(token=value, organization_id="org", base_url="http://127.0.0.1:1")
    assert str(info.value).startswith("token ")
    _assert_hidden(info.value, value, [SECRET])


def test_unused_api_key_settings_are_not_checked_with_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMIGO_API_KEY", "stale\n")
    client = AmigoClient(token="tok", organization_id="org")
    assert client.organization_id == "org"


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("bad", sorted(BAD))
def test_a_token_callable_returning_a_bad_token_is_refused_before_sending(emu: Emulator, bad: str) -> None:
    value = BAD[bad](emu.sign_in())
    before: Dict[str, int] = emu.stats()["requests"]
    with AmigoClient(token=lambda: value, organization_id=emu.organization, base_url=emu.base_url) as client:
        with pytest.raises(ConfigurationError) as info:
            client.call(get_services)
    assert str(info.value).startswith("token (from the token callable) ")
    _assert_hidden(info.value, value, [value.strip()[:40], value.strip()[-20:]])
    assert emu.stats()["requests"] == before  # nothing was sent


@pytest.mark.operations("get-services")
def test_good_settings_still_work(emu: Emulator) -> None:
    with AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url + "/",
    ) as client:
        assert client.call(get_services).services
    with AmigoClient(token=emu.sign_in, organization_id=emu.organization, base_url=emu.base_url) as client:
        assert client.call(get_services).services


# -- the organization is one path segment (issue 15 §1) --------------------------------


@pytest.mark.parametrize("value", [".", "..", "a[b", 'a"b', "<org>", "a|b", "a^b", "a`b", "{org}", "a\\b"])
def test_an_organization_id_that_is_not_one_segment_is_refused_before_anything_is_sent(value: str) -> None:
    sent: List[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=PAGE)

    transport = httpx.MockTransport(handle)
    with pytest.raises(ConfigurationError) as info:
        AmigoClient(token="t", organization_id=value, base_url="http://amigo.test", transport=transport)
    message = str(info.value)
    assert message.startswith("organization_id ") and ("one path segment" in message or "holds" in message)
    _assert_hidden(info.value, value, [])
    assert sent == []


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("value", ["demo-org", "org_1.x", "org~1", "Acme:EU", "a.b.c"])
def test_an_organization_id_that_is_one_segment_scopes_every_request(value: str) -> None:
    sent: List[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=PAGE)

    client = AmigoClient(
        token="t", organization_id=value, base_url="http://amigo.test", transport=httpx.MockTransport(handle)
    )
    client.call(get_services)
    assert sent[0].url.raw_path.split(b"?")[0] == f"/v1/{value}/service/".encode()


# -- base_url: the API root, and the two natural guesses (issue 16 #5) -----------------


def sent_paths(base_url: str, organization_id: str = "demo-org", env: bool = False) -> List[str]:
    sent: List[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.url.host}{request.url.path}")
        return httpx.Response(200, json=PAGE)

    settings: Dict[str, Any] = {"token": "t", "organization_id": organization_id}
    if not env:
        settings["base_url"] = base_url
    with AmigoClient(transport=httpx.MockTransport(handle), **settings) as client:
        client.call(get_services)
    return sent


@pytest.mark.operations("get-services")
@pytest.mark.parametrize(
    "base_url",
    [
        "https://api.amigo.ai",
        "https://api.amigo.ai/",
        "https://api.amigo.ai/v1",
        "https://api.amigo.ai/v1/",
        "https://api.amigo.ai/v1/demo-org",
        "https://api.amigo.ai/v1/demo-org/",
    ],
)
def test_base_url_may_be_the_root_or_end_in_v1_or_the_organization(base_url: str) -> None:
    assert sent_paths(base_url) == ["api.amigo.ai/v1/demo-org/service/"]


@pytest.mark.operations("get-services")
def test_base_url_from_the_environment_ending_in_v1_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMIGO_BASE_URL", "https://api.amigo.ai/v1")
    assert sent_paths("", env=True) == ["api.amigo.ai/v1/demo-org/service/"]


def test_a_proxy_prefix_is_kept() -> None:
    assert sent_paths("https://proxy.example/amigo/") == ["proxy.example/amigo/v1/demo-org/service/"]


@pytest.mark.parametrize("base_url", ["https://api.amigo.ai/v1/other-org", "https://api.amigo.ai/v1/other-org/"])
def test_base_url_naming_another_organization_is_refused(base_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(
        ConfigurationError, match=r"^base_url ends with /v1/<an organization> that is not organization_id"
    ):
        AmigoClient(token="t", organization_id="demo-org", base_url=base_url)
    monkeypatch.setenv("AMIGO_BASE_URL", base_url)
    with pytest.raises(ConfigurationError, match=r"^base_url \(from AMIGO_BASE_URL\) ends with"):
        AmigoClient(token="t", organization_id="demo-org")


@pytest.mark.parametrize("base_url", ["https://api.amigo.ai/?" + SECRET, "https://api.amigo.ai/#" + SECRET])
def test_base_url_with_a_query_or_fragment_is_refused(base_url: str) -> None:
    with pytest.raises(ConfigurationError, match="^base_url holds a query or a fragment") as info:
        AmigoClient(token="t", organization_id="demo-org", base_url=base_url)
    _assert_hidden(info.value, base_url, [SECRET])


@pytest.mark.parametrize("base_url", ["https://api.example.test", "https://api.example.test/", "http://127.0.0.1:8080"])
def test_an_http_or_https_base_url_is_accepted(base_url: str) -> None:
    """Found by make mutation: every other test used an http:// URL."""
    client = AmigoClient(token="t", organization_id="org", base_url=base_url)
    assert str(client._http.base_url).startswith(base_url.rstrip("/") + "/v1/org")


# -- found by make mutation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "base_url",
    ["https://[::1", "https://xn--/", "https://api.example.test/a b", "https://api.example.test/\x00"],
    ids=["unparsable-port", "bad-idna-label", "space-in-path", "nul-in-path"],
)
def test_a_base_url_httpx_cannot_parse_or_with_a_space_anywhere_is_refused_when_built(base_url: str) -> None:
    with pytest.raises(
        ConfigurationError, match="^base_url (is not a URL with a host name|holds whitespace or a control)"
    ):
        AmigoClient(**{**GOOD, "base_url": base_url})


@pytest.mark.parametrize("value, kind", [(123, "int"), (b"https://api.example.test", "bytes")])
def test_a_base_url_that_is_not_text_names_its_type(value: Any, kind: str) -> None:
    with pytest.raises(ConfigurationError, match=f"^base_url must be a string, not {kind}$"):
        AmigoClient(**{**GOOD, "base_url": value})


def test_an_empty_base_url_means_the_default_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty base_url (passed, or AMIGO_BASE_URL set to nothing) is no URL to check: the
    default API root is used."""
    with AmigoClient(**{**GOOD, "base_url": ""}) as client:
        assert str(client._http.base_url) == f"https://api.amigo.ai/v1/{GOOD['organization_id']}/"
    monkeypatch.setenv("AMIGO_BASE_URL", "")
    with AmigoClient(**{k: v for k, v in GOOD.items() if k != "base_url"}) as client:
        assert str(client._http.base_url) == f"https://api.amigo.ai/v1/{GOOD['organization_id']}/"
