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

from ...models.get_agent_versions_response import GetAgentVersionsResponse
from ...types import Unset


def _get_kwargs(
    agent_id: str,
    *,
    version: str | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version"] = version

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/agent/"
        + _segment(agent_id, "agent_id", "get_agent_versions", pattern="^[a-f0-9]{24}$")
        + "/version",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetAgentVersionsResponse | None:
    if response.status_code == 200:
        response_200 = GetAgentVersionsResponse.from_dict(response.json())

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
) -> Response[Any | GetAgentVersionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    version: str | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetAgentVersionsResponse]:
    """List versions of an agent

     Returns versions of one agent, with their full persona, one page at a time. Select one
    version, `latest`, or an inclusive range such as `2-5` with `version`; follow
    `continuation_token` while `has_more` is true. Requires `Organization:GetAgent` on the agent.
    Limited to 20 calls a minute.

    Args:
        agent_id (str): ID of the agent.
        version (str | Unset): Which versions to return: a number, `latest`, or an inclusive range
            `low-high`.
        limit (int | Unset): Largest number of versions in one page. Default: 10.
        continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch
            the next one. Default: 0.
        sort_by (list[str] | Unset): Sort keys; only `version` is accepted, prefixed with `+`
            (ascending) or `-` (descending).

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetAgentVersionsResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        version=version,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    version: str | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetAgentVersionsResponse | None:
    """List versions of an agent

     Returns versions of one agent, with their full persona, one page at a time. Select one
    version, `latest`, or an inclusive range such as `2-5` with `version`; follow
    `continuation_token` while `has_more` is true. Requires `Organization:GetAgent` on the agent.
    Limited to 20 calls a minute.

    Args:
        agent_id (str): ID of the agent.
        version (str | Unset): Which versions to return: a number, `latest`, or an inclusive range
            `low-high`.
        limit (int | Unset): Largest number of versions in one page. Default: 10.
        continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch
            the next one. Default: 0.
        sort_by (list[str] | Unset): Sort keys; only `version` is accepted, prefixed with `+`
            (ascending) or `-` (descending).

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetAgentVersionsResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        version=version,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    ).parsed
