"""``client.metric``: the 7 operations tagged metric.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.metric.<operation>`` is that operation's generated module
(``_get_kwargs``, ``_parse_response``, ``sync``), imported on first use.
"""

# ruff: noqa: F401 (the TYPE_CHECKING block names every model the operations import; some are unused here)
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Mapping, overload

from ..._resource import RawResource, Resource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import List, Sequence, Union, cast

    from ..._binary import BinaryResponse
    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.boolean_metric_value import BooleanMetricValue, BooleanMetricValueParam
    from ...models.categorical_metric_value_input import CategoricalMetricValueInput, CategoricalMetricValueInputParam
    from ...models.create_metric_request import CreateMetricRequest, CreateMetricRequestParam
    from ...models.create_metric_request_tags import CreateMetricRequestTags, CreateMetricRequestTagsParam
    from ...models.create_metric_response import CreateMetricResponse
    from ...models.evaluate_metrics_request import EvaluateMetricsRequest, EvaluateMetricsRequestParam
    from ...models.evaluate_metrics_response import EvaluateMetricsResponse
    from ...models.evaluation_source_type import EvaluationSourceType, check_evaluation_source_type
    from ...models.get_metric_evaluation_results_response import GetMetricEvaluationResultsResponse
    from ...models.get_metrics_response import GetMetricsResponse
    from ...models.metric import Metric
    from ...models.metric_agent_metric_evaluation_result import MetricAgentMetricEvaluationResult
    from ...models.metric_evaluation_result_instance import MetricEvaluationResultInstance
    from ...models.metric_instance import MetricInstance
    from ...models.metric_value_type import MetricValueType, check_metric_value_type
    from ...models.not_set import NotSet, NotSetParam
    from ...models.numerical_metric_value import NumericalMetricValue, NumericalMetricValueParam
    from ...models.search_metrics_response import SearchMetricsResponse
    from ...models.update_metric_request import UpdateMetricRequest, UpdateMetricRequestParam
    from ...models.update_metric_request_tags_type_0 import (
        UpdateMetricRequestTagsType0,
        UpdateMetricRequestTagsType0Param,
    )

__all__ = ["INDEX", "OPERATIONS", "MetricResource", "MetricResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "create_metric",
    "delete_metric",
    "evaluate_metrics",
    "get_metric_evaluation_results",
    "get_metrics",
    "search_metrics",
    "update_metric",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("create_metric", "POST", "/metric/", "Create a metric"),
    ("delete_metric", "DELETE", "/metric/{metric_id}/", "Delete a metric"),
    ("evaluate_metrics", "POST", "/metric/evaluate", "Evaluate metrics"),
    ("get_metric_evaluation_results", "GET", "/metric/metric_evaluation_result", "List metric evaluation results"),
    ("get_metrics", "GET", "/metric/", "List metrics"),
    ("search_metrics", "GET", "/metric/search/", "Search metrics"),
    ("update_metric", "POST", "/metric/{metric_id}/", "Update a metric"),
)


class MetricResource(Resource):
    """The operations tagged metric: ``client.metric.<operation>(...)``.

    Methods: ``create_metric``, ``delete_metric``, ``evaluate_metrics``, ``get_metric_evaluation_results``, ``get_metrics``, ``search_metrics``, ``update_metric``.
    """

    __slots__ = ()

    @overload
    def create_metric(
        self,
        *,
        body: CreateMetricRequest | CreateMetricRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateMetricResponse: ...

    @overload
    def create_metric(
        self,
        *,
        name: str,
        description: str,
        applied_to_services: List[str],
        additional_notes: Union[str, None],
        tags: Union[Mapping[str, Union[str, None]], CreateMetricRequestTags] = ...,
        metric_value: Union[
            Union[NumericalMetricValueParam, NumericalMetricValue],
            Union[CategoricalMetricValueInputParam, CategoricalMetricValueInput],
            Union[BooleanMetricValueParam, BooleanMetricValue],
        ],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateMetricResponse: ...

    def create_metric(
        self,
        *,
        body: CreateMetricRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateMetricResponse:
        """Create a metric

        Defines a new metric that can be evaluated on conversations.

        ``POST /metric/``.

        Body: ``body=CreateMetricRequest(...)``, or its fields as keyword arguments:
            name (str): Metric name, unique in the organization.
            description (str): What the metric measures.
            applied_to_services (list[str]): IDs of the services the metric applies to.
            additional_notes (None | str): Extra guidance for the evaluator.
            tags (CreateMetricRequestTags): Tags to attach, as a key-to-value map.
            metric_value (BooleanMetricValue | CategoricalMetricValueInput | NumericalMetricValue): What
                kind of value a metric measures (request form).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateMetricResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_metric as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateMetricRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_metric(
        self,
        metric_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a metric

        Retires a metric: it can no longer be changed or evaluated, but it stays stored, so it can
        still be fetched by ID to read the results of earlier conversations. A metric that a
        simulation unit test uses cannot be deleted. Requires `Metric:DeleteMetric`. Limited to 100
        calls a minute.

        ``DELETE /metric/{metric_id}/``.

        Args:
            metric_id (str): ID of the metric to retire.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_metric as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "metric_id": metric_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def evaluate_metrics(
        self,
        *,
        body: EvaluateMetricsRequest | EvaluateMetricsRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EvaluateMetricsResponse: ...

    @overload
    def evaluate_metrics(
        self,
        *,
        metric_ids: List[str],
        conversation_id: str,
        evaluate_to_interaction_id: Union[str, None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> EvaluateMetricsResponse: ...

    def evaluate_metrics(
        self,
        *,
        body: EvaluateMetricsRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> EvaluateMetricsResponse:
        """Evaluate metrics

        Runs up to ten metrics against a conversation right now and returns their values.

        ``POST /metric/evaluate``.

        Body: ``body=EvaluateMetricsRequest(...)``, or its fields as keyword arguments:
            metric_ids (list[str]): Metrics to compute.
            conversation_id (str): Conversation to evaluate.
            evaluate_to_interaction_id (None | str | Unset): Stop at this interaction (inclusive); omit to
                use the whole conversation.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            EvaluateMetricsResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import evaluate_metrics as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="EvaluateMetricsRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_metric_evaluation_results(
        self,
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
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetMetricEvaluationResultsResponse, MetricEvaluationResultInstance]:
        """List metric evaluation results

        Returns one page of stored metric evaluation results, filtered by time, metric and source.

        ``GET /metric/metric_evaluation_result``.

        Args:
            limit (int | Unset): Page size. Default: 500.
            continuation_token (int | Unset): Token returned by the previous page; pass it to fetch the next
                one. Default: 0.
            timestamp_after (datetime.datetime | Unset): Only results evaluated at or after this time.
            timestamp_before (datetime.datetime | Unset): Only results evaluated at or before this time.
            metric_id (list[str] | Unset): Only results for these metric IDs.
            source_type (list[EvaluationSourceType] | Unset): Only results produced by these kinds of
                source.
            conversation_id (list[str] | Unset): For `post-session` and `manual` sources, only results
                computed from these conversations.
            simulation_unit_test_set_run_id (list[str] | Unset): For `simulation` sources, only results
                computed in these unit test set runs.
            sort_by (list[str] | Unset): Sort keys (`created_at`), each prefixed with `+` for ascending or
                `-` for descending; later keys break ties.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetMetricEvaluationResultsResponse, MetricEvaluationResultInstance]: iterate it for every item of every page; .data is the GetMetricEvaluationResultsResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_metric_evaluation_results as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "limit": limit,
                "continuation_token": continuation_token,
                "timestamp_after": timestamp_after,
                "timestamp_before": timestamp_before,
                "metric_id": metric_id,
                "source_type": source_type,
                "conversation_id": conversation_id,
                "simulation_unit_test_set_run_id": simulation_unit_test_set_run_id,
                "sort_by": sort_by,
            },
            items="metric_evaluation_results",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_metrics(
        self,
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
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetMetricsResponse, MetricInstance]:
        """List metrics

        Returns one page of the organization's metrics, with optional filters.

        ``GET /metric/``.

        Args:
            id (list[str] | Unset): Restrict the result to these metric IDs.
            limit (int | Unset): Page size. Default: 50.
            continuation_token (int | Unset): Token returned by the previous page; pass it to fetch the next
                one. Default: 0.
            applied_to_service (list[str] | Unset): Only metrics applied to one of these service IDs.
            type_ (list[MetricValueType] | Unset): Only metrics of these value types.
            is_deleted (bool | Unset): Return deleted metrics instead of live ones. Default: False.
            creator (list[str] | Unset): Only metrics created by these users.
            tag (list[str] | Unset): Tag filters written as `key:value`; a value of `*` matches any value
                and an empty value matches a null one.
            sort_by (list[str] | Unset): Sort keys (`updated_at`), each prefixed with `+` for ascending or
                `-` for descending; later keys break ties.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetMetricsResponse, MetricInstance]: iterate it for every item of every page; .data is the GetMetricsResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_metrics as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
                "applied_to_service": applied_to_service,
                "type_": type_,
                "is_deleted": is_deleted,
                "creator": creator,
                "tag": tag,
                "sort_by": sort_by,
            },
            items="metrics",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_metrics(
        self,
        *,
        query: str,
        applied_to_service: list[str] | Unset = UNSET,
        type_: list[MetricValueType] | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchMetricsResponse:
        """Search metrics

        Full-text search over metric names and descriptions, with optional filters.

        ``GET /metric/search/``.

        Args:
            query (str): Search terms matched against metric names and descriptions.
            applied_to_service (list[str] | Unset): Only metrics applied to one of these service IDs.
            type_ (list[MetricValueType] | Unset): Only metrics of these value types.
            creator (list[str] | Unset): Only metrics created by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written as `key:value`; a value of `*` matches any value
                and an empty value matches a null one.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SearchMetricsResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import search_metrics as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "query": query,
                "applied_to_service": applied_to_service,
                "type_": type_,
                "creator": creator,
                "tag": tag,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_metric(
        self,
        metric_id: str,
        *,
        body: UpdateMetricRequest | UpdateMetricRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_metric(
        self,
        metric_id: str,
        *,
        description: Union[str, None] | Unset = ...,
        applied_to_services: Union[List[str], None] | Unset = ...,
        additional_notes: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
        tags: Union[Union[Mapping[str, Union[str, None]], UpdateMetricRequestTagsType0], None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_metric(
        self,
        metric_id: str,
        *,
        body: UpdateMetricRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Update a metric

        Changes the description, services, notes or tags of a metric; fields left out keep their
        value. The name and the possible values of a metric are fixed once it exists. Requires
        `Metric:ModifyMetric`. Limited to 20 calls a minute.

        ``POST /metric/{metric_id}/``.

        Args:
            metric_id (str): ID of the metric to change.

        Body: ``body=UpdateMetricRequest(...)``, or its fields as keyword arguments:
            description (None | str | Unset): New description of what the metric measures.
            applied_to_services (list[str] | None | Unset): New list of IDs of the services the metric is
                evaluated for.
            additional_notes (None | NotSet | str | Unset): New free-form notes on the metric.
            tags (None | Unset | UpdateMetricRequestTagsType0): New tags of the metric.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import update_metric as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "metric_id": metric_id,
            },
            body,
            fields,
            model="UpdateMetricRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class MetricResourceWithRawResponse(RawResource):
        """``client.with_raw_response.metric``: the same methods, returning a RawResponse."""

        @overload
        def create_metric(
            self,
            *,
            body: CreateMetricRequest | CreateMetricRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateMetricResponse]: ...

        @overload
        def create_metric(
            self,
            *,
            name: str,
            description: str,
            applied_to_services: List[str],
            additional_notes: Union[str, None],
            tags: Union[Mapping[str, Union[str, None]], CreateMetricRequestTags] = ...,
            metric_value: Union[
                Union[NumericalMetricValueParam, NumericalMetricValue],
                Union[CategoricalMetricValueInputParam, CategoricalMetricValueInput],
                Union[BooleanMetricValueParam, BooleanMetricValue],
            ],
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateMetricResponse]: ...

        def create_metric(
            self,
            *,
            body: CreateMetricRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateMetricResponse]: ...

        def delete_metric(
            self,
            metric_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def evaluate_metrics(
            self,
            *,
            body: EvaluateMetricsRequest | EvaluateMetricsRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[EvaluateMetricsResponse]: ...

        @overload
        def evaluate_metrics(
            self,
            *,
            metric_ids: List[str],
            conversation_id: str,
            evaluate_to_interaction_id: Union[str, None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[EvaluateMetricsResponse]: ...

        def evaluate_metrics(
            self,
            *,
            body: EvaluateMetricsRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[EvaluateMetricsResponse]: ...

        def get_metric_evaluation_results(
            self,
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
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetMetricEvaluationResultsResponse, MetricEvaluationResultInstance]]: ...

        def get_metrics(
            self,
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
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetMetricsResponse, MetricInstance]]: ...

        def search_metrics(
            self,
            *,
            query: str,
            applied_to_service: list[str] | Unset = UNSET,
            type_: list[MetricValueType] | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SearchMetricsResponse]: ...

        @overload
        def update_metric(
            self,
            metric_id: str,
            *,
            body: UpdateMetricRequest | UpdateMetricRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_metric(
            self,
            metric_id: str,
            *,
            description: Union[str, None] | Unset = ...,
            applied_to_services: Union[List[str], None] | Unset = ...,
            additional_notes: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
            tags: Union[Union[Mapping[str, Union[str, None]], UpdateMetricRequestTagsType0], None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_metric(
            self,
            metric_id: str,
            *,
            body: UpdateMetricRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...


else:

    class MetricResourceWithRawResponse(RawResource, MetricResource):
        """``client.with_raw_response.metric``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
