from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InjectInstructionActionInput")


@_attrs_define
class InjectInstructionActionInput:
    """Action that adds an instruction to the agent's current state.

    Attributes:
        type_ (Literal['inject-instruction']): Always `inject-instruction`.
        instruction (str): The instruction text to add.
        overrides_instructions (bool): Whether the state's own instruction is replaced rather than extended.
    """

    type_: Literal["inject-instruction"]
    instruction: str
    overrides_instructions: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        instruction = self.instruction

        overrides_instructions = self.overrides_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "instruction": instruction,
                "overrides_instructions": overrides_instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"InjectInstructionActionInput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['inject-instruction']", d.pop("type"))
        if type_ != "inject-instruction":
            raise ValueError(f"type must match const 'inject-instruction', got '{type_}'")

        instruction = d.pop("instruction")

        overrides_instructions = d.pop("overrides_instructions")

        inject_instruction_action_input = cls(
            type_=type_,
            instruction=instruction,
            overrides_instructions=overrides_instructions,
        )

        inject_instruction_action_input.additional_properties = d
        return inject_instruction_action_input

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

    InjectInstructionActionInputParam = TypedDict(
        "InjectInstructionActionInputParam",
        {
            "type": Required[Literal["inject-instruction"]],
            "instruction": Required[str],
            "overrides_instructions": Required[bool],
        },
        total=False,
    )
