"""What a generated operation module (``amigo_client.api.<tag>.<operation>``) is to a type checker.

Contract:

* :class:`Operation` is the protocol every generated operation module satisfies:
  ``_get_kwargs(...)`` builds the request, ``_build_response(client=..., response=...)`` returns a
  ``Response[T]`` whose ``T`` is the operation's answer. Modules satisfy protocols, so
  ``client.call(get_services)`` is typed by what ``get_services`` answers, with no table of
  operations: ``T`` is the union the generated code declares (the 2xx model, joined with ``Any``
  where the contract lists error statuses without a schema), so mypy checks attributes and
  assignments of the model and lets the rest pass.
* It is a type for the checker: ``AmigoClient.call`` checks at run time that it got a generated
  module, and names the mistake otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Dict, Protocol, TypeVar

import httpx

if TYPE_CHECKING:
    from .types import Response

__all__ = ["Operation", "T"]

#: The answer of an operation.
T = TypeVar("T")


class Operation(Protocol[T]):
    """A generated operation module answering ``T``."""

    _get_kwargs: Callable[..., Dict[str, Any]]

    def _build_response(self, *, client: Any, response: httpx.Response) -> Response[T]: ...
