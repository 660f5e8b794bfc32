from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="ToolCallStateInput")


@_attrs_define
class ToolCallStateInput:
    """A tool-call state, as sent in a new version; see `ToolCallStateOutput`.

    Attributes:
        type_ (Literal['tool-call']): Always `tool-call`.
        name (str): Name of the state.
        next_state (list[str] | str): Where to go after the call; see `ExitConditionOutput.next_state` for the two
            forms.
        designated_tool (CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec): A tool the agent may call, as
            sent in a new state machine version.
        designated_tool_call_params_generation_audio_fillers (list[str]): Phrases spoken in voice mode while the tool's
            input is being worked out.
        designated_tool_call_params_generation_audio_filler_triggered_after (float): Seconds after input generation
            starts before a filler phrase is spoken.
        designated_tool_call_objective (str): What a good call achieves for the user and the conversation; frames
            intent, not the tool's mechanics.
        designated_tool_call_context (str): Short note on the gap in the conversation this call fills; only needed when
            the graph does not make it obvious.
        designated_tool_call_guidances (list[str]): Soft tips for building good input; may be empty.
        designated_tool_call_validations (list[str]): Hard checks the input must pass before the tool runs; may be
            empty.
        tool_call_specs (list[CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec]): Other tools the agent
            may call to help build the input.
    """

    type_: Literal["tool-call"]
    name: str
    next_state: list[str] | str
    designated_tool: CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec
    designated_tool_call_params_generation_audio_fillers: list[str]
    designated_tool_call_params_generation_audio_filler_triggered_after: float
    designated_tool_call_objective: str
    designated_tool_call_context: str
    designated_tool_call_guidances: list[str]
    designated_tool_call_validations: list[str]
    tool_call_specs: list[CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        next_state: list[str] | str
        if isinstance(self.next_state, list):
            next_state = []
            for next_state_type_1_item_data in self.next_state:
                next_state_type_1_item: str
                next_state_type_1_item = next_state_type_1_item_data
                next_state.append(next_state_type_1_item)

        else:
            next_state = self.next_state

        designated_tool = self.designated_tool.to_dict()

        designated_tool_call_params_generation_audio_fillers = self.designated_tool_call_params_generation_audio_fillers

        designated_tool_call_params_generation_audio_filler_triggered_after = (
            self.designated_tool_call_params_generation_audio_filler_triggered_after
        )

        designated_tool_call_objective = self.designated_tool_call_objective

        designated_tool_call_context = self.designated_tool_call_context

        designated_tool_call_guidances = self.designated_tool_call_guidances

        designated_tool_call_validations = self.designated_tool_call_validations

        tool_call_specs = []
        for tool_call_specs_item_data in self.tool_call_specs:
            tool_call_specs_item = tool_call_specs_item_data.to_dict()
            tool_call_specs.append(tool_call_specs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "next_state": next_state,
                "designated_tool": designated_tool,
                "designated_tool_call_params_generation_audio_fillers": designated_tool_call_params_generation_audio_fillers,
                "designated_tool_call_params_generation_audio_filler_triggered_after": designated_tool_call_params_generation_audio_filler_triggered_after,
                "designated_tool_call_objective": designated_tool_call_objective,
                "designated_tool_call_context": designated_tool_call_context,
                "designated_tool_call_guidances": designated_tool_call_guidances,
                "designated_tool_call_validations": designated_tool_call_validations,
                "tool_call_specs": tool_call_specs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ToolCallStateInput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['tool-call']", d.pop("type"))
        if type_ != "tool-call":
            raise ValueError(f"type must match const 'tool-call', got '{type_}'")

        name = d.pop("name")

        def _parse_next_state(data: object) -> list[str] | str:

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    next_state_type_1: list[str] = []
                    _next_state_type_1 = data
                    for next_state_type_1_item_data in _next_state_type_1:
                        try:

                            def _parse_next_state_type_1_item(data: object) -> str:

                                return cast("str", data)

                            next_state_type_1_item = _parse_next_state_type_1_item(next_state_type_1_item_data)

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(next_state_type_1))
                            raise
                        next_state_type_1.append(next_state_type_1_item)

                    return next_state_type_1
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None and not isinstance(data, (str,)):
                raise failure
            return cast("list[str] | str", data)

        next_state = _parse_next_state(d.pop("next_state"))

        _designated_tool_value = d.pop("designated_tool")
        try:
            designated_tool = CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec.from_dict(
                _designated_tool_value
            )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "designated_tool")
            raise

        designated_tool_call_params_generation_audio_fillers = cast(
            "list[str]", d.pop("designated_tool_call_params_generation_audio_fillers")
        )

        designated_tool_call_params_generation_audio_filler_triggered_after = d.pop(
            "designated_tool_call_params_generation_audio_filler_triggered_after"
        )

        designated_tool_call_objective = d.pop("designated_tool_call_objective")

        designated_tool_call_context = d.pop("designated_tool_call_context")

        designated_tool_call_guidances = cast("list[str]", d.pop("designated_tool_call_guidances"))

        designated_tool_call_validations = cast("list[str]", d.pop("designated_tool_call_validations"))

        _tool_call_specs_value = d.pop("tool_call_specs")
        try:
            tool_call_specs: list[CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec] = []
            _tool_call_specs = _tool_call_specs_value
            for tool_call_specs_item_data in _tool_call_specs:
                try:
                    tool_call_specs_item = CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec.from_dict(
                        tool_call_specs_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tool_call_specs))
                    raise
                tool_call_specs.append(tool_call_specs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tool_call_specs")
            raise

        tool_call_state_input = cls(
            type_=type_,
            name=name,
            next_state=next_state,
            designated_tool=designated_tool,
            designated_tool_call_params_generation_audio_fillers=designated_tool_call_params_generation_audio_fillers,
            designated_tool_call_params_generation_audio_filler_triggered_after=designated_tool_call_params_generation_audio_filler_triggered_after,
            designated_tool_call_objective=designated_tool_call_objective,
            designated_tool_call_context=designated_tool_call_context,
            designated_tool_call_guidances=designated_tool_call_guidances,
            designated_tool_call_validations=designated_tool_call_validations,
            tool_call_specs=tool_call_specs,
        )

        tool_call_state_input.additional_properties = d
        return tool_call_state_input

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(
                self,
                [
                    "designated_tool_call_params_generation_audio_fillers",
                    "designated_tool_call_guidances",
                    "designated_tool_call_validations",
                    "tool_call_specs",
                ],
            )

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
from ..models.create_service_hierarchical_state_machine_version_request_tool_call_spec import (
    CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec,
)

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Literal, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .create_service_hierarchical_state_machine_version_request_tool_call_spec import (
        CreateServiceHierarchicalStateMachineVersionRequestToolCallSpecParam,
    )

    ToolCallStateInputParam = TypedDict(
        "ToolCallStateInputParam",
        {
            "type": Required[Literal["tool-call"]],
            "name": Required[str],
            "next_state": Required[Union[str, List[Union[str]]]],
            "designated_tool": Required[
                Union[
                    CreateServiceHierarchicalStateMachineVersionRequestToolCallSpecParam,
                    CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec,
                ]
            ],
            "designated_tool_call_params_generation_audio_fillers": Required[List[str]],
            "designated_tool_call_params_generation_audio_filler_triggered_after": Required[float],
            "designated_tool_call_objective": Required[str],
            "designated_tool_call_context": Required[str],
            "designated_tool_call_guidances": Required[List[str]],
            "designated_tool_call_validations": Required[List[str]],
            "tool_call_specs": Required[
                Sequence[
                    Union[
                        CreateServiceHierarchicalStateMachineVersionRequestToolCallSpecParam,
                        CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec,
                    ]
                ]
            ],
        },
        total=False,
    )
