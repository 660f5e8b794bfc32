"""Every example under examples/ runs green, unchanged, against the local emulator.

Each runs as its own process with only the AMIGO_* variables pointing at the emulator, exactly
as a user runs it against the real API. The ``emu`` fixture fails a test during which the
emulator answered outside the contract.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

from amigo_client import AmigoClient
from amigo_emulator.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def run_example(
    emu: Emulator, name: str, *args: str, env: Optional[Dict[str, str]] = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("AMIGO_")}
    environment.update(
        {
            "AMIGO_BASE_URL": emu.base_url,
            "AMIGO_ORGANIZATION_ID": emu.organization,
            "AMIGO_API_KEY": emu.api_key,
            "AMIGO_API_KEY_ID": emu.api_key_id,
            "AMIGO_USER_ID": emu.user_id,
            **(env or {}),
        }
    )
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name), *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )


def client_for(emu: Emulator) -> AmigoClient:
    return AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
    )


def ok(run: subprocess.CompletedProcess[str]) -> List[str]:
    assert run.returncode == 0, f"exit {run.returncode}\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}"
    return run.stdout.splitlines()


def test_every_example_has_a_test() -> None:
    tested = {"conversation.py", "user_model_enrichment.py", "webhook_memory_sync.py", "service_routing.py"}
    tested |= {"simulation_gate.py", "realtime_voice.py"}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


def test_conversation_lifecycle(emu: Emulator) -> None:
    lines = ok(run_example(emu, "conversation.py"))
    assert lines[0].startswith("service: ") and any(line.startswith("(conversation ") for line in lines)
    assert lines[-1] == "(conversation finished)"
    with client_for(emu) as client:
        conversations = list(client.conversation.get_conversations(user_id=[emu.user_id]))
    assert conversations and all(c.is_finished for c in conversations)


def test_conversation_lifecycle_explains_an_unfinished_conversation(emu: Emulator) -> None:
    with client_for(emu) as client:
        with client.create_conversation(emu.service_ids[0]) as stream:
            stream.until_done()
    run = run_example(emu, "conversation.py", env={"AMIGO_SERVICE_ID": emu.service_ids[0]})
    assert run.returncode == 1 and "the conversation cannot start" in run.stderr, run.stderr


def test_user_model_enrichment(emu: Emulator) -> None:
    lines = ok(run_example(emu, "user_model_enrichment.py"))
    created = lines[0].split()[2]
    assert any(line.startswith("user model: ") for line in lines)
    assert any(line.startswith("memory ") and "running shoes" in line for line in lines)
    assert lines[-1] == f"deleted user {created}"


def test_webhook_memory_sync(emu: Emulator, tmp_path: Path) -> None:
    db = tmp_path / "memories.sqlite3"
    lines = ok(run_example(emu, "webhook_memory_sync.py", env={"AMIGO_MEMORY_DB": str(db), "AMIGO_EXAMPLE_WAIT": "30"}))
    assert lines[0].startswith("webhook destination ") and lines[-1].startswith("deleted webhook destination ")
    synced = [line for line in lines if line.startswith("synced ")]
    assert len(synced) == 1 and not synced[0].startswith("synced 0 ")
    import sqlite3

    rows = sqlite3.connect(str(db)).execute("SELECT content FROM memories").fetchall()
    assert rows and "4711" in rows[0][0]
    with client_for(emu) as client:
        assert client.webhook_destination.get_webhook_destinations().webhook_destinations == []


def test_service_routing(emu: Emulator) -> None:
    lines = ok(run_example(emu, "service_routing.py", "Why", "is", "my", "invoice", "payment", "so", "high?"))
    assert "routing to Billing" in lines
    assert lines[-1].startswith("(conversation ") and lines[-1].endswith(" with Billing finished)")
    other = ok(run_example(emu, "service_routing.py", "I forgot my password"))
    assert "routing to Customer support" in other


def make_unit_test_set(emu: Emulator) -> str:
    from amigo_client.models.create_simulation_unit_test_set_request_tags import (
        CreateSimulationUnitTestSetRequestTags,
    )
    from amigo_client.models.unit_test_run_descriptor_input import UnitTestRunDescriptorInput

    with client_for(emu) as client:
        made = client.simulation.create_simulation_unit_test_set(
            name="release gate",
            description=None,
            unit_test_runs=[UnitTestRunDescriptorInput(unit_test_id="65f0000000000000000000e1", run_count=2)],
            tags=CreateSimulationUnitTestSetRequestTags(),
        )
    return made.simulation_unit_test_set_id


def test_simulation_gate_passes_a_clean_run(emu: Emulator) -> None:
    set_id = make_unit_test_set(emu)
    lines = ok(run_example(emu, "simulation_gate.py"))
    assert lines[0] == f"unit test set: release gate ({set_id})" and lines[1].startswith("started run ")
    assert "unit test 65f0000000000000000000e1: 2 runs, 0 errors, 0 metrics" in " ".join(lines)
    assert lines[-1].endswith("passed: safe to deploy")


def test_simulation_gate_says_when_it_cannot_decide(emu: Emulator) -> None:
    run = run_example(emu, "simulation_gate.py")
    assert run.returncode == 2 and "no unit test set" in run.stderr


def test_simulation_gate_waits_for_an_unfinished_run() -> None:
    # Its own emulator, whose runs take a minute: the gate finds the run unfinished, waits, and
    # gives up after AMIGO_GATE_TIMEOUT undecided.
    from amigo_emulator.testing import running_emulator

    with running_emulator({"pace_ms": 0, "simulation_run_ms": 60_000}) as slow:
        set_id = make_unit_test_set(slow)
        with client_for(slow) as client:
            started = client.simulation.create_simulation_unit_test_set_run(simulation_unit_test_set_id=set_id)
        run = run_example(slow, "simulation_gate.py", env={"AMIGO_UNIT_TEST_SET_ID": set_id, "AMIGO_GATE_TIMEOUT": "1"})
    assert run.stdout.splitlines()[0] == f"waiting for the unfinished run {started.simulation_unit_test_set_run_id}"
    assert run.returncode == 2 and "did not complete within 1 s" in run.stderr


def test_realtime_voice(emu: Emulator, tmp_path: Path) -> None:
    # The realtime extra (websockets) runs the example; where it is not installed, say so.
    import importlib.util
    import math
    import struct
    import wave

    import pytest

    if importlib.util.find_spec("websockets") is None:
        pytest.skip("the realtime extra is not installed (pip install 'amigo-client[realtime]')")
    question, answer = tmp_path / "question.wav", tmp_path / "reply.wav"
    with wave.open(str(question), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(b"".join(struct.pack("<h", int(5000 * math.sin(n / 7))) for n in range(8000)))
    lines = ok(run_example(emu, "realtime_voice.py", str(question), str(answer)))
    assert lines[0].startswith("conversation ") and "sent 16000 bytes of audio" in lines[2]
    assert lines[3].startswith('agent: \'You said: "[voice message, 16000 bytes]"')
    with wave.open(str(answer), "rb") as reply:
        assert (reply.getnchannels(), reply.getsampwidth(), reply.getframerate()) == (1, 2, 16000)
        assert reply.getnframes() > 8000
    conversation_id = lines[0].split()[1]
    assert lines[-1] == f"(conversation {conversation_id} finished)"
    with client_for(emu) as client:
        listed = list(client.conversation.get_conversations(id=[conversation_id]))
        assert listed[0].is_finished
        kinds = [(m.message_type, m.format_) for m in client.conversation.get_conversation_messages(conversation_id)]
    assert kinds == [("agent-message", "voice"), ("user-message", "voice"), ("agent-message", "voice")]
