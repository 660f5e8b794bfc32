"""Run the emulator for a test and drive it from Python: :func:`running_emulator`, :class:`Emulator`.

Contract::

    with running_emulator({"pace_ms": 0}) as emu:
        emu.base_url      # "http://127.0.0.1:PORT"
        emu.api_url       # base_url + "/v1/" + organization
        emu.organization, emu.api_key, emu.api_key_id, emu.user_id, emu.service_ids
        emu.env()         # the AMIGO_* variables that point an AmigoClient() at it
        emu.client()      # an AmigoClient for it (close it, or use it in a with block)
        emu.seed.user(first_name="Ada")                      # seeding (amigo_emulator.seeding)
        with emu.faults.server_errors("get-services", count=2):  # faults for a block
            ...                                             # (amigo_emulator.switches)
        emu.requests(operation="interact-with-conversation")  # what it received, redacted
        emu.wait_for_webhooks(1)                             # what it delivered
        emu.faults(error_burst={"operation": "get-services", "count": 2})  # raw switches
        emu.clear_faults(); emu.reset(); emu.stats(); emu.sign_in(); emu.auth_headers()

``running_emulator`` serves ``spec`` (an OpenAPI document; default: ``$AMIGO_EMULATOR_SPEC``, else
the ``openapi.yaml`` installed with the package, else the repository's) and writes ``config`` (a
dict as a seed file takes it; ``None``: defaults) to a temporary file, starts ``python -m
amigo_emulator --port 0`` on the loopback interface (``python`` is ``$AMIGO_EMULATOR_PYTHON`` when
set, else this interpreter: `make test-matrix` runs the SDK's suites on Python versions the
emulator's dependencies do not support), waits for its ``listening on`` line (:class:`EmulatorError`
with the server's stderr if it does not come within ``startup_timeout`` seconds, or if the process
exits, for example because the ``testing`` extra is not installed), reads the seed back from
``GET /_emulator/config``, yields an :class:`Emulator` describing the first organization of the
seed, and on exit terminates the process (killing it if it does not stop within 5 seconds), so no
process is left behind. The child also exits on its own if the parent process dies.

This module imports only the standard library (and ``amigo_client`` in :meth:`Emulator.client`):
the emulator's own dependencies (starlette, uvicorn, PyYAML) are needed in the child process only.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import site
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Dict, Iterator, List, Mapping, Optional, Sequence

if TYPE_CHECKING:
    from amigo_client import AmigoClient

    from .seeding import Seeder
    from .switches import FaultSwitches

__all__ = [
    "ENV_VARIABLES",
    "Emulator",
    "EmulatorError",
    "RecordedRequest",
    "WebhookDelivery",
    "running_emulator",
]

_READY = re.compile(r"amigo-emulator listening on (http://\S+)")
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
#: The settings an ``AmigoClient()`` reads from the environment.
ENV_VARIABLES = ("AMIGO_API_KEY", "AMIGO_API_KEY_ID", "AMIGO_USER_ID", "AMIGO_ORGANIZATION_ID", "AMIGO_BASE_URL")


class EmulatorError(RuntimeError):
    """The emulator did not start, or a control call failed."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request the emulator received, secrets redacted (``GET /_emulator/requests``).

    ``body`` is the decoded JSON, the parts of a multipart body (``form`` maps their names to
    their text), a form's fields, text, ``{"size", "sha256"}`` for other bytes, or ``None`` (no
    body, or answered before it was read: ``body_complete`` false). ``operation`` is the contract's
    ``operationId`` (``None`` for a path the contract does not have); ``status`` the answer's
    (101 for an accepted WebSocket; ``None`` for a dropped connection).
    """

    seq: int
    kind: str
    method: str
    path: str
    organization: Optional[str]
    operation: Optional[str]
    query: Dict[str, Any]
    headers: Dict[str, Any]
    content_type: Optional[str]
    body: Any
    body_size: int
    body_complete: bool
    status: Optional[int]
    time: float

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "RecordedRequest":
        fields: Dict[str, Any] = {name: data.get(name) for name in cls.__dataclass_fields__}
        return cls(**fields)

    @property
    def form(self) -> Dict[str, Any]:
        """A multipart body's parts by name: the text of a text part, else the part's description."""
        if not isinstance(self.body, list):
            return {}
        return {p["name"]: p.get("text", p) for p in self.body if isinstance(p, dict) and "name" in p}


@dataclass(frozen=True)
class WebhookDelivery:
    """One webhook event sent to one destination (``GET /_emulator/webhooks``).

    ``status`` is ``success`` once an attempt got a 2xx answer, else ``failed`` (also while
    redeliveries are pending); ``attempts`` lists ``{"delivery_time", "status_code"}`` (0: no
    answer). ``url`` is ``None`` once the destination was deleted.
    """

    organization: str
    destination_id: str
    url: Optional[str]
    event_id: Optional[str]
    type: Optional[str]
    payload: Dict[str, Any]
    status: Optional[str]
    attempts: List[Dict[str, Any]]
    created_at: Optional[str]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "WebhookDelivery":
        fields: Dict[str, Any] = {name: data.get(name) for name in cls.__dataclass_fields__}
        return cls(**fields)


@dataclass
class Emulator:
    """A running emulator: where it listens, the seeded credentials, and its control API."""

    base_url: str
    organization: str
    api_key: str = field(repr=False)
    api_key_id: str = field(repr=False)
    user_id: str
    service_ids: List[str]
    process: "subprocess.Popen[str]" = field(repr=False)
    stderr_path: Path = field(repr=False)
    _stdout_lines: List[str] = field(default_factory=list, repr=False)

    @property
    def api_url(self) -> str:
        """The organization-scoped base URL of the contract's paths."""
        return f"{self.base_url}/v1/{self.organization}"

    # -- the control API ---------------------------------------------------------------------

    def control(self, method: str, path: str, body: Optional[Any] = None) -> Any:
        """Call the control API (``path`` under ``/_emulator``) and return its JSON answer."""
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            f"{self.base_url}/_emulator/{path.lstrip('/')}",
            data=data,
            method=method,
            headers={"content-type": "application/json"},
        )
        try:
            with _OPENER.open(request, timeout=30) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            raise EmulatorError(
                f"{method} /_emulator/{path}: {exc.code} {exc.read().decode('utf-8', 'replace')}"
            ) from None
        except (OSError, ValueError) as exc:
            raise EmulatorError(f"{method} /_emulator/{path}: {exc}; emulator log:\n{self.stderr_text()}") from None

    @property
    def faults(self) -> "FaultSwitches":
        """The fault switches: ``emu.faults(**switches)`` arms them (``POST /_emulator/faults``,
        returns the new state); ``with emu.faults.server_errors(...):`` arms one for a block (see
        :class:`amigo_emulator.switches.FaultSwitches`)."""
        from .switches import FaultSwitches

        return FaultSwitches(self)

    @property
    def seed(self) -> "Seeder":
        """Seeding helpers: ``emu.seed.user(...)``, ``.service(...)``, ``.conversation(...)``...
        (see :class:`amigo_emulator.seeding.Seeder`)."""
        from .seeding import Seeder

        return Seeder(self)

    def clear_faults(self) -> Dict[str, Any]:
        """Disarm every fault and rate limit (settings stay)."""
        result: Dict[str, Any] = self.control("DELETE", "faults")
        return result

    def reset(self) -> None:
        """Back to the seed: state, switches, settings, statistics and the request log."""
        self.control("POST", "reset", {})

    def stats(self) -> Dict[str, Any]:
        result: Dict[str, Any] = self.control("GET", "stats")
        return result

    def expire_tokens(self) -> None:
        """Every token issued so far stops working (the next call with one gets a 401)."""
        self.control("POST", "expire_tokens", {})

    # -- credentials and clients -------------------------------------------------------------

    def sign_in(self, user_id: Optional[str] = None) -> str:
        """A bearer token for ``user_id`` (default: the seeded user) via the real sign-in endpoint
        (it counts as a sign-in in :meth:`stats` and shows in :meth:`requests`)."""
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

    def env(self, user_id: Optional[str] = None) -> Dict[str, str]:
        """The ``AMIGO_*`` variables with which ``AmigoClient()`` talks to this emulator."""
        return {
            "AMIGO_API_KEY": self.api_key,
            "AMIGO_API_KEY_ID": self.api_key_id,
            "AMIGO_USER_ID": user_id or self.user_id,
            "AMIGO_ORGANIZATION_ID": self.organization,
            "AMIGO_BASE_URL": self.base_url,
        }

    def client(self, user_id: Optional[str] = None, **options: Any) -> "AmigoClient":
        """An ``AmigoClient`` signed in (on first use) as ``user_id`` (default: the seeded user);
        ``options`` go to the constructor (``max_retries=0``, ``timeout=5``...). Close it."""
        from amigo_client import AmigoClient

        settings: Dict[str, Any] = {
            "api_key": self.api_key,
            "api_key_id": self.api_key_id,
            "user_id": user_id or self.user_id,
            "organization_id": self.organization,
            "base_url": self.base_url,
        }
        settings.update(options)
        return AmigoClient(**settings)

    # -- what it received and sent -------------------------------------------------------------

    def requests(
        self,
        operation: Optional[str] = None,
        *,
        method: Optional[str] = None,
        path: Optional[str] = None,
        organization: Optional[str] = None,
    ) -> List[RecordedRequest]:
        """The requests received since the last reset, oldest first, secrets redacted; only those
        of ``operation`` (an operationId), ``method``, ``path`` (the path without the query, or a
        prefix of it ending in ``*``) and ``organization`` when given. Seeding calls are not in it."""
        found = [RecordedRequest.from_json(r) for r in self.control("GET", "requests")["requests"]]
        if operation is not None:
            found = [r for r in found if r.operation == operation]
        if method is not None:
            found = [r for r in found if r.method == method.upper()]
        if path is not None:
            prefix = path[:-1] if path.endswith("*") else None
            found = [r for r in found if (r.path.startswith(prefix) if prefix is not None else r.path == path)]
        if organization is not None:
            found = [r for r in found if r.organization == organization]
        return found

    def clear_requests(self) -> None:
        """Forget the requests received so far (state stays)."""
        self.control("DELETE", "requests")

    def webhook_deliveries(
        self, *, status: Optional[str] = None, destination_id: Optional[str] = None
    ) -> List[WebhookDelivery]:
        """Every webhook delivery so far (one per event and destination), oldest first."""
        found = [WebhookDelivery.from_json(d) for d in self.control("GET", "webhooks")["deliveries"]]
        return [
            d
            for d in found
            if (status is None or d.status == status) and (destination_id is None or d.destination_id == destination_id)
        ]

    def wait_for_webhooks(
        self,
        count: int = 1,
        *,
        status: Optional[str] = "success",
        destination_id: Optional[str] = None,
        timeout: float = 10.0,
    ) -> List[WebhookDelivery]:
        """Wait until at least ``count`` deliveries have been attempted and have ``status``
        (``None``: any) and return them; :class:`EmulatorError` naming what was delivered if they do
        not come in time. (A delivery is ``failed`` from its creation until an attempt succeeds: a
        wait for ``"failed"`` waits for a failed attempt.)"""
        deadline = time.monotonic() + timeout
        while True:
            found = [d for d in self.webhook_deliveries(status=status, destination_id=destination_id) if d.attempts]
            if len(found) >= count:
                return found
            if time.monotonic() >= deadline:
                every = self.webhook_deliveries(destination_id=destination_id)
                raise EmulatorError(
                    f"{len(found)} webhook deliveries with status {status!r} within {timeout:g} s, "
                    f"expected {count}; all deliveries: {[(d.status, d.attempts) for d in every]}"
                )
            time.sleep(0.02)

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
    with tempfile.TemporaryDirectory(prefix="amigo-emulator-") as tmp:
        config_path = Path(tmp) / "seed.json"
        config_path.write_text(json.dumps(dict(config or {})), encoding="utf-8")
        stderr_path = Path(tmp) / "stderr.log"
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
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=stderr, text=True, env=_child_env())
            try:
                assert process.stdout is not None
                lines: "queue.Queue[Optional[str]]" = queue.Queue()
                collected: List[str] = []
                reader = threading.Thread(target=_pump, args=(process.stdout, lines, collected), daemon=True)
                reader.start()
                url = _wait_ready(process, lines, startup_timeout, stderr_path)
                yield _describe(url, process, stderr_path, collected)
            finally:
                _stop(process)


def _child_env() -> Dict[str, str]:
    """This process's environment, with the directory this package was imported from first on
    ``PYTHONPATH`` when it is not a site-packages directory (a checkout, or a copy of the package)."""
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    package_parent = str(Path(__file__).resolve().parent.parent)
    installed = set(getattr(site, "getsitepackages", list)()) | {site.getusersitepackages()}
    if package_parent not in {str(Path(p).resolve()) for p in installed}:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
    return env


def _describe(url: str, process: "subprocess.Popen[str]", stderr_path: Path, collected: List[str]) -> Emulator:
    probe = Emulator(url, "", "", "", "", [], process, stderr_path, collected)
    org: Mapping[str, Any] = probe.control("GET", "config")["organizations"][0]
    keys: Sequence[Mapping[str, str]] = org.get("api_keys") or []
    users: Sequence[Mapping[str, Any]] = org.get("users") or []
    if not keys or not users:
        raise EmulatorError("the first organization of the seed needs an API key and a user")
    return Emulator(
        base_url=url,
        organization=org["id"],
        api_key=keys[0]["key"],
        api_key_id=keys[0]["key_id"],
        user_id=users[0]["id"],
        service_ids=list(org.get("service_ids") or []),
        process=process,
        stderr_path=stderr_path,
        _stdout_lines=collected,
    )


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
    process.poll()
    stderr = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    code = process.returncode
    state = f"exit code {code}" if code is not None else f"no 'listening on' line within {timeout:g} s"
    raise EmulatorError(f"the emulator did not start ({state}):\n{stderr}")


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
