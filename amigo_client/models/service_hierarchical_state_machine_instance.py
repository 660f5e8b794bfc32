from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

T = TypeVar("T", bound="ServiceHierarchicalStateMachineInstance")


@_attrs_define
class ServiceHierarchicalStateMachineInstance:
    """One stored version of a state machine with its full definition.

    Attributes:
        id (str): ID of this version.
        org_id (str): Organization the state machine belongs to.
        service_hierarchical_state_machine_id (str): ID of the state machine this is a version of.
        version (int): Sequence number of this version.
        created_at (datetime.datetime): When this version was created.
        creator (ServiceHierarchicalStateMachineUserInfo): The user who created a state machine version.
        description (str): What the state machine is for.
        states (list[ActionStateOutput | AnnotationStateOutput | DecisionStateOutput | RecallStateOutput |
            ReflectionStateOutput | ToolCallStateOutput]): All states of this version.
        new_user_initial_state (str): State where a first-time user's session begins.
        returning_user_initial_state (str): State where a returning user's session begins.
        terminal_state (str): State a session ends in.
        references (ServiceHierarchicalStateMachineInstanceReferences): Other state machine versions this one can jump
            into, keyed by the name used in `next_state`, each given by ID and version.
        global_intra_state_navigation_guidelines (list[str]): Navigation guidelines added to every action state's
            `intra_state_navigation_guidelines`.
        global_action_guidelines (list[str]): Conduct guidelines added to every action state's `action_guidelines`.
        global_boundary_constraints (list[str]): Things the agent must not do, added to every action state's
            `boundary_constraints`.
    """

    id: str
    org_id: str
    service_hierarchical_state_machine_id: str
    version: int
    created_at: datetime.datetime
    creator: ServiceHierarchicalStateMachineUserInfo
    description: str
    states: list[
        ActionStateOutput
        | AnnotationStateOutput
        | DecisionStateOutput
        | RecallStateOutput
        | ReflectionStateOutput
        | ToolCallStateOutput
    ]
    new_user_initial_state: str
    returning_user_initial_state: str
    terminal_state: str
    references: ServiceHierarchicalStateMachineInstanceReferences
    global_intra_state_navigation_guidelines: list[str]
    global_action_guidelines: list[str]
    global_boundary_constraints: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        service_hierarchical_state_machine_id = self.service_hierarchical_state_machine_id

        version = self.version

        created_at = self.created_at.isoformat()

        creator = self.creator.to_dict()

        description = self.description

        states = []
        for states_item_data in self.states:
            states_item: dict[str, Any]
            if isinstance(states_item_data, ActionStateOutput):
                states_item = states_item_data.to_dict()
            elif isinstance(states_item_data, DecisionStateOutput):
                states_item = states_item_data.to_dict()
            elif isinstance(states_item_data, RecallStateOutput):
                states_item = states_item_data.to_dict()
            elif isinstance(states_item_data, AnnotationStateOutput):
                states_item = states_item_data.to_dict()
            elif isinstance(states_item_data, ReflectionStateOutput):
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
                "id": id,
                "org_id": org_id,
                "service_hierarchical_state_machine_id": service_hierarchical_state_machine_id,
                "version": version,
                "created_at": created_at,
                "creator": creator,
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
        d = dict(src_dict)
        id = d.pop("id")

        org_id = d.pop("org_id")

        service_hierarchical_state_machine_id = d.pop("service_hierarchical_state_machine_id")

        version = d.pop("version")

        created_at = isoparse(d.pop("created_at"))

        creator = ServiceHierarchicalStateMachineUserInfo.from_dict(d.pop("creator"))

        description = d.pop("description")

        states = []
        _states = d.pop("states")
        for states_item_data in _states:

            def _parse_states_item(
                data: object,
            ) -> (
                ActionStateOutput
                | AnnotationStateOutput
                | DecisionStateOutput
                | RecallStateOutput
                | ReflectionStateOutput
                | ToolCallStateOutput
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_state_type_0 = ActionStateOutput.from_dict(data)

                    return componentsschemas_state_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_state_type_1 = DecisionStateOutput.from_dict(data)

                    return componentsschemas_state_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_state_type_2 = RecallStateOutput.from_dict(data)

                    return componentsschemas_state_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_state_type_3 = AnnotationStateOutput.from_dict(data)

                    return componentsschemas_state_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_state_type_4 = ReflectionStateOutput.from_dict(data)

                    return componentsschemas_state_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_state_type_5 = ToolCallStateOutput.from_dict(data)

                return componentsschemas_state_type_5

            states_item = _parse_states_item(states_item_data)

            states.append(states_item)

        new_user_initial_state = d.pop("new_user_initial_state")

        returning_user_initial_state = d.pop("returning_user_initial_state")

        terminal_state = d.pop("terminal_state")

        references = ServiceHierarchicalStateMachineInstanceReferences.from_dict(d.pop("references"))

        global_intra_state_navigation_guidelines = cast("list[str]", d.pop("global_intra_state_navigation_guidelines"))

        global_action_guidelines = cast("list[str]", d.pop("global_action_guidelines"))

        global_boundary_constraints = cast("list[str]", d.pop("global_boundary_constraints"))

        service_hierarchical_state_machine_instance = cls(
            id=id,
            org_id=org_id,
            service_hierarchical_state_machine_id=service_hierarchical_state_machine_id,
            version=version,
            created_at=created_at,
            creator=creator,
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

        service_hierarchical_state_machine_instance.additional_properties = d
        return service_hierarchical_state_machine_instance

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
from ..models.action_state_output import ActionStateOutput
from ..models.annotation_state_output import AnnotationStateOutput
from ..models.decision_state_output import DecisionStateOutput
from ..models.recall_state_output import RecallStateOutput
from ..models.reflection_state_output import ReflectionStateOutput
from ..models.service_hierarchical_state_machine_instance_references import (
    ServiceHierarchicalStateMachineInstanceReferences,
)
from ..models.service_hierarchical_state_machine_user_info import ServiceHierarchicalStateMachineUserInfo
from ..models.tool_call_state_output import ToolCallStateOutput
