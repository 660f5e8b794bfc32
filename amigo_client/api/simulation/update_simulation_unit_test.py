from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.update_simulation_unit_test_request import UpdateSimulationUnitTestRequest


def _get_kwargs(
    simulation_unit_test_id: str,
    *,
    body: UpdateSimulationUnitTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/simulation/unit_test/"
        + _segment(
            simulation_unit_test_id, "simulation_unit_test_id", "update_simulation_unit_test", pattern="^[a-f0-9]{24}$"
        )
        + "/",
    }

    body = _model_body(body, UpdateSimulationUnitTestRequest, "update_simulation_unit_test")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 422:
        return None

    if response.status_code == 429:
        return None

    if response.status_code == 503:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    simulation_unit_test_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: UpdateSimulationUnitTestRequest,
) -> Response[Any]:
    """Update a simulation unit test

     Changes the fields of a unit test that are given in the body; fields left null keep their
    current value. A list given for `success_criterions` replaces the whole list, and the same
    rule as on creation applies: each criterion must match its metric's kind (400 otherwise).
    Answers 204 with no body. Needs `Simulation:ModifySimulationUnitTest` on the unit test;
    limited to 500 calls a minute.

    Args:
        simulation_unit_test_id (str): The unit test to change.
        body (UpdateSimulationUnitTestRequest): Changes to a unit test; null fields keep their
            current value.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        simulation_unit_test_id=simulation_unit_test_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
