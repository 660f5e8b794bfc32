"""The benchmark suite: amigo_client against the floor (httpx + json.loads) and the peer (amigo_sdk).

``python -m bench`` runs the full suite; ``python -m bench --quick`` a smaller one (under a minute).
Each figure prints one line, ``name: value (target) ok|MISSED``; the exit status is 1 when a
target is missed. Contenders are interleaved round by round (their order rotating) against the
same loopback server (:mod:`bench.server`, a separate process), so drift in the machine's load
hits all three alike. Only public tools are used: ``time.perf_counter``, subprocesses,
``resource``; no test timings.

Figures (see bench/RESULTS.md for a recorded run):

* ``import time``: median in-process import time over fresh interpreters;
* ``stream throughput, SHAPE``: events per second through one stream of 200,000 text pieces (8,000
  voice pieces; quick: half as many), for each shape of new-message event in
  :data:`bench.server.SHAPES`;
* ``call overhead``: sequential get-services calls per second on one keep-alive connection;
* ``first-event latency``: server write -> caller receives the event (same system-wide clock);
* ``memory on a long stream``: peak RSS growth while a fresh process consumes a 100 MB stream;
* ``threads``: 16 threads sharing one client, 20 short conversations each, against the emulator.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from .contenders import FACTORIES, LABELS, NAMES, Contender, peer_available
from .server import LATENCY_SERVICE, PER_EVENT_SERVICE, SHAPE_SERVICES, SHAPES, WARMUP_SERVICE

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Settings:
    quick: bool
    import_runs: int
    stream_events: int
    stream_rounds: int
    calls: int
    call_rounds: int
    latency_samples: int
    memory_mb: float
    memory_contenders: Tuple[str, ...]
    threads: int
    conversations: int
    per_event_stream: bool
    peer_threads: bool


QUICK = Settings(
    quick=True,
    import_runs=15,
    stream_events=100_000,
    stream_rounds=5,
    calls=2_000,
    call_rounds=3,
    latency_samples=40,
    memory_mb=100.0,
    memory_contenders=("sdk",),
    threads=16,
    conversations=20,
    per_event_stream=False,
    peer_threads=False,
)
FULL = Settings(
    quick=False,
    import_runs=31,
    stream_events=200_000,
    stream_rounds=7,
    calls=2_000,
    call_rounds=7,
    latency_samples=300,
    memory_mb=100.0,
    memory_contenders=("sdk", "floor", "peer"),
    threads=16,
    conversations=20,
    per_event_stream=True,
    peer_threads=True,
)


@dataclass
class Figure:
    """One printed line: ``name: value (target) ok|MISSED``; ``ok`` is None when there is no target
    (or it could not be measured)."""

    name: str
    value: str
    target: str
    ok: Optional[bool]
    data: Dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        verdict = {True: "ok", False: "MISSED", None: "-"}[self.ok]
        return f"{self.name}: {self.value} ({self.target}) {verdict}"


# -- helpers ---------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def rotations(names: Sequence[str], rounds: int) -> Iterator[List[str]]:
    """``rounds`` orders of ``names``, each rotated by one from the last (interleaving)."""
    for r in range(rounds):
        k = r % len(names)
        yield list(names[k:]) + list(names[:k])


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _child_env() -> Dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


class LoopbackServer:
    """:mod:`bench.server` in a subprocess; it stops when we close its standard input."""

    def __init__(self, events: int, memory_mb: float) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.server",
                "--events",
                str(events),
                "--memory-mb",
                str(memory_mb),
                "--lifetime",
                "1200",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=str(ROOT),
            env=_child_env(),
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("listening on "):
            self.stop()
            raise RuntimeError(f"the benchmark server did not start (it said {line!r})")
        self.base_url = line.split()[-1]

    def stats(self) -> Dict[str, Any]:
        import urllib.request

        with urllib.request.urlopen(f"{self.base_url}/_bench/stats", timeout=10) as response:
            result: Dict[str, Any] = json.loads(response.read())
        return result

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


# -- figures ---------------------------------------------------------------------------

IMPORTS = {
    "sdk": "import amigo_client",
    "sdk_client": "from amigo_client import AmigoClient; from amigo_client.api.service import get_services",
    "floor": "import httpx, attrs, dateutil.parser",
    "peer": "import amigo_sdk",
}
_IMPORT_PROBE = "import time\nt = time.perf_counter()\n{stmt}\nprint(time.perf_counter() - t)\n"


def import_time(settings: Settings, have_peer: bool) -> Figure:
    variants = [v for v in IMPORTS if have_peer or v != "peer"]
    times: Dict[str, List[float]] = {v: [] for v in variants}
    with tempfile.TemporaryDirectory(prefix="amigo-bench-") as cwd:  # no stray .env or local modules
        # Every contender imported from bytecode, as after a pip install: a private pycache prefix
        # (filled by the warm-up run) rather than PYTHONDONTWRITEBYTECODE, which some shells set
        # and which would make only the editable amigo_client compile its sources on every run.
        env = _child_env()
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(cwd, "pycache")

        def once(variant: str) -> float:
            out = subprocess.run(
                [sys.executable, "-c", _IMPORT_PROBE.format(stmt=IMPORTS[variant])],
                capture_output=True,
                text=True,
                cwd=cwd,
                env=env,
                check=True,
            )
            return float(out.stdout.strip().splitlines()[-1])

        for variant in variants:  # compile .pyc files and warm the page cache; not counted
            once(variant)
        for order in rotations(variants, settings.import_runs):
            for variant in order:
                times[variant].append(once(variant))
    med = {v: statistics.median(t) for v, t in times.items()}
    # Times, not rates: the ratio of a round is floor-relative cost (lower is better).
    vs_floor = ratio(times, "sdk_client", "floor")
    bare_vs_floor = ratio(times, "sdk", "floor")
    parts = [
        f"import amigo_client {fmt_ms(med['sdk'])} ({bare_vs_floor:.2f} x floor)",
        f"+ AmigoClient + get_services {fmt_ms(med['sdk_client'])} = {vs_floor:.2f} x floor {fmt_ms(med['floor'])}",
    ]
    ok = vs_floor <= 1.25 and bare_vs_floor <= 1.25
    data: Dict[str, Any] = {
        "median_s": med,
        "runs": settings.import_runs,
        "vs_floor": vs_floor,
        "bare_vs_floor": bare_vs_floor,
    }
    if have_peer:
        faster = ratio(times, "peer", "sdk")
        faster_client = ratio(times, "peer", "sdk_client")
        parts.append(
            f"amigo_sdk {fmt_ms(med['peer'])}: {faster:.0f} x slower than import amigo_client, "
            f"{faster_client:.1f} x slower than client+endpoint (floor: {ratio(times, 'peer', 'floor'):.1f} x)"
        )
        ok = ok and faster >= 8
        data.update({"peer_vs_sdk": faster, "peer_vs_sdk_client": faster_client})
    else:
        parts.append("amigo_sdk not measured: not installed")
    return Figure(
        "import time",
        "; ".join(parts),
        f"{settings.import_runs} fresh processes each, from bytecode; <= 1.25 x floor; "
        "import amigo_client >= 8 x faster than amigo_sdk",
        ok,
        data,
    )


def _make(names: Sequence[str], base_url: str) -> Dict[str, Contender]:
    made = {}
    for name in names:
        contender = FACTORIES[name](base_url)
        contender.count_events(WARMUP_SERVICE)  # sign-in, lazy imports, connection
        contender.get_services()
        made[name] = contender
    return made


@dataclass
class StreamRates:
    """Events per second of each contender in each round: per second of wall-clock time, and
    per second of the calling thread's CPU time (user and system: its socket reads included)."""

    wall: Dict[str, List[float]]
    cpu: Dict[str, List[float]]


def _stream_rates(
    contenders: Dict[str, Contender], service: str, expected: int, rounds: int, voice: bool = False
) -> StreamRates:
    rates = StreamRates({name: [] for name in contenders}, {name: [] for name in contenders})
    for order in rotations(list(contenders), rounds):
        for name in order:
            start, start_cpu = time.perf_counter(), time.thread_time()
            count = contenders[name].count_events(service, voice)
            elapsed, cpu = time.perf_counter() - start, time.thread_time() - start_cpu
            if count != expected:
                raise RuntimeError(f"{name} read {count} events of the stream, expected {expected}")
            rates.wall[name].append(count / elapsed)
            rates.cpu[name].append(count / cpu)
    return rates


#: The targets of every stream throughput figure (a ratio within a round, median over rounds).
FLOOR_TARGET = 1.0
PEER_TARGET = 1.0


def stream_throughput(settings: Settings, contenders: Dict[str, Contender], stats: Dict[str, Any]) -> List[Figure]:
    """One figure per shape of new-message event (see bench.server.SHAPES): each stream is a
    create-conversation turn (conversation-created, the pieces, interaction-complete)."""
    figures = []
    for shape in SHAPES:
        pieces = int(stats["shapes"][shape])
        voice = shape == "voice"
        rates = _stream_rates(contenders, SHAPE_SERVICES[shape], pieces + 2, settings.stream_rounds, voice)
        size = int(stats["piece_bytes"][shape])
        figures.append(_throughput_figure(f"stream throughput, {shape}", settings, rates, pieces, size, True))
    if settings.per_event_stream:
        pieces = int(stats["shapes"]["documented"])
        size = int(stats["piece_bytes"]["documented"])
        rates = _stream_rates(contenders, PER_EVENT_SERVICE, pieces + 2, settings.stream_rounds)
        figures.append(
            _throughput_figure(
                "stream throughput, documented, one chunk per event", settings, rates, pieces, size, False
            )
        )
    return figures


def ratio(rates: Dict[str, List[float]], a: str, b: str) -> float:
    """The median over rounds of ``a``'s rate / ``b``'s rate in the same round: a round's
    contenders ran back to back, so load that comes and goes cancels out better than in a ratio of
    medians."""
    return statistics.median(x / y for x, y in zip(rates[a], rates[b]))


def _throughput_figure(
    name: str, settings: Settings, rates: StreamRates, pieces: int, size: int, checked: bool
) -> Figure:
    """The wall-clock rate is reported first; the targets are judged on the client's CPU time.
    On an idle machine the two agree (the client is the bottleneck: the server only sends bytes
    prepared at start-up, from another process); on a shared one, wall-clock time also counts the
    time the client waited for a core, which can differ by 20 % between contenders of a round."""
    med = {n: statistics.median(r) for n, r in rates.wall.items()}
    wall_floor, cpu_floor = ratio(rates.wall, "sdk", "floor"), ratio(rates.cpu, "sdk", "floor")
    value = f"{med['sdk']:,.0f} events/s = {wall_floor:.2f} x floor {med['floor']:,.0f}"
    judged = f"client CPU: {cpu_floor:.2f} x floor"
    ok: Optional[bool] = cpu_floor >= FLOOR_TARGET
    data: Dict[str, Any] = {"events_per_s": med, "vs_floor": wall_floor, "cpu_vs_floor": cpu_floor}
    if "peer" in med:
        wall_peer, cpu_peer = ratio(rates.wall, "sdk", "peer"), ratio(rates.cpu, "sdk", "peer")
        value += f", {wall_peer:.2f} x amigo_sdk {med['peer']:,.0f}"
        judged += f", {cpu_peer:.2f} x amigo_sdk"
        ok = ok and cpu_peer > PEER_TARGET
        data.update({"vs_peer": wall_peer, "cpu_vs_peer": cpu_peer})
    else:
        value += ", amigo_sdk not measured (not installed)"
    target = (
        f"{pieces:,} pieces of {size:,} B, {settings.stream_rounds} rounds; client CPU >= {FLOOR_TARGET:.1f} x "
        "floor; ahead of amigo_sdk"
    )
    if not checked:
        target = "informational: a server that flushes every event as its own chunk; " + target.split(";")[0]
        ok = None
    return Figure(name, f"{value} ({judged})", target, ok, data)


def call_overhead(settings: Settings, contenders: Dict[str, Contender]) -> Figure:
    rates: Dict[str, List[float]] = {name: [] for name in contenders}
    for order in rotations(list(contenders), settings.call_rounds):
        for name in order:
            call = contenders[name].get_services
            start = time.perf_counter()
            for _ in range(settings.calls):
                call()
            rates[name].append(settings.calls / (time.perf_counter() - start))
    med = {name: statistics.median(r) for name, r in rates.items()}
    vs_floor = ratio(rates, "sdk", "floor")
    value = f"{med['sdk']:,.0f} calls/s = {vs_floor:.2f} x floor {med['floor']:,.0f}"
    ok = vs_floor >= 0.8
    data: Dict[str, Any] = {"calls_per_s": med, "vs_floor": vs_floor}
    if "peer" in med:
        vs_peer = ratio(rates, "sdk", "peer")
        value += f", {vs_peer:.2f} x amigo_sdk {med['peer']:,.0f}"
        ok = ok and vs_peer > 1
        data["vs_peer"] = vs_peer
    else:
        value += ", amigo_sdk not measured (not installed)"
    return Figure(
        "call overhead",
        value,
        f"{settings.calls:,} sequential get-services calls on one connection, {settings.call_rounds} rounds; "
        ">= 0.8 x floor; ahead of amigo_sdk",
        ok,
        data,
    )


def first_event_latency(settings: Settings, contenders: Dict[str, Contender]) -> Figure:
    delays: Dict[str, List[float]] = {name: [] for name in contenders}
    for order in rotations(list(contenders), settings.latency_samples):
        for name in order:
            delays[name].append(contenders[name].first_event_delay(LATENCY_SERVICE))
    stats = {name: (statistics.median(d), percentile(d, 99)) for name, d in delays.items()}
    med, p99 = stats["sdk"]
    others = ", ".join(f"{LABELS[n]} {s[0] * 1000:.2f} / {s[1] * 1000:.2f}" for n, s in stats.items() if n != "sdk")
    return Figure(
        "first-event latency",
        f"median {med * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms (median / p99 ms: {others})",
        f"{settings.latency_samples} streams held 500 ms after one event; median < 5 ms, p99 < 20 ms",
        med < 0.005 and p99 < 0.020,
        {"median_s": {n: s[0] for n, s in stats.items()}, "p99_s": {n: s[1] for n, s in stats.items()}},
    )


def memory(settings: Settings, server: LoopbackServer, names: Sequence[str]) -> Figure:
    results: Dict[str, Dict[str, Any]] = {}
    for name in names:
        out = subprocess.run(
            [sys.executable, "-m", "bench.memory", name, server.base_url],
            capture_output=True,
            text=True,
            cwd=str(ROOT),
            env=_child_env(),
            check=False,
        )
        if out.returncode != 0:
            raise RuntimeError(f"the memory probe of {name} failed:\n{out.stderr}")
        results[name] = json.loads(out.stdout.strip().splitlines()[-1])
    growth = results["sdk"]["growth"] / 1e6
    others = ", ".join(f"{LABELS[n]} {r['growth'] / 1e6:.1f} MB" for n, r in results.items() if n != "sdk")
    return Figure(
        "memory on a long stream",
        f"peak RSS growth {growth:.1f} MB over {results['sdk']['events']:,} events"
        + (f" ({others})" if others else ""),
        f"{settings.memory_mb:.0f} MB stream through the iterator, fresh process; growth < 15 MB",
        growth < 15,
        {"growth_bytes": {n: r["growth"] for n, r in results.items()}},
    )


def _emulator_seed(count: int) -> Dict[str, Any]:
    return {
        "pace_ms": 0,
        "post_processing_delay_ms": 0,
        "organizations": [
            {
                "id": "bench-org",
                "api_keys": [{"key": "bench-api-key", "key_id": "bench-key-id"}],
                "users": [{"id": "65f000000000000000000001"}],
                "services": [{"id": f"65f0000000000000000001{i:02x}", "name": f"Bench {i}"} for i in range(count)],
            }
        ],
    }


def _run_threads(
    threads: int, conversations: int, services: List[str], work: Callable[[str], None]
) -> Tuple[float, List[str]]:
    errors: List[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(threads)

    def worker(service_id: str) -> None:
        try:
            barrier.wait()
            for _ in range(conversations):
                work(service_id)
        except Exception as exc:  # noqa: BLE001 - every error is reported
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")

    pool = [threading.Thread(target=worker, args=(services[i],)) for i in range(threads)]
    start = time.perf_counter()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return time.perf_counter() - start, errors


def threads_figure(settings: Settings, have_peer: bool) -> Figure:
    from amigo_client import AmigoClient, APIKeyAuth
    from amigo_emulator.testing import running_emulator

    n, per = settings.threads, settings.conversations
    with running_emulator(_emulator_seed(n)) as emu:
        client = AmigoClient(
            api_key=emu.api_key,
            api_key_id=emu.api_key_id,
            user_id=emu.user_id,
            organization_id=emu.organization,
            base_url=emu.base_url,
        )

        def conversation(service_id: str) -> None:
            with client.create_conversation(service_id) as greeting:
                greeting.until_done()
            conversation_id = greeting.conversation_id
            assert conversation_id is not None
            client.interact(conversation_id, "How can I reset my password?").until_done()
            client.finish_conversation(conversation_id)

        with client:
            elapsed, errors = _run_threads(n, per, emu.service_ids, conversation)
        assert isinstance(client.auth, APIKeyAuth)  # signed in with an API key above
        sign_ins = client.auth.sign_ins
        server_sign_ins = sum(emu.stats()["sign_ins"].values())
        peer_note = ""
        data: Dict[str, Any] = {}
        if have_peer and settings.peer_threads:
            emu.reset()
            peer_rate, peer_errors, peer_sign_ins = _peer_threads(emu, n, per)
            data["peer"] = {"conversations_per_s": peer_rate, "errors": peer_errors, "sign_ins": peer_sign_ins}
            peer_note = (
                f"; amigo_sdk {peer_rate:.1f} conversations/s, {len(peer_errors)} errors, {peer_sign_ins} sign-ins"
            )
    done = n * per - len(errors)
    rate = n * per / elapsed
    ok = not errors and sign_ins == 1 and server_sign_ins == 1
    value = (
        f"{rate:.1f} conversations/s ({n} threads x {per}: create + interact + finish), "
        f"{len(errors)} errors, sign-ins {sign_ins} (server counted {server_sign_ins}){peer_note}"
    )
    if errors:
        value += f"; first error: {errors[0]}"
    data.update({"conversations_per_s": rate, "errors": errors, "sign_ins": sign_ins, "completed": done})
    return Figure("threads", value, "emulator; no error, exactly one sign-in, throughput reported", ok, data)


def _peer_threads(emu: Any, threads: int, per: int) -> Tuple[float, List[str], int]:
    from amigo_sdk import AmigoClient
    from amigo_sdk.generated.model import (
        ConversationCreateConversationRequest,
        CreateConversationParametersQuery,
        Format,
        InteractWithConversationParametersQuery,
    )

    client = AmigoClient(
        api_key=emu.api_key,
        api_key_id=emu.api_key_id,
        user_id=emu.user_id,
        organization_id=emu.organization,
        base_url=emu.base_url,
    )
    create_params = CreateConversationParametersQuery(response_format=Format.text)
    interact_params = InteractWithConversationParametersQuery(request_format=Format.text, response_format=Format.text)

    def conversation(service_id: str) -> None:
        conversation_id = None
        for event in client.conversations.create_conversation(
            ConversationCreateConversationRequest(service_id=service_id), create_params
        ):
            if getattr(event.root, "type", None) == "conversation-created":
                conversation_id = event.root.conversation_id
        assert conversation_id is not None
        for _ in client.conversations.interact_with_conversation(
            conversation_id, interact_params, text_message="How can I reset my password?"
        ):
            pass
        client.conversations.finish_conversation(conversation_id)

    elapsed, errors = _run_threads(threads, per, emu.service_ids, conversation)
    client.close()
    return threads * per / elapsed, errors, sum(emu.stats()["sign_ins"].values())


# -- the run ---------------------------------------------------------------------------


def machine() -> Dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory_total = "unknown"
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            memory_total = f"{int(handle.readline().split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory_total,
        "python": platform.python_version(),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for dist in ("amigo-client", "httpx", "attrs", "python-dateutil", "amigo-sdk", "pydantic"):
        try:
            out.append(f"{dist} {version(dist)}")
        except PackageNotFoundError:
            out.append(f"{dist} absent")
    return ", ".join(out)


FIGURES = ("import", "stream", "calls", "latency", "memory", "threads")


def run(settings: Settings, only: Sequence[str], json_path: Optional[Path]) -> int:
    have_peer, why = peer_available()
    info = machine()
    print(
        f"# amigo_client benchmark ({'quick' if settings.quick else 'full'}): {info['cpu']}, {info['cores']} cores, "
        f"{info['memory']}, Python {info['python']}, load {info['load']}",
        flush=True,
    )
    print(f"# {_versions()}", flush=True)
    if not have_peer:
        print(f"# amigo_sdk figures are not measured: {why}", flush=True)
    names = [n for n in NAMES if have_peer or n != "peer"]
    figures: List[Figure] = []

    def show(figure: Figure) -> None:
        figures.append(figure)
        print(figure.line(), flush=True)

    if "import" in only:
        show(import_time(settings, have_peer))
    if {"stream", "calls", "latency", "memory"} & set(only):
        server = LoopbackServer(settings.stream_events, settings.memory_mb)
        try:
            contenders = _make(names, server.base_url)
            if "stream" in only:
                for figure in stream_throughput(settings, contenders, server.stats()):
                    show(figure)
            if "calls" in only:
                show(call_overhead(settings, contenders))
            if "latency" in only:
                show(first_event_latency(settings, contenders))
            for contender in contenders.values():
                contender.close()
            if "memory" in only:
                show(memory(settings, server, [n for n in settings.memory_contenders if n in names]))
        finally:
            server.stop()
    if "threads" in only:
        show(threads_figure(settings, have_peer))
    missed = [f.name for f in figures if f.ok is False]
    if json_path is not None:
        json_path.write_text(
            json.dumps(
                {
                    "machine": info,
                    "versions": _versions(),
                    "quick": settings.quick,
                    "figures": [f.__dict__ for f in figures],
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    print(
        f"# {len(figures) - len(missed)} of {len(figures)} figures ok"
        + (f"; missed: {', '.join(missed)}" if missed else "")
    )
    return 1 if missed else 0


def profile(what: str, settings: Settings) -> int:
    """Profile amigo_client alone on one figure's work with pyinstrument (the ``bench`` extra) and
    print the call tree: where the time goes when a target is missed."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    server = LoopbackServer(settings.stream_events, settings.memory_mb)
    try:
        sdk = _make(["sdk"], server.base_url)["sdk"]
        profiler = Profiler(interval=0.0002)
        profiler.start()
        if what == "stream":
            for shape in SHAPES:
                sdk.count_events(SHAPE_SERVICES[shape], shape == "voice")
        else:
            for _ in range(settings.calls):
                sdk.get_services()
        profiler.stop()
        sdk.close()
    finally:
        server.stop()
    print(profiler.output_text(unicode=False, color=False))
    return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="the smaller suite (under a minute)")
    parser.add_argument("--only", default=",".join(FIGURES), help=f"comma-separated subset of {','.join(FIGURES)}")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    parser.add_argument(
        "--profile", choices=("stream", "calls"), help="instead: profile amigo_client on one figure (pyinstrument)"
    )
    args = parser.parse_args(argv)
    if args.profile:
        return profile(args.profile, QUICK)
    only = [x.strip() for x in args.only.split(",") if x.strip()]
    unknown = [x for x in only if x not in FIGURES]
    if unknown:
        parser.error(f"unknown figure(s) {unknown}; choose from {', '.join(FIGURES)}")
    return run(QUICK if args.quick else FULL, only, args.json)
