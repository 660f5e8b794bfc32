from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient


def _get_kwargs(
    tool_id: str,
    versions: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/tool/"
        + _segment(tool_id, "tool_id", "deprecate_tool_version", pattern="^[a-f0-9]{24}$")
        + "/version/"
        + _segment(versions, "versions", "deprecate_tool_version"),
    }

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
    versions: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Response[Any]:
    """Deprecate versions of a tool

     Retires every version of a tool that satisfies a version specifier written the way Python
    packaging writes them (for example `==1.4.2` or `<2`). Retired versions cannot be invoked
    and are skipped when a version constraint is resolved. Needs `Tool:ModifyTool` on the tool; limited
    to 20
    calls a minute.

    Args:
        tool_id (str): The tool whose versions are retired.
        versions (str): Python-packaging version specifier; every version it matches is
            deprecated.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        versions=versions,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
