"""``AmigoClient.paginate`` and ``AmigoClient.iter_items``: the pages of a generated list operation.

Contract:

* :meth:`Paging.paginate` runs a generated operation module through ``client.call`` and yields
  its page models one at a time, requesting the next page (with the page's
  ``continuation_token``) only when the previous one has been consumed and said ``has_more``.
  ``has_more`` without a token, or a token the server sent before (a cycle of any length,
  found in constant memory), is an :class:`~amigo_client.UnexpectedResponseError` instead of a
  request loop.
* :meth:`Paging.iter_items` yields the items of those pages: the page's one list field, or the
  field named by ``items``; a page without that field is a
  :class:`~amigo_client.ConfigurationError` listing the page's list fields.

(``client.<resource>.<list operation>()`` returns a :class:`~amigo_client._resource.Page`, which
pages by itself; these helpers serve ``client.call``'s operation modules.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, List, Optional, TypeVar, Union, overload

import attrs

from ._errors import ConfigurationError, UnexpectedResponseError
from ._operation import Operation, T
from ._resource import TokenLoopGuard
from .types import UNSET, Unset

__all__ = ["Paging"]

#: An item of a page.
I = TypeVar("I")  # noqa: E741


class Paging:
    """The paging helpers of :class:`~amigo_client.AmigoClient` (a mixin over its ``call``)."""

    __slots__ = ()

    if TYPE_CHECKING:

        def call(self, operation: Operation[T], *args: Any, **kwargs: Any) -> T: ...

    def paginate(self, operation: Operation[T], *args: Any, **kwargs: Any) -> Iterator[T]:
        """Every page of a list operation, fetched lazily: the next page is requested only when
        the previous one has been consumed and said ``has_more``. A server that sends a token it
        sent before (a cycle of any length) is an :class:`~amigo_client.UnexpectedResponseError`;
        the check (:class:`~amigo_client._resource.TokenLoopGuard`, shared with ``Page``) keeps two
        tokens, not every token seen."""
        token = kwargs.pop("continuation_token", UNSET)
        guard = TokenLoopGuard()
        name = _name_of(operation)
        while True:
            if not isinstance(token, Unset):
                kwargs["continuation_token"] = token
            page = self.call(operation, *args, **kwargs)
            yield page
            if not getattr(page, "has_more", False):
                return
            token = getattr(page, "continuation_token", None)
            if token is None or isinstance(token, Unset):
                raise UnexpectedResponseError(f"{name}: the server said has_more but sent no continuation_token")
            guard.check(token, name)

    @overload
    def iter_items(
        self, operation: Operation[T], *args: Any, items: Callable[[T], Iterable[I]], **kwargs: Any
    ) -> Iterator[I]: ...

    @overload
    def iter_items(
        self, operation: Operation[Any], *args: Any, items: Optional[str] = None, **kwargs: Any
    ) -> Iterator[Any]: ...

    def iter_items(
        self,
        operation: Operation[Any],
        *args: Any,
        items: Union[str, Callable[[Any], Iterable[Any]], None] = None,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Every item of every page. ``items`` names the list field of the page (found by itself
        when the page has exactly one list field), or is a function from a page to its items,
        which types the items for a type checker: ``client.iter_items(get_services,
        items=services_of)`` with ``def services_of(page: GetServicesResponse) ->
        List[ServiceInstance]``. (``client.service.get_services()`` pages and types its items by
        itself.)"""
        if items is not None and not isinstance(items, str) and not callable(items):
            raise ConfigurationError(
                f"iter_items: items must be a field name or a function from a page to its items, got {items!r}"
            )
        for page in self.paginate(operation, *args, **kwargs):
            if callable(items):
                yield from items(page)
                continue
            name = items or _list_field(page)
            values = getattr(page, name, None)
            if not isinstance(values, list):
                raise ConfigurationError(
                    f"{type(page).__name__} has no list field {name!r}; its list fields are {_list_fields(page)}"
                )
            yield from values


def _name_of(operation: Any) -> str:
    return str(getattr(operation, "__name__", operation)).rsplit(".", 1)[-1]


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
