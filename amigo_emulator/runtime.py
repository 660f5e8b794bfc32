"""The emulator's process-wide runtime: contract, state, tokens, faults, jobs and statistics.

Contract: one :class:`Runtime` is built per app. :meth:`Runtime.reset` restores the seeded state,
the seeded fault switches and settings, clears statistics, recorded contract violations and
pending background jobs, but keeps the token secret (tokens issued before a reset stay valid).
:meth:`Runtime.stats` is what ``GET /_emulator/stats`` returns.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Dict, List

from .config import EmulatorConfig
from .faults import Faults
from .render import Renderer
from .scheduler import Scheduler
from .spec import Contract
from .store import Store
from .tokens import TokenIssuer
from .webhooks import WebhookDispatcher

__all__ = ["Runtime"]

log = logging.getLogger("amigo_emulator")


class Runtime:
    """Everything a request handler needs besides the request."""

    def __init__(self, config: EmulatorConfig, contract: Contract) -> None:
        self.config = config
        self.contract = contract
        #: Shapes every JSON answer and stream event through the contract (amigo_emulator.respond).
        self.renderer = Renderer(contract.validator)
        self.store = Store(config)
        self.tokens = TokenIssuer()
        self.faults = Faults(
            contract.operations,
            {
                "token_ttl_seconds": float(config.token_ttl_seconds),
                "pace_ms": float(config.pace_ms),
                "post_processing_delay_ms": float(config.post_processing_delay_ms),
                "webhook_backoff_ms": float(config.webhook_backoff_ms),
                "rate_limit_window_seconds": float(config.rate_limit_window_seconds),
            },
            contract.rate_limits,
        )
        self.faults.apply(config.faults)
        self.scheduler = Scheduler()
        self.webhooks = WebhookDispatcher(self.store, self.scheduler, self.setting, config.webhook_timeout_seconds)
        self._stats_lock = threading.Lock()
        self.started = time.time()
        self.requests: Dict[str, int] = {}
        self.responses: Dict[str, Dict[str, int]] = {}
        self.sign_ins: Dict[str, int] = {}
        self.client_gone: Dict[str, int] = {}
        self.violations: List[str] = []

    def setting(self, name: str) -> float:
        """A run-time setting (``pace_ms``, ``token_ttl_seconds``...), as the control API left it."""
        return float(self.faults.settings[name])

    def reset(self) -> None:
        """Back to the seeded state, switches and settings; statistics cleared."""
        self.scheduler.clear()
        self.store.reset()
        with self.store.lock:
            self.webhooks.clear_stats()
        self.faults.reset()
        self.faults.apply(self.config.faults)
        with self._stats_lock:
            self.requests.clear()
            self.responses.clear()
            self.sign_ins.clear()
            self.client_gone.clear()
            self.violations.clear()

    def count_request(self, operation: str) -> None:
        with self._stats_lock:
            self.requests[operation] = self.requests.get(operation, 0) + 1

    def count_response(self, operation: str, status: int) -> None:
        with self._stats_lock:
            per = self.responses.setdefault(operation, {})
            per[str(status)] = per.get(str(status), 0) + 1

    def count_client_gone(self, operation: str) -> None:
        """A request whose client disconnected before it could be read (nothing was answered)."""
        with self._stats_lock:
            self.client_gone[operation] = self.client_gone.get(operation, 0) + 1

    def count_sign_in(self, org: str) -> None:
        with self._stats_lock:
            self.sign_ins[org] = self.sign_ins.get(org, 0) + 1

    def record_violation(self, message: str) -> None:
        """Remember (and log) an answer that does not conform to the contract."""
        log.error("contract violation: %s", message)
        with self._stats_lock:
            self.violations.append(message)

    def stats(self) -> Dict[str, Any]:
        with self.store.lock:
            conversations = [c for org in self.store.orgs.values() for c in org.conversations.values()]
            active = sum(1 for c in conversations if not c.is_finished)
        with self._stats_lock:
            return {
                "uptime_seconds": round(time.time() - self.started, 3),
                "requests": dict(self.requests),
                "responses": {op: dict(v) for op, v in self.responses.items()},
                "sign_ins": dict(self.sign_ins),
                "client_gone": dict(self.client_gone),
                "faults_fired": dict(self.faults.fired),
                "conversations": {"active": active, "finished": len(conversations) - active},
                "webhooks": {
                    "attempts": self.webhooks.attempts,
                    "succeeded": self.webhooks.succeeded,
                    "failed_attempts": self.webhooks.failed_attempts,
                    "pending_jobs": self.scheduler.pending(),
                },
                "contract_violations": list(self.violations),
            }
