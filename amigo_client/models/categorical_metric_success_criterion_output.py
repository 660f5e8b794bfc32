from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CategoricalMetricSuccessCriterionOutput")


@_attrs_define
class CategoricalMetricSuccessCriterionOutput:
    """Passes when a categorical metric takes one of the expected values.

    Attributes:
        type_ (Literal['categorical']): Always `categorical`.
        expected_values (list[str]): Categories that count as a pass.
    """

    type_: Literal["categorical"]
    expected_values: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        expected_values = self.expected_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "expected_values": expected_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CategoricalMetricSuccessCriterionOutput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['categorical']", d.pop("type"))
        if type_ != "categorical":
            raise ValueError(f"type must match const 'categorical', got '{type_}'")

        expected_values = cast("list[str]", d.pop("expected_values"))

        categorical_metric_success_criterion_output = cls(
            type_=type_,
            expected_values=expected_values,
        )

        categorical_metric_success_criterion_output.additional_properties = d
        return categorical_metric_success_criterion_output

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["expected_values"])

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Literal, Mapping

    from typing_extensions import Required, TypedDict

    CategoricalMetricSuccessCriterionOutputParam = TypedDict(
        "CategoricalMetricSuccessCriterionOutputParam",
        {
            "type": Required[Literal["categorical"]],
            "expected_values": Required[List[str]],
        },
        total=False,
    )
