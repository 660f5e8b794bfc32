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

from ...models.modify_tool_request import ModifyToolRequest


def _get_kwargs(
    tool_id: str,
    *,
    body: ModifyToolRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tool/" + _segment(tool_id, "tool_id", "modify_tool", pattern="^[a-f0-9]{24}$"),
    }

    body = _model_body(body, ModifyToolRequest, "modify_tool")
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
    tool_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: ModifyToolRequest,
) -> Response[Any]:
    """Change a tool's description or tags

     Updates the description and/or tags of a tool; a field sent as null keeps its current
    value. The description matters beyond display: it is what the model is told about the tool.
    Code and environment variables are changed elsewhere (`publish-tool-version`,
    `modify-tool-envvars`). Answers 204 with no body. Needs `Tool:ModifyTool` on the tool;
    limited to 20 calls a minute.

    Args:
        tool_id (str): The tool to change.
        body (ModifyToolRequest): Changes to a tool; null fields keep their current value.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
