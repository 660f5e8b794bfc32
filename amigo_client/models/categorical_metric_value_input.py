from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CategoricalMetricValueInput")


@_attrs_define
class CategoricalMetricValueInput:
    """A metric whose value is one of a fixed list of categories (request form).

    Attributes:
        type_ (Literal['categorical']): Always `categorical`.
        categories (list[str]): The categories an evaluation may choose from; at least one.
    """

    type_: Literal["categorical"]
    categories: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "categories": categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CategoricalMetricValueInput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['categorical']", d.pop("type"))
        if type_ != "categorical":
            raise ValueError(f"type must match const 'categorical', got '{type_}'")

        categories = cast("list[str]", d.pop("categories"))

        categorical_metric_value_input = cls(
            type_=type_,
            categories=categories,
        )

        categorical_metric_value_input.additional_properties = d
        return categorical_metric_value_input

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["categories"])

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

    CategoricalMetricValueInputParam = TypedDict(
        "CategoricalMetricValueInputParam",
        {
            "type": Required[Literal["categorical"]],
            "categories": Required[List[str]],
        },
        total=False,
    )
