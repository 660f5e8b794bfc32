"""`make demo` and `make emulator`: the SDK against a local emulator.

``python scripts/demo.py`` (`make demo`) starts the emulator (amigo_emulator, a development tool)
on a free loopback port with a pace between events so the greeting visibly streams word by word,
points the AMIGO_* variables at it, runs examples/conversation.py unchanged, stops the emulator
whatever happens, and prints how to keep one running for your own scripts. Exits with the
example's status.

``python scripts/demo.py --serve [--port 8765]`` (`make emulator`) runs ``python -m amigo_emulator``
in the foreground on that port (0: a free one) until Ctrl-C and, once it listens, prints the
``export AMIGO_...`` lines of its default seed, so any script (the examples, your own) can use it
from another shell.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from amigo_emulator.config import default_config_dict  # noqa: E402
from amigo_emulator.testing import running_emulator  # noqa: E402

#: The emulator's default port (`python -m amigo_emulator --port 8765`).
DEFAULT_PORT = 8765


def settings_for(base_url: str) -> Dict[str, str]:
    """The AMIGO_* variables of the first organization of the emulator's default seed."""
    org = default_config_dict()["organizations"][0]
    return {
        "AMIGO_BASE_URL": base_url,
        "AMIGO_ORGANIZATION_ID": org["id"],
        "AMIGO_API_KEY": org["api_keys"][0]["key"],
        "AMIGO_API_KEY_ID": org["api_keys"][0]["key_id"],
        "AMIGO_USER_ID": org["users"][0]["id"],
    }


def exports(settings: Dict[str, str]) -> str:
    return "\n".join(f"export {name}={value}" for name, value in settings.items())


def demo() -> int:
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
        status = subprocess.run([sys.executable, str(example)], env=env, check=False).returncode
    print(
        "\nThat emulator has stopped. To keep one running for your own scripts: `make emulator` in another "
        "shell, then:\n" + exports(settings_for(f"http://127.0.0.1:{DEFAULT_PORT}")),
        flush=True,
    )
    return status


def serve(port: int) -> int:
    """Run the emulator in the foreground; once it listens, print its settings."""
    command = [sys.executable, "-m", "amigo_emulator", "--port", str(port)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        line = process.stdout.readline()  # "amigo-emulator listening on http://HOST:PORT" once it accepts
        found = re.search(r"listening on (http://\S+)", line)
        if found is None:
            return process.wait() or 1
        print(line.rstrip(), flush=True)
        print("Its settings (paste them into the shell that runs your script; Ctrl-C here stops it):")
        print(exports(settings_for(found.group(1))), flush=True)
        for rest in process.stdout:
            print(rest, end="", flush=True)
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
        return 0


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--serve", action="store_true", help="run an emulator in the foreground (make emulator)")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"with --serve: the port (default {DEFAULT_PORT})"
    )
    args = parser.parse_args(argv)
    return serve(args.port) if args.serve else demo()


if __name__ == "__main__":
    sys.exit(main())
