from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="NavigateStateMachineToolCallStateToolOutputAvailableEvent")


@_attrs_define
class NavigateStateMachineToolCallStateToolOutputAvailableEvent:
    """The designated tool of a tool-call state returned.

    Attributes:
        tool_id (str): Tool ID.
        tool_version (str): Tool version.
        tool_output (str): What the tool returned.
        duration (float): Seconds until the output arrived.
        input_arguments (NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments): Arguments the tool
            was called with.
        type_ (Literal['navigate-state-machine-tool-call-state-tool-output-available'] | Unset): Always `navigate-state-
            machine-tool-call-state-tool-output-available`. Default: 'navigate-state-machine-tool-call-state-tool-output-
            available'.
    """

    tool_id: str
    tool_version: str
    tool_output: str
    duration: float
    input_arguments: NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments = _attrs_field(
        factory=lambda: NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments()
    )
    type_: Literal["navigate-state-machine-tool-call-state-tool-output-available"] | Unset = (
        "navigate-state-machine-tool-call-state-tool-output-available"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        tool_version = self.tool_version

        tool_output = self.tool_output

        duration = self.duration

        input_arguments = self.input_arguments.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_id": tool_id,
                "tool_version": tool_version,
                "tool_output": tool_output,
                "duration": duration,
                "input_arguments": input_arguments,
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
                f"NavigateStateMachineToolCallStateToolOutputAvailableEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        tool_id = d.pop("tool_id")

        tool_version = d.pop("tool_version")

        tool_output = d.pop("tool_output")

        duration = d.pop("duration")

        _input_arguments_value = d.pop("input_arguments")
        try:
            input_arguments = NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments.from_dict(
                _input_arguments_value
            )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "input_arguments")
            raise

        type_ = cast(
            "Literal['navigate-state-machine-tool-call-state-tool-output-available'] | Unset", d.pop("type", UNSET)
        )
        if type_ != "navigate-state-machine-tool-call-state-tool-output-available" and not isinstance(type_, Unset):
            raise ValueError(
                f"type must match const 'navigate-state-machine-tool-call-state-tool-output-available', got '{type_}'"
            )

        navigate_state_machine_tool_call_state_tool_output_available_event = cls(
            tool_id=tool_id,
            tool_version=tool_version,
            tool_output=tool_output,
            duration=duration,
            input_arguments=input_arguments,
            type_=type_,
        )

        navigate_state_machine_tool_call_state_tool_output_available_event.additional_properties = d
        return navigate_state_machine_tool_call_state_tool_output_available_event

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


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.navigate_state_machine_tool_call_state_tool_output_available_event_input_arguments import (
    NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments,
)

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    NavigateStateMachineToolCallStateToolOutputAvailableEventParam = TypedDict(
        "NavigateStateMachineToolCallStateToolOutputAvailableEventParam",
        {
            "tool_id": Required[str],
            "tool_version": Required[str],
            "tool_output": Required[str],
            "duration": Required[float],
            "input_arguments": Required[
                Union[Mapping[str, Any], NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments]
            ],
            "type": Literal["navigate-state-machine-tool-call-state-tool-output-available"],
        },
        total=False,
    )
