from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="SearchToolInvocationsResponse")


@_attrs_define
class SearchToolInvocationsResponse:
    """Tool invocations matching a search.

    Attributes:
        tool_invocations (list[ToolInvocationInstance]): The matching invocations.
    """

    tool_invocations: list[ToolInvocationInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_invocations = []
        for tool_invocations_item_data in self.tool_invocations:
            tool_invocations_item = tool_invocations_item_data.to_dict()
            tool_invocations.append(tool_invocations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_invocations": tool_invocations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SearchToolInvocationsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _tool_invocations_value = d.pop("tool_invocations")
        try:
            tool_invocations: list[ToolInvocationInstance] = []
            _tool_invocations = _tool_invocations_value
            for tool_invocations_item_data in _tool_invocations:
                try:
                    tool_invocations_item = ToolInvocationInstance.from_dict(tool_invocations_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tool_invocations))
                    raise
                tool_invocations.append(tool_invocations_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_invocations")
            raise

        search_tool_invocations_response = cls(
            tool_invocations=tool_invocations,
        )

        search_tool_invocations_response.additional_properties = d
        return search_tool_invocations_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["tool_invocations"])

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
from ..models.tool_invocation_instance import ToolInvocationInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .tool_invocation_instance import ToolInvocationInstanceParam

    SearchToolInvocationsResponseParam = TypedDict(
        "SearchToolInvocationsResponseParam",
        {
            "tool_invocations": Required[Sequence[Union[ToolInvocationInstanceParam, ToolInvocationInstance]]],
        },
        total=False,
    )
