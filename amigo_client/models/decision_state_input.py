from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="DecisionStateInput")


@_attrs_define
class DecisionStateInput:
    """A decision state, as sent in a new version; see `DecisionStateOutput`.

    Attributes:
        type_ (Literal['decision']): Always `decision`.
        name (str): Name of the state.
        exit_conditions (list[ExitConditionInput]): The conditions to choose from, each with its target.
        decision_guidelines (list[str]): Guidelines the agent follows when choosing.
        objective (str): Goal the agent pursues in this state.
        tool_call_specs (list[CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec]): Tools the agent may
            call here.
        audio_fillers (list[str]): Phrases spoken in voice mode while the choice of the next state takes long.
        audio_filler_triggered_after (float): Seconds of waiting before a filler phrase is spoken.
    """

    type_: Literal["decision"]
    name: str
    exit_conditions: list[ExitConditionInput]
    decision_guidelines: list[str]
    objective: str
    tool_call_specs: list[CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec]
    audio_fillers: list[str]
    audio_filler_triggered_after: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        exit_conditions = []
        for exit_conditions_item_data in self.exit_conditions:
            exit_conditions_item = exit_conditions_item_data.to_dict()
            exit_conditions.append(exit_conditions_item)

        decision_guidelines = self.decision_guidelines

        objective = self.objective

        tool_call_specs = []
        for tool_call_specs_item_data in self.tool_call_specs:
            tool_call_specs_item = tool_call_specs_item_data.to_dict()
            tool_call_specs.append(tool_call_specs_item)

        audio_fillers = self.audio_fillers

        audio_filler_triggered_after = self.audio_filler_triggered_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "exit_conditions": exit_conditions,
                "decision_guidelines": decision_guidelines,
                "objective": objective,
                "tool_call_specs": tool_call_specs,
                "audio_fillers": audio_fillers,
                "audio_filler_triggered_after": audio_filler_triggered_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"DecisionStateInput takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        type_ = cast("Literal['decision']", d.pop("type"))
        if type_ != "decision":
            raise ValueError(f"type must match const 'decision', got '{type_}'")

        name = d.pop("name")

        _exit_conditions_value = d.pop("exit_conditions")
        try:
            exit_conditions: list[ExitConditionInput] = []
            _exit_conditions = _exit_conditions_value
            for exit_conditions_item_data in _exit_conditions:
                try:
                    exit_conditions_item = ExitConditionInput.from_dict(exit_conditions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(exit_conditions))
                    raise
                exit_conditions.append(exit_conditions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "exit_conditions")
            raise

        decision_guidelines = cast("list[str]", d.pop("decision_guidelines"))

        objective = d.pop("objective")

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

        audio_fillers = cast("list[str]", d.pop("audio_fillers"))

        audio_filler_triggered_after = d.pop("audio_filler_triggered_after")

        decision_state_input = cls(
            type_=type_,
            name=name,
            exit_conditions=exit_conditions,
            decision_guidelines=decision_guidelines,
            objective=objective,
            tool_call_specs=tool_call_specs,
            audio_fillers=audio_fillers,
            audio_filler_triggered_after=audio_filler_triggered_after,
        )

        decision_state_input.additional_properties = d
        return decision_state_input

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["exit_conditions", "decision_guidelines", "tool_call_specs", "audio_fillers"])

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
from ..models.exit_condition_input import ExitConditionInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Literal, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .create_service_hierarchical_state_machine_version_request_tool_call_spec import (
        CreateServiceHierarchicalStateMachineVersionRequestToolCallSpecParam,
    )
    from .exit_condition_input import ExitConditionInputParam

    DecisionStateInputParam = TypedDict(
        "DecisionStateInputParam",
        {
            "type": Required[Literal["decision"]],
            "name": Required[str],
            "exit_conditions": Required[Sequence[Union[ExitConditionInputParam, ExitConditionInput]]],
            "decision_guidelines": Required[List[str]],
            "objective": Required[str],
            "tool_call_specs": Required[
                Sequence[
                    Union[
                        CreateServiceHierarchicalStateMachineVersionRequestToolCallSpecParam,
                        CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec,
                    ]
                ]
            ],
            "audio_fillers": Required[List[str]],
            "audio_filler_triggered_after": Required[float],
        },
        total=False,
    )
