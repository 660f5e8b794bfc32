"""`make cassettes`: re-record the unit suite's vcrpy cassettes from the local emulator.

Runs every scenario of tests/sdk/scenarios.py against a fresh emulator and writes one
cassette per scenario to tests/sdk/cassettes/test_recorded/. Secrets are filtered by the testing
kit's one recording configuration (amigo_emulator.recording, the same a user records the real API
with): credential headers keep only a placeholder (``Bearer <redacted>``), a sign-in answer's
token becomes ``<redacted>`` and its expiry 2099 (so a replay never signs in again), tokens,
webhook secrets and every credential seen are replaced in bodies and URLs. On top of that the
emulator's address becomes https://api.amigo.ai (no Host header) and the volatile response headers
(date, server) are dropped, so the cassettes do not change with the port or the clock.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Dict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "sdk"))
sys.path.insert(0, str(ROOT / "tests"))

import vcr  # noqa: E402

from amigo_client import AmigoClient, RetryPolicy  # noqa: E402
from amigo_emulator.recording import register_matchers, vcr_config  # noqa: E402
from amigo_emulator.testing import running_emulator  # noqa: E402
from scenarios import SCENARIOS  # noqa: E402

CASSETTES = ROOT / "tests" / "sdk" / "cassettes" / "test_recorded"
CANONICAL = "https://api.amigo.ai"
VOLATILE = ("date", "server")


def main() -> int:
    CASSETTES.mkdir(parents=True, exist_ok=True)
    with running_emulator({"pace_ms": 0}) as emu:

        def canonical(request: Any) -> Any:
            request.uri = request.uri.replace(emu.base_url, CANONICAL)
            for name in [n for n in request.headers if n.lower() == "host"]:
                del request.headers[name]
            return request

        def stable(response: Dict[str, Any]) -> Dict[str, Any]:
            for name in list(response.get("headers", {})):
                if name.lower() in VOLATILE:
                    del response["headers"][name]
            return response

        config = vcr_config([emu.api_key, emu.api_key_id])
        config["before_record_request"] = [config["before_record_request"], canonical]
        config["before_record_response"] = [config["before_record_response"], stable]
        recorder = vcr.VCR(cassette_library_dir=str(CASSETTES), record_mode="all", **config)
        register_matchers(recorder)
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
