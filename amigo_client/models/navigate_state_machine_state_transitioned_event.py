from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="NavigateStateMachineStateTransitionedEvent")


@_attrs_define
class NavigateStateMachineStateTransitionedEvent:
    """The agent moved to another state.

    Attributes:
        prev_state (str): State left.
        prev_state_state_machine_version_info (list[int | str]): (state machine ID, version) of the state left.
        next_state (str): State entered.
        next_state_state_machine_version_info (list[int | str]): (state machine ID, version) of the state entered.
        type_ (Literal['navigate-state-machine-state-transitioned'] | Unset): Always `navigate-state-machine-state-
            transitioned`. Default: 'navigate-state-machine-state-transitioned'.
    """

    prev_state: str
    prev_state_state_machine_version_info: list[int | str]
    next_state: str
    next_state_state_machine_version_info: list[int | str]
    type_: Literal["navigate-state-machine-state-transitioned"] | Unset = "navigate-state-machine-state-transitioned"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prev_state = self.prev_state

        prev_state_state_machine_version_info = []
        for prev_state_state_machine_version_info_item_data in self.prev_state_state_machine_version_info:
            prev_state_state_machine_version_info_item: int | str
            prev_state_state_machine_version_info_item = prev_state_state_machine_version_info_item_data
            prev_state_state_machine_version_info.append(prev_state_state_machine_version_info_item)

        next_state = self.next_state

        next_state_state_machine_version_info = []
        for next_state_state_machine_version_info_item_data in self.next_state_state_machine_version_info:
            next_state_state_machine_version_info_item: int | str
            next_state_state_machine_version_info_item = next_state_state_machine_version_info_item_data
            next_state_state_machine_version_info.append(next_state_state_machine_version_info_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prev_state": prev_state,
                "prev_state_state_machine_version_info": prev_state_state_machine_version_info,
                "next_state": next_state,
                "next_state_state_machine_version_info": next_state_state_machine_version_info,
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
                f"NavigateStateMachineStateTransitionedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        prev_state = d.pop("prev_state")

        prev_state_state_machine_version_info: list[int | str] = []
        _prev_state_state_machine_version_info = d.pop("prev_state_state_machine_version_info")
        for prev_state_state_machine_version_info_item_data in _prev_state_state_machine_version_info:
            try:

                def _parse_prev_state_state_machine_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                prev_state_state_machine_version_info_item = _parse_prev_state_state_machine_version_info_item(
                    prev_state_state_machine_version_info_item_data
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(prev_state_state_machine_version_info))
                raise
            prev_state_state_machine_version_info.append(prev_state_state_machine_version_info_item)

        next_state = d.pop("next_state")

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

        type_ = cast("Literal['navigate-state-machine-state-transitioned'] | Unset", d.pop("type", UNSET))
        if type_ != "navigate-state-machine-state-transitioned" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'navigate-state-machine-state-transitioned', got '{type_}'")

        navigate_state_machine_state_transitioned_event = cls(
            prev_state=prev_state,
            prev_state_state_machine_version_info=prev_state_state_machine_version_info,
            next_state=next_state,
            next_state_state_machine_version_info=next_state_state_machine_version_info,
            type_=type_,
        )

        navigate_state_machine_state_transitioned_event.additional_properties = d
        return navigate_state_machine_state_transitioned_event

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["prev_state_state_machine_version_info", "next_state_state_machine_version_info"])

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

    NavigateStateMachineStateTransitionedEventParam = TypedDict(
        "NavigateStateMachineStateTransitionedEventParam",
        {
            "prev_state": Required[str],
            "prev_state_state_machine_version_info": Required[List[Union[str, int]]],
            "next_state": Required[str],
            "next_state_state_machine_version_info": Required[List[Union[str, int]]],
            "type": Literal["navigate-state-machine-state-transitioned"],
        },
        total=False,
    )
