from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ToolCallEndedEvent")


@_attrs_define
class ToolCallEndedEvent:
    """A tool run finished.

    Attributes:
        tool_round_index (int): Tool-call round within the current LLM exchange.
        tool_id (str): Tool ID.
        tool_version (str): Tool version.
        input_parameters (ToolCallEndedEventInputParameters): Arguments passed to the tool.
        result (str): What the tool returned.
        duration (float): Run time in seconds.
        type_ (Literal['tool-call-ended'] | Unset): Always `tool-call-ended`. Default: 'tool-call-ended'.
    """

    tool_round_index: int
    tool_id: str
    tool_version: str
    result: str
    duration: float
    input_parameters: ToolCallEndedEventInputParameters = _attrs_field(
        factory=lambda: ToolCallEndedEventInputParameters()
    )
    type_: Literal["tool-call-ended"] | Unset = "tool-call-ended"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_round_index = self.tool_round_index

        tool_id = self.tool_id

        tool_version = self.tool_version

        input_parameters = self.input_parameters.to_dict()

        result = self.result

        duration = self.duration

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_round_index": tool_round_index,
                "tool_id": tool_id,
                "tool_version": tool_version,
                "input_parameters": input_parameters,
                "result": result,
                "duration": duration,
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
                f"ToolCallEndedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        tool_round_index = d.pop("tool_round_index")

        tool_id = d.pop("tool_id")

        tool_version = d.pop("tool_version")

        _input_parameters_value = d.pop("input_parameters")
        try:
            input_parameters = ToolCallEndedEventInputParameters.from_dict(_input_parameters_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "input_parameters")
            raise

        result = d.pop("result")

        duration = d.pop("duration")

        type_ = cast("Literal['tool-call-ended'] | Unset", d.pop("type", UNSET))
        if type_ != "tool-call-ended" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'tool-call-ended', got '{type_}'")

        tool_call_ended_event = cls(
            tool_round_index=tool_round_index,
            tool_id=tool_id,
            tool_version=tool_version,
            input_parameters=input_parameters,
            result=result,
            duration=duration,
            type_=type_,
        )

        tool_call_ended_event.additional_properties = d
        return tool_call_ended_event

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
from ..models.tool_call_ended_event_input_parameters import ToolCallEndedEventInputParameters

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    ToolCallEndedEventParam = TypedDict(
        "ToolCallEndedEventParam",
        {
            "tool_round_index": Required[int],
            "tool_id": Required[str],
            "tool_version": Required[str],
            "input_parameters": Required[Union[Mapping[str, Any], ToolCallEndedEventInputParameters]],
            "result": Required[str],
            "duration": Required[float],
            "type": Literal["tool-call-ended"],
        },
        total=False,
    )
