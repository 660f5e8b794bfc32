from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateToolParamsDesignatedToolRetrievedEvent")


@_attrs_define
class GenerateToolParamsDesignatedToolRetrievedEvent:
    """The designated tool was loaded.

    Attributes:
        tool_id (str): Tool ID.
        tool_version (str): Tool version.
        type_ (Literal['designated-tool-retrieved'] | Unset): Always `designated-tool-retrieved`. Default: 'designated-
            tool-retrieved'.
    """

    tool_id: str
    tool_version: str
    type_: Literal["designated-tool-retrieved"] | Unset = "designated-tool-retrieved"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        tool_version = self.tool_version

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_id": tool_id,
                "tool_version": tool_version,
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
                f"GenerateToolParamsDesignatedToolRetrievedEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        tool_id = d.pop("tool_id")

        tool_version = d.pop("tool_version")

        type_ = cast("Literal['designated-tool-retrieved'] | Unset", d.pop("type", UNSET))
        if type_ != "designated-tool-retrieved" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'designated-tool-retrieved', got '{type_}'")

        generate_tool_params_designated_tool_retrieved_event = cls(
            tool_id=tool_id,
            tool_version=tool_version,
            type_=type_,
        )

        generate_tool_params_designated_tool_retrieved_event.additional_properties = d
        return generate_tool_params_designated_tool_retrieved_event

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

    GenerateToolParamsDesignatedToolRetrievedEventParam = TypedDict(
        "GenerateToolParamsDesignatedToolRetrievedEventParam",
        {
            "tool_id": Required[str],
            "tool_version": Required[str],
            "type": Literal["designated-tool-retrieved"],
        },
        total=False,
    )
