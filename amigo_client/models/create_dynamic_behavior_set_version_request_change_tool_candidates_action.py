from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction")


@_attrs_define
class CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction:
    """Action that offers extra tools to the agent, as sent in a new version.

    Attributes:
        type_ (Literal['change-tool-candidates']): Always `change-tool-candidates`.
        tool_call_specs (list[CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec]): Tools to
            make available.
        overrides_existing_tool_call_specs (bool): When true, these tools replace the state's own tool list instead of
            adding to it.
    """

    type_: Literal["change-tool-candidates"]
    tool_call_specs: list[CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec]
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
                f"CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['change-tool-candidates']", d.pop("type"))
        if type_ != "change-tool-candidates":
            raise ValueError(f"type must match const 'change-tool-candidates', got '{type_}'")

        _tool_call_specs_value = d.pop("tool_call_specs")
        try:
            tool_call_specs: list[CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec] = []
            _tool_call_specs = _tool_call_specs_value
            for tool_call_specs_item_data in _tool_call_specs:
                try:
                    tool_call_specs_item = (
                        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec.from_dict(
                            tool_call_specs_item_data
                        )
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tool_call_specs))
                    raise
                tool_call_specs.append(tool_call_specs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_call_specs")
            raise

        overrides_existing_tool_call_specs = d.pop("overrides_existing_tool_call_specs")

        create_dynamic_behavior_set_version_request_change_tool_candidates_action = cls(
            type_=type_,
            tool_call_specs=tool_call_specs,
            overrides_existing_tool_call_specs=overrides_existing_tool_call_specs,
        )

        create_dynamic_behavior_set_version_request_change_tool_candidates_action.additional_properties = d
        return create_dynamic_behavior_set_version_request_change_tool_candidates_action

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
from ..models.create_dynamic_behavior_set_version_request_change_tool_candidates_action_tool_call_spec import (
    CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec,
)

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .create_dynamic_behavior_set_version_request_change_tool_candidates_action_tool_call_spec import (
        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpecParam,
    )

    CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionParam = TypedDict(
        "CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionParam",
        {
            "type": Required[Literal["change-tool-candidates"]],
            "tool_call_specs": Required[
                Sequence[
                    Union[
                        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpecParam,
                        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec,
                    ]
                ]
            ],
            "overrides_existing_tool_call_specs": Required[bool],
        },
        total=False,
    )
