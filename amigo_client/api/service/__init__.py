"""``client.service``: the 5 operations tagged service.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.service.<operation>`` is that operation's generated module
(``_get_kwargs``, ``_parse_response``, ``sync``), imported on first use.
"""

# ruff: noqa: F401 (the TYPE_CHECKING block names every model the operations import; some are unused here)
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Mapping, overload

from ..._resource import RawResource, Resource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import List, Sequence, Union, cast

    from ..._binary import BinaryResponse
    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.create_service_request import CreateServiceRequest, CreateServiceRequestParam
    from ...models.create_service_request_tags import CreateServiceRequestTags, CreateServiceRequestTagsParam
    from ...models.create_service_response import CreateServiceResponse
    from ...models.get_services_response import GetServicesResponse
    from ...models.service_instance import ServiceInstance
    from ...models.update_service_request import UpdateServiceRequest, UpdateServiceRequestParam
    from ...models.update_service_request_tags_type_0 import (
        UpdateServiceRequestTagsType0,
        UpdateServiceRequestTagsType0Param,
    )
    from ...models.upsert_service_version_set_request import (
        UpsertServiceVersionSetRequest,
        UpsertServiceVersionSetRequestParam,
    )
    from ...models.version_set_input import VersionSetInput, VersionSetInputParam

__all__ = ["INDEX", "OPERATIONS", "ServiceResource", "ServiceResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "create_service",
    "delete_service_version_set",
    "get_services",
    "update_service",
    "upsert_service_version_set",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("create_service", "POST", "/service/", "Create a service"),
    (
        "delete_service_version_set",
        "DELETE",
        "/service/{service_id}/version_sets/{version_set_name}/",
        "Delete a version set",
    ),
    ("get_services", "GET", "/service/", "List services"),
    ("update_service", "POST", "/service/{service_id}/", "Update a service"),
    (
        "upsert_service_version_set",
        "PUT",
        "/service/{service_id}/version_sets/{version_set_name}/",
        "Create or replace a version set",
    ),
)


class ServiceResource(Resource):
    """The operations tagged service: ``client.service.<operation>(...)``.

    Methods: ``create_service``, ``delete_service_version_set``, ``get_services``, ``update_service``, ``upsert_service_version_set``.
    """

    __slots__ = ()

    @overload
    def create_service(
        self,
        *,
        body: CreateServiceRequest | CreateServiceRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateServiceResponse: ...

    @overload
    def create_service(
        self,
        *,
        service_hierarchical_state_machine_id: str,
        agent_id: str,
        name: str,
        description: str,
        is_active: bool,
        keyterms: List[str],
        tags: Union[Mapping[str, Union[str, None]], CreateServiceRequestTags] = ...,
        release_version_set: Union[Union[VersionSetInputParam, VersionSetInput], None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateServiceResponse: ...

    def create_service(
        self,
        *,
        body: CreateServiceRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateServiceResponse:
        """Create a service

        Creates a new service from an agent and a service hierarchical state machine.

        ``POST /service/``.

        Body: ``body=CreateServiceRequest(...)``, or its fields as keyword arguments:
            service_hierarchical_state_machine_id (str): ID of the state machine the service will run.
            agent_id (str): ID of the agent the service will use.
            name (str): Service name.
            description (str): What the service is for.
            is_active (bool): Whether the service starts out active (visible on the dashboard).
            keyterms (list[str]): Terms that help audio transcription for this service.
            tags (CreateServiceRequestTags): Tags to attach, as a key-to-value map.
            release_version_set (None | Unset | VersionSetInput): Initial `release` version set; defaults to
                the same as `edge` when omitted.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateServiceResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_service as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateServiceRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_service_version_set(
        self,
        service_id: str,
        version_set_name: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a version set

        Removes a named version set from a service.

        ``DELETE /service/{service_id}/version_sets/{version_set_name}/``.

        Args:
            service_id (str): ID of the service.
            version_set_name (str): Name of the version set to remove.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_service_version_set as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "service_id": service_id,
                "version_set_name": version_set_name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_services(
        self,
        *,
        id: list[str] | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetServicesResponse, ServiceInstance]:
        """List services

        Returns one page of the organization's services, optionally filtered by ID, activeness and tags.

        ``GET /service/``.

        Args:
            id (list[str] | Unset): Restrict the result to these service IDs.
            is_active (bool | Unset): Only return services whose active flag matches this value.
            sort_by (list[str] | Unset): Sort keys (`name`, `is_active`), each prefixed with `+` for
                ascending or `-` for descending; later keys break ties.
            tags (list[str] | Unset): Tag filters written as `key:value`; a value of `*` matches any value
                and an empty value matches a null one.
            limit (int | Unset): Page size. Default: 10.
            continuation_token (int | Unset): Token returned by the previous page; pass it to fetch the next
                one. Default: 0.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetServicesResponse, ServiceInstance]: iterate it for every item of every page; .data is the GetServicesResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_services as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "is_active": is_active,
                "sort_by": sort_by,
                "tags": tags,
                "limit": limit,
                "continuation_token": continuation_token,
            },
            items="services",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_service(
        self,
        service_id: str,
        *,
        body: UpdateServiceRequest | UpdateServiceRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_service(
        self,
        service_id: str,
        *,
        name: Union[str, None] | Unset = ...,
        description: Union[str, None] | Unset = ...,
        is_active: Union[bool, None] | Unset = ...,
        agent_id: Union[str, None] | Unset = ...,
        service_hierarchical_state_machine_id: Union[str, None] | Unset = ...,
        tags: Union[Union[Mapping[str, Union[str, None]], UpdateServiceRequestTagsType0], None] | Unset = ...,
        keyterms: Union[List[str], None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_service(
        self,
        service_id: str,
        *,
        body: UpdateServiceRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Update a service

        Changes selected fields of a service; fields left null are not touched.

        ``POST /service/{service_id}/``.

        Args:
            service_id (str): ID of the service to change.

        Body: ``body=UpdateServiceRequest(...)``, or its fields as keyword arguments:
            name (None | str | Unset): New name.
            description (None | str | Unset): New description.
            is_active (bool | None | Unset): Activate or deactivate the service.
            agent_id (None | str | Unset): New agent ID.
            service_hierarchical_state_machine_id (None | str | Unset): New state machine ID.
            tags (None | Unset | UpdateServiceRequestTagsType0): Replacement tags, as a key-to-value map.
            keyterms (list[str] | None | Unset): Replacement transcription keyterms.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import update_service as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "service_id": service_id,
            },
            body,
            fields,
            model="UpdateServiceRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def upsert_service_version_set(
        self,
        service_id: str,
        version_set_name: str,
        *,
        body: UpsertServiceVersionSetRequest | UpsertServiceVersionSetRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def upsert_service_version_set(
        self,
        service_id: str,
        version_set_name: str,
        *,
        version_set: Union[VersionSetInputParam, VersionSetInput],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def upsert_service_version_set(
        self,
        service_id: str,
        version_set_name: str,
        *,
        body: UpsertServiceVersionSetRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Create or replace a version set

        Creates the named version set of a service, or overwrites it if it already exists.

        ``PUT /service/{service_id}/version_sets/{version_set_name}/``.

        Args:
            service_id (str): ID of the service.
            version_set_name (str): Name of the version set to write.

        Body: ``body=UpsertServiceVersionSetRequest(...)``, or its fields as keyword arguments:
            version_set (VersionSetInput): Pins agent, state machine and model choices for a service
                (request form).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import upsert_service_version_set as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "service_id": service_id,
                "version_set_name": version_set_name,
            },
            body,
            fields,
            model="UpsertServiceVersionSetRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class ServiceResourceWithRawResponse(RawResource):
        """``client.with_raw_response.service``: the same methods, returning a RawResponse."""

        @overload
        def create_service(
            self,
            *,
            body: CreateServiceRequest | CreateServiceRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateServiceResponse]: ...

        @overload
        def create_service(
            self,
            *,
            service_hierarchical_state_machine_id: str,
            agent_id: str,
            name: str,
            description: str,
            is_active: bool,
            keyterms: List[str],
            tags: Union[Mapping[str, Union[str, None]], CreateServiceRequestTags] = ...,
            release_version_set: Union[Union[VersionSetInputParam, VersionSetInput], None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateServiceResponse]: ...

        def create_service(
            self,
            *,
            body: CreateServiceRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateServiceResponse]: ...

        def delete_service_version_set(
            self,
            service_id: str,
            version_set_name: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def get_services(
            self,
            *,
            id: list[str] | Unset = UNSET,
            is_active: bool | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            tags: list[str] | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetServicesResponse, ServiceInstance]]: ...

        @overload
        def update_service(
            self,
            service_id: str,
            *,
            body: UpdateServiceRequest | UpdateServiceRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_service(
            self,
            service_id: str,
            *,
            name: Union[str, None] | Unset = ...,
            description: Union[str, None] | Unset = ...,
            is_active: Union[bool, None] | Unset = ...,
            agent_id: Union[str, None] | Unset = ...,
            service_hierarchical_state_machine_id: Union[str, None] | Unset = ...,
            tags: Union[Union[Mapping[str, Union[str, None]], UpdateServiceRequestTagsType0], None] | Unset = ...,
            keyterms: Union[List[str], None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_service(
            self,
            service_id: str,
            *,
            body: UpdateServiceRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        @overload
        def upsert_service_version_set(
            self,
            service_id: str,
            version_set_name: str,
            *,
            body: UpsertServiceVersionSetRequest | UpsertServiceVersionSetRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def upsert_service_version_set(
            self,
            service_id: str,
            version_set_name: str,
            *,
            version_set: Union[VersionSetInputParam, VersionSetInput],
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def upsert_service_version_set(
            self,
            service_id: str,
            version_set_name: str,
            *,
            body: UpsertServiceVersionSetRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...


else:

    class ServiceResourceWithRawResponse(RawResource, ServiceResource):
        """``client.with_raw_response.service``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
