from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.assign_role_request import AssignRoleRequest
from ...models.assign_role_response import AssignRoleResponse


def _get_kwargs(
    role_name: str,
    *,
    body: AssignRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/role/" + _segment(role_name, "role_name", "assign_role") + "/assign",
    }

    body = _model_body(body, AssignRoleRequest, "assign_role")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | AssignRoleResponse | None:
    if response.status_code == 200:
        response_200 = AssignRoleResponse.from_dict(response.json())

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
) -> Response[Any | AssignRoleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    role_name: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: AssignRoleRequest,
) -> Response[Any | AssignRoleResponse]:
    """Assign a role to a user

     Gives a user the named role. The caller must hold more privileges than that role.
    Limited to 1000 calls a minute. Returns the ID of the assigned role.

    Args:
        role_name (str): Name of the role to give.
        body (AssignRoleRequest): Parameters of a role assignment.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | AssignRoleResponse]
    """

    kwargs = _get_kwargs(
        role_name=role_name,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    role_name: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: AssignRoleRequest,
) -> Any | AssignRoleResponse | None:
    """Assign a role to a user

     Gives a user the named role. The caller must hold more privileges than that role.
    Limited to 1000 calls a minute. Returns the ID of the assigned role.

    Args:
        role_name (str): Name of the role to give.
        body (AssignRoleRequest): Parameters of a role assignment.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | AssignRoleResponse
    """

    return sync_detailed(
        role_name=role_name,
        client=client,
        body=body,
    ).parsed
