"""Retries that never send an interaction twice.

:class:`RetryTransport` wraps the real httpx transport, so it sees every request the client
sends (sign-in included) and decides *before* a response is handed to the caller:

* **Idempotent methods** (GET, HEAD, OPTIONS, PUT, DELETE) are retried on connection errors,
  timeouts, 408, 429 and 5xx.
* **POST / PATCH** is retried only when the server provably did not process it: the
  connection could not be made (nothing was sent), or a 429 that carries ``Retry-After``.
* A request whose body cannot be sent again (a streamed, non-seekable upload) is never retried,
  nor one the client itself got wrong (an unsupported URL scheme, an invalid header).
* A response is returned as soon as its status line is good; once the caller reads the body
  of a stream nothing is retried, so a started NDJSON stream is never sent again. A request
  the client marks as buffered (the ``BUFFERED`` extension: not a stream) has its body read
  here (under the client's ``max_response_bytes``, see :mod:`amigo_client._limits`), so an
  idempotent one whose connection breaks mid-body is retried.

Backoff is exponential, capped and jittered (``initial_backoff * 2**n``, at most
``max_backoff``, times a random factor in [0.5, 1]); a ``Retry-After`` (seconds or HTTP date)
replaces it, and one longer than ``max_retry_after`` ends the retries so the caller sees the 429.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from typing import Callable, FrozenSet, Optional

import httpx

from ._errors import ConfigurationError, parse_retry_after
from ._limits import MAX_RESPONSE, read_body

__all__ = ["RetryPolicy", "RetryTransport", "is_replayable", "BUFFERED", "NO_RETRY", "POLICY", "RETRIES"]

# The extension keys are named after this package's import name ("amigo_client", or whatever a
# codebase that vendors it calls it), so two copies in one process never read each other's.
_PACKAGE = __name__.rpartition(".")[0]
#: Request extension: send this request once, whatever the policy says.
NO_RETRY = _PACKAGE + ".no_retry"
#: Request extension: a RetryPolicy for this request instead of the transport's (with_options).
POLICY = _PACKAGE + ".retry_policy"
#: Response extension set here when a request was sent more than once: how many retries it took.
RETRIES = _PACKAGE + ".retries"
#: Request extension set by AmigoClient on requests whose body it will read whole (not streams).
BUFFERED = _PACKAGE + ".buffered"
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
#: Nothing reached the server: safe to send again whatever the method.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
#: The request itself is wrong (a bad URL scheme, an invalid header): sending it again cannot help.
_PERMANENT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times, and how patiently, to retry. ``max_retries=0`` disables retries."""

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    max_retry_after: float = 60.0
    retry_statuses: FrozenSet[int] = RETRY_STATUSES
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    jitter: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int) or self.max_retries < 0:
            raise ConfigurationError(f"max_retries must be an integer >= 0, got {self.max_retries!r}")
        for name in ("initial_backoff", "max_backoff", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
                raise ConfigurationError(f"{name} must be a number of seconds >= 0, got {value!r}")

    def backoff(self, retry_number: int) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based), without a server hint."""
        base = min(self.max_backoff, self.initial_backoff * (2 ** (retry_number - 1)))
        return float(base * (0.5 + 0.5 * self.jitter()))


def is_replayable(request: httpx.Request) -> bool:
    """Whether the request body can be sent a second time.

    Byte bodies can; multipart bodies can when every file part is bytes or a seekable file
    (httpx rewinds them); iterator/generator bodies cannot."""
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        return True
    fields = getattr(stream, "fields", None)  # httpx's MultipartStream
    if fields is None:
        return False
    for part in fields:
        file = getattr(part, "file", None)
        if file is None or isinstance(file, (bytes, str)):
            continue
        seekable = getattr(file, "seekable", None)
        if not (callable(seekable) and seekable()):
            return False
    return True


class RetryTransport(httpx.BaseTransport):
    """An httpx transport that retries per :class:`RetryPolicy` around another transport."""

    def __init__(self, transport: httpx.BaseTransport, policy: Optional[RetryPolicy] = None) -> None:
        self._transport = transport
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = request.extensions.get(POLICY) or self.policy
        idempotent = request.method.upper() in IDEMPOTENT
        # Decided before the first attempt: a transport may buffer a streamed body while sending
        # it (httpx.MockTransport reads it into bytes), which must not make it look replayable.
        replayable = policy.max_retries > 0 and not request.extensions.get(NO_RETRY) and is_replayable(request)
        retry = 0
        while True:
            can_retry = replayable and retry < policy.max_retries
            try:
                response = self._transport.handle_request(request)
            except _NOT_SENT:
                if not can_retry:
                    raise
                retry += 1
                policy.sleep(policy.backoff(retry))
                continue
            except _PERMANENT:
                raise
            except httpx.TransportError:
                # The request may have been (partly) processed: only idempotent ones go again.
                if not (can_retry and idempotent):
                    raise
                retry += 1
                policy.sleep(policy.backoff(retry))
                continue
            status = response.status_code
            if can_retry and idempotent and request.extensions.get(BUFFERED) and status not in policy.retry_statuses:
                # A buffered (non-streamed) answer is read here, so a connection that breaks in
                # the middle of its body is retried like one that broke before it.
                try:
                    read_body(response, request.extensions.get(MAX_RESPONSE), request)  # ResponseTooLargeError ends it
                except httpx.TransportError:
                    response.close()
                    retry += 1
                    policy.sleep(policy.backoff(retry))
                    continue
            if retry:
                response.extensions = {**response.extensions, RETRIES: retry}
            if not can_retry or status not in policy.retry_statuses:
                return response
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if not idempotent and not (status == 429 and retry_after is not None):
                return response
            if retry_after is not None and retry_after > policy.max_retry_after:
                return response
            response.close()
            retry += 1
            policy.sleep(retry_after if retry_after is not None else policy.backoff(retry))

    def close(self) -> None:
        self._transport.close()
