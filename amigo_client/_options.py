"""Request options, checked before anything is sent: the client's ``timeout`` and ``headers``,
``AmigoClient.with_options``' values, and each method's ``timeout`` / ``extra_headers`` /
``extra_query``.

Contract:

* :func:`timeout_option` turns seconds or an ``httpx.Timeout`` into the ``httpx.Timeout`` a
  request is sent with (seconds: that long for everything, connecting at most 5 s). Seconds are
  a number > 0 and at most :data:`MAX_TIMEOUT` (1e9); an ``httpx.Timeout``'s parts are that or
  None (no limit). -1, 0, NaN, infinity and 1e300 are refused (httpx would fail on them only while
  sending, with a ValueError or an OverflowError).
* :func:`headers_option` checks a mapping of headers: names are HTTP tokens, values strings of
  visible ASCII characters, spaces and tabs (httpx would raise UnicodeEncodeError on others, a
  TypeError on None, and a newline would split the header). A value is never shown in the error:
  a header may carry a credential.
* :func:`check_query` checks ``extra_query``: string keys, values that are strings, numbers,
  booleans or None, or lists / tuples of them (httpx would send ``bytes`` or a ``dict`` as its
  Python repr, ``a=b'raw'``).
* :func:`retries_option` turns ``max_retries`` into a copy of a :class:`~amigo_client.RetryPolicy`.
* :func:`check_request_options` checks a method's per-request options (``_resource`` calls it).

A value that cannot be used is a :class:`~amigo_client.ConfigurationError` naming the option and
whose option it is (``where``: ``with_options``, ``AmigoClient``, or the per-request option).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, Dict, Mapping, Optional, Union

import httpx

from ._errors import ConfigurationError
from ._retry import RetryPolicy

__all__ = [
    "MAX_TIMEOUT",
    "check_query",
    "check_request_options",
    "check_timeout",
    "headers_option",
    "retries_option",
    "timeout_option",
]

#: An HTTP header name (RFC 9110 token).
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
#: What a header value may hold: visible ASCII, spaces and tabs.
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
_TIMEOUT_PARTS = ("connect", "read", "write", "pool")
#: The longest timeout (about 31 years): sockets and locks refuse much longer ones (OverflowError).
MAX_TIMEOUT = 1e9


def _prefix(where: str) -> str:
    return f"{where}: " if where else ""


def _seconds_ok(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float)) and 0 < value <= MAX_TIMEOUT


def timeout_option(timeout: Union[httpx.Timeout, float], where: str) -> httpx.Timeout:
    """``timeout`` (seconds or an ``httpx.Timeout``) as an ``httpx.Timeout``. Seconds bound every
    phase, except that connecting is capped at five seconds (waiting longer for a connection only
    delays the error); the same rule for the client, ``with_options`` and one call."""
    if isinstance(timeout, httpx.Timeout):
        check_timeout(timeout, where)
        return timeout
    check_timeout(timeout, where)
    return httpx.Timeout(float(timeout), connect=min(5.0, float(timeout)))


def check_timeout(timeout: Any, where: str) -> None:
    """Refuse a timeout that is not a number of seconds in (0, :data:`MAX_TIMEOUT`] (or such an
    ``httpx.Timeout``)."""
    if isinstance(timeout, httpx.Timeout):
        for part in _TIMEOUT_PARTS:
            value = getattr(timeout, part)
            if value is not None and not _seconds_ok(value):
                raise ConfigurationError(
                    f"{_prefix(where)}timeout's {part} must be a number of seconds > 0 and <= 1e9 (or None for no "
                    f"limit), got {value!r}"
                )
        return
    if not _seconds_ok(timeout):
        raise ConfigurationError(
            f"{_prefix(where)}timeout must be a number of seconds > 0 and <= 1e9, or an httpx.Timeout, got {timeout!r}"
        )


def headers_option(headers: Any, where: str, option: str = "headers") -> Dict[str, str]:
    """``headers`` checked (see the module docstring), as a dict."""
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"{_prefix(where)}{option} must be a mapping, got {type(headers).__name__}")
    checked: Dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            shown = repr(name)[:60] if isinstance(name, str) else type(name).__name__
            raise ConfigurationError(f"{_prefix(where)}{option}: {shown} is not a valid header name")
        if not isinstance(value, str):
            raise ConfigurationError(
                f"{_prefix(where)}{option}: the value of header {name!r} must be a string, not {type(value).__name__}"
            )
        if not _HEADER_VALUE.fullmatch(value):
            raise ConfigurationError(
                f"{_prefix(where)}{option}: the value of header {name!r} holds a character that cannot be sent "
                "(only visible ASCII characters, spaces and tabs; no newline); the value is not shown"
            )
        checked[name] = value
    return checked


def _query_value_ok(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float))  # bool is an int


def check_query(query: Any, where: str, option: str = "extra_query") -> None:
    """Refuse a query mapping whose keys or values httpx would not send as they are."""
    if not isinstance(query, Mapping):
        raise ConfigurationError(f"{_prefix(where)}{option} must be a mapping, got {type(query).__name__}")
    for key, value in query.items():
        if not isinstance(key, str):
            raise ConfigurationError(f"{_prefix(where)}{option}: keys must be strings, got {type(key).__name__}")
        values = value if isinstance(value, (list, tuple)) else (value,)
        for item in values:
            if not _query_value_ok(item):
                raise ConfigurationError(
                    f"{_prefix(where)}{option}: the value of {key!r} must be a string, a number, a boolean or "
                    f"None (or a list of them), not {type(item).__name__}"
                )


def check_request_options(timeout: Any, extra_headers: Optional[Any], extra_query: Optional[Any]) -> None:
    """Check a method's per-request ``timeout``, ``extra_headers`` and ``extra_query``."""
    if timeout is None and not extra_headers and not extra_query:
        return
    if timeout is not None:
        check_timeout(timeout, "")
    if extra_headers:
        headers_option(extra_headers, "", "extra_headers")
    if extra_query:
        check_query(extra_query, "")


def retries_option(policy: RetryPolicy, max_retries: int, where: str) -> RetryPolicy:
    """``policy`` with ``max_retries`` instead of its own."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"{where}: max_retries must be an integer >= 0, got {max_retries!r}")
    return dataclasses.replace(policy, max_retries=max_retries)
