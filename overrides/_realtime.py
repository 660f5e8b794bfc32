"""Real-time voice over WebSocket: ``client.realtime.connect(...)`` and :class:`RealtimeSession`.

::

    with client.realtime.connect(service_id=SERVICE, response_format="voice", audio_format="pcm") as session:
        greeting = session.until_done()             # the agent speaks first in a new conversation
        session.send_audio("question.wav")          # base64 chunks, then the end of the audio
        reply = session.until_done()                # RealtimeTurn: .audio (PCM), .text, .interrupted
        session.finish_conversation()

The endpoint (``/v1/{organization}/conversation/converse_realtime``) is not in ``openapi.yaml``:
this module follows the API documentation, which gives the URL, the authentication, the message
types and little else. README's "Real-time voice" section lists what is documented and what is
inferred; none of it has been checked against the real service.

Contract:

* **Connecting** sends nothing until the arguments are checked (a bad combination is a
  :class:`ConfigurationError`), then opens ``wss://`` (``ws://`` for an ``http://`` base URL) on
  the client's base URL with the client's token, sends ``client.start-conversation`` and returns
  once ``server.conversation-created`` has arrived. The token comes from the client's own auth
  (the same sign-in, cache and refresh as every REST call) and travels only in the
  ``Sec-WebSocket-Protocol`` header as ``bearer.authorization.amigo.ai.<token>``. A handshake the
  server refuses with 401 gets one fresh token and one more attempt, as a REST 401 does. A refused
  handshake is the typed :class:`~amigo_client.APIStatusError` of its status (401
  :class:`~amigo_client.AuthenticationError`, 404 :class:`~amigo_client.NotFoundError`, ...); no
  answer at all is an :class:`~amigo_client.APIConnectionError` (or ``APITimeoutError``). A
  redirect is not followed (the token would go along to wherever it points; REST calls do not
  follow one either): it is an :class:`~amigo_client.UnexpectedResponseError`.
* **Timeouts** are the client's (``timeout=`` overrides them): the handshake may take the
  connect plus the read timeout; while a turn is in progress (input sent, or a reply streaming)
  each wait for the next server message is bounded by the read timeout
  (:class:`RealtimeTimeoutError`, the session stays usable); between turns iteration waits as
  long as the session lives. Closing waits at most the connect timeout for the server.
* **Sending** (any thread, while another one receives): :meth:`RealtimeSession.send_text`,
  :meth:`~RealtimeSession.send_external_event`, :meth:`~RealtimeSession.send_audio` (bytes, a
  path, a binary stream or an iterable of chunks, see :mod:`amigo_client._realtime_audio`; base64
  and chunking done here; the end of the audio is sent unless VAD mode is on),
  :meth:`~RealtimeSession.end_audio`, :meth:`~RealtimeSession.switch_vad_mode`,
  :meth:`~RealtimeSession.extend_timeout`, :meth:`~RealtimeSession.finish_conversation`,
  :meth:`~RealtimeSession.close` (``client.close-connection``, then the closing handshake), and
  :meth:`~RealtimeSession.send_json` for a message this version does not know.
* **Receiving** (one thread at a time): iterating the session yields typed messages
  (:mod:`amigo_client._realtime_messages`) as they arrive, unknown types and fields kept.
  :meth:`~RealtimeSession.until_done` collects one turn (:class:`RealtimeTurn`),
  :meth:`~RealtimeSession.iter_audio` yields its decoded audio chunks.
* **Closing**: the iteration ends quietly when the session was closed by this side, or when the
  server closes with 1000 between turns. Any other close is a :class:`RealtimeClosedError` with
  the close ``code`` and ``reason`` (1006: the connection was lost without a close frame), and so
  is any close, 1000 included, while a turn is in progress (``during_turn``: the turn may not have
  been saved). No close code is given a meaning of its own: none is documented.
* **Secrets**: the token appears in no log line, repr or error. Request logging follows
  :mod:`amigo_client._logging` (the handshake and the close at INFO, each message's type at
  DEBUG, never a message's content); the WebSocket library's own log lines are not passed on
  below WARNING (they show headers and frames), and those that are have the token removed.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
import time
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Generator,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    Union,
)
from urllib.parse import urlencode

import httpx

from . import _logging
from ._conversations import _check_id
from ._errors import (
    REDACTED,
    AmigoError,
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    StreamError,
    TurnRolledBackError,
    UnexpectedResponseError,
    connection_error,
    error_for_response,
    forget_credentials,
)
from ._realtime_audio import RealtimeAudioSource, audio_chunks, wav_bytes
from ._realtime_messages import (
    ConversationCreated,
    InteractionComplete,
    NewMessage,
    ServerError,
    ServerMessage,
    VadModeSwitched,
    VadSpeechEnded,
    VadSpeechStarted,
    parse_message,
)

if TYPE_CHECKING:
    from ._client import AmigoClient

__all__ = [
    "PROTOCOL_PREFIX",
    "Realtime",
    "RealtimeClosedError",
    "RealtimeError",
    "RealtimeSession",
    "RealtimeTimeoutError",
    "RealtimeTurn",
]

#: The subprotocol that carries the token: this prefix, then the token itself.
PROTOCOL_PREFIX = "bearer.authorization.amigo.ai."
#: The endpoint under ``/v1/{organization}``.
PATH = "/conversation/converse_realtime"
RESPONSE_FORMATS = ("text", "voice")
AUDIO_FORMATS = ("pcm", "mp3")
#: PCM of the user's audio (and, for WAV output, of the agent's): 16 kHz mono 16-bit little-endian
#: is inferred (the docs give no rate for the WebSocket; REST fillers are 16 kHz).
DEFAULT_SAMPLE_RATE = 16000
#: Milliseconds of user audio per ``client.new-audio-message`` (the docs give no size; 20-100 ms
#: is usual for real-time voice).
DEFAULT_CHUNK_MS = 40
#: The largest server message accepted (the docs give no limit; audio pieces are a few KB).
MAX_MESSAGE_BYTES = 16 * 1024 * 1024
#: Server frames received ahead of the caller before the connection stops reading (see _connect).
RECEIVE_QUEUE = 64
#: What a subprotocol may hold (RFC 7230 token characters).
_TOKEN_CHARS = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
#: Headers the handshake sets itself (a client header of these names is not sent).
_HANDSHAKE_HEADERS = frozenset(
    {
        "host",
        "upgrade",
        "connection",
        "authorization",
        "cookie",
        "content-length",
        "transfer-encoding",
        "accept",
        "accept-encoding",
        "sec-websocket-key",
        "sec-websocket-version",
        "sec-websocket-protocol",
        "sec-websocket-extensions",
    }
)
_PROTOCOL_IN_TEXT = re.compile(re.escape(PROTOCOL_PREFIX) + r"[^\s,;'\"]+")


class RealtimeError(StreamError):
    """A real-time session went wrong after its handshake."""


class RealtimeClosedError(RealtimeError):
    """The connection closed in a way that is not a normal end: ``code`` and ``reason`` are the
    server's close frame (1006 when the connection was lost without one); ``during_turn`` says a
    turn was in progress (input sent, or a reply streaming): it may not have been saved."""

    def __init__(self, code: int, reason: str, *, during_turn: bool, message: Optional[str] = None) -> None:
        self.code = code
        self.reason = reason
        self.during_turn = during_turn
        where = "during a turn (it may not have been saved)" if during_turn else "between turns"
        shown = f": {reason}" if reason else ""
        super().__init__(message or f"the real-time connection closed with code {code}{shown} {where}")


class RealtimeTimeoutError(RealtimeError, APITimeoutError):
    """No server message came within the read timeout while a turn was in progress (or while
    :meth:`RealtimeSession.until_done` waited). The session stays open: waiting again is allowed."""

    def __init__(self, message: str) -> None:
        APITimeoutError.__init__(self, message)


class RealtimeTurn:
    """One agent turn as :meth:`RealtimeSession.until_done` collected it.

    ``messages``: every server message of the turn, in order (VAD and unknown ones included);
    ``completed``: its ``server.interaction-complete``; ``text``: the reply's text (for a voice
    reply, the transcript ``full_message`` when the server sends one); ``audio``: the decoded
    audio of a voice reply (PCM); ``chunks``: the decoded pieces; ``interrupted``: the user
    started speaking while the reply streamed (``server.vad-speech-started``, barge-in)."""

    def __init__(self, voice: bool) -> None:
        self.voice = voice
        self.messages: List[ServerMessage] = []
        self.completed: Optional[InteractionComplete] = None
        self.chunks: List[bytes] = []
        self.interrupted = False
        self._text: List[str] = []

    @property
    def text(self) -> str:
        if self.voice:
            full = self.completed.full_message if self.completed is not None else None
            return full or ""
        return "".join(self._text)

    @property
    def audio(self) -> bytes:
        return b"".join(self.chunks)

    @property
    def conversation_ended(self) -> bool:
        """Whether the conversation finished with this turn (``conversation_completed``)."""
        return bool(self.completed is not None and self.completed.conversation_completed)

    @property
    def interaction_id(self) -> Optional[str]:
        return self.completed.interaction_id if self.completed is not None else None

    def wav(self, sample_rate: int = DEFAULT_SAMPLE_RATE) -> bytes:
        """The reply's audio as a WAV file (16-bit mono PCM at ``sample_rate``)."""
        return wav_bytes(self.audio, sample_rate)

    def __repr__(self) -> str:
        return (
            f"RealtimeTurn(messages={len(self.messages)}, chunks={len(self.chunks)}, "
            f"audio_bytes={sum(len(c) for c in self.chunks)}, text={self.text[:40]!r}, "
            f"interrupted={self.interrupted}, completed={self.completed is not None})"
        )


# -- the client side: settings, URL, token -------------------------------------------------


def _http_of(client: AmigoClient) -> httpx.Client:
    """The client's one httpx client (its pool, auth flow and settings): the handshake's sign-in
    and refresh go through it."""
    return client._http


def _timeout_of(client: AmigoClient, given: Union[httpx.Timeout, float, None, object]) -> httpx.Timeout:
    if isinstance(given, httpx.Timeout):
        return given
    if isinstance(given, (int, float)) and not isinstance(given, bool):
        return httpx.Timeout(float(given), connect=min(5.0, float(given)))
    if given is not _UNSET and given is not None:
        raise ConfigurationError(f"timeout must be seconds or an httpx.Timeout, not {type(given).__name__}")
    if given is None:
        return httpx.Timeout(None)
    option = getattr(client, "_option_timeout", None)
    if isinstance(option, httpx.Timeout):
        return option
    return _http_of(client).timeout


def _client_headers(client: AmigoClient) -> Dict[str, str]:
    """The headers the client adds to its requests (``headers=``, ``with_options(headers=)``),
    without httpx's defaults and the ones the handshake sets itself."""
    http = _http_of(client)
    default_agent = f"python-httpx/{httpx.__version__}"
    found: Dict[str, str] = {}
    for name, value in http.headers.items():
        if name.lower() in _HANDSHAKE_HEADERS or (name.lower() == "user-agent" and value == default_agent):
            continue
        found[name] = value
    option = getattr(client, "_option_headers", None)
    if isinstance(option, Mapping):
        found.update({k: v for k, v in option.items() if k.lower() not in _HANDSHAKE_HEADERS})
    return found


def _ssl_context(client: AmigoClient) -> Any:
    import ssl

    verify = getattr(client, "_verify_ssl", True)
    if isinstance(verify, ssl.SSLContext):
        return verify
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    return httpx.create_ssl_context(verify=bool(verify))


def _bearer(value: Optional[str]) -> str:
    scheme, _, token = (value or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ConfigurationError(
            "client.realtime needs a bearer token, and the client's auth gave "
            + ("none" if not value else f"an Authorization of scheme {scheme!r}")
            + " (the WebSocket carries only a token)"
        )
    token = token.strip()
    if not _TOKEN_CHARS.fullmatch(token):
        raise ConfigurationError(
            "the token holds a character a WebSocket subprotocol cannot carry (only RFC 7230 token "
            "characters are allowed); the value is not shown"
        )
    return token


class _HandshakeAuth:
    """The client's :class:`httpx.Auth` flow, run for the handshake: it authorizes a GET of the
    endpoint, and the token it puts in ``Authorization`` is the one sent in the subprotocol.
    Requests it makes on the way (sign-in) go through the client's own httpx client (its
    transport, retries and timeouts). A handshake refused with 401 is fed back to the flow, which
    refreshes the token once and authorizes the GET again, as for any REST request."""

    def __init__(self, client: AmigoClient, url: str) -> None:
        self._http = _http_of(client)
        self.request = httpx.Request("GET", url)
        self._flow: Generator[httpx.Request, httpx.Response, None] = client.auth.sync_auth_flow(self.request)
        self._secrets: List[str] = []

    def first(self) -> str:
        return self._drive(next(self._flow))

    def refused(self, response: httpx.Response) -> Optional[str]:
        """The refreshed token after a 401, or None when the flow has nothing new to try."""
        try:
            outgoing = self._flow.send(response)
        except StopIteration:
            return None
        return self._drive(outgoing)

    def _drive(self, outgoing: httpx.Request) -> str:
        while outgoing is not self.request:
            try:
                response = self._http.send(outgoing, auth=None)
            except httpx.TransportError as exc:
                raise connection_error(exc, outgoing) from exc
            try:
                outgoing = self._flow.send(response)
            except StopIteration:
                raise AmigoError("the client's auth flow ended before authorizing the WebSocket handshake") from None
        token = _bearer(self.request.headers.get("authorization"))
        self._secrets.append(token)
        return token

    @property
    def secrets(self) -> Tuple[str, ...]:
        return tuple(self._secrets) + tuple(PROTOCOL_PREFIX + s for s in self._secrets)

    def close(self) -> None:
        """End the flow (its cleanup redacts the request's credentials)."""
        try:
            self._flow.send(httpx.Response(101, request=self.request))
        except StopIteration:
            pass
        except Exception:  # noqa: BLE001 - the handshake is over; nothing to report
            pass
        finally:
            self._flow.close()
            forget_credentials(self.request, *self.secrets)


class _RedactingLogger(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The logger handed to the WebSocket library: WARNING and above only (its DEBUG lines show
    every header and frame), with anything that looks like the subprotocol token removed."""

    def __init__(self, logger: logging.Logger, secrets: Callable[[], Tuple[str, ...]]) -> None:
        super().__init__(logger, {})
        self._secrets = secrets

    def isEnabledFor(self, level: int) -> bool:  # noqa: N802 - logging's name
        return level >= logging.WARNING and self.logger.isEnabledFor(level)

    def log(self, level: int, msg: object, *args: Any, **kwargs: Any) -> None:
        if not self.isEnabledFor(level):
            return
        try:
            text = str(msg) % args if args else str(msg)
        except (TypeError, ValueError):
            text = str(msg)
        for secret in sorted(self._secrets(), key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        text = _PROTOCOL_IN_TEXT.sub(PROTOCOL_PREFIX + REDACTED, text)
        kwargs.pop("exc_info", None)
        self.logger.log(level, "%s", text, **{k: v for k, v in kwargs.items() if k in ("stacklevel",)})

    def debug(self, msg: object, *args: Any, **kwargs: Any) -> None:
        self.log(logging.DEBUG, msg, *args, **kwargs)

    def info(self, msg: object, *args: Any, **kwargs: Any) -> None:
        self.log(logging.INFO, msg, *args, **kwargs)

    def warning(self, msg: object, *args: Any, **kwargs: Any) -> None:
        self.log(logging.WARNING, msg, *args, **kwargs)

    def error(self, msg: object, *args: Any, **kwargs: Any) -> None:
        self.log(logging.ERROR, msg, *args, **kwargs)

    def exception(self, msg: object, *args: Any, exc_info: Any = True, **kwargs: Any) -> None:
        self.log(logging.ERROR, msg, *args, **kwargs)


def _websockets() -> Any:
    """The websockets modules the session uses, or the ConfigurationError saying what to install."""
    try:
        import websockets.exceptions as exceptions
        from websockets.sync import client as sync_client
    except ImportError:
        raise ConfigurationError(
            "client.realtime needs the 'websockets' package (13.1 or later), which the realtime extra "
            "installs: pip install 'amigo-client[realtime]' (next to a vendored copy: pip install "
            "'websockets>=13.1')"
        ) from None
    return sync_client, exceptions


class _Redirected(Exception):
    """A 3xx answer to the handshake, taken out of the WebSocket library's hands: websockets 17
    follows redirects itself, to any origin, with the subprotocol (the token) still offered."""

    def __init__(self, refusal: Exception) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal


_NO_REDIRECTS: Dict[Any, Any] = {}
_NO_REDIRECTS_LOCK = threading.Lock()


def _no_redirects(sync_client: Any, exceptions: Any) -> Any:
    """The library's ClientConnection whose handshake raises :class:`_Redirected` instead of the
    ``InvalidStatus`` of a 3xx answer (the one the library would follow)."""
    base = sync_client.ClientConnection
    with _NO_REDIRECTS_LOCK:
        made = _NO_REDIRECTS.get(base)
        if made is None:
            invalid_status = exceptions.InvalidStatus

            class ClientConnection(base):  # type: ignore[misc, valid-type]
                def handshake(self, *args: Any, **kwargs: Any) -> Any:
                    try:
                        return super().handshake(*args, **kwargs)
                    except invalid_status as exc:
                        if 300 <= exc.response.status_code < 400:
                            raise _Redirected(exc) from None
                        raise

            made = _NO_REDIRECTS[base] = ClientConnection
    return made


class _Unset:
    def __repr__(self) -> str:
        return "<client's default>"


_UNSET: Any = _Unset()


class Realtime:
    """``client.realtime``: opens real-time voice sessions (:meth:`connect`)."""

    def __init__(self, client: AmigoClient) -> None:
        self._client = client

    def url(
        self,
        *,
        response_format: str = "voice",
        audio_format: Optional[str] = _UNSET,
        current_agent_action_type: Optional[str] = None,
        extra_query: Optional[Mapping[str, str]] = None,
    ) -> str:
        """The ``wss://`` (or ``ws://``) URL :meth:`connect` opens, query string included."""
        query = _query(response_format, audio_format, current_agent_action_type, extra_query)
        root = str(getattr(self._client, "_root_url", "")).rstrip("/")
        if root.startswith("https://"):
            root = "wss://" + root[len("https://") :]
        elif root.startswith("http://"):
            root = "ws://" + root[len("http://") :]
        else:
            raise ConfigurationError(f"the client's base URL must start with http:// or https://, got {root!r}")
        return f"{root}/v1/{self._client.organization_id}{PATH}?{urlencode(query)}"

    def connect(
        self,
        *,
        service_id: str,
        response_format: str = "voice",
        audio_format: Optional[str] = _UNSET,
        service_version_set_name: Optional[str] = None,
        conversation_id: Optional[str] = None,
        vad: bool = False,
        current_agent_action_type: Optional[str] = None,
        sample_rate: int = DEFAULT_SAMPLE_RATE,
        chunk_ms: int = DEFAULT_CHUNK_MS,
        timeout: Union[httpx.Timeout, float, None] = _UNSET,
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, str]] = None,
    ) -> RealtimeSession:
        """Open a session and start (or, with ``conversation_id``, continue) a conversation.

        ``response_format``: ``"voice"`` (default, as the docs' example) or ``"text"``.
        ``audio_format``: ``"pcm"`` (the default for voice) or ``"mp3"``; only with voice.
        ``service_version_set_name``: sent when given (the server's default is ``release``).
        ``conversation_id``: continue an unfinished conversation (inferred: sent as a field of
        ``client.start-conversation``). ``vad``: switch VAD mode on right after the start.
        ``current_agent_action_type``: the regex filter of ``server.current-agent-action``
        (inferred from REST). ``sample_rate`` / ``chunk_ms``: the PCM rate of the user's audio
        (16 kHz, inferred) and how much of it each message carries. ``timeout``: instead of the
        client's. ``extra_headers`` / ``extra_query``: added to the handshake.

        Use the session in a ``with`` block (or call :meth:`RealtimeSession.close`)."""
        sync_client, exceptions = _websockets()
        _check_id("service_id", service_id)
        if conversation_id is not None:
            _check_id("conversation_id", conversation_id)
        if service_version_set_name is not None and (
            not isinstance(service_version_set_name, str) or not service_version_set_name
        ):
            raise ConfigurationError("service_version_set_name must be a non-empty string")
        if isinstance(sample_rate, bool) or not isinstance(sample_rate, int) or not 4000 <= sample_rate <= 48000:
            raise ConfigurationError(f"sample_rate must be an integer from 4000 to 48000 Hz, got {sample_rate!r}")
        if isinstance(chunk_ms, bool) or not isinstance(chunk_ms, int) or not 5 <= chunk_ms <= 1000:
            raise ConfigurationError(f"chunk_ms must be an integer from 5 to 1000, got {chunk_ms!r}")
        if not isinstance(vad, bool):
            raise ConfigurationError(f"vad must be True or False, got {vad!r}")
        url = self.url(
            response_format=response_format,
            audio_format=audio_format,
            current_agent_action_type=current_agent_action_type,
            extra_query=extra_query,
        )
        headers = _client_headers(self._client)
        for name, value in (extra_headers or {}).items():
            if not isinstance(name, str) or not isinstance(value, str):
                raise ConfigurationError("extra_headers must map strings to strings")
            if name.lower() in _HANDSHAKE_HEADERS:
                raise ConfigurationError(f"extra_headers: {name!r} is set by the WebSocket handshake itself")
            headers[name] = value
        timeouts = _timeout_of(self._client, timeout)
        start: Dict[str, Any] = {"type": "client.start-conversation", "service_id": service_id}
        if service_version_set_name is not None:
            start["service_version_set_name"] = service_version_set_name
        if conversation_id is not None:
            start["conversation_id"] = conversation_id
        settings = _Settings(
            url=url,
            headers=headers,
            timeouts=timeouts,
            voice=response_format == "voice",
            audio_format=None
            if response_format != "voice"
            else (audio_format if audio_format is not _UNSET else "pcm"),
            sample_rate=sample_rate,
            chunk_bytes=max(2, sample_rate * 2 * chunk_ms // 1000),
        )
        session = RealtimeSession(settings, sync_client, exceptions)
        session._open(self._client)
        try:
            session._start(start, vad)
        except BaseException:
            session._abort()
            raise
        return session

    def __repr__(self) -> str:
        return f"Realtime(organization_id={self._client.organization_id!r})"


def _query(
    response_format: str,
    audio_format: Optional[str],
    current_agent_action_type: Optional[str],
    extra_query: Optional[Mapping[str, str]],
) -> Dict[str, str]:
    if response_format not in RESPONSE_FORMATS:
        raise ConfigurationError(f"invalid response_format {response_format!r}: use 'voice' or 'text'")
    query = {"response_format": response_format}
    if response_format == "voice":
        chosen = "pcm" if audio_format is _UNSET or audio_format is None else audio_format
        if chosen not in AUDIO_FORMATS:
            raise ConfigurationError(f"invalid audio_format {chosen!r}: use 'pcm' or 'mp3'")
        query["audio_format"] = chosen
    elif audio_format is not _UNSET and audio_format is not None:
        raise ConfigurationError(
            f"audio_format={audio_format!r} applies to voice replies only; with response_format='text' leave it out"
        )
    if current_agent_action_type is not None:
        if not isinstance(current_agent_action_type, str):
            raise ConfigurationError("current_agent_action_type must be a regular expression (a string)")
        query["current_agent_action_type"] = current_agent_action_type
    for name, value in (extra_query or {}).items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("extra_query must map strings to strings")
        query[name] = value
    return query


class _Settings:
    __slots__ = ("url", "headers", "timeouts", "voice", "audio_format", "sample_rate", "chunk_bytes")

    def __init__(
        self,
        *,
        url: str,
        headers: Dict[str, str],
        timeouts: httpx.Timeout,
        voice: bool,
        audio_format: Optional[str],
        sample_rate: int,
        chunk_bytes: int,
    ) -> None:
        self.url = url
        self.headers = headers
        self.timeouts = timeouts
        self.voice = voice
        self.audio_format = audio_format
        self.sample_rate = sample_rate
        self.chunk_bytes = chunk_bytes


def _http_url(url: str) -> str:
    return ("https://" + url[len("wss://") :]) if url.startswith("wss://") else ("http://" + url[len("ws://") :])


def _path(url: str) -> str:
    return httpx.URL(_http_url(url)).path


# -- the session --------------------------------------------------------------------------------


class RealtimeSession:
    """One open real-time conversation (see the module docstring). Made by
    ``client.realtime.connect(...)``; use it as a context manager."""

    def __init__(self, settings: _Settings, sync_client: Any, exceptions: Any) -> None:
        self._settings = settings
        self._sync_client = sync_client
        self._exc = exceptions
        self._ws: Any = None
        self._secrets: Tuple[str, ...] = ()
        #: The conversation's id (from ``server.conversation-created``).
        self.conversation_id: Optional[str] = None
        #: Whether VAD mode is on (as last switched, or as the server confirmed).
        self.vad_enabled = False
        #: The close code and reason, once the connection has closed (1006: lost without a frame).
        self.close_code: Optional[int] = None
        self.close_reason: Optional[str] = None
        #: The turn :meth:`until_done` / :meth:`iter_audio` collected last.
        self.last_turn: Optional[RealtimeTurn] = None
        self.messages_sent = 0
        self.messages_received = 0
        self._state = threading.Lock()
        self._receiving = threading.Lock()
        self._closed_event = threading.Event()
        self._closing = False  # this side asked to close
        self._closed = False
        self._outstanding = 0  # turn inputs sent (or announced by VAD) not yet completed
        self._replying = False  # reply pieces seen since the last interaction-complete
        self._opened_at = 0.0
        self._early: List[ServerMessage] = []  # received before conversation-created

    # -- opening ------------------------------------------------------------------------------

    @property
    def response_format(self) -> str:
        return "voice" if self._settings.voice else "text"

    @property
    def audio_format(self) -> Optional[str]:
        return self._settings.audio_format

    @property
    def sample_rate(self) -> int:
        return self._settings.sample_rate

    def _open(self, client: AmigoClient) -> None:
        settings = self._settings
        auth = _HandshakeAuth(client, _http_url(settings.url))
        path = _path(settings.url)
        log = _logging.logger
        status = 0
        started = time.perf_counter()
        try:
            token = auth.first()
            for attempt in (1, 2):
                self._secrets = auth.secrets
                if log.isEnabledFor(_logging.DEBUG):
                    log.debug("WEBSOCKET %s: connecting", path)
                try:
                    self._ws = self._connect(token, client)
                    status = 101
                    break
                except self._exc.InvalidStatus as exc:
                    response = self._status_response(exc, auth.request)
                    status = response.status_code
                    if status == 401 and attempt == 1:
                        fresh = auth.refused(response)
                        if fresh is not None:
                            token = fresh
                            continue
                    raise self._refusal(response, auth.secrets) from None
        except AmigoError as exc:
            _log_handshake(path, status, started, type(exc).__name__)
            raise
        finally:
            auth.close()
        self._opened_at = time.perf_counter()
        _log_handshake(path, status, started, None)

    def _connect(self, token: str, client: AmigoClient) -> Any:
        settings = self._settings
        timeouts = settings.timeouts
        connect, read = timeouts.connect, timeouts.read
        open_timeout = None if connect is None or read is None else connect + read
        kwargs: Dict[str, Any] = {
            "subprotocols": [PROTOCOL_PREFIX + token],
            "additional_headers": settings.headers,
            # permessage-deflate costs 4-6x the CPU on base64 audio and the docs do not mention it.
            "compression": None,
            "open_timeout": open_timeout,
            "close_timeout": connect if connect is not None else 10.0,
            "max_size": MAX_MESSAGE_BYTES,
            "logger": _RedactingLogger(logging.getLogger(_logging.logger.name + ".websocket"), lambda: self._secrets),
            "create_connection": _no_redirects(self._sync_client, self._exc),
        }
        if settings.url.startswith("wss://"):
            kwargs["ssl"] = _ssl_context(client)
        if _takes(self._sync_client.connect, "legacy"):
            # websockets 17+: a connection used directly (not as a context manager), as before.
            kwargs["legacy"] = True
        if _takes(self._sync_client.connect, "max_queue"):
            # A reply comes as a burst of dozens of audio pieces: with the library's 16-frame
            # queue its reader thread pauses and resumes reading every few pieces while the caller
            # works (~3 us more CPU per piece in bench/realtime.py); 64 frames (~128 KB) is still
            # bounded. (websockets 13.1, the last for Python 3.8, has no such setting.)
            kwargs["max_queue"] = RECEIVE_QUEUE
        request = httpx.Request("GET", _http_url(settings.url))
        try:
            return self._sync_client.connect(settings.url, **kwargs)
        except self._exc.InvalidStatus:
            raise
        except _Redirected as exc:
            raise exc.refusal from None  # answered like any other status that is not 101
        except TimeoutError as exc:
            raise APITimeoutError(
                f"WEBSOCKET {request.url.path}: the handshake timed out ({type(exc).__name__})", request=request
            ) from None
        except self._exc.InvalidHandshake as exc:
            raise APIConnectionError(
                f"WEBSOCKET {request.url.path}: the handshake failed: {type(exc).__name__}: {self._scrub(str(exc))}",
                request=request,
            ) from None
        except OSError as exc:
            raise APIConnectionError(
                f"WEBSOCKET {request.url.path} failed before an answer: {type(exc).__name__}: {exc}", request=request
            ) from None
        except self._exc.WebSocketException as exc:  # InvalidURI, InvalidProxy...: no handshake made
            raise APIConnectionError(
                f"WEBSOCKET {request.url.path}: cannot connect: {type(exc).__name__}: {self._scrub(str(exc))}",
                request=request,
            ) from None

    def _status_response(self, exc: Any, request: httpx.Request) -> httpx.Response:
        answer = exc.response
        headers = [(str(k), str(v)) for k, v in answer.headers.raw_items()]
        body = bytes(answer.body or b"")
        safe = httpx.Request("GET", request.url, headers={"sec-websocket-protocol": PROTOCOL_PREFIX + REDACTED})
        return httpx.Response(answer.status_code, headers=headers, content=body, request=safe)

    def _refusal(self, response: httpx.Response, secrets: Tuple[str, ...]) -> AmigoError:
        if 200 <= response.status_code < 400:
            return UnexpectedResponseError(
                f"WEBSOCKET {_path(self._settings.url)}: the server answered HTTP {response.status_code} instead "
                "of switching to the WebSocket protocol (101): is the base URL right?"
            )
        return error_for_response(response, secrets=secrets)

    def _start(self, start: Dict[str, Any], vad: bool) -> None:
        self._send(start)
        timeout = self._settings.timeouts.read
        while self.conversation_id is None:
            message = self._receive_one(timeout, during_start=True)
            if message is None:
                raise RealtimeClosedError(
                    self.close_code or 1006,
                    self.close_reason or "",
                    during_turn=False,
                    message=f"the server closed the session ({self.close_code}) before server.conversation-created",
                )
            if isinstance(message, ConversationCreated):
                self.conversation_id = message.conversation_id
            else:
                self._early.append(message)
        if vad:
            self.switch_vad_mode(True)

    def _abort(self) -> None:
        self._closing = True
        try:
            self._ws.close()
        except Exception:  # noqa: BLE001 - already failing; the first error is the one to see
            pass
        self._mark_closed(self.close_code or 1006, self.close_reason or "")

    # -- sending ------------------------------------------------------------------------------

    def send_json(self, message: Mapping[str, Any]) -> None:
        """Send one message as it is (a JSON object with a ``type``): for what this version has no
        method for."""
        if not isinstance(message, Mapping) or not isinstance(message.get("type"), str):
            raise ConfigurationError("send_json takes a mapping with a string 'type'")
        self._send(dict(message))

    def send_text(self, text: str) -> None:
        """A user turn as text (``client.new-text-message``, ``user-message``)."""
        if not isinstance(text, str) or not text.strip():
            raise ConfigurationError("text must be a non-empty string")
        self._send({"type": "client.new-text-message", "message_type": "user-message", "text": text}, turn=True)

    def send_external_event(self, text: str) -> None:
        """An external event (``client.new-text-message``, ``external-event``): context attached to
        the next interaction, as the docs describe."""
        if not isinstance(text, str) or not text.strip():
            raise ConfigurationError("an external event's text must be a non-empty string")
        self._send({"type": "client.new-text-message", "message_type": "external-event", "text": text})

    def send_audio(self, audio: RealtimeAudioSource, *, end: Optional[bool] = None) -> int:
        """Send user audio: bytes, a path, a binary stream or an iterable of chunks (a
        microphone), base64-encoded in ``client.new-audio-message`` chunks of ``chunk_ms``. A WAV
        source has its header checked and removed. Then, unless VAD mode is on (``end=None``),
        the end of the audio (``audio: null``); ``end=False`` keeps the utterance open,
        ``end=True`` ends it even in VAD mode. Returns the number of audio bytes sent.

        Audio that turns out empty sends nothing and is a :class:`ConfigurationError`."""
        settings = self._settings
        sent = 0
        encode = base64.b64encode
        for chunk in audio_chunks(
            audio,
            chunk_bytes=settings.chunk_bytes,
            sample_rate=settings.sample_rate,
            pcm=settings.audio_format != "mp3",
        ):
            self._send({"type": "client.new-audio-message", "audio": encode(chunk).decode("ascii")})
            sent += len(chunk)
        if not sent:
            raise ConfigurationError("the audio is empty: nothing was sent")
        if end or (end is None and not self.vad_enabled):
            self.end_audio()
        return sent

    def end_audio(self) -> None:
        """Mark the end of the user's audio (``client.new-audio-message`` with ``audio: null``)."""
        self._send({"type": "client.new-audio-message", "audio": None}, turn=True)

    def switch_vad_mode(self, enabled: bool) -> None:
        """Switch voice activity detection on or off (``client.switch-vad-mode``; its field,
        ``vad_enabled``, is inferred). The server confirms with ``server.vad-mode-switched``."""
        if not isinstance(enabled, bool):
            raise ConfigurationError(f"enabled must be True or False, got {enabled!r}")
        self._send({"type": "client.switch-vad-mode", "vad_enabled": enabled})
        self.vad_enabled = enabled

    def extend_timeout(self) -> None:
        """Push back the server's inactivity timeout (``client.extend-timeout``)."""
        self._send({"type": "client.extend-timeout"})

    def finish_conversation(self) -> None:
        """Finish the conversation (``client.finish-conversation``); its post-processing starts."""
        self._send({"type": "client.finish-conversation"})

    def _send(self, message: Dict[str, Any], *, turn: bool = False) -> None:
        text = json.dumps(message, ensure_ascii=False, separators=(",", ":"))
        ws = self._ws
        with self._state:
            if self._closed:
                raise self._closed_error("cannot send: the session is closed")
            if turn:
                self._outstanding += 1
        try:
            ws.send(text)
        except self._exc.ConnectionClosed as exc:
            self._closed_from(exc)
            raise self._closed_error("cannot send: the connection closed") from None
        except OSError as exc:
            raise APIConnectionError(f"WEBSOCKET: sending failed: {type(exc).__name__}: {exc}") from None
        self.messages_sent += 1
        if _logging.logger.isEnabledFor(_logging.DEBUG):
            _logging.logger.debug("WEBSOCKET > %s", message.get("type"))

    # -- receiving ----------------------------------------------------------------------------

    @property
    def turn_in_progress(self) -> bool:
        """Whether a turn is under way: input sent (or speech detected) and its reply not complete."""
        return self._outstanding > 0 or self._replying

    def receive(self, timeout: Union[float, None, object] = _UNSET) -> Optional[ServerMessage]:
        """The next server message, or None once the session has ended normally (see the module
        docstring). ``timeout``: seconds to wait (None: as long as it takes); by default the read
        timeout while a turn is in progress, else no limit."""
        if timeout is _UNSET:
            timeout = self._settings.timeouts.read if self.turn_in_progress else None
        if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float))):
            raise ConfigurationError(f"timeout must be seconds or None, got {timeout!r}")
        return self._next(timeout)

    def _next(self, timeout: Optional[float]) -> Optional[ServerMessage]:
        if self._early:
            return self._early.pop(0)
        return self._receive_one(timeout)

    def __iter__(self) -> RealtimeSession:
        return self

    def __next__(self) -> ServerMessage:
        message = self.receive()
        if message is None:
            raise StopIteration
        return message

    def _receive_one(self, timeout: Optional[float], during_start: bool = False) -> Optional[ServerMessage]:
        if not self._receiving.acquire(blocking=False):
            if self._closing:  # close() is draining the last messages: the session is ending
                self._closed_event.wait(self._settings.timeouts.connect)
                return None
            raise ConfigurationError("another thread is receiving from this session: receive from one thread at a time")
        try:
            if self._closed:
                return None
            try:
                frame = self._ws.recv(timeout=timeout)
            except TimeoutError:
                raise RealtimeTimeoutError(
                    f"no message from the server within {timeout} s"
                    + (" while a turn was in progress" if self.turn_in_progress else "")
                    + " (the session is still open)"
                ) from None
            except self._exc.ConnectionClosed as exc:
                return self._ended(exc, during_start)
            self.messages_received += 1
            message = parse_message(frame)
            if type(message) is NewMessage:
                self._replying = True  # one assignment: no lock needed
            else:
                self._track(message)
            if _logging.logger.isEnabledFor(_logging.DEBUG):
                _logging.logger.debug("WEBSOCKET < %s", message.type)
            return message
        finally:
            self._receiving.release()

    def _track(self, message: ServerMessage) -> None:
        with self._state:
            if isinstance(message, InteractionComplete):
                self._replying = False
                self._outstanding = max(0, self._outstanding - 1)
            elif isinstance(message, VadSpeechEnded):
                self._outstanding += 1
            elif isinstance(message, VadModeSwitched) and message.vad_enabled is not None:
                self.vad_enabled = message.vad_enabled

    def _ended(self, exc: Any, during_start: bool) -> Optional[ServerMessage]:
        """The connection closed under a receive: None for a normal end, else raise."""
        during = self.turn_in_progress or during_start
        self._closed_from(exc)
        code, reason = self.close_code or 1006, self.close_reason or ""
        self._log_close()
        if self._closing or (code == 1000 and not during):
            return None
        raise RealtimeClosedError(code, reason, during_turn=during)

    def _closed_from(self, exc: Any) -> None:
        frame = getattr(exc, "rcvd", None)
        if frame is not None:
            self._mark_closed(int(frame.code), str(frame.reason))
        else:
            self._mark_closed(1006, "the connection was lost without a close frame")

    def _mark_closed(self, code: int, reason: str) -> None:
        with self._state:
            if not self._closed:
                self._closed = True
                self.close_code, self.close_reason = code, self._scrub(reason)
        self._closed_event.set()

    def _closed_error(self, what: str) -> RealtimeClosedError:
        code, reason = self.close_code or 1006, self.close_reason or ""
        return RealtimeClosedError(code, reason, during_turn=self.turn_in_progress, message=f"{what} (code {code})")

    def _scrub(self, text: str) -> str:
        for secret in sorted(self._secrets, key=len, reverse=True):
            text = text.replace(secret, REDACTED)
        return _PROTOCOL_IN_TEXT.sub(PROTOCOL_PREFIX + REDACTED, text)

    # -- helpers mirroring the NDJSON streams -------------------------------------------------

    def iter_turn(self, timeout: Union[float, None, object] = _UNSET) -> Iterator[ServerMessage]:
        """The messages of the next turn, through its ``server.interaction-complete``; the turn
        is kept in :attr:`last_turn`. Each wait is bounded by the read timeout (or ``timeout``).
        A ``server.error`` before the turn completes raises :class:`TurnRolledBackError`; the
        session ending first raises :class:`RealtimeClosedError`."""
        return self._turn(timeout, audio=False)  # type: ignore[return-value]

    def until_done(self, timeout: Union[float, None, object] = _UNSET) -> RealtimeTurn:
        """Collect the next turn (see :meth:`iter_turn`) and return it."""
        for _ in self.iter_turn(timeout):
            pass
        assert self.last_turn is not None
        return self.last_turn

    def iter_audio(self, timeout: Union[float, None, object] = _UNSET) -> Iterator[bytes]:
        """The decoded audio chunks of the next turn's reply, as they arrive (empty pieces
        skipped); the whole turn ends up in :attr:`last_turn`. A piece that is not base64 is a
        :class:`~amigo_client.StreamDecodeError`."""
        return self._turn(timeout, audio=True)  # type: ignore[return-value]

    def _turn(self, timeout: Union[float, None, object], audio: bool) -> Iterator[Union[ServerMessage, bytes]]:
        """The loop of :meth:`iter_turn` (``audio=False``: yields every message) and of
        :meth:`iter_audio` (``audio=True``: yields the decoded audio pieces), in one generator."""
        wait = self._settings.timeouts.read if timeout is _UNSET else timeout
        if wait is not None and (isinstance(wait, bool) or not isinstance(wait, (int, float))):
            raise ConfigurationError(f"timeout must be seconds or None, got {wait!r}")
        turn = RealtimeTurn(self._settings.voice)
        self.last_turn = turn
        voice = turn.voice
        messages, chunks, texts = turn.messages, turn.chunks, turn._text
        receive = self._next
        while True:
            message = receive(wait)
            if message is None:
                code, reason = self.close_code or 1006, self.close_reason or ""
                raise RealtimeClosedError(
                    code, reason, during_turn=True, message=f"the session ended ({code}) before the turn completed"
                )
            messages.append(message)
            kind = type(message)
            if kind is NewMessage:
                if voice:
                    if message.message:  # type: ignore[attr-defined]
                        piece = message.audio()  # type: ignore[attr-defined]
                        chunks.append(piece)
                        if audio:
                            yield piece
                            continue
                else:
                    texts.append(message.message)  # type: ignore[attr-defined]
            elif kind is InteractionComplete:
                turn.completed = message  # type: ignore[assignment]
                if not audio:
                    yield message
                return
            elif kind is VadSpeechStarted and (chunks or texts):
                turn.interrupted = True
            elif kind is ServerError:
                raise TurnRolledBackError(message.code, message.description, message)  # type: ignore[attr-defined]
            if not audio:
                yield message

    # -- closing ------------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """End the session gracefully (idempotent; any thread): ``client.close-connection``, then
        wait (at most the connect timeout) for the server to close, then close the socket.
        Messages still arriving meanwhile are discarded."""
        with self._state:
            first = not self._closing and self._ws is not None
            self._closing = True
        if not first:
            return
        wait = self._settings.timeouts.connect
        if not self._closed:
            try:
                self._send({"type": "client.close-connection"})
            except (RealtimeClosedError, APIConnectionError):
                pass
        deadline = None if wait is None else time.monotonic() + wait
        if self._receiving.acquire(blocking=False):
            try:
                while not self._closed:
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        break
                    try:
                        self._ws.recv(timeout=remaining)
                        self.messages_received += 1
                    except TimeoutError:
                        break
                    except self._exc.ConnectionClosed as exc:
                        self._closed_from(exc)
                        self._log_close()
            finally:
                self._receiving.release()
        else:
            self._closed_event.wait(wait)
        try:
            self._ws.close()
        except Exception:  # noqa: BLE001 - closing a broken connection; nothing left to do
            pass
        if not self._closed:
            self._mark_closed(1000, "closed by the client")
            self._log_close()

    def _log_close(self) -> None:
        log = _logging.logger
        if log.isEnabledFor(_logging.INFO):
            log.info(
                "WEBSOCKET %s closed %s%s after %.1f s: %d messages sent, %d received",
                _path(self._settings.url),
                self.close_code,
                f" ({self.close_reason})" if self.close_reason else "",
                time.perf_counter() - self._opened_at,
                self.messages_sent,
                self.messages_received,
            )

    def __enter__(self) -> RealtimeSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("closing" if self._closing else "open")
        return (
            f"RealtimeSession({state}, conversation_id={self.conversation_id!r}, "
            f"response_format={self.response_format!r}, audio_format={self.audio_format!r}, "
            f"vad_enabled={self.vad_enabled}, close_code={self.close_code!r})"
        )


def _takes(connect: Callable[..., Any], parameter: str) -> bool:
    """Whether this websockets version's ``connect`` has ``parameter``."""
    import inspect

    try:
        return parameter in inspect.signature(connect).parameters
    except (TypeError, ValueError):  # pragma: no cover - a plain function always has one
        return False


def _log_handshake(path: str, status: int, started: float, failure: Optional[str]) -> None:
    log = _logging.logger
    if not log.isEnabledFor(_logging.INFO):
        return
    elapsed = (time.perf_counter() - started) * 1000.0
    if failure is not None and not status:
        log.info("WEBSOCKET %s failed after %.1f ms: %s", path, elapsed, failure)
    else:
        log.info("WEBSOCKET %s %d in %.1f ms", path, status, elapsed)
