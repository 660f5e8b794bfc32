from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.get_simulation_unit_test_set_run_artifacts_response import GetSimulationUnitTestSetRunArtifactsResponse


def _get_kwargs(
    simulation_unit_test_set_run_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/simulation/unit_test_set_run/"
        + _segment(
            simulation_unit_test_set_run_id,
            "simulation_unit_test_set_run_id",
            "get_simulation_unit_test_set_run_artifacts",
            pattern="^[a-f0-9]{24}$",
        )
        + "/artifacts/",
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetSimulationUnitTestSetRunArtifactsResponse | None:
    if response.status_code == 200:
        response_200 = GetSimulationUnitTestSetRunArtifactsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast("Any", None)
        return response_400

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
) -> Response[Any | GetSimulationUnitTestSetRunArtifactsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    simulation_unit_test_set_run_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Response[Any | GetSimulationUnitTestSetRunArtifactsResponse]:
    """Fetch what a simulation unit test set run produced

     Returns a short-lived download link for the files a finished run produced.

    Args:
        simulation_unit_test_set_run_id (str): The run whose artifacts are wanted.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetSimulationUnitTestSetRunArtifactsResponse]
    """

    kwargs = _get_kwargs(
        simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    simulation_unit_test_set_run_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Any | GetSimulationUnitTestSetRunArtifactsResponse | None:
    """Fetch what a simulation unit test set run produced

     Returns a short-lived download link for the files a finished run produced.

    Args:
        simulation_unit_test_set_run_id (str): The run whose artifacts are wanted.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetSimulationUnitTestSetRunArtifactsResponse
    """

    return sync_detailed(
        simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
        client=client,
    ).parsed
