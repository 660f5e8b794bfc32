"""The token file cache coordinates processes, against the emulator.

Processes started together with a cold cache take the entry's lock in turn: the first signs in
and stores the token, the others find it and sign in not at all (sign-in is limited to 5 a minute
per organization; before, 8 processes made 8 sign-ins and 3 of them got 429). A cached token
obtained with another API key is not used: the file holds a PBKDF2 fingerprint of the key."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import pytest

from amigo_client import AmigoClient, APIKeyAuth, AuthenticationError, TokenFileCache
from amigo_client._auth import Token, key_fingerprint
from amigo_client.api.service import get_services
from amigo_emulator.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
PROCESSES = 8

CHILD = """
import json, sys
from amigo_client import AmigoClient
from amigo_client.api.service import get_services

client = AmigoClient(token_cache=sys.argv[1], max_retries=0, timeout=30.0)
print("ready", flush=True)
sys.stdin.readline()  # every process waits here until all have started
try:
    services = client.call(get_services).services
    print(json.dumps({"ok": len(services), "sign_ins": client.auth.sign_ins}), flush=True)
except Exception as exc:
    print(json.dumps({"error": type(exc).__name__, "sign_ins": client.auth.sign_ins}), flush=True)
    sys.exit(1)
"""


def emu_env(emu: Emulator, tmp_path: Path) -> Dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "AMIGO_API_KEY": emu.api_key,
            "AMIGO_API_KEY_ID": emu.api_key_id,
            "AMIGO_USER_ID": emu.user_id,
            "AMIGO_ORGANIZATION_ID": emu.organization,
            "AMIGO_BASE_URL": emu.base_url,
            "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
            "XDG_CACHE_HOME": str(tmp_path / "xdg"),
        }
    )
    return env


def emu_client(emu: Emulator, cache: Path, api_key: str) -> AmigoClient:
    return AmigoClient(
        api_key=api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
        token_cache=cache,
        max_retries=0,
    )


def test_processes_started_together_sign_in_once(emu: Emulator, tmp_path: Path) -> None:
    emu.faults(rate_limits=True)  # the contract's 5 sign-ins a minute per organization
    cache = tmp_path / "cache"
    children: List["subprocess.Popen[str]"] = []
    logs = [tmp_path / f"child-{i}.log" for i in range(PROCESSES)]
    try:
        for log in logs:
            with open(log, "w") as errors:
                children.append(
                    subprocess.Popen(
                        [sys.executable, "-c", CHILD, str(cache)],
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        stderr=errors,
                        text=True,
                        cwd=str(ROOT),
                        env=emu_env(emu, tmp_path),
                    )
                )
        for child, log in zip(children, logs):
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready", log.read_text()
        for child in children:  # all have started with a cold cache: go
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.close()
        results: List[Any] = []
        for child, log in zip(children, logs):
            assert child.stdout is not None
            out = child.stdout.read()
            child.wait(timeout=120)
            results.append(json.loads(out.strip().splitlines()[-1]) if out.strip() else {"stderr": log.read_text()})
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert all("ok" in result for result in results), results
    assert sum(result["sign_ins"] for result in results) == 1, results
    assert emu.stats()["sign_ins"][emu.organization] == 1


@pytest.mark.operations("get-services")
def test_a_token_cached_for_another_api_key_is_not_used(emu: Emulator, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with emu_client(emu, cache, emu.api_key) as first:
        first.call(get_services)
    # Same key id, user and organization, so the same cache entry; another (wrong) key.
    with emu_client(emu, cache, "not-" + emu.api_key) as second:
        with pytest.raises(AuthenticationError, match="sign-in"):
            second.call(get_services)
    assert emu.stats()["sign_ins"][emu.organization] == 1
    with emu_client(emu, cache, emu.api_key) as third:  # the right key still uses the entry
        third.call(get_services)
        assert isinstance(third.auth, APIKeyAuth) and third.auth.sign_ins == 0


@pytest.mark.operations("get-services")
def test_the_entry_holds_a_fingerprint_of_the_key_never_the_key(emu: Emulator, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    with emu_client(emu, cache, emu.api_key) as client:
        client.call(get_services)
    (entry,) = [p for p in cache.iterdir() if p.suffix == ".json"]
    text = entry.read_text(encoding="utf-8")
    data = json.loads(text)
    assert set(data) == {"id_token", "expires_at", "key_fingerprint"}
    assert data["key_fingerprint"] == key_fingerprint(emu.api_key, emu.api_key_id)
    assert emu.api_key not in text
    assert hashlib.sha256(emu.api_key.encode()).hexdigest() not in text  # not a bare hash either


@pytest.mark.operations("get-services")
def test_an_entry_without_a_fingerprint_is_not_used(emu: Emulator, tmp_path: Path) -> None:
    cache = TokenFileCache(tmp_path / "cache")
    path = cache.path_for(emu.base_url, emu.organization, emu.api_key_id, emu.user_id)
    cache.store(path, Token(emu.sign_in(), 4_000_000_000.0))  # as an older version wrote it
    before = emu.stats()["sign_ins"][emu.organization]
    with emu_client(emu, tmp_path / "cache", emu.api_key) as client:
        client.call(get_services)
        assert isinstance(client.auth, APIKeyAuth) and client.auth.sign_ins == 1
    assert emu.stats()["sign_ins"][emu.organization] == before + 1
