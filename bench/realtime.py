"""Real-time voice benchmark: ``client.realtime`` against a raw WebSocket client, same emulator.

``python -m bench.realtime`` (``make bench-realtime``; ``--quick`` for a smaller run, ``--json FILE``
to keep the figures). Both contenders talk to one emulator subprocess (``pace_ms`` 0, so the
figures are the clients' and the server's work, not a pause), with the shapes the emulator sends:

* **raw**: the ``websockets`` synchronous client used directly, as a careful user would write it
  without the SDK: the token from a hand-made sign-in in the subprotocol, ``json.dumps`` /
  ``json.loads``, ``base64`` by hand, no typing, no checks.
* **sdk**: ``client.realtime.connect(...)``, ``send_audio`` / ``end_audio`` and ``iter_audio``.

Figures, each measured for two shapes of the server's messages (``documented``: what the
emulator sends by default; ``unknown-field``: every message carries a field no version knows, and
an unknown message type comes once):

* **first agent audio**: from just before the end of the user's audio (``audio: null``) is sent,
  after half a second of PCM in 40 ms chunks, to the first decoded agent audio chunk in the
  caller's hands; median and p99 over many turns;
* **long reply**: agent audio chunks per second through replies of ~50 chunks (a long text
  question: about 2 s of voice answer in 40 ms pieces), all replies together, from each reply's
  first chunk to its last; and the same per second of the client's own CPU time, which the
  verdict uses: on two shared cores the wall-clock rate of ~5 ms bursts mostly measures which
  process the scheduler ran (see RESULTS.md).

Both contenders hold a session at once (two seeded users, since a user has one unfinished
conversation per service) and alternate turn by turn, so each pair of samples shares the machine's
load; the target is the SDK within 10% of the raw client (latency median; chunks per CPU second).
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import statistics
import sys
import time
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from amigo_client import AmigoClient
from amigo_emulator.config import default_config_dict
from amigo_emulator.testing import Emulator, running_emulator

PROTOCOL_PREFIX = "bearer.authorization.amigo.ai."
RATE = 16000
CHUNK_BYTES = RATE * 2 * 40 // 1000
#: Half a second of speech-like PCM (a 220 Hz square-ish wave) cut in 40 ms chunks.
SPEECH = bytes((0x10 if (n // 36) % 2 else 0xF0) if n % 2 else 0 for n in range(RATE))
SECOND_USER = "65f000000000000000000002"
#: The default seed with a second user: each contender has its own conversation open at once.
SEED: Dict[str, Any] = default_config_dict()
SEED["organizations"][0]["users"].append({"id": SECOND_USER, "first_name": "Bench", "email": "bench@example.com"})
SEED["pace_ms"] = 0
LONG_QUESTION = " ".join(["Could you explain the refund and invoice rules for my order once more?"] * 3)


def percentile(values: List[float], q: float) -> float:
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


class Raw:
    """The raw client: websockets' sync client, JSON and base64 by hand."""

    name = "raw"

    def __init__(self, emu: Emulator, user_id: str) -> None:
        from websockets.sync.client import connect

        token = emu.sign_in(user_id)
        url = emu.base_url.replace("http://", "ws://") + f"/v1/{emu.organization}/conversation/converse_realtime"
        extra: Dict[str, Any] = {"legacy": True} if _takes_legacy(connect) else {}
        self.ws = connect(
            url + "?response_format=voice&audio_format=pcm",
            subprotocols=[PROTOCOL_PREFIX + token],  # type: ignore[list-item]
            compression=None,
            max_size=16 * 1024 * 1024,
            **extra,
        )
        self.ws.send(json.dumps({"type": "client.start-conversation", "service_id": emu.service_ids[0]}))
        while json.loads(self.ws.recv())["type"] != "server.conversation-created":
            pass
        for _ in self.reply():  # the greeting
            pass

    def reply(self) -> Iterator[bytes]:
        while True:
            message = json.loads(self.ws.recv())
            kind = message["type"]
            if kind == "server.new-message" and message["message"]:
                yield base64.b64decode(message["message"])
            elif kind == "server.interaction-complete":
                return

    def speak(self, pcm: bytes) -> None:
        for start in range(0, len(pcm), CHUNK_BYTES):
            chunk = base64.b64encode(pcm[start : start + CHUNK_BYTES]).decode("ascii")
            self.ws.send(json.dumps({"type": "client.new-audio-message", "audio": chunk}))

    def end_audio(self) -> None:
        self.ws.send(json.dumps({"type": "client.new-audio-message", "audio": None}))

    def ask(self, text: str) -> None:
        self.ws.send(json.dumps({"type": "client.new-text-message", "message_type": "user-message", "text": text}))

    def close(self) -> None:
        self.ws.send(json.dumps({"type": "client.finish-conversation"}))
        self.ws.send(json.dumps({"type": "client.close-connection"}))
        self.ws.close()


class Sdk:
    """amigo_client's session."""

    name = "sdk"

    def __init__(self, emu: Emulator, client: AmigoClient) -> None:
        self.session = client.realtime.connect(service_id=emu.service_ids[0], response_format="voice")
        self.session.until_done()  # the greeting

    def reply(self) -> Iterator[bytes]:
        return self.session.iter_audio()

    def speak(self, pcm: bytes) -> None:
        self.session.send_audio(pcm, end=False)

    def end_audio(self) -> None:
        self.session.end_audio()

    def ask(self, text: str) -> None:
        self.session.send_text(text)

    def close(self) -> None:
        self.session.finish_conversation()
        self.session.close()


def _takes_legacy(connect: Callable[..., Any]) -> bool:
    import inspect

    return "legacy" in inspect.signature(connect).parameters


def first_audio(contender: Any) -> float:
    """One voice turn: seconds from just before the end of the audio to the first agent chunk."""
    contender.speak(SPEECH)
    started = time.perf_counter()
    contender.end_audio()
    replies = contender.reply()
    next(replies)
    elapsed = time.perf_counter() - started
    for _ in replies:
        pass
    return elapsed


def long_reply(contender: Any) -> Tuple[int, float, float]:
    """One long voice reply: (chunks, seconds from the first chunk to the last, client CPU seconds)."""
    contender.ask(LONG_QUESTION)
    replies = contender.reply()
    next(replies)
    started, cpu = time.perf_counter(), time.process_time()
    count = 1
    for _ in replies:
        count += 1
    return count, time.perf_counter() - started, time.process_time() - cpu


def run_shape(emu: Emulator, shape: str, turns: int, long_replies: int) -> Dict[str, Any]:
    """Both contenders hold a session at once (two users, so each has its own conversation) and
    take turns, their order alternating, so each pair of samples shares the machine's load."""
    emu.reset()
    emu.faults(pace_ms=0)
    emu.control("POST", "realtime", {"future_fields": shape == "unknown-field"})
    latency: Dict[str, List[float]] = {"raw": [], "sdk": []}
    chunk_counts: Dict[str, List[int]] = {"raw": [], "sdk": []}
    seconds_spent: Dict[str, List[float]] = {"raw": [], "sdk": []}
    cpu: Dict[str, List[float]] = {"raw": [], "sdk": []}
    with AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=SECOND_USER,
        organization_id=emu.organization,
        base_url=emu.base_url,
    ) as client:
        contenders: Dict[str, Any] = {"raw": Raw(emu, emu.user_id), "sdk": Sdk(emu, client)}
        try:
            for contender in contenders.values():  # warm-up turns, not counted
                first_audio(contender)
                long_reply(contender)
            for number in range(turns):
                for name in ("raw", "sdk") if number % 2 == 0 else ("sdk", "raw"):
                    latency[name].append(first_audio(contenders[name]))
            for number in range(long_replies):
                for name in ("raw", "sdk") if number % 2 == 0 else ("sdk", "raw"):
                    count, seconds, used = long_reply(contenders[name])
                    chunk_counts[name].append(count)
                    seconds_spent[name].append(seconds)
                    cpu[name].append(used)
        finally:
            for contender in contenders.values():
                contender.close()
    result: Dict[str, Any] = {"shape": shape}
    for name in ("raw", "sdk"):
        total_chunks = sum(chunk_counts[name])
        result[name] = {
            "first_audio_median_ms": statistics.median(latency[name]) * 1000,
            "first_audio_p99_ms": percentile(latency[name], 99) * 1000,
            "turns": len(latency[name]),
            # All long replies together: chunks over the seconds from each first chunk to its last.
            "chunks_per_s": total_chunks / sum(seconds_spent[name]),
            # What the client alone could take: chunks per second of its own CPU time.
            "chunks_per_cpu_s": total_chunks / sum(cpu[name]),
            "client_cpu_us_per_chunk": sum(cpu[name]) / total_chunks * 1e6,
            "long_replies": len(chunk_counts[name]),
            "chunks_per_reply": total_chunks / len(chunk_counts[name]),
        }
    raw, sdk = result["raw"], result["sdk"]
    result["latency_ratio"] = sdk["first_audio_median_ms"] / raw["first_audio_median_ms"]
    result["p99_ratio"] = sdk["first_audio_p99_ms"] / raw["first_audio_p99_ms"]
    result["throughput_ratio"] = sdk["chunks_per_s"] / raw["chunks_per_s"]
    result["cpu_throughput_ratio"] = sdk["chunks_per_cpu_s"] / raw["chunks_per_cpu_s"]
    result["ok"] = result["latency_ratio"] <= 1.10 and result["cpu_throughput_ratio"] >= 0.90
    return result


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on POSIX
        return "unknown"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="client.realtime vs a raw WebSocket client on the emulator")
    parser.add_argument("--quick", action="store_true", help="fewer turns (about 20 seconds)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    turns, long_replies = (100, 40) if args.quick else (400, 200)
    print(
        f"# realtime benchmark ({'quick' if args.quick else 'full'}): {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, websockets {_version('websockets')}, "
        f"load {_load()}"
    )
    results = []
    with running_emulator(SEED) as emu:
        for shape in ("documented", "unknown-field"):
            result = run_shape(emu, shape, turns, long_replies)
            results.append(result)
            raw, sdk = result["raw"], result["sdk"]
            print(
                f"first agent audio, {shape}: sdk median {sdk['first_audio_median_ms']:.2f} ms / p99 "
                f"{sdk['first_audio_p99_ms']:.2f} ms; raw {raw['first_audio_median_ms']:.2f} / "
                f"{raw['first_audio_p99_ms']:.2f} ms = {result['latency_ratio']:.2f} x raw (p99 "
                f"{result['p99_ratio']:.2f} x) ({sdk['turns']} turns each; <= 1.10 x raw)"
            )
            print(
                f"long reply, {shape}: sdk {sdk['chunks_per_s']:,.0f} chunks/s, raw {raw['chunks_per_s']:,.0f} = "
                f"{result['throughput_ratio']:.2f} x raw (wall clock, {sdk['long_replies']} replies of "
                f"{sdk['chunks_per_reply']:.0f} chunks each); per second of client CPU: sdk "
                f"{sdk['chunks_per_cpu_s']:,.0f}, raw {raw['chunks_per_cpu_s']:,.0f} = {result['cpu_throughput_ratio']:.2f} x "
                f"raw ({sdk['client_cpu_us_per_chunk']:.1f} vs {raw['client_cpu_us_per_chunk']:.1f} us/chunk; "
                "first-audio median <= 1.10 x raw, CPU chunks/s >= 0.90 x raw) " + ("ok" if result["ok"] else "MISSED")
            )
    print(f"# load at the end: {_load()}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(results, out, indent=2)
    return 0 if all(r["ok"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
