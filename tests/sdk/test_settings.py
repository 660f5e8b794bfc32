"""Settings are checked when the client is built: one that cannot be sent (a key read from a file
with its trailing newline, a pasted value with non-ASCII quotes, a space) is a
ConfigurationError that names the setting and never shows its value, in the message or in the
traceback, instead of a connection error or UnicodeEncodeError at the first request."""

from __future__ import annotations

import traceback
from typing import Any, Dict, List

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
