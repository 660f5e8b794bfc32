from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.get_memories_response import GetMemoriesResponse
from ...types import Unset


def _get_kwargs(
    user_id: str,
    *,
    id: list[str] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    json_conversation_id: list[str] | Unset = UNSET
    if not isinstance(conversation_id, Unset):
        json_conversation_id = conversation_id

    params["conversation_id"] = json_conversation_id

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/" + _segment(user_id, "user_id", "get_memories") + "/memory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMemoriesResponse | None:
    if response.status_code == 200:
        response_200 = GetMemoriesResponse.from_dict(response.json())

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
) -> Response[Any | GetMemoriesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetMemoriesResponse]:
    """List a user's memories

     Lists memories recorded for a user, optionally filtered by memory or conversation, one page at a
    time.

    Args:
        user_id (str): The user whose memories to list.
        id (list[str] | Unset): Only return memories with these IDs.
        conversation_id (list[str] | Unset): Only return memories from these conversations.
        limit (int | Unset): Page size. Default: 50.
        continuation_token (int | Unset): Token returned by the previous page, to fetch the next
            one. Default: 0.
        sort_by (list[str] | Unset): Sort keys, each prefixed with `+` (ascending) or `-`
            (descending). Allowed keys: conversation_id, created_at.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetMemoriesResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        id=id,
        conversation_id=conversation_id,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetMemoriesResponse | None:
    """List a user's memories

     Lists memories recorded for a user, optionally filtered by memory or conversation, one page at a
    time.

    Args:
        user_id (str): The user whose memories to list.
        id (list[str] | Unset): Only return memories with these IDs.
        conversation_id (list[str] | Unset): Only return memories from these conversations.
        limit (int | Unset): Page size. Default: 50.
        continuation_token (int | Unset): Token returned by the previous page, to fetch the next
            one. Default: 0.
        sort_by (list[str] | Unset): Sort keys, each prefixed with `+` (ascending) or `-`
            (descending). Allowed keys: conversation_id, created_at.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetMemoriesResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        id=id,
        conversation_id=conversation_id,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    ).parsed
