from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetMetricsResponse")


@_attrs_define
class GetMetricsResponse:
    """One page of metrics.

    Attributes:
        metrics (list[MetricInstance]): Metrics on this page.
        has_more (bool): True if another page is available.
        continuation_token (Any | None): Pass this to get the next page.
        filter_values (GetMetricsResponseFilterValues | None): Filter values; only on the first page.
    """

    metrics: list[MetricInstance]
    has_more: bool
    continuation_token: Any | None
    filter_values: GetMetricsResponseFilterValues | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        has_more = self.has_more

        continuation_token: Any | None
        continuation_token = self.continuation_token

        filter_values: dict[str, Any] | None
        if isinstance(self.filter_values, GetMetricsResponseFilterValues):
            filter_values = self.filter_values.to_dict()
        else:
            filter_values = self.filter_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
                "has_more": has_more,
                "continuation_token": continuation_token,
                "filter_values": filter_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetMetricsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _metrics_value = d.pop("metrics")
        try:
            metrics: list[MetricInstance] = []
            _metrics = _metrics_value
            for metrics_item_data in _metrics:
                try:
                    metrics_item = MetricInstance.from_dict(metrics_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(metrics))
                    raise
                metrics.append(metrics_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "metrics")
            raise

        has_more = d.pop("has_more")

        def _parse_continuation_token(data: object) -> Any | None:
            if data is None:
                return data

            return cast("Any | None", data)

        continuation_token = _parse_continuation_token(d.pop("continuation_token"))

        _filter_values_value = d.pop("filter_values")
        try:

            def _parse_filter_values(data: object) -> GetMetricsResponseFilterValues | None:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        filter_values_type_0 = GetMetricsResponseFilterValues.from_dict(data)

                        return filter_values_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("GetMetricsResponseFilterValues | None", data)

            filter_values = _parse_filter_values(_filter_values_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "filter_values")
            raise

        get_metrics_response = cls(
            metrics=metrics,
            has_more=has_more,
            continuation_token=continuation_token,
            filter_values=filter_values,
        )

        get_metrics_response.additional_properties = d
        return get_metrics_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["metrics"])

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.get_metrics_response_filter_values import GetMetricsResponseFilterValues
from ..models.metric_instance import MetricInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .get_metrics_response_filter_values import GetMetricsResponseFilterValuesParam
    from .metric_instance import MetricInstanceParam

    GetMetricsResponseParam = TypedDict(
        "GetMetricsResponseParam",
        {
            "metrics": Required[Sequence[Union[MetricInstanceParam, MetricInstance]]],
            "has_more": Required[bool],
            "continuation_token": Required[Union[Any, None]],
            "filter_values": Required[
                Union[Union[GetMetricsResponseFilterValuesParam, GetMetricsResponseFilterValues], None]
            ],
        },
        total=False,
    )
