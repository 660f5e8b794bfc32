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

from ...models.update_dynamic_behavior_set_request import UpdateDynamicBehaviorSetRequest


def _get_kwargs(
    dynamic_behavior_set_id: str,
    *,
    body: UpdateDynamicBehaviorSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dynamic_behavior_set/"
        + _segment(
            dynamic_behavior_set_id, "dynamic_behavior_set_id", "update_dynamic_behavior_set", pattern="^[a-f0-9]{24}$"
        )
        + "/",
    }

    body = _model_body(body, UpdateDynamicBehaviorSetRequest, "update_dynamic_behavior_set")
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
    dynamic_behavior_set_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: UpdateDynamicBehaviorSetRequest,
) -> Response[Any]:
    """Update a dynamic behavior set

     Changes the name, tags, services or active flag of a dynamic behavior set; fields left out
    keep their value. Its triggers and actions change only through a new version
    (`create-dynamic-behavior-set-version`). Requires
    `DynamicBehaviorInstruction:UpdateDynamicBehaviorInstruction` on the set. Limited to 500
    calls a minute. Returns no body.

    Args:
        dynamic_behavior_set_id (str): ID of the set to change.
        body (UpdateDynamicBehaviorSetRequest): Dynamic behavior set fields to change; a field
            left out or null keeps its value.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        dynamic_behavior_set_id=dynamic_behavior_set_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
