from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="ActionStateOutput")


@_attrs_define
class ActionStateOutput:
    """A state with a goal and a list of actions the agent works through. The session moves on when one of the exit
    conditions holds, to the state that condition names; otherwise it stays.

        Attributes:
            type_ (Literal['action']): Always `action`.
            name (str): Name of the state.
            objective (str): Goal the agent pursues in this state.
            actions (list[str]): Concrete things the agent does here.
            intra_state_navigation_guidelines (list[str]): How the agent moves between sub-goals and exit conditions in this
                state.
            action_guidelines (list[str]): How the agent should conduct itself with the user here.
            boundary_constraints (list[str]): What the agent must not do here.
            exit_conditions (list[ExitConditionOutput]): Conditions under which the session leaves this state, each with its
                target.
            action_tool_call_specs (list[ServiceHierarchicalStateMachineToolCallSpec]): Tools the agent may call while
                carrying out actions.
            exit_condition_tool_call_specs (list[ServiceHierarchicalStateMachineToolCallSpec]): Tools the agent may call
                while checking exit conditions.
            skip_active_memory_retrieval (bool): When true, this state skips the active memory lookup that otherwise opens
                each interaction.
    """

    type_: Literal["action"]
    name: str
    objective: str
    actions: list[str]
    intra_state_navigation_guidelines: list[str]
    action_guidelines: list[str]
    boundary_constraints: list[str]
    exit_conditions: list[ExitConditionOutput]
    action_tool_call_specs: list[ServiceHierarchicalStateMachineToolCallSpec]
    exit_condition_tool_call_specs: list[ServiceHierarchicalStateMachineToolCallSpec]
    skip_active_memory_retrieval: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        objective = self.objective

        actions = self.actions

        intra_state_navigation_guidelines = self.intra_state_navigation_guidelines

        action_guidelines = self.action_guidelines

        boundary_constraints = self.boundary_constraints

        exit_conditions = []
        for exit_conditions_item_data in self.exit_conditions:
            exit_conditions_item = exit_conditions_item_data.to_dict()
            exit_conditions.append(exit_conditions_item)

        action_tool_call_specs = []
        for action_tool_call_specs_item_data in self.action_tool_call_specs:
            action_tool_call_specs_item = action_tool_call_specs_item_data.to_dict()
            action_tool_call_specs.append(action_tool_call_specs_item)

        exit_condition_tool_call_specs = []
        for exit_condition_tool_call_specs_item_data in self.exit_condition_tool_call_specs:
            exit_condition_tool_call_specs_item = exit_condition_tool_call_specs_item_data.to_dict()
            exit_condition_tool_call_specs.append(exit_condition_tool_call_specs_item)

        skip_active_memory_retrieval = self.skip_active_memory_retrieval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "objective": objective,
                "actions": actions,
                "intra_state_navigation_guidelines": intra_state_navigation_guidelines,
                "action_guidelines": action_guidelines,
                "boundary_constraints": boundary_constraints,
                "exit_conditions": exit_conditions,
                "action_tool_call_specs": action_tool_call_specs,
                "exit_condition_tool_call_specs": exit_condition_tool_call_specs,
                "skip_active_memory_retrieval": skip_active_memory_retrieval,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"ActionStateOutput takes a mapping of its fields, not {type(src_dict).__name__}") from None
        type_ = cast("Literal['action']", d.pop("type"))
        if type_ != "action":
            raise ValueError(f"type must match const 'action', got '{type_}'")

        name = d.pop("name")

        objective = d.pop("objective")

        actions = cast("list[str]", d.pop("actions"))

        intra_state_navigation_guidelines = cast("list[str]", d.pop("intra_state_navigation_guidelines"))

        action_guidelines = cast("list[str]", d.pop("action_guidelines"))

        boundary_constraints = cast("list[str]", d.pop("boundary_constraints"))

        _exit_conditions_value = d.pop("exit_conditions")
        try:
            exit_conditions: list[ExitConditionOutput] = []
            _exit_conditions = _exit_conditions_value
            for exit_conditions_item_data in _exit_conditions:
                try:
                    exit_conditions_item = ExitConditionOutput.from_dict(exit_conditions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(exit_conditions))
                    raise
                exit_conditions.append(exit_conditions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "exit_conditions")
            raise

        _action_tool_call_specs_value = d.pop("action_tool_call_specs")
        try:
            action_tool_call_specs: list[ServiceHierarchicalStateMachineToolCallSpec] = []
            _action_tool_call_specs = _action_tool_call_specs_value
            for action_tool_call_specs_item_data in _action_tool_call_specs:
                try:
                    action_tool_call_specs_item = ServiceHierarchicalStateMachineToolCallSpec.from_dict(
                        action_tool_call_specs_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(action_tool_call_specs))
                    raise
                action_tool_call_specs.append(action_tool_call_specs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "action_tool_call_specs")
            raise

        _exit_condition_tool_call_specs_value = d.pop("exit_condition_tool_call_specs")
        try:
            exit_condition_tool_call_specs: list[ServiceHierarchicalStateMachineToolCallSpec] = []
            _exit_condition_tool_call_specs = _exit_condition_tool_call_specs_value
            for exit_condition_tool_call_specs_item_data in _exit_condition_tool_call_specs:
                try:
                    exit_condition_tool_call_specs_item = ServiceHierarchicalStateMachineToolCallSpec.from_dict(
                        exit_condition_tool_call_specs_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(exit_condition_tool_call_specs))
                    raise
                exit_condition_tool_call_specs.append(exit_condition_tool_call_specs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "exit_condition_tool_call_specs")
            raise

        skip_active_memory_retrieval = d.pop("skip_active_memory_retrieval")

        action_state_output = cls(
            type_=type_,
            name=name,
            objective=objective,
            actions=actions,
            intra_state_navigation_guidelines=intra_state_navigation_guidelines,
            action_guidelines=action_guidelines,
            boundary_constraints=boundary_constraints,
            exit_conditions=exit_conditions,
            action_tool_call_specs=action_tool_call_specs,
            exit_condition_tool_call_specs=exit_condition_tool_call_specs,
            skip_active_memory_retrieval=skip_active_memory_retrieval,
        )

        action_state_output.additional_properties = d
        return action_state_output

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(
                self,
                [
                    "actions",
                    "intra_state_navigation_guidelines",
                    "action_guidelines",
                    "boundary_constraints",
                    "exit_conditions",
                    "action_tool_call_specs",
                    "exit_condition_tool_call_specs",
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
from ..models.exit_condition_output import ExitConditionOutput
from ..models.service_hierarchical_state_machine_tool_call_spec import ServiceHierarchicalStateMachineToolCallSpec

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Literal, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .exit_condition_output import ExitConditionOutputParam
    from .service_hierarchical_state_machine_tool_call_spec import ServiceHierarchicalStateMachineToolCallSpecParam

    ActionStateOutputParam = TypedDict(
        "ActionStateOutputParam",
        {
            "type": Required[Literal["action"]],
            "name": Required[str],
            "objective": Required[str],
            "actions": Required[List[str]],
            "intra_state_navigation_guidelines": Required[List[str]],
            "action_guidelines": Required[List[str]],
            "boundary_constraints": Required[List[str]],
            "exit_conditions": Required[Sequence[Union[ExitConditionOutputParam, ExitConditionOutput]]],
            "action_tool_call_specs": Required[
                Sequence[
                    Union[ServiceHierarchicalStateMachineToolCallSpecParam, ServiceHierarchicalStateMachineToolCallSpec]
                ]
            ],
            "exit_condition_tool_call_specs": Required[
                Sequence[
                    Union[ServiceHierarchicalStateMachineToolCallSpecParam, ServiceHierarchicalStateMachineToolCallSpec]
                ]
            ],
            "skip_active_memory_retrieval": Required[bool],
        },
        total=False,
    )
