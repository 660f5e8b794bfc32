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

import datetime

from ...models.get_simulation_unit_test_set_runs_response import GetSimulationUnitTestSetRunsResponse
from ...types import Unset


def _get_kwargs(
    *,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    creator: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    simulation_unit_test_set_id: list[str] | Unset = UNSET,
    is_completed: bool | Unset = UNSET,
    failed_metrics: bool | Unset = UNSET,
    errored: bool | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_creator: list[str] | Unset = UNSET
    if not isinstance(creator, Unset):
        json_creator = creator

    params["creator"] = json_creator

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_simulation_unit_test_set_id: list[str] | Unset = UNSET
    if not isinstance(simulation_unit_test_set_id, Unset):
        json_simulation_unit_test_set_id = simulation_unit_test_set_id

    params["simulation_unit_test_set_id"] = json_simulation_unit_test_set_id

    params["is_completed"] = is_completed

    params["failed_metrics"] = failed_metrics

    params["errored"] = errored

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/simulation/unit_test_set_run/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSimulationUnitTestSetRunsResponse | None:
    if response.status_code == 200:
        response_200 = GetSimulationUnitTestSetRunsResponse.from_dict(response.json())

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
) -> Response[Any | GetSimulationUnitTestSetRunsResponse]:
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
    creator: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    simulation_unit_test_set_id: list[str] | Unset = UNSET,
    is_completed: bool | Unset = UNSET,
    failed_metrics: bool | Unset = UNSET,
    errored: bool | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[Any | GetSimulationUnitTestSetRunsResponse]:
    """List simulation unit test set runs

     Returns one page of unit test set runs matching the filters.

    Args:
        id (list[str] | Unset): Only return the runs with these IDs.
        limit (int | Unset): Largest number of runs in the page. Default: 50.
        continuation_token (int | Unset): Token from the previous page, to fetch the next one.
            Default: 0.
        creator (list[str] | Unset): Only return runs started by these users, each given as
            `org_id,user_id`.
        sort_by (list[str] | Unset): Sort keys (`created_at`).
        simulation_unit_test_set_id (list[str] | Unset): Only return runs of these unit test sets.
        is_completed (bool | Unset): Filter on whether the run has finished.
        failed_metrics (bool | Unset): Filter on whether some metric has failed; can be true while
            the run is still going.
        errored (bool | Unset): Filter on whether the run hit an error.
        created_after (datetime.datetime | Unset): Only return runs created at or after this
            instant.
        created_before (datetime.datetime | Unset): Only return runs created at or before this
            instant.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetSimulationUnitTestSetRunsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        continuation_token=continuation_token,
        creator=creator,
        sort_by=sort_by,
        simulation_unit_test_set_id=simulation_unit_test_set_id,
        is_completed=is_completed,
        failed_metrics=failed_metrics,
        errored=errored,
        created_after=created_after,
        created_before=created_before,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    creator: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    simulation_unit_test_set_id: list[str] | Unset = UNSET,
    is_completed: bool | Unset = UNSET,
    failed_metrics: bool | Unset = UNSET,
    errored: bool | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Any | GetSimulationUnitTestSetRunsResponse | None:
    """List simulation unit test set runs

     Returns one page of unit test set runs matching the filters.

    Args:
        id (list[str] | Unset): Only return the runs with these IDs.
        limit (int | Unset): Largest number of runs in the page. Default: 50.
        continuation_token (int | Unset): Token from the previous page, to fetch the next one.
            Default: 0.
        creator (list[str] | Unset): Only return runs started by these users, each given as
            `org_id,user_id`.
        sort_by (list[str] | Unset): Sort keys (`created_at`).
        simulation_unit_test_set_id (list[str] | Unset): Only return runs of these unit test sets.
        is_completed (bool | Unset): Filter on whether the run has finished.
        failed_metrics (bool | Unset): Filter on whether some metric has failed; can be true while
            the run is still going.
        errored (bool | Unset): Filter on whether the run hit an error.
        created_after (datetime.datetime | Unset): Only return runs created at or after this
            instant.
        created_before (datetime.datetime | Unset): Only return runs created at or before this
            instant.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetSimulationUnitTestSetRunsResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        limit=limit,
        continuation_token=continuation_token,
        creator=creator,
        sort_by=sort_by,
        simulation_unit_test_set_id=simulation_unit_test_set_id,
        is_completed=is_completed,
        failed_metrics=failed_metrics,
        errored=errored,
        created_after=created_after,
        created_before=created_before,
    ).parsed
