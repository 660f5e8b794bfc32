from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="EvaluateMetricsResponse")


@_attrs_define
class EvaluateMetricsResponse:
    """Results of an on-demand metric evaluation.

    Attributes:
        metrics (list[MetricAgentMetricEvaluationResult]): One result per requested metric, in request order.
    """

    metrics: list[MetricAgentMetricEvaluationResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"EvaluateMetricsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _metrics_value = d.pop("metrics")
        try:
            metrics: list[MetricAgentMetricEvaluationResult] = []
            _metrics = _metrics_value
            for metrics_item_data in _metrics:
                try:
                    metrics_item = MetricAgentMetricEvaluationResult.from_dict(metrics_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(metrics))
                    raise
                metrics.append(metrics_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "metrics")
            raise

        evaluate_metrics_response = cls(
            metrics=metrics,
        )

        evaluate_metrics_response.additional_properties = d
        return evaluate_metrics_response

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
from ..models.metric_agent_metric_evaluation_result import MetricAgentMetricEvaluationResult

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .metric_agent_metric_evaluation_result import MetricAgentMetricEvaluationResultParam

    EvaluateMetricsResponseParam = TypedDict(
        "EvaluateMetricsResponseParam",
        {
            "metrics": Required[
                Sequence[Union[MetricAgentMetricEvaluationResultParam, MetricAgentMetricEvaluationResult]]
            ],
        },
        total=False,
    )
