"""Fault switches for a block of a test: ``with emu.faults.server_errors("get-services"): ...``.

Contract: :class:`FaultSwitches` (``emu.faults``) is callable as before, ``emu.faults(**switches)``
arming raw switches as ``POST /_emulator/faults`` takes them (see :mod:`amigo_emulator.faults`),
and its methods are context managers that arm one fault on entry and take exactly that fault
back on exit, leaving any other armed fault as it is (so they nest, and a fault armed by the
seed or by an outer block survives):

* ``operation`` is a contract ``operationId`` (``"get-services"``) or ``"*"`` (any operation);
* ``count`` is how many matching requests the fault hits; the default ``None`` means every
  matching request until the block ends (``count=2``: the first two, then normal answers);
* rate limits and settings (``pace_ms``, ``token_ttl_seconds``...) get their previous values back.

An invalid argument (an unknown operation, a negative delay) raises
:class:`~amigo_emulator.testing.EmulatorError` on entry with the emulator's reason, and nothing is
armed.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Mapping, Optional

if TYPE_CHECKING:
    from .testing import Emulator

__all__ = ["FaultSwitches"]

_INTERACT = "interact-with-conversation"


class FaultSwitches:
    """``emu.faults``: raw switches when called, scoped faults as context managers."""

    def __init__(self, emulator: "Emulator") -> None:
        self._emu = emulator

    def __call__(self, **switches: Any) -> Dict[str, Any]:
        """Arm switches / change settings (``POST /_emulator/faults``); returns the new state."""
        result: Dict[str, Any] = self._emu.control("POST", "faults", switches)
        return result

    def state(self) -> Dict[str, Any]:
        """The armed switches, rate limits and settings (``GET /_emulator/faults``)."""
        result: Dict[str, Any] = self._emu.control("GET", "faults")
        return result

    # -- HTTP answers ----------------------------------------------------------------------------

    def rate_limited(
        self, operation: str = "*", *, retry_after: float = 1, count: Optional[int] = None
    ) -> "contextlib._GeneratorContextManager[None]":
        """429 with ``Retry-After: retry_after`` instead of running the operation."""
        detail = f"Rate limit for {operation} exceeded (emulated); retry in {retry_after:g} s."
        rule = {"operation": operation, "count": count, "status": 429, "retry_after": retry_after, "detail": detail}
        return self._fault("error_burst", rule)

    def server_errors(
        self,
        operation: str = "*",
        *,
        status: int = 503,
        count: Optional[int] = None,
        retry_after: Optional[float] = None,
        detail: Optional[str] = None,
    ) -> "contextlib._GeneratorContextManager[None]":
        """``status`` (a 5xx, or any other) with ``{"detail"}`` instead of running the operation."""
        rule = {"operation": operation, "count": count, "status": status, "retry_after": retry_after, "detail": detail}
        return self._fault("error_burst", rule)

    def connection_reset(
        self, operation: str = "*", *, count: Optional[int] = None
    ) -> "contextlib._GeneratorContextManager[None]":
        """The connection is reset before any answer (the operation does not run)."""
        return self._fault("connection_reset", {"operation": operation, "count": count})

    def slow_first_byte(
        self, operation: str = "*", *, delay_ms: float, count: Optional[int] = None
    ) -> "contextlib._GeneratorContextManager[None]":
        """``delay_ms`` of silence before the answer starts (a read timeout shorter than that fires)."""
        return self._fault("slow_first_byte", {"operation": operation, "count": count, "delay_ms": delay_ms})

    # -- streams (create-conversation, interact-with-conversation) ------------------------------

    def stream_cut(
        self, operation: str = _INTERACT, *, after_events: int = 1, count: Optional[int] = None
    ) -> "contextlib._GeneratorContextManager[None]":
        """The stream's connection closes after ``after_events`` events, before
        ``interaction-complete``; the turn is rolled back."""
        return self._fault("stream_cut", {"operation": operation, "count": count, "after_events": after_events})

    def stream_error(
        self,
        operation: str = _INTERACT,
        *,
        after_pieces: int = 1,
        http_error_code: int = 500,
        error_description: Optional[str] = None,
        count: Optional[int] = None,
    ) -> "contextlib._GeneratorContextManager[None]":
        """An ``error`` event after ``after_pieces`` message pieces; the turn is rolled back."""
        rule: Dict[str, Any] = {
            "operation": operation,
            "count": count,
            "after_pieces": after_pieces,
            "http_error_code": http_error_code,
        }
        if error_description is not None:
            rule["error_description"] = error_description
        return self._fault("stream_error", rule)

    def error_after_complete(
        self,
        operation: str = _INTERACT,
        *,
        http_error_code: int = 500,
        error_description: Optional[str] = None,
        count: Optional[int] = None,
    ) -> "contextlib._GeneratorContextManager[None]":
        """An ``error`` event after ``interaction-complete`` (post-processing failed; the turn is kept)."""
        rule: Dict[str, Any] = {"operation": operation, "count": count, "http_error_code": http_error_code}
        if error_description is not None:
            rule["error_description"] = error_description
        return self._fault("error_after_complete", rule)

    def hold(
        self, operation: str = _INTERACT, *, hold_ms: float, after_events: int = 1, count: Optional[int] = None
    ) -> "contextlib._GeneratorContextManager[None]":
        """The stream pauses ``hold_ms`` after ``after_events`` events (a slow agent)."""
        return self._fault(
            "hold", {"operation": operation, "count": count, "hold_ms": hold_ms, "after_events": after_events}
        )

    # -- rate limits, tokens, settings ------------------------------------------------------------

    @contextlib.contextmanager
    def rate_limits(self, **limits: int) -> Iterator[None]:
        """Enforce the contract's per-minute limits in the block (429 with ``Retry-After`` past
        them), with per-operation overrides: ``rate_limits(**{"create-conversation": 2})``."""
        before = self.state()["rate_limits"]
        self(rate_limits=dict(limits) if limits else True)
        try:
            yield
        finally:
            self(rate_limits=before)

    @contextlib.contextmanager
    def revoked_tokens(self) -> Iterator[None]:
        """Every token issued so far stops working at the start of the block (the next call with
        one gets a 401, and a client signs in again); tokens issued later work."""
        self._emu.expire_tokens()
        yield

    @contextlib.contextmanager
    def settings(self, **values: float) -> Iterator[None]:
        """Run-time settings for the block: ``pace_ms``, ``token_ttl_seconds``,
        ``post_processing_delay_ms``, ``webhook_backoff_ms``, ``rate_limit_window_seconds``."""
        state = self.state()
        before = {name: state[name] for name in values if name in state}
        self(**values)  # an unknown setting is refused here, naming it
        try:
            yield
        finally:
            self(**before)

    # -- the one mechanism ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _fault(self, kind: str, rule: Mapping[str, Any]) -> Iterator[None]:
        armed = self.state()[kind]
        alike = sum(1 for r in armed if _same_rule(r, rule))
        self(**{kind: list(armed) + [dict(rule)]})
        try:
            yield
        finally:
            current: List[Dict[str, Any]] = list(self.state()[kind])
            # Ours is the last rule like it, unless its count ran out (the emulator dropped it).
            if sum(1 for r in current if _same_rule(r, rule)) > alike:
                last = max(i for i, r in enumerate(current) if _same_rule(r, rule))
                del current[last]
                self(**{kind: current})


def _same_rule(armed: Mapping[str, Any], rule: Mapping[str, Any]) -> bool:
    """Whether the armed rule is ``rule`` (its count may have gone down since)."""
    return all(armed.get(name) == value for name, value in rule.items() if name != "count")
