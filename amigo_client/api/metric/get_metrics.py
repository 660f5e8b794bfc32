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

from ...models.get_metrics_response import GetMetricsResponse
from ...models.metric_value_type import MetricValueType
from ...types import Unset


def _get_kwargs(
    *,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    applied_to_service: list[str] | Unset = UNSET,
    type_: list[MetricValueType] | Unset = UNSET,
    is_deleted: bool | Unset = False,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_applied_to_service: list[str] | Unset = UNSET
    if not isinstance(applied_to_service, Unset):
        json_applied_to_service = applied_to_service

    params["applied_to_service"] = json_applied_to_service

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item: str = type_item_data
            json_type_.append(type_item)

    params["type"] = json_type_

    params["is_deleted"] = is_deleted

    json_creator: list[str] | Unset = UNSET
    if not isinstance(creator, Unset):
        json_creator = creator

    params["creator"] = json_creator

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/metric/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMetricsResponse | None:
    if response.status_code == 200:
        response_200 = GetMetricsResponse.from_dict(response.json())

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
) -> Response[Any | GetMetricsResponse]:
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
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    applied_to_service: list[str] | Unset = UNSET,
    type_: list[MetricValueType] | Unset = UNSET,
    is_deleted: bool | Unset = False,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetMetricsResponse]:
    """List metrics

     Returns one page of the organization's metrics, with optional filters.

    Args:
        id (list[str] | Unset): Restrict the result to these metric IDs.
        limit (int | Unset): Page size. Default: 50.
        continuation_token (int | Unset): Token returned by the previous page; pass it to fetch
            the next one. Default: 0.
        applied_to_service (list[str] | Unset): Only metrics applied to one of these service IDs.
        type_ (list[MetricValueType] | Unset): Only metrics of these value types.
        is_deleted (bool | Unset): Return deleted metrics instead of live ones. Default: False.
        creator (list[str] | Unset): Only metrics created by these users.
        tag (list[str] | Unset): Tag filters written as `key:value`; a value of `*` matches any
            value and an empty value matches a null one.
        sort_by (list[str] | Unset): Sort keys (`updated_at`), each prefixed with `+` for
            ascending or `-` for descending; later keys break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetMetricsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        continuation_token=continuation_token,
        applied_to_service=applied_to_service,
        type_=type_,
        is_deleted=is_deleted,
        creator=creator,
        tag=tag,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    limit: int | Unset = 50,
    continuation_token: int | Unset = 0,
    applied_to_service: list[str] | Unset = UNSET,
    type_: list[MetricValueType] | Unset = UNSET,
    is_deleted: bool | Unset = False,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetMetricsResponse | None:
    """List metrics

     Returns one page of the organization's metrics, with optional filters.

    Args:
        id (list[str] | Unset): Restrict the result to these metric IDs.
        limit (int | Unset): Page size. Default: 50.
        continuation_token (int | Unset): Token returned by the previous page; pass it to fetch
            the next one. Default: 0.
        applied_to_service (list[str] | Unset): Only metrics applied to one of these service IDs.
        type_ (list[MetricValueType] | Unset): Only metrics of these value types.
        is_deleted (bool | Unset): Return deleted metrics instead of live ones. Default: False.
        creator (list[str] | Unset): Only metrics created by these users.
        tag (list[str] | Unset): Tag filters written as `key:value`; a value of `*` matches any
            value and an empty value matches a null one.
        sort_by (list[str] | Unset): Sort keys (`updated_at`), each prefixed with `+` for
            ascending or `-` for descending; later keys break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetMetricsResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        limit=limit,
        continuation_token=continuation_token,
        applied_to_service=applied_to_service,
        type_=type_,
        is_deleted=is_deleted,
        creator=creator,
        tag=tag,
        sort_by=sort_by,
    ).parsed
