from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NavigateStateMachineDynamicBehaviorOverrideEvent")


@_attrs_define
class NavigateStateMachineDynamicBehaviorOverrideEvent:
    """A dynamic behavior set was merged into the current state's instructions.

    Attributes:
        overriding_instructions (bool): Whether the set replaces the instructions this turn.
        overriding_tool_candidates (bool): Whether the set replaces the available tools this turn.
        type_ (Literal['navigate-state-machine-dynamic-behavior-override'] | Unset): Always `navigate-state-machine-
            dynamic-behavior-override`. Default: 'navigate-state-machine-dynamic-behavior-override'.
    """

    overriding_instructions: bool
    overriding_tool_candidates: bool
    type_: Literal["navigate-state-machine-dynamic-behavior-override"] | Unset = (
        "navigate-state-machine-dynamic-behavior-override"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overriding_instructions = self.overriding_instructions

        overriding_tool_candidates = self.overriding_tool_candidates

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overriding_instructions": overriding_instructions,
                "overriding_tool_candidates": overriding_tool_candidates,
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
                f"NavigateStateMachineDynamicBehaviorOverrideEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        overriding_instructions = d.pop("overriding_instructions")

        overriding_tool_candidates = d.pop("overriding_tool_candidates")

        type_ = cast("Literal['navigate-state-machine-dynamic-behavior-override'] | Unset", d.pop("type", UNSET))
        if type_ != "navigate-state-machine-dynamic-behavior-override" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'navigate-state-machine-dynamic-behavior-override', got '{type_}'")

        navigate_state_machine_dynamic_behavior_override_event = cls(
            overriding_instructions=overriding_instructions,
            overriding_tool_candidates=overriding_tool_candidates,
            type_=type_,
        )

        navigate_state_machine_dynamic_behavior_override_event.additional_properties = d
        return navigate_state_machine_dynamic_behavior_override_event

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

    NavigateStateMachineDynamicBehaviorOverrideEventParam = TypedDict(
        "NavigateStateMachineDynamicBehaviorOverrideEventParam",
        {
            "overriding_instructions": Required[bool],
            "overriding_tool_candidates": Required[bool],
            "type": Literal["navigate-state-machine-dynamic-behavior-override"],
        },
        total=False,
    )
