"""Bearer-token authentication as an :class:`httpx.Auth` flow.

:class:`APIKeyAuth` exchanges an API key for a JWT with sign-in-with-api-key (headers
``x-api-key``, ``x-api-key-id``, ``x-user-id``), caches it, and refreshes it ahead of its
``expires_at``. It is thread-safe and single-flight: threads that meet a stale token wait on one
lock, the first signs in, the rest find the fresh token (a stale-token check) and go on. On a 401
the flow refreshes once and replays the request when its body can be sent again; a streamed,
non-seekable upload cannot, and surfaces :class:`~amigo_client.AuthenticationError` instead.

Sign-in is rate limited upstream (5 a minute per organization), so short scripts can opt in to a
:class:`TokenFileCache` shared across processes: one JSON file per (base URL, organization, key
id, user) under the user's cache directory, mode 0600, written atomically, holding the token and
its expiry, never the API key.

:class:`StaticTokenAuth` sends a fixed token, or one returned by a callable (asked again once
after a 401).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Generator, Optional, Union

import httpx

from ._errors import ConfigurationError, error_for_response
from ._retry import is_replayable

__all__ = ["APIKeyAuth", "StaticTokenAuth", "Token", "TokenFileCache", "default_cache_dir"]


class Token:
    """A bearer token and the wall-clock time (Unix seconds) it expires at. Its repr hides it."""

    __slots__ = ("value", "expires_at")

    def __init__(self, value: str, expires_at: float) -> None:
        self.value = value
        self.expires_at = expires_at

    def fresh(self, margin: float, now: Optional[float] = None) -> bool:
        return (now if now is not None else time.time()) < self.expires_at - margin

    def __repr__(self) -> str:
        when = _dt.datetime.fromtimestamp(self.expires_at, _dt.timezone.utc).isoformat()
        return f"Token(value=<redacted>, expires_at={when})"


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/amigo-client`` or ``~/.cache/amigo-client`` (``%LOCALAPPDATA%`` on Windows)."""
    base = os.environ.get("XDG_CACHE_HOME") or (os.environ.get("LOCALAPPDATA") if os.name == "nt" else None)
    root = Path(base) if base else Path.home() / ".cache"
    return root / "amigo-client"


class TokenFileCache:
    """Tokens shared by processes of one user, one file per identity (see the module docstring)."""

    def __init__(self, directory: Union[str, "os.PathLike[str]", None] = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir() / "tokens"

    def path_for(self, base_url: str, organization: str, api_key_id: str, user_id: str) -> Path:
        identity = "\n".join([base_url.rstrip("/"), organization, api_key_id, user_id])
        return self.directory / (hashlib.sha256(identity.encode("utf-8")).hexdigest() + ".json")

    def load(self, path: Path) -> Optional[Token]:
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
            return Token(str(data["id_token"]), float(data["expires_at"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent, unreadable or corrupt: sign in again

    def store(self, path: Path, token: Token) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # mkstemp creates the file readable and writable by this user only (0600).
        fd, tmp = tempfile.mkstemp(prefix=".token-", dir=str(path.parent))
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"id_token": token.value, "expires_at": token.expires_at}, handle)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    def __repr__(self) -> str:
        return f"TokenFileCache(directory={str(self.directory)!r})"


class APIKeyAuth(httpx.Auth):
    """Signs in with an API key when needed and sends ``Authorization: Bearer <jwt>``.

    ``sign_in_request(api_key, api_key_id, user_id)`` builds the sign-in request (the client
    uses the generated operation's ``_get_kwargs``); ``parse_sign_in`` reads its response; ``refresh_margin`` is how long before ``expires_at`` a token
    counts as stale (capped at half its lifetime, so short-lived tokens still get used).
    """

    def __init__(
        self,
        *,
        api_key: str,
        api_key_id: str,
        user_id: str,
        sign_in_request: Callable[[str, str, str], httpx.Request],
        parse_sign_in: Callable[[httpx.Response], Token],
        refresh_margin: float = 60.0,
        cache: Optional[TokenFileCache] = None,
        cache_path: Optional[Path] = None,
    ) -> None:
        self._api_key = api_key
        self._api_key_id = api_key_id
        self._user_id = user_id
        self._sign_in_request = sign_in_request
        self._parse_sign_in = parse_sign_in
        self._refresh_margin = refresh_margin
        self._cache = cache
        self._cache_path = cache_path
        self._lock = threading.Lock()
        self._token: Optional[Token] = None
        self._margin = refresh_margin
        #: How many times this object has signed in (observable in tests and benchmarks).
        self.sign_ins = 0

    # -- token management -------------------------------------------------------------

    def _usable(self, token: Optional[Token]) -> bool:
        return token is not None and token.fresh(self._margin)

    def _adopt(self, token: Token) -> None:
        lifetime = max(0.0, token.expires_at - time.time())
        self._margin = min(self._refresh_margin, lifetime / 2)
        self._token = token

    def _sign_in_flow(self) -> Generator[httpx.Request, httpx.Response, Token]:
        request = self._sign_in_request(self._api_key, self._api_key_id, self._user_id)
        response = yield request
        if response.status_code != 200:
            error = error_for_response(response)
            error.args = (f"sign-in with API key failed: {error}",)
            raise error
        response.read()
        token = self._parse_sign_in(response)
        self.sign_ins += 1
        return token

    def _token_flow(self, stale: Optional[Token]) -> Generator[httpx.Request, httpx.Response, Token]:
        """A usable token, signing in at most once across all threads (single flight)."""
        token = self._token
        if token is not stale and self._usable(token):
            return token  # type: ignore[return-value]
        with self._lock:
            token = self._token
            if token is not stale and self._usable(token):
                return token  # type: ignore[return-value]  # another thread refreshed it
            if self._cache is not None and self._cache_path is not None:
                cached = self._cache.load(self._cache_path)
                if cached is not None and (stale is None or cached.value != stale.value):
                    self._adopt(cached)
                    if self._usable(cached):
                        return cached
            fresh = yield from self._sign_in_flow()
            self._adopt(fresh)
            if self._cache is not None and self._cache_path is not None:
                try:
                    self._cache.store(self._cache_path, fresh)
                except OSError:
                    pass  # the cache is an optimisation; the token in memory still works
            return fresh

    # -- httpx.Auth ---------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = yield from self._token_flow(stale=None)
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code != 401:
            return
        # The token was refused (revoked, or expired early): refresh once, replay once.
        refreshed = yield from self._token_flow(stale=token)
        if not is_replayable(request):
            error = error_for_response(response)
            error.args = (
                "the server refused the token (401) and the request body was streamed from a "
                "non-seekable source, so it cannot be replayed; a fresh token has been obtained, "
                f"send the request again ({error})",
            )
            raise error
        request.headers["Authorization"] = f"Bearer {refreshed.value}"
        yield request

    def __repr__(self) -> str:
        return f"APIKeyAuth(api_key_id={self._api_key_id!r}, user_id={self._user_id!r}, api_key=<redacted>)"


class StaticTokenAuth(httpx.Auth):
    """A fixed bearer token, or a callable returning one (asked again once after a 401)."""

    def __init__(self, token: Union[str, Callable[[], str]]) -> None:
        if not callable(token) and not (isinstance(token, str) and token):
            raise ConfigurationError("token must be a non-empty string or a callable returning one")
        self._token = token

    def _get(self) -> str:
        value = self._token() if callable(self._token) else self._token
        if not isinstance(value, str) or not value:
            raise ConfigurationError("the token callable returned no token (an empty or non-string value)")
        return value

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._get()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code != 401 or not callable(self._token):
            return
        again = self._get()
        if again == token or not is_replayable(request):
            return
        request.headers["Authorization"] = f"Bearer {again}"
        yield request

    def __repr__(self) -> str:
        kind = "callable" if callable(self._token) else "fixed"
        return f"StaticTokenAuth({kind} token=<redacted>)"
