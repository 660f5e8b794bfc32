"""Details of the auth module that `make mutation` found no test pinning: the reprs (what they
show, not only what they hide), where the token cache lives on POSIX and for a vendored copy,
and the 2xx range of raise_for_status."""

from __future__ import annotations

import datetime as dt
import os
import types
from pathlib import Path
from typing import Any

import httpx
import pytest

import amigo_client._auth as auth_module
from amigo_client import StaticTokenAuth
from amigo_client._auth import Token, TokenFileCache, _make_private_dirs, default_cache_dir
from amigo_client._errors import APIStatusError, raise_for_status

EXPIRES = dt.datetime(2030, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc).timestamp()


def test_a_token_repr_shows_its_expiry_in_utc() -> None:
    assert repr(Token("jwt-value", EXPIRES)) == "Token(value=<redacted>, expires_at=2030-01-02T03:04:05+00:00)"


@pytest.mark.parametrize("expires_at", [float("inf"), float("nan"), 1e300])
def test_a_token_repr_with_an_unrepresentable_expiry_shows_the_number(expires_at: float) -> None:
    assert repr(Token("jwt-value", expires_at)) == f"Token(value=<redacted>, expires_at={expires_at!r})"


def test_static_token_auth_reprs_say_which_kind() -> None:
    assert repr(StaticTokenAuth("fixed-token")) == "StaticTokenAuth(fixed token=<redacted>)"
    assert repr(StaticTokenAuth(lambda: "dynamic-token")) == "StaticTokenAuth(callable token=<redacted>)"


def test_a_token_file_cache_repr_shows_its_directory(tmp_path: Path) -> None:
    assert repr(TokenFileCache(tmp_path)) == f"TokenFileCache(directory={str(tmp_path)!r})"


@pytest.mark.skipif(os.name == "nt", reason="POSIX: LOCALAPPDATA is a Windows setting")
def test_localappdata_is_not_used_on_posix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "appdata"))
    assert default_cache_dir() == tmp_path / ".cache" / "amigo-client"


def test_a_copy_vendored_under_another_name_keeps_its_own_cache_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(auth_module, "_PACKAGE", "vendor.amigo")
    assert default_cache_dir() == tmp_path / "amigo-client.vendor.amigo"


@pytest.mark.parametrize("status", [200, 201, 204, 299])
def test_raise_for_status_passes_every_2xx(status: int) -> None:
    response = httpx.Response(status, request=httpx.Request("GET", "http://amigo.test/"))
    assert raise_for_status(response) is response


@pytest.mark.parametrize("status", [199, 300, 301, 304])
def test_raise_for_status_raises_outside_2xx(status: int) -> None:
    with pytest.raises(APIStatusError) as caught:
        raise_for_status(httpx.Response(status, request=httpx.Request("GET", "http://amigo.test/")))
    assert caught.value.status_code == status


def test_token_freshness_is_judged_at_the_time_given() -> None:
    token = Token("jwt-value", 1_000.0)
    assert token.fresh(10.0, now=989.0) and not token.fresh(10.0, now=990.0)
    assert not token.fresh(0.0)  # now: long after 1970-01-01T00:16:40


def test_localappdata_is_the_cache_root_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run on any system: the module's ``os`` says Windows, and its environment has only
    LOCALAPPDATA (pathlib itself is left alone: it cannot make Windows paths here)."""
    fake_os = types.SimpleNamespace(name="nt", environ={"LOCALAPPDATA": str(tmp_path)}, path=os.path)
    monkeypatch.setattr(auth_module, "os", fake_os)
    assert default_cache_dir() == tmp_path / "amigo-client"
    fake_os.environ["XDG_CACHE_HOME"] = str(tmp_path / "xdg")  # an explicit XDG setting still wins
    assert default_cache_dir() == tmp_path / "xdg" / "amigo-client"


def test_the_default_cache_keeps_its_tokens_in_a_folder_of_the_cache_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert TokenFileCache().directory == tmp_path / "amigo-client" / "tokens"


def test_base_urls_differing_by_a_last_character_get_their_own_cache_files(tmp_path: Path) -> None:
    cache = TokenFileCache(tmp_path)
    files = {cache.path_for(url, "org", "key-id", "user") for url in ("https://h.test/apiX", "https://h.test/api")}
    assert len(files) == 2
    assert cache.path_for("https://h.test/api/", "org", "key-id", "user") in files  # a trailing / is the same URL


def test_a_cache_directory_another_process_creates_meanwhile_is_no_error(tmp_path: Path) -> None:
    """Two processes creating the cache directory at once: the one whose mkdir finds it made
    already goes on (a regular file in the way is still an error)."""

    class Racing(type(Path())):  # type: ignore[misc]
        def mkdir(self, mode: int = 0o777, parents: bool = False, exist_ok: bool = False) -> None:
            os.mkdir(self)  # the other process, just before this one
            super().mkdir(mode, parents, exist_ok)

    target: Any = Racing(tmp_path / "a" / "b")
    _make_private_dirs(target)
    assert (tmp_path / "a" / "b").is_dir()
    (tmp_path / "file").write_text("x")
    with pytest.raises(FileExistsError):
        _make_private_dirs(tmp_path / "file")
