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

from ...models.search_simulation_scenarios_response import SearchSimulationScenariosResponse
from ...types import Unset


def _get_kwargs(
    *,
    query: str,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

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
        "url": "/simulation/scenario/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | SearchSimulationScenariosResponse | None:
    if response.status_code == 200:
        response_200 = SearchSimulationScenariosResponse.from_dict(response.json())

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
) -> Response[Any | SearchSimulationScenariosResponse]:
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
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> Response[Any | SearchSimulationScenariosResponse]:
    """Search simulation scenarios

     Full-text search over scenario names, optionally narrowed by creator and tags. Gives back up
    to 50 scenarios, most relevant first, in a single response without paging. Scenarios the
    caller has no `Simulation:GetSimulationScenario` permission for are silently left out.
    Limited to 50 calls a minute.

    Args:
        query (str): Words to look for in scenario names.
        creator (list[str] | Unset): Only return scenarios made by these users, each given as
            `org_id,user_id`.
        tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value,
            an empty value matches a null one.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | SearchSimulationScenariosResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        creator=creator,
        tag=tag,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    query: str,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> Any | SearchSimulationScenariosResponse | None:
    """Search simulation scenarios

     Full-text search over scenario names, optionally narrowed by creator and tags. Gives back up
    to 50 scenarios, most relevant first, in a single response without paging. Scenarios the
    caller has no `Simulation:GetSimulationScenario` permission for are silently left out.
    Limited to 50 calls a minute.

    Args:
        query (str): Words to look for in scenario names.
        creator (list[str] | Unset): Only return scenarios made by these users, each given as
            `org_id,user_id`.
        tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value,
            an empty value matches a null one.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | SearchSimulationScenariosResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        creator=creator,
        tag=tag,
    ).parsed
