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

import datetime

from ...models.evaluation_source_type import EvaluationSourceType
from ...models.get_metric_evaluation_results_response import GetMetricEvaluationResultsResponse
from ...types import Unset


def _get_kwargs(
    *,
    limit: int | Unset = 500,
    continuation_token: int | Unset = 0,
    timestamp_after: datetime.datetime | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    metric_id: list[str] | Unset = UNSET,
    source_type: list[EvaluationSourceType] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_timestamp_after: str | Unset = UNSET
    if not isinstance(timestamp_after, Unset):
        json_timestamp_after = timestamp_after.isoformat()
    params["timestamp_after"] = json_timestamp_after

    json_timestamp_before: str | Unset = UNSET
    if not isinstance(timestamp_before, Unset):
        json_timestamp_before = timestamp_before.isoformat()
    params["timestamp_before"] = json_timestamp_before

    json_metric_id: list[str] | Unset = UNSET
    if not isinstance(metric_id, Unset):
        json_metric_id = metric_id

    params["metric_id"] = json_metric_id

    json_source_type: list[str] | Unset = UNSET
    if not isinstance(source_type, Unset):
        json_source_type = []
        for source_type_item_data in source_type:
            source_type_item: str = source_type_item_data
            json_source_type.append(source_type_item)

    params["source_type"] = json_source_type

    json_conversation_id: list[str] | Unset = UNSET
    if not isinstance(conversation_id, Unset):
        json_conversation_id = conversation_id

    params["conversation_id"] = json_conversation_id

    json_simulation_unit_test_set_run_id: list[str] | Unset = UNSET
    if not isinstance(simulation_unit_test_set_run_id, Unset):
        json_simulation_unit_test_set_run_id = simulation_unit_test_set_run_id

    params["simulation_unit_test_set_run_id"] = json_simulation_unit_test_set_run_id

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/metric/metric_evaluation_result",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetMetricEvaluationResultsResponse | None:
    if response.status_code == 200:
        response_200 = GetMetricEvaluationResultsResponse.from_dict(response.json())

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
) -> Response[Any | GetMetricEvaluationResultsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    limit: int | Unset = 500,
    continuation_token: int | Unset = 0,
    timestamp_after: datetime.datetime | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    metric_id: list[str] | Unset = UNSET,
    source_type: list[EvaluationSourceType] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetMetricEvaluationResultsResponse]:
    """List metric evaluation results

     Returns one page of stored metric evaluation results, filtered by time, metric and source.

    Args:
        limit (int | Unset): Page size. Default: 500.
        continuation_token (int | Unset): Token returned by the previous page; pass it to fetch
            the next one. Default: 0.
        timestamp_after (datetime.datetime | Unset): Only results evaluated at or after this time.
        timestamp_before (datetime.datetime | Unset): Only results evaluated at or before this
            time.
        metric_id (list[str] | Unset): Only results for these metric IDs.
        source_type (list[EvaluationSourceType] | Unset): Only results produced by these kinds of
            source.
        conversation_id (list[str] | Unset): For `post-session` and `manual` sources, only results
            computed from these conversations.
        simulation_unit_test_set_run_id (list[str] | Unset): For `simulation` sources, only
            results computed in these unit test set runs.
        sort_by (list[str] | Unset): Sort keys (`created_at`), each prefixed with `+` for
            ascending or `-` for descending; later keys break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetMetricEvaluationResultsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        continuation_token=continuation_token,
        timestamp_after=timestamp_after,
        timestamp_before=timestamp_before,
        metric_id=metric_id,
        source_type=source_type,
        conversation_id=conversation_id,
        simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    limit: int | Unset = 500,
    continuation_token: int | Unset = 0,
    timestamp_after: datetime.datetime | Unset = UNSET,
    timestamp_before: datetime.datetime | Unset = UNSET,
    metric_id: list[str] | Unset = UNSET,
    source_type: list[EvaluationSourceType] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetMetricEvaluationResultsResponse | None:
    """List metric evaluation results

     Returns one page of stored metric evaluation results, filtered by time, metric and source.

    Args:
        limit (int | Unset): Page size. Default: 500.
        continuation_token (int | Unset): Token returned by the previous page; pass it to fetch
            the next one. Default: 0.
        timestamp_after (datetime.datetime | Unset): Only results evaluated at or after this time.
        timestamp_before (datetime.datetime | Unset): Only results evaluated at or before this
            time.
        metric_id (list[str] | Unset): Only results for these metric IDs.
        source_type (list[EvaluationSourceType] | Unset): Only results produced by these kinds of
            source.
        conversation_id (list[str] | Unset): For `post-session` and `manual` sources, only results
            computed from these conversations.
        simulation_unit_test_set_run_id (list[str] | Unset): For `simulation` sources, only
            results computed in these unit test set runs.
        sort_by (list[str] | Unset): Sort keys (`created_at`), each prefixed with `+` for
            ascending or `-` for descending; later keys break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetMetricEvaluationResultsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        continuation_token=continuation_token,
        timestamp_after=timestamp_after,
        timestamp_before=timestamp_before,
        metric_id=metric_id,
        source_type=source_type,
        conversation_id=conversation_id,
        simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
        sort_by=sort_by,
    ).parsed
