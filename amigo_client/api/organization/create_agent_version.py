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

from ...models.create_agent_version_request import CreateAgentVersionRequest
from ...models.create_agent_version_response import CreateAgentVersionResponse
from ...types import Unset


def _get_kwargs(
    agent_id: str,
    *,
    body: CreateAgentVersionRequest,
    version: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/agent/"
        + _segment(agent_id, "agent_id", "create_agent_version", pattern="^[a-f0-9]{24}$")
        + "/",
        "params": params,
    }

    body = _model_body(body, CreateAgentVersionRequest, "create_agent_version")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateAgentVersionResponse | None:
    if response.status_code == 201:
        response_201 = CreateAgentVersionResponse.from_dict(response.json())

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
) -> Response[Any | CreateAgentVersionResponse]:
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
    body: CreateAgentVersionRequest,
    version: int | Unset = UNSET,
) -> Response[Any | CreateAgentVersionResponse]:
    """Create an agent version

     Adds a version to an agent. For an agent without versions, every field of the body is
    needed; afterwards, send only what changes and the rest is carried over from the latest
    version. Pass `version` to make the call fail with 409 unless it would create exactly
    that version number, which protects against two writers racing. Requires
    `Organization:CreateAgentVersion`. Limited to 10 calls a minute. Returns the new version's
    ID, number and creation time.

    Args:
        agent_id (str): ID of the agent that gets the new version.
        version (int | Unset): Expected number of the new version; the call fails if the next
            number differs.
        body (CreateAgentVersionRequest): Persona of a new agent version. A first version needs
            every field; later ones only the changes.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | CreateAgentVersionResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
        version=version,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateAgentVersionRequest,
    version: int | Unset = UNSET,
) -> Any | CreateAgentVersionResponse | None:
    """Create an agent version

     Adds a version to an agent. For an agent without versions, every field of the body is
    needed; afterwards, send only what changes and the rest is carried over from the latest
    version. Pass `version` to make the call fail with 409 unless it would create exactly
    that version number, which protects against two writers racing. Requires
    `Organization:CreateAgentVersion`. Limited to 10 calls a minute. Returns the new version's
    ID, number and creation time.

    Args:
        agent_id (str): ID of the agent that gets the new version.
        version (int | Unset): Expected number of the new version; the call fails if the next
            number differs.
        body (CreateAgentVersionRequest): Persona of a new agent version. A first version needs
            every field; later ones only the changes.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | CreateAgentVersionResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
        version=version,
    ).parsed
