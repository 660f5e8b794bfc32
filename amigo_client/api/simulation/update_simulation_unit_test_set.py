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

from ...models.update_simulation_unit_test_set_request import UpdateSimulationUnitTestSetRequest


def _get_kwargs(
    simulation_unit_test_set_id: str,
    *,
    body: UpdateSimulationUnitTestSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/simulation/unit_test_set/"
        + _segment(
            simulation_unit_test_set_id,
            "simulation_unit_test_set_id",
            "update_simulation_unit_test_set",
            pattern="^[a-f0-9]{24}$",
        ),
    }

    body = _model_body(body, UpdateSimulationUnitTestSetRequest, "update_simulation_unit_test_set")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 409:
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
    simulation_unit_test_set_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: UpdateSimulationUnitTestSetRequest,
) -> Response[Any]:
    """Update a simulation unit test set

     Changes the name, description, tags or unit test list of a set. Null fields keep their
    current value; for `description`, leave it out (or send `{}`) to keep it and send null to
    clear it. A given `unit_test_runs` list replaces the old one. Set names are unique (409 on a
    clash). Answers 204 with no body. Needs `Simulation:ModifySimulationUnitTestSet` on the set;
    limited to 50 calls a minute.

    Args:
        simulation_unit_test_set_id (str): The unit test set to change.
        body (UpdateSimulationUnitTestSetRequest): Changes to a unit test set; null fields keep
            their current value, except as noted for `description`.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        simulation_unit_test_set_id=simulation_unit_test_set_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
