"""Fault switches and rate limits, set from the seed config or ``POST /_emulator/faults``.

The JSON a caller posts is a mapping; each key present replaces that switch, ``null`` clears it,
absent keys are left as they are (``{"clear": true}`` clears every fault first). A fault kind takes
one rule object or a list of them. Every rule names an ``operation`` (a contract ``operationId``
such as ``create-conversation``, or ``"*"`` for any) and a ``count``: how many matching requests
it applies to (default 1; ``null`` means until cleared). Kinds and their fields:

``error_burst``           ``{"operation", "count", "status": 503, "retry_after": null, "detail"}``
                          answer ``status`` with ``{"detail": ...}`` (and ``Retry-After`` if set)
                          instead of running the operation.
``connection_reset``      ``{"operation", "count"}``: close the socket with no response at all.
``slow_first_byte``       ``{"operation", "count", "delay_ms"}``: wait before answering.
``hold``                  ``{"operation", "count", "hold_ms", "after_events": 1}``: on an NDJSON
                          stream, write ``after_events`` events, then pause ``hold_ms``.
``stream_error``          ``{"operation", "count", "after_pieces": 1, "http_error_code": 500,
                          "error_description"}``: after that many ``new-message`` pieces, send an
                          ``error`` event and end the stream; the turn is rolled back.
``error_after_complete``  ``{"operation", "count", "http_error_code": 500, "error_description"}``:
                          an ``error`` event after ``interaction-complete`` (post-processing
                          failure); the turn is kept.
``stream_cut``            ``{"operation", "count", "after_events": 1}``: close the connection after
                          that many events, without ``interaction-complete``; rolled back.

Rate limits: ``"rate_limits": true`` enforces the contract's per-endpoint limits (upstream's 429
descriptions, recorded in openapi.yaml as each operation's ``x-rate-limit``: sign-in 5 per minute
per organization, create-conversation 5, interact 15, ... per user), ``{"create-conversation": 2,
...}`` enforces them with
those overrides, ``false`` turns them off (the default). Over the limit the answer is 429 with
``Retry-After`` (whole seconds until a slot frees). Settings that are not faults but can change at
run time ride along: ``token_ttl_seconds``, ``pace_ms``, ``post_processing_delay_ms``,
``webhook_backoff_ms``, ``rate_limit_window_seconds``. Durations must be finite numbers from 0 to
:data:`MAX_MS` (milliseconds) or :data:`MAX_SECONDS` (seconds); an update with any invalid value
is refused as a whole.
"""

from __future__ import annotations

import math
import time
from collections import deque
from dataclasses import dataclass
from typing import Any, Deque, Dict, Iterable, List, Mapping, Optional, Tuple

__all__ = [
    "FAULT_KINDS",
    "SETTINGS",
    "STREAM_OPERATIONS",
    "FaultError",
    "FaultRule",
    "Faults",
    "MAX_MS",
    "MAX_SECONDS",
    "SETTING_LIMITS",
]


STREAM_OPERATIONS = ("create-conversation", "interact-with-conversation")

# kind -> {field: (default, kind of value)}; "required" marks fields without a default.
_REQUIRED = object()
_FIELDS: Dict[str, Dict[str, Tuple[Any, str]]] = {
    "error_burst": {"status": (503, "status"), "retry_after": (None, "seconds?"), "detail": (None, "text?")},
    "connection_reset": {},
    "slow_first_byte": {"delay_ms": (_REQUIRED, "ms")},
    "hold": {"hold_ms": (_REQUIRED, "ms"), "after_events": (1, "count")},
    "stream_error": {
        "after_pieces": (1, "count"),
        "http_error_code": (500, "status"),
        "error_description": ("Emulated internal error; the interaction was rolled back.", "text"),
    },
    "error_after_complete": {
        "http_error_code": (500, "status"),
        "error_description": ("Emulated post-processing failure; the interaction was kept.", "text"),
    },
    "stream_cut": {"after_events": (1, "count")},
}
FAULT_KINDS: Tuple[str, ...] = tuple(_FIELDS)
_STREAM_ONLY = ("hold", "stream_error", "error_after_complete", "stream_cut")
# Upper bounds of durations (a NaN, an infinity or a huge value would hang streams or overflow
# date arithmetic): one hour for delays in milliseconds, one day for seconds.
MAX_MS = 3_600_000.0
MAX_SECONDS = 86_400.0
SETTING_LIMITS: Dict[str, float] = {
    "token_ttl_seconds": MAX_SECONDS,
    "pace_ms": MAX_MS,
    "post_processing_delay_ms": MAX_MS,
    "webhook_backoff_ms": MAX_MS,
    "rate_limit_window_seconds": MAX_SECONDS,
}
SETTINGS = (
    "token_ttl_seconds",
    "pace_ms",
    "post_processing_delay_ms",
    "webhook_backoff_ms",
    "rate_limit_window_seconds",
)


class FaultError(ValueError):
    """A fault switch update is invalid (the control API answers 422 with the message)."""


@dataclass
class FaultRule:
    """One armed fault: what, for which operation, how many more times, with which parameters."""

    kind: str
    operation: str
    count: Optional[int]
    params: Dict[str, Any]

    def as_dict(self) -> Dict[str, Any]:
        return {"operation": self.operation, "count": self.count, **self.params}


class Faults:
    """The armed fault rules, rate limits and run-time settings of one emulator."""

    def __init__(
        self,
        operations: Iterable[str],
        settings: Mapping[str, float],
        contract_limits: Optional[Mapping[str, int]] = None,
    ) -> None:
        self._operations = set(operations)
        #: Requests a minute per operation as the contract states them (``"rate_limits": true``).
        self.contract_limits: Dict[str, int] = dict(contract_limits or {})
        self._initial_settings = dict(settings)
        self.settings: Dict[str, float] = dict(settings)
        self.rules: Dict[str, List[FaultRule]] = {kind: [] for kind in FAULT_KINDS}
        self.rate_limits: Optional[Dict[str, int]] = None
        self._windows: Dict[Tuple[str, ...], Deque[float]] = {}
        self.fired: Dict[str, int] = {}

    # -- configuration ---------------------------------------------------------------------

    def reset(self) -> None:
        """Disarm everything and restore the seeded settings."""
        self.rules = {kind: [] for kind in FAULT_KINDS}
        self.rate_limits = None
        self._windows.clear()
        self.settings = dict(self._initial_settings)
        self.fired = {}

    def apply(self, update: Mapping[str, Any]) -> None:
        """Apply a control-API update (see the module docstring); all or nothing."""
        if not isinstance(update, Mapping):
            raise FaultError("the body must be a JSON object")
        staged_rules = {kind: list(rules) for kind, rules in self.rules.items()}
        staged_limits = self.rate_limits
        staged_settings = dict(self.settings)
        if update.get("clear"):
            staged_rules = {kind: [] for kind in FAULT_KINDS}
            staged_limits = None
        for key, value in update.items():
            if key == "clear":
                continue
            if key in FAULT_KINDS:
                staged_rules[key] = [] if value is None else self._rules(key, value)
            elif key == "rate_limits":
                staged_limits = self._limits(value)
            elif key in SETTINGS:
                staged_settings[key] = _setting(key, value)
            else:
                known = ", ".join(sorted(FAULT_KINDS + SETTINGS + ("rate_limits", "clear")))
                raise FaultError(f"unknown switch {key!r} (known: {known})")
        if staged_limits != self.rate_limits:
            self._windows.clear()
        self.rules, self.rate_limits, self.settings = staged_rules, staged_limits, staged_settings

    def _rules(self, kind: str, value: Any) -> List[FaultRule]:
        items = value if isinstance(value, list) else [value]
        return [self._rule(kind, item) for item in items]

    def _rule(self, kind: str, raw: Any) -> FaultRule:
        if not isinstance(raw, Mapping):
            raise FaultError(f"{kind} must be an object or a list of objects")
        data = dict(raw)
        operation = data.pop("operation", None)
        if not isinstance(operation, str) or (operation != "*" and operation not in self._operations):
            raise FaultError(f"{kind}.operation must be '*' or a contract operationId, got {operation!r}")
        if kind in _STREAM_ONLY and operation not in STREAM_OPERATIONS + ("*",):
            raise FaultError(f"{kind} applies to streaming operations only: {', '.join(STREAM_OPERATIONS)}")
        count = data.pop("count", 1)
        if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
            raise FaultError(f"{kind}.count must be a positive integer or null (until cleared)")
        params: Dict[str, Any] = {}
        for name, (default, value_kind) in _FIELDS[kind].items():
            value = data.pop(name, default)
            if value is _REQUIRED:
                raise FaultError(f"{kind}.{name} is required")
            params[name] = _check_value(f"{kind}.{name}", value, value_kind)
        if data:
            raise FaultError(f"{kind}: unknown fields {sorted(data)}")
        return FaultRule(kind=kind, operation=operation, count=count, params=params)

    def _limits(self, value: Any) -> Optional[Dict[str, int]]:
        if value is None or value is False:
            return None
        if value is True:
            return dict(self.contract_limits)
        if isinstance(value, Mapping):
            limits = dict(self.contract_limits)
            for op, limit in value.items():
                if op not in self._operations:
                    raise FaultError(f"rate_limits: unknown operation {op!r}")
                if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
                    raise FaultError(f"rate_limits.{op} must be a positive integer")
                limits[op] = limit
            return limits
        raise FaultError("rate_limits must be true, false, null or an object of per-minute limits")

    # -- use -------------------------------------------------------------------------------

    def take(self, kind: str, operation: str) -> Optional[FaultRule]:
        """The first armed ``kind`` rule matching ``operation``, consuming one of its uses."""
        for rule in self.rules[kind]:
            if rule.operation not in ("*", operation):
                continue
            if rule.count is not None:
                rule.count -= 1
                if rule.count <= 0:
                    self.rules[kind].remove(rule)
            self.fired[kind] = self.fired.get(kind, 0) + 1
            return rule
        return None

    def check_rate(self, operation: str, key: Tuple[str, ...]) -> Optional[int]:
        """``None`` if the request may go on (and is counted), else the ``Retry-After`` seconds."""
        if self.rate_limits is None or operation not in self.rate_limits:
            return None
        limit = self.rate_limits[operation]
        window = float(self.settings.get("rate_limit_window_seconds", 60))
        now = time.monotonic()
        stamps = self._windows.setdefault((operation,) + key, deque())
        while stamps and stamps[0] <= now - window:
            stamps.popleft()
        if len(stamps) >= limit:
            self.fired["rate_limit"] = self.fired.get("rate_limit", 0) + 1
            return max(1, math.ceil(stamps[0] + window - now))
        stamps.append(now)
        return None

    def snapshot(self) -> Dict[str, Any]:
        """The armed switches, as ``GET /_emulator/faults`` shows them."""
        return {
            **{kind: [r.as_dict() for r in rules] for kind, rules in self.rules.items()},
            "rate_limits": self.rate_limits if self.rate_limits is not None else False,
            **{k: self.settings[k] for k in SETTINGS if k in self.settings},
        }


def _setting(name: str, value: Any) -> float:
    limit = SETTING_LIMITS[name]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= limit:
        raise FaultError(f"{name} must be a number from 0 to {limit:g}")
    return float(value)


def _check_value(where: str, value: Any, kind: str) -> Any:
    optional = kind.endswith("?")
    kind = kind.rstrip("?")
    if value is None and optional:
        return None
    if kind == "text":
        if not isinstance(value, str):
            raise FaultError(f"{where} must be a string")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FaultError(f"{where} must be a number")
    if kind == "status":
        if not isinstance(value, int) or not 100 <= value <= 599:
            raise FaultError(f"{where} must be an HTTP status code")
        return value
    if kind == "count":
        if not isinstance(value, int) or value < 0:
            raise FaultError(f"{where} must be a non-negative integer")
        return value
    limit = MAX_MS if kind == "ms" else MAX_SECONDS
    if not 0 <= value <= limit:  # also refuses NaN and infinity (JSON 1e309 reads as inf)
        raise FaultError(f"{where} must be a number from 0 to {limit:g}")
    return value
