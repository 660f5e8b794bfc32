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
import math
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Generator, Optional, Tuple, Union

import httpx

from ._errors import (
    AmigoError,
    APIStatusError,
    ConfigurationError,
    InternalServerError,
    RateLimitError,
    error_for_response,
)
from ._retry import NO_RETRY, is_replayable

#: Seconds to wait before retrying a failed refresh while the current token is still valid
#: (when the failure gave no Retry-After).
SIGN_IN_RETRY_PAUSE = 10.0

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
        try:
            when = _dt.datetime.fromtimestamp(self.expires_at, _dt.timezone.utc).isoformat()
        except (OverflowError, OSError, ValueError):  # not a representable time (inf, nan, huge)
            when = repr(self.expires_at)
        return f"Token(value=<redacted>, expires_at={when})"


def _redact(error: APIStatusError, secrets: Tuple[str, ...]) -> APIStatusError:
    """Remove secrets a server may have echoed from an error's message and body."""
    for secret in secrets:
        if secret:
            error.args = tuple(str(arg).replace(secret, "<redacted>") for arg in error.args)
            error.body = error.body.replace(secret, "<redacted>")
    return error


#: This package's import name: a copy vendored under another name ("vendor.amigo") keeps its tokens
#: apart from amigo_client's (its cache directory is named after it).
_PACKAGE = __name__.rpartition(".")[0]


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/amigo-client`` or ``~/.cache/amigo-client`` (``%LOCALAPPDATA%`` on Windows);
    ``amigo-client.<name>`` for a copy imported under another name (``amigo-client.vendor.amigo``).

    A relative ``XDG_CACHE_HOME`` is ignored, as the XDG base directory specification asks."""
    base = os.environ.get("XDG_CACHE_HOME") or (os.environ.get("LOCALAPPDATA") if os.name == "nt" else None)
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / ("amigo-client" if _PACKAGE == "amigo_client" else "amigo-client." + _PACKAGE)


def _make_private_dirs(directory: Path) -> None:
    """Create ``directory`` and any missing parent with mode 0700 (existing ones are left alone)."""
    missing = []
    current = directory
    while not current.is_dir():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            if not path.is_dir():
                raise


class TokenFileCache:
    """Tokens shared by processes of one user, one file per identity (see the module docstring)."""

    def __init__(self, directory: Union[str, "os.PathLike[str]", None] = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir() / "tokens"

    def path_for(self, base_url: str, organization: str, api_key_id: str, user_id: str) -> Path:
        identity = "\n".join([base_url.rstrip("/"), organization, api_key_id, user_id])
        return self.directory / (hashlib.sha256(identity.encode("utf-8")).hexdigest() + ".json")

    def load(self, path: Path) -> Optional[Token]:
        """The cached token, or None when the file is absent, unreadable or not a valid entry."""
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError):
            return None  # absent, unreadable or corrupt: sign in again
        if not isinstance(data, dict):
            return None
        value, expires_at = data.get("id_token"), data.get("expires_at")
        if not isinstance(value, str) or not value:
            return None
        if isinstance(expires_at, bool) or not isinstance(expires_at, (int, float)) or not math.isfinite(expires_at):
            return None
        return Token(value, float(expires_at))

    def store(self, path: Path, token: Token) -> None:
        """Write the token atomically: a 0600 temporary file in the same directory, then
        ``os.replace``, so a reader sees the old file or the new one, never a partial one."""
        _make_private_dirs(path.parent)
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
    uses the generated operation's ``_get_kwargs``); ``parse_sign_in`` reads its response;
    ``refresh_margin`` is how long before ``expires_at`` a token counts as stale (for a token from
    sign-in, capped at half its lifetime, so short-lived tokens still get used; a token read from
    the file cache, whose lifetime is unknown, is used only while more than the margin remains).
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
        if not api_key or not api_key_id or not user_id:
            raise ConfigurationError("api_key, api_key_id and user_id must all be non-empty")
        if refresh_margin < 0:
            raise ConfigurationError(f"refresh_margin must be >= 0 seconds, got {refresh_margin!r}")
        self._api_key = api_key
        self._api_key_id = api_key_id
        self._user_id = user_id
        self._sign_in_request = sign_in_request
        self._parse_sign_in = parse_sign_in
        self._refresh_margin = refresh_margin
        self._cache = cache
        self._cache_path = cache_path
        self._retry_sign_in_at = 0.0
        self._lock = threading.Lock()
        self._token: Optional[Token] = None
        self._margin = refresh_margin
        #: How many times this object has signed in (observable in tests and benchmarks).
        self.sign_ins = 0

    # -- token management -------------------------------------------------------------

    def _usable(self, token: Optional[Token]) -> bool:
        return token is not None and token.fresh(self._margin)

    def _adopt(self, token: Token, *, from_cache: bool = False) -> None:
        if from_cache:
            # Its lifetime is unknown (only expires_at is stored): capping the margin at half of
            # what remains would make any unexpired cached token usable, however close to expiry.
            self._margin = self._refresh_margin
        else:
            lifetime = max(0.0, token.expires_at - time.time())
            self._margin = min(self._refresh_margin, lifetime / 2)
        self._token = token

    def _sign_in_flow(self, retry: bool = True) -> Generator[httpx.Request, httpx.Response, Token]:
        request = self._sign_in_request(self._api_key, self._api_key_id, self._user_id)
        if not retry:
            request.extensions = {**request.extensions, NO_RETRY: True}
        response = yield request
        if not 200 <= response.status_code < 300:
            # The error keeps this request (error.response.request): drop the key from it.
            request.headers["x-api-key"] = "<redacted>"
            error = error_for_response(response)
            error.args = (f"sign-in with API key (key id {self._api_key_id!r}) failed: {error}",)
            raise _redact(error, (self._api_key,))
        response.read()
        try:
            token = self._parse_sign_in(response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # Never show the body: it may hold a token.
            raise AmigoError(
                f"sign-in with API key answered HTTP {response.status_code} without a usable token "
                f"(expected JSON with id_token and expires_at: {_describe(exc)})"
            ) from None
        if not isinstance(token.value, str) or not token.value:
            raise AmigoError(f"sign-in with API key answered HTTP {response.status_code} with an empty id_token")
        self.sign_ins += 1
        return token

    def _token_flow(self, stale: Optional[Token]) -> Generator[httpx.Request, httpx.Response, Token]:
        """A usable token, signing in at most once across all threads (single flight)."""
        token = self._token
        if token is not None and not _same(token, stale) and self._usable(token):
            return token
        with self._lock:
            token = self._token
            if token is not None and not _same(token, stale) and self._usable(token):
                return token  # another thread refreshed it while this one waited (stale-token check)
            if self._cache is not None and self._cache_path is not None:
                cached = self._cache.load(self._cache_path)
                if (
                    cached is not None
                    and (stale is None or cached.value != stale.value)
                    and cached.fresh(self._refresh_margin)
                ):
                    self._adopt(cached, from_cache=True)
                    return cached
            now = time.time()
            current = self._token
            # A refresh ahead of expiry may fail (sign-in is rate limited, 5 a minute): while the
            # current token has not expired, keep using it and try again after a pause.
            fallback = current if stale is None and current is not None and current.fresh(0.0, now) else None
            if fallback is not None and now < self._retry_sign_in_at:
                return fallback
            try:
                # With a valid token in hand, one attempt: no retry transport waiting on Retry-After.
                fresh = yield from self._sign_in_flow(retry=fallback is None)
            except (RateLimitError, InternalServerError) as exc:
                if fallback is None:
                    raise
                pause = getattr(exc, "retry_after", None) or SIGN_IN_RETRY_PAUSE
                self._retry_sign_in_at = now + min(pause, fallback.expires_at - now)
                return fallback
            self._retry_sign_in_at = 0.0
            self._adopt(fresh)
            if self._cache is not None and self._cache_path is not None:
                try:
                    self._cache.store(self._cache_path, fresh)
                except OSError:
                    pass  # the cache is an optimisation; the token in memory still works
            return fresh

    @property
    def expires_at(self) -> Optional[float]:
        """When the token in use expires (Unix seconds), or None before the first sign-in."""
        token = self._token
        return token.expires_at if token is not None else None

    # -- httpx.Auth ---------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = yield from self._token_flow(stale=None)
        request.headers["Authorization"] = f"Bearer {token.value}"
        # Decided before sending: a transport that buffers the body (MockTransport reads it into
        # memory) would otherwise make a one-shot generator look replayable afterwards.
        replayable = is_replayable(request)
        response = yield request
        if response.status_code != 401:
            return
        # Free the connection before (possibly) waiting on the lock for another thread's sign-in.
        response.read()
        # The token was refused (revoked, or expired early): refresh once, replay once.
        refreshed = yield from self._token_flow(stale=token)
        if not replayable:
            raise _not_replayable(response, (token.value, refreshed.value, self._api_key))
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
        replayable = is_replayable(request)  # before sending (see APIKeyAuth.sync_auth_flow)
        response = yield request
        if response.status_code != 401 or not callable(self._token):
            return
        response.read()
        again = self._get()
        if again == token:
            return  # nothing new to try: the caller sees the 401
        if not replayable:
            raise _not_replayable(response, (token, again))
        request.headers["Authorization"] = f"Bearer {again}"
        yield request

    def __repr__(self) -> str:
        kind = "callable" if callable(self._token) else "fixed"
        return f"StaticTokenAuth({kind} token=<redacted>)"


def _same(token: Token, other: Optional[Token]) -> bool:
    # Identity, not value: a sign-in may legitimately return the same JWT again, and a thread
    # that waited on the lock must accept it rather than sign in once more.
    return token is other


def _describe(exc: BaseException) -> str:
    """What was wrong with a sign-in answer, without quoting it (it may hold a token)."""
    if isinstance(exc, json.JSONDecodeError):
        return "the body is not JSON"
    if isinstance(exc, KeyError) and exc.args:
        return f"missing {exc.args[0]!r}"
    return "id_token or expires_at is malformed"


def _not_replayable(response: httpx.Response, secrets: Tuple[str, ...]) -> APIStatusError:
    error = error_for_response(response)
    error.args = (
        "the server refused the token (401) and the request body was streamed from a non-seekable "
        "source (a generator or unseekable file), so it cannot be replayed with a new token; a fresh "
        f"token has been obtained: send the request again with a replayable body ({error})",
    )
    return _redact(error, secrets)
