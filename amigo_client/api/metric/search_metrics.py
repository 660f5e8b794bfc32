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

from ...models.metric_value_type import MetricValueType
from ...models.search_metrics_response import SearchMetricsResponse
from ...types import Unset


def _get_kwargs(
    *,
    query: str,
    applied_to_service: list[str] | Unset = UNSET,
    type_: list[MetricValueType] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

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

    json_creator: list[str] | Unset = UNSET
    if not isinstance(creator, Unset):
        json_creator = creator

    params["creator"] = json_creator

    json_tag: list[str] | Unset = UNSET
    if not isinstance(tag, Unset):
        json_tag = tag

    params["tag"] = json_tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/metric/search/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | SearchMetricsResponse | None:
    if response.status_code == 200:
        response_200 = SearchMetricsResponse.from_dict(response.json())

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
) -> Response[Any | SearchMetricsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    query: str,
    applied_to_service: list[str] | Unset = UNSET,
    type_: list[MetricValueType] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> Response[Any | SearchMetricsResponse]:
    """Search metrics

     Full-text search over metric names and descriptions, with optional filters.

    Args:
        query (str): Search terms matched against metric names and descriptions.
        applied_to_service (list[str] | Unset): Only metrics applied to one of these service IDs.
        type_ (list[MetricValueType] | Unset): Only metrics of these value types.
        creator (list[str] | Unset): Only metrics created by these users, each given as
            `org_id,user_id`.
        tag (list[str] | Unset): Tag filters written as `key:value`; a value of `*` matches any
            value and an empty value matches a null one.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | SearchMetricsResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        applied_to_service=applied_to_service,
        type_=type_,
        creator=creator,
        tag=tag,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    query: str,
    applied_to_service: list[str] | Unset = UNSET,
    type_: list[MetricValueType] | Unset = UNSET,
    creator: list[str] | Unset = UNSET,
    tag: list[str] | Unset = UNSET,
) -> Any | SearchMetricsResponse | None:
    """Search metrics

     Full-text search over metric names and descriptions, with optional filters.

    Args:
        query (str): Search terms matched against metric names and descriptions.
        applied_to_service (list[str] | Unset): Only metrics applied to one of these service IDs.
        type_ (list[MetricValueType] | Unset): Only metrics of these value types.
        creator (list[str] | Unset): Only metrics created by these users, each given as
            `org_id,user_id`.
        tag (list[str] | Unset): Tag filters written as `key:value`; a value of `*` matches any
            value and an empty value matches a null one.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | SearchMetricsResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        applied_to_service=applied_to_service,
        type_=type_,
        creator=creator,
        tag=tag,
    ).parsed
