"""One exception hierarchy for everything the SDK raises.

::

    AmigoError
    ├── ConfigurationError            a missing or invalid setting, bad input (names it)
    ├── ClientClosedError             a call on a client that has been closed
    ├── APIConnectionError            the request never got an HTTP answer
    │   └── APITimeoutError
    ├── UnexpectedResponseError       a 2xx answer that breaks the contract (paging)
    ├── ResponseTooLargeError         an answer larger than the client's max_response_bytes
    ├── APIStatusError                an HTTP error answer: .status_code, .body, .request_id
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401 (also: a 401 whose request could not be replayed)
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409 (e.g. an unfinished conversation already exists)
    │   ├── UnsupportedMediaTypeError 415
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429: .retry_after (seconds, or None)
    │   └── InternalServerError       5xx
    └── StreamError                   an NDJSON stream that went wrong after its 2xx status
        ├── TurnRolledBackError       an `error` event: the server rolled the turn back
        ├── PostProcessingError       an `error` event after interaction-complete: turn kept
        ├── IncompleteStreamError     ended without interaction-complete / end-session
        └── StreamDecodeError         a line that is not a JSON object

Generated ``sync()`` functions keep their own behaviour; the hand-written layer raises these.

Every error pickles, and none exposes a credential: an error keeps a copy of its request and
response whose ``Authorization``, ``x-api-key`` (and cookie) headers read ``<redacted>``, and
whose body text, like the message, has any credential the server echoed replaced by
``<redacted>``. The auth flows redact the headers of the requests they sent in place once the
exchange is over (:func:`forget_credentials`), so an httpx error chained as ``__cause__`` does not
show them either.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import json
import re
import threading
import weakref
from typing import Any, Dict, Iterable, List, Optional, Tuple, Type

import httpx

__all__ = [
    "AmigoError",
    "ConfigurationError",
    "ClientClosedError",
    "APIConnectionError",
    "APITimeoutError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnsupportedMediaTypeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "StreamError",
    "TurnRolledBackError",
    "PostProcessingError",
    "IncompleteStreamError",
    "StreamDecodeError",
    "UnexpectedResponseError",
    "ResponseTooLargeError",
    "connection_error",
    "error_for_response",
    "forget_credentials",
    "raise_for_status",
    "parse_retry_after",
]

#: Response headers that carry a request id, in order of preference.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-cf-id")
#: How much of an error body goes into the exception message (the full text is on .body).
_BODY_IN_MESSAGE = 500


#: Request headers that carry a credential.
SENSITIVE_HEADERS = ("authorization", "proxy-authorization", "x-api-key", "cookie")
REDACTED = "<redacted>"
#: Credentials a request carried before :func:`forget_credentials` redacted its headers, so that
#: an error built from its response can still remove them from an echoing body. Weak keys: the
#: entry goes with the request, and no error object holds a reference to it.
_CREDENTIALS: "weakref.WeakKeyDictionary[httpx.Request, Tuple[str, ...]]" = weakref.WeakKeyDictionary()
_CREDENTIALS_LOCK = threading.Lock()


def _header_secrets(headers: httpx.Headers) -> Tuple[str, ...]:
    found = []
    for name in SENSITIVE_HEADERS:
        for value in headers.get_list(name):
            if value and REDACTED not in value:
                found.append(value)
                scheme, _, credential = value.partition(" ")
                if credential and scheme.lower() in ("bearer", "basic", "token"):
                    found.append(credential.strip())
    return tuple(found)


def forget_credentials(request: httpx.Request, *extra: str) -> None:
    """Replace the credential headers of a request that has been sent by ``<redacted>``,
    remembering their values (and ``extra`` secrets) for :func:`error_for_response`."""
    secrets = _header_secrets(request.headers) + tuple(s for s in extra if s)
    if not secrets:
        return
    with _CREDENTIALS_LOCK:
        _CREDENTIALS[request] = _CREDENTIALS.get(request, ()) + secrets
    for name in SENSITIVE_HEADERS:
        if name in request.headers:
            request.headers[name] = REDACTED


def _secrets_of(request: Optional[httpx.Request], extra: Iterable[str] = ()) -> Tuple[str, ...]:
    found = list(extra)
    if request is not None:
        found.extend(_header_secrets(request.headers))
        with _CREDENTIALS_LOCK:
            found.extend(_CREDENTIALS.get(request, ()))
    # Longest first, so that a token is replaced whole before "Bearer <token>" could be missed.
    return tuple(sorted({s for s in found if s and len(s) >= 4}, key=len, reverse=True))


def _scrub(text: str, secrets: Tuple[str, ...]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def _safe_request(request: Optional[httpx.Request], secrets: Tuple[str, ...] = ()) -> Optional[httpx.Request]:
    """A bodiless copy of ``request`` with its credential headers redacted."""
    if request is None:
        return None
    headers = [
        (name, REDACTED if name.lower() in SENSITIVE_HEADERS else _scrub(value, secrets))
        for name, value in request.headers.multi_items()
    ]
    return httpx.Request(request.method, request.url, headers=headers)


def _safe_response(response: httpx.Response, body: str, secrets: Tuple[str, ...]) -> httpx.Response:
    """A closed copy of ``response``: the (already scrubbed) body as its content, credentials
    removed from its headers and its request's."""
    headers = [
        (name, _scrub(value, secrets))
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    try:
        content = body.encode(response.encoding or "utf-8")
    except (LookupError, UnicodeError):
        content = body.encode("utf-8", "replace")
    extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=_safe_request(_request_of(response), secrets),
        extensions=extensions,
    )


def _request_of(response: httpx.Response) -> Optional[httpx.Request]:
    try:
        return response.request
    except RuntimeError:  # a Response built by hand, without a request
        return None


def _restore(cls: Type[BaseException], args: Tuple[Any, ...], state: Dict[str, Any]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class AmigoError(Exception):
    """Base class of every exception raised by amigo_client's hand-written layer."""

    def __reduce__(self) -> Any:
        # Exception's own reduce calls cls(*self.args), which does not fit the subclasses whose
        # __init__ takes a response or a code: restore the message and attributes as they are.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(AmigoError, ValueError):
    """A setting is missing or invalid, or an argument cannot be sent; the message names it."""


class ClientClosedError(AmigoError, RuntimeError):
    """A call on an :class:`~amigo_client.AmigoClient` whose connection pool has been closed (its
    ``with`` block ended, or ``close()`` was called on it or on a ``with_options()`` copy of it).
    Make the call inside the ``with`` block, or build a new client. (Also a ``RuntimeError``,
    which httpx raises in this case.)"""


class APIConnectionError(AmigoError):
    """The request got no HTTP answer (connection refused or reset, DNS, TLS...)."""

    def __init__(self, message: str, *, request: Optional[httpx.Request] = None) -> None:
        secrets = _secrets_of(request)
        super().__init__(_scrub(message, secrets))
        #: A bodiless copy of the request, credential headers redacted.
        self.request = _safe_request(request, secrets)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool)."""


class APIStatusError(AmigoError):
    """The server answered with an error status.

    Attributes: ``status_code``, ``body`` (the response text), ``request_id`` (from a request id
    header, or None), ``response`` (a closed copy of the httpx.Response: its text is ``body``),
    ``method`` and ``url``. Credentials are redacted from all of them (see the module docstring);
    ``secrets`` names more values to remove from the body (e.g. the API key, at sign-in).
    """

    def __init__(
        self,
        response: httpx.Response,
        body: str,
        *,
        unreadable: Optional[str] = None,
        secrets: Iterable[str] = (),
    ) -> None:
        request = _request_of(response)
        hidden = _secrets_of(request, secrets)
        body = _scrub(body, hidden)
        self.status_code = response.status_code
        self.body = body
        #: Why the body could not be read (the connection broke, it was already consumed), or None.
        self.unreadable = _scrub(unreadable, hidden) if unreadable is not None else None
        self.request_id = _request_id(response)
        self.method = request.method if request is not None else ""
        self.url = str(request.url) if request is not None else ""
        self.response = _safe_response(response, body, hidden)
        super().__init__(self._message())

    @property
    def unfinished_conversation_id(self) -> Optional[str]:
        """The id of the conversation that blocks this request, when the error says the user
        already has an unfinished (ongoing, active) conversation: create-conversation answers
        400 while one of the same service is not finished. Finish it
        (``client.finish_conversation(error.unfinished_conversation_id)``) or continue it. None
        when the error is about something else or names no conversation id.

        Read from the body: a ``conversation_id`` field (at the top or in ``detail``), else a
        24-hex id that the message text puts right after the word "conversation"."""
        return _unfinished_conversation_id(self.body)

    def _message(self) -> str:
        reason = self.response.reason_phrase or ""
        text = self.body.strip()
        if len(text) > _BODY_IN_MESSAGE:
            text = text[:_BODY_IN_MESSAGE] + "..."
        where = f"{self.method} {_path_of(self.url)}"
        rid = f" (request id {self.request_id})" if self.request_id else ""
        if not text:
            text = f"<body unreadable: {self.unreadable}>" if self.unreadable else "<empty body>"
        return f"HTTP {self.status_code} {reason} from {where}{rid}: {text}"


class BadRequestError(APIStatusError):
    """400: the request was understood but refused (e.g. conversation rules)."""


class AuthenticationError(APIStatusError):
    """401: missing, wrong or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the user lacks a required permission."""


class NotFoundError(APIStatusError):
    """404: the organization, conversation, service... does not exist."""


class ConflictError(APIStatusError):
    """409: conflicts with current state (an unfinished conversation exists, the conversation is
    finished, or another operation on it is in progress)."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the audio format (or content type) is not supported."""


class UnprocessableEntityError(APIStatusError):
    """422: a parameter or the body failed validation."""


class RateLimitError(APIStatusError):
    """429: rate limited. ``retry_after`` is the server's hint in seconds (None if absent)."""

    def __init__(
        self,
        response: httpx.Response,
        body: str,
        *,
        unreadable: Optional[str] = None,
        secrets: Iterable[str] = (),
    ) -> None:
        self.retry_after = parse_retry_after(response.headers.get("retry-after"))
        super().__init__(response, body, unreadable=unreadable, secrets=secrets)


class InternalServerError(APIStatusError):
    """5xx: the server failed or is in maintenance (503)."""


class UnexpectedResponseError(AmigoError):
    """A successful answer that breaks the contract (e.g. ``has_more`` with no continuation
    token, or the same token twice)."""


class ResponseTooLargeError(AmigoError):
    """An answer whose body is larger than the client's ``max_response_bytes``: it was not read
    to its end (the connection is closed). ``status_code``, ``limit`` and ``size`` (the declared
    ``Content-Length``, or None when the body was counted while it arrived)."""

    def __init__(self, status_code: int, limit: int, size: Optional[int], *, method: str = "", path: str = "") -> None:
        self.status_code = status_code
        self.limit = limit
        self.size = size
        told = f" (Content-Length {size:,})" if size is not None else ""
        super().__init__(
            f"{method} {path}: the {status_code} answer is larger than max_response_bytes ({limit:,} bytes){told}; "
            "it was not read. Raise the limit (AmigoClient(max_response_bytes=...)) or ask for less (a smaller page)"
        )


class StreamError(AmigoError):
    """An NDJSON event stream went wrong after its (successful) status line."""


class TurnRolledBackError(StreamError):
    """The stream carried an ``error`` event before the turn completed.

    The server rolled the whole turn back: nothing of it persisted; retry the entire turn.
    ``code`` is the event's HTTP-like error code, ``message`` its description, ``event`` the
    parsed event.
    """

    def __init__(self, code: Optional[int], message: str, event: Any = None) -> None:
        self.code = code
        self.message = message
        self.event = event
        super().__init__(f"the server rolled the turn back (error {code}): {message}")


class PostProcessingError(StreamError):
    """An ``error`` event arrived after ``interaction-complete``: the turn is saved, but the
    conversation's post-processing failed; call finish-conversation to retry it."""

    def __init__(self, code: Optional[int], message: str, event: Any = None, completed: Any = None) -> None:
        self.code = code
        self.message = message
        self.event = event
        self.completed = completed
        super().__init__(f"the turn completed but post-processing failed (error {code}): {message}")


class IncompleteStreamError(StreamError):
    """The stream ended (or the connection broke) before interaction-complete / end-session."""


class StreamDecodeError(StreamError):
    """A line of the stream is not a JSON object (or is longer than the client's ``max_line_bytes``)."""


_BY_STATUS: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response, secrets: Iterable[str] = ()) -> APIStatusError:
    """The typed exception for an error response (reads and closes a streamed body); credentials
    the request carried, and ``secrets``, are redacted from it."""
    unreadable: Optional[str] = None
    try:
        response.read()
        body = response.text
    except (httpx.HTTPError, httpx.StreamError) as exc:
        # The connection broke while reading the error body, or it was already consumed/closed.
        body = ""
        unreadable = f"{type(exc).__name__}: {exc}"
    finally:
        response.close()
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(response, body, unreadable=unreadable, secrets=secrets)


def connection_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """The typed error for ``request`` that got no HTTP answer; raise it ``from exc``.

    When the request that failed is the sign-in the auth flow sent first, the message says so
    (rather than blaming ``request``). Credential headers of the failed request are redacted in
    place, so the chained httpx error shows none."""
    try:
        failed = exc.request
    except RuntimeError:  # httpx raises when the exception has no request attached
        failed = request
    forget_credentials(failed)
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if cls is APITimeoutError else "failed before an HTTP answer"
    if failed is not request and "x-api-key" in failed.headers:
        message = (
            f"sign-in with API key ({failed.method} {failed.url.path}) {what}, so "
            f"{request.method} {request.url.path} was not sent: {exc!r}"
        )
    else:
        message = f"{failed.method} {failed.url.path} {what}: {exc!r}"
    return cls(message, request=failed)


def raise_for_status(response: httpx.Response) -> httpx.Response:
    """Return ``response`` if it is 2xx, else raise its typed :class:`APIStatusError`."""
    if 200 <= response.status_code < 300:
        return response
    raise error_for_response(response)


def parse_retry_after(value: Optional[str], now: Optional[_dt.datetime] = None) -> Optional[float]:
    """``Retry-After`` as seconds from now: delta-seconds or an HTTP date; None if absent/invalid."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=_dt.timezone.utc)
        current = now or _dt.datetime.now(_dt.timezone.utc)
        return max(0.0, (when - current).total_seconds())
    if seconds != seconds or seconds < 0:  # NaN or negative
        return None
    return seconds


#: A MongoDB object id (what the API's ids are) standing alone in a text.
_OBJECT_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{24}(?![0-9A-Za-z])")
#: The words of an error saying a conversation is still open.
_UNFINISHED = re.compile(
    r"\b(?:unfinished|not (?:yet )?finished|ongoing|on-going|in progress|active|open|existing)\b", re.I
)
#: "conversation" or "conversations" as a word, then the gap to an id after it.
_CONVERSATION_WORD = re.compile(r"\bconversations?(?:_id)?\b", re.I)
_GAP = 40
#: Words that, between "conversation" and an id, say the id is of something else.
_OTHER_THING = re.compile(r"service|user|agent|organi[sz]ation|version|metric|message|interaction", re.I)
#: How much of a body is searched (an error message is short; a hostile body is not read further).
_SEARCHED = 4096


def _unfinished_conversation_id(body: str) -> Optional[str]:
    """See :attr:`APIStatusError.unfinished_conversation_id`."""
    text = body[:_SEARCHED]
    try:
        data: Any = json.loads(text) if text.lstrip().startswith("{") else None
    except (ValueError, RecursionError):
        data = None
    places = [data, data.get("detail")] if isinstance(data, dict) else []
    messages: List[str] = [text] if data is None else []
    fields: List[Tuple[str, Any]] = []
    for place in places:
        if isinstance(place, str):
            messages.append(place)
        elif isinstance(place, dict):
            fields.extend(place.items())
        elif isinstance(place, list):  # FastAPI's validation shape: [{"msg": ...}, ...]
            fields.extend(("msg", item.get("msg")) for item in place if isinstance(item, dict))
    messages.extend(value for key, value in fields if isinstance(value, str) and key in ("detail", "message", "msg"))
    unfinished = [message for message in messages if _UNFINISHED.search(message)]
    for key, value in fields:
        named = key in ("existing_conversation_id", "unfinished_conversation_id") or (
            key == "conversation_id" and unfinished
        )
        if named and isinstance(value, str) and _OBJECT_ID_IN_TEXT.fullmatch(value):
            return value
    for message in unfinished:
        for word in _CONVERSATION_WORD.finditer(message):
            after = message[word.end() : word.end() + _GAP]
            found = _OBJECT_ID_IN_TEXT.search(after)
            if found and not _OTHER_THING.search(after[: found.start()]):
                return found.group(0)
    return None


def _request_id(response: httpx.Response) -> Optional[str]:
    for name in REQUEST_ID_HEADERS:
        value = response.headers.get(name)
        if value:
            return str(value)
    return None


def _path_of(url: str) -> str:
    try:
        return httpx.URL(url).path
    except (TypeError, ValueError, httpx.InvalidURL):
        return url
