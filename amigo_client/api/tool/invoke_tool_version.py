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

from ...models.invoke_tool_version_request import InvokeToolVersionRequest
from ...models.invoke_tool_version_response import InvokeToolVersionResponse


def _get_kwargs(
    tool_id: str,
    version: str,
    *,
    body: InvokeToolVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tool/"
        + _segment(tool_id, "tool_id", "invoke_tool_version", pattern="^[a-f0-9]{24}$")
        + "/version/"
        + _segment(version, "version", "invoke_tool_version")
        + "/invoke",
    }

    body = _model_body(body, InvokeToolVersionRequest, "invoke_tool_version")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | InvokeToolVersionResponse | None:
    if response.status_code == 200:
        response_200 = InvokeToolVersionResponse.from_dict(response.json())

        return response_200

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
) -> Response[Any | InvokeToolVersionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tool_id: str,
    version: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: InvokeToolVersionRequest,
) -> Response[Any | InvokeToolVersionResponse]:
    """Run a tool version

     Calls one published version of a tool directly, with between one and ten sets of input
    parameters, and returns a result for each: the output and duration, or the exception the
    tool raised. Useful for checking a version outside a conversation. The tool's code runs
    for every call, so any side effects it has happen again on a repeat. Needs `Tool:InvokeTool`
    on the tool; limited to 10 calls a minute.

    Args:
        tool_id (str): The tool to run.
        version (str): Which published version runs.
        body (InvokeToolVersionRequest): Body for running a published tool version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | InvokeToolVersionResponse]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        version=version,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    version: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: InvokeToolVersionRequest,
) -> Any | InvokeToolVersionResponse | None:
    """Run a tool version

     Calls one published version of a tool directly, with between one and ten sets of input
    parameters, and returns a result for each: the output and duration, or the exception the
    tool raised. Useful for checking a version outside a conversation. The tool's code runs
    for every call, so any side effects it has happen again on a repeat. Needs `Tool:InvokeTool`
    on the tool; limited to 10 calls a minute.

    Args:
        tool_id (str): The tool to run.
        version (str): Which published version runs.
        body (InvokeToolVersionRequest): Body for running a published tool version.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | InvokeToolVersionResponse
    """

    return sync_detailed(
        tool_id=tool_id,
        version=version,
        client=client,
        body=body,
    ).parsed
