from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateSimulationUnitTestRequestSuccessCriterion")


@_attrs_define
class CreateSimulationUnitTestRequestSuccessCriterion:
    """A named pass condition on one metric's result.

    Attributes:
        name (str): Label of the criterion, shown in results.
        metric_id (str): Metric whose value is checked.
        criterion (BooleanMetricSuccessCriterion | CategoricalMetricSuccessCriterionInput |
            NumericalMetricSuccessCriterion): Pass condition for a metric, by metric kind (`numerical`, `boolean` or
            `categorical`, chosen by `type`).
    """

    name: str
    metric_id: str
    criterion: BooleanMetricSuccessCriterion | CategoricalMetricSuccessCriterionInput | NumericalMetricSuccessCriterion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        metric_id = self.metric_id

        criterion: dict[str, Any]
        if isinstance(self.criterion, NumericalMetricSuccessCriterion):
            criterion = self.criterion.to_dict()
        elif isinstance(self.criterion, BooleanMetricSuccessCriterion):
            criterion = self.criterion.to_dict()
        else:
            criterion = self.criterion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "metric_id": metric_id,
                "criterion": criterion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateSimulationUnitTestRequestSuccessCriterion takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        name = d.pop("name")

        metric_id = d.pop("metric_id")

        _criterion_value = d.pop("criterion")
        try:

            def _parse_criterion(
                data: object,
            ) -> (
                BooleanMetricSuccessCriterion | CategoricalMetricSuccessCriterionInput | NumericalMetricSuccessCriterion
            ):
                if isinstance(data, dict) and "type" in data:
                    tag = data["type"]
                    if tag == "numerical":
                        return NumericalMetricSuccessCriterion.from_dict(data)
                    if tag == "boolean":
                        return BooleanMetricSuccessCriterion.from_dict(data)
                    if tag == "categorical":
                        return CategoricalMetricSuccessCriterionInput.from_dict(data)
                    raise ValueError(
                        "type is "
                        + repr(tag)
                        + ", not one of "
                        + ", ".join(
                            repr(known)
                            for known in (
                                "numerical",
                                "boolean",
                                "categorical",
                            )
                        )
                    )

                if isinstance(data, dict):
                    try:
                        componentsschemas_success_criterion_description_input_type_0 = (
                            NumericalMetricSuccessCriterion.from_dict(data)
                        )

                        return componentsschemas_success_criterion_description_input_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_success_criterion_description_input_type_1 = (
                            BooleanMetricSuccessCriterion.from_dict(data)
                        )

                        return componentsschemas_success_criterion_description_input_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_success_criterion_description_input_type_2 = (
                    CategoricalMetricSuccessCriterionInput.from_dict(data)
                )

                return componentsschemas_success_criterion_description_input_type_2

            criterion = _parse_criterion(_criterion_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "criterion")
            raise

        create_simulation_unit_test_request_success_criterion = cls(
            name=name,
            metric_id=metric_id,
            criterion=criterion,
        )

        create_simulation_unit_test_request_success_criterion.additional_properties = d
        return create_simulation_unit_test_request_success_criterion

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
from ..models.categorical_metric_success_criterion_input import CategoricalMetricSuccessCriterionInput
from ..models.numerical_metric_success_criterion import NumericalMetricSuccessCriterion

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .boolean_metric_success_criterion import BooleanMetricSuccessCriterionParam
    from .categorical_metric_success_criterion_input import CategoricalMetricSuccessCriterionInputParam
    from .numerical_metric_success_criterion import NumericalMetricSuccessCriterionParam

    CreateSimulationUnitTestRequestSuccessCriterionParam = TypedDict(
        "CreateSimulationUnitTestRequestSuccessCriterionParam",
        {
            "name": Required[str],
            "metric_id": Required[str],
            "criterion": Required[
                Union[
                    Union[NumericalMetricSuccessCriterionParam, NumericalMetricSuccessCriterion],
                    Union[BooleanMetricSuccessCriterionParam, BooleanMetricSuccessCriterion],
                    Union[CategoricalMetricSuccessCriterionInputParam, CategoricalMetricSuccessCriterionInput],
                ]
            ],
        },
        total=False,
    )
