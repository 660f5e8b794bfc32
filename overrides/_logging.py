"""Request logging under the ``amigo_client`` logger.

Contract:

* Every request an :class:`~amigo_client.AmigoClient` sends for an operation is logged once it
  has its answer (or failed): method, path, status, duration, retries and the request id, at
  INFO (``logging.getLogger("amigo_client")``); the request's start at DEBUG. Nothing else:
  no header, query value or body is ever logged, so no key, token or secret can reach a log.
* ``AMIGO_LOG=info`` or ``AMIGO_LOG=debug`` (read when a client is built) sets that level on the
  ``amigo_client`` logger and, when neither it nor the root logger has a handler, adds one
  writing to stderr. Any other non-empty value is a :class:`~amigo_client.ConfigurationError`.
  Without it the standard ``logging`` configuration decides, as for any library.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Optional

import httpx

from ._errors import ConfigurationError

__all__ = ["logger", "configure_from_env", "log_response", "log_failure", "LEVELS", "DEBUG", "INFO"]

logger = logging.getLogger("amigo_client")
DEBUG = logging.DEBUG
INFO = logging.INFO
LEVELS = {"info": INFO, "debug": DEBUG}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_from_env(value: Optional[str] = None) -> None:
    """Apply ``AMIGO_LOG`` (or ``value``) to the ``amigo_client`` logger, as the docstring says."""
    setting = (os.environ.get("AMIGO_LOG", "") if value is None else value).strip().lower()
    if not setting:
        return
    level = LEVELS.get(setting)
    if level is None:
        raise ConfigurationError(f"invalid AMIGO_LOG {setting!r}: use 'info' or 'debug' (or leave it unset)")
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)


def log_response(request: httpx.Request, response: httpx.Response, elapsed: float) -> None:
    """The INFO line of an answered request (the caller checks the level first)."""
    from ._errors import _request_id
    from ._retry import RETRIES

    logger.info(
        "%s %s %d in %.1f ms, %d retries, request id %s",
        request.method,
        request.url.path,
        response.status_code,
        elapsed * 1000.0,
        response.extensions.get(RETRIES, 0),
        _request_id(response) or "-",
    )


def log_failure(request: httpx.Request, started: float, exc: Exception) -> None:
    """The INFO line of a request that got no answer (``started``: its ``perf_counter``)."""
    if logger.isEnabledFor(INFO):
        logger.info(
            "%s %s failed after %.1f ms: %s",
            request.method,
            request.url.path,
            (time.perf_counter() - started) * 1000.0,
            type(exc).__name__,
        )
