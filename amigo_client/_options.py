"""Request options: what ``AmigoClient.with_options`` accepts, checked before anything is sent.

Contract:

* :func:`timeout_option` turns seconds or an ``httpx.Timeout`` into the ``httpx.Timeout`` a
  request is sent with (seconds: that long for everything, connecting at most 5 s);
  :func:`headers_option` a mapping into the headers added to every request;
  :func:`retries_option` a ``max_retries`` into a copy of a :class:`~amigo_client.RetryPolicy`.
* A value that cannot be used is a :class:`~amigo_client.ConfigurationError` naming the option
  (``where`` says whose option it is, e.g. ``with_options``).
"""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, Mapping, Union

import httpx

from ._errors import ConfigurationError
from ._retry import RetryPolicy

__all__ = ["headers_option", "retries_option", "timeout_option"]


def timeout_option(timeout: Union[httpx.Timeout, float], where: str) -> httpx.Timeout:
    """``timeout`` (seconds or an ``httpx.Timeout``) as an ``httpx.Timeout``."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float, httpx.Timeout)):
        raise ConfigurationError(f"{where}: timeout must be seconds or an httpx.Timeout, got {timeout!r}")
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(float(timeout), connect=min(5.0, timeout))


def headers_option(headers: Mapping[str, Any], where: str) -> Dict[str, str]:
    """``headers`` as a dict of strings."""
    if not isinstance(headers, Mapping):
        raise ConfigurationError(f"{where}: headers must be a mapping, got {type(headers).__name__}")
    return {str(k): str(v) for k, v in headers.items()}


def retries_option(policy: RetryPolicy, max_retries: int, where: str) -> RetryPolicy:
    """``policy`` with ``max_retries`` instead of its own."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"{where}: max_retries must be an integer >= 0, got {max_retries!r}")
    return dataclasses.replace(policy, max_retries=max_retries)
