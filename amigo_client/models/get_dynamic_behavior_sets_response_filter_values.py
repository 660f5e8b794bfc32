from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetDynamicBehaviorSetsResponseFilterValues")


@_attrs_define
class GetDynamicBehaviorSetsResponseFilterValues:
    """The distinct filter values found among the matching sets.

    Attributes:
        applied_to_services_ids (list[str]): Service IDs that have sets applied.
        creators (list[DynamicBehaviorSetUserInfo]): Users who created the matching sets.
        tags (list[str]): Tag keys used by the matching sets.
    """

    applied_to_services_ids: list[str]
    creators: list[DynamicBehaviorSetUserInfo]
    tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied_to_services_ids = self.applied_to_services_ids

        creators = []
        for creators_item_data in self.creators:
            creators_item = creators_item_data.to_dict()
            creators.append(creators_item)

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied_to_services_ids": applied_to_services_ids,
                "creators": creators,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetDynamicBehaviorSetsResponseFilterValues takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        applied_to_services_ids = cast("list[str]", d.pop("applied_to_services_ids"))

        _creators_value = d.pop("creators")
        try:
            creators: list[DynamicBehaviorSetUserInfo] = []
            _creators = _creators_value
            for creators_item_data in _creators:
                try:
                    creators_item = DynamicBehaviorSetUserInfo.from_dict(creators_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(creators))
                    raise
                creators.append(creators_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creators")
            raise

        tags = cast("list[str]", d.pop("tags"))

        get_dynamic_behavior_sets_response_filter_values = cls(
            applied_to_services_ids=applied_to_services_ids,
            creators=creators,
            tags=tags,
        )

        get_dynamic_behavior_sets_response_filter_values.additional_properties = d
        return get_dynamic_behavior_sets_response_filter_values

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["applied_to_services_ids", "creators", "tags"])

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
from ..models.dynamic_behavior_set_user_info import DynamicBehaviorSetUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .dynamic_behavior_set_user_info import DynamicBehaviorSetUserInfoParam

    GetDynamicBehaviorSetsResponseFilterValuesParam = TypedDict(
        "GetDynamicBehaviorSetsResponseFilterValuesParam",
        {
            "applied_to_services_ids": Required[List[str]],
            "creators": Required[Sequence[Union[DynamicBehaviorSetUserInfoParam, DynamicBehaviorSetUserInfo]]],
            "tags": Required[List[str]],
        },
        total=False,
    )
