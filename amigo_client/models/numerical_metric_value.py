from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NumericalMetricValue")


@_attrs_define
class NumericalMetricValue:
    """A metric whose value is a number within bounds.

    Attributes:
        type_ (Literal['numerical']): Always `numerical`.
        lower_bound (float): Smallest value an evaluation may produce.
        upper_bound (float): Largest value an evaluation may produce.
    """

    type_: Literal["numerical"]
    lower_bound: float
    upper_bound: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        lower_bound = self.lower_bound

        upper_bound = self.upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "lower_bound": lower_bound,
                "upper_bound": upper_bound,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"NumericalMetricValue takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['numerical']", d.pop("type"))
        if type_ != "numerical":
            raise ValueError(f"type must match const 'numerical', got '{type_}'")

        lower_bound = d.pop("lower_bound")

        upper_bound = d.pop("upper_bound")

        numerical_metric_value = cls(
            type_=type_,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
        )

        numerical_metric_value.additional_properties = d
        return numerical_metric_value

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping

    from typing_extensions import Required, TypedDict

    NumericalMetricValueParam = TypedDict(
        "NumericalMetricValueParam",
        {
            "type": Required[Literal["numerical"]],
            "lower_bound": Required[float],
            "upper_bound": Required[float],
        },
        total=False,
    )
