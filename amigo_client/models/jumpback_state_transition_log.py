from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="JumpbackStateTransitionLog")


@_attrs_define
class JumpbackStateTransitionLog:
    """Jumping back to an earlier state.

    Attributes:
        previous_state (str): State left.
        previous_service_hierarchical_state_machine_version_info (list[int | str]): (state machine ID, version) of the
            state left.
        next_state (str): State entered.
        next_service_hierarchical_state_machine_version_info (list[int | str]): (state machine ID, version) of the state
            entered.
        type_ (Literal['jumpback'] | Unset): Always `jumpback`. Default: 'jumpback'.
    """

    previous_state: str
    previous_service_hierarchical_state_machine_version_info: list[int | str]
    next_state: str
    next_service_hierarchical_state_machine_version_info: list[int | str]
    type_: Literal["jumpback"] | Unset = "jumpback"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_state = self.previous_state

        previous_service_hierarchical_state_machine_version_info = []
        for (
            previous_service_hierarchical_state_machine_version_info_item_data
        ) in self.previous_service_hierarchical_state_machine_version_info:
            previous_service_hierarchical_state_machine_version_info_item: int | str
            previous_service_hierarchical_state_machine_version_info_item = (
                previous_service_hierarchical_state_machine_version_info_item_data
            )
            previous_service_hierarchical_state_machine_version_info.append(
                previous_service_hierarchical_state_machine_version_info_item
            )

        next_state = self.next_state

        next_service_hierarchical_state_machine_version_info = []
        for (
            next_service_hierarchical_state_machine_version_info_item_data
        ) in self.next_service_hierarchical_state_machine_version_info:
            next_service_hierarchical_state_machine_version_info_item: int | str
            next_service_hierarchical_state_machine_version_info_item = (
                next_service_hierarchical_state_machine_version_info_item_data
            )
            next_service_hierarchical_state_machine_version_info.append(
                next_service_hierarchical_state_machine_version_info_item
            )

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previous_state": previous_state,
                "previous_service_hierarchical_state_machine_version_info": previous_service_hierarchical_state_machine_version_info,
                "next_state": next_state,
                "next_service_hierarchical_state_machine_version_info": next_service_hierarchical_state_machine_version_info,
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
                f"JumpbackStateTransitionLog takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        previous_state = d.pop("previous_state")

        previous_service_hierarchical_state_machine_version_info: list[int | str] = []
        _previous_service_hierarchical_state_machine_version_info = d.pop(
            "previous_service_hierarchical_state_machine_version_info"
        )
        for (
            previous_service_hierarchical_state_machine_version_info_item_data
        ) in _previous_service_hierarchical_state_machine_version_info:
            try:

                def _parse_previous_service_hierarchical_state_machine_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                previous_service_hierarchical_state_machine_version_info_item = (
                    _parse_previous_service_hierarchical_state_machine_version_info_item(
                        previous_service_hierarchical_state_machine_version_info_item_data
                    )
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(previous_service_hierarchical_state_machine_version_info))
                raise
            previous_service_hierarchical_state_machine_version_info.append(
                previous_service_hierarchical_state_machine_version_info_item
            )

        next_state = d.pop("next_state")

        next_service_hierarchical_state_machine_version_info: list[int | str] = []
        _next_service_hierarchical_state_machine_version_info = d.pop(
            "next_service_hierarchical_state_machine_version_info"
        )
        for (
            next_service_hierarchical_state_machine_version_info_item_data
        ) in _next_service_hierarchical_state_machine_version_info:
            try:

                def _parse_next_service_hierarchical_state_machine_version_info_item(data: object) -> int | str:

                    return cast("int | str", data)

                next_service_hierarchical_state_machine_version_info_item = (
                    _parse_next_service_hierarchical_state_machine_version_info_item(
                        next_service_hierarchical_state_machine_version_info_item_data
                    )
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(next_service_hierarchical_state_machine_version_info))
                raise
            next_service_hierarchical_state_machine_version_info.append(
                next_service_hierarchical_state_machine_version_info_item
            )

        type_ = cast("Literal['jumpback'] | Unset", d.pop("type", UNSET))
        if type_ != "jumpback" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'jumpback', got '{type_}'")

        jumpback_state_transition_log = cls(
            previous_state=previous_state,
            previous_service_hierarchical_state_machine_version_info=previous_service_hierarchical_state_machine_version_info,
            next_state=next_state,
            next_service_hierarchical_state_machine_version_info=next_service_hierarchical_state_machine_version_info,
            type_=type_,
        )

        jumpback_state_transition_log.additional_properties = d
        return jumpback_state_transition_log

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(
                self,
                [
                    "previous_service_hierarchical_state_machine_version_info",
                    "next_service_hierarchical_state_machine_version_info",
                ],
            )

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

    JumpbackStateTransitionLogParam = TypedDict(
        "JumpbackStateTransitionLogParam",
        {
            "previous_state": Required[str],
            "previous_service_hierarchical_state_machine_version_info": Required[List[Union[str, int]]],
            "next_state": Required[str],
            "next_service_hierarchical_state_machine_version_info": Required[List[Union[str, int]]],
            "type": Literal["jumpback"],
        },
        total=False,
    )
