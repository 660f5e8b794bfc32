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

from ...models.create_dynamic_behavior_set_version_request import CreateDynamicBehaviorSetVersionRequest
from ...models.create_dynamic_behavior_set_version_response import CreateDynamicBehaviorSetVersionResponse
from ...types import Unset


def _get_kwargs(
    dynamic_behavior_set_id: str,
    *,
    body: CreateDynamicBehaviorSetVersionRequest,
    version: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dynamic_behavior_set/"
        + _segment(
            dynamic_behavior_set_id,
            "dynamic_behavior_set_id",
            "create_dynamic_behavior_set_version",
            pattern="^[a-f0-9]{24}$",
        )
        + "/version/",
        "params": params,
    }

    body = _model_body(body, CreateDynamicBehaviorSetVersionRequest, "create_dynamic_behavior_set_version")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateDynamicBehaviorSetVersionResponse | None:
    if response.status_code == 201:
        response_201 = CreateDynamicBehaviorSetVersionResponse.from_dict(response.json())

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
) -> Response[Any | CreateDynamicBehaviorSetVersionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dynamic_behavior_set_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateDynamicBehaviorSetVersionRequest,
    version: int | Unset = UNSET,
) -> Response[Any | CreateDynamicBehaviorSetVersionResponse]:
    """Add a version to a dynamic behavior set

     Stores new triggers and actions for a dynamic behavior set as its next version. Pass
    `version` to fail with 400 unless the next version number is exactly that one, which
    protects against two writers racing. Requires
    `DynamicBehaviorInstruction:UpdateDynamicBehaviorInstruction` on the set. Limited to 200
    calls a minute. Returns the new version number.

    Args:
        dynamic_behavior_set_id (str): ID of the set that gets the new version.
        version (int | Unset): Expected number of the new version; the call fails if the next
            number differs.
        body (CreateDynamicBehaviorSetVersionRequest): Content of a new dynamic behavior set
            version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | CreateDynamicBehaviorSetVersionResponse]
    """

    kwargs = _get_kwargs(
        dynamic_behavior_set_id=dynamic_behavior_set_id,
        body=body,
        version=version,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    dynamic_behavior_set_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateDynamicBehaviorSetVersionRequest,
    version: int | Unset = UNSET,
) -> Any | CreateDynamicBehaviorSetVersionResponse | None:
    """Add a version to a dynamic behavior set

     Stores new triggers and actions for a dynamic behavior set as its next version. Pass
    `version` to fail with 400 unless the next version number is exactly that one, which
    protects against two writers racing. Requires
    `DynamicBehaviorInstruction:UpdateDynamicBehaviorInstruction` on the set. Limited to 200
    calls a minute. Returns the new version number.

    Args:
        dynamic_behavior_set_id (str): ID of the set that gets the new version.
        version (int | Unset): Expected number of the new version; the call fails if the next
            number differs.
        body (CreateDynamicBehaviorSetVersionRequest): Content of a new dynamic behavior set
            version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | CreateDynamicBehaviorSetVersionResponse
    """

    return sync_detailed(
        dynamic_behavior_set_id=dynamic_behavior_set_id,
        client=client,
        body=body,
        version=version,
    ).parsed
