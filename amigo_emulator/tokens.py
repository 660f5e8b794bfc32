"""HS256 JSON Web Tokens with the standard library only.

Contract:

* :meth:`TokenIssuer.issue` signs ``{"iss", "org", "sub", "key_id", "iat", "exp", "jti", "gen"}``
  with HMAC-SHA256 under a secret generated once per process (so tokens from another emulator run
  never validate) and returns ``(token, expires_at)``; ``exp`` is whole seconds, rounded up.
* :meth:`TokenIssuer.verify` returns the claims of a well-formed, correctly signed, unexpired token,
  or raises :class:`TokenError` with a human-readable reason. Tokens issued before the last
  :meth:`TokenIssuer.revoke_all` are rejected too (the control API uses that to force re-sign-in).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import os
import time
from datetime import datetime, timezone
from typing import Any, Callable, Dict, Optional, Tuple

__all__ = ["TokenError", "TokenIssuer"]


class TokenError(Exception):
    """The token is missing, malformed, wrongly signed, expired or revoked."""


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenIssuer:
    """Issues and verifies HS256 JWTs signed with a per-process random secret."""

    def __init__(self, secret: Optional[bytes] = None, clock: Callable[[], float] = time.time) -> None:
        """``clock``: the Unix time in seconds (a test passes its own to step over an expiry)."""
        self._secret = secret if secret is not None else os.urandom(32)
        self._generation = 0
        self._clock = clock

    def issue(self, org: str, user_id: str, key_id: str, ttl_seconds: float) -> Tuple[str, datetime]:
        """A signed token for ``user_id`` in ``org`` valid for ``ttl_seconds``, and its expiry."""
        now = self._clock()
        exp = math.ceil(now + ttl_seconds)
        header = {"alg": "HS256", "typ": "JWT"}
        claims = {
            "iss": "amigo-emulator",
            "org": org,
            "sub": user_id,
            "key_id": key_id,
            "iat": int(now),
            "exp": exp,
            "jti": os.urandom(8).hex(),
            "gen": self._generation,
        }
        signing_input = _b64encode(_json(header)) + "." + _b64encode(_json(claims))
        signature = hmac.new(self._secret, signing_input.encode("ascii"), hashlib.sha256).digest()
        return signing_input + "." + _b64encode(signature), datetime.fromtimestamp(exp, timezone.utc)

    def verify(self, token: str) -> Dict[str, Any]:
        """The claims of a valid token; :class:`TokenError` otherwise."""
        parts = token.split(".")
        if len(parts) != 3:
            raise TokenError("malformed token")
        signing_input = (parts[0] + "." + parts[1]).encode("ascii", "replace")
        expected = hmac.new(self._secret, signing_input, hashlib.sha256).digest()
        try:
            signature = _b64decode(parts[2])
            header = json.loads(_b64decode(parts[0]))
            claims = json.loads(_b64decode(parts[1]))
        except (ValueError, UnicodeDecodeError) as exc:
            raise TokenError("malformed token") from exc
        if not hmac.compare_digest(signature, expected):
            raise TokenError("invalid token signature")
        if not isinstance(header, dict) or header.get("alg") != "HS256" or not isinstance(claims, dict):
            raise TokenError("unsupported token")
        exp = claims.get("exp")
        if not isinstance(exp, (int, float)) or self._clock() >= exp:
            raise TokenError("token expired")
        if claims.get("gen") != self._generation:
            raise TokenError("token revoked")
        return claims

    def revoke_all(self) -> None:
        """Reject every token issued before now."""
        self._generation += 1


def _json(value: Dict[str, Any]) -> bytes:
    return json.dumps(value, separators=(",", ":"), sort_keys=True).encode("utf-8")
