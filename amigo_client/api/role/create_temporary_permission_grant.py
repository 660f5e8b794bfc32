from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.create_temporary_permission_grant_request import CreateTemporaryPermissionGrantRequest
from ...models.create_temporary_permission_grant_response import CreateTemporaryPermissionGrantResponse


def _get_kwargs(
    *,
    body: CreateTemporaryPermissionGrantRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/role/temporary_permission_grant/",
    }

    body = _model_body(body, CreateTemporaryPermissionGrantRequest, "create_temporary_permission_grant")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateTemporaryPermissionGrantResponse | None:
    if response.status_code == 201:
        response_201 = CreateTemporaryPermissionGrantResponse.from_dict(response.json())

        return response_201

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
) -> Response[Any | CreateTemporaryPermissionGrantResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateTemporaryPermissionGrantRequest,
) -> Response[Any | CreateTemporaryPermissionGrantResponse]:
    """Grant a user a temporary permission

     Gives one user an extra permission on top of their role, lasting for `duration`. Comparisons of
    privilege between a user and another entity (for example,
    whether the user may assign a role) keep using roles only and ignore such grants.
    Requires `Role:CreateTemporaryPermissionGrant`. Limited to 100 calls a minute. Returns the
    grant's ID and expiry time; each call creates a new grant.

    Args:
        body (CreateTemporaryPermissionGrantRequest): Parameters of a new temporary permission
            grant.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | CreateTemporaryPermissionGrantResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateTemporaryPermissionGrantRequest,
) -> Any | CreateTemporaryPermissionGrantResponse | None:
    """Grant a user a temporary permission

     Gives one user an extra permission on top of their role, lasting for `duration`. Comparisons of
    privilege between a user and another entity (for example,
    whether the user may assign a role) keep using roles only and ignore such grants.
    Requires `Role:CreateTemporaryPermissionGrant`. Limited to 100 calls a minute. Returns the
    grant's ID and expiry time; each call creates a new grant.

    Args:
        body (CreateTemporaryPermissionGrantRequest): Parameters of a new temporary permission
            grant.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | CreateTemporaryPermissionGrantResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed
