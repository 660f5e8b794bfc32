"""amigo_client: a synchronous SDK for the Amigo AI conversation API.

``AmigoClient`` is the entry point; ``amigo_client.api`` and ``amigo_client.models`` hold the
operations and models generated from ``openapi.yaml``. Names are imported on first use, so
``import amigo_client`` stays cheap for short scripts.

This file is hand-written (``overrides/__init__.py``) and replaces the generated one.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List

__version__ = "0.1.0"

_EXPORTS: Dict[str, str] = {
    # the entry point and its parts
    "AmigoClient": "._client",
    "EventStream": "._streaming",
    "UnknownEvent": "._streaming",
    "BinaryResponse": "._binary",
    "RetryPolicy": "._retry",
    "APIKeyAuth": "._auth",
    "StaticTokenAuth": "._auth",
    "TokenFileCache": "._auth",
    # the generated clients
    "Client": ".client",
    "AuthenticatedClient": ".client",
    # errors
    "AmigoError": "._errors",
    "ConfigurationError": "._errors",
    "ClientClosedError": "._errors",
    "APIConnectionError": "._errors",
    "APITimeoutError": "._errors",
    "APIStatusError": "._errors",
    "BadRequestError": "._errors",
    "AuthenticationError": "._errors",
    "PermissionDeniedError": "._errors",
    "NotFoundError": "._errors",
    "ConflictError": "._errors",
    "UnsupportedMediaTypeError": "._errors",
    "UnprocessableEntityError": "._errors",
    "RateLimitError": "._errors",
    "InternalServerError": "._errors",
    "StreamError": "._errors",
    "TurnRolledBackError": "._errors",
    "PostProcessingError": "._errors",
    "IncompleteStreamError": "._errors",
    "StreamDecodeError": "._errors",
    "UnexpectedResponseError": "._errors",
    "ResponseTooLargeError": "._errors",
    "NotAPageError": "._resource",
}

__all__ = [
    "APIConnectionError",
    "APIKeyAuth",
    "APIStatusError",
    "APITimeoutError",
    "AmigoClient",
    "AmigoError",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "BinaryResponse",
    "Client",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "EventStream",
    "IncompleteStreamError",
    "InternalServerError",
    "NotAPageError",
    "NotFoundError",
    "PermissionDeniedError",
    "PostProcessingError",
    "RateLimitError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "StaticTokenAuth",
    "StreamDecodeError",
    "StreamError",
    "TokenFileCache",
    "TurnRolledBackError",
    "UnknownEvent",
    "UnexpectedResponseError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
]

if TYPE_CHECKING:
    from ._auth import APIKeyAuth, StaticTokenAuth, TokenFileCache
    from ._binary import BinaryResponse
    from ._client import AmigoClient
    from ._errors import (
        AmigoError,
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        IncompleteStreamError,
        InternalServerError,
        NotFoundError,
        PermissionDeniedError,
        PostProcessingError,
        RateLimitError,
        ResponseTooLargeError,
        StreamDecodeError,
        StreamError,
        TurnRolledBackError,
        UnexpectedResponseError,
        UnprocessableEntityError,
        UnsupportedMediaTypeError,
    )
    from ._resource import NotAPageError
    from ._retry import RetryPolicy
    from ._streaming import EventStream, UnknownEvent
    from .client import AuthenticatedClient, Client


#: Subpackages and modules reachable as attributes without an import of their own.
_SUBMODULES = ("api", "models", "types", "webhooks", "errors")


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    # Only the public names: not the typing helpers and importlib this module itself imports.
    return sorted(set(__all__) | set(_SUBMODULES) | {"__version__"})
