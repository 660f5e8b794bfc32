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

from ...models.create_organization_request import CreateOrganizationRequest
from ...models.create_organization_response import CreateOrganizationResponse


def _get_kwargs(
    *,
    body: CreateOrganizationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/organization/",
    }

    body = _model_body(body, CreateOrganizationRequest, "create_organization")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateOrganizationResponse | None:
    if response.status_code == 201:
        response_201 = CreateOrganizationResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = cast("Any", None)
        return response_400

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

    if response.status_code == 403:
        response_403 = cast("Any", None)
        return response_403

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
) -> Response[Any | CreateOrganizationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient,
    body: CreateOrganizationRequest,
) -> Response[Any | CreateOrganizationResponse]:
    """Create an organization

     Provisions a brand-new organization and everything it needs to run: its database records,
    the four default roles (`DefaultUserRole`, `DefaultAdministratorRole`,
    `DefaultAmigoAdministratorRole`, `DefaultSuperAdministratorRole`), an `admin@amigo.ai`
    super user holding the super-administrator role, an identity tenant for its users, and the
    `{org_id}.amigo.ai` web address of its frontend.

    Platform operators use this; ordinary SDK users never need it. The server also requires
    an `x-mongo-cluster-name` header on this call.
    The caller needs `Organization:CreateOrganization`, `Role:CreateRole`, `User:InviteUser`
    and privileges at least equal to `DefaultSuperAdministratorRole`. Limited to 5 calls a
    minute. Returns the new organization's ID.

    Args:
        body (CreateOrganizationRequest): Everything a new organization starts with; images are
            base64-encoded file bytes.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | CreateOrganizationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient,
    body: CreateOrganizationRequest,
) -> Any | CreateOrganizationResponse | None:
    """Create an organization

     Provisions a brand-new organization and everything it needs to run: its database records,
    the four default roles (`DefaultUserRole`, `DefaultAdministratorRole`,
    `DefaultAmigoAdministratorRole`, `DefaultSuperAdministratorRole`), an `admin@amigo.ai`
    super user holding the super-administrator role, an identity tenant for its users, and the
    `{org_id}.amigo.ai` web address of its frontend.

    Platform operators use this; ordinary SDK users never need it. The server also requires
    an `x-mongo-cluster-name` header on this call.
    The caller needs `Organization:CreateOrganization`, `Role:CreateRole`, `User:InviteUser`
    and privileges at least equal to `DefaultSuperAdministratorRole`. Limited to 5 calls a
    minute. Returns the new organization's ID.

    Args:
        body (CreateOrganizationRequest): Everything a new organization starts with; images are
            base64-encoded file bytes.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | CreateOrganizationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed
