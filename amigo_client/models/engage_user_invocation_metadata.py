from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="EngageUserInvocationMetadata")


@_attrs_define
class EngageUserInvocationMetadata:
    """A tool call made during an engage-user step, while the agent was talking with the user.

    Attributes:
        current_state_machine_and_version (list[int | str]): The running state machine, as an (ID, version) pair.
        tool_call_round_index (int): Which round of tool calls it was.
        type_ (Literal['engage-user'] | Unset): Always `engage-user`. Default: 'engage-user'.
    """

    current_state_machine_and_version: list[int | str]
    tool_call_round_index: int
    type_: Literal["engage-user"] | Unset = "engage-user"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_state_machine_and_version = []
        for current_state_machine_and_version_item_data in self.current_state_machine_and_version:
            current_state_machine_and_version_item: int | str
            current_state_machine_and_version_item = current_state_machine_and_version_item_data
            current_state_machine_and_version.append(current_state_machine_and_version_item)

        tool_call_round_index = self.tool_call_round_index

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_state_machine_and_version": current_state_machine_and_version,
                "tool_call_round_index": tool_call_round_index,
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
                f"EngageUserInvocationMetadata takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        current_state_machine_and_version: list[int | str] = []
        _current_state_machine_and_version = d.pop("current_state_machine_and_version")
        for current_state_machine_and_version_item_data in _current_state_machine_and_version:
            try:

                def _parse_current_state_machine_and_version_item(data: object) -> int | str:

                    return cast("int | str", data)

                current_state_machine_and_version_item = _parse_current_state_machine_and_version_item(
                    current_state_machine_and_version_item_data
                )

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(current_state_machine_and_version))
                raise
            current_state_machine_and_version.append(current_state_machine_and_version_item)

        tool_call_round_index = d.pop("tool_call_round_index")

        type_ = cast("Literal['engage-user'] | Unset", d.pop("type", UNSET))
        if type_ != "engage-user" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'engage-user', got '{type_}'")

        engage_user_invocation_metadata = cls(
            current_state_machine_and_version=current_state_machine_and_version,
            tool_call_round_index=tool_call_round_index,
            type_=type_,
        )

        engage_user_invocation_metadata.additional_properties = d
        return engage_user_invocation_metadata

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["current_state_machine_and_version"])

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

    EngageUserInvocationMetadataParam = TypedDict(
        "EngageUserInvocationMetadataParam",
        {
            "current_state_machine_and_version": Required[List[Union[str, int]]],
            "tool_call_round_index": Required[int],
            "type": Literal["engage-user"],
        },
        total=False,
    )
