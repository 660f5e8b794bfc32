from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="ToolCallLog")


@_attrs_define
class ToolCallLog:
    """Record of one tool call.

    Attributes:
        tool_name (str): Tool name.
        tool_id (str): Tool ID.
        tool_version (str): Tool version.
        input_ (ToolCallLogInput): Arguments passed to the tool.
        output (None | str): Tool output; null when the output was not kept.
        duration (float): Run time in seconds.
    """

    tool_name: str
    tool_id: str
    tool_version: str
    output: None | str
    duration: float
    input_: ToolCallLogInput = _attrs_field(factory=lambda: ToolCallLogInput())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        tool_id = self.tool_id

        tool_version = self.tool_version

        input_ = self.input_.to_dict()

        output: None | str
        output = self.output

        duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
                "tool_id": tool_id,
                "tool_version": tool_version,
                "input": input_,
                "output": output,
                "duration": duration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"ToolCallLog takes a mapping of its fields, not {type(src_dict).__name__}") from None
        tool_name = d.pop("tool_name")

        tool_id = d.pop("tool_id")

        tool_version = d.pop("tool_version")

        _input__value = d.pop("input")
        try:
            input_ = ToolCallLogInput.from_dict(_input__value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "input")
            raise

        def _parse_output(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        output = _parse_output(d.pop("output"))

        duration = d.pop("duration")

        tool_call_log = cls(
            tool_name=tool_name,
            tool_id=tool_id,
            tool_version=tool_version,
            input_=input_,
            output=output,
            duration=duration,
        )

        tool_call_log.additional_properties = d
        return tool_call_log

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
from ..models.tool_call_log_input import ToolCallLogInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    ToolCallLogParam = TypedDict(
        "ToolCallLogParam",
        {
            "tool_name": Required[str],
            "tool_id": Required[str],
            "tool_version": Required[str],
            "input": Required[Union[Mapping[str, Any], ToolCallLogInput]],
            "output": Required[Union[str, None]],
            "duration": Required[float],
        },
        total=False,
    )
