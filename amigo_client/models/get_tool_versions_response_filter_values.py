from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetToolVersionsResponseFilterValues")


@_attrs_define
class GetToolVersionsResponseFilterValues:
    """The values the dynamic filters of the version list can take right now.

    Attributes:
        creators (list[ToolVersionUserInfo]): Users who created versions of the tool.
    """

    creators: list[ToolVersionUserInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creators = []
        for creators_item_data in self.creators:
            creators_item = creators_item_data.to_dict()
            creators.append(creators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creators": creators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetToolVersionsResponseFilterValues takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _creators_value = d.pop("creators")
        try:
            creators: list[ToolVersionUserInfo] = []
            _creators = _creators_value
            for creators_item_data in _creators:
                try:
                    creators_item = ToolVersionUserInfo.from_dict(creators_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(creators))
                    raise
                creators.append(creators_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creators")
            raise

        get_tool_versions_response_filter_values = cls(
            creators=creators,
        )

        get_tool_versions_response_filter_values.additional_properties = d
        return get_tool_versions_response_filter_values

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["creators"])

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
from ..models.tool_version_user_info import ToolVersionUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .tool_version_user_info import ToolVersionUserInfoParam

    GetToolVersionsResponseFilterValuesParam = TypedDict(
        "GetToolVersionsResponseFilterValuesParam",
        {
            "creators": Required[Sequence[Union[ToolVersionUserInfoParam, ToolVersionUserInfo]]],
        },
        total=False,
    )
