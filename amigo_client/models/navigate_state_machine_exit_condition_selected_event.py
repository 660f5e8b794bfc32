from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="NavigateStateMachineExitConditionSelectedEvent")


@_attrs_define
class NavigateStateMachineExitConditionSelectedEvent:
    """The agent picked an exit condition of the current state.

    Attributes:
        exit_condition (str): The chosen exit condition.
        next_state_state_machine_version_info (list[int | str]): (state machine ID, version) of the next state.
        next_state_name (str): Name of the next state.
        type_ (Literal['navigate-state-machine-exit-condition-selected'] | Unset): Always `navigate-state-machine-exit-
            condition-selected`. Default: 'navigate-state-machine-exit-condition-selected'.
    """

    exit_condition: str
    next_state_state_machine_version_info: list[int | str]
    next_state_name: str
    type_: Literal["navigate-state-machine-exit-condition-selected"] | Unset = (
        "navigate-state-machine-exit-condition-selected"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exit_condition = self.exit_condition

        next_state_state_machine_version_info = []
        for next_state_state_machine_version_info_item_data in self.next_state_state_machine_version_info:
            next_state_state_machine_version_info_item: int | str
            next_state_state_machine_version_info_item = next_state_state_machine_version_info_item_data
            next_state_state_machine_version_info.append(next_state_state_machine_version_info_item)

        next_state_name = self.next_state_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exit_condition": exit_condition,
                "next_state_state_machine_version_info": next_state_state_machine_version_info,
                "next_state_name": next_state_name,
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
                f"NavigateStateMachineExitConditionSelectedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        exit_condition = d.pop("exit_condition")

        next_state_state_machine_version_info: list[int | str] = []
        _next_state_state_machine_version_info = d.pop("next_state_state_machine_version_info")
        for next_state_state_machine_version_info_item_data in _next_state_state_machine_version_info:
            try:

                def _parse_next_state_state_machine_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                next_state_state_machine_version_info_item = _parse_next_state_state_machine_version_info_item(
                    next_state_state_machine_version_info_item_data
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(next_state_state_machine_version_info))
                raise
            next_state_state_machine_version_info.append(next_state_state_machine_version_info_item)

        next_state_name = d.pop("next_state_name")

        type_ = cast("Literal['navigate-state-machine-exit-condition-selected'] | Unset", d.pop("type", UNSET))
        if type_ != "navigate-state-machine-exit-condition-selected" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'navigate-state-machine-exit-condition-selected', got '{type_}'")

        navigate_state_machine_exit_condition_selected_event = cls(
            exit_condition=exit_condition,
            next_state_state_machine_version_info=next_state_state_machine_version_info,
            next_state_name=next_state_name,
            type_=type_,
        )

        navigate_state_machine_exit_condition_selected_event.additional_properties = d
        return navigate_state_machine_exit_condition_selected_event

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["next_state_state_machine_version_info"])

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

    NavigateStateMachineExitConditionSelectedEventParam = TypedDict(
        "NavigateStateMachineExitConditionSelectedEventParam",
        {
            "exit_condition": Required[str],
            "next_state_state_machine_version_info": Required[List[Union[str, int]]],
            "next_state_name": Required[str],
            "type": Literal["navigate-state-machine-exit-condition-selected"],
        },
        total=False,
    )
