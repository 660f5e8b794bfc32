"""``AmigoClient``: the one entry point of the SDK.

::

    from amigo_client import AmigoClient

    with AmigoClient() as client:                      # settings from AMIGO_* variables
        with client.create_conversation(service_id) as stream:
            for event in stream:
                ...
        conversation_id = stream.conversation_id
        print(client.interact(conversation_id, "Hello!").until_done().text)
        client.finish_conversation(conversation_id)

It is a :class:`amigo_client.Client` (so every generated function accepts it as ``client=``)
whose httpx client carries the bearer-token :mod:`auth flow <amigo_client._auth>` and the
:mod:`retry transport <amigo_client._retry>`. Its requests go to the organization-scoped base
URL ``{base_url}/v1/{organization_id}``. Its repr never shows a key or token.

Beyond the generated functions it adds the NDJSON streams (:meth:`create_conversation`,
:meth:`interact`), :meth:`call` (any generated operation, typed errors instead of ``None``)
and :meth:`paginate` / :meth:`iter_items` over ``has_more`` / ``continuation_token`` pages.
"""

from __future__ import annotations

import copy
import datetime as _dt
import os
import re
import time
from types import ModuleType
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple, Union
from urllib.parse import quote_plus

import attrs
import httpx

from . import _logging
from ._auth import APIKeyAuth, StaticTokenAuth, Token, TokenFileCache, check_credential
from ._errors import (
    ConfigurationError,
    UnexpectedResponseError,
    connection_error,
    error_for_response,
)
from ._resource import ELAPSED
from ._retry import BUFFERED, POLICY, RetryPolicy, RetryTransport
from ._streaming import EventStream
from .api import RawResources, Resources, operation
from .client import Client
from .types import UNSET, Unset

if TYPE_CHECKING:
    from ._audio import AudioSource  # imported on first use: only voice turns need it
    from ._realtime import Realtime  # imported on first use: only real-time sessions need it

__all__ = ["AmigoClient", "DEFAULT_BASE_URL", "DEFAULT_TIMEOUT"]

DEFAULT_BASE_URL = "https://api.amigo.ai"
#: Connect fast, but give a slow agent turn two minutes between bytes.
DEFAULT_TIMEOUT = httpx.Timeout(connect=5.0, read=120.0, write=60.0, pool=10.0)
_OBJECT_ID = re.compile(r"^[a-f0-9]{24}$")
_ENV = {
    "api_key": "AMIGO_API_KEY",
    "api_key_id": "AMIGO_API_KEY_ID",
    "user_id": "AMIGO_USER_ID",
    "organization_id": "AMIGO_ORGANIZATION_ID",
    "base_url": "AMIGO_BASE_URL",
}

ExternalEvent = Tuple[str, _dt.datetime]


def _check_id(name: str, value: str) -> str:
    if not isinstance(value, str) or not _OBJECT_ID.match(value):
        raise ConfigurationError(f"invalid {name} {value!r}: expected 24 lowercase hexadecimal characters")
    return value


#: Characters an organization id may not hold: it is one segment of every request's path.
_PATH_UNSAFE = re.compile(r"[/?#%\\]")


def _check_settings(settings: Mapping[str, Optional[str]], given: Mapping[str, Optional[str]]) -> None:
    """Refuse a setting that cannot be sent, naming it but never showing its value (a key or
    token read from a file often ends with a newline; a pasted one may hold non-ASCII quotes)."""
    for name, value in settings.items():
        if value is None or (name == "base_url" and not value):
            continue
        source = "" if given.get(name) is not None else _ENV[name]
        where = f"{name} (from {source})" if source else name
        if name != "base_url":
            check_credential(name, value, source)
            if name == "organization_id" and _PATH_UNSAFE.search(value):
                raise ConfigurationError(f"{where} holds '/', '?', '#', '%' or a backslash; the value is not shown")
            continue
        if not isinstance(value, str):
            raise ConfigurationError(f"{where} must be a string, not {type(value).__name__}")
        if any(ch.isspace() or not ch.isprintable() for ch in value):
            raise ConfigurationError(
                f"{where} holds whitespace or a control character (a newline read from a file?); the value is not shown"
            )
        if not value.startswith(("http://", "https://")):
            raise ConfigurationError(f"{where} must start with http:// or https://; the value is not shown")
        try:
            host = httpx.URL(value).host
        except (httpx.InvalidURL, ValueError, UnicodeError):
            host = ""
        if not host or "%" in host:
            raise ConfigurationError(f"{where} is not a URL with a host name; the value is not shown")


def _parse_sign_in(response: httpx.Response) -> Token:
    from .models.sign_in_with_api_key_response import SignInWithApiKeyResponse

    parsed = SignInWithApiKeyResponse.from_dict(response.json())
    expires = parsed.expires_at
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=_dt.timezone.utc)
    return Token(parsed.id_token, expires.timestamp())


class AmigoClient(Resources, Client):
    """A client for one organization (see the module docstring).

    Every setting can come from the environment: ``api_key`` (``AMIGO_API_KEY``),
    ``api_key_id`` (``AMIGO_API_KEY_ID``), ``user_id`` (``AMIGO_USER_ID``), ``organization_id``
    (``AMIGO_ORGANIZATION_ID``), ``base_url`` (``AMIGO_BASE_URL``, default
    ``https://api.amigo.ai``). Instead of an API key, ``token`` may be a fixed bearer token or a
    callable returning one.

    ``timeout``: an ``httpx.Timeout`` or seconds (default: connect 5 s, read 120 s).
    ``max_retries`` / ``retry_policy``: see :class:`~amigo_client.RetryPolicy` (0 disables).
    ``token_cache``: ``True`` to share signed-in tokens between processes through a 0600 file
    under the user's cache directory, or a directory path; off by default.
    ``transport``: an httpx transport to send through (tests, proxies); retries wrap it.
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
        verify_ssl: bool = True,
    ) -> None:
        _logging.configure_from_env()  # AMIGO_LOG=info|debug (see amigo_client._logging)
        given: Dict[str, Optional[str]] = {
            "api_key": api_key,
            "api_key_id": api_key_id,
            "user_id": user_id,
            "organization_id": organization_id,
            "base_url": base_url,
        }
        settings = {name: value if value is not None else os.environ.get(_ENV[name]) for name, value in given.items()}
        needed = ["organization_id"] if token is not None else ["api_key", "api_key_id", "user_id", "organization_id"]
        missing = [name for name in needed if not settings[name]]
        if missing:
            raise ConfigurationError(
                "missing setting(s): " + ", ".join(f"{name} (pass {name}= or set {_ENV[name]})" for name in missing)
            )
        _check_settings(
            {k: v for k, v in settings.items() if token is None or k not in ("api_key", "api_key_id")}, given
        )
        root = (settings["base_url"] or DEFAULT_BASE_URL).rstrip("/")
        organization = str(settings["organization_id"])
        self.organization_id = organization
        self.user_id = settings["user_id"]
        self._root_url = root
        if isinstance(timeout, (int, float)):
            timeout = httpx.Timeout(float(timeout), connect=min(5.0, float(timeout)))
        policy = retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        self.retry_policy = policy

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
        self.auth = auth
        self._url_prefix: Optional[Tuple[httpx.Client, str]] = None
        inner = transport if transport is not None else httpx.HTTPTransport(verify=verify_ssl)
        super().__init__(
            base_url=f"{root}/v1/{organization}",
            timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
            headers=dict(headers or {}),
            verify_ssl=verify_ssl,
            httpx_args={"auth": auth, "transport": RetryTransport(inner, policy)},
        )
        # Built now, not lazily on first use: threads sharing a fresh client must share one
        # connection pool (the generated get_httpx_client() has no lock).
        self.get_httpx_client()

    # -- plumbing ---------------------------------------------------------------------

    def _sign_in_request(self, api_key: str, api_key_id: str, user_id: str) -> httpx.Request:
        sign_in_with_api_key = operation("sign-in-with-api-key")

        kwargs = sign_in_with_api_key._get_kwargs(x_api_key=api_key, x_api_key_id=api_key_id, x_user_id=user_id)
        return self.get_httpx_client().build_request(**kwargs)

    def _send(self, kwargs: Dict[str, Any], *, stream: bool = False) -> httpx.Response:
        """Send a request built by a generated ``_get_kwargs``; raise typed errors; log it."""
        client = self.get_httpx_client()
        if self._option_headers is not None:
            kwargs = {**kwargs, "headers": {**self._option_headers, **(kwargs.get("headers") or {})}}
        if self._option_timeout is not None and "timeout" not in kwargs:
            kwargs = {**kwargs, "timeout": self._option_timeout}
        url = kwargs["url"]
        if isinstance(url, str) and url.startswith("/") and "?" not in url:
            # The absolute URL httpx would build, written out directly: merging a relative URL
            # into base_url and a params mapping into the URL parse it three times, which costs
            # httpx more than the rest of a small call together.
            query = _query_string(kwargs.get("params") or {})
            if query is not None:
                prefix = self._url_prefix
                if prefix is None or prefix[0] is not client:
                    prefix = self._url_prefix = (client, str(client.base_url).rstrip("/"))
                # (httpx writes a bare "?" for a params mapping that encodes to nothing.)
                kwargs = {**kwargs, "url": prefix[1] + url + ("?" + query if query or kwargs.get("params") else "")}
                kwargs.pop("params", None)
        request = client.build_request(**kwargs)
        extensions = request.extensions if stream else {**request.extensions, BUFFERED: True}
        if self._option_policy is not None:
            extensions = {**extensions, POLICY: self._option_policy}
        request.extensions = extensions
        log = _logging.logger
        if log.isEnabledFor(_logging.DEBUG):
            log.debug("%s %s: sending", request.method, request.url.path)
        started = time.perf_counter()
        try:
            response = client.send(request, stream=stream)
        except httpx.TransportError as exc:  # timeouts included (APITimeoutError)
            _log_failure(request, started, exc)
            raise connection_error(exc, request) from exc
        elapsed = time.perf_counter() - started
        response.extensions[ELAPSED] = elapsed
        if log.isEnabledFor(_logging.INFO):
            _log_response(request, response, elapsed)
        if not 200 <= response.status_code < 300:
            raise error_for_response(response)
        return response

    def call(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """Run a generated operation (``amigo_client.api.<tag>.<operation>``) and return its parsed
        2xx body (None for 204), raising :class:`~amigo_client.APIStatusError` subclasses on errors.

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

        return parse_answer(operation, self, self._send(request_kwargs))

    # -- the surface: options, raw responses, dir() -------------------------------------

    _option_headers: Optional[Dict[str, str]] = None
    _option_timeout: Optional[httpx.Timeout] = None
    _option_policy: Optional[RetryPolicy] = None

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
        clone = copy.copy(self)
        clone.__dict__.pop("_resources", None)
        if headers is not None:
            if not isinstance(headers, Mapping):
                raise ConfigurationError(f"with_options: headers must be a mapping, got {type(headers).__name__}")
            clone._option_headers = {**(self._option_headers or {}), **{str(k): str(v) for k, v in headers.items()}}
        if timeout is not None:
            if isinstance(timeout, bool) or not isinstance(timeout, (int, float, httpx.Timeout)):
                raise ConfigurationError(f"with_options: timeout must be seconds or an httpx.Timeout, got {timeout!r}")
            clone._option_timeout = (
                timeout
                if isinstance(timeout, httpx.Timeout)
                else httpx.Timeout(float(timeout), connect=min(5.0, timeout))
            )
        if max_retries is not None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ConfigurationError(f"with_options: max_retries must be an integer >= 0, got {max_retries!r}")
            retry_policy = attrs_evolve_policy(self._option_policy or self.retry_policy, max_retries)
        if retry_policy is not None:
            clone._option_policy = retry_policy
            clone.retry_policy = retry_policy
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

    @property
    def realtime(self) -> Realtime:
        """Real-time voice over WebSocket (the ``realtime`` extra): ``with client.realtime.connect(
        service_id=...) as session: ...`` (see :mod:`amigo_client._realtime`)."""
        from ._realtime import Realtime

        return Realtime(self)

    def with_headers(self, headers: Dict[str, str]) -> AmigoClient:
        """``with_options(headers=headers)`` (kept for the generated Client's callers)."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> AmigoClient:
        """``with_options(timeout=timeout)`` (kept for the generated Client's callers)."""
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: Dict[str, str]) -> AmigoClient:
        """The Amigo API uses no cookies: a copy sending ``cookies`` as a ``Cookie`` header."""
        text = "; ".join(f"{k}={v}" for k, v in cookies.items())
        return self.with_options(headers={"Cookie": text}) if text else self.with_options()

    def __dir__(self) -> List[str]:
        from .api import _CLASSES

        public = [
            "call",
            "close",
            "create_conversation",
            "finish_conversation",
            "interact",
            "iter_items",
            "organization_id",
            "paginate",
            "realtime",
            "retry_policy",
            "user_id",
            "with_options",
            "with_raw_response",
        ]
        return sorted(set(public) | set(_CLASSES))

    # -- pagination -------------------------------------------------------------------

    def paginate(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Every page of a list operation, fetched lazily: the next page is requested only when
        the previous one has been consumed and said ``has_more``."""
        token = kwargs.pop("continuation_token", UNSET)
        seen = set()
        while True:
            if not isinstance(token, Unset):
                kwargs["continuation_token"] = token
            page = self.call(operation, *args, **kwargs)
            yield page
            if not getattr(page, "has_more", False):
                return
            token = getattr(page, "continuation_token", None)
            name = operation.__name__.rsplit(".", 1)[-1]
            if token is None or isinstance(token, Unset):
                raise UnexpectedResponseError(f"{name}: the server said has_more but sent no continuation_token")
            key = repr(token)
            if key in seen:
                raise UnexpectedResponseError(
                    f"{name}: the server sent continuation_token {token!r} twice; stopping instead of looping"
                )
            seen.add(key)

    def iter_items(
        self, operation: ModuleType, *args: Any, items: Optional[str] = None, **kwargs: Any
    ) -> Iterator[Any]:
        """Every item of every page. ``items`` names the list field of the page (found by itself
        when the page has exactly one list field)."""
        for page in self.paginate(operation, *args, **kwargs):
            name = items or _list_field(page)
            values = getattr(page, name, None)
            if not isinstance(values, list):
                raise ConfigurationError(
                    f"{type(page).__name__} has no list field {name!r}; its list fields are {_list_fields(page)}"
                )
            yield from values

    # -- conversations ----------------------------------------------------------------

    def create_conversation(
        self,
        service_id: str,
        *,
        initial_message: Optional[str] = None,
        initial_message_type: Optional[str] = None,
        service_version_set_name: Optional[str] = None,
        tags: Optional[Mapping[str, Optional[str]]] = None,
        response_format: str = "text",
        current_agent_action_type: Optional[str] = None,
    ) -> EventStream:
        """Create a conversation and return its event stream (use it in a ``with`` block).

        Without ``initial_message`` the agent speaks first; with it the user (``user-message``,
        the default) or an ``external-event`` does."""
        create_conversation = operation("create-conversation")
        from .models.create_conversation_request import CreateConversationRequest

        _check_id("service_id", service_id)
        if initial_message_type is not None and initial_message is None:
            raise ConfigurationError("initial_message_type needs an initial_message")
        body: Dict[str, Any] = {"service_id": service_id}
        if service_version_set_name is not None:
            body["service_version_set_name"] = service_version_set_name
        if initial_message is not None:
            body["initial_message"] = initial_message
            body["initial_message_type"] = initial_message_type or "user-message"
        if tags is not None:
            body["tags"] = dict(tags)
        kwargs = create_conversation._get_kwargs(
            body=CreateConversationRequest.from_dict(body),
            response_format=response_format,
            current_agent_action_type=UNSET if current_agent_action_type is None else current_agent_action_type,
        )
        return self._stream(kwargs, voice=response_format == "voice")

    def interact(
        self,
        conversation_id: str,
        text: Optional[str] = None,
        *,
        audio: Optional[AudioSource] = None,
        audio_content_type: Optional[str] = None,
        audio_config: Optional[Mapping[str, Any]] = None,
        message_type: str = "user-message",
        external_events: Iterable[ExternalEvent] = (),
        response_format: str = "text",
        current_agent_action_type: Optional[str] = None,
    ) -> EventStream:
        """Send one turn (text, or ``audio`` as bytes / path / binary file) and return the reply's
        event stream. ``message_type`` is ``user-message`` (default), ``external-event`` or
        ``skip`` (no message: let the agent speak again). ``external_events`` are
        ``(content, timestamp)`` pairs inserted before the message."""
        interact_with_conversation = operation("interact-with-conversation")
        from .models.interact_with_conversation_request import InteractWithConversationRequest

        _check_id("conversation_id", conversation_id)
        if message_type not in ("user-message", "external-event", "skip"):
            raise ConfigurationError(
                f"invalid message_type {message_type!r}: use 'user-message', 'external-event' or 'skip'"
            )
        events = list(external_events)
        if message_type == "skip":
            if text or audio is not None or events:
                raise ConfigurationError("a 'skip' turn carries no text, audio or external events")
        elif (text is None) == (audio is None):
            raise ConfigurationError("pass exactly one of text= or audio=")
        elif text is not None and not text:
            raise ConfigurationError("text is empty")
        for content, when in events:
            if not isinstance(when, _dt.datetime) or when.tzinfo is None:
                raise ConfigurationError(f"external event {content!r}: timestamp must be a timezone-aware datetime")
        part = None
        if audio is not None:
            from ._audio import open_audio

            part = open_audio(audio, audio_content_type)
        try:
            config = dict(audio_config) if audio_config is not None else (part.audio_config() if part else None)
            if part is not None and config is None:
                raise ConfigurationError(
                    "cannot read the WAV header to describe the audio; pass audio_config="
                    "{'type': 'pcm', 'frame_rate': ..., 'n_channels': 1, 'sample_width': 2}"
                )
            body = InteractWithConversationRequest(
                initial_message_type=message_type,  # type: ignore[arg-type]
                recorded_message=text or "",
                external_event_message_content=[content for content, _ in events],
                external_event_message_timestamp=[when for _, when in events],
            )
            kwargs = interact_with_conversation._get_kwargs(
                conversation_id,
                body=body,
                request_format="voice" if part is not None else "text",
                response_format=response_format,
                current_agent_action_type=UNSET if current_agent_action_type is None else current_agent_action_type,
                request_audio_config=_audio_config_model(config) if config is not None else UNSET,
            )
            if part is not None:
                kwargs["files"] = [
                    ("recorded_message", part.file_tuple()) if name == "recorded_message" else (name, value)
                    for name, value in kwargs["files"]
                ]
            return self._stream(kwargs, voice=response_format == "voice")
        finally:
            if part is not None:
                part.close()

    def finish_conversation(self, conversation_id: str) -> None:
        """Finish a conversation (its post-processing starts on the server)."""
        finish_conversation = operation("finish-conversation")

        self._send(finish_conversation._get_kwargs(_check_id("conversation_id", conversation_id))).close()

    def _stream(self, kwargs: Dict[str, Any], *, voice: bool) -> EventStream:
        headers = dict(kwargs.get("headers") or {})
        headers["Accept"] = "application/x-ndjson"
        kwargs["headers"] = headers
        return EventStream(self._send(kwargs, stream=True), voice=voice)

    # -- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool."""
        self.get_httpx_client().close()

    def __enter__(self) -> AmigoClient:
        self.get_httpx_client()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.close()

    def __copy__(self) -> AmigoClient:
        clone = object.__new__(type(self))
        for name in _SLOTS:
            setattr(clone, name, getattr(self, name))
        clone.__dict__.update(self.__dict__)
        clone.__dict__.pop("_resources", None)
        clone.__dict__.pop("_raw_resources", None)
        return clone

    def __repr__(self) -> str:
        return (
            f"AmigoClient(base_url={self._root_url!r}, organization_id={self.organization_id!r}, "
            f"user_id={self.user_id!r}, auth={self.auth!r})"
        )


def attrs_evolve_policy(policy: RetryPolicy, max_retries: int) -> RetryPolicy:
    import dataclasses

    return dataclasses.replace(policy, max_retries=max_retries)


#: The slots of the generated Client (attrs), copied by AmigoClient.__copy__.
_SLOTS = tuple(a.name for a in attrs.fields(Client))


def _log_response(request: httpx.Request, response: httpx.Response, elapsed: float) -> None:
    from ._errors import _request_id
    from ._retry import RETRIES

    _logging.logger.info(
        "%s %s %d in %.1f ms, %d retries, request id %s",
        request.method,
        request.url.path,
        response.status_code,
        elapsed * 1000.0,
        response.extensions.get(RETRIES, 0),
        _request_id(response) or "-",
    )


def _log_failure(request: httpx.Request, started: float, exc: Exception) -> None:
    if _logging.logger.isEnabledFor(_logging.INFO):
        _logging.logger.info(
            "%s %s failed after %.1f ms: %s",
            request.method,
            request.url.path,
            (time.perf_counter() - started) * 1000.0,
            type(exc).__name__,
        )


def _parameters_of(function: Any) -> str:
    import inspect

    try:
        names = list(inspect.signature(function).parameters)
    except (TypeError, ValueError):  # pragma: no cover - a generated function always has one
        return "unknown"
    return ", ".join(names) if names else "none"


#: Query text that urlencode leaves as it is (RFC 3986 unreserved characters).
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")


def _query_value(value: Any) -> Optional[str]:
    # httpx's primitive_value_to_str: JSON-style booleans, "" for None, str() for the rest.
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def _quote(text: str) -> str:
    return text if _UNRESERVED.fullmatch(text) else quote_plus(text, safe="")


def _query_string(params: Mapping[str, Any]) -> Optional[str]:
    """``params`` encoded exactly as httpx encodes a params mapping (``urllib.parse.urlencode`` of
    its values as strings, list values repeated), or None for a key or value of another type
    (httpx is left to handle or refuse it)."""
    parts = []
    for key, value in params.items():
        if not isinstance(key, str):
            return None
        name = _quote(key)
        for item in value if isinstance(value, (list, tuple)) else (value,):
            text = _query_value(item)
            if text is None:
                return None
            parts.append(f"{name}={_quote(text)}")
    return "&".join(parts)


def _audio_config_model(config: Mapping[str, Any]) -> Any:
    from .models.mp3_user_message_audio_config import MP3UserMessageAudioConfig
    from .models.pcm_user_message_audio_config import PCMUserMessageAudioConfig

    kind = config.get("type")
    if kind == "mp3":
        return MP3UserMessageAudioConfig.from_dict(dict(config))
    if kind == "pcm":
        if config.get("n_channels") != 1 or config.get("sample_width") not in (2, 4):
            raise ConfigurationError(f"PCM voice audio must be mono with 2- or 4-byte samples, got {dict(config)!r}")
        return PCMUserMessageAudioConfig.from_dict(dict(config))
    raise ConfigurationError(f"audio_config type must be 'pcm' or 'mp3', got {kind!r}")


def _list_fields(page: Any) -> List[str]:
    return [
        f.name
        for f in attrs.fields(type(page))
        if f.name != "additional_properties" and isinstance(getattr(page, f.name), list)
    ]


def _list_field(page: Any) -> str:
    names = _list_fields(page)
    if len(names) != 1:
        raise ConfigurationError(f"{type(page).__name__} has list fields {list(names)}: pass items=<name>")
    return names[0]
