from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ToolCallStartedEvent")


@_attrs_define
class ToolCallStartedEvent:
    """The agent began running a tool.

    Attributes:
        tool_round_index (int): Tool-call round within the current LLM exchange.
        tool_id (str): Tool ID.
        tool_version (str): Tool version.
        input_params (ToolCallStartedEventInputParams): Arguments passed to the tool.
        type_ (Literal['tool-call-started'] | Unset): Always `tool-call-started`. Default: 'tool-call-started'.
    """

    tool_round_index: int
    tool_id: str
    tool_version: str
    input_params: ToolCallStartedEventInputParams = _attrs_field(factory=lambda: ToolCallStartedEventInputParams())
    type_: Literal["tool-call-started"] | Unset = "tool-call-started"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_round_index = self.tool_round_index

        tool_id = self.tool_id

        tool_version = self.tool_version

        input_params = self.input_params.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_round_index": tool_round_index,
                "tool_id": tool_id,
                "tool_version": tool_version,
                "input_params": input_params,
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
                f"ToolCallStartedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        tool_round_index = d.pop("tool_round_index")

        tool_id = d.pop("tool_id")

        tool_version = d.pop("tool_version")

        _input_params_value = d.pop("input_params")
        try:
            input_params = ToolCallStartedEventInputParams.from_dict(_input_params_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "input_params")
            raise

        type_ = cast("Literal['tool-call-started'] | Unset", d.pop("type", UNSET))
        if type_ != "tool-call-started" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'tool-call-started', got '{type_}'")

        tool_call_started_event = cls(
            tool_round_index=tool_round_index,
            tool_id=tool_id,
            tool_version=tool_version,
            input_params=input_params,
            type_=type_,
        )

        tool_call_started_event.additional_properties = d
        return tool_call_started_event

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
from ..models.tool_call_started_event_input_params import ToolCallStartedEventInputParams

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    ToolCallStartedEventParam = TypedDict(
        "ToolCallStartedEventParam",
        {
            "tool_round_index": Required[int],
            "tool_id": Required[str],
            "tool_version": Required[str],
            "input_params": Required[Union[Mapping[str, Any], ToolCallStartedEventInputParams]],
            "type": Literal["tool-call-started"],
        },
        total=False,
    )
