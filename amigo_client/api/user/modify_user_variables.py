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

from ...models.modify_user_variables_request import ModifyUserVariablesRequest


def _get_kwargs(
    requested_user_id: str,
    *,
    body: ModifyUserVariablesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/" + _segment(requested_user_id, "requested_user_id", "modify_user_variables") + "/variable",
    }

    body = _model_body(body, ModifyUserVariablesRequest, "modify_user_variables")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
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
    body: ModifyUserVariablesRequest,
) -> Response[Any]:
    """Change a user's variables

     Creates, overwrites or removes a user's tool variables in one call.

    Args:
        requested_user_id (str): The user whose variables to change.
        body (ModifyUserVariablesRequest): Variables to write and variables to remove.

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
