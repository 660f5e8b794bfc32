"""`make demo`: run examples/conversation.py against a local emulator.

Starts the emulator (amigo_emulator, a development tool) on a free loopback port with a pace
between events so the greeting visibly streams word by word, points the AMIGO_* variables at
it, runs the example unchanged, and stops the emulator whatever happens. Exits with the
example's status.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from amigo_emulator.testing import running_emulator  # noqa: E402


def main() -> int:
    with running_emulator({"pace_ms": 40}) as emu:
        print(f"emulator: {emu.base_url} (organization {emu.organization})", flush=True)
        env = dict(os.environ)
        env.update(
            {
                "AMIGO_BASE_URL": emu.base_url,
                "AMIGO_ORGANIZATION_ID": emu.organization,
                "AMIGO_API_KEY": emu.api_key,
                "AMIGO_API_KEY_ID": emu.api_key_id,
                "AMIGO_USER_ID": emu.user_id,
            }
        )
        env.pop("AMIGO_SERVICE_ID", None)
        example = ROOT / "examples" / "conversation.py"
        return subprocess.run([sys.executable, str(example)], env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
