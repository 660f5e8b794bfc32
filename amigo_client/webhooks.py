"""Receiving Amigo webhooks: verify, then parse.

Amigo signs every webhook delivery with the destination's secret:

* ``x-amigo-request-timestamp``: when it was sent, in Unix milliseconds;
* ``x-amigo-request-signature``: hex HMAC-SHA256 over ``v1:{timestamp}:{raw body}``. Right
  after a secret rotation the header carries two signatures, comma-separated (new and old);
* ``x-amigo-idempotent-key``: the same for every redelivery of one event (deduplicate on it).

:func:`construct_event` is the one call a receiver needs: it always verifies before it parses,
compares every signature against every secret given in constant time, rejects timestamps
outside ``tolerance`` seconds in either direction (replays and clock skew), and returns a typed
:class:`WebhookEvent` (:class:`ConversationPostProcessingComplete` for that type; an unknown
type is a plain :class:`WebhookEvent`, not an error).

::

    from amigo_client.webhooks import construct_event, WebhookVerificationError

    try:
        event = construct_event(request_body_bytes, request.headers, secret=[new_secret, old_secret])
    except WebhookVerificationError as exc:
        return 401, str(exc)
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import time
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from ._errors import AmigoError

__all__ = [
    "TIMESTAMP_HEADER",
    "SIGNATURE_HEADER",
    "IDEMPOTENT_KEY_HEADER",
    "DEFAULT_TOLERANCE",
    "WebhookVerificationError",
    "WebhookEvent",
    "ConversationPostProcessingComplete",
    "compute_signature",
    "verify_signature",
    "construct_event",
]

TIMESTAMP_HEADER = "x-amigo-request-timestamp"
SIGNATURE_HEADER = "x-amigo-request-signature"
IDEMPOTENT_KEY_HEADER = "x-amigo-idempotent-key"
#: Seconds a delivery's timestamp may differ from this machine's clock, either way.
DEFAULT_TOLERANCE = 300.0
#: A timestamp as Amigo sends it: ASCII digits only (``int()`` also takes other scripts' digits,
#: which cannot be part of the signed ASCII message), at most 16 of them (a float can hold it).
_TIMESTAMP = re.compile(r"[0-9]{1,16}")


class WebhookVerificationError(AmigoError):
    """The delivery is not authentic or not fresh; the message says which check failed."""


class WebhookEvent:
    """A verified webhook event: :attr:`type`, :attr:`id`, :attr:`timestamp` (Unix ms),
    :attr:`data` (the payload's ``data`` object, or the whole payload), :attr:`idempotent_key`
    (from the header: deduplicate on it) and :attr:`raw` (the decoded body)."""

    __slots__ = ("type", "id", "timestamp", "data", "idempotent_key", "raw")

    #: The event type (``conversation-post-processing-complete``; older deliveries: ``event_type``).
    type: str
    #: The event's id, or None when the delivery has none.
    id: Optional[str]
    #: When the event happened, in Unix milliseconds, or None when the delivery has no such number.
    timestamp: Optional[int]
    #: The payload's ``data`` object (or the whole payload when it has none).
    data: Dict[str, Any]
    #: The ``x-amigo-idempotent-key`` header: the same for every redelivery of this event.
    idempotent_key: Optional[str]
    #: The decoded body.
    raw: Dict[str, Any]

    def __init__(self, raw: Dict[str, Any], idempotent_key: Optional[str]) -> None:
        self.raw = raw
        self.type = str(raw.get("type") or raw.get("event_type") or "")
        event_id = raw.get("id")
        self.id = str(event_id) if isinstance(event_id, (str, int)) and not isinstance(event_id, bool) else None
        self.timestamp = _milliseconds(raw.get("timestamp"))
        data = raw.get("data")
        self.data = data if isinstance(data, dict) else raw
        self.idempotent_key = idempotent_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, id={self.id!r}, idempotent_key={self.idempotent_key!r})"


def _milliseconds(value: Any) -> Optional[int]:
    """A timestamp in Unix ms as an int: an integer, or a string of ASCII digits; else None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _TIMESTAMP.fullmatch(value.strip()):
        return int(value.strip())
    return None


class ConversationPostProcessingComplete(WebhookEvent):
    """``conversation-post-processing-complete``: a finished conversation's analysis is done.

    Every such delivery names the conversation and its user (:attr:`conversation_id`,
    :attr:`user_id`); one that does not is refused by :func:`construct_event`."""

    __slots__ = ()

    def __init__(self, raw: Dict[str, Any], idempotent_key: Optional[str]) -> None:
        super().__init__(raw, idempotent_key)
        for name in ("conversation_id", "user_id"):
            value = self.data.get(name)
            if not isinstance(value, str) or not value:
                raise WebhookVerificationError(
                    f"the verified {self.type} event has no {name} (got {type(value).__name__}): it does not fit the contract"
                )

    @property
    def conversation_id(self) -> str:
        """The finished conversation's id."""
        return str(self.data["conversation_id"])

    @property
    def user_id(self) -> str:
        """The id of the conversation's user."""
        return str(self.data["user_id"])

    @property
    def service_id(self) -> Optional[str]:
        """The conversation's service, or None when the delivery does not say."""
        value = self.data.get("service_id")
        return str(value) if value is not None else None


_TYPES = {"conversation-post-processing-complete": ConversationPostProcessingComplete}


def compute_signature(secret: str, timestamp: str, payload: bytes) -> str:
    """The hex HMAC-SHA256 Amigo sends for ``payload`` at ``timestamp`` (Unix ms, as sent)."""
    message = b"v1:" + timestamp.encode("ascii") + b":" + payload
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def _header(headers: Mapping[str, str], name: str) -> Optional[str]:
    value: Any = headers.get(name)
    if value is None:
        items: Iterable[Tuple[Any, Any]] = headers.items()  # raw ASGI headers may be bytes, whatever the type says
        lowered = {(k.decode("latin-1") if isinstance(k, bytes) else str(k)).lower(): v for k, v in items}
        value = lowered.get(name)
    if isinstance(value, (bytes, bytearray)):  # raw ASGI / WSGI-style headers
        value = bytes(value).decode("latin-1")
    if value is not None and not isinstance(value, str):
        raise WebhookVerificationError(f"{name} header is a {type(value).__name__}, not text")
    return value


def _secrets(secret: Union[str, Iterable[str]]) -> List[str]:
    secrets = [secret] if isinstance(secret, str) else list(secret)
    if not secrets or not all(isinstance(s, str) and s for s in secrets):
        raise WebhookVerificationError("no webhook secret given: pass the destination's secret (or a list of them)")
    return secrets


def verify_signature(
    payload: Union[bytes, str],
    headers: Mapping[str, str],
    secret: Union[str, Iterable[str]],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Optional[float] = None,
) -> None:
    """Raise :class:`WebhookVerificationError` unless the delivery is authentic and fresh."""
    try:
        body = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    except UnicodeEncodeError:
        raise WebhookVerificationError("the body is text that cannot be encoded as UTF-8 (lone surrogates)") from None
    secrets = _secrets(secret)
    timestamp = _header(headers, TIMESTAMP_HEADER)
    if not timestamp:
        raise WebhookVerificationError(f"missing {TIMESTAMP_HEADER} header")
    signatures = _header(headers, SIGNATURE_HEADER)
    if not signatures:
        raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
    timestamp = timestamp.strip()
    if not _TIMESTAMP.fullmatch(timestamp):
        raise WebhookVerificationError(
            f"{TIMESTAMP_HEADER} is not a Unix timestamp in milliseconds (ASCII digits): {timestamp[:40]!r}"
        )
    sent_ms = int(timestamp)
    skew = (now if now is not None else time.time()) - sent_ms / 1000.0
    if abs(skew) > tolerance:
        when = "in the past" if skew > 0 else "in the future"
        raise WebhookVerificationError(
            f"timestamp is {abs(skew):.0f} s {when}, outside the tolerance of {tolerance:.0f} s"
        )
    given = [s.strip() for s in signatures.split(",") if s.strip()]
    given = [s[3:] if s.startswith("v1=") else s for s in given]
    expected = [compute_signature(s, timestamp, body) for s in secrets]
    matched = False
    for candidate in given:
        for reference in expected:
            # compare every pair: no early exit that would tell which secret matched
            matched |= hmac.compare_digest(candidate.encode("ascii", "replace"), reference.encode("ascii"))
    if not matched:
        raise WebhookVerificationError(
            f"no signature in {SIGNATURE_HEADER} matches the body with the given secret(s) "
            f"({len(given)} signature(s), {len(expected)} secret(s))"
        )


def construct_event(
    payload: Union[bytes, str],
    headers: Mapping[str, str],
    secret: Union[str, Iterable[str]],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: Optional[float] = None,
) -> WebhookEvent:
    """Verify a delivery (see :func:`verify_signature`), then parse it into a typed event."""
    verify_signature(payload, headers, secret, tolerance=tolerance, now=now)
    try:
        raw = json.loads(payload)
    except ValueError as exc:
        raise WebhookVerificationError(f"the verified body is not JSON: {exc}") from exc
    except RecursionError:
        # json recurses once per nesting level: a hostile (or broken) body must not crash the
        # receiver with an untyped error.
        raise WebhookVerificationError("the verified body is JSON nested too deeply to parse") from None
    if not isinstance(raw, dict):
        raise WebhookVerificationError("the verified body is not a JSON object")
    event_type = str(raw.get("type") or raw.get("event_type") or "")
    cls = _TYPES.get(event_type, WebhookEvent)
    return cls(raw, _header(headers, IDEMPOTENT_KEY_HEADER))
