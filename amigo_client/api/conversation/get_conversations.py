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

from ...models.get_conversations_response import GetConversationsResponse
from ...types import Unset


def _get_kwargs(
    *,
    user_id: list[str] | Unset = UNSET,
    service_id: list[str] | Unset = UNSET,
    is_finished: bool | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 150,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id: list[str] | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = user_id

    params["user_id"] = json_user_id

    json_service_id: list[str] | Unset = UNSET
    if not isinstance(service_id, Unset):
        json_service_id = service_id

    params["service_id"] = json_service_id

    params["is_finished"] = is_finished

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetConversationsResponse | None:
    if response.status_code == 200:
        response_200 = GetConversationsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

    if response.status_code == 403:
        response_403 = cast("Any", None)
        return response_403

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
) -> Response[Any | GetConversationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    user_id: list[str] | Unset = UNSET,
    service_id: list[str] | Unset = UNSET,
    is_finished: bool | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 150,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> Response[Any | GetConversationsResponse]:
    """List conversations

     Returns a page of conversations matching the given filters.

    Args:
        user_id (list[str] | Unset): Only conversations started by these users.
        service_id (list[str] | Unset): Only conversations of these services.
        is_finished (bool | Unset): Filter on whether the conversation has finished.
        id (list[str] | Unset): Only conversations with these IDs.
        limit (int | Unset): Maximum number of conversations in the page. Default: 150.
        continuation_token (int | Unset): Token from the previous page to fetch the next one.
            Default: 0.
        sort_by (list[str] | Unset): Sort fields (only `created_at`), prefixed with `+` for
            ascending or `-` for descending; later fields break ties.
        tag (list[str] | Unset): Tag filters written `key:value`; a `*` value matches any value
            and an empty value matches a tag without value.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetConversationsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        service_id=service_id,
        is_finished=is_finished,
        id=id,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
        tag=tag,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    user_id: list[str] | Unset = UNSET,
    service_id: list[str] | Unset = UNSET,
    is_finished: bool | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 150,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> Any | GetConversationsResponse | None:
    """List conversations

     Returns a page of conversations matching the given filters.

    Args:
        user_id (list[str] | Unset): Only conversations started by these users.
        service_id (list[str] | Unset): Only conversations of these services.
        is_finished (bool | Unset): Filter on whether the conversation has finished.
        id (list[str] | Unset): Only conversations with these IDs.
        limit (int | Unset): Maximum number of conversations in the page. Default: 150.
        continuation_token (int | Unset): Token from the previous page to fetch the next one.
            Default: 0.
        sort_by (list[str] | Unset): Sort fields (only `created_at`), prefixed with `+` for
            ascending or `-` for descending; later fields break ties.
        tag (list[str] | Unset): Tag filters written `key:value`; a `*` value matches any value
            and an empty value matches a tag without value.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetConversationsResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        service_id=service_id,
        is_finished=is_finished,
        id=id,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
        tag=tag,
    ).parsed
