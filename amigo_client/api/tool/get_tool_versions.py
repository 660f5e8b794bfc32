from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.get_tool_versions_response import GetToolVersionsResponse
from ...types import Unset


def _get_kwargs(
    tool_id: str,
    *,
    deprecated: bool | Unset = UNSET,
    versions: str | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["deprecated"] = deprecated

    params["versions"] = versions

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    json_creator: list[str] | Unset = UNSET
    if not isinstance(creator, Unset):
        json_creator = creator

    params["creator"] = json_creator

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/" + _segment(tool_id, "tool_id", "get_tool_versions", pattern="^[a-f0-9]{24}$") + "/version",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetToolVersionsResponse | None:
    if response.status_code == 200:
        response_200 = GetToolVersionsResponse.from_dict(response.json())

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
) -> Response[Any | GetToolVersionsResponse]:
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
    deprecated: bool | Unset = UNSET,
    versions: str | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
) -> Response[Any | GetToolVersionsResponse]:
    """List versions of a tool

     Returns one page of a tool's versions with their build details, input schema and the
    environment variables each one needs. The first page also lists the users who created
    versions, for building filters. Limited to 50 calls a minute.

    Args:
        tool_id (str): The tool whose versions are wanted.
        deprecated (bool | Unset): Filter on whether the version has been deprecated.
        versions (str | Unset): Only return versions that satisfy this version specifier.
        sort_by (list[str] | Unset): Sort keys (`created_at`, `version.major`, `version.minor`,
            `version.patch`, `deprecated`), prefixed with `+` for ascending or `-` for descending.
        creator (list[str] | Unset): Only return versions made by these users, each given as
            `org_id,user_id`.
        limit (int | Unset): Largest number of versions in the page. Default: 50.
        continuation_token (int | Unset): Token from the previous page, to fetch the next one.
            Default: 0.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetToolVersionsResponse]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        deprecated=deprecated,
        versions=versions,
        sort_by=sort_by,
        creator=creator,
        limit=limit,
        continuation_token=continuation_token,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    tool_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    deprecated: bool | Unset = UNSET,
    versions: str | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
) -> Any | GetToolVersionsResponse | None:
    """List versions of a tool

     Returns one page of a tool's versions with their build details, input schema and the
    environment variables each one needs. The first page also lists the users who created
    versions, for building filters. Limited to 50 calls a minute.

    Args:
        tool_id (str): The tool whose versions are wanted.
        deprecated (bool | Unset): Filter on whether the version has been deprecated.
        versions (str | Unset): Only return versions that satisfy this version specifier.
        sort_by (list[str] | Unset): Sort keys (`created_at`, `version.major`, `version.minor`,
            `version.patch`, `deprecated`), prefixed with `+` for ascending or `-` for descending.
        creator (list[str] | Unset): Only return versions made by these users, each given as
            `org_id,user_id`.
        limit (int | Unset): Largest number of versions in the page. Default: 50.
        continuation_token (int | Unset): Token from the previous page, to fetch the next one.
            Default: 0.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetToolVersionsResponse
    """

    return sync_detailed(
        tool_id=tool_id,
        client=client,
        deprecated=deprecated,
        versions=versions,
        sort_by=sort_by,
        creator=creator,
        limit=limit,
        continuation_token=continuation_token,
    ).parsed
