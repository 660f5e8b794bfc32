from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="SearchDynamicBehaviorSetsResponse")


@_attrs_define
class SearchDynamicBehaviorSetsResponse:
    """Dynamic behavior sets matching a search.

    Attributes:
        dynamic_behavior_sets (list[DynamicBehaviorSetInstance]): The dynamic behavior sets that match the query.
    """

    dynamic_behavior_sets: list[DynamicBehaviorSetInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic_behavior_sets = []
        for dynamic_behavior_sets_item_data in self.dynamic_behavior_sets:
            dynamic_behavior_sets_item = dynamic_behavior_sets_item_data.to_dict()
            dynamic_behavior_sets.append(dynamic_behavior_sets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dynamic_behavior_sets": dynamic_behavior_sets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SearchDynamicBehaviorSetsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _dynamic_behavior_sets_value = d.pop("dynamic_behavior_sets")
        try:
            dynamic_behavior_sets: list[DynamicBehaviorSetInstance] = []
            _dynamic_behavior_sets = _dynamic_behavior_sets_value
            for dynamic_behavior_sets_item_data in _dynamic_behavior_sets:
                try:
                    dynamic_behavior_sets_item = DynamicBehaviorSetInstance.from_dict(dynamic_behavior_sets_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(dynamic_behavior_sets))
                    raise
                dynamic_behavior_sets.append(dynamic_behavior_sets_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "dynamic_behavior_sets")
            raise

        search_dynamic_behavior_sets_response = cls(
            dynamic_behavior_sets=dynamic_behavior_sets,
        )

        search_dynamic_behavior_sets_response.additional_properties = d
        return search_dynamic_behavior_sets_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["dynamic_behavior_sets"])

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
from ..models.dynamic_behavior_set_instance import DynamicBehaviorSetInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .dynamic_behavior_set_instance import DynamicBehaviorSetInstanceParam

    SearchDynamicBehaviorSetsResponseParam = TypedDict(
        "SearchDynamicBehaviorSetsResponseParam",
        {
            "dynamic_behavior_sets": Required[
                Sequence[Union[DynamicBehaviorSetInstanceParam, DynamicBehaviorSetInstance]]
            ],
        },
        total=False,
    )
