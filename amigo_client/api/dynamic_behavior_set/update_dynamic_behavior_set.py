from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_dynamic_behavior_set_request import UpdateDynamicBehaviorSetRequest
from ...types import Response


def _get_kwargs(
    dynamic_behavior_set_id: str,
    *,
    body: UpdateDynamicBehaviorSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dynamic_behavior_set/{dynamic_behavior_set_id}/".format(
            dynamic_behavior_set_id=quote(str(dynamic_behavior_set_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dynamic_behavior_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDynamicBehaviorSetRequest,
) -> Response[Any]:
    """Update a dynamic behavior set

     Changes the name, tags, services or active flag of a dynamic behavior set; fields left out
    keep their value. Its triggers and actions change only through a new version
    (`create-dynamic-behavior-set-version`). Requires
    `DynamicBehaviorInstruction:UpdateDynamicBehaviorInstruction` on the set. Limited to 500
    calls a minute. Returns no body.

    Args:
        dynamic_behavior_set_id (str):
        body (UpdateDynamicBehaviorSetRequest): Dynamic behavior set fields to change; a field
            left out or null keeps its value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        dynamic_behavior_set_id=dynamic_behavior_set_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    dynamic_behavior_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDynamicBehaviorSetRequest,
) -> Response[Any]:
    """Update a dynamic behavior set

     Changes the name, tags, services or active flag of a dynamic behavior set; fields left out
    keep their value. Its triggers and actions change only through a new version
    (`create-dynamic-behavior-set-version`). Requires
    `DynamicBehaviorInstruction:UpdateDynamicBehaviorInstruction` on the set. Limited to 500
    calls a minute. Returns no body.

    Args:
        dynamic_behavior_set_id (str):
        body (UpdateDynamicBehaviorSetRequest): Dynamic behavior set fields to change; a field
            left out or null keeps its value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        dynamic_behavior_set_id=dynamic_behavior_set_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
