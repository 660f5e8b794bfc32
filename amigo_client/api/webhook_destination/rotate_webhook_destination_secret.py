from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.rotate_webhook_destination_secret_response import RotateWebhookDestinationSecretResponse


def _get_kwargs(
    webhook_destination_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhook_destination/"
        + _segment(
            webhook_destination_id,
            "webhook_destination_id",
            "rotate_webhook_destination_secret",
            pattern="^[a-f0-9]{24}$",
        )
        + "/rotate-secret",
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | RotateWebhookDestinationSecretResponse | None:
    if response.status_code == 200:
        response_200 = RotateWebhookDestinationSecretResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast("Any", None)
        return response_400

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

    if response.status_code == 403:
        response_403 = cast("Any", None)
        return response_403

    if response.status_code == 404:
        response_404 = cast("Any", None)
        return response_404

    if response.status_code == 409:
        response_409 = cast("Any", None)
        return response_409

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
) -> Response[Any | RotateWebhookDestinationSecretResponse]:
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
) -> Response[Any | RotateWebhookDestinationSecretResponse]:
    """Rotate a webhook destination secret

     Issues a new signing secret; old and new secrets both sign webhooks for a short overlap period.

    Args:
        webhook_destination_id (str): ID of the webhook destination.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | RotateWebhookDestinationSecretResponse]
    """

    kwargs = _get_kwargs(
        webhook_destination_id=webhook_destination_id,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    webhook_destination_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Any | RotateWebhookDestinationSecretResponse | None:
    """Rotate a webhook destination secret

     Issues a new signing secret; old and new secrets both sign webhooks for a short overlap period.

    Args:
        webhook_destination_id (str): ID of the webhook destination.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | RotateWebhookDestinationSecretResponse
    """

    return sync_detailed(
        webhook_destination_id=webhook_destination_id,
        client=client,
    ).parsed
