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

from ...models.update_user_info_request import UpdateUserInfoRequest


def _get_kwargs(
    requested_user_id: str,
    *,
    body: UpdateUserInfoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/" + _segment(requested_user_id, "requested_user_id", "update_user_info"),
    }

    body = _model_body(body, UpdateUserInfoRequest, "update_user_info")
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
    requested_user_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: UpdateUserInfoRequest,
) -> Response[Any]:
    """Update a user

     Changes a user's name and preferences; fields left out are kept as they are.

    Args:
        requested_user_id (str): The user to update.
        body (UpdateUserInfoRequest): Changes to apply to a user; omitted or null fields are
            generally left unchanged.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        requested_user_id=requested_user_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
