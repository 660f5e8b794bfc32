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

from ...models.modify_role_request import ModifyRoleRequest
from ...models.modify_role_response import ModifyRoleResponse


def _get_kwargs(
    role_name: str,
    *,
    body: ModifyRoleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/role/" + _segment(role_name, "role_name", "modify_role"),
    }

    body = _model_body(body, ModifyRoleRequest, "modify_role")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | ModifyRoleResponse | None:
    if response.status_code == 200:
        response_200 = ModifyRoleResponse.from_dict(response.json())

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
) -> Response[Any | ModifyRoleResponse]:
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
    body: ModifyRoleRequest,
) -> Response[Any | ModifyRoleResponse]:
    """Modify a role

     Changes a role. A change of the description is made in place. A change of an immutable
    field (`permission_grants`, `frontend_view`) instead creates a new role with the same name,
    moves every user and API key of the old role onto it, and lets the old role record expire
    a day later; the caller may then need more privileges than the resulting role. Requires
    `Role:ModifyRole`. Limited to 10 calls a minute. Returns the ID of the role now in force.

    Args:
        role_name (str): Name of the role to change.
        body (ModifyRoleRequest): Role fields to change; a field left out keeps its value.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | ModifyRoleResponse]
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
    body: ModifyRoleRequest,
) -> Any | ModifyRoleResponse | None:
    """Modify a role

     Changes a role. A change of the description is made in place. A change of an immutable
    field (`permission_grants`, `frontend_view`) instead creates a new role with the same name,
    moves every user and API key of the old role onto it, and lets the old role record expire
    a day later; the caller may then need more privileges than the resulting role. Requires
    `Role:ModifyRole`. Limited to 10 calls a minute. Returns the ID of the role now in force.

    Args:
        role_name (str): Name of the role to change.
        body (ModifyRoleRequest): Role fields to change; a field left out keeps its value.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | ModifyRoleResponse
    """

    return sync_detailed(
        role_name=role_name,
        client=client,
        body=body,
    ).parsed
