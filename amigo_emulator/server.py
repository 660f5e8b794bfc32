"""Running the emulator app under uvicorn on a real socket.

Contract: :func:`serve_forever` binds ``host:port`` itself (``port`` 0 picks a free port), runs
uvicorn (h11, asyncio, no access log) on that socket, calls ``on_ready(url)`` once the server
accepts connections, and returns normally when the server stops (SIGINT/SIGTERM, or the
``watch_pid`` process disappearing). Streams still open at shutdown get one second before they are cut.
"""

from __future__ import annotations

import asyncio
import os
import socket
from types import FrameType
from typing import Callable, Optional

import uvicorn

from .app import EmulatorApp

__all__ = ["bind", "serve_forever"]


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port`` (``port`` 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP explicitly: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # is IPPROTO_TCP, and without it every keep-alive answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def serve_forever(
    app: EmulatorApp,
    host: str,
    port: int,
    on_ready: Callable[[str], None],
    log_level: str = "warning",
    watch_pid: Optional[int] = None,
) -> None:
    """Serve ``app`` until stopped (see the module docstring)."""
    sock = bind(host, port)
    actual_port = sock.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    config = uvicorn.Config(
        app,
        host=host,
        port=actual_port,
        log_level=log_level,
        access_log=False,
        lifespan="on",
        http="h11",
        loop="asyncio",
        timeout_graceful_shutdown=1,
    )
    server = _Server(config)

    async def main() -> None:
        task = asyncio.ensure_future(server.serve(sockets=[sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        if server.started:
            on_ready(f"http://{shown_host}:{actual_port}")
        if watch_pid is not None:
            asyncio.ensure_future(_watch(watch_pid, server))
        await task

    try:
        asyncio.run(main())
    finally:
        sock.close()


class _Server(uvicorn.Server):
    """uvicorn's server, except that SIGINT/SIGTERM end it normally (exit status 0): uvicorn
    re-raises the signal after its graceful shutdown, but a signal is how this server is stopped."""

    def handle_exit(self, sig: int, frame: Optional[FrameType]) -> None:
        super().handle_exit(sig, frame)
        captured = getattr(self, "_captured_signals", None)
        if isinstance(captured, list):
            captured.clear()


async def _watch(pid: int, server: uvicorn.Server) -> None:
    """Stop ``server`` when process ``pid`` is gone (the test run that started us died)."""
    while not server.should_exit:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            server.should_exit = True
            return
        except PermissionError:
            pass
        await asyncio.sleep(0.5)
