"""amigo_client vendored: copied into another tree under another name, as legacy codebases do.

A copy imported as ``vendor.amigo`` holds a conversation against the emulator without loading
``amigo_client``; two copies in one process keep their request extension keys and token caches
apart (both are named after the package's import name). Each scenario runs in a fresh
interpreter (this one has amigo_client loaded already), the one running the tests, so
`make test-matrix` checks it on every Python version.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, Dict

import pytest

import amigo_client
from amigo_emulator.testing import Emulator

PACKAGE = Path(amigo_client.__file__).resolve().parent

# Runs in the child: sys.argv[1] is a JSON object with the emulator's coordinates.
CONVERSE = """
import json, sys
emu = json.loads(sys.argv[1])

def converse(package, cache):
    client = package.AmigoClient(
        api_key=emu["api_key"],
        api_key_id=emu["api_key_id"],
        user_id=emu["user_id"],
        organization_id=emu["organization"],
        base_url=emu["base_url"],
        token_cache=cache,
    )
    with client:
        with client.create_conversation(emu["service_id"]) as greeting:
            greeting.until_done()
        reply = client.interact(greeting.conversation_id, "Where is my order?").until_done()
        client.finish_conversation(greeting.conversation_id)
    return {"greeting": greeting.text, "reply": reply.text}
"""


def vendor(root: Path, dotted: str) -> Path:
    """Copy the package under test to ``root`` as the package ``dotted`` (``vendor.amigo``)."""
    *parents, name = dotted.split(".")
    directory = root
    for parent in parents:
        directory = directory / parent
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "__init__.py").touch()
    target = directory / name
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def run_child(root: Path, emu: Emulator, body: str, cache_home: Path) -> Dict[str, Any]:
    coordinates = {
        "api_key": emu.api_key,
        "api_key_id": emu.api_key_id,
        "user_id": emu.user_id,
        "organization": emu.organization,
        "base_url": emu.base_url,
        "service_id": emu.service_ids[0],
    }
    # -I: neither the work tree (cwd), PYTHONPATH nor user site-packages; only the vendored tree.
    script = f"import sys\nsys.path.insert(0, {str(root)!r})\n" + CONVERSE + textwrap.dedent(body)
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    proc = subprocess.run(
        [sys.executable, "-I", "-c", script, json.dumps(coordinates)],
        capture_output=True,
        text=True,
        cwd=str(root),
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result: Dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_a_vendored_copy_holds_a_conversation_without_loading_amigo_client(emu: Emulator, tmp_path: Path) -> None:
    vendor(tmp_path / "tree", "vendor.amigo")
    result = run_child(
        tmp_path / "tree",
        emu,
        """
        import vendor.amigo as amigo
        out = converse(amigo, False)
        out["loaded"] = sorted(m for m in sys.modules if m == "amigo_client" or m.startswith("amigo_client."))
        out["file"] = amigo.__file__
        print(json.dumps(out))
        """,
        tmp_path / "cache",
    )
    assert result["loaded"] == []
    assert result["file"].startswith(str(tmp_path / "tree" / "vendor" / "amigo"))
    assert result["greeting"] == "Hi there! How can I help you today?"
    assert "order" in result["reply"]


def test_two_vendored_copies_keep_extension_keys_and_token_caches_apart(emu: Emulator, tmp_path: Path) -> None:
    root = tmp_path / "tree"
    vendor(root, "vendor.amigo")
    vendor(root, "legacy.sdk.amigo")
    result = run_child(
        root,
        emu,
        """
        import vendor.amigo as first
        import legacy.sdk.amigo as second
        from vendor.amigo import _auth as first_auth, _retry as first_retry
        from legacy.sdk.amigo import _auth as second_auth, _retry as second_retry
        out = {
            "keys": [[first_retry.NO_RETRY, first_retry.BUFFERED], [second_retry.NO_RETRY, second_retry.BUFFERED]],
            "dirs": [str(first_auth.default_cache_dir()), str(second_auth.default_cache_dir())],
            "first": converse(first, True),
            "second": converse(second, True),
            "loaded": sorted(m for m in sys.modules if m == "amigo_client" or m.startswith("amigo_client.")),
        }
        print(json.dumps(out))
        """,
        tmp_path / "cache",
    )
    assert result["keys"] == [
        ["vendor.amigo.no_retry", "vendor.amigo.buffered"],
        ["legacy.sdk.amigo.no_retry", "legacy.sdk.amigo.buffered"],
    ]
    cache = tmp_path / "cache"
    assert result["dirs"] == [str(cache / "amigo-client.vendor.amigo"), str(cache / "amigo-client.legacy.sdk.amigo")]
    # Each copy signed in and cached its token in its own namespace, none in amigo_client's.
    for directory in result["dirs"]:
        assert len(list((Path(directory) / "tokens").glob("*.json"))) == 1, directory
    assert not (cache / "amigo-client").exists()
    assert result["first"]["greeting"] == result["second"]["greeting"] == "Hi there! How can I help you today?"
    assert result["loaded"] == []


def test_amigo_client_itself_keeps_its_names() -> None:
    """The canonical package keeps the extension keys and cache directory it always had."""
    from amigo_client import _auth, _retry

    assert (_retry.NO_RETRY, _retry.BUFFERED) == ("amigo_client.no_retry", "amigo_client.buffered")
    assert _auth.default_cache_dir().name == "amigo-client"


@pytest.mark.skipif(
    not os.environ.get("AMIGO_CLIENT_EXPECT_INSTALLED"),
    reason="only in `make test-matrix`'s floors job, which installs the package with `pip install .`",
)
def test_the_package_under_test_is_the_installed_one() -> None:
    """In the floors job the suites must exercise the wheel `pip install .` built, not the tree."""
    venv = Path(os.environ["AMIGO_CLIENT_EXPECT_INSTALLED"]).resolve()
    assert venv in PACKAGE.parents, f"amigo_client was imported from {PACKAGE}, not from {venv}"
    assert (PACKAGE / "py.typed").is_file()
