"""The NDJSON wire format: event streams written event by event, with the stream fault switches.

This is the one place a stream's events take their shape and go on the wire; the turn itself
(its events, and what commit, rollback and release do) is a backend rule
(:class:`~amigo_emulator.models.conversations.Turn`).

Contract:

* :class:`EventStream` is an ASGI response: status line and headers
  (``content-type: application/x-ndjson``) first, then each event as one ``json + "\\n"`` chunk
  (HTTP/1.1 chunked encoding, flushed as written), ``pace_ms`` apart.
* A stream plays one :class:`~amigo_emulator.models.conversations.Turn`. ``commit`` runs right
  before ``interaction-complete`` is written (the turn is stored from then on); if the stream ends
  any other way (error event, cut, client gone) ``rollback`` runs instead; ``release`` always runs
  at the end (it frees the conversation for the next call).
* Only events of the types the operation's stream schema declares are written (see
  :meth:`~amigo_emulator.spec.Contract.event_types`); the others of the turn are left out. Each
  event written is rendered through the contract's schema for its ``type``
  (:meth:`~amigo_emulator.spec.Contract.event_schema`), so a field the contract adds to an event
  is filled and one it drops is not sent.
* Fault switches consumed here: ``hold``, ``stream_error``, ``error_after_complete`` and
  ``stream_cut`` (see :mod:`amigo_emulator.faults`).
* :func:`drop_connection` closes the client's socket: ``abort=True`` resets it (RST, nothing more
  is sent), ``abort=False`` closes it after flushing what was written (an unterminated chunked
  body). It needs the uvicorn connection stashed in the scope by the app under
  :data:`CONNECTION_KEY`; without it, it raises :class:`DroppedConnection` so the server closes the
  connection itself.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
from typing import Any, Dict, MutableMapping, Optional

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .faults import FaultRule
from .models.conversations import Turn
from .runtime import Runtime
from .spec import Operation

__all__ = ["CONNECTION_KEY", "DroppedConnection", "EventStream", "TurnPlan", "drop_connection", "error_event"]

CONNECTION_KEY = "amigo_emulator.connection"


class DroppedConnection(Exception):
    """Raised to make the server drop a connection when no transport is reachable."""


TurnPlan = Turn  # the name this module used before turns became a backend rule


def error_event(code: int, description: str) -> Dict[str, Any]:
    return {"type": "error", "http_error_code": code, "error_description": description}


async def drop_connection(scope: MutableMapping[str, Any], abort: bool) -> None:
    """Reset (``abort``) or close the client connection of this request."""
    connection = scope.get(CONNECTION_KEY)
    transport = getattr(connection, "transport", None)
    if transport is None:
        raise DroppedConnection("no transport to close")
    if abort:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except OSError:
                pass
        transport.abort()
    else:
        transport.close()
    # Wait for the server to notice, so it does not complain about an unfinished response.
    for _ in range(400):
        if getattr(connection, "disconnected", True):
            break
        await asyncio.sleep(0.005)


class EventStream(Response):
    """One conversation turn streamed as NDJSON (see the module docstring)."""

    media_type = "application/x-ndjson"

    def __init__(self, rt: Runtime, op: Operation, status_code: int, plan: Turn) -> None:
        # Response.__init__ would add "content-length: 0"; a stream sets its headers itself.
        self.status_code = status_code
        self.background = None
        self.raw_headers = [
            (b"content-type", b"application/x-ndjson"),
            (b"cache-control", b"no-cache"),
            (b"x-accel-buffering", b"no"),
        ]
        self._rt = rt
        self._op = op
        self._plan = plan

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        rt, op, plan = self._rt, self._op, self._plan
        declared = rt.contract.event_types(op, self.status_code)
        events = [e for e in plan.events if declared is None or e.get("type") in declared]
        hold = rt.faults.take("hold", op.operation_id)
        failure = rt.faults.take("stream_error", op.operation_id)
        late_failure = rt.faults.take("error_after_complete", op.operation_id)
        cut = rt.faults.take("stream_cut", op.operation_id)
        pace = rt.setting("pace_ms") / 1000.0
        gone = asyncio.Event()

        async def watch_disconnect() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    gone.set()
                    return

        watcher = asyncio.ensure_future(watch_disconnect())
        committed = False
        settled = False
        pieces = 0

        def settle() -> None:
            # Roll back (unless committed) and free the conversation, exactly once; done before a
            # connection is dropped, so a client that reconnects at once finds it free.
            nonlocal settled
            if not settled:
                settled = True
                if not committed:
                    plan.rollback()
                plan.release()

        try:
            await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
            last = len(events) - 1
            for index, event in enumerate(events):
                if cut is not None and index >= int(cut.params["after_events"]):
                    settle()
                    await drop_connection(scope, abort=False)
                    return
                kind = event.get("type")
                if failure is not None and not committed and _fails_here(kind, pieces, failure):
                    await self._write(
                        send, error_event(failure.params["http_error_code"], failure.params["error_description"])
                    )
                    break
                if gone.is_set():
                    return
                if kind == "interaction-complete":
                    plan.commit()
                    committed = True
                await self._write(send, event)
                if kind == "new-message":
                    pieces += 1
                if hold is not None and index + 1 == int(hold.params["after_events"]):
                    await asyncio.sleep(float(hold.params["hold_ms"]) / 1000.0)
                elif pace > 0 and index < last:
                    await asyncio.sleep(pace)
            else:
                if cut is not None:
                    settle()
                    await drop_connection(scope, abort=False)
                    return
                if late_failure is not None:
                    await self._write(
                        send,
                        error_event(late_failure.params["http_error_code"], late_failure.params["error_description"]),
                    )
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()
            settle()

    async def _write(self, send: Send, event: Dict[str, Any]) -> None:
        schema = self._rt.contract.event_schema(self._op, self.status_code, event.get("type"))
        if schema is not None:
            event = self._rt.renderer.render(schema, event)
        if self._rt.config.check_responses:
            for issue in self._rt.contract.event_issues(self._op, self.status_code, event):
                self._rt.record_violation(issue)
        data = json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8") + b"\n"
        await send({"type": "http.response.body", "body": data, "more_body": True})


def _fails_here(kind: Optional[str], pieces: int, rule: FaultRule) -> bool:
    """Whether the ``stream_error`` rule fires before writing an event of ``kind``."""
    if kind == "interaction-complete":
        return True  # fewer pieces than after_pieces: fail before completing
    return kind == "new-message" and pieces >= int(rule.params["after_pieces"])
