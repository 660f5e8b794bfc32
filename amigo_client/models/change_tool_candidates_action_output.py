from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="ChangeToolCandidatesActionOutput")


@_attrs_define
class ChangeToolCandidatesActionOutput:
    """Action that offers extra tools to the agent.

    Attributes:
        type_ (Literal['change-tool-candidates']): Always `change-tool-candidates`.
        tool_call_specs (list[ChangeToolCandidatesActionToolCallSpec]): Extra tools the agent's models may call while
            this behavior is active.
        overrides_existing_tool_call_specs (bool): Whether these tools replace the ones already available rather than
            add to them.
    """

    type_: Literal["change-tool-candidates"]
    tool_call_specs: list[ChangeToolCandidatesActionToolCallSpec]
    overrides_existing_tool_call_specs: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tool_call_specs = []
        for tool_call_specs_item_data in self.tool_call_specs:
            tool_call_specs_item = tool_call_specs_item_data.to_dict()
            tool_call_specs.append(tool_call_specs_item)

        overrides_existing_tool_call_specs = self.overrides_existing_tool_call_specs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "tool_call_specs": tool_call_specs,
                "overrides_existing_tool_call_specs": overrides_existing_tool_call_specs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ChangeToolCandidatesActionOutput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['change-tool-candidates']", d.pop("type"))
        if type_ != "change-tool-candidates":
            raise ValueError(f"type must match const 'change-tool-candidates', got '{type_}'")

        _tool_call_specs_value = d.pop("tool_call_specs")
        try:
            tool_call_specs: list[ChangeToolCandidatesActionToolCallSpec] = []
            _tool_call_specs = _tool_call_specs_value
            for tool_call_specs_item_data in _tool_call_specs:
                try:
                    tool_call_specs_item = ChangeToolCandidatesActionToolCallSpec.from_dict(tool_call_specs_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tool_call_specs))
                    raise
                tool_call_specs.append(tool_call_specs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_call_specs")
            raise

        overrides_existing_tool_call_specs = d.pop("overrides_existing_tool_call_specs")

        change_tool_candidates_action_output = cls(
            type_=type_,
            tool_call_specs=tool_call_specs,
            overrides_existing_tool_call_specs=overrides_existing_tool_call_specs,
        )

        change_tool_candidates_action_output.additional_properties = d
        return change_tool_candidates_action_output

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["tool_call_specs"])

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
from ..models.change_tool_candidates_action_tool_call_spec import ChangeToolCandidatesActionToolCallSpec

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .change_tool_candidates_action_tool_call_spec import ChangeToolCandidatesActionToolCallSpecParam

    ChangeToolCandidatesActionOutputParam = TypedDict(
        "ChangeToolCandidatesActionOutputParam",
        {
            "type": Required[Literal["change-tool-candidates"]],
            "tool_call_specs": Required[
                Sequence[Union[ChangeToolCandidatesActionToolCallSpecParam, ChangeToolCandidatesActionToolCallSpec]]
            ],
            "overrides_existing_tool_call_specs": Required[bool],
        },
        total=False,
    )
