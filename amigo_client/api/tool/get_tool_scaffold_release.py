from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient


from ..._binary import BinaryResponse


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/amigo_tool_scaffold.tar.gz",
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> BinaryResponse | None:
    if response.status_code == 200:
        return BinaryResponse(response, "get_tool_scaffold_release")

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


def _build_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Response[BinaryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Response[BinaryResponse]:
    """Download the tool scaffold

     Downloads the newest release of the Amigo tool scaffold as a gzip-compressed tar archive
    (`amigo_tool_scaffold.tar.gz`): the project skeleton that tools are built on. Each tool
    version records which scaffold commit it was built with. Limited to 50 calls a minute.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[BinaryResponse]
    """

    kwargs = _get_kwargs()

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> BinaryResponse | None:
    """Download the tool scaffold

     Downloads the newest release of the Amigo tool scaffold as a gzip-compressed tar archive
    (`amigo_tool_scaffold.tar.gz`): the project skeleton that tools are built on. Each tool
    version records which scaffold commit it was built with. Limited to 50 calls a minute.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        BinaryResponse
    """

    return sync_detailed(
        client=client,
    ).parsed
