"""The emulator as a process: ``running_emulator`` with a custom seed leaves nothing behind, and
the command line prints its one ready line, reads YAML seeds and refuses bad ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from amigo_emulator.testing import running_emulator

from .support import ROOT


@pytest.mark.operations("get-services")
def test_running_emulator_with_a_custom_seed_and_no_leftover_process() -> None:
    seed = {
        "organizations": [
            {
                "id": "acme",
                "api_keys": [{"key": "k-1", "key_id": "kid-1"}],
                "users": [{"id": "65f0000000000000000000e1", "first_name": "Ada", "email": "ada@acme.test"}],
                "services": [{"id": "65f0000000000000000000e9", "name": "Helpdesk", "description": "Help."}],
            }
        ],
        "pace_ms": 0,
    }
    with running_emulator(seed) as emu:
        assert emu.base_url.startswith("http://127.0.0.1:")
        assert (emu.organization, emu.api_key, emu.api_key_id) == ("acme", "k-1", "kid-1")
        assert emu.user_id == "65f0000000000000000000e1" and emu.service_ids == ["65f0000000000000000000e9"]
        services = httpx.get(f"{emu.api_url}/service/", headers=emu.auth_headers(), trust_env=False).json()
        assert [s["name"] for s in services["services"]] == ["Helpdesk"]
        emu.faults(pace_ms=1)
        assert emu.stats()["sign_ins"] == {"acme": 1}
        process = emu.process
    assert process.poll() is not None, "the emulator process is gone after the with block"


@pytest.mark.operations("sign-in-with-api-key")
def test_command_line_prints_one_ready_line_and_reads_yaml(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yml"
    seed.write_text("organizations:\n  - id: yaml-org\n    api_keys: [{key: k, key_id: kid}]\n    users: [{id: u1}]\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "amigo_emulator", "--port", "0", "--config", str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("amigo-emulator listening on http://127.0.0.1:")
        url = line.split()[-1]
        signed = httpx.post(
            f"{url}/v1/yaml-org/user/signin_with_api_key",
            headers={"x-api-key": "k", "x-api-key-id": "kid", "x-user-id": "u1"},
            trust_env=False,
        )
        assert signed.status_code == 200
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert out == "", "nothing but the ready line on stdout"


def test_a_bad_seed_is_refused_with_exit_code_2(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text('{"organisations": []}')
    result = subprocess.run(
        [sys.executable, "-m", "amigo_emulator", "--port", "0", "--config", str(seed)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "unknown config key 'organisations'" in result.stderr
    assert result.stdout == ""
