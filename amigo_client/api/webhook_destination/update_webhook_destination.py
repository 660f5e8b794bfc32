from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.update_webhook_destination_request import UpdateWebhookDestinationRequest


def _get_kwargs(
    webhook_destination_id: str,
    *,
    body: UpdateWebhookDestinationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook_destination/"
        + _segment(
            webhook_destination_id, "webhook_destination_id", "update_webhook_destination", pattern="^[a-f0-9]{24}$"
        ),
    }

    body = _model_body(body, UpdateWebhookDestinationRequest, "update_webhook_destination")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 409:
        return None

    if response.status_code == 422:
        return None

    if response.status_code == 429:
        return None

    if response.status_code == 503:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: UpdateWebhookDestinationRequest,
) -> Response[Any]:
    """Update a webhook destination

     Changes the retry count or accepted webhook types of a destination; its URL cannot change.

    Args:
        webhook_destination_id (str): ID of the webhook destination.
        body (UpdateWebhookDestinationRequest): Fields of a webhook destination to change; omitted
            fields stay as they are.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        webhook_destination_id=webhook_destination_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
