"""``AmigoClient``: the one entry point of the SDK, and where its parts meet.

::

    from amigo_client import AmigoClient

    with AmigoClient() as client:                      # settings from AMIGO_* variables
        with client.create_conversation(service_id) as stream:
            for event in stream:
                ...
        conversation_id = stream.conversation_id
        print(client.interact(conversation_id, "Hello!").until_done().text)
        client.finish_conversation(conversation_id)

It owns one ``httpx.Client`` (its connection pool), which carries the bearer-token
:mod:`auth flow <amigo_client._auth>` and the :mod:`retry transport <amigo_client._retry>`. It
composes that client rather than inheriting the generated ``amigo_client.Client``, so ``help()``
and ``dir()`` show only its own surface; every generated function still accepts it as
``client=`` (their annotation names it). Its requests go to the organization-scoped base URL
``{base_url}/v1/{organization_id}``. Its repr never shows a key or token.

This module holds the composition: building the client from its settings and sending a request
(:meth:`AmigoClient._send`: options, the URL, logging, typed errors), :meth:`~AmigoClient.call`,
:meth:`~AmigoClient.with_options` and the client's lifetime. Each other job has its own module:

* :mod:`amigo_client._settings`: the settings, their environment variables and their checks;
* :mod:`amigo_client._options`: timeouts, headers and query options, checked before sending;
* :mod:`amigo_client._limits`: what an answer may make the client hold in memory;
* :mod:`amigo_client._operation`: what a generated operation module is to a type checker;
* :mod:`amigo_client._query`: the query string, written as httpx would write it;
* :mod:`amigo_client._paging`: :meth:`~AmigoClient.paginate` / :meth:`~AmigoClient.iter_items`;
* :mod:`amigo_client._conversations`: :meth:`~AmigoClient.create_conversation`,
  :meth:`~AmigoClient.interact`, :meth:`~AmigoClient.finish_conversation`;
* :mod:`amigo_client._logging`: the log line of each request;
* :mod:`amigo_client._resource`: the resource namespaces (``client.<resource>.<operation>``).
"""

from __future__ import annotations

import datetime as _dt
import math
import os
import ssl
import time
from types import ModuleType
from typing import Any, Callable, Dict, List, Mapping, Optional, Union

import httpx

from . import _logging
from ._auth import APIKeyAuth, StaticTokenAuth, Token, TokenFileCache
from ._conversations import Conversations
from ._errors import (
    ClientClosedError,
    ConfigurationError,
    UnexpectedResponseError,
    connection_error,
    error_for_response,
)
from ._limits import DEFAULT_MAX_LINE_BYTES, MAX_LINE, MAX_RESPONSE, check_limit, read_body
from ._operation import Operation, T
from ._options import headers_option, retries_option, timeout_option
from ._paging import Paging
from ._query import query_string
from ._resource import ELAPSED
from ._retry import BUFFERED, POLICY, RetryPolicy, RetryTransport
from ._settings import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, ENV, api_root, check_settings
from .api import RawResources, Resources, operation

__all__ = ["AmigoClient", "DEFAULT_BASE_URL", "DEFAULT_TIMEOUT"]


def _parse_sign_in(response: httpx.Response) -> Token:
    from .models.sign_in_with_api_key_response import SignInWithApiKeyResponse

    parsed = SignInWithApiKeyResponse.from_dict(response.json())
    expires = parsed.expires_at
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=_dt.timezone.utc)
    return Token(parsed.id_token, expires.timestamp())


class AmigoClient(Resources, Conversations, Paging):
    """A client for one organization of the Amigo API (see the module docstring).

    Every setting can come from the environment: ``api_key`` (``AMIGO_API_KEY``),
    ``api_key_id`` (``AMIGO_API_KEY_ID``), ``user_id`` (``AMIGO_USER_ID``), ``organization_id``
    (``AMIGO_ORGANIZATION_ID``), ``base_url`` (``AMIGO_BASE_URL``, default
    ``https://api.amigo.ai``). Instead of an API key, ``token`` may be a fixed bearer token or a
    callable returning one.

    ``timeout``: an ``httpx.Timeout`` or seconds (default: connect 5 s, read 120 s).
    ``max_retries`` / ``retry_policy``: see :class:`~amigo_client.RetryPolicy` (0 disables).
    ``token_cache``: ``True`` to share signed-in tokens between processes through a 0600 file
    under the user's cache directory, or a directory path; off by default.
    ``headers``: headers added to every request.
    ``max_line_bytes``: the longest line an NDJSON stream may send (default 16 MiB; a longer one
    is a :class:`~amigo_client.StreamDecodeError`). ``max_response_bytes``: the largest body of
    any other answer (default None: no limit; a larger one is a
    :class:`~amigo_client.ResponseTooLargeError`). See :mod:`amigo_client._limits`.
    ``transport``: an httpx transport to send through (tests, proxies); retries wrap it.

    Use it as a context manager, or call :meth:`close`, to give its connections back; a closed
    client raises :class:`~amigo_client.ClientClosedError`. Every generated function
    (``amigo_client.api.<resource>.<operation>.sync(client=...)``) accepts it.
    """

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        api_key_id: Optional[str] = None,
        user_id: Optional[str] = None,
        organization_id: Optional[str] = None,
        base_url: Optional[str] = None,
        token: Union[str, Callable[[], str], None] = None,
        timeout: Union[httpx.Timeout, float, None] = None,
        max_retries: int = 2,
        retry_policy: Optional[RetryPolicy] = None,
        token_cache: Union[bool, str, "os.PathLike[str]"] = False,
        refresh_margin: float = 60.0,
        headers: Optional[Mapping[str, str]] = None,
        transport: Optional[httpx.BaseTransport] = None,
        verify_ssl: Union[bool, ssl.SSLContext] = True,
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
        max_response_bytes: Optional[int] = None,
    ) -> None:
        _logging.configure_from_env()  # AMIGO_LOG=info|debug (see amigo_client._logging)
        given: Dict[str, Optional[str]] = {
            "api_key": api_key,
            "api_key_id": api_key_id,
            "user_id": user_id,
            "organization_id": organization_id,
            "base_url": base_url,
        }
        settings = {name: value if value is not None else os.environ.get(ENV[name]) for name, value in given.items()}
        needed = ["organization_id"] if token is not None else ["api_key", "api_key_id", "user_id", "organization_id"]
        missing = [name for name in needed if not settings[name]]
        if missing:
            raise ConfigurationError(
                "missing setting(s): " + ", ".join(f"{name} (pass {name}= or set {ENV[name]})" for name in missing)
            )
        check_settings(
            {k: v for k, v in settings.items() if token is None or k not in ("api_key", "api_key_id")}, given
        )
        organization = str(settings["organization_id"])
        root = api_root(settings["base_url"], organization, from_env=base_url is None)
        self._organization_id = organization
        self._user_id = settings["user_id"]
        self._root_url = root
        if timeout is not None:
            timeout = timeout_option(timeout, "")
        extra = headers_option(headers, "") if headers is not None else {}
        self._max_line_bytes = check_limit(max_line_bytes, "max_line_bytes", optional=False)
        self._max_response_bytes = check_limit(max_response_bytes, "max_response_bytes", optional=True)
        if self._max_response_bytes is not None and not any(k.lower() == "accept-encoding" for k in extra):
            extra["Accept-Encoding"] = "gzip, deflate"  # what read_body can decode under the limit
        if (
            isinstance(refresh_margin, bool)
            or not isinstance(refresh_margin, (int, float))
            or not (math.isfinite(refresh_margin) and refresh_margin >= 0)
        ):
            raise ConfigurationError(f"refresh_margin must be a finite number of seconds >= 0, got {refresh_margin!r}")
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise ConfigurationError(f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}")
        if not isinstance(token_cache, (bool, str, os.PathLike)):
            raise ConfigurationError(
                f"token_cache must be True, False or a directory path, got {type(token_cache).__name__}"
            )
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(f"transport must be an httpx.BaseTransport, got {type(transport).__name__}")
        policy = retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        self._retry_policy = policy
        #: What the generated functions' ``_parse_response`` reads: a 2xx status the contract does
        #: not document parses as None (the generated clients' default).
        self.raise_on_unexpected_status = False
        # with_options(): headers, timeout and retry policy of this copy's requests (None: the pool's).
        self._option_headers: Optional[Dict[str, str]] = None
        self._option_timeout: Optional[httpx.Timeout] = None
        self._option_policy: Optional[RetryPolicy] = None

        auth: httpx.Auth
        if token is not None:
            auth = StaticTokenAuth(token)
        else:
            cache: Optional[TokenFileCache] = None
            cache_path = None
            if token_cache:
                cache = TokenFileCache(None if token_cache is True else token_cache)
                cache_path = cache.path_for(root, organization, str(settings["api_key_id"]), str(settings["user_id"]))
            auth = APIKeyAuth(
                api_key=str(settings["api_key"]),
                api_key_id=str(settings["api_key_id"]),
                user_id=str(settings["user_id"]),
                sign_in_request=self._sign_in_request,
                parse_sign_in=_parse_sign_in,
                refresh_margin=refresh_margin,
                cache=cache,
                cache_path=cache_path,
            )
        #: The auth flow (an ``httpx.Auth``): the API key's sign-in and token refresh, or the fixed token.
        self.auth = auth
        inner = transport if transport is not None else _http_transport(verify_ssl)
        # The one httpx client (connection pool) of this client and of its with_options() copies.
        # Built now, not on first use: threads sharing a fresh client must share one pool.
        self._http = httpx.Client(
            base_url=f"{root}/v1/{organization}",
            timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
            headers=extra,
            auth=auth,
            transport=RetryTransport(inner, policy),
        )
        #: The absolute URL every operation's path is appended to (see _send).
        self._url_root = str(self._http.base_url).rstrip("/")

    # -- settings ---------------------------------------------------------------------

    @property
    def organization_id(self) -> str:
        """The organization every request is scoped to (``{base_url}/v1/{organization_id}/...``)."""
        return self._organization_id

    @property
    def user_id(self) -> Optional[str]:
        """The user the API key signs in as (None for a client built with ``token=`` alone)."""
        return self._user_id

    @property
    def retry_policy(self) -> RetryPolicy:
        """The :class:`~amigo_client.RetryPolicy` of this client's requests."""
        return self._retry_policy

    # -- plumbing ---------------------------------------------------------------------

    def _sign_in_request(self, api_key: str, api_key_id: str, user_id: str) -> httpx.Request:
        sign_in_with_api_key = operation("sign-in-with-api-key")

        kwargs = sign_in_with_api_key._get_kwargs(x_api_key=api_key, x_api_key_id=api_key_id, x_user_id=user_id)
        return self._http.build_request(**kwargs)

    def _send(self, kwargs: Dict[str, Any], *, stream: bool = False) -> httpx.Response:
        """Send a request built by a generated ``_get_kwargs``; raise typed errors; log it."""
        http = self._http
        if self._option_headers is not None:
            kwargs = {**kwargs, "headers": {**self._option_headers, **(kwargs.get("headers") or {})}}
        if self._option_timeout is not None and "timeout" not in kwargs:
            kwargs = {**kwargs, "timeout": self._option_timeout}
        url = kwargs["url"]
        if isinstance(url, str) and url.startswith("/") and "?" not in url:
            # The absolute URL httpx would build, written out directly: merging a relative URL
            # into base_url and a params mapping into the URL parse it three times, which costs
            # httpx more than the rest of a small call together.
            query = query_string(kwargs.get("params") or {})
            if query is not None:
                # (httpx writes a bare "?" for a params mapping that encodes to nothing.)
                kwargs = {
                    **kwargs,
                    "url": self._url_root + url + ("?" + query if query or kwargs.get("params") else ""),
                }
                kwargs.pop("params", None)
        try:
            request = http.build_request(**kwargs)
        except httpx.InvalidURL as exc:  # e.g. longer than httpx allows (65,536 characters)
            raise ConfigurationError(
                f"{str(kwargs.get('method', '')).upper()} {url}: the request URL cannot be built ({exc}; a "
                "parameter or a continuation_token too long for a URL?)"
            ) from None
        extensions = request.extensions if stream else {**request.extensions, BUFFERED: True}
        if self._option_policy is not None:
            extensions = {**extensions, POLICY: self._option_policy}
        request.extensions = extensions
        log = _logging.logger
        if log.isEnabledFor(_logging.DEBUG):
            log.debug("%s %s: sending", request.method, request.url.path)
        limit = self._max_response_bytes
        if limit is not None:
            request.extensions[MAX_RESPONSE] = limit
        started = time.perf_counter()
        try:
            # With a size limit the body is read here, under it (see amigo_client._limits).
            response = http.send(request, stream=stream or limit is not None)
            elapsed = time.perf_counter() - started
            if limit is not None and (not stream or not 200 <= response.status_code < 300):
                read_body(response, limit, request)
        except httpx.TransportError as exc:  # timeouts included (APITimeoutError)
            _logging.log_failure(request, started, exc)
            raise connection_error(exc, request) from exc
        except httpx.DecodingError as exc:  # a body its Content-Encoding does not describe
            raise UnexpectedResponseError(
                f"{request.method} {request.url.path}: the answer's body cannot be decoded: {exc}"
            ) from None
        except RuntimeError:
            if http.is_closed:  # httpx: "Cannot send a request, as the client has been closed."
                raise ClientClosedError(_CLOSED) from None
            raise
        response.extensions[ELAPSED] = elapsed
        if stream:
            response.extensions[MAX_LINE] = self._max_line_bytes
        if log.isEnabledFor(_logging.INFO):
            _logging.log_response(request, response, elapsed)
        if not 200 <= response.status_code < 300:
            raise error_for_response(response)
        return response

    def call(self, operation: Operation[T], *args: Any, **kwargs: Any) -> T:
        """Run a generated operation (``amigo_client.api.<tag>.<operation>``) and return its parsed
        2xx body (None for 204), raising :class:`~amigo_client.APIStatusError` subclasses on errors.
        A type checker infers the answer's model from the module (see :mod:`amigo_client._operation`).

        The escape hatch under ``client.<resource>.<operation>(...)``: ``client.call(get_services,
        limit=5)`` is ``client.service.get_services(limit=5)``. An argument the operation does not
        take is a :class:`~amigo_client.ConfigurationError` naming the operation and its
        parameters."""
        get_kwargs = getattr(operation, "_get_kwargs", None)
        parse = getattr(operation, "_parse_response", None)
        if not isinstance(operation, ModuleType) or get_kwargs is None or parse is None:
            raise ConfigurationError(
                f"call() takes a generated operation module such as amigo_client.api.service.get_services, "
                f"got {operation!r}"
            )
        name = operation.__name__.rsplit(".", 1)[-1]
        try:
            request_kwargs = get_kwargs(*args, **kwargs)
        except (TypeError, AttributeError) as exc:
            raise ConfigurationError(
                f"{name}: {str(exc).replace('_get_kwargs()', name + '()')}; its parameters are "
                f"{_parameters_of(get_kwargs)}"
            ) from None
        from ._resource import parse as parse_answer

        return parse_answer(operation, self, self._send(request_kwargs))  # type: ignore[no-any-return]

    # -- the surface: options, raw responses, dir() -------------------------------------

    def with_options(
        self,
        *,
        timeout: Union[httpx.Timeout, float, None] = None,
        max_retries: Optional[int] = None,
        headers: Optional[Mapping[str, str]] = None,
        retry_policy: Optional[RetryPolicy] = None,
    ) -> AmigoClient:
        """A copy of this client with other defaults for the requests it sends: ``timeout``,
        ``max_retries`` (or a whole ``retry_policy``), ``headers`` added to every request. The copy
        shares this client's connection pool and signed-in token: closing either closes both.

        ``client.with_options(timeout=5).service.get_services()``."""
        if max_retries is not None and retry_policy is not None:
            raise ConfigurationError("with_options: pass max_retries= or retry_policy=, not both")
        clone = self._clone()
        if headers is not None:
            clone._option_headers = {**(self._option_headers or {}), **headers_option(headers, "with_options")}
        if timeout is not None:
            clone._option_timeout = timeout_option(timeout, "with_options")
        if max_retries is not None:
            retry_policy = retries_option(self._option_policy or self._retry_policy, max_retries, "with_options")
        if retry_policy is not None:
            if not isinstance(retry_policy, RetryPolicy):
                raise ConfigurationError(
                    f"with_options: retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}"
                )
            clone._option_policy = retry_policy
            clone._retry_policy = retry_policy
        return clone

    def _clone(self) -> AmigoClient:
        """A copy sharing the connection pool, the auth flow and the options, without the
        resource namespaces (each is bound to the client that made it)."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone.__dict__.pop("_resources", None)
        clone.__dict__.pop("_raw_resources", None)
        return clone

    @property
    def with_raw_response(self) -> RawResources:
        """The resource namespaces again, whose methods return a
        :class:`~amigo_client._resource.RawResponse` (``status_code``, ``headers``, ``request_id``,
        ``retries``, ``parse()``): ``client.with_raw_response.service.get_services()``."""
        found: Optional[RawResources] = self.__dict__.get("_raw_resources")
        if found is None:
            found = self.__dict__["_raw_resources"] = RawResources(self)
        return found

    def __dir__(self) -> List[str]:
        from .api import _CLASSES

        return sorted(set(_PUBLIC) | set(_CLASSES))

    # -- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool (shared with the :meth:`with_options` copies). Calls made
        afterwards raise :class:`~amigo_client.ClientClosedError`."""
        self._http.close()

    def __enter__(self) -> AmigoClient:
        if self._http.is_closed:
            raise ClientClosedError(_CLOSED)
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"AmigoClient(base_url={self._root_url!r}, organization_id={self._organization_id!r}, "
            f"user_id={self._user_id!r}, auth={self.auth!r})"
        )


#: What dir() of a client lists besides its resources: what a user of the SDK may call or read.
_PUBLIC = (
    "call",
    "close",
    "create_conversation",
    "finish_conversation",
    "interact",
    "iter_items",
    "organization_id",
    "paginate",
    "retry_policy",
    "user_id",
    "with_options",
    "with_raw_response",
)
_CLOSED = (
    "this AmigoClient is closed (its `with` block ended or close() was called; with_options() copies "
    "share it): make the call inside the `with` block, or build a new AmigoClient"
)


def _http_transport(verify: Any) -> httpx.HTTPTransport:
    """The network transport; ``verify``: True, False or an ``ssl.SSLContext``."""
    if not isinstance(verify, (bool, ssl.SSLContext)):
        raise ConfigurationError(
            f"verify_ssl must be True, False or an ssl.SSLContext (for a CA bundle: "
            f"ssl.create_default_context(cafile=...)), got {type(verify).__name__}"
        )
    return httpx.HTTPTransport(verify=verify)


def _parameters_of(function: Any) -> str:
    import inspect

    try:
        names = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):  # pragma: no cover - a generated function always has one
        return "unknown"
    return ", ".join(names) if names else "none"
