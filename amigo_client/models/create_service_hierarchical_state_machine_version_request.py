from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateServiceHierarchicalStateMachineVersionRequest")


@_attrs_define
class CreateServiceHierarchicalStateMachineVersionRequest:
    """Complete definition of a new state machine version.

    Attributes:
        description (str): What the state machine is for.
        states (list[ActionStateInput | AnnotationStateInput | DecisionStateInput | RecallStateInput |
            ReflectionStateInput | ToolCallStateInput]): All states that belong to this machine.
        new_user_initial_state (str): State where a first-time user's session begins; an action state of this machine.
        returning_user_initial_state (str): State where a returning user's session begins; an action state of this
            machine.
        terminal_state (str): State a session ends in; an action state of this machine.
        references (CreateServiceHierarchicalStateMachineVersionRequestReferences): Other state machines this one can
            jump into, keyed by the name used in `next_state`, each given by ID and version.
        global_intra_state_navigation_guidelines (list[str]): Navigation guidelines added to every action state's
            `intra_state_navigation_guidelines`.
        global_action_guidelines (list[str]): Conduct guidelines added to every action state's `action_guidelines`.
        global_boundary_constraints (list[str]): Things the agent must not do, added to every action state's
            `boundary_constraints`.
    """

    description: str
    states: list[
        ActionStateInput
        | AnnotationStateInput
        | DecisionStateInput
        | RecallStateInput
        | ReflectionStateInput
        | ToolCallStateInput
    ]
    new_user_initial_state: str
    returning_user_initial_state: str
    terminal_state: str
    global_intra_state_navigation_guidelines: list[str]
    global_action_guidelines: list[str]
    global_boundary_constraints: list[str]
    references: CreateServiceHierarchicalStateMachineVersionRequestReferences = _attrs_field(
        factory=lambda: CreateServiceHierarchicalStateMachineVersionRequestReferences()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        states = []
        for states_item_data in self.states:
            states_item: dict[str, Any]
            if isinstance(states_item_data, ActionStateInput):
                states_item = states_item_data.to_dict()
            elif isinstance(states_item_data, DecisionStateInput):
                states_item = states_item_data.to_dict()
            elif isinstance(states_item_data, RecallStateInput):
                states_item = states_item_data.to_dict()
            elif isinstance(states_item_data, AnnotationStateInput):
                states_item = states_item_data.to_dict()
            elif isinstance(states_item_data, ReflectionStateInput):
                states_item = states_item_data.to_dict()
            else:
                states_item = states_item_data.to_dict()

            states.append(states_item)

        new_user_initial_state = self.new_user_initial_state

        returning_user_initial_state = self.returning_user_initial_state

        terminal_state = self.terminal_state

        references = self.references.to_dict()

        global_intra_state_navigation_guidelines = self.global_intra_state_navigation_guidelines

        global_action_guidelines = self.global_action_guidelines

        global_boundary_constraints = self.global_boundary_constraints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "states": states,
                "new_user_initial_state": new_user_initial_state,
                "returning_user_initial_state": returning_user_initial_state,
                "terminal_state": terminal_state,
                "references": references,
                "global_intra_state_navigation_guidelines": global_intra_state_navigation_guidelines,
                "global_action_guidelines": global_action_guidelines,
                "global_boundary_constraints": global_boundary_constraints,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateServiceHierarchicalStateMachineVersionRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        description = d.pop("description")

        _states_value = d.pop("states")
        try:
            states: list[
                ActionStateInput
                | AnnotationStateInput
                | DecisionStateInput
                | RecallStateInput
                | ReflectionStateInput
                | ToolCallStateInput
            ] = []
            _states = _states_value
            for states_item_data in _states:
                try:

                    def _parse_states_item(
                        data: object,
                    ) -> (
                        ActionStateInput
                        | AnnotationStateInput
                        | DecisionStateInput
                        | RecallStateInput
                        | ReflectionStateInput
                        | ToolCallStateInput
                    ):
                        if isinstance(data, dict) and "type" in data:
                            tag = data["type"]
                            if tag == "action":
                                return ActionStateInput.from_dict(data)
                            if tag == "decision":
                                return DecisionStateInput.from_dict(data)
                            if tag == "recall":
                                return RecallStateInput.from_dict(data)
                            if tag == "annotation":
                                return AnnotationStateInput.from_dict(data)
                            if tag == "reflection":
                                return ReflectionStateInput.from_dict(data)
                            if tag == "tool-call":
                                return ToolCallStateInput.from_dict(data)
                            raise ValueError(
                                "type is "
                                + repr(tag)
                                + ", not one of "
                                + ", ".join(
                                    repr(known)
                                    for known in (
                                        "action",
                                        "decision",
                                        "recall",
                                        "annotation",
                                        "reflection",
                                        "tool-call",
                                    )
                                )
                            )

                        if isinstance(data, dict):
                            try:
                                states_item_type_0 = ActionStateInput.from_dict(data)

                                return states_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                states_item_type_1 = DecisionStateInput.from_dict(data)

                                return states_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                states_item_type_2 = RecallStateInput.from_dict(data)

                                return states_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                states_item_type_3 = AnnotationStateInput.from_dict(data)

                                return states_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                states_item_type_4 = ReflectionStateInput.from_dict(data)

                                return states_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        states_item_type_5 = ToolCallStateInput.from_dict(data)

                        return states_item_type_5

                    states_item = _parse_states_item(states_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(states))
                    raise
                states.append(states_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "states")
            raise

        new_user_initial_state = d.pop("new_user_initial_state")

        returning_user_initial_state = d.pop("returning_user_initial_state")

        terminal_state = d.pop("terminal_state")

        _references_value = d.pop("references")
        try:
            references = CreateServiceHierarchicalStateMachineVersionRequestReferences.from_dict(_references_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "references")
            raise

        global_intra_state_navigation_guidelines = cast("list[str]", d.pop("global_intra_state_navigation_guidelines"))

        global_action_guidelines = cast("list[str]", d.pop("global_action_guidelines"))

        global_boundary_constraints = cast("list[str]", d.pop("global_boundary_constraints"))

        create_service_hierarchical_state_machine_version_request = cls(
            description=description,
            states=states,
            new_user_initial_state=new_user_initial_state,
            returning_user_initial_state=returning_user_initial_state,
            terminal_state=terminal_state,
            references=references,
            global_intra_state_navigation_guidelines=global_intra_state_navigation_guidelines,
            global_action_guidelines=global_action_guidelines,
            global_boundary_constraints=global_boundary_constraints,
        )

        create_service_hierarchical_state_machine_version_request.additional_properties = d
        return create_service_hierarchical_state_machine_version_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(
                self,
                [
                    "states",
                    "global_intra_state_navigation_guidelines",
                    "global_action_guidelines",
                    "global_boundary_constraints",
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
from ..models.action_state_input import ActionStateInput
from ..models.annotation_state_input import AnnotationStateInput
from ..models.create_service_hierarchical_state_machine_version_request_references import (
    CreateServiceHierarchicalStateMachineVersionRequestReferences,
)
from ..models.decision_state_input import DecisionStateInput
from ..models.recall_state_input import RecallStateInput
from ..models.reflection_state_input import ReflectionStateInput
from ..models.tool_call_state_input import ToolCallStateInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .action_state_input import ActionStateInputParam
    from .annotation_state_input import AnnotationStateInputParam
    from .decision_state_input import DecisionStateInputParam
    from .recall_state_input import RecallStateInputParam
    from .reflection_state_input import ReflectionStateInputParam
    from .tool_call_state_input import ToolCallStateInputParam

    CreateServiceHierarchicalStateMachineVersionRequestParam = TypedDict(
        "CreateServiceHierarchicalStateMachineVersionRequestParam",
        {
            "description": Required[str],
            "states": Required[
                Sequence[
                    Union[
                        Union[ActionStateInputParam, ActionStateInput],
                        Union[DecisionStateInputParam, DecisionStateInput],
                        Union[RecallStateInputParam, RecallStateInput],
                        Union[AnnotationStateInputParam, AnnotationStateInput],
                        Union[ReflectionStateInputParam, ReflectionStateInput],
                        Union[ToolCallStateInputParam, ToolCallStateInput],
                    ]
                ]
            ],
            "new_user_initial_state": Required[str],
            "returning_user_initial_state": Required[str],
            "terminal_state": Required[str],
            "references": Required[
                Union[
                    Mapping[str, List[Union[str, int]]], CreateServiceHierarchicalStateMachineVersionRequestReferences
                ]
            ],
            "global_intra_state_navigation_guidelines": Required[List[str]],
            "global_action_guidelines": Required[List[str]],
            "global_boundary_constraints": Required[List[str]],
        },
        total=False,
    )
