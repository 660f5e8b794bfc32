"""``client.organization``: the 1 operations tagged organization.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.organization.<operation>`` is that operation's generated module
(``_get_kwargs``, ``_parse_response``, ``sync``), imported on first use.
"""

# ruff: noqa: F401 (the TYPE_CHECKING block names every model the operations import; some are unused here)
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Mapping, overload

from ..._resource import RawResource, Resource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import cast

    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.get_organization_response import GetOrganizationResponse

__all__ = ["INDEX", "OPERATIONS", "OrganizationResource", "OrganizationResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = ("get_organization",)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (("get_organization", "GET", "/organization/", "Get the organization"),)


class OrganizationResource(Resource):
    """The operations tagged organization: ``client.organization.<operation>(...)``.

    Methods: ``get_organization``.
    """

    __slots__ = ()

    def get_organization(
        self,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetOrganizationResponse:
        """Get the organization

        Returns the public profile and default user preferences of the organization.

        ``GET /organization/``.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetOrganizationResponse

        Raises:
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_organization as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class OrganizationResourceWithRawResponse(RawResource):
        """``client.with_raw_response.organization``: the same methods, returning a RawResponse."""

        def get_organization(
            self,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetOrganizationResponse]: ...


else:

    class OrganizationResourceWithRawResponse(RawResource, OrganizationResource):
        """``client.with_raw_response.organization``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
