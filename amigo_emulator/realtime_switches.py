"""Settings, fault switches and statistics of the real-time endpoint, and their control routes.

The real-time WebSocket is not a contract operation, so its switches live beside the REST ones
(:mod:`amigo_emulator.faults`) rather than in them, in the same format. ``GET /_emulator/realtime``
shows them (and the statistics); ``POST /_emulator/realtime`` changes them: each key present
replaces that switch or setting, ``null`` clears a fault (or restores a setting's default;
for ``event_turn_after_ms`` it means never), absent keys stay, ``{"clear": true}`` disarms every fault first; an update with any invalid value
is refused as a whole (422, nothing applied). ``DELETE /_emulator/realtime`` disarms every fault.
``POST /_emulator/reset`` restores all of it (the switches notice the store's new generation).
Fired faults are counted in ``GET /_emulator/stats``' ``faults_fired`` as ``realtime_<kind>``.

Faults (each takes one rule or a list; ``count``: how many sessions or turns it applies to,
default 1, ``null`` until cleared):

``refuse_handshake``  ``{"count", "status": 503, "detail"}``: answer the upgrade with that status
                      and ``{"detail": ...}`` instead of switching protocols.
``close``             ``{"count", "after_messages": 1, "code": 1011, "reason"}``: in the next turn,
                      after that many of the turn's server messages, close with ``code``.
``stall``             ``{"count", "after_messages": 1, "stall_ms": 60000}``: in the next turn, after
                      that many messages, send nothing for ``stall_ms`` (client messages are still
                      read: a barge-in ends the stall).
``drop``              ``{"count", "after_messages": 1}``: in the next turn, after that many
                      messages, reset the TCP connection (no close frame: the client sees 1006).

Settings, where the documentation is silent (each is the emulator's choice; see README):

``idle_timeout_ms`` (120000)       no client message for this long closes with 4408.
``extend_timeout_ms`` (120000)     how far one ``client.extend-timeout`` pushes that deadline.
``audio_chunk_ms`` (40)            agent audio is sent in pieces of this many milliseconds.
``vad_threshold`` (500)            RMS of 16-bit samples at or above which a chunk is speech.
``vad_silence_ms`` (300)           this much audio below it ends the speech.
``vad_min_speech_ms`` (60)         shorter speech is a false start: ``server.vad-speech-reset-zero``.
``event_turn_after_ms`` (1000)     external events alone start a turn after this long without
                                   user input (``null``: never).
``user_message_available`` (false) send ``server.user-message-available`` (REST's event) first.
``future_fields`` (false)          add a field no client knows to every message, and a message
                                   of an unknown type after ``server.conversation-created``.
``accept_authorization_header`` (false)  also take the token from ``Authorization: Bearer``.
``close_codes``                    the close code of each failure kind (see ``CLOSE_CODES``).
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from .runtime import Runtime

__all__ = ["CLOSE_CODES", "DEFAULTS", "FAULT_KINDS", "RealtimeRule", "RealtimeSwitches", "control_routes"]

#: Close codes by failure kind: 4000 + the status REST answers for the same condition (the real
#: service's codes are not documented); 1000 for the normal ends.
CLOSE_CODES: Dict[str, int] = {
    "normal": 1000,  # client.close-connection, or a conversation that ended itself
    "invalid_message": 4400,  # not JSON, unknown type, missing field, empty message
    "conflict": 4409,  # the conversation is finished, or busy with another operation
    "not_found": 4404,  # unknown service, version set or conversation
    "idle_timeout": 4408,  # no client message within idle_timeout_ms
    "internal_error": 1011,
}

DEFAULTS: Dict[str, Any] = {
    "idle_timeout_ms": 120_000.0,
    "extend_timeout_ms": 120_000.0,
    "audio_chunk_ms": 40.0,
    "vad_threshold": 500.0,
    "vad_silence_ms": 300.0,
    "vad_min_speech_ms": 60.0,
    "event_turn_after_ms": 1000.0,
    "user_message_available": False,
    "future_fields": False,
    "accept_authorization_header": False,
    "close_codes": dict(CLOSE_CODES),
}
_NUMBERS = {
    "idle_timeout_ms": (1.0, 86_400_000.0),
    "extend_timeout_ms": (0.0, 86_400_000.0),
    "audio_chunk_ms": (5.0, 1000.0),
    "vad_threshold": (0.0, 32768.0),
    "vad_silence_ms": (0.0, 60_000.0),
    "vad_min_speech_ms": (0.0, 60_000.0),
    "event_turn_after_ms": (0.0, 3_600_000.0),
}
_FLAGS = ("user_message_available", "future_fields", "accept_authorization_header")

FAULT_KINDS = ("refuse_handshake", "close", "stall", "drop")
_FIELDS: Dict[str, Dict[str, Any]] = {
    "refuse_handshake": {"status": 503, "detail": "The service is temporarily unavailable (emulated fault)."},
    "close": {"after_messages": 1, "code": 1011, "reason": "emulated fault"},
    "stall": {"after_messages": 1, "stall_ms": 60_000.0},
    "drop": {"after_messages": 1},
}


class SwitchError(ValueError):
    """An invalid update (answered 422, nothing applied)."""


@dataclass
class RealtimeRule:
    kind: str
    count: Optional[int]
    params: Dict[str, Any]

    def as_dict(self) -> Dict[str, Any]:
        return {"count": self.count, **self.params}


def _close_code(where: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not (value == 1000 or 1001 <= value <= 4999):
        raise SwitchError(f"{where} must be a WebSocket close code (1000-4999)")
    if value in (1004, 1005, 1006, 1015):
        raise SwitchError(f"{where}: {value} is reserved and never sent on the wire")
    return value


def _number(where: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SwitchError(f"{where} must be a finite number")
    if not low <= value <= high:
        raise SwitchError(f"{where} must be from {low:g} to {high:g}")
    return float(value)


def _rule(kind: str, raw: Any) -> RealtimeRule:
    if not isinstance(raw, Mapping):
        raise SwitchError(f"{kind} must be an object or a list of objects")
    data = dict(raw)
    count = data.pop("count", 1)
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        raise SwitchError(f"{kind}.count must be a positive integer or null (until cleared)")
    params: Dict[str, Any] = {}
    for name, default in _FIELDS[kind].items():
        value = data.pop(name, default)
        where = f"{kind}.{name}"
        if name == "status":
            if isinstance(value, bool) or not isinstance(value, int) or not 400 <= value <= 599:
                raise SwitchError(f"{where} must be an HTTP error status (400-599)")
        elif name == "code":
            value = _close_code(where, value)
        elif name in ("detail", "reason"):
            if not isinstance(value, str):
                raise SwitchError(f"{where} must be a string")
        elif name == "after_messages":
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise SwitchError(f"{where} must be a non-negative integer")
        else:
            value = _number(where, value, 0.0, 3_600_000.0)
        params[name] = value
    if data:
        raise SwitchError(f"{kind}: unknown fields {sorted(data)}")
    return RealtimeRule(kind, count, params)


class RealtimeSwitches:
    """The real-time endpoint's settings, faults and statistics for one runtime."""

    def __init__(self, rt: Runtime) -> None:
        self._rt = rt
        self._lock = threading.Lock()
        self._generation = rt.store.generation
        self._reset()

    def _reset(self) -> None:
        self.settings: Dict[str, Any] = {k: (dict(v) if isinstance(v, dict) else v) for k, v in DEFAULTS.items()}
        self.rules: Dict[str, List[RealtimeRule]] = {kind: [] for kind in FAULT_KINDS}
        self.stats: Dict[str, Any] = {
            "sessions_opened": 0,
            "sessions_active": 0,
            "handshakes": {},
            "turns": 0,
            "interrupted_turns": 0,
            "timeout_extensions": 0,
            "closes": {},
        }

    def _fresh(self) -> None:
        """Back to the defaults after ``POST /_emulator/reset`` (the store's generation moved)."""
        generation = self._rt.store.generation
        if generation != self._generation:
            self._generation = generation
            self._reset()

    def setting(self, name: str) -> Any:
        with self._lock:
            self._fresh()
            return self.settings[name]

    def close_code(self, kind: str) -> int:
        with self._lock:
            self._fresh()
            return int(self.settings["close_codes"].get(kind, CLOSE_CODES[kind]))

    def take(self, kind: str) -> Optional[RealtimeRule]:
        """The first armed ``kind`` rule, consuming one of its uses."""
        with self._lock:
            self._fresh()
            rules = self.rules[kind]
            if not rules:
                return None
            rule = rules[0]
            if rule.count is not None:
                rule.count -= 1
                if rule.count <= 0:
                    rules.pop(0)
        fired = self._rt.faults.fired
        fired["realtime_" + kind] = fired.get("realtime_" + kind, 0) + 1
        return rule

    def count(self, name: str, key: Optional[str] = None, delta: int = 1) -> None:
        with self._lock:
            self._fresh()
            if key is None:
                self.stats[name] += delta
            else:
                per: Dict[str, int] = self.stats[name]
                per[key] = per.get(key, 0) + delta

    def apply(self, update: Any) -> None:
        """Apply a control update (see the module docstring); all or nothing."""
        if not isinstance(update, Mapping):
            raise SwitchError("the body must be a JSON object")
        with self._lock:
            self._fresh()
            rules = {kind: list(items) for kind, items in self.rules.items()}
            settings = {k: (dict(v) if isinstance(v, dict) else v) for k, v in self.settings.items()}
            if update.get("clear"):
                rules = {kind: [] for kind in FAULT_KINDS}
            for key, value in update.items():
                if key == "clear":
                    continue
                if key in FAULT_KINDS:
                    items = [] if value is None else (value if isinstance(value, list) else [value])
                    rules[key] = [_rule(key, item) for item in items]
                elif key in _NUMBERS:
                    if value is None:
                        settings[key] = DEFAULTS[key] if key != "event_turn_after_ms" else None
                    else:
                        settings[key] = _number(key, value, *_NUMBERS[key])
                elif key in _FLAGS:
                    if value is None:
                        value = DEFAULTS[key]
                    if not isinstance(value, bool):
                        raise SwitchError(f"{key} must be true or false")
                    settings[key] = value
                elif key == "close_codes":
                    if value is None:
                        settings[key] = dict(CLOSE_CODES)
                        continue
                    if not isinstance(value, Mapping):
                        raise SwitchError("close_codes must be an object of failure kind -> close code")
                    codes = dict(settings[key])
                    for kind, code in value.items():
                        if kind not in CLOSE_CODES:
                            raise SwitchError(f"close_codes: unknown kind {kind!r} (known: {', '.join(CLOSE_CODES)})")
                        codes[kind] = _close_code(f"close_codes.{kind}", code)
                    settings[key] = codes
                else:
                    known = ", ".join(sorted(FAULT_KINDS + tuple(_NUMBERS) + _FLAGS + ("close_codes", "clear")))
                    raise SwitchError(f"unknown switch {key!r} (known: {known})")
            self.rules, self.settings = rules, settings

    def snapshot(self) -> Dict[str, Any]:
        with self._lock:
            self._fresh()
            return {
                "faults": {kind: [r.as_dict() for r in items] for kind, items in self.rules.items()},
                "settings": json.loads(json.dumps(self.settings)),
                "stats": json.loads(json.dumps(self.stats)),
            }


def control_routes(switches: RealtimeSwitches) -> List[BaseRoute]:
    """``GET`` / ``POST`` / ``DELETE /_emulator/realtime`` (see the module docstring)."""

    async def show(request: Request) -> Response:
        return JSONResponse(switches.snapshot())

    async def change(request: Request) -> Response:
        try:
            switches.apply(json.loads(await request.body() or b"{}"))
        except (ValueError, RecursionError) as exc:
            return JSONResponse({"detail": str(exc) or "invalid JSON"}, status_code=422)
        return JSONResponse(switches.snapshot())

    async def clear(request: Request) -> Response:
        switches.apply({"clear": True})
        return JSONResponse(switches.snapshot())

    return [
        Route("/_emulator/realtime", show, methods=["GET"]),
        Route("/_emulator/realtime", change, methods=["POST"]),
        Route("/_emulator/realtime", clear, methods=["DELETE"]),
    ]
