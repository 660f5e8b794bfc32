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

from ...models.create_tool_request import CreateToolRequest
from ...models.create_tool_response import CreateToolResponse


def _get_kwargs(
    *,
    body: CreateToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tool/",
    }

    body = _model_body(body, CreateToolRequest, "create_tool")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateToolResponse | None:
    if response.status_code == 201:
        response_201 = CreateToolResponse.from_dict(response.json())

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
) -> Response[Any | CreateToolResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateToolRequest,
) -> Response[Any | CreateToolResponse]:
    """Create a tool

     Registers a tool: a named piece of code from the organization's tool repository that agents
    can call. The new tool has no versions, so nothing can use it until a first version is
    published with `publish-tool-version`. The name must be unique among the tools that are not
    deprecated, so repeating a successful call gives 409 instead of a second tool. Returns the
    ID of the tool. Needs `Tool:CreateTool`; limited to 20 calls a minute.

    Args:
        body (CreateToolRequest): Body for creating a tool.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | CreateToolResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateToolRequest,
) -> Any | CreateToolResponse | None:
    """Create a tool

     Registers a tool: a named piece of code from the organization's tool repository that agents
    can call. The new tool has no versions, so nothing can use it until a first version is
    published with `publish-tool-version`. The name must be unique among the tools that are not
    deprecated, so repeating a successful call gives 409 instead of a second tool. Returns the
    ID of the tool. Needs `Tool:CreateTool`; limited to 20 calls a minute.

    Args:
        body (CreateToolRequest): Body for creating a tool.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | CreateToolResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed
