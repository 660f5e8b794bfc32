from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.get_temporary_permission_grants_response import GetTemporaryPermissionGrantsResponse
from ...types import Unset


def _get_kwargs(
    *,
    id: list[str] | Unset = UNSET,
    user_id: list[str] | Unset = UNSET,
    permission_grant_name: str | Unset = UNSET,
    is_expired: bool | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    json_user_id: list[str] | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = user_id

    params["user_id"] = json_user_id

    params["permission_grant_name"] = permission_grant_name

    params["is_expired"] = is_expired

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_creator: list[str] | Unset = UNSET
    if not isinstance(creator, Unset):
        json_creator = creator

    params["creator"] = json_creator

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/role/temporary_permission_grants/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetTemporaryPermissionGrantsResponse | None:
    if response.status_code == 200:
        response_200 = GetTemporaryPermissionGrantsResponse.from_dict(response.json())

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
) -> Response[Any | GetTemporaryPermissionGrantsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    user_id: list[str] | Unset = UNSET,
    permission_grant_name: str | Unset = UNSET,
    is_expired: bool | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetTemporaryPermissionGrantsResponse]:
    """List temporary permission grants

     Searches temporary permission grants by ID, user, permission, creator, tags or expiry, one
    page at a time. Only grants on which the caller holds `Role:GetTemporaryPermissionGrant`
    appear. Follow `continuation_token` while `has_more` is true. Limited to 100 calls a minute.

    Args:
        id (list[str] | Unset): Keep only grants with these IDs.
        user_id (list[str] | Unset): Keep only grants given to these users.
        permission_grant_name (str | Unset): Keep only grants of this permission.
        is_expired (bool | Unset): True for expired grants only, false for grants still in force;
            both when omitted.
        limit (int | Unset): Largest number of grants in one page. Default: 10.
        continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch
            the next one. Default: 0.
        creator (list[str] | Unset): Keep only grants made by these creators.
        tag (list[str] | Unset): Tag filters written `key:value`; `key:*` matches any value of
            that key, `key:` matches a null value.
        sort_by (list[str] | Unset): Sort keys, each prefixed with `+` (ascending) or `-`
            (descending); later keys break ties. Accepted: `expires_at`, `user_id`,
            `permission_grant.permission_name`.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetTemporaryPermissionGrantsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        user_id=user_id,
        permission_grant_name=permission_grant_name,
        is_expired=is_expired,
        limit=limit,
        continuation_token=continuation_token,
        creator=creator,
        tag=tag,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    user_id: list[str] | Unset = UNSET,
    permission_grant_name: str | Unset = UNSET,
    is_expired: bool | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetTemporaryPermissionGrantsResponse | None:
    """List temporary permission grants

     Searches temporary permission grants by ID, user, permission, creator, tags or expiry, one
    page at a time. Only grants on which the caller holds `Role:GetTemporaryPermissionGrant`
    appear. Follow `continuation_token` while `has_more` is true. Limited to 100 calls a minute.

    Args:
        id (list[str] | Unset): Keep only grants with these IDs.
        user_id (list[str] | Unset): Keep only grants given to these users.
        permission_grant_name (str | Unset): Keep only grants of this permission.
        is_expired (bool | Unset): True for expired grants only, false for grants still in force;
            both when omitted.
        limit (int | Unset): Largest number of grants in one page. Default: 10.
        continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch
            the next one. Default: 0.
        creator (list[str] | Unset): Keep only grants made by these creators.
        tag (list[str] | Unset): Tag filters written `key:value`; `key:*` matches any value of
            that key, `key:` matches a null value.
        sort_by (list[str] | Unset): Sort keys, each prefixed with `+` (ascending) or `-`
            (descending); later keys break ties. Accepted: `expires_at`, `user_id`,
            `permission_grant.permission_name`.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetTemporaryPermissionGrantsResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        user_id=user_id,
        permission_grant_name=permission_grant_name,
        is_expired=is_expired,
        limit=limit,
        continuation_token=continuation_token,
        creator=creator,
        tag=tag,
        sort_by=sort_by,
    ).parsed
