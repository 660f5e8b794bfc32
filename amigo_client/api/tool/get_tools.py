from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.get_tools_response import GetToolsResponse
from ...types import Unset


def _get_kwargs(
    *,
    id: list[str] | Unset = UNSET,
    deprecated: bool | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["deprecated"] = deprecated

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetToolsResponse | None:
    if response.status_code == 200:
        response_200 = GetToolsResponse.from_dict(response.json())

        return response_200

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
) -> Response[Any | GetToolsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    deprecated: bool | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
) -> Response[Any | GetToolsResponse]:
    """List tools

     Returns one page of the organization's tools, each with the environment variables its
    versions use. The first page also reports which tags occur, for building filters.
    Limited to 50 calls a minute.

    Args:
        id (list[str] | Unset): Only return the tools with these IDs.
        deprecated (bool | Unset): Filter on whether the tool has been deprecated.
        sort_by (list[str] | Unset): Sort keys (`name`, `deprecated`), prefixed with `+` for
            ascending or `-` for descending; later keys break ties.
        tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value,
            an empty value matches a null one.
        limit (int | Unset): Largest number of tools in the page. Default: 10.
        continuation_token (int | Unset): Token from the previous page, to fetch the next one.
            Default: 0.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetToolsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        deprecated=deprecated,
        sort_by=sort_by,
        tag=tag,
        limit=limit,
        continuation_token=continuation_token,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    deprecated: bool | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    limit: int | Unset = 10,
    continuation_token: int | Unset = 0,
) -> Any | GetToolsResponse | None:
    """List tools

     Returns one page of the organization's tools, each with the environment variables its
    versions use. The first page also reports which tags occur, for building filters.
    Limited to 50 calls a minute.

    Args:
        id (list[str] | Unset): Only return the tools with these IDs.
        deprecated (bool | Unset): Filter on whether the tool has been deprecated.
        sort_by (list[str] | Unset): Sort keys (`name`, `deprecated`), prefixed with `+` for
            ascending or `-` for descending; later keys break ties.
        tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value,
            an empty value matches a null one.
        limit (int | Unset): Largest number of tools in the page. Default: 10.
        continuation_token (int | Unset): Token from the previous page, to fetch the next one.
            Default: 0.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetToolsResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        deprecated=deprecated,
        sort_by=sort_by,
        tag=tag,
        limit=limit,
        continuation_token=continuation_token,
    ).parsed
