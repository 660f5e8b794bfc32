from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

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
    global_intra_state_navigation_guidelines: list[str]
    global_action_guidelines: list[str]
    global_boundary_constraints: list[str]
    references: ServiceHierarchicalStateMachineInstanceReferences = _attrs_field(
        factory=lambda: ServiceHierarchicalStateMachineInstanceReferences()
    )
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
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ServiceHierarchicalStateMachineInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        org_id = d.pop("org_id")

        service_hierarchical_state_machine_id = d.pop("service_hierarchical_state_machine_id")

        version = d.pop("version")

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = ServiceHierarchicalStateMachineUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        description = d.pop("description")

        _states_value = d.pop("states")
        try:
            states: list[
                ActionStateOutput
                | AnnotationStateOutput
                | DecisionStateOutput
                | RecallStateOutput
                | ReflectionStateOutput
                | ToolCallStateOutput
            ] = []
            _states = _states_value
            for states_item_data in _states:
                try:

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
                        if isinstance(data, dict) and "type" in data:
                            tag = data["type"]
                            if tag == "action":
                                return ActionStateOutput.from_dict(data)
                            if tag == "decision":
                                return DecisionStateOutput.from_dict(data)
                            if tag == "recall":
                                return RecallStateOutput.from_dict(data)
                            if tag == "annotation":
                                return AnnotationStateOutput.from_dict(data)
                            if tag == "reflection":
                                return ReflectionStateOutput.from_dict(data)
                            if tag == "tool-call":
                                return ToolCallStateOutput.from_dict(data)
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
                                componentsschemas_state_type_0 = ActionStateOutput.from_dict(data)

                                return componentsschemas_state_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_type_1 = DecisionStateOutput.from_dict(data)

                                return componentsschemas_state_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_type_2 = RecallStateOutput.from_dict(data)

                                return componentsschemas_state_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_type_3 = AnnotationStateOutput.from_dict(data)

                                return componentsschemas_state_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_type_4 = ReflectionStateOutput.from_dict(data)

                                return componentsschemas_state_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_state_type_5 = ToolCallStateOutput.from_dict(data)

                        return componentsschemas_state_type_5

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
            references = ServiceHierarchicalStateMachineInstanceReferences.from_dict(_references_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "references")
            raise

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

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .action_state_output import ActionStateOutputParam
    from .annotation_state_output import AnnotationStateOutputParam
    from .decision_state_output import DecisionStateOutputParam
    from .recall_state_output import RecallStateOutputParam
    from .reflection_state_output import ReflectionStateOutputParam
    from .service_hierarchical_state_machine_user_info import ServiceHierarchicalStateMachineUserInfoParam
    from .tool_call_state_output import ToolCallStateOutputParam

    ServiceHierarchicalStateMachineInstanceParam = TypedDict(
        "ServiceHierarchicalStateMachineInstanceParam",
        {
            "id": Required[str],
            "org_id": Required[str],
            "service_hierarchical_state_machine_id": Required[str],
            "version": Required[int],
            "created_at": Required[datetime.datetime],
            "creator": Required[
                Union[ServiceHierarchicalStateMachineUserInfoParam, ServiceHierarchicalStateMachineUserInfo]
            ],
            "description": Required[str],
            "states": Required[
                Sequence[
                    Union[
                        Union[ActionStateOutputParam, ActionStateOutput],
                        Union[DecisionStateOutputParam, DecisionStateOutput],
                        Union[RecallStateOutputParam, RecallStateOutput],
                        Union[AnnotationStateOutputParam, AnnotationStateOutput],
                        Union[ReflectionStateOutputParam, ReflectionStateOutput],
                        Union[ToolCallStateOutputParam, ToolCallStateOutput],
                    ]
                ]
            ],
            "new_user_initial_state": Required[str],
            "returning_user_initial_state": Required[str],
            "terminal_state": Required[str],
            "references": Required[
                Union[Mapping[str, List[Union[str, int]]], ServiceHierarchicalStateMachineInstanceReferences]
            ],
            "global_intra_state_navigation_guidelines": Required[List[str]],
            "global_action_guidelines": Required[List[str]],
            "global_boundary_constraints": Required[List[str]],
        },
        total=False,
    )
