from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetInteractionInsightsResponse")


@_attrs_define
class GetInteractionInsightsResponse:
    """How the agent arrived at its reply in one interaction.

    Attributes:
        current_state_name (str): State the agent ended up in.
        current_state_action (str): Action taken in that state.
        current_state_objective (str): Objective of that state.
        state_transition_logs (list[ActionStateTransitionLog | AnnotationStateTransitionLog | DecisionStateTransitionLog
            | JumpbackStateTransitionLog | RecallStateTransitionLog | ReflectionStateTransitionLog |
            ToolCallStateTransitionLog]): State transitions made during the interaction.
        working_memory (list[WorkingMemory]): Memories the agent drew on for its reply.
        reflections (list[str]): Reflections the agent produced.
        triggered_dynamic_behavior_set_version_info (list[int | str] | None): (ID, version) of the dynamic behavior set
            that fired, if any.
        select_next_action_tool_call_logs (list[list[ToolCallLog]]): Tool calls, per round, of the final action-
            selection step.
        engage_user_tool_call_logs (list[list[ToolCallLog]]): Tool calls, per round, made while writing the reply.
    """

    current_state_name: str
    current_state_action: str
    current_state_objective: str
    state_transition_logs: list[
        ActionStateTransitionLog
        | AnnotationStateTransitionLog
        | DecisionStateTransitionLog
        | JumpbackStateTransitionLog
        | RecallStateTransitionLog
        | ReflectionStateTransitionLog
        | ToolCallStateTransitionLog
    ]
    working_memory: list[WorkingMemory]
    reflections: list[str]
    triggered_dynamic_behavior_set_version_info: list[int | str] | None
    select_next_action_tool_call_logs: list[list[ToolCallLog]]
    engage_user_tool_call_logs: list[list[ToolCallLog]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_state_name = self.current_state_name

        current_state_action = self.current_state_action

        current_state_objective = self.current_state_objective

        state_transition_logs = []
        for state_transition_logs_item_data in self.state_transition_logs:
            state_transition_logs_item: dict[str, Any]
            if isinstance(state_transition_logs_item_data, ActionStateTransitionLog):
                state_transition_logs_item = state_transition_logs_item_data.to_dict()
            elif isinstance(state_transition_logs_item_data, DecisionStateTransitionLog):
                state_transition_logs_item = state_transition_logs_item_data.to_dict()
            elif isinstance(state_transition_logs_item_data, RecallStateTransitionLog):
                state_transition_logs_item = state_transition_logs_item_data.to_dict()
            elif isinstance(state_transition_logs_item_data, JumpbackStateTransitionLog):
                state_transition_logs_item = state_transition_logs_item_data.to_dict()
            elif isinstance(state_transition_logs_item_data, AnnotationStateTransitionLog):
                state_transition_logs_item = state_transition_logs_item_data.to_dict()
            elif isinstance(state_transition_logs_item_data, ReflectionStateTransitionLog):
                state_transition_logs_item = state_transition_logs_item_data.to_dict()
            else:
                state_transition_logs_item = state_transition_logs_item_data.to_dict()

            state_transition_logs.append(state_transition_logs_item)

        working_memory = []
        for working_memory_item_data in self.working_memory:
            working_memory_item = working_memory_item_data.to_dict()
            working_memory.append(working_memory_item)

        reflections = self.reflections

        triggered_dynamic_behavior_set_version_info: list[int | str] | None
        if isinstance(self.triggered_dynamic_behavior_set_version_info, list):
            triggered_dynamic_behavior_set_version_info = []
            for (
                triggered_dynamic_behavior_set_version_info_type_0_item_data
            ) in self.triggered_dynamic_behavior_set_version_info:
                triggered_dynamic_behavior_set_version_info_type_0_item: int | str
                triggered_dynamic_behavior_set_version_info_type_0_item = (
                    triggered_dynamic_behavior_set_version_info_type_0_item_data
                )
                triggered_dynamic_behavior_set_version_info.append(
                    triggered_dynamic_behavior_set_version_info_type_0_item
                )

        else:
            triggered_dynamic_behavior_set_version_info = self.triggered_dynamic_behavior_set_version_info

        select_next_action_tool_call_logs = []
        for select_next_action_tool_call_logs_item_data in self.select_next_action_tool_call_logs:
            select_next_action_tool_call_logs_item = []
            for select_next_action_tool_call_logs_item_item_data in select_next_action_tool_call_logs_item_data:
                select_next_action_tool_call_logs_item_item = select_next_action_tool_call_logs_item_item_data.to_dict()
                select_next_action_tool_call_logs_item.append(select_next_action_tool_call_logs_item_item)

            select_next_action_tool_call_logs.append(select_next_action_tool_call_logs_item)

        engage_user_tool_call_logs = []
        for engage_user_tool_call_logs_item_data in self.engage_user_tool_call_logs:
            engage_user_tool_call_logs_item = []
            for engage_user_tool_call_logs_item_item_data in engage_user_tool_call_logs_item_data:
                engage_user_tool_call_logs_item_item = engage_user_tool_call_logs_item_item_data.to_dict()
                engage_user_tool_call_logs_item.append(engage_user_tool_call_logs_item_item)

            engage_user_tool_call_logs.append(engage_user_tool_call_logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_state_name": current_state_name,
                "current_state_action": current_state_action,
                "current_state_objective": current_state_objective,
                "state_transition_logs": state_transition_logs,
                "working_memory": working_memory,
                "reflections": reflections,
                "triggered_dynamic_behavior_set_version_info": triggered_dynamic_behavior_set_version_info,
                "select_next_action_tool_call_logs": select_next_action_tool_call_logs,
                "engage_user_tool_call_logs": engage_user_tool_call_logs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetInteractionInsightsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        current_state_name = d.pop("current_state_name")

        current_state_action = d.pop("current_state_action")

        current_state_objective = d.pop("current_state_objective")

        _state_transition_logs_value = d.pop("state_transition_logs")
        try:
            state_transition_logs: list[
                ActionStateTransitionLog
                | AnnotationStateTransitionLog
                | DecisionStateTransitionLog
                | JumpbackStateTransitionLog
                | RecallStateTransitionLog
                | ReflectionStateTransitionLog
                | ToolCallStateTransitionLog
            ] = []
            _state_transition_logs = _state_transition_logs_value
            for state_transition_logs_item_data in _state_transition_logs:
                try:

                    def _parse_state_transition_logs_item(
                        data: object,
                    ) -> (
                        ActionStateTransitionLog
                        | AnnotationStateTransitionLog
                        | DecisionStateTransitionLog
                        | JumpbackStateTransitionLog
                        | RecallStateTransitionLog
                        | ReflectionStateTransitionLog
                        | ToolCallStateTransitionLog
                    ):

                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_transition_log_type_0 = ActionStateTransitionLog.from_dict(data)

                                return componentsschemas_state_transition_log_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_transition_log_type_1 = DecisionStateTransitionLog.from_dict(
                                    data
                                )

                                return componentsschemas_state_transition_log_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_transition_log_type_2 = RecallStateTransitionLog.from_dict(data)

                                return componentsschemas_state_transition_log_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_transition_log_type_3 = JumpbackStateTransitionLog.from_dict(
                                    data
                                )

                                return componentsschemas_state_transition_log_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_transition_log_type_4 = AnnotationStateTransitionLog.from_dict(
                                    data
                                )

                                return componentsschemas_state_transition_log_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if isinstance(data, dict):
                            try:
                                componentsschemas_state_transition_log_type_5 = ReflectionStateTransitionLog.from_dict(
                                    data
                                )

                                return componentsschemas_state_transition_log_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_state_transition_log_type_6 = ToolCallStateTransitionLog.from_dict(data)

                        return componentsschemas_state_transition_log_type_6

                    state_transition_logs_item = _parse_state_transition_logs_item(state_transition_logs_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(state_transition_logs))
                    raise
                state_transition_logs.append(state_transition_logs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "state_transition_logs")
            raise

        _working_memory_value = d.pop("working_memory")
        try:
            working_memory: list[WorkingMemory] = []
            _working_memory = _working_memory_value
            for working_memory_item_data in _working_memory:
                try:
                    working_memory_item = WorkingMemory.from_dict(working_memory_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(working_memory))
                    raise
                working_memory.append(working_memory_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "working_memory")
            raise

        reflections = cast("list[str]", d.pop("reflections"))

        def _parse_triggered_dynamic_behavior_set_version_info(data: object) -> list[int | str] | None:
            if data is None:
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    triggered_dynamic_behavior_set_version_info_type_0: list[int | str] = []
                    _triggered_dynamic_behavior_set_version_info_type_0 = data
                    for (
                        triggered_dynamic_behavior_set_version_info_type_0_item_data
                    ) in _triggered_dynamic_behavior_set_version_info_type_0:
                        try:

                            def _parse_triggered_dynamic_behavior_set_version_info_type_0_item(
                                data: object,
                            ) -> int | str:

                                return cast("int | str", data)

                            triggered_dynamic_behavior_set_version_info_type_0_item = (
                                _parse_triggered_dynamic_behavior_set_version_info_type_0_item(
                                    triggered_dynamic_behavior_set_version_info_type_0_item_data
                                )
                            )

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(triggered_dynamic_behavior_set_version_info_type_0))
                            raise
                        triggered_dynamic_behavior_set_version_info_type_0.append(
                            triggered_dynamic_behavior_set_version_info_type_0_item
                        )

                    return triggered_dynamic_behavior_set_version_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[int | str] | None", data)

        triggered_dynamic_behavior_set_version_info = _parse_triggered_dynamic_behavior_set_version_info(
            d.pop("triggered_dynamic_behavior_set_version_info")
        )

        _select_next_action_tool_call_logs_value = d.pop("select_next_action_tool_call_logs")
        try:
            select_next_action_tool_call_logs: list[list[ToolCallLog]] = []
            _select_next_action_tool_call_logs = _select_next_action_tool_call_logs_value
            for select_next_action_tool_call_logs_item_data in _select_next_action_tool_call_logs:
                try:
                    select_next_action_tool_call_logs_item: list[ToolCallLog] = []
                    _select_next_action_tool_call_logs_item = select_next_action_tool_call_logs_item_data
                    for select_next_action_tool_call_logs_item_item_data in _select_next_action_tool_call_logs_item:
                        try:
                            select_next_action_tool_call_logs_item_item = ToolCallLog.from_dict(
                                select_next_action_tool_call_logs_item_item_data
                            )

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(select_next_action_tool_call_logs_item))
                            raise
                        select_next_action_tool_call_logs_item.append(select_next_action_tool_call_logs_item_item)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(select_next_action_tool_call_logs))
                    raise
                select_next_action_tool_call_logs.append(select_next_action_tool_call_logs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "select_next_action_tool_call_logs")
            raise

        _engage_user_tool_call_logs_value = d.pop("engage_user_tool_call_logs")
        try:
            engage_user_tool_call_logs: list[list[ToolCallLog]] = []
            _engage_user_tool_call_logs = _engage_user_tool_call_logs_value
            for engage_user_tool_call_logs_item_data in _engage_user_tool_call_logs:
                try:
                    engage_user_tool_call_logs_item: list[ToolCallLog] = []
                    _engage_user_tool_call_logs_item = engage_user_tool_call_logs_item_data
                    for engage_user_tool_call_logs_item_item_data in _engage_user_tool_call_logs_item:
                        try:
                            engage_user_tool_call_logs_item_item = ToolCallLog.from_dict(
                                engage_user_tool_call_logs_item_item_data
                            )

                        except (KeyError, TypeError, ValueError, AttributeError) as error:
                            located(error, len(engage_user_tool_call_logs_item))
                            raise
                        engage_user_tool_call_logs_item.append(engage_user_tool_call_logs_item_item)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(engage_user_tool_call_logs))
                    raise
                engage_user_tool_call_logs.append(engage_user_tool_call_logs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "engage_user_tool_call_logs")
            raise

        get_interaction_insights_response = cls(
            current_state_name=current_state_name,
            current_state_action=current_state_action,
            current_state_objective=current_state_objective,
            state_transition_logs=state_transition_logs,
            working_memory=working_memory,
            reflections=reflections,
            triggered_dynamic_behavior_set_version_info=triggered_dynamic_behavior_set_version_info,
            select_next_action_tool_call_logs=select_next_action_tool_call_logs,
            engage_user_tool_call_logs=engage_user_tool_call_logs,
        )

        get_interaction_insights_response.additional_properties = d
        return get_interaction_insights_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(
                self,
                [
                    "state_transition_logs",
                    "working_memory",
                    "reflections",
                    "select_next_action_tool_call_logs",
                    "engage_user_tool_call_logs",
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
from ..models.action_state_transition_log import ActionStateTransitionLog
from ..models.annotation_state_transition_log import AnnotationStateTransitionLog
from ..models.decision_state_transition_log import DecisionStateTransitionLog
from ..models.jumpback_state_transition_log import JumpbackStateTransitionLog
from ..models.recall_state_transition_log import RecallStateTransitionLog
from ..models.reflection_state_transition_log import ReflectionStateTransitionLog
from ..models.tool_call_log import ToolCallLog
from ..models.tool_call_state_transition_log import ToolCallStateTransitionLog
from ..models.working_memory import WorkingMemory

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .action_state_transition_log import ActionStateTransitionLogParam
    from .annotation_state_transition_log import AnnotationStateTransitionLogParam
    from .decision_state_transition_log import DecisionStateTransitionLogParam
    from .jumpback_state_transition_log import JumpbackStateTransitionLogParam
    from .recall_state_transition_log import RecallStateTransitionLogParam
    from .reflection_state_transition_log import ReflectionStateTransitionLogParam
    from .tool_call_log import ToolCallLogParam
    from .tool_call_state_transition_log import ToolCallStateTransitionLogParam
    from .working_memory import WorkingMemoryParam

    GetInteractionInsightsResponseParam = TypedDict(
        "GetInteractionInsightsResponseParam",
        {
            "current_state_name": Required[str],
            "current_state_action": Required[str],
            "current_state_objective": Required[str],
            "state_transition_logs": Required[
                Sequence[
                    Union[
                        Union[ActionStateTransitionLogParam, ActionStateTransitionLog],
                        Union[DecisionStateTransitionLogParam, DecisionStateTransitionLog],
                        Union[RecallStateTransitionLogParam, RecallStateTransitionLog],
                        Union[JumpbackStateTransitionLogParam, JumpbackStateTransitionLog],
                        Union[AnnotationStateTransitionLogParam, AnnotationStateTransitionLog],
                        Union[ReflectionStateTransitionLogParam, ReflectionStateTransitionLog],
                        Union[ToolCallStateTransitionLogParam, ToolCallStateTransitionLog],
                    ]
                ]
            ],
            "working_memory": Required[Sequence[Union[WorkingMemoryParam, WorkingMemory]]],
            "reflections": Required[List[str]],
            "triggered_dynamic_behavior_set_version_info": Required[Union[List[Union[str, int]], None]],
            "select_next_action_tool_call_logs": Required[Sequence[Sequence[Union[ToolCallLogParam, ToolCallLog]]]],
            "engage_user_tool_call_logs": Required[Sequence[Sequence[Union[ToolCallLogParam, ToolCallLog]]]],
        },
        total=False,
    )
