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

from ...models.modify_tool_envvars_request import ModifyToolEnvvarsRequest


def _get_kwargs(
    tool_id: str,
    *,
    body: ModifyToolEnvvarsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tool/" + _segment(tool_id, "tool_id", "modify_tool_envvars", pattern="^[a-f0-9]{24}$") + "/envvar",
    }

    body = _model_body(body, ModifyToolEnvvarsRequest, "modify_tool_envvars")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 204:
        return None

    if response.status_code == 400:
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
    tool_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: ModifyToolEnvvarsRequest,
) -> Response[Any]:
    """Edit a tool's environment variables

     Adds, changes and removes environment variables of a tool in one request. A version that
    needs a variable can only be published once the tool has it, and a variable that a
    non-deprecated version still needs cannot be removed. Each variable is marked secret or not
    when it is added. Answers 204 with no body. Needs `Tool:ModifyTool` on the tool; limited to
    20 calls a minute.

    Args:
        tool_id (str): The tool whose variables change.
        body (ModifyToolEnvvarsRequest): Environment variable changes for a tool, applied
            together.

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
