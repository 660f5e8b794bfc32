from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.create_simulation_scenario_version_request import CreateSimulationScenarioVersionRequest
from ...models.create_simulation_scenario_version_response import CreateSimulationScenarioVersionResponse
from ...types import Unset


def _get_kwargs(
    simulation_scenario_id: str,
    *,
    body: CreateSimulationScenarioVersionRequest,
    version: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/simulation/scenario/"
        + _segment(
            simulation_scenario_id,
            "simulation_scenario_id",
            "create_simulation_scenario_version",
            pattern="^[a-f0-9]{24}$",
        )
        + "/version/",
        "params": params,
    }

    body = _model_body(body, CreateSimulationScenarioVersionRequest, "create_simulation_scenario_version")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateSimulationScenarioVersionResponse | None:
    if response.status_code == 201:
        response_201 = CreateSimulationScenarioVersionResponse.from_dict(response.json())

        return response_201

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
) -> Response[Any | CreateSimulationScenarioVersionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    simulation_scenario_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateSimulationScenarioVersionRequest,
    version: int | Unset = UNSET,
) -> Response[Any | CreateSimulationScenarioVersionResponse]:
    """Add a version to a simulation scenario

     Stores a new objective, instructions and start settings for a scenario as its next version;
    older versions remain readable. Each call adds a version, so a blind repeat creates a
    duplicate; pass the expected number in `version` and the server refuses (400) unless it is
    exactly the next one. Returns the number given to the new version. Needs
    `Simulation:ModifySimulationScenario` on the scenario; limited to 500 calls a minute.

    Args:
        simulation_scenario_id (str): The scenario that gets the new version.
        version (int | Unset): Optional guard; the number you expect the new version to get. A
            mismatch is rejected.
        body (CreateSimulationScenarioVersionRequest): The content of a new simulation scenario
            version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | CreateSimulationScenarioVersionResponse]
    """

    kwargs = _get_kwargs(
        simulation_scenario_id=simulation_scenario_id,
        body=body,
        version=version,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    simulation_scenario_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateSimulationScenarioVersionRequest,
    version: int | Unset = UNSET,
) -> Any | CreateSimulationScenarioVersionResponse | None:
    """Add a version to a simulation scenario

     Stores a new objective, instructions and start settings for a scenario as its next version;
    older versions remain readable. Each call adds a version, so a blind repeat creates a
    duplicate; pass the expected number in `version` and the server refuses (400) unless it is
    exactly the next one. Returns the number given to the new version. Needs
    `Simulation:ModifySimulationScenario` on the scenario; limited to 500 calls a minute.

    Args:
        simulation_scenario_id (str): The scenario that gets the new version.
        version (int | Unset): Optional guard; the number you expect the new version to get. A
            mismatch is rejected.
        body (CreateSimulationScenarioVersionRequest): The content of a new simulation scenario
            version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | CreateSimulationScenarioVersionResponse
    """

    return sync_detailed(
        simulation_scenario_id=simulation_scenario_id,
        client=client,
        body=body,
        version=version,
    ).parsed
