from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="CurrentAgentActionEvent")


@_attrs_define
class CurrentAgentActionEvent:
    """A step the agent is taking while preparing its reply (sent before its chunks).

    Attributes:
        action (ActionTooLongEvent | CheckIfActiveMemoryNeededAgentActionEvent | EngageUserDynamicBehaviorOverrideEvent
            | EngageUserMessageFragmentGeneratedEvent | ExtractActiveMemoriesAgentActionEvent |
            GenerateToolParamsDesignatedToolCallParamsGeneratedEvent | GenerateToolParamsDesignatedToolRetrievedEvent |
            NavigateStateMachineActionStateActionSelectedEvent | NavigateStateMachineAnnotationStateAnnotationRetrievedEvent
            | NavigateStateMachineDecisionStateDecisionStartedEvent | NavigateStateMachineDynamicBehaviorOverrideEvent |
            NavigateStateMachineExitConditionSelectedEvent | NavigateStateMachineRecallStateActiveMemoryRetrievedEvent |
            NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent |
            NavigateStateMachineRecallStateStaticQueriesRetrievedEvent |
            NavigateStateMachineReflectionStatePromptRetrievedEvent |
            NavigateStateMachineReflectionStateReflectionGeneratedEvent | NavigateStateMachineStateTransitionedEvent |
            NavigateStateMachineToolCallStateToolOutputAvailableEvent | SelectDynamicBehaviorCompletedEvent |
            SelectDynamicBehaviorRelevanceRetrievalCompletedEvent | SelectDynamicBehaviorVectorGeneratedEvent |
            ToolCallEndedEvent | ToolCallStartedEvent): One agent action reported by a current-agent-action event.
        type_ (Literal['current-agent-action'] | Unset): Always `current-agent-action`. Default: 'current-agent-action'.
    """

    action: (
        ActionTooLongEvent
        | CheckIfActiveMemoryNeededAgentActionEvent
        | EngageUserDynamicBehaviorOverrideEvent
        | EngageUserMessageFragmentGeneratedEvent
        | ExtractActiveMemoriesAgentActionEvent
        | GenerateToolParamsDesignatedToolCallParamsGeneratedEvent
        | GenerateToolParamsDesignatedToolRetrievedEvent
        | NavigateStateMachineActionStateActionSelectedEvent
        | NavigateStateMachineAnnotationStateAnnotationRetrievedEvent
        | NavigateStateMachineDecisionStateDecisionStartedEvent
        | NavigateStateMachineDynamicBehaviorOverrideEvent
        | NavigateStateMachineExitConditionSelectedEvent
        | NavigateStateMachineRecallStateActiveMemoryRetrievedEvent
        | NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent
        | NavigateStateMachineRecallStateStaticQueriesRetrievedEvent
        | NavigateStateMachineReflectionStatePromptRetrievedEvent
        | NavigateStateMachineReflectionStateReflectionGeneratedEvent
        | NavigateStateMachineStateTransitionedEvent
        | NavigateStateMachineToolCallStateToolOutputAvailableEvent
        | SelectDynamicBehaviorCompletedEvent
        | SelectDynamicBehaviorRelevanceRetrievalCompletedEvent
        | SelectDynamicBehaviorVectorGeneratedEvent
        | ToolCallEndedEvent
        | ToolCallStartedEvent
    )
    type_: Literal["current-agent-action"] | Unset = "current-agent-action"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: dict[str, Any]
        if isinstance(self.action, SelectDynamicBehaviorVectorGeneratedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, SelectDynamicBehaviorRelevanceRetrievalCompletedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, SelectDynamicBehaviorCompletedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, CheckIfActiveMemoryNeededAgentActionEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, ExtractActiveMemoriesAgentActionEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineDynamicBehaviorOverrideEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineActionStateActionSelectedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineDecisionStateDecisionStartedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineExitConditionSelectedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineRecallStateStaticQueriesRetrievedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineRecallStateActiveMemoryRetrievedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineReflectionStatePromptRetrievedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineReflectionStateReflectionGeneratedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineAnnotationStateAnnotationRetrievedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineStateTransitionedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, GenerateToolParamsDesignatedToolRetrievedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, GenerateToolParamsDesignatedToolCallParamsGeneratedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, ActionTooLongEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, ToolCallStartedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, ToolCallEndedEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, NavigateStateMachineToolCallStateToolOutputAvailableEvent):
            action = self.action.to_dict()
        elif isinstance(self.action, EngageUserDynamicBehaviorOverrideEvent):
            action = self.action.to_dict()
        else:
            action = self.action.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CurrentAgentActionEvent takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _action_value = d.pop("action")
        try:

            def _parse_action(
                data: object,
            ) -> (
                ActionTooLongEvent
                | CheckIfActiveMemoryNeededAgentActionEvent
                | EngageUserDynamicBehaviorOverrideEvent
                | EngageUserMessageFragmentGeneratedEvent
                | ExtractActiveMemoriesAgentActionEvent
                | GenerateToolParamsDesignatedToolCallParamsGeneratedEvent
                | GenerateToolParamsDesignatedToolRetrievedEvent
                | NavigateStateMachineActionStateActionSelectedEvent
                | NavigateStateMachineAnnotationStateAnnotationRetrievedEvent
                | NavigateStateMachineDecisionStateDecisionStartedEvent
                | NavigateStateMachineDynamicBehaviorOverrideEvent
                | NavigateStateMachineExitConditionSelectedEvent
                | NavigateStateMachineRecallStateActiveMemoryRetrievedEvent
                | NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent
                | NavigateStateMachineRecallStateStaticQueriesRetrievedEvent
                | NavigateStateMachineReflectionStatePromptRetrievedEvent
                | NavigateStateMachineReflectionStateReflectionGeneratedEvent
                | NavigateStateMachineStateTransitionedEvent
                | NavigateStateMachineToolCallStateToolOutputAvailableEvent
                | SelectDynamicBehaviorCompletedEvent
                | SelectDynamicBehaviorRelevanceRetrievalCompletedEvent
                | SelectDynamicBehaviorVectorGeneratedEvent
                | ToolCallEndedEvent
                | ToolCallStartedEvent
            ):

                if isinstance(data, dict):
                    try:
                        componentsschemas_select_dynamic_behavior_agent_action_event_type_0 = (
                            SelectDynamicBehaviorVectorGeneratedEvent.from_dict(data)
                        )

                        return componentsschemas_select_dynamic_behavior_agent_action_event_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_select_dynamic_behavior_agent_action_event_type_1 = (
                            SelectDynamicBehaviorRelevanceRetrievalCompletedEvent.from_dict(data)
                        )

                        return componentsschemas_select_dynamic_behavior_agent_action_event_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_select_dynamic_behavior_agent_action_event_type_2 = (
                            SelectDynamicBehaviorCompletedEvent.from_dict(data)
                        )

                        return componentsschemas_select_dynamic_behavior_agent_action_event_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_conversation_action_type_1 = (
                            CheckIfActiveMemoryNeededAgentActionEvent.from_dict(data)
                        )

                        return componentsschemas_conversation_action_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_conversation_action_type_2 = ExtractActiveMemoriesAgentActionEvent.from_dict(
                            data
                        )

                        return componentsschemas_conversation_action_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_0 = (
                            NavigateStateMachineDynamicBehaviorOverrideEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_1 = (
                            NavigateStateMachineActionStateActionSelectedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_2 = (
                            NavigateStateMachineDecisionStateDecisionStartedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_3 = (
                            NavigateStateMachineExitConditionSelectedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_4 = (
                            NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_5 = (
                            NavigateStateMachineRecallStateStaticQueriesRetrievedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_6 = (
                            NavigateStateMachineRecallStateActiveMemoryRetrievedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_7 = (
                            NavigateStateMachineReflectionStatePromptRetrievedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_8 = (
                            NavigateStateMachineReflectionStateReflectionGeneratedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_9 = (
                            NavigateStateMachineAnnotationStateAnnotationRetrievedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_10 = (
                            NavigateStateMachineStateTransitionedEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_generate_tool_params_event_type_0 = (
                            GenerateToolParamsDesignatedToolRetrievedEvent.from_dict(data)
                        )

                        return componentsschemas_generate_tool_params_event_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_generate_tool_params_event_type_1 = (
                            GenerateToolParamsDesignatedToolCallParamsGeneratedEvent.from_dict(data)
                        )

                        return componentsschemas_generate_tool_params_event_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_generate_tool_params_event_type_2 = ActionTooLongEvent.from_dict(data)

                        return componentsschemas_generate_tool_params_event_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_generate_tool_params_event_type_3 = ToolCallStartedEvent.from_dict(data)

                        return componentsschemas_generate_tool_params_event_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_generate_tool_params_event_type_4 = ToolCallEndedEvent.from_dict(data)

                        return componentsschemas_generate_tool_params_event_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_navigate_state_machine_agent_action_event_type_12 = (
                            NavigateStateMachineToolCallStateToolOutputAvailableEvent.from_dict(data)
                        )

                        return componentsschemas_navigate_state_machine_agent_action_event_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(data, dict):
                    try:
                        componentsschemas_engage_user_agent_action_event_type_0 = (
                            EngageUserDynamicBehaviorOverrideEvent.from_dict(data)
                        )

                        return componentsschemas_engage_user_agent_action_event_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_engage_user_agent_action_event_type_1 = (
                    EngageUserMessageFragmentGeneratedEvent.from_dict(data)
                )

                return componentsschemas_engage_user_agent_action_event_type_1

            action = _parse_action(_action_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "action")
            raise

        type_ = cast("Literal['current-agent-action'] | Unset", d.pop("type", UNSET))
        if type_ != "current-agent-action" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'current-agent-action', got '{type_}'")

        current_agent_action_event = cls(
            action=action,
            type_=type_,
        )

        current_agent_action_event.additional_properties = d
        return current_agent_action_event

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, [])

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
from ..models.action_too_long_event import ActionTooLongEvent
from ..models.check_if_active_memory_needed_agent_action_event import CheckIfActiveMemoryNeededAgentActionEvent
from ..models.engage_user_dynamic_behavior_override_event import EngageUserDynamicBehaviorOverrideEvent
from ..models.engage_user_message_fragment_generated_event import EngageUserMessageFragmentGeneratedEvent
from ..models.extract_active_memories_agent_action_event import ExtractActiveMemoriesAgentActionEvent
from ..models.generate_tool_params_designated_tool_call_params_generated_event import (
    GenerateToolParamsDesignatedToolCallParamsGeneratedEvent,
)
from ..models.generate_tool_params_designated_tool_retrieved_event import GenerateToolParamsDesignatedToolRetrievedEvent
from ..models.navigate_state_machine_action_state_action_selected_event import (
    NavigateStateMachineActionStateActionSelectedEvent,
)
from ..models.navigate_state_machine_annotation_state_annotation_retrieved_event import (
    NavigateStateMachineAnnotationStateAnnotationRetrievedEvent,
)
from ..models.navigate_state_machine_decision_state_decision_started_event import (
    NavigateStateMachineDecisionStateDecisionStartedEvent,
)
from ..models.navigate_state_machine_dynamic_behavior_override_event import (
    NavigateStateMachineDynamicBehaviorOverrideEvent,
)
from ..models.navigate_state_machine_exit_condition_selected_event import NavigateStateMachineExitConditionSelectedEvent
from ..models.navigate_state_machine_recall_state_active_memory_retrieved_event import (
    NavigateStateMachineRecallStateActiveMemoryRetrievedEvent,
)
from ..models.navigate_state_machine_recall_state_dynamic_queries_generated_event import (
    NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent,
)
from ..models.navigate_state_machine_recall_state_static_queries_retrieved_event import (
    NavigateStateMachineRecallStateStaticQueriesRetrievedEvent,
)
from ..models.navigate_state_machine_reflection_state_prompt_retrieved_event import (
    NavigateStateMachineReflectionStatePromptRetrievedEvent,
)
from ..models.navigate_state_machine_reflection_state_reflection_generated_event import (
    NavigateStateMachineReflectionStateReflectionGeneratedEvent,
)
from ..models.navigate_state_machine_state_transitioned_event import NavigateStateMachineStateTransitionedEvent
from ..models.navigate_state_machine_tool_call_state_tool_output_available_event import (
    NavigateStateMachineToolCallStateToolOutputAvailableEvent,
)
from ..models.select_dynamic_behavior_completed_event import SelectDynamicBehaviorCompletedEvent
from ..models.select_dynamic_behavior_relevance_retrieval_completed_event import (
    SelectDynamicBehaviorRelevanceRetrievalCompletedEvent,
)
from ..models.select_dynamic_behavior_vector_generated_event import SelectDynamicBehaviorVectorGeneratedEvent
from ..models.tool_call_ended_event import ToolCallEndedEvent
from ..models.tool_call_started_event import ToolCallStartedEvent

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Literal, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .action_too_long_event import ActionTooLongEventParam
    from .check_if_active_memory_needed_agent_action_event import CheckIfActiveMemoryNeededAgentActionEventParam
    from .engage_user_dynamic_behavior_override_event import EngageUserDynamicBehaviorOverrideEventParam
    from .engage_user_message_fragment_generated_event import EngageUserMessageFragmentGeneratedEventParam
    from .extract_active_memories_agent_action_event import ExtractActiveMemoriesAgentActionEventParam
    from .generate_tool_params_designated_tool_call_params_generated_event import (
        GenerateToolParamsDesignatedToolCallParamsGeneratedEventParam,
    )
    from .generate_tool_params_designated_tool_retrieved_event import (
        GenerateToolParamsDesignatedToolRetrievedEventParam,
    )
    from .navigate_state_machine_action_state_action_selected_event import (
        NavigateStateMachineActionStateActionSelectedEventParam,
    )
    from .navigate_state_machine_annotation_state_annotation_retrieved_event import (
        NavigateStateMachineAnnotationStateAnnotationRetrievedEventParam,
    )
    from .navigate_state_machine_decision_state_decision_started_event import (
        NavigateStateMachineDecisionStateDecisionStartedEventParam,
    )
    from .navigate_state_machine_dynamic_behavior_override_event import (
        NavigateStateMachineDynamicBehaviorOverrideEventParam,
    )
    from .navigate_state_machine_exit_condition_selected_event import (
        NavigateStateMachineExitConditionSelectedEventParam,
    )
    from .navigate_state_machine_recall_state_active_memory_retrieved_event import (
        NavigateStateMachineRecallStateActiveMemoryRetrievedEventParam,
    )
    from .navigate_state_machine_recall_state_dynamic_queries_generated_event import (
        NavigateStateMachineRecallStateDynamicQueriesGeneratedEventParam,
    )
    from .navigate_state_machine_recall_state_static_queries_retrieved_event import (
        NavigateStateMachineRecallStateStaticQueriesRetrievedEventParam,
    )
    from .navigate_state_machine_reflection_state_prompt_retrieved_event import (
        NavigateStateMachineReflectionStatePromptRetrievedEventParam,
    )
    from .navigate_state_machine_reflection_state_reflection_generated_event import (
        NavigateStateMachineReflectionStateReflectionGeneratedEventParam,
    )
    from .navigate_state_machine_state_transitioned_event import NavigateStateMachineStateTransitionedEventParam
    from .navigate_state_machine_tool_call_state_tool_output_available_event import (
        NavigateStateMachineToolCallStateToolOutputAvailableEventParam,
    )
    from .select_dynamic_behavior_completed_event import SelectDynamicBehaviorCompletedEventParam
    from .select_dynamic_behavior_relevance_retrieval_completed_event import (
        SelectDynamicBehaviorRelevanceRetrievalCompletedEventParam,
    )
    from .select_dynamic_behavior_vector_generated_event import SelectDynamicBehaviorVectorGeneratedEventParam
    from .tool_call_ended_event import ToolCallEndedEventParam
    from .tool_call_started_event import ToolCallStartedEventParam

    CurrentAgentActionEventParam = TypedDict(
        "CurrentAgentActionEventParam",
        {
            "action": Required[
                Union[
                    Union[SelectDynamicBehaviorVectorGeneratedEventParam, SelectDynamicBehaviorVectorGeneratedEvent],
                    Union[
                        SelectDynamicBehaviorRelevanceRetrievalCompletedEventParam,
                        SelectDynamicBehaviorRelevanceRetrievalCompletedEvent,
                    ],
                    Union[SelectDynamicBehaviorCompletedEventParam, SelectDynamicBehaviorCompletedEvent],
                    Union[CheckIfActiveMemoryNeededAgentActionEventParam, CheckIfActiveMemoryNeededAgentActionEvent],
                    Union[ExtractActiveMemoriesAgentActionEventParam, ExtractActiveMemoriesAgentActionEvent],
                    Union[
                        NavigateStateMachineDynamicBehaviorOverrideEventParam,
                        NavigateStateMachineDynamicBehaviorOverrideEvent,
                    ],
                    Union[
                        NavigateStateMachineActionStateActionSelectedEventParam,
                        NavigateStateMachineActionStateActionSelectedEvent,
                    ],
                    Union[
                        NavigateStateMachineDecisionStateDecisionStartedEventParam,
                        NavigateStateMachineDecisionStateDecisionStartedEvent,
                    ],
                    Union[
                        NavigateStateMachineExitConditionSelectedEventParam,
                        NavigateStateMachineExitConditionSelectedEvent,
                    ],
                    Union[
                        NavigateStateMachineRecallStateDynamicQueriesGeneratedEventParam,
                        NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent,
                    ],
                    Union[
                        NavigateStateMachineRecallStateStaticQueriesRetrievedEventParam,
                        NavigateStateMachineRecallStateStaticQueriesRetrievedEvent,
                    ],
                    Union[
                        NavigateStateMachineRecallStateActiveMemoryRetrievedEventParam,
                        NavigateStateMachineRecallStateActiveMemoryRetrievedEvent,
                    ],
                    Union[
                        NavigateStateMachineReflectionStatePromptRetrievedEventParam,
                        NavigateStateMachineReflectionStatePromptRetrievedEvent,
                    ],
                    Union[
                        NavigateStateMachineReflectionStateReflectionGeneratedEventParam,
                        NavigateStateMachineReflectionStateReflectionGeneratedEvent,
                    ],
                    Union[
                        NavigateStateMachineAnnotationStateAnnotationRetrievedEventParam,
                        NavigateStateMachineAnnotationStateAnnotationRetrievedEvent,
                    ],
                    Union[NavigateStateMachineStateTransitionedEventParam, NavigateStateMachineStateTransitionedEvent],
                    Union[
                        GenerateToolParamsDesignatedToolRetrievedEventParam,
                        GenerateToolParamsDesignatedToolRetrievedEvent,
                    ],
                    Union[
                        GenerateToolParamsDesignatedToolCallParamsGeneratedEventParam,
                        GenerateToolParamsDesignatedToolCallParamsGeneratedEvent,
                    ],
                    Union[ActionTooLongEventParam, ActionTooLongEvent],
                    Union[ToolCallStartedEventParam, ToolCallStartedEvent],
                    Union[ToolCallEndedEventParam, ToolCallEndedEvent],
                    Union[
                        NavigateStateMachineToolCallStateToolOutputAvailableEventParam,
                        NavigateStateMachineToolCallStateToolOutputAvailableEvent,
                    ],
                    Union[EngageUserDynamicBehaviorOverrideEventParam, EngageUserDynamicBehaviorOverrideEvent],
                    Union[EngageUserMessageFragmentGeneratedEventParam, EngageUserMessageFragmentGeneratedEvent],
                ]
            ],
            "type": Literal["current-agent-action"],
        },
        total=False,
    )
