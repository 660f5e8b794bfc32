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

from ...models.update_simulation_persona_request import UpdateSimulationPersonaRequest


def _get_kwargs(
    simulation_persona_id: str,
    *,
    body: UpdateSimulationPersonaRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/simulation/persona/"
        + _segment(
            simulation_persona_id, "simulation_persona_id", "update_simulation_persona", pattern="^[a-f0-9]{24}$"
        )
        + "/",
    }

    body = _model_body(body, UpdateSimulationPersonaRequest, "update_simulation_persona")
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
    simulation_persona_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: UpdateSimulationPersonaRequest,
) -> Response[Any]:
    """Change a simulation persona's tags

     Edits the metadata of a persona, which at present means its tags. What the persona says and
    knows (background, user models, variables) lives in its versions and is changed by adding a
    version with `create-simulation-persona-version`. Answers 204 with no body. Needs
    `Simulation:ModifySimulationPersona` on the persona; limited to 100 calls a minute.

    Args:
        simulation_persona_id (str): The persona to change.
        body (UpdateSimulationPersonaRequest): Body for changing a simulation persona's metadata.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        simulation_persona_id=simulation_persona_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
