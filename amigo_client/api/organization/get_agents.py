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

from ...models.get_agents_response import GetAgentsResponse
from ...types import Unset


def _get_kwargs(
    *,
    deprecated: bool | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["deprecated"] = deprecated

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/agent",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetAgentsResponse | None:
    if response.status_code == 200:
        response_200 = GetAgentsResponse.from_dict(response.json())

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
) -> Response[Any | GetAgentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    deprecated: bool | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
) -> Response[Any | GetAgentsResponse]:
    """List agents

     Lists the organization's agents with their latest version number, one page at a time.
    Only agents on which the caller holds `Organization:GetAgent` appear. Follow
    `continuation_token` while `has_more` is true to read every page. Limited to 20 calls a
    minute.

    Args:
        deprecated (bool | Unset): Keep only deprecated agents (true) or only active ones (false);
            both when omitted.
        id (list[str] | Unset): Keep only agents with these IDs.
        limit (int | Unset): Largest number of agents in one page. Default: 10.
        continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch
            the next one. Default: 0.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetAgentsResponse]
    """

    kwargs = _get_kwargs(
        deprecated=deprecated,
        id=id,
        limit=limit,
        continuation_token=continuation_token,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    deprecated: bool | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
) -> Any | GetAgentsResponse | None:
    """List agents

     Lists the organization's agents with their latest version number, one page at a time.
    Only agents on which the caller holds `Organization:GetAgent` appear. Follow
    `continuation_token` while `has_more` is true to read every page. Limited to 20 calls a
    minute.

    Args:
        deprecated (bool | Unset): Keep only deprecated agents (true) or only active ones (false);
            both when omitted.
        id (list[str] | Unset): Keep only agents with these IDs.
        limit (int | Unset): Largest number of agents in one page. Default: 10.
        continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch
            the next one. Default: 0.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetAgentsResponse
    """

    return sync_detailed(
        client=client,
        deprecated=deprecated,
        id=id,
        limit=limit,
        continuation_token=continuation_token,
    ).parsed
