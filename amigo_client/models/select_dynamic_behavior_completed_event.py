from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="SelectDynamicBehaviorCompletedEvent")


@_attrs_define
class SelectDynamicBehaviorCompletedEvent:
    """The dynamic behavior set for this turn has been picked.

    Attributes:
        selected_dynamic_behavior_set_version_info (list[int | str] | None): (ID, version) of the chosen set, or null.
        previous_selected_dynamic_behavior_set_version_info (list[int | str] | None): (ID, version) of the set chosen
            before, or null.
        type_ (Literal['select-dynamic-behavior-completed'] | Unset): Always `select-dynamic-behavior-completed`.
            Default: 'select-dynamic-behavior-completed'.
    """

    selected_dynamic_behavior_set_version_info: list[int | str] | None
    previous_selected_dynamic_behavior_set_version_info: list[int | str] | None
    type_: Literal["select-dynamic-behavior-completed"] | Unset = "select-dynamic-behavior-completed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selected_dynamic_behavior_set_version_info: list[int | str] | None
        if isinstance(self.selected_dynamic_behavior_set_version_info, list):
            selected_dynamic_behavior_set_version_info = []
            for (
                selected_dynamic_behavior_set_version_info_type_0_item_data
            ) in self.selected_dynamic_behavior_set_version_info:
                selected_dynamic_behavior_set_version_info_type_0_item: int | str
                selected_dynamic_behavior_set_version_info_type_0_item = (
                    selected_dynamic_behavior_set_version_info_type_0_item_data
                )
                selected_dynamic_behavior_set_version_info.append(
                    selected_dynamic_behavior_set_version_info_type_0_item
                )

        else:
            selected_dynamic_behavior_set_version_info = self.selected_dynamic_behavior_set_version_info

        previous_selected_dynamic_behavior_set_version_info: list[int | str] | None
        if isinstance(self.previous_selected_dynamic_behavior_set_version_info, list):
            previous_selected_dynamic_behavior_set_version_info = []
            for (
                previous_selected_dynamic_behavior_set_version_info_type_0_item_data
            ) in self.previous_selected_dynamic_behavior_set_version_info:
                previous_selected_dynamic_behavior_set_version_info_type_0_item: int | str
                previous_selected_dynamic_behavior_set_version_info_type_0_item = (
                    previous_selected_dynamic_behavior_set_version_info_type_0_item_data
                )
                previous_selected_dynamic_behavior_set_version_info.append(
                    previous_selected_dynamic_behavior_set_version_info_type_0_item
                )

        else:
            previous_selected_dynamic_behavior_set_version_info = (
                self.previous_selected_dynamic_behavior_set_version_info
            )

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selected_dynamic_behavior_set_version_info": selected_dynamic_behavior_set_version_info,
                "previous_selected_dynamic_behavior_set_version_info": previous_selected_dynamic_behavior_set_version_info,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SelectDynamicBehaviorCompletedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_selected_dynamic_behavior_set_version_info(data: object) -> list[int | str] | None:
            if data is None:
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    selected_dynamic_behavior_set_version_info_type_0: list[int | str] = []
                    _selected_dynamic_behavior_set_version_info_type_0 = data
                    for (
                        selected_dynamic_behavior_set_version_info_type_0_item_data
                    ) in _selected_dynamic_behavior_set_version_info_type_0:
                        try:

                            def _parse_selected_dynamic_behavior_set_version_info_type_0_item(
                                data: object,
                            ) -> int | str:

                                return cast("int | str", data)

                            selected_dynamic_behavior_set_version_info_type_0_item = (
                                _parse_selected_dynamic_behavior_set_version_info_type_0_item(
                                    selected_dynamic_behavior_set_version_info_type_0_item_data
                                )
                            )

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(selected_dynamic_behavior_set_version_info_type_0))
                            raise
                        selected_dynamic_behavior_set_version_info_type_0.append(
                            selected_dynamic_behavior_set_version_info_type_0_item
                        )

                    return selected_dynamic_behavior_set_version_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[int | str] | None", data)

        selected_dynamic_behavior_set_version_info = _parse_selected_dynamic_behavior_set_version_info(
            d.pop("selected_dynamic_behavior_set_version_info")
        )

        def _parse_previous_selected_dynamic_behavior_set_version_info(data: object) -> list[int | str] | None:
            if data is None:
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    previous_selected_dynamic_behavior_set_version_info_type_0: list[int | str] = []
                    _previous_selected_dynamic_behavior_set_version_info_type_0 = data
                    for (
                        previous_selected_dynamic_behavior_set_version_info_type_0_item_data
                    ) in _previous_selected_dynamic_behavior_set_version_info_type_0:
                        try:

                            def _parse_previous_selected_dynamic_behavior_set_version_info_type_0_item(
                                data: object,
                            ) -> int | str:

                                return cast("int | str", data)

                            previous_selected_dynamic_behavior_set_version_info_type_0_item = (
                                _parse_previous_selected_dynamic_behavior_set_version_info_type_0_item(
                                    previous_selected_dynamic_behavior_set_version_info_type_0_item_data
                                )
                            )

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(previous_selected_dynamic_behavior_set_version_info_type_0))
                            raise
                        previous_selected_dynamic_behavior_set_version_info_type_0.append(
                            previous_selected_dynamic_behavior_set_version_info_type_0_item
                        )

                    return previous_selected_dynamic_behavior_set_version_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[int | str] | None", data)

        previous_selected_dynamic_behavior_set_version_info = (
            _parse_previous_selected_dynamic_behavior_set_version_info(
                d.pop("previous_selected_dynamic_behavior_set_version_info")
            )
        )

        type_ = cast("Literal['select-dynamic-behavior-completed'] | Unset", d.pop("type", UNSET))
        if type_ != "select-dynamic-behavior-completed" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'select-dynamic-behavior-completed', got '{type_}'")

        select_dynamic_behavior_completed_event = cls(
            selected_dynamic_behavior_set_version_info=selected_dynamic_behavior_set_version_info,
            previous_selected_dynamic_behavior_set_version_info=previous_selected_dynamic_behavior_set_version_info,
            type_=type_,
        )

        select_dynamic_behavior_completed_event.additional_properties = d
        return select_dynamic_behavior_completed_event

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
    from typing import Any, List, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    SelectDynamicBehaviorCompletedEventParam = TypedDict(
        "SelectDynamicBehaviorCompletedEventParam",
        {
            "selected_dynamic_behavior_set_version_info": Required[Union[List[Union[str, int]], None]],
            "previous_selected_dynamic_behavior_set_version_info": Required[Union[List[Union[str, int]], None]],
            "type": Literal["select-dynamic-behavior-completed"],
        },
        total=False,
    )
