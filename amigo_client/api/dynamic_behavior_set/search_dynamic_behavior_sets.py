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

from ...models.search_dynamic_behavior_sets_response import SearchDynamicBehaviorSetsResponse
from ...types import Unset


def _get_kwargs(
    *,
    query: str,
    is_active: bool | Unset = UNSET,
    applied_to_service: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dynamic_behavior_set/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | SearchDynamicBehaviorSetsResponse | None:
    if response.status_code == 200:
        response_200 = SearchDynamicBehaviorSetsResponse.from_dict(response.json())

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
) -> Response[Any | SearchDynamicBehaviorSetsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    query: str,
    is_active: bool | Unset = UNSET,
    applied_to_service: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> Response[Any | SearchDynamicBehaviorSetsResponse]:
    """Search dynamic behavior sets

     Full-text search over set names and the triggers of each set's latest version.

    Args:
        query (str): The search terms.
        is_active (bool | Unset): Only return sets that are (or are not) active.
        applied_to_service (list[str] | Unset): Only return sets applied to any of these service
            IDs.
        creator (list[str] | Unset): Only return sets made by these creators, each written as
            `org_id,user_id`.
        tag (list[str] | Unset): Tag filters written as `key:value`; a `*` value matches any value
            and an empty value matches a null one.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | SearchDynamicBehaviorSetsResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        is_active=is_active,
        applied_to_service=applied_to_service,
        creator=creator,
        tag=tag,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    query: str,
    is_active: bool | Unset = UNSET,
    applied_to_service: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> Any | SearchDynamicBehaviorSetsResponse | None:
    """Search dynamic behavior sets

     Full-text search over set names and the triggers of each set's latest version.

    Args:
        query (str): The search terms.
        is_active (bool | Unset): Only return sets that are (or are not) active.
        applied_to_service (list[str] | Unset): Only return sets applied to any of these service
            IDs.
        creator (list[str] | Unset): Only return sets made by these creators, each written as
            `org_id,user_id`.
        tag (list[str] | Unset): Tag filters written as `key:value`; a `*` value matches any value
            and an empty value matches a null one.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | SearchDynamicBehaviorSetsResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        is_active=is_active,
        applied_to_service=applied_to_service,
        creator=creator,
        tag=tag,
    ).parsed
