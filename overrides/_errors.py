"""One exception hierarchy for everything the SDK raises.

::

    AmigoError
    ├── ConfigurationError            a missing or invalid setting, bad input (names it)
    ├── APIConnectionError            the request never got an HTTP answer
    │   └── APITimeoutError
    ├── UnexpectedResponseError       a 2xx answer that breaks the contract (paging)
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
"""

from __future__ import annotations

import datetime as _dt
import email.utils
from typing import Any, Dict, Optional, Type

import httpx

__all__ = [
    "AmigoError",
    "ConfigurationError",
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
    "error_for_response",
    "raise_for_status",
    "parse_retry_after",
]

#: Response headers that carry a request id, in order of preference.
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-cf-id")
#: How much of an error body goes into the exception message (the full text is on .body).
_BODY_IN_MESSAGE = 500


class AmigoError(Exception):
    """Base class of every exception raised by amigo_client's hand-written layer."""


class ConfigurationError(AmigoError, ValueError):
    """A setting is missing or invalid, or an argument cannot be sent; the message names it."""


class APIConnectionError(AmigoError):
    """The request got no HTTP answer (connection refused or reset, DNS, TLS...)."""

    def __init__(self, message: str, *, request: Optional[httpx.Request] = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or pool)."""


class APIStatusError(AmigoError):
    """The server answered with an error status.

    Attributes: ``status_code``, ``body`` (the response text), ``request_id`` (from a request id
    header, or None), ``response`` (the closed httpx.Response), ``method`` and ``url``.
    """

    def __init__(self, response: httpx.Response, body: str, *, unreadable: Optional[str] = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body = body
        #: Why the body could not be read (the connection broke, it was already consumed), or None.
        self.unreadable = unreadable
        self.request_id = _request_id(response)
        request = response.request
        self.method = request.method if request is not None else ""
        self.url = str(request.url) if request is not None else ""
        super().__init__(self._message())

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

    def __init__(self, response: httpx.Response, body: str, *, unreadable: Optional[str] = None) -> None:
        self.retry_after = parse_retry_after(response.headers.get("retry-after"))
        super().__init__(response, body, unreadable=unreadable)


class InternalServerError(APIStatusError):
    """5xx: the server failed or is in maintenance (503)."""


class UnexpectedResponseError(AmigoError):
    """A successful answer that breaks the contract (e.g. ``has_more`` with no continuation
    token, or the same token twice)."""


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
    """A line of the stream is not a JSON object."""


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


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The typed exception for an error response (reads and closes a streamed body)."""
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
    return cls(response, body, unreadable=unreadable)


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
