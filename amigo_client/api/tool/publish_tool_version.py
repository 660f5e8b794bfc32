from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.publish_tool_version_request import PublishToolVersionRequest
from ...models.publish_tool_version_response import PublishToolVersionResponse


def _get_kwargs(
    tool_id: str,
    *,
    body: PublishToolVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tool/" + _segment(tool_id, "tool_id", "publish_tool_version", pattern="^[a-f0-9]{24}$") + "/version",
    }

    body = _model_body(body, PublishToolVersionRequest, "publish_tool_version")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | PublishToolVersionResponse | None:
    if response.status_code == 201:
        response_201 = PublishToolVersionResponse.from_dict(response.json())

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
) -> Response[Any | PublishToolVersionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: PublishToolVersionRequest,
) -> Response[Any | PublishToolVersionResponse]:
    """Build and publish a tool version

     Builds the project found in a directory of the tool repository and makes it the tool's next
    version, its number raised by a major, minor or patch step (use `major` for the very first
    version). The version can be used as soon as the call returns. The build takes roughly one
    to five minutes, so give this request a long timeout. Each successful call publishes another
    version, so do not repeat it blindly; a 409 means a related operation is still running. At
    most three versions of a tool can be active at once. Returns the new version number. Needs
    `Tool:ModifyTool` on the tool; limited to 10 calls a minute.

    Args:
        tool_id (str): The tool that gets the new version.
        body (PublishToolVersionRequest): Body for publishing a tool version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | PublishToolVersionResponse]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: PublishToolVersionRequest,
) -> Any | PublishToolVersionResponse | None:
    """Build and publish a tool version

     Builds the project found in a directory of the tool repository and makes it the tool's next
    version, its number raised by a major, minor or patch step (use `major` for the very first
    version). The version can be used as soon as the call returns. The build takes roughly one
    to five minutes, so give this request a long timeout. Each successful call publishes another
    version, so do not repeat it blindly; a 409 means a related operation is still running. At
    most three versions of a tool can be active at once. Returns the new version number. Needs
    `Tool:ModifyTool` on the tool; limited to 10 calls a minute.

    Args:
        tool_id (str): The tool that gets the new version.
        body (PublishToolVersionRequest): Body for publishing a tool version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | PublishToolVersionResponse
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        body=body,
    ).parsed
