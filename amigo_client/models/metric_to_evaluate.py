from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="MetricToEvaluate")


@_attrs_define
class MetricToEvaluate:
    """A metric and the criterion it must meet.

    Attributes:
        metric_id (str): ID of the metric to evaluate.
        success_criterion_name (str): Name of the criterion.
        success_criterion (BooleanMetricSuccessCriterion | CategoricalMetricSuccessCriterionOutput |
            NumericalMetricSuccessCriterion): Pass condition for a metric, by metric kind.
    """

    metric_id: str
    success_criterion_name: str
    success_criterion: (
        BooleanMetricSuccessCriterion | CategoricalMetricSuccessCriterionOutput | NumericalMetricSuccessCriterion
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        success_criterion_name = self.success_criterion_name

        success_criterion: dict[str, Any]
        if isinstance(self.success_criterion, BooleanMetricSuccessCriterion):
            success_criterion = self.success_criterion.to_dict()
        elif isinstance(self.success_criterion, NumericalMetricSuccessCriterion):
            success_criterion = self.success_criterion.to_dict()
        else:
            success_criterion = self.success_criterion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "success_criterion_name": success_criterion_name,
                "success_criterion": success_criterion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"MetricToEvaluate takes a mapping of its fields, not {type(src_dict).__name__}") from None
        metric_id = d.pop("metric_id")

        success_criterion_name = d.pop("success_criterion_name")

        _success_criterion_value = d.pop("success_criterion")
        try:

            def _parse_success_criterion(
                data: object,
            ) -> (
                BooleanMetricSuccessCriterion
                | CategoricalMetricSuccessCriterionOutput
                | NumericalMetricSuccessCriterion
            ):
                if isinstance(data, dict) and "type" in data:
                    tag = data["type"]
                    if tag == "boolean":
                        return BooleanMetricSuccessCriterion.from_dict(data)
                    if tag == "numerical":
                        return NumericalMetricSuccessCriterion.from_dict(data)
                    if tag == "categorical":
                        return CategoricalMetricSuccessCriterionOutput.from_dict(data)
                    raise ValueError(
                        "type is "
                        + repr(tag)
                        + ", not one of "
                        + ", ".join(
                            repr(known)
                            for known in (
                                "boolean",
                                "numerical",
                                "categorical",
                            )
                        )
                    )

                if isinstance(data, dict):
                    try:
                        componentsschemas_success_criterion_description_output_type_0 = (
                            BooleanMetricSuccessCriterion.from_dict(data)
                        )

                        return componentsschemas_success_criterion_description_output_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_success_criterion_description_output_type_1 = (
                            NumericalMetricSuccessCriterion.from_dict(data)
                        )

                        return componentsschemas_success_criterion_description_output_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_success_criterion_description_output_type_2 = (
                    CategoricalMetricSuccessCriterionOutput.from_dict(data)
                )

                return componentsschemas_success_criterion_description_output_type_2

            success_criterion = _parse_success_criterion(_success_criterion_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "success_criterion")
            raise

        metric_to_evaluate = cls(
            metric_id=metric_id,
            success_criterion_name=success_criterion_name,
            success_criterion=success_criterion,
        )

        metric_to_evaluate.additional_properties = d
        return metric_to_evaluate

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, [])

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
from ..models.boolean_metric_success_criterion import BooleanMetricSuccessCriterion
from ..models.categorical_metric_success_criterion_output import CategoricalMetricSuccessCriterionOutput
from ..models.numerical_metric_success_criterion import NumericalMetricSuccessCriterion

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .boolean_metric_success_criterion import BooleanMetricSuccessCriterionParam
    from .categorical_metric_success_criterion_output import CategoricalMetricSuccessCriterionOutputParam
    from .numerical_metric_success_criterion import NumericalMetricSuccessCriterionParam

    MetricToEvaluateParam = TypedDict(
        "MetricToEvaluateParam",
        {
            "metric_id": Required[str],
            "success_criterion_name": Required[str],
            "success_criterion": Required[
                Union[
                    Union[BooleanMetricSuccessCriterionParam, BooleanMetricSuccessCriterion],
                    Union[NumericalMetricSuccessCriterionParam, NumericalMetricSuccessCriterion],
                    Union[CategoricalMetricSuccessCriterionOutputParam, CategoricalMetricSuccessCriterionOutput],
                ]
            ],
        },
        total=False,
    )
