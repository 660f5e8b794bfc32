from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="GenerateToolParamsDesignatedToolCallParamsGeneratedEvent")


@_attrs_define
class GenerateToolParamsDesignatedToolCallParamsGeneratedEvent:
    """Arguments for the designated tool were generated.

    Attributes:
        tool_id (str): Tool ID.
        tool_version (str): Tool version.
        tool_call_params (GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams): The generated
            arguments.
        type_ (Literal['designated-tool-call-params-generated'] | Unset): Always `designated-tool-call-params-
            generated`. Default: 'designated-tool-call-params-generated'.
    """

    tool_id: str
    tool_version: str
    tool_call_params: GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams = _attrs_field(
        factory=lambda: GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams()
    )
    type_: Literal["designated-tool-call-params-generated"] | Unset = "designated-tool-call-params-generated"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        tool_version = self.tool_version

        tool_call_params = self.tool_call_params.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_id": tool_id,
                "tool_version": tool_version,
                "tool_call_params": tool_call_params,
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
                f"GenerateToolParamsDesignatedToolCallParamsGeneratedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        tool_id = d.pop("tool_id")

        tool_version = d.pop("tool_version")

        _tool_call_params_value = d.pop("tool_call_params")
        try:
            tool_call_params = GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams.from_dict(
                _tool_call_params_value
            )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_call_params")
            raise

        type_ = cast("Literal['designated-tool-call-params-generated'] | Unset", d.pop("type", UNSET))
        if type_ != "designated-tool-call-params-generated" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'designated-tool-call-params-generated', got '{type_}'")

        generate_tool_params_designated_tool_call_params_generated_event = cls(
            tool_id=tool_id,
            tool_version=tool_version,
            tool_call_params=tool_call_params,
            type_=type_,
        )

        generate_tool_params_designated_tool_call_params_generated_event.additional_properties = d
        return generate_tool_params_designated_tool_call_params_generated_event

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
from ..models.generate_tool_params_designated_tool_call_params_generated_event_tool_call_params import (
    GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams,
)

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    GenerateToolParamsDesignatedToolCallParamsGeneratedEventParam = TypedDict(
        "GenerateToolParamsDesignatedToolCallParamsGeneratedEventParam",
        {
            "tool_id": Required[str],
            "tool_version": Required[str],
            "tool_call_params": Required[
                Union[Mapping[str, Any], GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams]
            ],
            "type": Literal["designated-tool-call-params-generated"],
        },
        total=False,
    )
