"""Run the emulator in a subprocess for a test: :func:`running_emulator`.

Contract::

    with running_emulator({"pace_ms": 0}) as emu:
        emu.base_url      # "http://127.0.0.1:PORT"
        emu.api_url       # base_url + "/v1/" + organization
        emu.organization, emu.api_key, emu.api_key_id, emu.user_id, emu.service_ids
        emu.faults(error_burst={"operation": "get-services", "count": 2})  # POST /_emulator/faults
        emu.clear_faults(); emu.reset(); emu.stats(); emu.sign_in(); emu.auth_headers()

``running_emulator`` serves ``spec`` (an OpenAPI document; default: ``$AMIGO_EMULATOR_SPEC`` or
the repository's ``openapi.yaml``) and writes ``config`` (a dict as a seed file takes it; ``None``:
defaults) to a temporary file, starts ``python -m amigo_emulator --port 0`` on the loopback
interface (``python`` is ``$AMIGO_EMULATOR_PYTHON`` when set, else this interpreter: `make
test-matrix` runs the SDK's suites on Python versions the emulator's dependencies do not support),
waits for
its ``listening on`` line (``RuntimeError`` with the server's stderr if it does not come within
``startup_timeout`` seconds), yields an :class:`Emulator` describing the first organization of the
seed, and on exit terminates the process (killing it if it does not stop within 5 seconds), so no
process is left behind. The child also exits on its own if the parent process dies.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Dict, Iterator, List, Mapping, Optional

from .config import EmulatorConfig

__all__ = ["Emulator", "EmulatorError", "running_emulator"]

_READY = re.compile(r"amigo-emulator listening on (http://\S+)")
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class EmulatorError(RuntimeError):
    """The emulator did not start, or a control call failed."""


@dataclass
class Emulator:
    """A running emulator: where it listens, the seeded credentials, and its control API."""

    base_url: str
    organization: str
    api_key: str
    api_key_id: str
    user_id: str
    service_ids: List[str]
    process: "subprocess.Popen[str]"
    stderr_path: Path
    _stdout_lines: List[str] = field(default_factory=list, repr=False)

    @property
    def api_url(self) -> str:
        """The organization-scoped base URL of the contract's paths."""
        return f"{self.base_url}/v1/{self.organization}"

    def control(self, method: str, path: str, body: Optional[Mapping[str, Any]] = None) -> Any:
        """Call the control API (``path`` under ``/_emulator``) and return its JSON answer."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            f"{self.base_url}/_emulator/{path.lstrip('/')}",
            data=data,
            method=method,
            headers={"content-type": "application/json"},
        )
        try:
            with _OPENER.open(request, timeout=10) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            raise EmulatorError(
                f"{method} /_emulator/{path}: {exc.code} {exc.read().decode('utf-8', 'replace')}"
            ) from None

    def faults(self, **switches: Any) -> Dict[str, Any]:
        """Arm fault switches / change settings (``POST /_emulator/faults``); returns the new state."""
        result: Dict[str, Any] = self.control("POST", "faults", switches)
        return result

    def clear_faults(self) -> Dict[str, Any]:
        result: Dict[str, Any] = self.control("DELETE", "faults")
        return result

    def reset(self) -> None:
        """Back to the seed: state, switches, settings and statistics."""
        self.control("POST", "reset", {})

    def stats(self) -> Dict[str, Any]:
        result: Dict[str, Any] = self.control("GET", "stats")
        return result

    def expire_tokens(self) -> None:
        self.control("POST", "expire_tokens", {})

    def sign_in(self, user_id: Optional[str] = None) -> str:
        """A bearer token for ``user_id`` (default: the seeded user) via the real sign-in endpoint."""
        request = urllib.request.Request(
            f"{self.api_url}/user/signin_with_api_key",
            data=b"",
            method="POST",
            headers={"x-api-key": self.api_key, "x-api-key-id": self.api_key_id, "x-user-id": user_id or self.user_id},
        )
        with _OPENER.open(request, timeout=10) as response:
            token: str = json.loads(response.read())["id_token"]
        return token

    def auth_headers(self, user_id: Optional[str] = None) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.sign_in(user_id)}"}

    def stderr_text(self) -> str:
        """What the emulator has logged so far."""
        try:
            return self.stderr_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""


@contextlib.contextmanager
def running_emulator(
    config: Optional[Mapping[str, Any]] = None,
    *,
    host: str = "127.0.0.1",
    startup_timeout: float = 20.0,
    log_level: str = "warning",
    spec: Optional[Path] = None,
) -> Iterator[Emulator]:
    """Start the emulator in a subprocess, yield it, and stop it (see the module docstring)."""
    seed = EmulatorConfig.from_dict(config)
    org = seed.organizations[0]
    if not org.api_keys or not org.users:
        raise EmulatorError("the first organization of the seed needs an API key and a user")
    package_parent = str(Path(__file__).resolve().parent.parent)
    with tempfile.TemporaryDirectory(prefix="amigo-emulator-") as tmp:
        config_path = Path(tmp) / "seed.json"
        config_path.write_text(json.dumps(dict(config or {})), encoding="utf-8")
        stderr_path = Path(tmp) / "stderr.log"
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
        env["PYTHONUNBUFFERED"] = "1"
        command = [
            os.environ.get("AMIGO_EMULATOR_PYTHON") or sys.executable,
            "-m",
            "amigo_emulator",
            "--host",
            host,
            "--port",
            "0",
            "--config",
            str(config_path),
            "--log-level",
            log_level,
            "--watch-pid",
            str(os.getpid()),
        ] + (["--spec", str(spec)] if spec is not None else [])
        with open(stderr_path, "w", encoding="utf-8") as stderr:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True, env=env)
            try:
                assert process.stdout is not None
                lines: "queue.Queue[Optional[str]]" = queue.Queue()
                collected: List[str] = []
                reader = threading.Thread(target=_pump, args=(process.stdout, lines, collected), daemon=True)
                reader.start()
                url = _wait_ready(process, lines, startup_timeout, stderr_path)
                yield Emulator(
                    base_url=url,
                    organization=org.id,
                    api_key=org.api_keys[0].key,
                    api_key_id=org.api_keys[0].key_id,
                    user_id=org.users[0].id,
                    service_ids=[s.id for s in org.services],
                    process=process,
                    stderr_path=stderr_path,
                    _stdout_lines=collected,
                )
            finally:
                _stop(process)


def _pump(stream: IO[str], lines: "queue.Queue[Optional[str]]", collected: List[str]) -> None:
    for line in stream:
        collected.append(line)
        lines.put(line)
    lines.put(None)


def _wait_ready(
    process: "subprocess.Popen[str]", lines: "queue.Queue[Optional[str]]", timeout: float, log: Path
) -> str:
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        try:
            line = lines.get(timeout=min(remaining, 0.25))
        except queue.Empty:
            if process.poll() is not None:
                break
            continue
        if line is None:
            break
        found = _READY.search(line)
        if found:
            return found.group(1)
    stderr = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    raise EmulatorError(f"the emulator did not start (exit code {process.poll()}):\n{stderr}")


def _stop(process: "subprocess.Popen[str]") -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
    if process.stdout is not None:
        process.stdout.close()
