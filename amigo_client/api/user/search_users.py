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

from ...models.search_users_response import SearchUsersResponse
from ...types import Unset


def _get_kwargs(
    *,
    query: str,
    user_id: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    json_user_id: list[str] | Unset = UNSET
    if not isinstance(user_id, Unset):
        json_user_id = user_id

    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/search/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | SearchUsersResponse | None:
    if response.status_code == 200:
        response_200 = SearchUsersResponse.from_dict(response.json())

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
) -> Response[Any | SearchUsersResponse]:
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
    user_id: list[str] | Unset = UNSET,
) -> Response[Any | SearchUsersResponse]:
    """Search users

     Looks users up by a piece of text matched against their names and email addresses.

    Args:
        query (str): Text to look for in user names and emails.
        user_id (list[str] | Unset): Restrict the search to these user IDs.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | SearchUsersResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        user_id=user_id,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    query: str,
    user_id: list[str] | Unset = UNSET,
) -> Any | SearchUsersResponse | None:
    """Search users

     Looks users up by a piece of text matched against their names and email addresses.

    Args:
        query (str): Text to look for in user names and emails.
        user_id (list[str] | Unset): Restrict the search to these user IDs.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | SearchUsersResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        user_id=user_id,
    ).parsed
