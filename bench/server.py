"""A minimal HTTP/1.1 server on 127.0.0.1 for the benchmark figures (all but ``threads``).

Run by the suite as a separate process (``python -m bench.server``), so that client and server do
not share a GIL. It prints ``listening on http://127.0.0.1:PORT`` once ready and stops by itself:
when its standard input closes (the suite ended or died) or after ``--lifetime`` seconds.

One thread per connection, blocking sockets, ``TCP_NODELAY``; every answer is prepared once at
start-up so the server does as little as possible per request. It serves, under ``/v1/{org}``:

* ``POST /user/signin_with_api_key`` -> ``{"id_token", "expires_at"}`` (counted: ``GET /_bench/stats``);
* ``GET /service/`` -> one fixed page of one service (the emulator's shape, which both SDKs parse);
* ``POST /conversation/`` -> an NDJSON stream (``Transfer-Encoding: chunked``) chosen by the
  ``service_id`` of the JSON body. Every stream is a create-conversation turn as the emulator
  writes it (``amigo_emulator/turns.py``): ``conversation-created``, ``new-message`` pieces,
  ``interaction-complete``; unless said otherwise its pieces have the documented shape (the
  transcripts of the API docs and the emulator: the contract's fields plus ``message_metadata``).

  - the throughput streams, one per shape of :data:`SHAPES` (service :data:`SHAPE_SERVICES`):
    ``--events`` text pieces of about 170 bytes (``--events`` / :data:`VOICE_DIVISOR` voice
    pieces of about 10 KB), written as fast as possible in 64 KiB chunks;
  - :data:`LATENCY_SERVICE`: the headers, a pause of ``--latency-lead`` seconds, one
    ``new-message`` event whose ``message`` is the server's ``CLOCK_MONOTONIC`` time just before it
    wrote the event, then the stream is held ``--hold`` seconds before ``interaction-complete``;
  - :data:`MEMORY_SERVICE`: ``--memory-mb`` MB of ``new-message`` events, then ``interaction-complete``;
  - :data:`PER_EVENT_SERVICE`: like the documented throughput stream, but one chunk per event (how
    a server that flushes each event frames it);
  - :data:`WARMUP_SERVICE`: a short stream (1,000 events) that loads whatever a client loads lazily.
"""

from __future__ import annotations

import argparse
import base64
import json
import socket
import sys
import threading
import time
from typing import IO, Any, Dict, List, Optional, Tuple, cast

ORGANIZATION = "bench-org"
API_KEY = "bench-api-key"
API_KEY_ID = "bench-key-id"
USER_ID = "65f000000000000000000001"
TOKEN = "bench-token"
CONVERSATION_ID = "65f0000000000000000000c9"
LATENCY_SERVICE = "be0000000000000000000002"
MEMORY_SERVICE = "be0000000000000000000003"
PER_EVENT_SERVICE = "be0000000000000000000004"
WARMUP_SERVICE = "be0000000000000000000005"
WARMUP_EVENTS = 1000
#: The shapes of new-message event the throughput streams carry, and what each is.
SHAPES = {
    "documented": "the documented transcripts' text piece: the contract's fields and message_metadata",
    "unknown-field": "the documented piece plus a field no version of the contract knows",
    "voice": "the emulator's voice piece: base64 PCM16 audio, a transcript alignment, message_metadata",
    "contract": "the contract's six fields only",
}
SHAPE_SERVICES = {
    "documented": "be0000000000000000000011",
    "unknown-field": "be0000000000000000000012",
    "voice": "be0000000000000000000013",
    "contract": "be0000000000000000000014",
}
#: A voice stream has this many times fewer pieces than a text one (each is about 60 x larger).
VOICE_DIVISOR = 25
#: The audio of a voice piece: 240 ms of 16 kHz PCM16, what the emulator sends for a 3-word piece.
VOICE_AUDIO = base64.b64encode(bytes((i * 37) % 251 for i in range(7680))).decode("ascii")
VOICE_TEXT = " how can I"
MESSAGE_ID = "65f0000000000000000000d1"
CHUNK = 64 * 1024

SIGN_IN_BODY = json.dumps({"id_token": TOKEN, "expires_at": "2099-01-01T00:00:00.000Z"}).encode()
SERVICE = {
    "id": "65f0000000000000000000a1",
    "name": "Customer support",
    "version_sets": {
        "edge": {
            "agent_version_number": None,
            "service_hierarchical_state_machine_version_number": None,
            "llm_model_preferences": {},
        },
        "release": {
            "agent_version_number": None,
            "service_hierarchical_state_machine_version_number": None,
            "llm_model_preferences": {},
        },
    },
    "description": "Answers account, password and order questions for customers.",
    "is_active": True,
    "service_hierarchical_state_machine_id": "65f0000000000000000000c1",
    "agent_id": "65f0000000000000000000b1",
    "tags": [{"key": "team", "value": "support"}],
    "keyterms": [],
    "creator": {"org_id": ORGANIZATION, "user_id": USER_ID},
    "updated_by": {"org_id": ORGANIZATION, "user_id": USER_ID},
}
SERVICES_BODY = json.dumps(
    {"services": [SERVICE], "has_more": False, "continuation_token": None, "filter_values": {"tags": ["team"]}},
    separators=(",", ":"),
).encode()
COMPLETE = (
    json.dumps(
        {
            "type": "interaction-complete",
            "message_id": MESSAGE_ID,
            "interaction_id": "65f0000000000000000000e1",
            "full_message": "(the benchmark does not repeat the reply here)",
            "conversation_completed": False,
        },
        separators=(",", ":"),
    ).encode()
    + b"\n"
)


def new_message(sequence: int, text: Optional[str] = None, shape: str = "documented") -> bytes:
    """One ``new-message`` line of a shape of :data:`SHAPES` (a text piece: about 170 bytes)."""
    event: Dict[str, Any] = {
        "type": "new-message",
        "message": text if text is not None else f"piece {sequence:07d} of a reply ",
        "message_metadata": [],
        "transcript_alignment": None,
        "stop": False,
        "sequence_number": sequence,
        "message_id": MESSAGE_ID,
    }
    if shape == "contract":
        del event["message_metadata"]
    elif shape == "unknown-field":
        event["emotion"] = {"label": "calm", "score": 0.5}
    elif shape == "voice":
        offset = sequence * 240
        event["message"] = VOICE_AUDIO
        event["transcript_alignment"] = [[offset + 24 * i, ch] for i, ch in enumerate(VOICE_TEXT)]
    return json.dumps(event, separators=(",", ":")).encode() + b"\n"


CREATED = (
    json.dumps({"type": "conversation-created", "conversation_id": CONVERSATION_ID}, separators=(",", ":")).encode()
    + b"\n"
)


def chunked(payload: bytes, size: int = CHUNK) -> bytes:
    """``payload`` framed as HTTP/1.1 chunks of ``size`` bytes (no terminating chunk)."""
    out = []
    for start in range(0, len(payload), size):
        piece = payload[start : start + size]
        out.append(b"%x\r\n%s\r\n" % (len(piece), piece))
    return b"".join(out)


def head(status: str, headers: List[Tuple[str, str]]) -> bytes:
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


STREAM_HEAD = head(
    "200 OK", [("content-type", "application/x-ndjson"), ("transfer-encoding", "chunked"), ("x-bench", "1")]
)
LAST_CHUNK = b"0\r\n\r\n"


def json_answer(body: bytes) -> bytes:
    return head("200 OK", [("content-type", "application/json"), ("content-length", str(len(body)))]) + body


class Server:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.sign_ins = 0
        self.requests = 0
        self.lock = threading.Lock()
        self.sign_in_answer = json_answer(SIGN_IN_BODY)
        self.services_answer = json_answer(SERVICES_BODY)
        # Every stream is built before the server says it listens: building one on its first
        # request would add to the time of whichever contender asked first.
        self.bodies = {
            shape: STREAM_HEAD + chunked(CREATED + self._pieces(shape) + COMPLETE) + LAST_CHUNK for shape in SHAPES
        }
        self.event_size = len(self._pieces("documented", 1000)) / 1000
        self._per_event_body: Optional[bytes] = None
        warmup = b"".join(new_message(i) for i in range(WARMUP_EVENTS))
        self.warmup_body = STREAM_HEAD + chunked(CREATED + warmup + COMPLETE) + LAST_CHUNK
        block = b"".join(new_message(i) for i in range(CHUNK // 170))
        self.memory_block = chunked(block, size=len(block))
        self.memory_blocks = max(1, int(args.memory_mb * 1_000_000 / len(block)))

    def events(self, shape: str) -> int:
        """How many new-message pieces the throughput stream of ``shape`` has."""
        total: int = self.args.events
        return total // VOICE_DIVISOR if shape == "voice" else total

    def _pieces(self, shape: str, count: Optional[int] = None) -> bytes:
        return b"".join(new_message(i, shape=shape) for i in range(self.events(shape) if count is None else count))

    def per_event_body(self) -> bytes:
        """Built on first use: only the full suite asks for it."""
        with self.lock:
            if self._per_event_body is None:
                events = b"".join(chunked(new_message(i)) for i in range(self.args.events))
                self._per_event_body = STREAM_HEAD + chunked(CREATED) + events + chunked(COMPLETE) + LAST_CHUNK
            return self._per_event_body

    # -- requests ---------------------------------------------------------------------

    def serve_connection(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        reader = cast(IO[bytes], conn.makefile("rb", buffering=65536))
        try:
            while True:
                request_line = reader.readline(65536)
                if not request_line:
                    return
                if request_line in (b"\r\n", b"\n"):
                    continue
                method, target, _ = request_line.decode("latin-1").split(" ", 2)
                headers: Dict[str, str] = {}
                while True:
                    line = reader.readline(65536)
                    if line in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = b""
                if "content-length" in headers:
                    body = reader.read(int(headers["content-length"]))
                elif headers.get("transfer-encoding", "").lower() == "chunked":
                    body = self._read_chunked(reader)
                with self.lock:
                    self.requests += 1
                keep = self.answer(conn, method, target, body)
                if not keep or headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, OSError):
            return
        finally:
            try:
                reader.close()
                conn.close()
            except OSError:
                pass

    @staticmethod
    def _read_chunked(reader: IO[bytes]) -> bytes:
        parts: List[bytes] = []
        while True:
            size = int(reader.readline().split(b";")[0], 16)
            if size == 0:
                reader.readline()
                return b"".join(parts)
            parts.append(reader.read(size))
            reader.readline()

    def answer(self, conn: socket.socket, method: str, target: str, body: bytes) -> bool:
        path = target.split("?", 1)[0]
        prefix = f"/v1/{ORGANIZATION}"
        if method == "POST" and path == prefix + "/user/signin_with_api_key":
            with self.lock:
                self.sign_ins += 1
            conn.sendall(self.sign_in_answer)
            return True
        if method == "GET" and path == prefix + "/service/":
            conn.sendall(self.services_answer)
            return True
        if method == "GET" and path == "/_bench/stats":
            stats = json.dumps(
                {
                    "sign_ins": self.sign_ins,
                    "requests": self.requests,
                    "event_size": self.event_size,
                    "shapes": {shape: self.events(shape) for shape in SHAPES},
                    "piece_bytes": {shape: len(new_message(1_000_000, shape=shape)) for shape in SHAPES},
                }
            ).encode()
            conn.sendall(json_answer(stats))
            return True
        if method == "POST" and path == prefix + "/conversation/":
            service = json.loads(body or b"{}").get("service_id")
            for shape, shape_service in SHAPE_SERVICES.items():
                if service == shape_service:
                    conn.sendall(self.bodies[shape])
                    return True
            if service == WARMUP_SERVICE:
                conn.sendall(self.warmup_body)
                return True
            if service == PER_EVENT_SERVICE:
                conn.sendall(self.per_event_body())
                return True
            if service == MEMORY_SERVICE:
                conn.sendall(STREAM_HEAD + chunked(CREATED))
                for _ in range(self.memory_blocks):
                    conn.sendall(self.memory_block)
                conn.sendall(chunked(COMPLETE) + LAST_CHUNK)
                return True
            if service == LATENCY_SERVICE:
                conn.sendall(STREAM_HEAD)
                time.sleep(self.args.latency_lead)
                stamp = f"{time.clock_gettime(time.CLOCK_MONOTONIC):.9f}"
                conn.sendall(chunked(new_message(0, stamp)))
                time.sleep(self.args.hold)
                conn.sendall(chunked(COMPLETE) + LAST_CHUNK)
                return True
        body = json.dumps({"detail": f"the benchmark server does not serve {method} {path}"}).encode()
        conn.sendall(
            head("404 Not Found", [("content-type", "application/json"), ("content-length", str(len(body)))]) + body
        )
        return True

    # -- lifetime ---------------------------------------------------------------------

    def run(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.args.port))
        listener.listen(128)
        listener.settimeout(0.5)
        port = listener.getsockname()[1]
        print(f"listening on http://127.0.0.1:{port}", flush=True)
        deadline = time.monotonic() + self.args.lifetime
        stop = threading.Event()
        threading.Thread(target=_watch_stdin, args=(stop,), daemon=True).start()
        while not stop.is_set() and time.monotonic() < deadline:
            try:
                conn, _ = listener.accept()
            except socket.timeout:
                continue
            threading.Thread(target=self.serve_connection, args=(conn,), daemon=True).start()
        listener.close()


def _watch_stdin(stop: threading.Event) -> None:
    """Stop when the parent closes our standard input (or exits)."""
    try:
        sys.stdin.buffer.read()
    except (OSError, ValueError):
        pass
    stop.set()


def main(argv: Optional[List[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--events", type=int, default=200_000, help="events of the throughput stream")
    parser.add_argument("--memory-mb", type=float, default=100.0, help="MB of the long (memory) stream")
    parser.add_argument("--latency-lead", type=float, default=0.02, help="seconds between headers and the event")
    parser.add_argument("--hold", type=float, default=0.5, help="seconds the latency stream is held open")
    parser.add_argument("--lifetime", type=float, default=1800.0, help="seconds after which the server stops")
    Server(parser.parse_args(argv)).run()


if __name__ == "__main__":
    main()
