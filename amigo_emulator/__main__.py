"""Command line: ``python -m amigo_emulator --port N [--host 127.0.0.1] [--config seed.json]``.

Prints exactly one line on stdout, ``amigo-emulator listening on http://HOST:PORT``, flushed, once
the server accepts connections (``--port 0`` picks a free port; the line tells which). Exits 0 on
SIGINT/SIGTERM, 2 on a bad command line or config, 3 when the emulator's dependencies are missing
(it says to ``pip install 'amigo-client[testing]'``). ``--print-default-config`` writes the default
seed as JSON and exits. ``kill -USR1 <pid>`` dumps the stacks of all threads to stderr.

The contract served is ``--spec``, else ``$AMIGO_EMULATOR_SPEC``, else the ``openapi.yaml`` installed
with the package (the wheel carries it), else the repository's: an installed emulator and a
checkout behave the same.
"""

from __future__ import annotations

import argparse
import dataclasses
import faulthandler
import importlib.util
import json
import logging
import signal
import sys
from pathlib import Path
from typing import List, Optional

__all__ = ["REQUIREMENTS", "main", "missing_requirements"]

#: The emulator's own dependencies (module, distribution): the ``testing`` extra of amigo-client.
REQUIREMENTS = (
    ("starlette", "starlette"),
    ("uvicorn", "uvicorn"),
    ("python_multipart", "python-multipart"),
    ("yaml", "PyYAML"),
)


def missing_requirements() -> List[str]:
    """The distributions of :data:`REQUIREMENTS` this interpreter cannot import."""
    return [dist for module, dist in REQUIREMENTS if importlib.util.find_spec(module) is None]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m amigo_emulator", description="Local, stateful Amigo API emulator.")
    parser.add_argument("--port", type=int, default=8765, help="TCP port (0: any free port); default 8765")
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on; default 127.0.0.1")
    parser.add_argument("--config", type=Path, help="seed/config file (.json, .yaml or .yml)")
    parser.add_argument(
        "--spec", type=Path, help="OpenAPI document to serve (default: the openapi.yaml installed with it)"
    )
    parser.add_argument("--check-responses", action="store_true", help="record answers that break the contract")
    parser.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    parser.add_argument("--watch-pid", type=int, help="exit when this process exits")
    parser.add_argument("--print-default-config", action="store_true", help="print the default seed and exit")
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    args = _parser().parse_args(argv)
    missing = missing_requirements()
    if missing:
        print(
            f"amigo-emulator: missing {', '.join(missing)}; the emulator needs the testing extra: "
            "pip install 'amigo-client[testing]'",
            file=sys.stderr,
        )
        return 3
    from .app import build_app
    from .config import ConfigError, default_config_dict, load_config
    from .spec import load_contract

    if args.print_default_config:
        print(json.dumps(default_config_dict(), indent=2))
        return 0
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if hasattr(signal, "SIGUSR1"):  # `kill -USR1 <pid>` dumps every thread's stack to stderr
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    try:
        config = load_config(args.config)
    except (OSError, ValueError, ConfigError) as exc:
        print(f"amigo-emulator: bad config: {exc}", file=sys.stderr)
        return 2
    if args.check_responses and not config.check_responses:
        config = dataclasses.replace(config, check_responses=True)
    app = build_app(config, load_contract(args.spec))

    from .server import serve_forever  # uvicorn is imported only when serving

    def ready(url: str) -> None:
        print(f"amigo-emulator listening on {url}", flush=True)

    serve_forever(app, args.host, args.port, ready, log_level=args.log_level, watch_pid=args.watch_pid)
    return 0


if __name__ == "__main__":
    sys.exit(main())
