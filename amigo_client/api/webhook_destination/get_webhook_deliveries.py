from __future__ import annotations

import json
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

import datetime

from ...models.get_webhook_deliveries_response import GetWebhookDeliveriesResponse
from ...models.webhook_delivery_status import WebhookDeliveryStatus
from ...types import Unset


def _get_kwargs(
    webhook_destination_id: str,
    *,
    status: WebhookDeliveryStatus | Unset = UNSET,
    type_: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json.dumps(json_status, separators=(",", ":")) if isinstance(json_status, dict) else json_status
    params["type"] = type_

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhook_destination/"
        + _segment(webhook_destination_id, "webhook_destination_id", "get_webhook_deliveries", pattern="^[a-f0-9]{24}$")
        + "/delivery",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetWebhookDeliveriesResponse | None:
    if response.status_code == 200:
        response_200 = GetWebhookDeliveriesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

    if response.status_code == 403:
        response_403 = cast("Any", None)
        return response_403

    if response.status_code == 404:
        response_404 = cast("Any", None)
        return response_404

    if response.status_code == 422:
        response_422 = cast("Any", None)
        return response_422

    if response.status_code == 429:
        response_429 = cast("Any", None)
        return response_429

    if response.status_code == 503:
        response_503 = cast("Any", None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetWebhookDeliveriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_destination_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    status: WebhookDeliveryStatus | Unset = UNSET,
    type_: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetWebhookDeliveriesResponse]:
    """List webhook deliveries

     Returns a page of the webhooks sent to one destination, with their delivery attempts.

    Args:
        webhook_destination_id (str): ID of the webhook destination.
        status (WebhookDeliveryStatus | Unset): Outcome of a webhook delivery.
        type_ (str | Unset): Only return deliveries of this webhook type.
        created_after (datetime.datetime | Unset): Only return deliveries created at or after this
            UTC time.
        created_before (datetime.datetime | Unset): Only return deliveries created at or before
            this UTC time.
        limit (int | Unset): Largest number of deliveries to return in one page. Default: 50.
        continuation_token (int | Unset): Token from the previous page's response, used to fetch
            the next page. Default: 0.
        sort_by (list[str] | Unset): Sort fields, each prefixed with `+` (ascending) or `-`
            (descending); later fields break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetWebhookDeliveriesResponse]
    """

    kwargs = _get_kwargs(
        webhook_destination_id=webhook_destination_id,
        status=status,
        type_=type_,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    webhook_destination_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    status: WebhookDeliveryStatus | Unset = UNSET,
    type_: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetWebhookDeliveriesResponse | None:
    """List webhook deliveries

     Returns a page of the webhooks sent to one destination, with their delivery attempts.

    Args:
        webhook_destination_id (str): ID of the webhook destination.
        status (WebhookDeliveryStatus | Unset): Outcome of a webhook delivery.
        type_ (str | Unset): Only return deliveries of this webhook type.
        created_after (datetime.datetime | Unset): Only return deliveries created at or after this
            UTC time.
        created_before (datetime.datetime | Unset): Only return deliveries created at or before
            this UTC time.
        limit (int | Unset): Largest number of deliveries to return in one page. Default: 50.
        continuation_token (int | Unset): Token from the previous page's response, used to fetch
            the next page. Default: 0.
        sort_by (list[str] | Unset): Sort fields, each prefixed with `+` (ascending) or `-`
            (descending); later fields break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetWebhookDeliveriesResponse
    """

    return sync_detailed(
        webhook_destination_id=webhook_destination_id,
        client=client,
        status=status,
        type_=type_,
        created_after=created_after,
        created_before=created_before,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    ).parsed
