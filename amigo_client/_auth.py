"""Bearer-token authentication as an :class:`httpx.Auth` flow.

:class:`APIKeyAuth` exchanges an API key for a JWT with sign-in-with-api-key (headers
``x-api-key``, ``x-api-key-id``, ``x-user-id``), caches it, and refreshes it ahead of its
``expires_at``. It is thread-safe and single-flight: threads that meet a stale token wait on one
lock, the first signs in, the rest find the fresh token (a stale-token check) and go on. On a 401
the flow refreshes once and replays the request when its body can be sent again; a streamed,
non-seekable upload cannot, and surfaces :class:`~amigo_client.AuthenticationError` instead.

Sign-in is rate limited upstream (5 a minute per organization), so short scripts can opt in to a
:class:`TokenFileCache` shared across processes: one JSON file per (base URL, organization, key
id, user) under the user's cache directory, mode 0600, written atomically, holding the token, its
expiry and a non-reversible fingerprint of the API key (PBKDF2), never the key: a token obtained
with another key is not used. Processes that find no usable token take an exclusive lock on the
entry's ``.lock`` file (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows, none elsewhere)
and look again before signing in, so processes started together sign in once, not once each.

:class:`StaticTokenAuth` sends a fixed token, or one returned by a callable (asked again once
after a 401).
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import hmac
import json
import math
import os
import re
import sys
import tempfile
import threading
import time
from pathlib import Path
from time import monotonic as _monotonic
from time import sleep as _sleep
from typing import Callable, Generator, Iterator, Optional, Tuple, Union

import httpx

from ._errors import (
    AmigoError,
    APIStatusError,
    ConfigurationError,
    InternalServerError,
    RateLimitError,
    error_for_response,
    forget_credentials,
)
from ._retry import NO_RETRY, is_replayable

#: Seconds to wait before retrying a failed refresh while the current token is still valid
#: (when the failure gave no Retry-After).
SIGN_IN_RETRY_PAUSE = 10.0

__all__ = [
    "APIKeyAuth",
    "StaticTokenAuth",
    "Token",
    "TokenFileCache",
    "check_credential",
    "default_cache_dir",
    "key_fingerprint",
]

#: Seconds a process waits for another one's sign-in (holding the cache lock) before signing in
#: itself; longer than a sign-in that waits out one rate-limit Retry-After.
CACHE_LOCK_TIMEOUT = 120.0
_CACHE_LOCK_POLL = 0.05

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - a platform with neither: no coordination
        fcntl = None  # type: ignore[assignment]

    def _try_lock(fd: int) -> bool:
        if fcntl is None:  # pragma: no cover
            return True
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)


def key_fingerprint(api_key: str, api_key_id: str) -> str:
    """What the token cache stores to recognise the key a token was obtained with: PBKDF2 of the
    key, salted with its id, so the file does not let anyone recover (or cheaply guess) the key."""
    salt = b"amigo-client token cache v1\0" + api_key_id.encode("utf-8")
    return hashlib.pbkdf2_hmac("sha256", api_key.encode("utf-8"), salt, 20_000).hex()


#: What a credential sent in a header may hold: visible ASCII, no spaces (RFC 9110 token68-like).
_CREDENTIAL = re.compile(r"[\x21-\x7e]+")


def check_credential(name: str, value: object, source: str = "") -> str:
    """``value`` if it can be sent as the header credential ``name``, else a
    :class:`ConfigurationError` that names the setting (and ``source``, e.g. the environment
    variable) but never shows the value: it may be a secret."""
    where = f"{name} (from {source})" if source else name
    if not isinstance(value, str):
        raise ConfigurationError(f"{where} must be a string, not {type(value).__name__}")
    if not value:
        raise ConfigurationError(f"{where} is empty")
    if value != value.strip():
        raise ConfigurationError(
            f"{where} has leading or trailing whitespace (a newline read from a file?): strip it; "
            "the value is not shown"
        )
    if not _CREDENTIAL.fullmatch(value):
        raise ConfigurationError(
            f"{where} holds a character that cannot be sent in a request (only visible ASCII "
            "characters, without spaces, are allowed); the value is not shown"
        )
    return value


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

    def load(self, path: Path, key_fingerprint: Optional[str] = None) -> Optional[Token]:
        """The cached token, or None when the file is absent, unreadable or not a valid entry, or
        (given ``key_fingerprint``) when it was stored for another API key or without one."""
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError, RecursionError):
            return None  # absent, unreadable or corrupt: sign in again
        if not isinstance(data, dict):
            return None
        if key_fingerprint is not None:
            stored = data.get("key_fingerprint")
            if not isinstance(stored, str) or not hmac.compare_digest(
                stored.encode("utf-8", "replace"), key_fingerprint.encode("utf-8")
            ):
                return None
        value, expires_at = data.get("id_token"), data.get("expires_at")
        if not isinstance(value, str) or not value:
            return None
        if isinstance(expires_at, bool) or not isinstance(expires_at, (int, float)) or not math.isfinite(expires_at):
            return None
        return Token(value, float(expires_at))

    def store(self, path: Path, token: Token, key_fingerprint: Optional[str] = None) -> None:
        """Write the token (and ``key_fingerprint``) atomically: a 0600 temporary file in the same
        directory, then ``os.replace``, so a reader sees the old file or the new one, never a
        partial one."""
        _make_private_dirs(path.parent)
        entry = {"id_token": token.value, "expires_at": token.expires_at}
        if key_fingerprint is not None:
            entry["key_fingerprint"] = key_fingerprint
        # mkstemp creates the file readable and writable by this user only (0600).
        fd, tmp = tempfile.mkstemp(prefix=".token-", dir=str(path.parent))
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise

    @contextlib.contextmanager
    def lock(self, path: Path, timeout: float = CACHE_LOCK_TIMEOUT) -> Iterator[bool]:
        """Hold the exclusive lock of ``path``'s entry (its ``.lock`` file, kept afterwards) while
        the block runs; yields whether it got it. After ``timeout`` seconds, or when the lock
        file cannot be opened, the block runs without it: the cache is an optimisation."""
        lock_path = path.with_name(path.name + ".lock")
        try:
            _make_private_dirs(lock_path.parent)
            fd = os.open(str(lock_path), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            yield False
            return
        try:
            deadline = _monotonic() + timeout
            locked = _try_lock(fd)
            while not locked and _monotonic() < deadline:
                _sleep(_CACHE_LOCK_POLL)
                locked = _try_lock(fd)
            try:
                yield locked
            finally:
                if locked:
                    _unlock(fd)
        finally:
            os.close(fd)

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
        self._fingerprint = key_fingerprint(api_key, api_key_id) if cache is not None else None
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
        try:
            response = yield request
        finally:
            # Sent (or failed, or abandoned): nothing that keeps this request, such as a chained
            # httpx error or error.response.request, may show the key.
            forget_credentials(request, self._api_key)
        if not 200 <= response.status_code < 300:
            error = error_for_response(response, secrets=(self._api_key,))
            error.args = (f"sign-in with API key (key id {self._api_key_id!r}) failed: {error}",)
            raise error
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
            cache, path = self._cache, self._cache_path
            if cache is None or path is None:
                return (yield from self._refresh_flow(stale))
            cached = self._from_cache(cache, path, stale)
            if cached is not None:
                return cached
            # Other processes may be signing in for this entry: wait for them, then look again.
            # With a still-valid token in hand, do not wait: keep using it if the lock is taken.
            current = self._token
            valid = current if stale is None and current is not None and current.fresh(0.0) else None
            with cache.lock(path, timeout=0.0 if valid is not None else CACHE_LOCK_TIMEOUT) as locked:
                cached = self._from_cache(cache, path, stale)
                if cached is not None:
                    return cached
                if not locked and valid is not None:
                    return valid
                return (yield from self._refresh_flow(stale))

    def _from_cache(self, cache: TokenFileCache, path: Path, stale: Optional[Token]) -> Optional[Token]:
        cached = cache.load(path, self._fingerprint)
        if cached is None or (stale is not None and cached.value == stale.value):
            return None
        if not cached.fresh(self._refresh_margin):
            return None
        self._adopt(cached, from_cache=True)
        return cached

    def _refresh_flow(self, stale: Optional[Token]) -> Generator[httpx.Request, httpx.Response, Token]:
        """Sign in (the caller holds the lock), falling back to a still-valid token on a 429/5xx."""
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
                self._cache.store(self._cache_path, fresh, self._fingerprint)
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
        try:
            token = yield from self._token_flow(stale=None)
            request.headers["Authorization"] = f"Bearer {token.value}"
            # Decided before sending: a transport that buffers the body (MockTransport reads it
            # into memory) would otherwise make a one-shot generator look replayable afterwards.
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
        finally:
            # The exchange is over (answered, failed or abandoned): the request may live on in a
            # response, a stream or a chained httpx error, without its token.
            forget_credentials(request)

    def __repr__(self) -> str:
        return f"APIKeyAuth(api_key_id={self._api_key_id!r}, user_id={self._user_id!r}, api_key=<redacted>)"


class StaticTokenAuth(httpx.Auth):
    """A fixed bearer token, or a callable returning one (asked again once after a 401)."""

    def __init__(self, token: Union[str, Callable[[], str]]) -> None:
        if not callable(token):
            if not (isinstance(token, str) and token):
                raise ConfigurationError("token must be a non-empty string or a callable returning one")
            check_credential("token", token)
        self._token = token

    def _get(self) -> str:
        value = self._token() if callable(self._token) else self._token
        if not isinstance(value, str) or not value:
            raise ConfigurationError("the token callable returned no token (an empty or non-string value)")
        return check_credential("token", value, "the token callable") if callable(self._token) else value

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        try:
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
        finally:
            forget_credentials(request)  # see APIKeyAuth.sync_auth_flow

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
    error = error_for_response(response, secrets=secrets)
    error.args = (
        "the server refused the token (401) and the request body was streamed from a non-seekable "
        "source (a generator or unseekable file), so it cannot be replayed with a new token; a fresh "
        f"token has been obtained: send the request again with a replayable body ({error})",
    )
    return error
