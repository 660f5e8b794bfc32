"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_state_transition_log import ActionStateTransitionLog
    from .action_too_long_event import ActionTooLongEvent
    from .annotation_state_transition_log import AnnotationStateTransitionLog
    from .boolean_metric_success_criterion import BooleanMetricSuccessCriterion
    from .boolean_metric_value import BooleanMetricValue
    from .categorical_metric_success_criterion_output import CategoricalMetricSuccessCriterionOutput
    from .categorical_metric_value_input import CategoricalMetricValueInput
    from .categorical_metric_value_output import CategoricalMetricValueOutput
    from .change_tool_candidates_action_output import ChangeToolCandidatesActionOutput
    from .change_tool_candidates_action_tool_call_spec import ChangeToolCandidatesActionToolCallSpec
    from .check_if_active_memory_needed_agent_action_event import CheckIfActiveMemoryNeededAgentActionEvent
    from .conversation_created_event import ConversationCreatedEvent
    from .conversation_instance import ConversationInstance
    from .conversation_instance_tags import ConversationInstanceTags
    from .create_conversation_request import CreateConversationRequest
    from .create_conversation_request_initial_message_type_type_0 import (
        CreateConversationRequestInitialMessageTypeType0,
    )
    from .create_conversation_request_tags import CreateConversationRequestTags
    from .create_conversation_response_format import CreateConversationResponseFormat
    from .create_dynamic_behavior_set_request import CreateDynamicBehaviorSetRequest
    from .create_dynamic_behavior_set_request_initial_version import CreateDynamicBehaviorSetRequestInitialVersion
    from .create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action import (
        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction,
    )
    from .create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action_tool_call_spec import (
        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionToolCallSpec,
    )
    from .create_dynamic_behavior_set_request_tags import CreateDynamicBehaviorSetRequestTags
    from .create_dynamic_behavior_set_response import CreateDynamicBehaviorSetResponse
    from .create_invited_user_request import CreateInvitedUserRequest
    from .create_invited_user_request_nonsensitive_user_variables import (
        CreateInvitedUserRequestNonsensitiveUserVariables,
    )
    from .create_invited_user_request_preferences import CreateInvitedUserRequestPreferences
    from .create_invited_user_request_sensitive_user_variables import CreateInvitedUserRequestSensitiveUserVariables
    from .create_invited_user_response import CreateInvitedUserResponse
    from .create_metric_request import CreateMetricRequest
    from .create_metric_request_tags import CreateMetricRequestTags
    from .create_metric_response import CreateMetricResponse
    from .create_service_request import CreateServiceRequest
    from .create_service_request_tags import CreateServiceRequestTags
    from .create_service_response import CreateServiceResponse
    from .create_simulation_persona_request import CreateSimulationPersonaRequest
    from .create_simulation_persona_request_initial_version import CreateSimulationPersonaRequestInitialVersion
    from .create_simulation_persona_request_initial_version_nonsensitive_user_variables import (
        CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables,
    )
    from .create_simulation_persona_request_initial_version_sensitive_user_variables import (
        CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables,
    )
    from .create_simulation_persona_request_tags import CreateSimulationPersonaRequestTags
    from .create_simulation_persona_response import CreateSimulationPersonaResponse
    from .create_simulation_scenario_request import CreateSimulationScenarioRequest
    from .create_simulation_scenario_request_initial_version import CreateSimulationScenarioRequestInitialVersion
    from .create_simulation_scenario_request_tags import CreateSimulationScenarioRequestTags
    from .create_simulation_scenario_response import CreateSimulationScenarioResponse
    from .create_simulation_unit_test_set_request import CreateSimulationUnitTestSetRequest
    from .create_simulation_unit_test_set_request_tags import CreateSimulationUnitTestSetRequestTags
    from .create_simulation_unit_test_set_response import CreateSimulationUnitTestSetResponse
    from .create_simulation_unit_test_set_run_request import CreateSimulationUnitTestSetRunRequest
    from .create_simulation_unit_test_set_run_response import CreateSimulationUnitTestSetRunResponse
    from .create_webhook_destination_request import CreateWebhookDestinationRequest
    from .create_webhook_destination_response import CreateWebhookDestinationResponse
    from .current_agent_action_event import CurrentAgentActionEvent
    from .decision_state_transition_log import DecisionStateTransitionLog
    from .delivery_attempt import DeliveryAttempt
    from .dynamic_behavior_invocation import DynamicBehaviorInvocation
    from .dynamic_behavior_set_instance import DynamicBehaviorSetInstance
    from .dynamic_behavior_set_instance_tags import DynamicBehaviorSetInstanceTags
    from .dynamic_behavior_set_user_info import DynamicBehaviorSetUserInfo
    from .dynamic_behavior_set_version import DynamicBehaviorSetVersion
    from .dynamic_behavior_set_version_user_info import DynamicBehaviorSetVersionUserInfo
    from .end_session_event import EndSessionEvent
    from .engage_user_dynamic_behavior_override_event import EngageUserDynamicBehaviorOverrideEvent
    from .engage_user_message_fragment_generated_event import EngageUserMessageFragmentGeneratedEvent
    from .error_event import ErrorEvent
    from .evaluate_metrics_request import EvaluateMetricsRequest
    from .evaluate_metrics_response import EvaluateMetricsResponse
    from .evaluation_source_type import EvaluationSourceType
    from .extract_active_memories_agent_action_event import ExtractActiveMemoriesAgentActionEvent
    from .format_ import Format
    from .generate_conversation_starter_request import GenerateConversationStarterRequest
    from .generate_conversation_starter_response import GenerateConversationStarterResponse
    from .generate_tool_params_designated_tool_call_params_generated_event import (
        GenerateToolParamsDesignatedToolCallParamsGeneratedEvent,
    )
    from .generate_tool_params_designated_tool_call_params_generated_event_tool_call_params import (
        GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams,
    )
    from .generate_tool_params_designated_tool_retrieved_event import GenerateToolParamsDesignatedToolRetrievedEvent
    from .get_conversation_messages_response import GetConversationMessagesResponse
    from .get_conversations_response import GetConversationsResponse
    from .get_dynamic_behavior_invocations_response import GetDynamicBehaviorInvocationsResponse
    from .get_dynamic_behavior_set_versions_response import GetDynamicBehaviorSetVersionsResponse
    from .get_dynamic_behavior_sets_response import GetDynamicBehaviorSetsResponse
    from .get_dynamic_behavior_sets_response_filter_values import GetDynamicBehaviorSetsResponseFilterValues
    from .get_interaction_insights_response import GetInteractionInsightsResponse
    from .get_memories_response import GetMemoriesResponse
    from .get_metric_evaluation_results_response import GetMetricEvaluationResultsResponse
    from .get_metric_evaluation_results_response_filter_values import GetMetricEvaluationResultsResponseFilterValues
    from .get_metrics_response import GetMetricsResponse
    from .get_metrics_response_filter_values import GetMetricsResponseFilterValues
    from .get_organization_response import GetOrganizationResponse
    from .get_services_response import GetServicesResponse
    from .get_services_response_filter_values import GetServicesResponseFilterValues
    from .get_simulation_personas_response import GetSimulationPersonasResponse
    from .get_simulation_personas_response_filter_values import GetSimulationPersonasResponseFilterValues
    from .get_simulation_scenarios_response import GetSimulationScenariosResponse
    from .get_simulation_scenarios_response_filter_values import GetSimulationScenariosResponseFilterValues
    from .get_simulation_unit_test_set_run_artifacts_response import GetSimulationUnitTestSetRunArtifactsResponse
    from .get_simulation_unit_test_set_runs_response import GetSimulationUnitTestSetRunsResponse
    from .get_simulation_unit_test_set_runs_response_filter_values import (
        GetSimulationUnitTestSetRunsResponseFilterValues,
    )
    from .get_simulation_unit_test_sets_response import GetSimulationUnitTestSetsResponse
    from .get_simulation_unit_test_sets_response_filter_values import GetSimulationUnitTestSetsResponseFilterValues
    from .get_user_model_response import GetUserModelResponse
    from .get_users_response import GetUsersResponse
    from .get_webhook_deliveries_response import GetWebhookDeliveriesResponse
    from .get_webhook_destinations_response import GetWebhookDestinationsResponse
    from .initial_message_type import InitialMessageType
    from .inject_instruction_action_input import InjectInstructionActionInput
    from .inject_instruction_action_output import InjectInstructionActionOutput
    from .interact_with_conversation_request import InteractWithConversationRequest
    from .interact_with_conversation_request_format import InteractWithConversationRequestFormat
    from .interact_with_conversation_request_initial_message_type import (
        InteractWithConversationRequestInitialMessageType,
    )
    from .interact_with_conversation_response_format import InteractWithConversationResponseFormat
    from .interaction_complete_event import InteractionCompleteEvent
    from .jumpback_state_transition_log import JumpbackStateTransitionLog
    from .llm_config_input import LLMConfigInput
    from .llm_config_input_params import LLMConfigInputParams
    from .llm_config_output import LLMConfigOutput
    from .llm_config_output_params import LLMConfigOutputParams
    from .llm_type import LLMType
    from .manual_evaluation_source import ManualEvaluationSource
    from .manual_evaluation_source_user_info import ManualEvaluationSourceUserInfo
    from .memory_instance import MemoryInstance
    from .message_instance import MessageInstance
    from .message_type import MessageType
    from .metric import Metric
    from .metric_agent_metric_evaluation_result import MetricAgentMetricEvaluationResult
    from .metric_evaluation_result_instance import MetricEvaluationResultInstance
    from .metric_instance import MetricInstance
    from .metric_to_evaluate import MetricToEvaluate
    from .metric_user_info import MetricUserInfo
    from .metric_value_type import MetricValueType
    from .modify_tags_of_conversation_request import ModifyTagsOfConversationRequest
    from .modify_tags_of_conversation_request_updates import ModifyTagsOfConversationRequestUpdates
    from .modify_user_variables_request import ModifyUserVariablesRequest
    from .modify_user_variables_request_delete_request import ModifyUserVariablesRequestDeleteRequest
    from .mp3_user_message_audio_config import MP3UserMessageAudioConfig
    from .navigate_state_machine_action_state_action_selected_event import (
        NavigateStateMachineActionStateActionSelectedEvent,
    )
    from .navigate_state_machine_annotation_state_annotation_retrieved_event import (
        NavigateStateMachineAnnotationStateAnnotationRetrievedEvent,
    )
    from .navigate_state_machine_decision_state_decision_started_event import (
        NavigateStateMachineDecisionStateDecisionStartedEvent,
    )
    from .navigate_state_machine_dynamic_behavior_override_event import NavigateStateMachineDynamicBehaviorOverrideEvent
    from .navigate_state_machine_exit_condition_selected_event import NavigateStateMachineExitConditionSelectedEvent
    from .navigate_state_machine_recall_state_active_memory_retrieved_event import (
        NavigateStateMachineRecallStateActiveMemoryRetrievedEvent,
    )
    from .navigate_state_machine_recall_state_dynamic_queries_generated_event import (
        NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent,
    )
    from .navigate_state_machine_recall_state_static_queries_retrieved_event import (
        NavigateStateMachineRecallStateStaticQueriesRetrievedEvent,
    )
    from .navigate_state_machine_reflection_state_prompt_retrieved_event import (
        NavigateStateMachineReflectionStatePromptRetrievedEvent,
    )
    from .navigate_state_machine_reflection_state_reflection_generated_event import (
        NavigateStateMachineReflectionStateReflectionGeneratedEvent,
    )
    from .navigate_state_machine_state_transitioned_event import NavigateStateMachineStateTransitionedEvent
    from .navigate_state_machine_tool_call_state_tool_output_available_event import (
        NavigateStateMachineToolCallStateToolOutputAvailableEvent,
    )
    from .navigate_state_machine_tool_call_state_tool_output_available_event_input_arguments import (
        NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments,
    )
    from .new_message_event import NewMessageEvent
    from .not_set import NotSet
    from .numerical_metric_success_criterion import NumericalMetricSuccessCriterion
    from .numerical_metric_value import NumericalMetricValue
    from .pcm_user_message_audio_config import PCMUserMessageAudioConfig
    from .pcm_user_message_audio_config_sample_width import PCMUserMessageAudioConfigSampleWidth
    from .post_analysis_type import PostAnalysisType
    from .post_session_evaluation_source import PostSessionEvaluationSource
    from .preferences_output import PreferencesOutput
    from .prompt import Prompt
    from .recall_state_transition_log import RecallStateTransitionLog
    from .recommend_responses_for_interaction_request import RecommendResponsesForInteractionRequest
    from .recommend_responses_for_interaction_response import RecommendResponsesForInteractionResponse
    from .reflection_state_transition_log import ReflectionStateTransitionLog
    from .result_persistence import ResultPersistence
    from .rotate_webhook_destination_secret_response import RotateWebhookDestinationSecretResponse
    from .search_dynamic_behavior_sets_response import SearchDynamicBehaviorSetsResponse
    from .search_metrics_response import SearchMetricsResponse
    from .search_users_response import SearchUsersResponse
    from .select_dynamic_behavior_completed_event import SelectDynamicBehaviorCompletedEvent
    from .select_dynamic_behavior_relevance_retrieval_completed_event import (
        SelectDynamicBehaviorRelevanceRetrievalCompletedEvent,
    )
    from .select_dynamic_behavior_vector_generated_event import SelectDynamicBehaviorVectorGeneratedEvent
    from .service_instance import ServiceInstance
    from .service_instance_version_sets import ServiceInstanceVersionSets
    from .service_user_info import ServiceUserInfo
    from .sign_in_with_api_key_response import SignInWithApiKeyResponse
    from .simulation_evaluation_source import SimulationEvaluationSource
    from .simulation_persona_instance import SimulationPersonaInstance
    from .simulation_persona_instance_tags import SimulationPersonaInstanceTags
    from .simulation_persona_user_info import SimulationPersonaUserInfo
    from .simulation_scenario_instance import SimulationScenarioInstance
    from .simulation_scenario_instance_tags import SimulationScenarioInstanceTags
    from .simulation_scenario_user_info import SimulationScenarioUserInfo
    from .simulation_unit_test_set_instance import SimulationUnitTestSetInstance
    from .simulation_unit_test_set_run_instance import SimulationUnitTestSetRunInstance
    from .simulation_unit_test_set_run_user_info import SimulationUnitTestSetRunUserInfo
    from .simulation_unit_test_set_user_info import SimulationUnitTestSetUserInfo
    from .tag import Tag
    from .tool_call_ended_event import ToolCallEndedEvent
    from .tool_call_ended_event_input_parameters import ToolCallEndedEventInputParameters
    from .tool_call_log import ToolCallLog
    from .tool_call_log_input import ToolCallLogInput
    from .tool_call_started_event import ToolCallStartedEvent
    from .tool_call_started_event_input_params import ToolCallStartedEventInputParams
    from .tool_call_state_transition_log import ToolCallStateTransitionLog
    from .unit_test_run_descriptor_input import UnitTestRunDescriptorInput
    from .unit_test_run_descriptor_output import UnitTestRunDescriptorOutput
    from .unit_test_run_result import UnitTestRunResult
    from .unit_test_run_result_metric_evaluation_result import UnitTestRunResultMetricEvaluationResult
    from .unit_test_run_spec import UnitTestRunSpec
    from .unit_test_run_spec_llm_model_preferences import UnitTestRunSpecLlmModelPreferences
    from .update_service_request import UpdateServiceRequest
    from .update_service_request_tags_type_0 import UpdateServiceRequestTagsType0
    from .update_user_info_request import UpdateUserInfoRequest
    from .update_webhook_destination_request import UpdateWebhookDestinationRequest
    from .upsert_request import UpsertRequest
    from .upsert_service_version_set_request import UpsertServiceVersionSetRequest
    from .user_dimension_output import UserDimensionOutput
    from .user_instance import UserInstance
    from .user_instance_nonsensitive_variables import UserInstanceNonsensitiveVariables
    from .user_message_available_event import UserMessageAvailableEvent
    from .user_model import UserModel
    from .user_stats import UserStats
    from .verb import Verb
    from .version_set_info import VersionSetInfo
    from .version_set_info_llm_model_preferences import VersionSetInfoLlmModelPreferences
    from .version_set_input import VersionSetInput
    from .version_set_input_llm_model_preferences import VersionSetInputLlmModelPreferences
    from .version_set_output import VersionSetOutput
    from .version_set_output_llm_model_preferences import VersionSetOutputLlmModelPreferences
    from .webhook_delivery_instance import WebhookDeliveryInstance
    from .webhook_delivery_instance_webhook_content import WebhookDeliveryInstanceWebhookContent
    from .webhook_delivery_status import WebhookDeliveryStatus
    from .webhook_destination import WebhookDestination
    from .webhook_type import WebhookType
    from .working_memory import WorkingMemory

#: model name -> the module under this package that defines it
_MODULES = {
    "ActionStateTransitionLog": ".action_state_transition_log",
    "ActionTooLongEvent": ".action_too_long_event",
    "AnnotationStateTransitionLog": ".annotation_state_transition_log",
    "BooleanMetricSuccessCriterion": ".boolean_metric_success_criterion",
    "BooleanMetricValue": ".boolean_metric_value",
    "CategoricalMetricSuccessCriterionOutput": ".categorical_metric_success_criterion_output",
    "CategoricalMetricValueInput": ".categorical_metric_value_input",
    "CategoricalMetricValueOutput": ".categorical_metric_value_output",
    "ChangeToolCandidatesActionOutput": ".change_tool_candidates_action_output",
    "ChangeToolCandidatesActionToolCallSpec": ".change_tool_candidates_action_tool_call_spec",
    "CheckIfActiveMemoryNeededAgentActionEvent": ".check_if_active_memory_needed_agent_action_event",
    "ConversationCreatedEvent": ".conversation_created_event",
    "ConversationInstance": ".conversation_instance",
    "ConversationInstanceTags": ".conversation_instance_tags",
    "CreateConversationRequest": ".create_conversation_request",
    "CreateConversationRequestInitialMessageTypeType0": ".create_conversation_request_initial_message_type_type_0",
    "CreateConversationRequestTags": ".create_conversation_request_tags",
    "CreateConversationResponseFormat": ".create_conversation_response_format",
    "CreateDynamicBehaviorSetRequest": ".create_dynamic_behavior_set_request",
    "CreateDynamicBehaviorSetRequestInitialVersion": ".create_dynamic_behavior_set_request_initial_version",
    "CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction": ".create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action",
    "CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionToolCallSpec": ".create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action_tool_call_spec",
    "CreateDynamicBehaviorSetRequestTags": ".create_dynamic_behavior_set_request_tags",
    "CreateDynamicBehaviorSetResponse": ".create_dynamic_behavior_set_response",
    "CreateInvitedUserRequest": ".create_invited_user_request",
    "CreateInvitedUserRequestNonsensitiveUserVariables": ".create_invited_user_request_nonsensitive_user_variables",
    "CreateInvitedUserRequestPreferences": ".create_invited_user_request_preferences",
    "CreateInvitedUserRequestSensitiveUserVariables": ".create_invited_user_request_sensitive_user_variables",
    "CreateInvitedUserResponse": ".create_invited_user_response",
    "CreateMetricRequest": ".create_metric_request",
    "CreateMetricRequestTags": ".create_metric_request_tags",
    "CreateMetricResponse": ".create_metric_response",
    "CreateServiceRequest": ".create_service_request",
    "CreateServiceRequestTags": ".create_service_request_tags",
    "CreateServiceResponse": ".create_service_response",
    "CreateSimulationPersonaRequest": ".create_simulation_persona_request",
    "CreateSimulationPersonaRequestInitialVersion": ".create_simulation_persona_request_initial_version",
    "CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables": ".create_simulation_persona_request_initial_version_nonsensitive_user_variables",
    "CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables": ".create_simulation_persona_request_initial_version_sensitive_user_variables",
    "CreateSimulationPersonaRequestTags": ".create_simulation_persona_request_tags",
    "CreateSimulationPersonaResponse": ".create_simulation_persona_response",
    "CreateSimulationScenarioRequest": ".create_simulation_scenario_request",
    "CreateSimulationScenarioRequestInitialVersion": ".create_simulation_scenario_request_initial_version",
    "CreateSimulationScenarioRequestTags": ".create_simulation_scenario_request_tags",
    "CreateSimulationScenarioResponse": ".create_simulation_scenario_response",
    "CreateSimulationUnitTestSetRequest": ".create_simulation_unit_test_set_request",
    "CreateSimulationUnitTestSetRequestTags": ".create_simulation_unit_test_set_request_tags",
    "CreateSimulationUnitTestSetResponse": ".create_simulation_unit_test_set_response",
    "CreateSimulationUnitTestSetRunRequest": ".create_simulation_unit_test_set_run_request",
    "CreateSimulationUnitTestSetRunResponse": ".create_simulation_unit_test_set_run_response",
    "CreateWebhookDestinationRequest": ".create_webhook_destination_request",
    "CreateWebhookDestinationResponse": ".create_webhook_destination_response",
    "CurrentAgentActionEvent": ".current_agent_action_event",
    "DecisionStateTransitionLog": ".decision_state_transition_log",
    "DeliveryAttempt": ".delivery_attempt",
    "DynamicBehaviorInvocation": ".dynamic_behavior_invocation",
    "DynamicBehaviorSetInstance": ".dynamic_behavior_set_instance",
    "DynamicBehaviorSetInstanceTags": ".dynamic_behavior_set_instance_tags",
    "DynamicBehaviorSetUserInfo": ".dynamic_behavior_set_user_info",
    "DynamicBehaviorSetVersion": ".dynamic_behavior_set_version",
    "DynamicBehaviorSetVersionUserInfo": ".dynamic_behavior_set_version_user_info",
    "EndSessionEvent": ".end_session_event",
    "EngageUserDynamicBehaviorOverrideEvent": ".engage_user_dynamic_behavior_override_event",
    "EngageUserMessageFragmentGeneratedEvent": ".engage_user_message_fragment_generated_event",
    "ErrorEvent": ".error_event",
    "EvaluateMetricsRequest": ".evaluate_metrics_request",
    "EvaluateMetricsResponse": ".evaluate_metrics_response",
    "EvaluationSourceType": ".evaluation_source_type",
    "ExtractActiveMemoriesAgentActionEvent": ".extract_active_memories_agent_action_event",
    "Format": ".format_",
    "GenerateConversationStarterRequest": ".generate_conversation_starter_request",
    "GenerateConversationStarterResponse": ".generate_conversation_starter_response",
    "GenerateToolParamsDesignatedToolCallParamsGeneratedEvent": ".generate_tool_params_designated_tool_call_params_generated_event",
    "GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams": ".generate_tool_params_designated_tool_call_params_generated_event_tool_call_params",
    "GenerateToolParamsDesignatedToolRetrievedEvent": ".generate_tool_params_designated_tool_retrieved_event",
    "GetConversationMessagesResponse": ".get_conversation_messages_response",
    "GetConversationsResponse": ".get_conversations_response",
    "GetDynamicBehaviorInvocationsResponse": ".get_dynamic_behavior_invocations_response",
    "GetDynamicBehaviorSetVersionsResponse": ".get_dynamic_behavior_set_versions_response",
    "GetDynamicBehaviorSetsResponse": ".get_dynamic_behavior_sets_response",
    "GetDynamicBehaviorSetsResponseFilterValues": ".get_dynamic_behavior_sets_response_filter_values",
    "GetInteractionInsightsResponse": ".get_interaction_insights_response",
    "GetMemoriesResponse": ".get_memories_response",
    "GetMetricEvaluationResultsResponse": ".get_metric_evaluation_results_response",
    "GetMetricEvaluationResultsResponseFilterValues": ".get_metric_evaluation_results_response_filter_values",
    "GetMetricsResponse": ".get_metrics_response",
    "GetMetricsResponseFilterValues": ".get_metrics_response_filter_values",
    "GetOrganizationResponse": ".get_organization_response",
    "GetServicesResponse": ".get_services_response",
    "GetServicesResponseFilterValues": ".get_services_response_filter_values",
    "GetSimulationPersonasResponse": ".get_simulation_personas_response",
    "GetSimulationPersonasResponseFilterValues": ".get_simulation_personas_response_filter_values",
    "GetSimulationScenariosResponse": ".get_simulation_scenarios_response",
    "GetSimulationScenariosResponseFilterValues": ".get_simulation_scenarios_response_filter_values",
    "GetSimulationUnitTestSetRunArtifactsResponse": ".get_simulation_unit_test_set_run_artifacts_response",
    "GetSimulationUnitTestSetRunsResponse": ".get_simulation_unit_test_set_runs_response",
    "GetSimulationUnitTestSetRunsResponseFilterValues": ".get_simulation_unit_test_set_runs_response_filter_values",
    "GetSimulationUnitTestSetsResponse": ".get_simulation_unit_test_sets_response",
    "GetSimulationUnitTestSetsResponseFilterValues": ".get_simulation_unit_test_sets_response_filter_values",
    "GetUserModelResponse": ".get_user_model_response",
    "GetUsersResponse": ".get_users_response",
    "GetWebhookDeliveriesResponse": ".get_webhook_deliveries_response",
    "GetWebhookDestinationsResponse": ".get_webhook_destinations_response",
    "InitialMessageType": ".initial_message_type",
    "InjectInstructionActionInput": ".inject_instruction_action_input",
    "InjectInstructionActionOutput": ".inject_instruction_action_output",
    "InteractWithConversationRequest": ".interact_with_conversation_request",
    "InteractWithConversationRequestFormat": ".interact_with_conversation_request_format",
    "InteractWithConversationRequestInitialMessageType": ".interact_with_conversation_request_initial_message_type",
    "InteractWithConversationResponseFormat": ".interact_with_conversation_response_format",
    "InteractionCompleteEvent": ".interaction_complete_event",
    "JumpbackStateTransitionLog": ".jumpback_state_transition_log",
    "LLMConfigInput": ".llm_config_input",
    "LLMConfigInputParams": ".llm_config_input_params",
    "LLMConfigOutput": ".llm_config_output",
    "LLMConfigOutputParams": ".llm_config_output_params",
    "LLMType": ".llm_type",
    "ManualEvaluationSource": ".manual_evaluation_source",
    "ManualEvaluationSourceUserInfo": ".manual_evaluation_source_user_info",
    "MemoryInstance": ".memory_instance",
    "MessageInstance": ".message_instance",
    "MessageType": ".message_type",
    "Metric": ".metric",
    "MetricAgentMetricEvaluationResult": ".metric_agent_metric_evaluation_result",
    "MetricEvaluationResultInstance": ".metric_evaluation_result_instance",
    "MetricInstance": ".metric_instance",
    "MetricToEvaluate": ".metric_to_evaluate",
    "MetricUserInfo": ".metric_user_info",
    "MetricValueType": ".metric_value_type",
    "ModifyTagsOfConversationRequest": ".modify_tags_of_conversation_request",
    "ModifyTagsOfConversationRequestUpdates": ".modify_tags_of_conversation_request_updates",
    "ModifyUserVariablesRequest": ".modify_user_variables_request",
    "ModifyUserVariablesRequestDeleteRequest": ".modify_user_variables_request_delete_request",
    "MP3UserMessageAudioConfig": ".mp3_user_message_audio_config",
    "NavigateStateMachineActionStateActionSelectedEvent": ".navigate_state_machine_action_state_action_selected_event",
    "NavigateStateMachineAnnotationStateAnnotationRetrievedEvent": ".navigate_state_machine_annotation_state_annotation_retrieved_event",
    "NavigateStateMachineDecisionStateDecisionStartedEvent": ".navigate_state_machine_decision_state_decision_started_event",
    "NavigateStateMachineDynamicBehaviorOverrideEvent": ".navigate_state_machine_dynamic_behavior_override_event",
    "NavigateStateMachineExitConditionSelectedEvent": ".navigate_state_machine_exit_condition_selected_event",
    "NavigateStateMachineRecallStateActiveMemoryRetrievedEvent": ".navigate_state_machine_recall_state_active_memory_retrieved_event",
    "NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent": ".navigate_state_machine_recall_state_dynamic_queries_generated_event",
    "NavigateStateMachineRecallStateStaticQueriesRetrievedEvent": ".navigate_state_machine_recall_state_static_queries_retrieved_event",
    "NavigateStateMachineReflectionStatePromptRetrievedEvent": ".navigate_state_machine_reflection_state_prompt_retrieved_event",
    "NavigateStateMachineReflectionStateReflectionGeneratedEvent": ".navigate_state_machine_reflection_state_reflection_generated_event",
    "NavigateStateMachineStateTransitionedEvent": ".navigate_state_machine_state_transitioned_event",
    "NavigateStateMachineToolCallStateToolOutputAvailableEvent": ".navigate_state_machine_tool_call_state_tool_output_available_event",
    "NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments": ".navigate_state_machine_tool_call_state_tool_output_available_event_input_arguments",
    "NewMessageEvent": ".new_message_event",
    "NotSet": ".not_set",
    "NumericalMetricSuccessCriterion": ".numerical_metric_success_criterion",
    "NumericalMetricValue": ".numerical_metric_value",
    "PCMUserMessageAudioConfig": ".pcm_user_message_audio_config",
    "PCMUserMessageAudioConfigSampleWidth": ".pcm_user_message_audio_config_sample_width",
    "PostAnalysisType": ".post_analysis_type",
    "PostSessionEvaluationSource": ".post_session_evaluation_source",
    "PreferencesOutput": ".preferences_output",
    "Prompt": ".prompt",
    "RecallStateTransitionLog": ".recall_state_transition_log",
    "RecommendResponsesForInteractionRequest": ".recommend_responses_for_interaction_request",
    "RecommendResponsesForInteractionResponse": ".recommend_responses_for_interaction_response",
    "ReflectionStateTransitionLog": ".reflection_state_transition_log",
    "ResultPersistence": ".result_persistence",
    "RotateWebhookDestinationSecretResponse": ".rotate_webhook_destination_secret_response",
    "SearchDynamicBehaviorSetsResponse": ".search_dynamic_behavior_sets_response",
    "SearchMetricsResponse": ".search_metrics_response",
    "SearchUsersResponse": ".search_users_response",
    "SelectDynamicBehaviorCompletedEvent": ".select_dynamic_behavior_completed_event",
    "SelectDynamicBehaviorRelevanceRetrievalCompletedEvent": ".select_dynamic_behavior_relevance_retrieval_completed_event",
    "SelectDynamicBehaviorVectorGeneratedEvent": ".select_dynamic_behavior_vector_generated_event",
    "ServiceInstance": ".service_instance",
    "ServiceInstanceVersionSets": ".service_instance_version_sets",
    "ServiceUserInfo": ".service_user_info",
    "SignInWithApiKeyResponse": ".sign_in_with_api_key_response",
    "SimulationEvaluationSource": ".simulation_evaluation_source",
    "SimulationPersonaInstance": ".simulation_persona_instance",
    "SimulationPersonaInstanceTags": ".simulation_persona_instance_tags",
    "SimulationPersonaUserInfo": ".simulation_persona_user_info",
    "SimulationScenarioInstance": ".simulation_scenario_instance",
    "SimulationScenarioInstanceTags": ".simulation_scenario_instance_tags",
    "SimulationScenarioUserInfo": ".simulation_scenario_user_info",
    "SimulationUnitTestSetInstance": ".simulation_unit_test_set_instance",
    "SimulationUnitTestSetRunInstance": ".simulation_unit_test_set_run_instance",
    "SimulationUnitTestSetRunUserInfo": ".simulation_unit_test_set_run_user_info",
    "SimulationUnitTestSetUserInfo": ".simulation_unit_test_set_user_info",
    "Tag": ".tag",
    "ToolCallEndedEvent": ".tool_call_ended_event",
    "ToolCallEndedEventInputParameters": ".tool_call_ended_event_input_parameters",
    "ToolCallLog": ".tool_call_log",
    "ToolCallLogInput": ".tool_call_log_input",
    "ToolCallStartedEvent": ".tool_call_started_event",
    "ToolCallStartedEventInputParams": ".tool_call_started_event_input_params",
    "ToolCallStateTransitionLog": ".tool_call_state_transition_log",
    "UnitTestRunDescriptorInput": ".unit_test_run_descriptor_input",
    "UnitTestRunDescriptorOutput": ".unit_test_run_descriptor_output",
    "UnitTestRunResult": ".unit_test_run_result",
    "UnitTestRunResultMetricEvaluationResult": ".unit_test_run_result_metric_evaluation_result",
    "UnitTestRunSpec": ".unit_test_run_spec",
    "UnitTestRunSpecLlmModelPreferences": ".unit_test_run_spec_llm_model_preferences",
    "UpdateServiceRequest": ".update_service_request",
    "UpdateServiceRequestTagsType0": ".update_service_request_tags_type_0",
    "UpdateUserInfoRequest": ".update_user_info_request",
    "UpdateWebhookDestinationRequest": ".update_webhook_destination_request",
    "UpsertRequest": ".upsert_request",
    "UpsertServiceVersionSetRequest": ".upsert_service_version_set_request",
    "UserDimensionOutput": ".user_dimension_output",
    "UserInstance": ".user_instance",
    "UserInstanceNonsensitiveVariables": ".user_instance_nonsensitive_variables",
    "UserMessageAvailableEvent": ".user_message_available_event",
    "UserModel": ".user_model",
    "UserStats": ".user_stats",
    "Verb": ".verb",
    "VersionSetInfo": ".version_set_info",
    "VersionSetInfoLlmModelPreferences": ".version_set_info_llm_model_preferences",
    "VersionSetInput": ".version_set_input",
    "VersionSetInputLlmModelPreferences": ".version_set_input_llm_model_preferences",
    "VersionSetOutput": ".version_set_output",
    "VersionSetOutputLlmModelPreferences": ".version_set_output_llm_model_preferences",
    "WebhookDeliveryInstance": ".webhook_delivery_instance",
    "WebhookDeliveryInstanceWebhookContent": ".webhook_delivery_instance_webhook_content",
    "WebhookDeliveryStatus": ".webhook_delivery_status",
    "WebhookDestination": ".webhook_destination",
    "WebhookType": ".webhook_type",
    "WorkingMemory": ".working_memory",
}

__all__ = (
    "ActionStateTransitionLog",
    "ActionTooLongEvent",
    "AnnotationStateTransitionLog",
    "BooleanMetricSuccessCriterion",
    "BooleanMetricValue",
    "CategoricalMetricSuccessCriterionOutput",
    "CategoricalMetricValueInput",
    "CategoricalMetricValueOutput",
    "ChangeToolCandidatesActionOutput",
    "ChangeToolCandidatesActionToolCallSpec",
    "CheckIfActiveMemoryNeededAgentActionEvent",
    "ConversationCreatedEvent",
    "ConversationInstance",
    "ConversationInstanceTags",
    "CreateConversationRequest",
    "CreateConversationRequestInitialMessageTypeType0",
    "CreateConversationRequestTags",
    "CreateConversationResponseFormat",
    "CreateDynamicBehaviorSetRequest",
    "CreateDynamicBehaviorSetRequestInitialVersion",
    "CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction",
    "CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionToolCallSpec",
    "CreateDynamicBehaviorSetRequestTags",
    "CreateDynamicBehaviorSetResponse",
    "CreateInvitedUserRequest",
    "CreateInvitedUserRequestNonsensitiveUserVariables",
    "CreateInvitedUserRequestPreferences",
    "CreateInvitedUserRequestSensitiveUserVariables",
    "CreateInvitedUserResponse",
    "CreateMetricRequest",
    "CreateMetricRequestTags",
    "CreateMetricResponse",
    "CreateServiceRequest",
    "CreateServiceRequestTags",
    "CreateServiceResponse",
    "CreateSimulationPersonaRequest",
    "CreateSimulationPersonaRequestInitialVersion",
    "CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables",
    "CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables",
    "CreateSimulationPersonaRequestTags",
    "CreateSimulationPersonaResponse",
    "CreateSimulationScenarioRequest",
    "CreateSimulationScenarioRequestInitialVersion",
    "CreateSimulationScenarioRequestTags",
    "CreateSimulationScenarioResponse",
    "CreateSimulationUnitTestSetRequest",
    "CreateSimulationUnitTestSetRequestTags",
    "CreateSimulationUnitTestSetResponse",
    "CreateSimulationUnitTestSetRunRequest",
    "CreateSimulationUnitTestSetRunResponse",
    "CreateWebhookDestinationRequest",
    "CreateWebhookDestinationResponse",
    "CurrentAgentActionEvent",
    "DecisionStateTransitionLog",
    "DeliveryAttempt",
    "DynamicBehaviorInvocation",
    "DynamicBehaviorSetInstance",
    "DynamicBehaviorSetInstanceTags",
    "DynamicBehaviorSetUserInfo",
    "DynamicBehaviorSetVersion",
    "DynamicBehaviorSetVersionUserInfo",
    "EndSessionEvent",
    "EngageUserDynamicBehaviorOverrideEvent",
    "EngageUserMessageFragmentGeneratedEvent",
    "ErrorEvent",
    "EvaluateMetricsRequest",
    "EvaluateMetricsResponse",
    "EvaluationSourceType",
    "ExtractActiveMemoriesAgentActionEvent",
    "Format",
    "GenerateConversationStarterRequest",
    "GenerateConversationStarterResponse",
    "GenerateToolParamsDesignatedToolCallParamsGeneratedEvent",
    "GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams",
    "GenerateToolParamsDesignatedToolRetrievedEvent",
    "GetConversationMessagesResponse",
    "GetConversationsResponse",
    "GetDynamicBehaviorInvocationsResponse",
    "GetDynamicBehaviorSetsResponse",
    "GetDynamicBehaviorSetsResponseFilterValues",
    "GetDynamicBehaviorSetVersionsResponse",
    "GetInteractionInsightsResponse",
    "GetMemoriesResponse",
    "GetMetricEvaluationResultsResponse",
    "GetMetricEvaluationResultsResponseFilterValues",
    "GetMetricsResponse",
    "GetMetricsResponseFilterValues",
    "GetOrganizationResponse",
    "GetServicesResponse",
    "GetServicesResponseFilterValues",
    "GetSimulationPersonasResponse",
    "GetSimulationPersonasResponseFilterValues",
    "GetSimulationScenariosResponse",
    "GetSimulationScenariosResponseFilterValues",
    "GetSimulationUnitTestSetRunArtifactsResponse",
    "GetSimulationUnitTestSetRunsResponse",
    "GetSimulationUnitTestSetRunsResponseFilterValues",
    "GetSimulationUnitTestSetsResponse",
    "GetSimulationUnitTestSetsResponseFilterValues",
    "GetUserModelResponse",
    "GetUsersResponse",
    "GetWebhookDeliveriesResponse",
    "GetWebhookDestinationsResponse",
    "InitialMessageType",
    "InjectInstructionActionInput",
    "InjectInstructionActionOutput",
    "InteractionCompleteEvent",
    "InteractWithConversationRequest",
    "InteractWithConversationRequestFormat",
    "InteractWithConversationRequestInitialMessageType",
    "InteractWithConversationResponseFormat",
    "JumpbackStateTransitionLog",
    "LLMConfigInput",
    "LLMConfigInputParams",
    "LLMConfigOutput",
    "LLMConfigOutputParams",
    "LLMType",
    "ManualEvaluationSource",
    "ManualEvaluationSourceUserInfo",
    "MemoryInstance",
    "MessageInstance",
    "MessageType",
    "Metric",
    "MetricAgentMetricEvaluationResult",
    "MetricEvaluationResultInstance",
    "MetricInstance",
    "MetricToEvaluate",
    "MetricUserInfo",
    "MetricValueType",
    "ModifyTagsOfConversationRequest",
    "ModifyTagsOfConversationRequestUpdates",
    "ModifyUserVariablesRequest",
    "ModifyUserVariablesRequestDeleteRequest",
    "MP3UserMessageAudioConfig",
    "NavigateStateMachineActionStateActionSelectedEvent",
    "NavigateStateMachineAnnotationStateAnnotationRetrievedEvent",
    "NavigateStateMachineDecisionStateDecisionStartedEvent",
    "NavigateStateMachineDynamicBehaviorOverrideEvent",
    "NavigateStateMachineExitConditionSelectedEvent",
    "NavigateStateMachineRecallStateActiveMemoryRetrievedEvent",
    "NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent",
    "NavigateStateMachineRecallStateStaticQueriesRetrievedEvent",
    "NavigateStateMachineReflectionStatePromptRetrievedEvent",
    "NavigateStateMachineReflectionStateReflectionGeneratedEvent",
    "NavigateStateMachineStateTransitionedEvent",
    "NavigateStateMachineToolCallStateToolOutputAvailableEvent",
    "NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments",
    "NewMessageEvent",
    "NotSet",
    "NumericalMetricSuccessCriterion",
    "NumericalMetricValue",
    "PCMUserMessageAudioConfig",
    "PCMUserMessageAudioConfigSampleWidth",
    "PostAnalysisType",
    "PostSessionEvaluationSource",
    "PreferencesOutput",
    "Prompt",
    "RecallStateTransitionLog",
    "RecommendResponsesForInteractionRequest",
    "RecommendResponsesForInteractionResponse",
    "ReflectionStateTransitionLog",
    "ResultPersistence",
    "RotateWebhookDestinationSecretResponse",
    "SearchDynamicBehaviorSetsResponse",
    "SearchMetricsResponse",
    "SearchUsersResponse",
    "SelectDynamicBehaviorCompletedEvent",
    "SelectDynamicBehaviorRelevanceRetrievalCompletedEvent",
    "SelectDynamicBehaviorVectorGeneratedEvent",
    "ServiceInstance",
    "ServiceInstanceVersionSets",
    "ServiceUserInfo",
    "SignInWithApiKeyResponse",
    "SimulationEvaluationSource",
    "SimulationPersonaInstance",
    "SimulationPersonaInstanceTags",
    "SimulationPersonaUserInfo",
    "SimulationScenarioInstance",
    "SimulationScenarioInstanceTags",
    "SimulationScenarioUserInfo",
    "SimulationUnitTestSetInstance",
    "SimulationUnitTestSetRunInstance",
    "SimulationUnitTestSetRunUserInfo",
    "SimulationUnitTestSetUserInfo",
    "Tag",
    "ToolCallEndedEvent",
    "ToolCallEndedEventInputParameters",
    "ToolCallLog",
    "ToolCallLogInput",
    "ToolCallStartedEvent",
    "ToolCallStartedEventInputParams",
    "ToolCallStateTransitionLog",
    "UnitTestRunDescriptorInput",
    "UnitTestRunDescriptorOutput",
    "UnitTestRunResult",
    "UnitTestRunResultMetricEvaluationResult",
    "UnitTestRunSpec",
    "UnitTestRunSpecLlmModelPreferences",
    "UpdateServiceRequest",
    "UpdateServiceRequestTagsType0",
    "UpdateUserInfoRequest",
    "UpdateWebhookDestinationRequest",
    "UpsertRequest",
    "UpsertServiceVersionSetRequest",
    "UserDimensionOutput",
    "UserInstance",
    "UserInstanceNonsensitiveVariables",
    "UserMessageAvailableEvent",
    "UserModel",
    "UserStats",
    "Verb",
    "VersionSetInfo",
    "VersionSetInfoLlmModelPreferences",
    "VersionSetInput",
    "VersionSetInputLlmModelPreferences",
    "VersionSetOutput",
    "VersionSetOutputLlmModelPreferences",
    "WebhookDeliveryInstance",
    "WebhookDeliveryInstanceWebhookContent",
    "WebhookDeliveryStatus",
    "WebhookDestination",
    "WebhookType",
    "WorkingMemory",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
