from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.create_simulation_persona_request import CreateSimulationPersonaRequest
from ...models.create_simulation_persona_response import CreateSimulationPersonaResponse


def _get_kwargs(
    *,
    body: CreateSimulationPersonaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/simulation/persona/",
    }

    body = _model_body(body, CreateSimulationPersonaRequest, "create_simulation_persona")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateSimulationPersonaResponse | None:
    if response.status_code == 201:
        response_201 = CreateSimulationPersonaResponse.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

    if response.status_code == 403:
        response_403 = cast("Any", None)
        return response_403

    if response.status_code == 404:
        response_404 = cast("Any", None)
        return response_404

    if response.status_code == 409:
        response_409 = cast("Any", None)
        return response_409

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
) -> Response[Any | CreateSimulationPersonaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateSimulationPersonaRequest,
) -> Response[Any | CreateSimulationPersonaResponse]:
    """Create a simulation persona

     Creates a simulated user persona together with its first version.

    Args:
        body (CreateSimulationPersonaRequest): Body for creating a simulation persona.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | CreateSimulationPersonaResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateSimulationPersonaRequest,
) -> Any | CreateSimulationPersonaResponse | None:
    """Create a simulation persona

     Creates a simulated user persona together with its first version.

    Args:
        body (CreateSimulationPersonaRequest): Body for creating a simulation persona.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | CreateSimulationPersonaResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed
