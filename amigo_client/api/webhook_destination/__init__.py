"""``client.webhook_destination``: the 6 operations tagged webhook_destination.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.webhook_destination.<operation>`` is that operation's generated module
(``_get_kwargs``, ``_parse_response``, ``sync``), imported on first use.
"""

# ruff: noqa: F401 (the TYPE_CHECKING block names every model the operations import; some are unused here)
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Mapping, overload

from ..._resource import RawResource, Resource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import List, Sequence, Union, cast

    from ..._binary import BinaryResponse
    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.create_webhook_destination_request import (
        CreateWebhookDestinationRequest,
        CreateWebhookDestinationRequestParam,
    )
    from ...models.create_webhook_destination_response import CreateWebhookDestinationResponse
    from ...models.get_webhook_deliveries_response import GetWebhookDeliveriesResponse
    from ...models.get_webhook_destinations_response import GetWebhookDestinationsResponse
    from ...models.rotate_webhook_destination_secret_response import RotateWebhookDestinationSecretResponse
    from ...models.update_webhook_destination_request import (
        UpdateWebhookDestinationRequest,
        UpdateWebhookDestinationRequestParam,
    )
    from ...models.webhook_delivery_instance import WebhookDeliveryInstance
    from ...models.webhook_delivery_status import WebhookDeliveryStatus, check_webhook_delivery_status
    from ...models.webhook_destination import WebhookDestination
    from ...models.webhook_type import WebhookType, check_webhook_type

__all__ = ["INDEX", "OPERATIONS", "WebhookDestinationResource", "WebhookDestinationResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "create_webhook_destination",
    "delete_webhook_destination",
    "get_webhook_deliveries",
    "get_webhook_destinations",
    "rotate_webhook_destination_secret",
    "update_webhook_destination",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("create_webhook_destination", "POST", "/webhook_destination/", "Create a webhook destination"),
    (
        "delete_webhook_destination",
        "DELETE",
        "/webhook_destination/{webhook_destination_id}",
        "Delete a webhook destination",
    ),
    (
        "get_webhook_deliveries",
        "GET",
        "/webhook_destination/{webhook_destination_id}/delivery",
        "List webhook deliveries",
    ),
    ("get_webhook_destinations", "GET", "/webhook_destination/", "List webhook destinations"),
    (
        "rotate_webhook_destination_secret",
        "POST",
        "/webhook_destination/{webhook_destination_id}/rotate-secret",
        "Rotate a webhook destination secret",
    ),
    (
        "update_webhook_destination",
        "POST",
        "/webhook_destination/{webhook_destination_id}",
        "Update a webhook destination",
    ),
)


class WebhookDestinationResource(Resource):
    """The operations tagged webhook_destination: ``client.webhook_destination.<operation>(...)``.

    Methods: ``create_webhook_destination``, ``delete_webhook_destination``, ``get_webhook_deliveries``, ``get_webhook_destinations``, ``rotate_webhook_destination_secret``, ``update_webhook_destination``.
    """

    __slots__ = ()

    @overload
    def create_webhook_destination(
        self,
        *,
        body: CreateWebhookDestinationRequest | CreateWebhookDestinationRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateWebhookDestinationResponse: ...

    @overload
    def create_webhook_destination(
        self,
        *,
        url: str,
        accepted_types: List[WebhookType],
        retry_attempts: int | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateWebhookDestinationResponse: ...

    def create_webhook_destination(
        self,
        *,
        body: CreateWebhookDestinationRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateWebhookDestinationResponse:
        """Create a webhook destination

        Registers a URL to receive webhooks and returns the signing secret, which is shown only once.

        ``POST /webhook_destination/``.

        Body: ``body=CreateWebhookDestinationRequest(...)``, or its fields as keyword arguments:
            url (str): Where webhook events are posted.
            accepted_types (list[WebhookType]): Webhook types to send to this destination.
            retry_attempts (int | Unset): How many times a failed delivery is retried. Default: 3.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateWebhookDestinationResponse

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

        from . import create_webhook_destination as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateWebhookDestinationRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_webhook_destination(
        self,
        webhook_destination_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a webhook destination

        Removes a webhook destination; it may keep receiving events for a few seconds.

        ``DELETE /webhook_destination/{webhook_destination_id}``.

        Args:
            webhook_destination_id (str): ID of the webhook destination.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
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

        from . import delete_webhook_destination as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "webhook_destination_id": webhook_destination_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_webhook_deliveries(
        self,
        webhook_destination_id: str,
        *,
        status: WebhookDeliveryStatus | Unset = UNSET,
        type_: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetWebhookDeliveriesResponse, WebhookDeliveryInstance]:
        """List webhook deliveries

        Returns a page of the webhooks sent to one destination, with their delivery attempts.

        ``GET /webhook_destination/{webhook_destination_id}/delivery``.

        Args:
            webhook_destination_id (str): ID of the webhook destination.
            status (WebhookDeliveryStatus | Unset): Outcome of a webhook delivery.
            type_ (str | Unset): Only return deliveries of this webhook type.
            created_after (datetime.datetime | Unset): Only return deliveries created at or after this UTC
                time.
            created_before (datetime.datetime | Unset): Only return deliveries created at or before this UTC
                time.
            limit (int | Unset): Largest number of deliveries to return in one page. Default: 50.
            continuation_token (int | Unset): Token from the previous page's response, used to fetch the
                next page. Default: 0.
            sort_by (list[str] | Unset): Sort fields, each prefixed with `+` (ascending) or `-`
                (descending); later fields break ties.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetWebhookDeliveriesResponse, WebhookDeliveryInstance]: iterate it for every item of every page; .data is the GetWebhookDeliveriesResponse.

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

        from . import get_webhook_deliveries as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "webhook_destination_id": webhook_destination_id,
                "status": status,
                "type_": type_,
                "created_after": created_after,
                "created_before": created_before,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="webhook_deliveries",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_webhook_destinations(
        self,
        *,
        id: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetWebhookDestinationsResponse:
        """List webhook destinations

        Returns the organization's webhook destinations.

        ``GET /webhook_destination/``.

        Args:
            id (list[str] | Unset): Only return the destinations with these IDs.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetWebhookDestinationsResponse

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

        from . import get_webhook_destinations as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def rotate_webhook_destination_secret(
        self,
        webhook_destination_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RotateWebhookDestinationSecretResponse:
        """Rotate a webhook destination secret

        Issues a new signing secret; old and new secrets both sign webhooks for a short overlap period.

        ``POST /webhook_destination/{webhook_destination_id}/rotate-secret``.

        Args:
            webhook_destination_id (str): ID of the webhook destination.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            RotateWebhookDestinationSecretResponse

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

        from . import rotate_webhook_destination_secret as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "webhook_destination_id": webhook_destination_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_webhook_destination(
        self,
        webhook_destination_id: str,
        *,
        body: UpdateWebhookDestinationRequest | UpdateWebhookDestinationRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_webhook_destination(
        self,
        webhook_destination_id: str,
        *,
        retry_attempts: Union[int, None] | Unset = ...,
        accepted_types: Union[List[WebhookType], None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_webhook_destination(
        self,
        webhook_destination_id: str,
        *,
        body: UpdateWebhookDestinationRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Update a webhook destination

        Changes the retry count or accepted webhook types of a destination; its URL cannot change.

        ``POST /webhook_destination/{webhook_destination_id}``.

        Args:
            webhook_destination_id (str): ID of the webhook destination.

        Body: ``body=UpdateWebhookDestinationRequest(...)``, or its fields as keyword arguments:
            retry_attempts (int | None | Unset): New retry count.
            accepted_types (list[WebhookType] | None | Unset): New list of webhook types to send.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
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

        from . import update_webhook_destination as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "webhook_destination_id": webhook_destination_id,
            },
            body,
            fields,
            model="UpdateWebhookDestinationRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class WebhookDestinationResourceWithRawResponse(RawResource):
        """``client.with_raw_response.webhook_destination``: the same methods, returning a RawResponse."""

        @overload
        def create_webhook_destination(
            self,
            *,
            body: CreateWebhookDestinationRequest | CreateWebhookDestinationRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateWebhookDestinationResponse]: ...

        @overload
        def create_webhook_destination(
            self,
            *,
            url: str,
            accepted_types: List[WebhookType],
            retry_attempts: int | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateWebhookDestinationResponse]: ...

        def create_webhook_destination(
            self,
            *,
            body: CreateWebhookDestinationRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateWebhookDestinationResponse]: ...

        def delete_webhook_destination(
            self,
            webhook_destination_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def get_webhook_deliveries(
            self,
            webhook_destination_id: str,
            *,
            status: WebhookDeliveryStatus | Unset = UNSET,
            type_: str | Unset = UNSET,
            created_after: datetime.datetime | Unset = UNSET,
            created_before: datetime.datetime | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetWebhookDeliveriesResponse, WebhookDeliveryInstance]]: ...

        def get_webhook_destinations(
            self,
            *,
            id: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetWebhookDestinationsResponse]: ...

        def rotate_webhook_destination_secret(
            self,
            webhook_destination_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[RotateWebhookDestinationSecretResponse]: ...

        @overload
        def update_webhook_destination(
            self,
            webhook_destination_id: str,
            *,
            body: UpdateWebhookDestinationRequest | UpdateWebhookDestinationRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_webhook_destination(
            self,
            webhook_destination_id: str,
            *,
            retry_attempts: Union[int, None] | Unset = ...,
            accepted_types: Union[List[WebhookType], None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_webhook_destination(
            self,
            webhook_destination_id: str,
            *,
            body: UpdateWebhookDestinationRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...


else:

    class WebhookDestinationResourceWithRawResponse(RawResource, WebhookDestinationResource):
        """``client.with_raw_response.webhook_destination``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
