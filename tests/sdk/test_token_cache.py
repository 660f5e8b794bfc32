"""The opt-in token file cache shared across processes (sign-in is limited to 5 a minute per
organization, so a script run from cron must reuse a valid token instead of signing in).

One JSON file per (base URL, organization, key id, user), named by the sha256 of those four,
under the given directory or ``$XDG_CACHE_HOME/amigo-client``; mode 0600 in a 0700 directory;
holding ``id_token``, ``expires_at`` and a PBKDF2 fingerprint of the API key, never the key;
written atomically; a ``.lock`` file beside it coordinates processes (test_token_cache_processes.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import http.server
import json
import os
import stat
import subprocess
import sys
import threading
import time
import types
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import httpx
import pytest

import amigo_client._auth as auth_module
from amigo_client import AmigoClient, APIKeyAuth, AuthenticationError, TokenFileCache
from amigo_client._auth import Token, default_cache_dir, key_fingerprint
from amigo_client.api.service import get_services
from sdkutil import ORG, SIGN_IN_PATH, make_client

API_KEY = "secret-api-key"
FINGERPRINT = key_fingerprint(API_KEY, "key-id")
BASE = "http://amigo.test"
PAGE = {"services": [], "has_more": False, "continuation_token": None, "filter_values": {"tags": []}}


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("AMIGO_API_KEY", "AMIGO_API_KEY_ID", "AMIGO_USER_ID", "AMIGO_ORGANIZATION_ID", "AMIGO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    # Never touch the real ~/.cache, whatever a test passes.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


def cache_name(base_url: str, organization: str, key_id: str, user: str) -> str:
    identity = "\n".join([base_url, organization, key_id, user])
    return hashlib.sha256(identity.encode("utf-8")).hexdigest() + ".json"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).isoformat()


class TokenServer:
    """MockTransport handler: sign-in issues tok-1, tok-2, ... (valid ``ttl`` seconds); other
    calls succeed with a valid token, else 401. ``valid`` may be edited to revoke tokens."""

    def __init__(self, ttl: float = 3600.0) -> None:
        self.ttl = ttl
        self.sign_ins = 0
        self.valid: set[str] = set()
        self.bearers: List[str] = []
        self.last_expires_at = 0.0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == SIGN_IN_PATH:
            self.sign_ins += 1
            token = f"tok-{self.sign_ins}"
            self.valid.add(token)
            # A whole number of seconds, so the cached float can be compared exactly.
            self.last_expires_at = float(int(time.time() + self.ttl))
            return httpx.Response(200, json={"id_token": token, "expires_at": iso(self.last_expires_at)})
        header = request.headers.get("authorization", "")
        self.bearers.append(header)
        if header[len("Bearer ") :] not in self.valid:
            return httpx.Response(401, json={"detail": "Invalid token"})
        return httpx.Response(200, json=PAGE)


def cached_client(server: TokenServer, directory: Any, **kwargs: Any) -> AmigoClient:
    kwargs.setdefault("base_url", BASE)
    return make_client(server, token_cache=directory, **kwargs)


def token_files(directory: Path) -> List[Path]:
    """The entries of a cache directory, without the lock files processes coordinate on."""
    return sorted(p for p in directory.rglob("*") if p.is_file() and not p.name.endswith(".lock"))


def only_file(directory: Path) -> Path:
    files = token_files(directory)
    assert len(files) == 1, files
    return files[0]


def entry(server: TokenServer, token: str = "tok-1") -> Dict[str, Any]:
    """The file content a sign-in through ``cached_client`` leaves (the key's fingerprint, never the key)."""
    return {"id_token": token, "expires_at": server.last_expires_at, "key_fingerprint": FINGERPRINT}


# -- where, how and what is written -------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_cache_file_is_private_named_by_identity_and_holds_only_the_token(tmp_path: Path) -> None:
    directory = tmp_path / "tokens"  # does not exist yet
    server = TokenServer()
    with cached_client(server, directory, api_key_id="key-id", user_id="user-1") as client:
        client.call(get_services)
    path = only_file(directory)
    assert path == directory / cache_name(BASE, ORG, "key-id", "user-1")
    assert mode(path) == 0o600
    assert mode(directory) == 0o700
    text = path.read_text(encoding="utf-8")
    assert json.loads(text) == entry(server)
    assert API_KEY not in text and "key-id" not in path.name and "user-1" not in path.name


@pytest.mark.operations("get-services")
def test_default_location_is_under_xdg_cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    xdg = tmp_path / "my-xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(xdg))
    assert default_cache_dir() == xdg / "amigo-client"
    with cached_client(TokenServer(), True) as client:
        client.call(get_services)
    path = only_file(xdg)
    assert path.name == cache_name(BASE, ORG, "key-id", "user-1")
    assert (xdg / "amigo-client") in path.parents
    # Every directory the cache created is private (the XDG spec asks for 0700).
    for directory in path.relative_to(xdg).parents:
        assert mode(xdg / directory) == 0o700, xdg / directory
    assert mode(path) == 0o600


def test_relative_xdg_cache_home_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert default_cache_dir() == tmp_path / ".cache" / "amigo-client"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir() == tmp_path / ".cache" / "amigo-client"


@pytest.mark.operations("get-services")
def test_an_existing_directory_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    with cached_client(TokenServer(), shared) as client:
        client.call(get_services)
    assert mode(shared) == 0o755  # the user's own directory is not chmod-ed...
    assert mode(only_file(shared)) == 0o600  # ...but the token file is still private


def test_file_and_directory_modes_do_not_depend_on_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        TokenFileCache(tmp_path / "a" / "b").store(tmp_path / "a" / "b" / "t.json", Token("tok", time.time() + 60))
    finally:
        os.umask(previous)
    assert mode(tmp_path / "a") == 0o700 and mode(tmp_path / "a" / "b") == 0o700
    assert mode(tmp_path / "a" / "b" / "t.json") == 0o600


@pytest.mark.operations("get-services")
def test_each_identity_gets_its_own_file(tmp_path: Path) -> None:
    cache = TokenFileCache(tmp_path)
    base = cache.path_for(BASE, ORG, "key-id", "user-1")
    assert base == tmp_path / cache_name(BASE, ORG, "key-id", "user-1")
    assert cache.path_for(BASE + "/", ORG, "key-id", "user-1") == base  # a trailing slash is the same URL
    others = [
        cache.path_for("http://other.test", ORG, "key-id", "user-1"),
        cache.path_for(BASE, "other-org", "key-id", "user-1"),
        cache.path_for(BASE, ORG, "other-key", "user-1"),
        cache.path_for(BASE, ORG, "key-id", "user-2"),
    ]
    assert len({base, *others}) == 5

    server = TokenServer()
    for user in ("user-1", "user-2"):
        with cached_client(server, tmp_path, user_id=user) as client:
            client.call(get_services)
    assert server.sign_ins == 2  # user-2 did not borrow user-1's token
    assert [p.name for p in token_files(tmp_path)] == sorted(
        [cache_name(BASE, ORG, "key-id", "user-1"), cache_name(BASE, ORG, "key-id", "user-2")]
    )
    assert json.loads((tmp_path / cache_name(BASE, ORG, "key-id", "user-2")).read_text())["id_token"] == "tok-2"


@pytest.mark.operations("get-services")
def test_cache_is_off_by_default(tmp_path: Path) -> None:
    with make_client(TokenServer()) as client:
        client.call(get_services)
    assert not (tmp_path / "xdg").exists()


# -- reuse --------------------------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_a_second_client_reuses_the_cached_token_without_signing_in(tmp_path: Path) -> None:
    server = TokenServer()
    with cached_client(server, tmp_path) as first:
        first.call(get_services)
    with cached_client(server, tmp_path) as second:
        second.call(get_services)
        second.call(get_services)
    assert server.sign_ins == 1
    assert server.bearers == ["Bearer tok-1"] * 3
    assert isinstance(second.auth, APIKeyAuth) and second.auth.sign_ins == 0


SCRIPT = """
import json, sys
from amigo_client import AmigoClient
from amigo_client.api.service import get_services

base_url, directory = sys.argv[1], sys.argv[2]
with AmigoClient(api_key="secret-api-key", api_key_id="key-id", user_id="user-1", organization_id="org-test",
                 base_url=base_url, token_cache=directory, max_retries=0, timeout=10.0) as client:
    client.call(get_services)
    print(json.dumps({"sign_ins": client.auth.sign_ins}))
"""


def test_processes_run_one_after_another_share_one_sign_in(tmp_path: Path, loopback: Any) -> None:
    sign_ins: List[int] = []
    bearers: List[Optional[str]] = []

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        h.rfile.read(int(h.headers.get("Content-Length") or 0))
        if h.path == SIGN_IN_PATH:
            sign_ins.append(1)
            payload: Any = {"id_token": f"tok-{len(sign_ins)}", "expires_at": iso(time.time() + 3600)}
        else:
            bearers.append(h.headers.get("Authorization"))
            payload = PAGE
        body = json.dumps(payload).encode()
        h.send_response(200)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    server = loopback(handle)
    directory = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AMIGO_")}
    runs = [
        subprocess.run(
            [sys.executable, "-c", SCRIPT, server.base_url, str(directory)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        for _ in range(2)
    ]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert API_KEY not in run.stdout + run.stderr
    assert [json.loads(run.stdout)["sign_ins"] for run in runs] == [1, 0]
    assert len(sign_ins) == 1
    assert bearers == ["Bearer tok-1", "Bearer tok-1"]
    assert mode(only_file(directory)) == 0o600


@pytest.mark.operations("get-services")
def test_a_token_another_process_refreshed_is_picked_up_after_a_401(tmp_path: Path) -> None:
    server = TokenServer()
    with cached_client(server, tmp_path) as a, cached_client(server, tmp_path) as b:
        a.call(get_services)
        b.call(get_services)  # both now hold tok-1, b from the file
        server.valid.clear()  # tok-1 revoked
        a.call(get_services)  # 401 -> a signs in (tok-2) and rewrites the file
        b.call(get_services)  # 401 -> b finds tok-2 in the file: no third sign-in
    assert server.sign_ins == 2
    assert server.bearers == [
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-1",
        "Bearer tok-2",
        "Bearer tok-1",
        "Bearer tok-2",
    ]


@pytest.mark.operations("get-services")
def test_a_cached_token_the_server_refuses_is_replaced(tmp_path: Path) -> None:
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("revoked-token", time.time() + 3600), FINGERPRINT)
    server = TokenServer()
    with cached_client(server, tmp_path) as client:
        client.call(get_services)
    assert server.bearers == ["Bearer revoked-token", "Bearer tok-1"]
    assert server.sign_ins == 1
    assert json.loads(path.read_text())["id_token"] == "tok-1"


# -- expired, corrupt, unwritable ---------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_an_expired_cached_token_leads_to_a_sign_in_and_is_rewritten(tmp_path: Path) -> None:
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("expired-token", time.time() - 5))
    server = TokenServer()
    with cached_client(server, tmp_path) as client:
        client.call(get_services)
    assert server.sign_ins == 1
    assert server.bearers == ["Bearer tok-1"]  # the expired token was never sent
    assert json.loads(path.read_text()) == entry(server)


@pytest.mark.operations("get-services")
def test_a_cached_token_inside_the_refresh_margin_is_not_used(tmp_path: Path) -> None:
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("nearly-expired", time.time() + 30))  # 30 s left, margin 60 s
    server = TokenServer()
    with cached_client(server, tmp_path, refresh_margin=60.0) as client:
        client.call(get_services)
    assert server.bearers == ["Bearer tok-1"] and server.sign_ins == 1
    assert json.loads(path.read_text())["id_token"] == "tok-1"


@pytest.mark.operations("get-services")
def test_a_cached_token_outside_the_margin_is_used_until_the_margin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1_800_000_000.0]
    monkeypatch.setattr(auth_module, "time", types.SimpleNamespace(time=lambda: now[0]))
    cache = TokenFileCache(tmp_path)
    cache.store(cache.path_for(BASE, ORG, "key-id", "user-1"), Token("cached-token", now[0] + 100), FINGERPRINT)
    server = TokenServer()
    server.valid.add("cached-token")
    with cached_client(server, tmp_path, refresh_margin=60.0) as client:
        client.call(get_services)  # 100 s left: used
        now[0] += 39  # 61 s left: still used
        client.call(get_services)
        now[0] += 2  # 59 s left: refreshed (its lifetime is unknown, so the margin is not capped)
        client.call(get_services)
    assert server.bearers == ["Bearer cached-token", "Bearer cached-token", "Bearer tok-1"]


@pytest.mark.operations("get-services")
@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b'{"id_token": "half-writ',
        b"[]",
        b'"a string"',
        b"{}",
        b'{"id_token": "tok-x"}',
        b'{"expires_at": 4000000000}',
        b'{"id_token": 5, "expires_at": 4000000000}',
        b'{"id_token": "", "expires_at": 4000000000}',
        b'{"id_token": "tok-x", "expires_at": "4000000000"}',
        b'{"id_token": "tok-x", "expires_at": true}',
        b'{"id_token": "tok-x", "expires_at": Infinity}',
        b'{"id_token": "tok-x", "expires_at": NaN}',
        b"\xff\xfe\x00garbage",
    ],
)
def test_a_corrupt_cache_file_leads_to_a_sign_in_and_is_rewritten(tmp_path: Path, content: bytes) -> None:
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    path.write_bytes(content)
    assert cache.load(path) is None
    server = TokenServer()
    with cached_client(server, tmp_path) as client:
        client.call(get_services)
    assert server.sign_ins == 1 and server.bearers == ["Bearer tok-1"]
    assert json.loads(path.read_text()) == entry(server)
    assert mode(path) == 0o600


@pytest.mark.operations("get-services")
def test_an_unwritable_cache_does_not_break_requests(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be")
    server = TokenServer()
    with cached_client(server, blocker) as client:
        client.call(get_services)
        client.call(get_services)
    assert server.sign_ins == 1  # the token in memory still serves
    assert blocker.read_text() == "a file where the cache directory should be"


@pytest.mark.operations("get-services")
def test_sign_in_failure_writes_nothing(tmp_path: Path) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"detail": "bad key"})

    client = make_client(refuse, base_url=BASE, token_cache=tmp_path / "cache")
    with client, pytest.raises(AuthenticationError, match="sign-in") as caught:
        client.call(get_services)
    assert API_KEY not in str(caught.value)
    assert not (tmp_path / "cache").exists() or token_files(tmp_path / "cache") == []


# -- atomic writes ------------------------------------------------------------------------------


def test_store_writes_a_temporary_file_in_the_same_directory_then_replaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replaced: List[Tuple[Path, Path, int]] = []
    real_replace = os.replace

    def spy(src: Any, dst: Any) -> None:
        replaced.append((Path(src), Path(dst), mode(Path(src))))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("tok-a", 4_000_000_000.0))
    assert len(replaced) == 1
    src, dst, src_mode = replaced[0]
    assert dst == path and src.parent == path.parent and src != path
    assert src_mode == 0o600  # private before it ever carries the name
    assert not src.exists()
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_failure_mid_write_leaves_the_old_file_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("old-token", 4_000_000_000.0))
    before = path.read_bytes()

    def dump_half_then_fail(obj: Any, handle: Any) -> None:
        handle.write(json.dumps(obj)[:10])
        handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(auth_module, "json", types.SimpleNamespace(dump=dump_half_then_fail, load=json.load))
    with pytest.raises(OSError):
        cache.store(path, Token("new-token", 4_100_000_000.0))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # the temporary file is gone


@pytest.mark.operations("get-services")
def test_a_failed_write_during_a_refresh_keeps_the_old_file_and_the_request_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("expired-token", time.time() - 1))
    before = path.read_bytes()

    def fail(src: Any, dst: Any) -> None:
        raise OSError(errno.EXDEV, "simulated failure at the rename")

    monkeypatch.setattr(os, "replace", fail)
    server = TokenServer()
    with cached_client(server, tmp_path) as client:
        client.call(get_services)
    assert server.bearers == ["Bearer tok-1"]
    assert path.read_bytes() == before
    assert token_files(tmp_path) == [path]


def test_a_reader_never_sees_a_partial_file(tmp_path: Path) -> None:
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("tok-0", 4_000_000_000.0))
    done = threading.Event()
    bad: List[bytes] = []

    def read() -> None:
        while not done.is_set():
            data = path.read_bytes()
            try:
                parsed: Dict[str, Any] = json.loads(data)
                assert set(parsed) == {"id_token", "expires_at"}
            except (ValueError, AssertionError):
                bad.append(data)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(200):
            cache.store(path, Token(f"tok-{i}-" + "x" * 2000, 4_000_000_000.0 + i))
    finally:
        done.set()
        reader.join(timeout=10)
    assert bad == []
    assert json.loads(path.read_text())["id_token"].startswith("tok-199-")


# -- secrets ------------------------------------------------------------------------------------


@pytest.mark.operations("get-services")
def test_the_api_key_is_never_written_and_reprs_hide_it(tmp_path: Path) -> None:
    with cached_client(TokenServer(), tmp_path / "c") as client:
        client.call(get_services)
        shown = repr(client) + repr(client.auth) + repr(TokenFileCache(tmp_path / "c"))
    for path in (tmp_path / "c").rglob("*"):
        if path.is_file():
            assert API_KEY.encode() not in path.read_bytes()
    assert API_KEY not in shown and "tok-1" not in shown


# -- a token is used only with the key it was obtained with (found by make mutation) --------------


@pytest.mark.operations("get-services")
def test_a_token_cached_with_another_api_key_is_not_used(tmp_path: Path) -> None:
    """Same identity (base URL, organization, key id, user), another key (a rotated one): the
    entry's fingerprint does not match, so the client signs in with its own key."""
    server = TokenServer()
    with cached_client(server, tmp_path, api_key="old-api-key-value") as first:
        first.call(get_services)
    with cached_client(server, tmp_path) as second:  # the default key of make_client
        second.call(get_services)
    assert server.sign_ins == 2
    assert server.bearers == ["Bearer tok-1", "Bearer tok-2"]
    assert json.loads(only_file(tmp_path).read_text(encoding="utf-8")) == entry(server, "tok-2")


@pytest.mark.operations("get-services")
@pytest.mark.parametrize("stored", [None, "", "not-a-fingerprint", 7, "\udcff"])
def test_a_cached_token_without_this_keys_fingerprint_is_not_used(tmp_path: Path, stored: Any) -> None:
    server = TokenServer()
    with cached_client(server, tmp_path) as first:
        first.call(get_services)
    path = only_file(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    if stored is None:
        del data["key_fingerprint"]
    else:
        data["key_fingerprint"] = stored
    path.write_text(json.dumps(data), encoding="utf-8")
    with cached_client(server, tmp_path) as second:
        second.call(get_services)
    assert server.sign_ins == 2 and server.bearers[-1] == "Bearer tok-2"


# -- the lock another process holds (found by make mutation) ------------------------------------
#
# The test holds the entry's lock itself (flock: another open file of the same process conflicts
# as another process would). The auth module's poll sleep is replaced by a hook that does what
# the other process would do while the client waits, then releases the lock: a handshake, no
# timing. The auth module's clock is fixed.

T0 = 1_800_000_000.0


class OtherProcess:
    """Holds the cache entry's lock until the client's first poll, when it runs ``meanwhile``."""

    def __init__(self, cache: TokenFileCache, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.polls: List[float] = []
        self.meanwhile: Callable[[], None] = lambda: None
        self._held = contextlib.ExitStack()
        assert self._held.enter_context(cache.lock(path, timeout=0.0)) is True
        monkeypatch.setattr(auth_module, "_sleep", self._poll)

    def _poll(self, seconds: float) -> None:
        self.polls.append(seconds)
        if len(self.polls) == 1:
            self.meanwhile()
        self._held.close()

    def release(self) -> None:
        self._held.close()


def test_with_a_valid_token_in_hand_an_early_refresh_does_not_wait_for_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Half a second before its expiry (inside the margin) the token is due for a refresh, but
    another process is signing in: the client keeps using its token at once, without waiting."""
    now = [T0]
    monkeypatch.setattr(auth_module, "time", types.SimpleNamespace(time=lambda: now[0]))
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("cached-token", T0 + 3600), FINGERPRINT)
    server = TokenServer()
    server.valid.add("cached-token")
    with cached_client(server, tmp_path, refresh_margin=60.0) as client:
        client.call(get_services)
        now[0] = T0 + 3600 - 0.5
        other = OtherProcess(cache, path, monkeypatch)
        try:
            client.call(get_services)
        finally:
            other.release()
    assert other.polls == []  # it did not wait
    assert server.sign_ins == 0 and server.bearers == ["Bearer cached-token"] * 2


def test_after_a_401_the_client_waits_for_the_lock_and_uses_the_token_the_other_process_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused token: the refused token is no fallback, so the client waits for the process
    holding the lock, and then uses the token it wrote rather than signing in itself."""
    now = [T0]
    monkeypatch.setattr(auth_module, "time", types.SimpleNamespace(time=lambda: now[0]))
    cache = TokenFileCache(tmp_path)
    path = cache.path_for(BASE, ORG, "key-id", "user-1")
    cache.store(path, Token("old-token", T0 + 3600), FINGERPRINT)
    server = TokenServer()
    server.valid.add("new-token")  # old-token is refused
    other = OtherProcess(cache, path, monkeypatch)
    other.meanwhile = lambda: cache.store(path, Token("new-token", T0 + 3600), FINGERPRINT)
    try:
        with cached_client(server, tmp_path, refresh_margin=60.0) as client:
            client.call(get_services)
    finally:
        other.release()
    assert other.polls == [auth_module._CACHE_LOCK_POLL]  # it waited, once
    assert server.sign_ins == 0
    assert server.bearers == ["Bearer old-token", "Bearer new-token"]


@pytest.mark.parametrize("half", ["cache-without-path", "path-without-cache"])
def test_an_api_key_auth_given_half_a_cache_signs_in_without_one(tmp_path: Path, half: str) -> None:
    """APIKeyAuth built by hand with a cache but no entry path (or the reverse): no caching, and
    no error."""
    cache = TokenFileCache(tmp_path)
    sign_ins: List[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/signin":
            sign_ins.append(request.headers["x-api-key"])
            return httpx.Response(200, json={"id_token": "tok-1"})
        ok = request.headers.get("authorization") == "Bearer tok-1"
        return httpx.Response(200 if ok else 401)

    auth = APIKeyAuth(
        api_key=API_KEY,
        api_key_id="key-id",
        user_id="user-1",
        sign_in_request=lambda key, key_id, user: httpx.Request(
            "POST", "http://amigo.test/signin", headers={"x-api-key": key}
        ),
        parse_sign_in=lambda response: Token(response.json()["id_token"], time.time() + 3600),
        cache=cache if half == "cache-without-path" else None,
        cache_path=cache.path_for(BASE, ORG, "key-id", "user-1") if half == "path-without-cache" else None,
    )
    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as http:
        assert http.get("http://amigo.test/x").status_code == 200
        assert http.get("http://amigo.test/x").status_code == 200
    assert sign_ins == [API_KEY]
    assert token_files(tmp_path) == []
