"""`make cassettes`: re-record the unit suite's vcrpy cassettes from the local emulator.

Runs every scenario of tests/sdk/scenarios.py against a fresh emulator and writes one
cassette per scenario to tests/sdk/cassettes/test_recorded/. Before anything is written every
secret is filtered: the Authorization and x-api-key headers are dropped, a sign-in answer's
token becomes ``<redacted>`` and its expiry 2099 (so a replay never signs in again), any other
JWT-looking or ``secret`` value in a body is replaced, and the emulator's address becomes
https://api.amigo.ai, so the cassettes do not change with the port.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Dict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sdk"))
sys.path.insert(0, str(ROOT / "tests"))

import vcr  # noqa: E402

from amigo_client import AmigoClient, RetryPolicy  # noqa: E402
from amigo_emulator.testing import running_emulator  # noqa: E402
from scenarios import SCENARIOS  # noqa: E402

CASSETTES = ROOT / "tests" / "sdk" / "cassettes" / "test_recorded"
CANONICAL = "https://api.amigo.ai"
JWT = re.compile(rb"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
SECRET_FIELD = re.compile(rb'("(?:secret|id_token|api_key)"\s*:\s*)"[^"]*"')


def _scrub_body(body: bytes) -> bytes:
    body = JWT.sub(b"<redacted>", body)
    return SECRET_FIELD.sub(rb'\1"<redacted>"', body)


def main() -> int:
    CASSETTES.mkdir(parents=True, exist_ok=True)
    with running_emulator({"pace_ms": 0}) as emu:

        def request_filter(request: Any) -> Any:
            request.uri = request.uri.replace(emu.base_url, CANONICAL)
            return request

        def response_filter(response: Dict[str, Any]) -> Dict[str, Any]:
            body = response["body"]["string"]
            if isinstance(body, str):
                body = body.encode()
            try:
                data = json.loads(body)
            except ValueError:
                data = None
            if isinstance(data, dict) and "id_token" in data and "expires_at" in data:
                data = {**data, "id_token": "<redacted>", "expires_at": "2099-01-01T00:00:00Z"}
                body = json.dumps(data).encode()
            response["body"]["string"] = _scrub_body(body)
            for name in list(response.get("headers", {})):
                if name.lower() in ("set-cookie", "date", "server"):
                    del response["headers"][name]
            return response

        recorder = vcr.VCR(
            cassette_library_dir=str(CASSETTES),
            record_mode="all",
            filter_headers=["authorization", "x-api-key", "cookie", "host"],
            before_record_request=request_filter,
            before_record_response=response_filter,
            decode_compressed_response=True,
        )
        for name, scenario in SCENARIOS.items():
            emu.reset()
            client = AmigoClient(
                api_key=emu.api_key,
                api_key_id=emu.api_key_id,
                user_id=emu.user_id,
                organization_id=emu.organization,
                base_url=emu.base_url,
                retry_policy=RetryPolicy(max_retries=0),
            )
            path = CASSETTES / f"{name}.yaml"
            if path.exists():
                path.unlink()
            with client, recorder.use_cassette(path.name):
                result = scenario(client, emu.service_ids[0])
            print(f"recorded {path.relative_to(ROOT)}: {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
