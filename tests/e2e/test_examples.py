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

import pytest

from amigo_client import AmigoClient
from amigo_emulator.testing import Emulator

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def run_example(
    emu: Emulator, name: str, *args: str, env: Optional[Dict[str, str]] = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("AMIGO_") or k.startswith("AMIGO_EMULATOR")}
    environment.update({**emu.env(), **(env or {})})
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
    return emu.client()


def ok(run: subprocess.CompletedProcess[str]) -> List[str]:
    assert run.returncode == 0, f"exit {run.returncode}\nstdout:\n{run.stdout}\nstderr:\n{run.stderr}"
    return run.stdout.splitlines()


@pytest.mark.operations(
    "create-conversation",
    "create-invited-user",
    "create-simulation-unit-test-set-run",
    "create-webhook-destination",
    "delete-user",
    "delete-webhook-destination",
    "finish-conversation",
    "get-memories",
    "get-metrics",
    "get-services",
    "get-simulation-unit-test-set-runs",
    "get-simulation-unit-test-sets",
    "get-user-model",
    "interact-with-conversation",
)
def test_every_example_has_a_test() -> None:
    tested = {"conversation.py", "user_model_enrichment.py", "webhook_memory_sync.py", "service_routing.py"}
    tested |= {"simulation_gate.py", "voice_turn.py", "realtime_voice.py"}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


@pytest.mark.operations(
    "create-conversation", "finish-conversation", "get-conversations", "get-services", "interact-with-conversation"
)
def test_conversation_lifecycle(emu: Emulator) -> None:
    lines = ok(run_example(emu, "conversation.py"))
    assert lines[0].startswith("service: ") and any(line.startswith("(conversation ") for line in lines)
    assert lines[-1] == "(conversation finished)"
    with client_for(emu) as client:
        conversations = list(client.conversation.get_conversations(user_id=[emu.user_id]))
    assert conversations and all(c.is_finished for c in conversations)


@pytest.mark.operations("create-conversation", "finish-conversation", "get-services", "interact-with-conversation")
def test_conversation_lifecycle_explains_an_unfinished_conversation(emu: Emulator) -> None:
    with client_for(emu) as client:
        with client.create_conversation(emu.service_ids[0]) as stream:
            stream.until_done()
    unfinished = stream.conversation_id
    run = run_example(emu, "conversation.py", env={"AMIGO_SERVICE_ID": emu.service_ids[0]})
    assert run.returncode == 1 and "the conversation cannot start" in run.stderr, run.stderr
    assert f"conversation {unfinished} of this service is unfinished" in run.stderr  # named, so it can be finished


def test_conversation_lifecycle_uses_the_shortcuts_the_readme_teaches() -> None:
    source = (EXAMPLES / "conversation.py").read_text(encoding="utf-8")
    assert "client.interact(conversation_id, text)" in source and "client.create_conversation(service_id)" in source
    assert "interact_with_conversation" not in source


@pytest.mark.operations("get-conversations")
def test_voice_turn_sends_a_wav_and_writes_the_pcm_reply(emu: Emulator, tmp_path: Path) -> None:
    from testaudio import wav_bytes

    wav = tmp_path / "question.wav"
    wav.write_bytes(wav_bytes(frames=8000))
    output = tmp_path / "reply.pcm"
    lines = ok(run_example(emu, "voice_turn.py", str(wav), str(output)))
    pcm = output.read_bytes()
    assert lines[0].startswith("agent: ") and lines[-1] == "(conversation finished)"
    # what the emulator "heard" is a transcript of the very file sent
    assert f"heard: [voice message, {wav.stat().st_size} bytes]" in lines
    assert f"reply audio: {len(pcm):,} bytes of PCM16 in {output}" in lines
    assert len(pcm) > 0 and len(pcm) % 2 == 0
    with client_for(emu) as client:
        conversations = list(client.conversation.get_conversations(user_id=[emu.user_id]))
    assert conversations and all(c.is_finished for c in conversations)


def test_voice_turn_without_a_recording_sends_a_tone(emu: Emulator, tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("AMIGO_")}
    environment.update(
        {
            "AMIGO_BASE_URL": emu.base_url,
            "AMIGO_ORGANIZATION_ID": emu.organization,
            "AMIGO_API_KEY": emu.api_key,
            "AMIGO_API_KEY_ID": emu.api_key_id,
            "AMIGO_USER_ID": emu.user_id,
        }
    )
    run = subprocess.run(  # in tmp_path: reply.pcm is written to the working directory
        [sys.executable, str(EXAMPLES / "voice_turn.py")],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    lines = ok(run)
    assert "user: (voice) a 32,044-byte tone" in lines and "heard: [voice message, 32044 bytes]" in lines
    assert (tmp_path / "reply.pcm").stat().st_size > 0


@pytest.mark.operations(
    "create-conversation",
    "create-invited-user",
    "delete-user",
    "finish-conversation",
    "get-memories",
    "get-services",
    "get-user-model",
)
def test_user_model_enrichment(emu: Emulator) -> None:
    lines = ok(run_example(emu, "user_model_enrichment.py"))
    created = lines[0].split()[2]
    assert any(line.startswith("user model: ") for line in lines)
    assert any(line.startswith("memory ") and "running shoes" in line for line in lines)
    assert lines[-1] == f"deleted user {created}"


@pytest.mark.operations(
    "create-conversation",
    "create-webhook-destination",
    "delete-webhook-destination",
    "finish-conversation",
    "get-memories",
    "get-services",
    "get-webhook-destinations",
)
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


@pytest.mark.operations("create-conversation", "finish-conversation", "get-services")
def test_service_routing(emu: Emulator) -> None:
    lines = ok(run_example(emu, "service_routing.py", "Why", "is", "my", "invoice", "payment", "so", "high?"))
    assert "routing to Billing" in lines
    assert lines[-1].startswith("(conversation ") and lines[-1].endswith(" with Billing finished)")
    other = ok(run_example(emu, "service_routing.py", "I forgot my password"))
    assert "routing to Customer support" in other


def make_unit_test_set(emu: Emulator, objective: str = "I forgot my password.", max_interactions: int = 5) -> str:
    """A unit test set of one unit test (run twice) whose simulated user says ``objective``, with a
    success criterion that every message was understood (the emulator's rule: see
    amigo_emulator.models.simulations). Made with the testing kit's seeding, each request shaped to
    the served contract: the set is what the example is run on, not what the test checks, so an
    upstream version that reshapes these requests does not break it."""
    seed = emu.seed
    service = emu.service_ids[0]
    metric = seed.call(
        "create-metric",
        shape=True,
        body={
            "name": "Understood",
            "description": "The agent understood every user message.",
            "applied_to_services": [service],
            "additional_notes": None,
            "tags": {},
            "metric_value": {"type": "boolean"},
        },
    )["id"]
    persona = seed.call(
        "create-simulation-persona",
        shape=True,
        body={
            "name": "Customer",
            "role": "customer",
            "tags": {},
            "initial_version": {
                "background": "A customer in a hurry.",
                "user_models": [],
                "nonsensitive_user_variables": {},
                "sensitive_user_variables": {},
            },
        },
    )["simulation_persona_id"]
    scenario = seed.call(
        "create-simulation-scenario",
        shape=True,
        body={
            "name": "Release check",
            "tags": {},
            "initial_version": {
                "objective": objective,
                "instructions": "Be brief.",
                "initial_message_type": "user-message",
                "conversation_starts_at": None,
            },
        },
    )["simulation_scenario_id"]
    unit_test = seed.call(
        "create-simulation-unit-test",
        shape=True,
        body={
            "name": "Understands the customer",
            "description": "Every message is understood.",
            "service_id": service,
            "service_version_set_name": "release",
            "persona_id": persona,
            "scenario_id": scenario,
            "max_interactions": max_interactions,
            "success_criterions": [
                {"name": "understood", "metric_id": metric, "criterion": {"type": "boolean", "expected_value": True}}
            ],
            "tags": {},
        },
    )["simulation_unit_test_id"]
    made = seed.call(
        "create-simulation-unit-test-set",
        shape=True,
        body={
            "name": "release gate",
            "description": None,
            "unit_test_runs": [{"unit_test_id": unit_test, "run_count": 2}],
            "tags": {},
        },
    )
    return str(made["simulation_unit_test_set_id"])


@pytest.mark.operations(
    "create-metric",
    "create-simulation-persona",
    "create-simulation-scenario",
    "create-simulation-unit-test",
    "create-simulation-unit-test-set",
    "create-simulation-unit-test-set-run",
    "get-metrics",
    "get-simulation-unit-test-set-runs",
    "get-simulation-unit-test-sets",
)
def test_simulation_gate_passes_a_clean_run(emu: Emulator) -> None:
    set_id = make_unit_test_set(emu)
    lines = ok(run_example(emu, "simulation_gate.py"))
    assert lines[0] == f"unit test set: release gate ({set_id})" and lines[1].startswith("started run ")
    assert any(line.endswith(": 2 runs, 0 errors") for line in lines)
    assert "    metric Understood: 2/2 runs passed" in lines
    assert lines[-1].endswith("passed: safe to deploy")


@pytest.mark.operations(
    "create-metric",
    "create-simulation-persona",
    "create-simulation-scenario",
    "create-simulation-unit-test",
    "create-simulation-unit-test-set",
    "create-simulation-unit-test-set-run",
    "get-metrics",
    "get-simulation-unit-test-set-runs",
    "get-simulation-unit-test-sets",
)
def test_simulation_gate_blocks_a_run_that_fails_a_metric(emu: Emulator) -> None:
    make_unit_test_set(emu, objective="Tell me a joke about penguins.")
    run = run_example(emu, "simulation_gate.py")
    lines = run.stdout.splitlines()
    assert run.returncode == 1, run.stdout + run.stderr
    assert "    metric Understood: 0/2 runs passed" in lines
    assert lines[-1].endswith("failed a metric: blocking the deployment")


@pytest.mark.operations(
    "create-metric",
    "create-simulation-persona",
    "create-simulation-scenario",
    "create-simulation-unit-test",
    "create-simulation-unit-test-set",
    "create-simulation-unit-test-set-run",
    "get-metrics",
    "get-simulation-unit-test-set-runs",
    "get-simulation-unit-test-sets",
)
def test_simulation_gate_blocks_a_run_over_its_interaction_budget(emu: Emulator) -> None:
    make_unit_test_set(emu, objective="I forgot my password. Where is my order?", max_interactions=2)
    run = run_example(emu, "simulation_gate.py")
    lines = run.stdout.splitlines()
    assert run.returncode == 1, run.stdout + run.stderr
    assert "    error: reached max_interactions (2) before the conversation ended" in lines
    assert lines[-1].endswith("errored: blocking the deployment")


@pytest.mark.operations(
    "create-simulation-unit-test-set-run",
    "get-metrics",
    "get-simulation-unit-test-set-runs",
    "get-simulation-unit-test-sets",
)
def test_simulation_gate_says_when_it_cannot_decide(emu: Emulator) -> None:
    run = run_example(emu, "simulation_gate.py")
    assert run.returncode == 2 and "no unit test set" in run.stderr


@pytest.mark.operations(
    "create-metric",
    "create-simulation-persona",
    "create-simulation-scenario",
    "create-simulation-unit-test",
    "create-simulation-unit-test-set",
    "create-simulation-unit-test-set-run",
    "get-metrics",
    "get-simulation-unit-test-set-runs",
    "get-simulation-unit-test-sets",
)
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


TESTING_PROJECT = EXAMPLES / "testing_project"


# The example testing project calls and seeds these.
@pytest.mark.operations(
    "get-conversation-messages",
    "get-memories",
    "get-users",
    "create-invited-user",
    "create-webhook-destination",
    "create-conversation",
    "interact-with-conversation",
    "finish-conversation",
)
def test_the_testing_project_passes_with_only_the_plugin(tmp_path: Path) -> None:
    # examples/testing_project's own tests, in their own pytest run: the plugin comes from its
    # pytest11 entry point (the project has no conftest), each test gets a reset emulator.
    probe = tmp_path / "probe.txt"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("AMIGO_") or k.startswith("AMIGO_EMULATOR")}
    path = os.pathsep.join(p for p in (str(Path(__file__).parent), os.environ.get("PYTHONPATH")) if p)
    environment.update({"AMIGO_PROBE_FILE": str(probe), "PYTHONPATH": path})
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "xdist_probe",
            "-W",
            "error::pytest.PytestUnraisableExceptionWarning",
        ],
        capture_output=True,
        text=True,
        env=environment,
        cwd=TESTING_PROJECT,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout.splitlines()[-1] and " failed" not in run.stdout
    used = {tuple(line.split()[1:]) for line in probe.read_text().splitlines()}
    assert len(used) == 1, f"one emulator for the whole session, got {used}"


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
