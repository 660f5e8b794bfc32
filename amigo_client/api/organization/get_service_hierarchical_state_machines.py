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

from ...models.get_service_hierarchical_state_machines_response import GetServiceHierarchicalStateMachinesResponse
from ...types import Unset


def _get_kwargs(
    *,
    deprecated: bool | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
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
        "url": "/organization/service_hierarchical_state_machine",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetServiceHierarchicalStateMachinesResponse | None:
    if response.status_code == 200:
        response_200 = GetServiceHierarchicalStateMachinesResponse.from_dict(response.json())

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
) -> Response[Any | GetServiceHierarchicalStateMachinesResponse]:
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
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
) -> Response[Any | GetServiceHierarchicalStateMachinesResponse]:
    """List service hierarchical state machines

     Lists the organization's state machines with their latest version number, one page at a
    time. Only those on which the caller holds
    `Organization:GetServiceHierarchicalStateMachine` appear. Follow `continuation_token` while
    `has_more` is true. Limited to 20 calls a minute.

    Args:
        deprecated (bool | Unset): Keep only deprecated state machines (true) or only active ones
            (false); both when omitted.
        id (list[str] | Unset): Keep only state machines with these IDs.
        limit (int | Unset): Largest number of state machines in one page. Default: 50.
        continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch
            the next one. Default: 0.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetServiceHierarchicalStateMachinesResponse]
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
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
) -> Any | GetServiceHierarchicalStateMachinesResponse | None:
    """List service hierarchical state machines

     Lists the organization's state machines with their latest version number, one page at a
    time. Only those on which the caller holds
    `Organization:GetServiceHierarchicalStateMachine` appear. Follow `continuation_token` while
    `has_more` is true. Limited to 20 calls a minute.

    Args:
        deprecated (bool | Unset): Keep only deprecated state machines (true) or only active ones
            (false); both when omitted.
        id (list[str] | Unset): Keep only state machines with these IDs.
        limit (int | Unset): Largest number of state machines in one page. Default: 50.
        continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch
            the next one. Default: 0.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetServiceHierarchicalStateMachinesResponse
    """

    return sync_detailed(
        client=client,
        deprecated=deprecated,
        id=id,
        limit=limit,
        continuation_token=continuation_token,
    ).parsed
