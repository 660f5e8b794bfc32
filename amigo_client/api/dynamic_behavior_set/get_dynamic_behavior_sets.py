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

from ...models.get_dynamic_behavior_sets_response import GetDynamicBehaviorSetsResponse
from ...types import Unset


def _get_kwargs(
    *,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    is_active: bool | Unset = UNSET,
    applied_to_service: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    params["is_active"] = is_active

    json_applied_to_service: list[str] | Unset = UNSET
    if not isinstance(applied_to_service, Unset):
        json_applied_to_service = applied_to_service

    params["applied_to_service"] = json_applied_to_service

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
        "url": "/dynamic_behavior_set/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetDynamicBehaviorSetsResponse | None:
    if response.status_code == 200:
        response_200 = GetDynamicBehaviorSetsResponse.from_dict(response.json())

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
) -> Response[Any | GetDynamicBehaviorSetsResponse]:
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
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    is_active: bool | Unset = UNSET,
    applied_to_service: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetDynamicBehaviorSetsResponse]:
    """List dynamic behavior sets

     Returns a page of the organization's dynamic behavior sets, optionally filtered and sorted.

    Args:
        id (list[str] | Unset): Only return the sets with these IDs.
        limit (int | Unset): Largest number of sets to return in one page. Default: 50.
        continuation_token (int | Unset): Token from the previous page's response, used to fetch
            the next page. Default: 0.
        is_active (bool | Unset): Only return sets that are (or are not) active.
        applied_to_service (list[str] | Unset): Only return sets applied to any of these service
            IDs.
        creator (list[str] | Unset): Only return sets made by these creators, each written as
            `org_id,user_id`.
        tag (list[str] | Unset): Tag filters written as `key:value`; a `*` value matches any value
            and an empty value matches a null one.
        sort_by (list[str] | Unset): Sort fields, each prefixed with `+` (ascending) or `-`
            (descending); later fields break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetDynamicBehaviorSetsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        continuation_token=continuation_token,
        is_active=is_active,
        applied_to_service=applied_to_service,
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
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    is_active: bool | Unset = UNSET,
    applied_to_service: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetDynamicBehaviorSetsResponse | None:
    """List dynamic behavior sets

     Returns a page of the organization's dynamic behavior sets, optionally filtered and sorted.

    Args:
        id (list[str] | Unset): Only return the sets with these IDs.
        limit (int | Unset): Largest number of sets to return in one page. Default: 50.
        continuation_token (int | Unset): Token from the previous page's response, used to fetch
            the next page. Default: 0.
        is_active (bool | Unset): Only return sets that are (or are not) active.
        applied_to_service (list[str] | Unset): Only return sets applied to any of these service
            IDs.
        creator (list[str] | Unset): Only return sets made by these creators, each written as
            `org_id,user_id`.
        tag (list[str] | Unset): Tag filters written as `key:value`; a `*` value matches any value
            and an empty value matches a null one.
        sort_by (list[str] | Unset): Sort fields, each prefixed with `+` (ascending) or `-`
            (descending); later fields break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetDynamicBehaviorSetsResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        limit=limit,
        continuation_token=continuation_token,
        is_active=is_active,
        applied_to_service=applied_to_service,
        creator=creator,
        tag=tag,
        sort_by=sort_by,
    ).parsed
