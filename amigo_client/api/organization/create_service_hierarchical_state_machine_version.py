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

from ...models.create_service_hierarchical_state_machine_version_request import (
    CreateServiceHierarchicalStateMachineVersionRequest,
)
from ...models.create_service_hierarchical_state_machine_version_response import (
    CreateServiceHierarchicalStateMachineVersionResponse,
)
from ...types import Unset


def _get_kwargs(
    service_hierarchical_state_machine_id: str,
    *,
    body: CreateServiceHierarchicalStateMachineVersionRequest,
    version: int | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version"] = version

    params["dry_run"] = dry_run

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/service_hierarchical_state_machine/"
        + _segment(
            service_hierarchical_state_machine_id,
            "service_hierarchical_state_machine_id",
            "create_service_hierarchical_state_machine_version",
            pattern="^[a-f0-9]{24}$",
        )
        + "/",
        "params": params,
    }

    body = _model_body(
        body, CreateServiceHierarchicalStateMachineVersionRequest, "create_service_hierarchical_state_machine_version"
    )
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateServiceHierarchicalStateMachineVersionResponse | None | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> CreateServiceHierarchicalStateMachineVersionResponse | None:
            if data is None:
                return data

            failure: Exception | None = None
            if isinstance(data, dict):
                try:
                    response_201_type_0 = CreateServiceHierarchicalStateMachineVersionResponse.from_dict(data)

                    return response_201_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("CreateServiceHierarchicalStateMachineVersionResponse | None", data)

        response_201 = _parse_response_201(response.json())

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
) -> Response[Any | CreateServiceHierarchicalStateMachineVersionResponse | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_hierarchical_state_machine_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateServiceHierarchicalStateMachineVersionRequest,
    version: int | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> Response[Any | CreateServiceHierarchicalStateMachineVersionResponse | None]:
    """Add a version to a hierarchical state machine

     Stores a complete new version of a state machine: its states, the initial states for new
    and returning users, the terminal state, references to other state machines and the global
    guidelines. The server checks the graph, among others: every action state has at least one
    action; a `next_state` names another state of this machine, or is a pair of
    `reference.state` in a referenced machine and the state of this machine to come back to;
    the terminal state has one action and no exit conditions.

    Set `dry_run` to only validate the body: nothing is stored and the 201 answer has an empty
    body. Pass `version` to fail with 409 unless the next version number is exactly that one.
    Requires `Organization:CreateServiceHierarchicalStateMachineVersion`. Limited to 10 calls
    a minute.

    Args:
        service_hierarchical_state_machine_id (str): ID of the state machine that gets the new
            version.
        version (int | Unset): Expected number of the new version; the call fails if the next
            number differs.
        dry_run (bool | Unset): When true, only validate the body and store nothing. Default:
            False.
        body (CreateServiceHierarchicalStateMachineVersionRequest): Complete definition of a new
            state machine version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | CreateServiceHierarchicalStateMachineVersionResponse | None]
    """

    kwargs = _get_kwargs(
        service_hierarchical_state_machine_id=service_hierarchical_state_machine_id,
        body=body,
        version=version,
        dry_run=dry_run,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    service_hierarchical_state_machine_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateServiceHierarchicalStateMachineVersionRequest,
    version: int | Unset = UNSET,
    dry_run: bool | Unset = False,
) -> Any | CreateServiceHierarchicalStateMachineVersionResponse | None | None:
    """Add a version to a hierarchical state machine

     Stores a complete new version of a state machine: its states, the initial states for new
    and returning users, the terminal state, references to other state machines and the global
    guidelines. The server checks the graph, among others: every action state has at least one
    action; a `next_state` names another state of this machine, or is a pair of
    `reference.state` in a referenced machine and the state of this machine to come back to;
    the terminal state has one action and no exit conditions.

    Set `dry_run` to only validate the body: nothing is stored and the 201 answer has an empty
    body. Pass `version` to fail with 409 unless the next version number is exactly that one.
    Requires `Organization:CreateServiceHierarchicalStateMachineVersion`. Limited to 10 calls
    a minute.

    Args:
        service_hierarchical_state_machine_id (str): ID of the state machine that gets the new
            version.
        version (int | Unset): Expected number of the new version; the call fails if the next
            number differs.
        dry_run (bool | Unset): When true, only validate the body and store nothing. Default:
            False.
        body (CreateServiceHierarchicalStateMachineVersionRequest): Complete definition of a new
            state machine version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | CreateServiceHierarchicalStateMachineVersionResponse | None
    """

    return sync_detailed(
        service_hierarchical_state_machine_id=service_hierarchical_state_machine_id,
        client=client,
        body=body,
        version=version,
        dry_run=dry_run,
    ).parsed
