"""Contains all the data models used in inputs/outputs (each imported on first use)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_state_input import ActionStateInput

    # The `<Model>Param` TypedDicts, for type checkers (defined under TYPE_CHECKING in each
    # model's module: `from amigo_client.models import XParam` inside `if TYPE_CHECKING:`).
    from .action_state_input import ActionStateInputParam as ActionStateInputParam
    from .action_state_output import ActionStateOutput
    from .action_state_output import ActionStateOutputParam as ActionStateOutputParam
    from .action_state_transition_log import ActionStateTransitionLog
    from .action_state_transition_log import ActionStateTransitionLogParam as ActionStateTransitionLogParam
    from .action_too_long_event import ActionTooLongEvent
    from .action_too_long_event import ActionTooLongEventParam as ActionTooLongEventParam
    from .agent_user_info import AgentUserInfo
    from .agent_user_info import AgentUserInfoParam as AgentUserInfoParam
    from .annotation_state_input import AnnotationStateInput
    from .annotation_state_input import AnnotationStateInputParam as AnnotationStateInputParam
    from .annotation_state_output import AnnotationStateOutput
    from .annotation_state_output import AnnotationStateOutputParam as AnnotationStateOutputParam
    from .annotation_state_transition_log import AnnotationStateTransitionLog
    from .annotation_state_transition_log import AnnotationStateTransitionLogParam as AnnotationStateTransitionLogParam
    from .api_key_instance import APIKeyInstance
    from .api_key_instance import APIKeyInstanceParam as APIKeyInstanceParam
    from .api_key_user_info import APIKeyUserInfo
    from .api_key_user_info import APIKeyUserInfoParam as APIKeyUserInfoParam
    from .assign_role_request import AssignRoleRequest
    from .assign_role_request import AssignRoleRequestParam as AssignRoleRequestParam
    from .assign_role_response import AssignRoleResponse
    from .assign_role_response import AssignRoleResponseParam as AssignRoleResponseParam
    from .boolean_metric_success_criterion import BooleanMetricSuccessCriterion
    from .boolean_metric_success_criterion import (
        BooleanMetricSuccessCriterionParam as BooleanMetricSuccessCriterionParam,
    )
    from .boolean_metric_value import BooleanMetricValue
    from .boolean_metric_value import BooleanMetricValueParam as BooleanMetricValueParam
    from .categorical_metric_success_criterion_input import CategoricalMetricSuccessCriterionInput
    from .categorical_metric_success_criterion_input import (
        CategoricalMetricSuccessCriterionInputParam as CategoricalMetricSuccessCriterionInputParam,
    )
    from .categorical_metric_success_criterion_output import CategoricalMetricSuccessCriterionOutput
    from .categorical_metric_success_criterion_output import (
        CategoricalMetricSuccessCriterionOutputParam as CategoricalMetricSuccessCriterionOutputParam,
    )
    from .categorical_metric_value_input import CategoricalMetricValueInput
    from .categorical_metric_value_input import CategoricalMetricValueInputParam as CategoricalMetricValueInputParam
    from .categorical_metric_value_output import CategoricalMetricValueOutput
    from .categorical_metric_value_output import CategoricalMetricValueOutputParam as CategoricalMetricValueOutputParam
    from .change_tool_candidates_action_output import ChangeToolCandidatesActionOutput
    from .change_tool_candidates_action_output import (
        ChangeToolCandidatesActionOutputParam as ChangeToolCandidatesActionOutputParam,
    )
    from .change_tool_candidates_action_tool_call_spec import ChangeToolCandidatesActionToolCallSpec
    from .change_tool_candidates_action_tool_call_spec import (
        ChangeToolCandidatesActionToolCallSpecParam as ChangeToolCandidatesActionToolCallSpecParam,
    )
    from .check_if_active_memory_needed_agent_action_event import CheckIfActiveMemoryNeededAgentActionEvent
    from .check_if_active_memory_needed_agent_action_event import (
        CheckIfActiveMemoryNeededAgentActionEventParam as CheckIfActiveMemoryNeededAgentActionEventParam,
    )
    from .column import Column
    from .column import ColumnParam as ColumnParam
    from .conversation_created_event import ConversationCreatedEvent
    from .conversation_created_event import ConversationCreatedEventParam as ConversationCreatedEventParam
    from .conversation_instance import ConversationInstance
    from .conversation_instance import ConversationInstanceParam as ConversationInstanceParam
    from .conversation_instance_tags import ConversationInstanceTags
    from .conversation_instance_tags import ConversationInstanceTagsParam as ConversationInstanceTagsParam
    from .create_agent_request import CreateAgentRequest
    from .create_agent_request import CreateAgentRequestParam as CreateAgentRequestParam
    from .create_agent_response import CreateAgentResponse
    from .create_agent_response import CreateAgentResponseParam as CreateAgentResponseParam
    from .create_agent_version_request import CreateAgentVersionRequest
    from .create_agent_version_request import CreateAgentVersionRequestParam as CreateAgentVersionRequestParam
    from .create_agent_version_response import CreateAgentVersionResponse
    from .create_agent_version_response import CreateAgentVersionResponseParam as CreateAgentVersionResponseParam
    from .create_api_key_request import CreateApiKeyRequest
    from .create_api_key_request import CreateApiKeyRequestParam as CreateApiKeyRequestParam
    from .create_api_key_response import CreateApiKeyResponse
    from .create_api_key_response import CreateApiKeyResponseParam as CreateApiKeyResponseParam
    from .create_conversation_request import CreateConversationRequest
    from .create_conversation_request import CreateConversationRequestParam as CreateConversationRequestParam
    from .create_conversation_request_initial_message_type_type_0 import (
        CreateConversationRequestInitialMessageTypeType0,
    )
    from .create_conversation_request_tags import CreateConversationRequestTags
    from .create_conversation_request_tags import (
        CreateConversationRequestTagsParam as CreateConversationRequestTagsParam,
    )
    from .create_conversation_response_format import CreateConversationResponseFormat
    from .create_dynamic_behavior_set_request import CreateDynamicBehaviorSetRequest
    from .create_dynamic_behavior_set_request import (
        CreateDynamicBehaviorSetRequestParam as CreateDynamicBehaviorSetRequestParam,
    )
    from .create_dynamic_behavior_set_request_initial_version import CreateDynamicBehaviorSetRequestInitialVersion
    from .create_dynamic_behavior_set_request_initial_version import (
        CreateDynamicBehaviorSetRequestInitialVersionParam as CreateDynamicBehaviorSetRequestInitialVersionParam,
    )
    from .create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action import (
        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesAction,
    )
    from .create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action import (
        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionParam as CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionParam,
    )
    from .create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action_tool_call_spec import (
        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionToolCallSpec,
    )
    from .create_dynamic_behavior_set_request_initial_version_change_tool_candidates_action_tool_call_spec import (
        CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionToolCallSpecParam as CreateDynamicBehaviorSetRequestInitialVersionChangeToolCandidatesActionToolCallSpecParam,
    )
    from .create_dynamic_behavior_set_request_tags import CreateDynamicBehaviorSetRequestTags
    from .create_dynamic_behavior_set_request_tags import (
        CreateDynamicBehaviorSetRequestTagsParam as CreateDynamicBehaviorSetRequestTagsParam,
    )
    from .create_dynamic_behavior_set_response import CreateDynamicBehaviorSetResponse
    from .create_dynamic_behavior_set_response import (
        CreateDynamicBehaviorSetResponseParam as CreateDynamicBehaviorSetResponseParam,
    )
    from .create_dynamic_behavior_set_version_request import CreateDynamicBehaviorSetVersionRequest
    from .create_dynamic_behavior_set_version_request import (
        CreateDynamicBehaviorSetVersionRequestParam as CreateDynamicBehaviorSetVersionRequestParam,
    )
    from .create_dynamic_behavior_set_version_request_change_tool_candidates_action import (
        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction,
    )
    from .create_dynamic_behavior_set_version_request_change_tool_candidates_action import (
        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionParam as CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionParam,
    )
    from .create_dynamic_behavior_set_version_request_change_tool_candidates_action_tool_call_spec import (
        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec,
    )
    from .create_dynamic_behavior_set_version_request_change_tool_candidates_action_tool_call_spec import (
        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpecParam as CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpecParam,
    )
    from .create_dynamic_behavior_set_version_response import CreateDynamicBehaviorSetVersionResponse
    from .create_dynamic_behavior_set_version_response import (
        CreateDynamicBehaviorSetVersionResponseParam as CreateDynamicBehaviorSetVersionResponseParam,
    )
    from .create_invited_user_request import CreateInvitedUserRequest
    from .create_invited_user_request import CreateInvitedUserRequestParam as CreateInvitedUserRequestParam
    from .create_invited_user_request_nonsensitive_user_variables import (
        CreateInvitedUserRequestNonsensitiveUserVariables,
    )
    from .create_invited_user_request_nonsensitive_user_variables import (
        CreateInvitedUserRequestNonsensitiveUserVariablesParam as CreateInvitedUserRequestNonsensitiveUserVariablesParam,
    )
    from .create_invited_user_request_preferences import CreateInvitedUserRequestPreferences
    from .create_invited_user_request_preferences import (
        CreateInvitedUserRequestPreferencesParam as CreateInvitedUserRequestPreferencesParam,
    )
    from .create_invited_user_request_sensitive_user_variables import CreateInvitedUserRequestSensitiveUserVariables
    from .create_invited_user_request_sensitive_user_variables import (
        CreateInvitedUserRequestSensitiveUserVariablesParam as CreateInvitedUserRequestSensitiveUserVariablesParam,
    )
    from .create_invited_user_response import CreateInvitedUserResponse
    from .create_invited_user_response import CreateInvitedUserResponseParam as CreateInvitedUserResponseParam
    from .create_metric_request import CreateMetricRequest
    from .create_metric_request import CreateMetricRequestParam as CreateMetricRequestParam
    from .create_metric_request_tags import CreateMetricRequestTags
    from .create_metric_request_tags import CreateMetricRequestTagsParam as CreateMetricRequestTagsParam
    from .create_metric_response import CreateMetricResponse
    from .create_metric_response import CreateMetricResponseParam as CreateMetricResponseParam
    from .create_organization_request import CreateOrganizationRequest
    from .create_organization_request import CreateOrganizationRequestParam as CreateOrganizationRequestParam
    from .create_organization_request_preferences import CreateOrganizationRequestPreferences
    from .create_organization_request_preferences import (
        CreateOrganizationRequestPreferencesParam as CreateOrganizationRequestPreferencesParam,
    )
    from .create_organization_response import CreateOrganizationResponse
    from .create_organization_response import CreateOrganizationResponseParam as CreateOrganizationResponseParam
    from .create_role_request import CreateRoleRequest
    from .create_role_request import CreateRoleRequestParam as CreateRoleRequestParam
    from .create_role_response import CreateRoleResponse
    from .create_role_response import CreateRoleResponseParam as CreateRoleResponseParam
    from .create_service_hierarchical_state_machine_request import CreateServiceHierarchicalStateMachineRequest
    from .create_service_hierarchical_state_machine_request import (
        CreateServiceHierarchicalStateMachineRequestParam as CreateServiceHierarchicalStateMachineRequestParam,
    )
    from .create_service_hierarchical_state_machine_response import CreateServiceHierarchicalStateMachineResponse
    from .create_service_hierarchical_state_machine_response import (
        CreateServiceHierarchicalStateMachineResponseParam as CreateServiceHierarchicalStateMachineResponseParam,
    )
    from .create_service_hierarchical_state_machine_version_request import (
        CreateServiceHierarchicalStateMachineVersionRequest,
    )
    from .create_service_hierarchical_state_machine_version_request import (
        CreateServiceHierarchicalStateMachineVersionRequestParam as CreateServiceHierarchicalStateMachineVersionRequestParam,
    )
    from .create_service_hierarchical_state_machine_version_request_references import (
        CreateServiceHierarchicalStateMachineVersionRequestReferences,
    )
    from .create_service_hierarchical_state_machine_version_request_references import (
        CreateServiceHierarchicalStateMachineVersionRequestReferencesParam as CreateServiceHierarchicalStateMachineVersionRequestReferencesParam,
    )
    from .create_service_hierarchical_state_machine_version_request_tool_call_spec import (
        CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec,
    )
    from .create_service_hierarchical_state_machine_version_request_tool_call_spec import (
        CreateServiceHierarchicalStateMachineVersionRequestToolCallSpecParam as CreateServiceHierarchicalStateMachineVersionRequestToolCallSpecParam,
    )
    from .create_service_hierarchical_state_machine_version_response import (
        CreateServiceHierarchicalStateMachineVersionResponse,
    )
    from .create_service_hierarchical_state_machine_version_response import (
        CreateServiceHierarchicalStateMachineVersionResponseParam as CreateServiceHierarchicalStateMachineVersionResponseParam,
    )
    from .create_service_request import CreateServiceRequest
    from .create_service_request import CreateServiceRequestParam as CreateServiceRequestParam
    from .create_service_request_tags import CreateServiceRequestTags
    from .create_service_request_tags import CreateServiceRequestTagsParam as CreateServiceRequestTagsParam
    from .create_service_response import CreateServiceResponse
    from .create_service_response import CreateServiceResponseParam as CreateServiceResponseParam
    from .create_simulation_persona_request import CreateSimulationPersonaRequest
    from .create_simulation_persona_request import (
        CreateSimulationPersonaRequestParam as CreateSimulationPersonaRequestParam,
    )
    from .create_simulation_persona_request_initial_version import CreateSimulationPersonaRequestInitialVersion
    from .create_simulation_persona_request_initial_version import (
        CreateSimulationPersonaRequestInitialVersionParam as CreateSimulationPersonaRequestInitialVersionParam,
    )
    from .create_simulation_persona_request_initial_version_nonsensitive_user_variables import (
        CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables,
    )
    from .create_simulation_persona_request_initial_version_nonsensitive_user_variables import (
        CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariablesParam as CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariablesParam,
    )
    from .create_simulation_persona_request_initial_version_sensitive_user_variables import (
        CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables,
    )
    from .create_simulation_persona_request_initial_version_sensitive_user_variables import (
        CreateSimulationPersonaRequestInitialVersionSensitiveUserVariablesParam as CreateSimulationPersonaRequestInitialVersionSensitiveUserVariablesParam,
    )
    from .create_simulation_persona_request_tags import CreateSimulationPersonaRequestTags
    from .create_simulation_persona_request_tags import (
        CreateSimulationPersonaRequestTagsParam as CreateSimulationPersonaRequestTagsParam,
    )
    from .create_simulation_persona_response import CreateSimulationPersonaResponse
    from .create_simulation_persona_response import (
        CreateSimulationPersonaResponseParam as CreateSimulationPersonaResponseParam,
    )
    from .create_simulation_persona_version_request import CreateSimulationPersonaVersionRequest
    from .create_simulation_persona_version_request import (
        CreateSimulationPersonaVersionRequestParam as CreateSimulationPersonaVersionRequestParam,
    )
    from .create_simulation_persona_version_request_nonsensitive_user_variables import (
        CreateSimulationPersonaVersionRequestNonsensitiveUserVariables,
    )
    from .create_simulation_persona_version_request_nonsensitive_user_variables import (
        CreateSimulationPersonaVersionRequestNonsensitiveUserVariablesParam as CreateSimulationPersonaVersionRequestNonsensitiveUserVariablesParam,
    )
    from .create_simulation_persona_version_request_sensitive_user_variables import (
        CreateSimulationPersonaVersionRequestSensitiveUserVariables,
    )
    from .create_simulation_persona_version_request_sensitive_user_variables import (
        CreateSimulationPersonaVersionRequestSensitiveUserVariablesParam as CreateSimulationPersonaVersionRequestSensitiveUserVariablesParam,
    )
    from .create_simulation_persona_version_response import CreateSimulationPersonaVersionResponse
    from .create_simulation_persona_version_response import (
        CreateSimulationPersonaVersionResponseParam as CreateSimulationPersonaVersionResponseParam,
    )
    from .create_simulation_scenario_request import CreateSimulationScenarioRequest
    from .create_simulation_scenario_request import (
        CreateSimulationScenarioRequestParam as CreateSimulationScenarioRequestParam,
    )
    from .create_simulation_scenario_request_initial_version import CreateSimulationScenarioRequestInitialVersion
    from .create_simulation_scenario_request_initial_version import (
        CreateSimulationScenarioRequestInitialVersionParam as CreateSimulationScenarioRequestInitialVersionParam,
    )
    from .create_simulation_scenario_request_tags import CreateSimulationScenarioRequestTags
    from .create_simulation_scenario_request_tags import (
        CreateSimulationScenarioRequestTagsParam as CreateSimulationScenarioRequestTagsParam,
    )
    from .create_simulation_scenario_response import CreateSimulationScenarioResponse
    from .create_simulation_scenario_response import (
        CreateSimulationScenarioResponseParam as CreateSimulationScenarioResponseParam,
    )
    from .create_simulation_scenario_version_request import CreateSimulationScenarioVersionRequest
    from .create_simulation_scenario_version_request import (
        CreateSimulationScenarioVersionRequestParam as CreateSimulationScenarioVersionRequestParam,
    )
    from .create_simulation_scenario_version_response import CreateSimulationScenarioVersionResponse
    from .create_simulation_scenario_version_response import (
        CreateSimulationScenarioVersionResponseParam as CreateSimulationScenarioVersionResponseParam,
    )
    from .create_simulation_unit_test_request import CreateSimulationUnitTestRequest
    from .create_simulation_unit_test_request import (
        CreateSimulationUnitTestRequestParam as CreateSimulationUnitTestRequestParam,
    )
    from .create_simulation_unit_test_request_success_criterion import CreateSimulationUnitTestRequestSuccessCriterion
    from .create_simulation_unit_test_request_success_criterion import (
        CreateSimulationUnitTestRequestSuccessCriterionParam as CreateSimulationUnitTestRequestSuccessCriterionParam,
    )
    from .create_simulation_unit_test_request_tags import CreateSimulationUnitTestRequestTags
    from .create_simulation_unit_test_request_tags import (
        CreateSimulationUnitTestRequestTagsParam as CreateSimulationUnitTestRequestTagsParam,
    )
    from .create_simulation_unit_test_response import CreateSimulationUnitTestResponse
    from .create_simulation_unit_test_response import (
        CreateSimulationUnitTestResponseParam as CreateSimulationUnitTestResponseParam,
    )
    from .create_simulation_unit_test_set_request import CreateSimulationUnitTestSetRequest
    from .create_simulation_unit_test_set_request import (
        CreateSimulationUnitTestSetRequestParam as CreateSimulationUnitTestSetRequestParam,
    )
    from .create_simulation_unit_test_set_request_tags import CreateSimulationUnitTestSetRequestTags
    from .create_simulation_unit_test_set_request_tags import (
        CreateSimulationUnitTestSetRequestTagsParam as CreateSimulationUnitTestSetRequestTagsParam,
    )
    from .create_simulation_unit_test_set_response import CreateSimulationUnitTestSetResponse
    from .create_simulation_unit_test_set_response import (
        CreateSimulationUnitTestSetResponseParam as CreateSimulationUnitTestSetResponseParam,
    )
    from .create_simulation_unit_test_set_run_request import CreateSimulationUnitTestSetRunRequest
    from .create_simulation_unit_test_set_run_request import (
        CreateSimulationUnitTestSetRunRequestParam as CreateSimulationUnitTestSetRunRequestParam,
    )
    from .create_simulation_unit_test_set_run_response import CreateSimulationUnitTestSetRunResponse
    from .create_simulation_unit_test_set_run_response import (
        CreateSimulationUnitTestSetRunResponseParam as CreateSimulationUnitTestSetRunResponseParam,
    )
    from .create_temporary_permission_grant_request import CreateTemporaryPermissionGrantRequest
    from .create_temporary_permission_grant_request import (
        CreateTemporaryPermissionGrantRequestParam as CreateTemporaryPermissionGrantRequestParam,
    )
    from .create_temporary_permission_grant_request_tags import CreateTemporaryPermissionGrantRequestTags
    from .create_temporary_permission_grant_request_tags import (
        CreateTemporaryPermissionGrantRequestTagsParam as CreateTemporaryPermissionGrantRequestTagsParam,
    )
    from .create_temporary_permission_grant_response import CreateTemporaryPermissionGrantResponse
    from .create_temporary_permission_grant_response import (
        CreateTemporaryPermissionGrantResponseParam as CreateTemporaryPermissionGrantResponseParam,
    )
    from .create_tool_request import CreateToolRequest
    from .create_tool_request import CreateToolRequestParam as CreateToolRequestParam
    from .create_tool_request_tags import CreateToolRequestTags
    from .create_tool_request_tags import CreateToolRequestTagsParam as CreateToolRequestTagsParam
    from .create_tool_response import CreateToolResponse
    from .create_tool_response import CreateToolResponseParam as CreateToolResponseParam
    from .create_webhook_destination_request import CreateWebhookDestinationRequest
    from .create_webhook_destination_request import (
        CreateWebhookDestinationRequestParam as CreateWebhookDestinationRequestParam,
    )
    from .create_webhook_destination_response import CreateWebhookDestinationResponse
    from .create_webhook_destination_response import (
        CreateWebhookDestinationResponseParam as CreateWebhookDestinationResponseParam,
    )
    from .current_agent_action_event import CurrentAgentActionEvent
    from .current_agent_action_event import CurrentAgentActionEventParam as CurrentAgentActionEventParam
    from .decision_state_input import DecisionStateInput
    from .decision_state_input import DecisionStateInputParam as DecisionStateInputParam
    from .decision_state_output import DecisionStateOutput
    from .decision_state_output import DecisionStateOutputParam as DecisionStateOutputParam
    from .decision_state_transition_log import DecisionStateTransitionLog
    from .decision_state_transition_log import DecisionStateTransitionLogParam as DecisionStateTransitionLogParam
    from .delete_api_key_response import DeleteApiKeyResponse
    from .delete_api_key_response import DeleteApiKeyResponseParam as DeleteApiKeyResponseParam
    from .delivery_attempt import DeliveryAttempt
    from .delivery_attempt import DeliveryAttemptParam as DeliveryAttemptParam
    from .dynamic_behavior_invocation import DynamicBehaviorInvocation
    from .dynamic_behavior_invocation import DynamicBehaviorInvocationParam as DynamicBehaviorInvocationParam
    from .dynamic_behavior_set_instance import DynamicBehaviorSetInstance
    from .dynamic_behavior_set_instance import DynamicBehaviorSetInstanceParam as DynamicBehaviorSetInstanceParam
    from .dynamic_behavior_set_instance_tags import DynamicBehaviorSetInstanceTags
    from .dynamic_behavior_set_instance_tags import (
        DynamicBehaviorSetInstanceTagsParam as DynamicBehaviorSetInstanceTagsParam,
    )
    from .dynamic_behavior_set_user_info import DynamicBehaviorSetUserInfo
    from .dynamic_behavior_set_user_info import DynamicBehaviorSetUserInfoParam as DynamicBehaviorSetUserInfoParam
    from .dynamic_behavior_set_version import DynamicBehaviorSetVersion
    from .dynamic_behavior_set_version import DynamicBehaviorSetVersionParam as DynamicBehaviorSetVersionParam
    from .dynamic_behavior_set_version_user_info import DynamicBehaviorSetVersionUserInfo
    from .dynamic_behavior_set_version_user_info import (
        DynamicBehaviorSetVersionUserInfoParam as DynamicBehaviorSetVersionUserInfoParam,
    )
    from .end_session_event import EndSessionEvent
    from .end_session_event import EndSessionEventParam as EndSessionEventParam
    from .engage_user_dynamic_behavior_override_event import EngageUserDynamicBehaviorOverrideEvent
    from .engage_user_dynamic_behavior_override_event import (
        EngageUserDynamicBehaviorOverrideEventParam as EngageUserDynamicBehaviorOverrideEventParam,
    )
    from .engage_user_invocation_metadata import EngageUserInvocationMetadata
    from .engage_user_invocation_metadata import EngageUserInvocationMetadataParam as EngageUserInvocationMetadataParam
    from .engage_user_message_fragment_generated_event import EngageUserMessageFragmentGeneratedEvent
    from .engage_user_message_fragment_generated_event import (
        EngageUserMessageFragmentGeneratedEventParam as EngageUserMessageFragmentGeneratedEventParam,
    )
    from .equal_condition import EqualCondition
    from .equal_condition import EqualConditionParam as EqualConditionParam
    from .error_event import ErrorEvent
    from .error_event import ErrorEventParam as ErrorEventParam
    from .evaluate_metrics_request import EvaluateMetricsRequest
    from .evaluate_metrics_request import EvaluateMetricsRequestParam as EvaluateMetricsRequestParam
    from .evaluate_metrics_response import EvaluateMetricsResponse
    from .evaluate_metrics_response import EvaluateMetricsResponseParam as EvaluateMetricsResponseParam
    from .evaluation_source_type import EvaluationSourceType
    from .exit_condition_input import ExitConditionInput
    from .exit_condition_input import ExitConditionInputParam as ExitConditionInputParam
    from .exit_condition_output import ExitConditionOutput
    from .exit_condition_output import ExitConditionOutputParam as ExitConditionOutputParam
    from .extract_active_memories_agent_action_event import ExtractActiveMemoriesAgentActionEvent
    from .extract_active_memories_agent_action_event import (
        ExtractActiveMemoriesAgentActionEventParam as ExtractActiveMemoriesAgentActionEventParam,
    )
    from .failed_invocation_result import FailedInvocationResult
    from .failed_invocation_result import FailedInvocationResultParam as FailedInvocationResultParam
    from .failed_invocation_status import FailedInvocationStatus
    from .failed_invocation_status import FailedInvocationStatusParam as FailedInvocationStatusParam
    from .format_ import Format
    from .frontend_view import FrontendView
    from .generate_conversation_starter_request import GenerateConversationStarterRequest
    from .generate_conversation_starter_request import (
        GenerateConversationStarterRequestParam as GenerateConversationStarterRequestParam,
    )
    from .generate_conversation_starter_response import GenerateConversationStarterResponse
    from .generate_conversation_starter_response import (
        GenerateConversationStarterResponseParam as GenerateConversationStarterResponseParam,
    )
    from .generate_tool_params_designated_tool_call_params_generated_event import (
        GenerateToolParamsDesignatedToolCallParamsGeneratedEvent,
    )
    from .generate_tool_params_designated_tool_call_params_generated_event import (
        GenerateToolParamsDesignatedToolCallParamsGeneratedEventParam as GenerateToolParamsDesignatedToolCallParamsGeneratedEventParam,
    )
    from .generate_tool_params_designated_tool_call_params_generated_event_tool_call_params import (
        GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams,
    )
    from .generate_tool_params_designated_tool_call_params_generated_event_tool_call_params import (
        GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParamsParam as GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParamsParam,
    )
    from .generate_tool_params_designated_tool_retrieved_event import GenerateToolParamsDesignatedToolRetrievedEvent
    from .generate_tool_params_designated_tool_retrieved_event import (
        GenerateToolParamsDesignatedToolRetrievedEventParam as GenerateToolParamsDesignatedToolRetrievedEventParam,
    )
    from .get_agent_versions_response import GetAgentVersionsResponse
    from .get_agent_versions_response import GetAgentVersionsResponseParam as GetAgentVersionsResponseParam
    from .get_agent_versions_response_agent_instance import GetAgentVersionsResponseAgentInstance
    from .get_agent_versions_response_agent_instance import (
        GetAgentVersionsResponseAgentInstanceParam as GetAgentVersionsResponseAgentInstanceParam,
    )
    from .get_agents_response import GetAgentsResponse
    from .get_agents_response import GetAgentsResponseParam as GetAgentsResponseParam
    from .get_agents_response_agent_instance import GetAgentsResponseAgentInstance
    from .get_agents_response_agent_instance import (
        GetAgentsResponseAgentInstanceParam as GetAgentsResponseAgentInstanceParam,
    )
    from .get_api_keys_response import GetApiKeysResponse
    from .get_api_keys_response import GetApiKeysResponseParam as GetApiKeysResponseParam
    from .get_conversation_messages_response import GetConversationMessagesResponse
    from .get_conversation_messages_response import (
        GetConversationMessagesResponseParam as GetConversationMessagesResponseParam,
    )
    from .get_conversations_response import GetConversationsResponse
    from .get_conversations_response import GetConversationsResponseParam as GetConversationsResponseParam
    from .get_dynamic_behavior_invocations_response import GetDynamicBehaviorInvocationsResponse
    from .get_dynamic_behavior_invocations_response import (
        GetDynamicBehaviorInvocationsResponseParam as GetDynamicBehaviorInvocationsResponseParam,
    )
    from .get_dynamic_behavior_set_versions_response import GetDynamicBehaviorSetVersionsResponse
    from .get_dynamic_behavior_set_versions_response import (
        GetDynamicBehaviorSetVersionsResponseParam as GetDynamicBehaviorSetVersionsResponseParam,
    )
    from .get_dynamic_behavior_sets_response import GetDynamicBehaviorSetsResponse
    from .get_dynamic_behavior_sets_response import (
        GetDynamicBehaviorSetsResponseParam as GetDynamicBehaviorSetsResponseParam,
    )
    from .get_dynamic_behavior_sets_response_filter_values import GetDynamicBehaviorSetsResponseFilterValues
    from .get_dynamic_behavior_sets_response_filter_values import (
        GetDynamicBehaviorSetsResponseFilterValuesParam as GetDynamicBehaviorSetsResponseFilterValuesParam,
    )
    from .get_interaction_insights_response import GetInteractionInsightsResponse
    from .get_interaction_insights_response import (
        GetInteractionInsightsResponseParam as GetInteractionInsightsResponseParam,
    )
    from .get_memories_response import GetMemoriesResponse
    from .get_memories_response import GetMemoriesResponseParam as GetMemoriesResponseParam
    from .get_metric_evaluation_results_response import GetMetricEvaluationResultsResponse
    from .get_metric_evaluation_results_response import (
        GetMetricEvaluationResultsResponseParam as GetMetricEvaluationResultsResponseParam,
    )
    from .get_metric_evaluation_results_response_filter_values import GetMetricEvaluationResultsResponseFilterValues
    from .get_metric_evaluation_results_response_filter_values import (
        GetMetricEvaluationResultsResponseFilterValuesParam as GetMetricEvaluationResultsResponseFilterValuesParam,
    )
    from .get_metrics_response import GetMetricsResponse
    from .get_metrics_response import GetMetricsResponseParam as GetMetricsResponseParam
    from .get_metrics_response_filter_values import GetMetricsResponseFilterValues
    from .get_metrics_response_filter_values import (
        GetMetricsResponseFilterValuesParam as GetMetricsResponseFilterValuesParam,
    )
    from .get_models_response import GetModelsResponse
    from .get_models_response import GetModelsResponseParam as GetModelsResponseParam
    from .get_organization_response import GetOrganizationResponse
    from .get_organization_response import GetOrganizationResponseParam as GetOrganizationResponseParam
    from .get_roles_response import GetRolesResponse
    from .get_roles_response import GetRolesResponseParam as GetRolesResponseParam
    from .get_service_hierarchical_state_machine_versions_response import (
        GetServiceHierarchicalStateMachineVersionsResponse,
    )
    from .get_service_hierarchical_state_machine_versions_response import (
        GetServiceHierarchicalStateMachineVersionsResponseParam as GetServiceHierarchicalStateMachineVersionsResponseParam,
    )
    from .get_service_hierarchical_state_machines_response import GetServiceHierarchicalStateMachinesResponse
    from .get_service_hierarchical_state_machines_response import (
        GetServiceHierarchicalStateMachinesResponseParam as GetServiceHierarchicalStateMachinesResponseParam,
    )
    from .get_services_response import GetServicesResponse
    from .get_services_response import GetServicesResponseParam as GetServicesResponseParam
    from .get_services_response_filter_values import GetServicesResponseFilterValues
    from .get_services_response_filter_values import (
        GetServicesResponseFilterValuesParam as GetServicesResponseFilterValuesParam,
    )
    from .get_simulation_persona_versions_response import GetSimulationPersonaVersionsResponse
    from .get_simulation_persona_versions_response import (
        GetSimulationPersonaVersionsResponseParam as GetSimulationPersonaVersionsResponseParam,
    )
    from .get_simulation_personas_response import GetSimulationPersonasResponse
    from .get_simulation_personas_response import (
        GetSimulationPersonasResponseParam as GetSimulationPersonasResponseParam,
    )
    from .get_simulation_personas_response_filter_values import GetSimulationPersonasResponseFilterValues
    from .get_simulation_personas_response_filter_values import (
        GetSimulationPersonasResponseFilterValuesParam as GetSimulationPersonasResponseFilterValuesParam,
    )
    from .get_simulation_scenario_versions_response import GetSimulationScenarioVersionsResponse
    from .get_simulation_scenario_versions_response import (
        GetSimulationScenarioVersionsResponseParam as GetSimulationScenarioVersionsResponseParam,
    )
    from .get_simulation_scenarios_response import GetSimulationScenariosResponse
    from .get_simulation_scenarios_response import (
        GetSimulationScenariosResponseParam as GetSimulationScenariosResponseParam,
    )
    from .get_simulation_scenarios_response_filter_values import GetSimulationScenariosResponseFilterValues
    from .get_simulation_scenarios_response_filter_values import (
        GetSimulationScenariosResponseFilterValuesParam as GetSimulationScenariosResponseFilterValuesParam,
    )
    from .get_simulation_unit_test_set_run_artifacts_response import GetSimulationUnitTestSetRunArtifactsResponse
    from .get_simulation_unit_test_set_run_artifacts_response import (
        GetSimulationUnitTestSetRunArtifactsResponseParam as GetSimulationUnitTestSetRunArtifactsResponseParam,
    )
    from .get_simulation_unit_test_set_runs_response import GetSimulationUnitTestSetRunsResponse
    from .get_simulation_unit_test_set_runs_response import (
        GetSimulationUnitTestSetRunsResponseParam as GetSimulationUnitTestSetRunsResponseParam,
    )
    from .get_simulation_unit_test_set_runs_response_filter_values import (
        GetSimulationUnitTestSetRunsResponseFilterValues,
    )
    from .get_simulation_unit_test_set_runs_response_filter_values import (
        GetSimulationUnitTestSetRunsResponseFilterValuesParam as GetSimulationUnitTestSetRunsResponseFilterValuesParam,
    )
    from .get_simulation_unit_test_sets_response import GetSimulationUnitTestSetsResponse
    from .get_simulation_unit_test_sets_response import (
        GetSimulationUnitTestSetsResponseParam as GetSimulationUnitTestSetsResponseParam,
    )
    from .get_simulation_unit_test_sets_response_filter_values import GetSimulationUnitTestSetsResponseFilterValues
    from .get_simulation_unit_test_sets_response_filter_values import (
        GetSimulationUnitTestSetsResponseFilterValuesParam as GetSimulationUnitTestSetsResponseFilterValuesParam,
    )
    from .get_simulation_unit_tests_response import GetSimulationUnitTestsResponse
    from .get_simulation_unit_tests_response import (
        GetSimulationUnitTestsResponseParam as GetSimulationUnitTestsResponseParam,
    )
    from .get_simulation_unit_tests_response_filter_values import GetSimulationUnitTestsResponseFilterValues
    from .get_simulation_unit_tests_response_filter_values import (
        GetSimulationUnitTestsResponseFilterValuesParam as GetSimulationUnitTestsResponseFilterValuesParam,
    )
    from .get_temporary_permission_grants_response import GetTemporaryPermissionGrantsResponse
    from .get_temporary_permission_grants_response import (
        GetTemporaryPermissionGrantsResponseParam as GetTemporaryPermissionGrantsResponseParam,
    )
    from .get_tool_invocations_invocation_source_type_item import GetToolInvocationsInvocationSourceTypeItem
    from .get_tool_invocations_response import GetToolInvocationsResponse
    from .get_tool_invocations_response import GetToolInvocationsResponseParam as GetToolInvocationsResponseParam
    from .get_tool_versions_response import GetToolVersionsResponse
    from .get_tool_versions_response import GetToolVersionsResponseParam as GetToolVersionsResponseParam
    from .get_tool_versions_response_filter_values import GetToolVersionsResponseFilterValues
    from .get_tool_versions_response_filter_values import (
        GetToolVersionsResponseFilterValuesParam as GetToolVersionsResponseFilterValuesParam,
    )
    from .get_tools_response import GetToolsResponse
    from .get_tools_response import GetToolsResponseParam as GetToolsResponseParam
    from .get_tools_response_filter_values import GetToolsResponseFilterValues
    from .get_tools_response_filter_values import GetToolsResponseFilterValuesParam as GetToolsResponseFilterValuesParam
    from .get_user_dimensions_response import GetUserDimensionsResponse
    from .get_user_dimensions_response import GetUserDimensionsResponseParam as GetUserDimensionsResponseParam
    from .get_user_model_response import GetUserModelResponse
    from .get_user_model_response import GetUserModelResponseParam as GetUserModelResponseParam
    from .get_users_response import GetUsersResponse
    from .get_users_response import GetUsersResponseParam as GetUsersResponseParam
    from .get_webhook_deliveries_response import GetWebhookDeliveriesResponse
    from .get_webhook_deliveries_response import GetWebhookDeliveriesResponseParam as GetWebhookDeliveriesResponseParam
    from .get_webhook_destinations_response import GetWebhookDestinationsResponse
    from .get_webhook_destinations_response import (
        GetWebhookDestinationsResponseParam as GetWebhookDestinationsResponseParam,
    )
    from .http_validation_error import HTTPValidationError
    from .http_validation_error import HTTPValidationErrorParam as HTTPValidationErrorParam
    from .identity_input import IdentityInput
    from .identity_input import IdentityInputParam as IdentityInputParam
    from .identity_output import IdentityOutput
    from .identity_output import IdentityOutputParam as IdentityOutputParam
    from .in_condition import InCondition
    from .in_condition import InConditionParam as InConditionParam
    from .initial_message_type import InitialMessageType
    from .inject_instruction_action_input import InjectInstructionActionInput
    from .inject_instruction_action_input import InjectInstructionActionInputParam as InjectInstructionActionInputParam
    from .inject_instruction_action_output import InjectInstructionActionOutput
    from .inject_instruction_action_output import (
        InjectInstructionActionOutputParam as InjectInstructionActionOutputParam,
    )
    from .input_ import Input
    from .input_ import InputParam as InputParam
    from .input_input_parameters import InputInputParameters
    from .input_input_parameters import InputInputParametersParam as InputInputParametersParam
    from .input_invocation_mode import InputInvocationMode
    from .input_nonsensitive_user_variables import InputNonsensitiveUserVariables
    from .input_nonsensitive_user_variables import (
        InputNonsensitiveUserVariablesParam as InputNonsensitiveUserVariablesParam,
    )
    from .input_sensitive_user_variables import InputSensitiveUserVariables
    from .input_sensitive_user_variables import InputSensitiveUserVariablesParam as InputSensitiveUserVariablesParam
    from .insert_request import InsertRequest
    from .insert_request import InsertRequestParam as InsertRequestParam
    from .interact_with_conversation_request import InteractWithConversationRequest
    from .interact_with_conversation_request import (
        InteractWithConversationRequestParam as InteractWithConversationRequestParam,
    )
    from .interact_with_conversation_request_format import InteractWithConversationRequestFormat
    from .interact_with_conversation_request_initial_message_type import (
        InteractWithConversationRequestInitialMessageType,
    )
    from .interact_with_conversation_response_format import InteractWithConversationResponseFormat
    from .interaction_complete_event import InteractionCompleteEvent
    from .interaction_complete_event import InteractionCompleteEventParam as InteractionCompleteEventParam
    from .invoke_tool_version_request import InvokeToolVersionRequest
    from .invoke_tool_version_request import InvokeToolVersionRequestParam as InvokeToolVersionRequestParam
    from .invoke_tool_version_response import InvokeToolVersionResponse
    from .invoke_tool_version_response import InvokeToolVersionResponseParam as InvokeToolVersionResponseParam
    from .jumpback_state_transition_log import JumpbackStateTransitionLog
    from .jumpback_state_transition_log import JumpbackStateTransitionLogParam as JumpbackStateTransitionLogParam
    from .llm_config_input import LLMConfigInput
    from .llm_config_input import LLMConfigInputParam as LLMConfigInputParam
    from .llm_config_input_params import LLMConfigInputParams
    from .llm_config_input_params import LLMConfigInputParamsParam as LLMConfigInputParamsParam
    from .llm_config_output import LLMConfigOutput
    from .llm_config_output import LLMConfigOutputParam as LLMConfigOutputParam
    from .llm_config_output_params import LLMConfigOutputParams
    from .llm_config_output_params import LLMConfigOutputParamsParam as LLMConfigOutputParamsParam
    from .llm_type import LLMType
    from .manual_evaluation_source import ManualEvaluationSource
    from .manual_evaluation_source import ManualEvaluationSourceParam as ManualEvaluationSourceParam
    from .manual_evaluation_source_user_info import ManualEvaluationSourceUserInfo
    from .manual_evaluation_source_user_info import (
        ManualEvaluationSourceUserInfoParam as ManualEvaluationSourceUserInfoParam,
    )
    from .memory_instance import MemoryInstance
    from .memory_instance import MemoryInstanceParam as MemoryInstanceParam
    from .message_instance import MessageInstance
    from .message_instance import MessageInstanceParam as MessageInstanceParam
    from .message_type import MessageType
    from .metric import Metric
    from .metric import MetricParam as MetricParam
    from .metric_agent_metric_evaluation_result import MetricAgentMetricEvaluationResult
    from .metric_agent_metric_evaluation_result import (
        MetricAgentMetricEvaluationResultParam as MetricAgentMetricEvaluationResultParam,
    )
    from .metric_evaluation_result_instance import MetricEvaluationResultInstance
    from .metric_evaluation_result_instance import (
        MetricEvaluationResultInstanceParam as MetricEvaluationResultInstanceParam,
    )
    from .metric_instance import MetricInstance
    from .metric_instance import MetricInstanceParam as MetricInstanceParam
    from .metric_to_evaluate import MetricToEvaluate
    from .metric_to_evaluate import MetricToEvaluateParam as MetricToEvaluateParam
    from .metric_user_info import MetricUserInfo
    from .metric_user_info import MetricUserInfoParam as MetricUserInfoParam
    from .metric_value_type import MetricValueType
    from .model import Model
    from .model import ModelParam as ModelParam
    from .model_params_model_schema import ModelParamsModelSchema
    from .model_params_model_schema import ModelParamsModelSchemaParam as ModelParamsModelSchemaParam
    from .modify_organization_request import ModifyOrganizationRequest
    from .modify_organization_request import ModifyOrganizationRequestParam as ModifyOrganizationRequestParam
    from .modify_organization_request_preferences import ModifyOrganizationRequestPreferences
    from .modify_organization_request_preferences import (
        ModifyOrganizationRequestPreferencesParam as ModifyOrganizationRequestPreferencesParam,
    )
    from .modify_role_request import ModifyRoleRequest
    from .modify_role_request import ModifyRoleRequestParam as ModifyRoleRequestParam
    from .modify_role_response import ModifyRoleResponse
    from .modify_role_response import ModifyRoleResponseParam as ModifyRoleResponseParam
    from .modify_tags_of_conversation_request import ModifyTagsOfConversationRequest
    from .modify_tags_of_conversation_request import (
        ModifyTagsOfConversationRequestParam as ModifyTagsOfConversationRequestParam,
    )
    from .modify_tags_of_conversation_request_updates import ModifyTagsOfConversationRequestUpdates
    from .modify_tags_of_conversation_request_updates import (
        ModifyTagsOfConversationRequestUpdatesParam as ModifyTagsOfConversationRequestUpdatesParam,
    )
    from .modify_tool_envvars_request import ModifyToolEnvvarsRequest
    from .modify_tool_envvars_request import ModifyToolEnvvarsRequestParam as ModifyToolEnvvarsRequestParam
    from .modify_tool_envvars_request_delete_request import ModifyToolEnvvarsRequestDeleteRequest
    from .modify_tool_envvars_request_delete_request import (
        ModifyToolEnvvarsRequestDeleteRequestParam as ModifyToolEnvvarsRequestDeleteRequestParam,
    )
    from .modify_tool_request import ModifyToolRequest
    from .modify_tool_request import ModifyToolRequestParam as ModifyToolRequestParam
    from .modify_tool_request_tags_type_0 import ModifyToolRequestTagsType0
    from .modify_tool_request_tags_type_0 import ModifyToolRequestTagsType0Param as ModifyToolRequestTagsType0Param
    from .modify_user_variables_request import ModifyUserVariablesRequest
    from .modify_user_variables_request import ModifyUserVariablesRequestParam as ModifyUserVariablesRequestParam
    from .modify_user_variables_request_delete_request import ModifyUserVariablesRequestDeleteRequest
    from .modify_user_variables_request_delete_request import (
        ModifyUserVariablesRequestDeleteRequestParam as ModifyUserVariablesRequestDeleteRequestParam,
    )
    from .mp3_user_message_audio_config import MP3UserMessageAudioConfig
    from .mp3_user_message_audio_config import MP3UserMessageAudioConfigParam as MP3UserMessageAudioConfigParam
    from .navigate_state_machine_action_state_action_selected_event import (
        NavigateStateMachineActionStateActionSelectedEvent,
    )
    from .navigate_state_machine_action_state_action_selected_event import (
        NavigateStateMachineActionStateActionSelectedEventParam as NavigateStateMachineActionStateActionSelectedEventParam,
    )
    from .navigate_state_machine_annotation_state_annotation_retrieved_event import (
        NavigateStateMachineAnnotationStateAnnotationRetrievedEvent,
    )
    from .navigate_state_machine_annotation_state_annotation_retrieved_event import (
        NavigateStateMachineAnnotationStateAnnotationRetrievedEventParam as NavigateStateMachineAnnotationStateAnnotationRetrievedEventParam,
    )
    from .navigate_state_machine_decision_state_decision_started_event import (
        NavigateStateMachineDecisionStateDecisionStartedEvent,
    )
    from .navigate_state_machine_decision_state_decision_started_event import (
        NavigateStateMachineDecisionStateDecisionStartedEventParam as NavigateStateMachineDecisionStateDecisionStartedEventParam,
    )
    from .navigate_state_machine_dynamic_behavior_override_event import NavigateStateMachineDynamicBehaviorOverrideEvent
    from .navigate_state_machine_dynamic_behavior_override_event import (
        NavigateStateMachineDynamicBehaviorOverrideEventParam as NavigateStateMachineDynamicBehaviorOverrideEventParam,
    )
    from .navigate_state_machine_exit_condition_selected_event import NavigateStateMachineExitConditionSelectedEvent
    from .navigate_state_machine_exit_condition_selected_event import (
        NavigateStateMachineExitConditionSelectedEventParam as NavigateStateMachineExitConditionSelectedEventParam,
    )
    from .navigate_state_machine_recall_state_active_memory_retrieved_event import (
        NavigateStateMachineRecallStateActiveMemoryRetrievedEvent,
    )
    from .navigate_state_machine_recall_state_active_memory_retrieved_event import (
        NavigateStateMachineRecallStateActiveMemoryRetrievedEventParam as NavigateStateMachineRecallStateActiveMemoryRetrievedEventParam,
    )
    from .navigate_state_machine_recall_state_dynamic_queries_generated_event import (
        NavigateStateMachineRecallStateDynamicQueriesGeneratedEvent,
    )
    from .navigate_state_machine_recall_state_dynamic_queries_generated_event import (
        NavigateStateMachineRecallStateDynamicQueriesGeneratedEventParam as NavigateStateMachineRecallStateDynamicQueriesGeneratedEventParam,
    )
    from .navigate_state_machine_recall_state_static_queries_retrieved_event import (
        NavigateStateMachineRecallStateStaticQueriesRetrievedEvent,
    )
    from .navigate_state_machine_recall_state_static_queries_retrieved_event import (
        NavigateStateMachineRecallStateStaticQueriesRetrievedEventParam as NavigateStateMachineRecallStateStaticQueriesRetrievedEventParam,
    )
    from .navigate_state_machine_reflection_state_prompt_retrieved_event import (
        NavigateStateMachineReflectionStatePromptRetrievedEvent,
    )
    from .navigate_state_machine_reflection_state_prompt_retrieved_event import (
        NavigateStateMachineReflectionStatePromptRetrievedEventParam as NavigateStateMachineReflectionStatePromptRetrievedEventParam,
    )
    from .navigate_state_machine_reflection_state_reflection_generated_event import (
        NavigateStateMachineReflectionStateReflectionGeneratedEvent,
    )
    from .navigate_state_machine_reflection_state_reflection_generated_event import (
        NavigateStateMachineReflectionStateReflectionGeneratedEventParam as NavigateStateMachineReflectionStateReflectionGeneratedEventParam,
    )
    from .navigate_state_machine_state_transitioned_event import NavigateStateMachineStateTransitionedEvent
    from .navigate_state_machine_state_transitioned_event import (
        NavigateStateMachineStateTransitionedEventParam as NavigateStateMachineStateTransitionedEventParam,
    )
    from .navigate_state_machine_tool_call_state_tool_output_available_event import (
        NavigateStateMachineToolCallStateToolOutputAvailableEvent,
    )
    from .navigate_state_machine_tool_call_state_tool_output_available_event import (
        NavigateStateMachineToolCallStateToolOutputAvailableEventParam as NavigateStateMachineToolCallStateToolOutputAvailableEventParam,
    )
    from .navigate_state_machine_tool_call_state_tool_output_available_event_input_arguments import (
        NavigateStateMachineToolCallStateToolOutputAvailableEventInputArguments,
    )
    from .navigate_state_machine_tool_call_state_tool_output_available_event_input_arguments import (
        NavigateStateMachineToolCallStateToolOutputAvailableEventInputArgumentsParam as NavigateStateMachineToolCallStateToolOutputAvailableEventInputArgumentsParam,
    )
    from .new_message_event import NewMessageEvent
    from .new_message_event import NewMessageEventParam as NewMessageEventParam
    from .not_equal_condition import NotEqualCondition
    from .not_equal_condition import NotEqualConditionParam as NotEqualConditionParam
    from .not_set import NotSet
    from .not_set import NotSetParam as NotSetParam
    from .numerical_metric_success_criterion import NumericalMetricSuccessCriterion
    from .numerical_metric_success_criterion import (
        NumericalMetricSuccessCriterionParam as NumericalMetricSuccessCriterionParam,
    )
    from .numerical_metric_value import NumericalMetricValue
    from .numerical_metric_value import NumericalMetricValueParam as NumericalMetricValueParam
    from .pcm_user_message_audio_config import PCMUserMessageAudioConfig
    from .pcm_user_message_audio_config import PCMUserMessageAudioConfigParam as PCMUserMessageAudioConfigParam
    from .pcm_user_message_audio_config_sample_width import PCMUserMessageAudioConfigSampleWidth
    from .permission_grant_input import PermissionGrantInput
    from .permission_grant_input import PermissionGrantInputParam as PermissionGrantInputParam
    from .permission_grant_input_conditions import PermissionGrantInputConditions
    from .permission_grant_input_conditions import (
        PermissionGrantInputConditionsParam as PermissionGrantInputConditionsParam,
    )
    from .permission_grant_instance import PermissionGrantInstance
    from .permission_grant_instance import PermissionGrantInstanceParam as PermissionGrantInstanceParam
    from .permission_grant_instance_conditions import PermissionGrantInstanceConditions
    from .permission_grant_instance_conditions import (
        PermissionGrantInstanceConditionsParam as PermissionGrantInstanceConditionsParam,
    )
    from .permission_grant_output import PermissionGrantOutput
    from .permission_grant_output import PermissionGrantOutputParam as PermissionGrantOutputParam
    from .permission_grant_output_conditions import PermissionGrantOutputConditions
    from .permission_grant_output_conditions import (
        PermissionGrantOutputConditionsParam as PermissionGrantOutputConditionsParam,
    )
    from .post_analysis_type import PostAnalysisType
    from .post_session_evaluation_source import PostSessionEvaluationSource
    from .post_session_evaluation_source import PostSessionEvaluationSourceParam as PostSessionEvaluationSourceParam
    from .preferences_output import PreferencesOutput
    from .preferences_output import PreferencesOutputParam as PreferencesOutputParam
    from .prompt import Prompt
    from .prompt import PromptParam as PromptParam
    from .publish_tool_version_request import PublishToolVersionRequest
    from .publish_tool_version_request import PublishToolVersionRequestParam as PublishToolVersionRequestParam
    from .publish_tool_version_request_bump_type import PublishToolVersionRequestBumpType
    from .publish_tool_version_response import PublishToolVersionResponse
    from .publish_tool_version_response import PublishToolVersionResponseParam as PublishToolVersionResponseParam
    from .recall_state_input import RecallStateInput
    from .recall_state_input import RecallStateInputParam as RecallStateInputParam
    from .recall_state_output import RecallStateOutput
    from .recall_state_output import RecallStateOutputParam as RecallStateOutputParam
    from .recall_state_transition_log import RecallStateTransitionLog
    from .recall_state_transition_log import RecallStateTransitionLogParam as RecallStateTransitionLogParam
    from .recommend_responses_for_interaction_request import RecommendResponsesForInteractionRequest
    from .recommend_responses_for_interaction_request import (
        RecommendResponsesForInteractionRequestParam as RecommendResponsesForInteractionRequestParam,
    )
    from .recommend_responses_for_interaction_response import RecommendResponsesForInteractionResponse
    from .recommend_responses_for_interaction_response import (
        RecommendResponsesForInteractionResponseParam as RecommendResponsesForInteractionResponseParam,
    )
    from .reflection_state_input import ReflectionStateInput
    from .reflection_state_input import ReflectionStateInputParam as ReflectionStateInputParam
    from .reflection_state_output import ReflectionStateOutput
    from .reflection_state_output import ReflectionStateOutputParam as ReflectionStateOutputParam
    from .reflection_state_transition_log import ReflectionStateTransitionLog
    from .reflection_state_transition_log import ReflectionStateTransitionLogParam as ReflectionStateTransitionLogParam
    from .regular_conversation_invocation_source import RegularConversationInvocationSource
    from .regular_conversation_invocation_source import (
        RegularConversationInvocationSourceParam as RegularConversationInvocationSourceParam,
    )
    from .relationship_to_developer_input import RelationshipToDeveloperInput
    from .relationship_to_developer_input import RelationshipToDeveloperInputParam as RelationshipToDeveloperInputParam
    from .relationship_to_developer_output import RelationshipToDeveloperOutput
    from .relationship_to_developer_output import (
        RelationshipToDeveloperOutputParam as RelationshipToDeveloperOutputParam,
    )
    from .result_persistence import ResultPersistence
    from .retrieve_message_source_response import RetrieveMessageSourceResponse
    from .retrieve_message_source_response import (
        RetrieveMessageSourceResponseParam as RetrieveMessageSourceResponseParam,
    )
    from .role_instance import RoleInstance
    from .role_instance import RoleInstanceParam as RoleInstanceParam
    from .rotate_webhook_destination_secret_response import RotateWebhookDestinationSecretResponse
    from .rotate_webhook_destination_secret_response import (
        RotateWebhookDestinationSecretResponseParam as RotateWebhookDestinationSecretResponseParam,
    )
    from .search_dynamic_behavior_sets_response import SearchDynamicBehaviorSetsResponse
    from .search_dynamic_behavior_sets_response import (
        SearchDynamicBehaviorSetsResponseParam as SearchDynamicBehaviorSetsResponseParam,
    )
    from .search_metrics_response import SearchMetricsResponse
    from .search_metrics_response import SearchMetricsResponseParam as SearchMetricsResponseParam
    from .search_simulation_personas_response import SearchSimulationPersonasResponse
    from .search_simulation_personas_response import (
        SearchSimulationPersonasResponseParam as SearchSimulationPersonasResponseParam,
    )
    from .search_simulation_scenarios_response import SearchSimulationScenariosResponse
    from .search_simulation_scenarios_response import (
        SearchSimulationScenariosResponseParam as SearchSimulationScenariosResponseParam,
    )
    from .search_simulation_unit_test_set_response import SearchSimulationUnitTestSetResponse
    from .search_simulation_unit_test_set_response import (
        SearchSimulationUnitTestSetResponseParam as SearchSimulationUnitTestSetResponseParam,
    )
    from .search_simulation_unit_tests_response import SearchSimulationUnitTestsResponse
    from .search_simulation_unit_tests_response import (
        SearchSimulationUnitTestsResponseParam as SearchSimulationUnitTestsResponseParam,
    )
    from .search_tool_invocations_invocation_source_type_item import SearchToolInvocationsInvocationSourceTypeItem
    from .search_tool_invocations_query_against_item import SearchToolInvocationsQueryAgainstItem
    from .search_tool_invocations_response import SearchToolInvocationsResponse
    from .search_tool_invocations_response import (
        SearchToolInvocationsResponseParam as SearchToolInvocationsResponseParam,
    )
    from .search_users_response import SearchUsersResponse
    from .search_users_response import SearchUsersResponseParam as SearchUsersResponseParam
    from .select_dynamic_behavior_completed_event import SelectDynamicBehaviorCompletedEvent
    from .select_dynamic_behavior_completed_event import (
        SelectDynamicBehaviorCompletedEventParam as SelectDynamicBehaviorCompletedEventParam,
    )
    from .select_dynamic_behavior_relevance_retrieval_completed_event import (
        SelectDynamicBehaviorRelevanceRetrievalCompletedEvent,
    )
    from .select_dynamic_behavior_relevance_retrieval_completed_event import (
        SelectDynamicBehaviorRelevanceRetrievalCompletedEventParam as SelectDynamicBehaviorRelevanceRetrievalCompletedEventParam,
    )
    from .select_dynamic_behavior_vector_generated_event import SelectDynamicBehaviorVectorGeneratedEvent
    from .select_dynamic_behavior_vector_generated_event import (
        SelectDynamicBehaviorVectorGeneratedEventParam as SelectDynamicBehaviorVectorGeneratedEventParam,
    )
    from .service_hierarchical_state_machine_instance import ServiceHierarchicalStateMachineInstance
    from .service_hierarchical_state_machine_instance import (
        ServiceHierarchicalStateMachineInstanceParam as ServiceHierarchicalStateMachineInstanceParam,
    )
    from .service_hierarchical_state_machine_instance_references import (
        ServiceHierarchicalStateMachineInstanceReferences,
    )
    from .service_hierarchical_state_machine_instance_references import (
        ServiceHierarchicalStateMachineInstanceReferencesParam as ServiceHierarchicalStateMachineInstanceReferencesParam,
    )
    from .service_hierarchical_state_machine_tool_call_spec import ServiceHierarchicalStateMachineToolCallSpec
    from .service_hierarchical_state_machine_tool_call_spec import (
        ServiceHierarchicalStateMachineToolCallSpecParam as ServiceHierarchicalStateMachineToolCallSpecParam,
    )
    from .service_hierarchical_state_machine_user_info import ServiceHierarchicalStateMachineUserInfo
    from .service_hierarchical_state_machine_user_info import (
        ServiceHierarchicalStateMachineUserInfoParam as ServiceHierarchicalStateMachineUserInfoParam,
    )
    from .service_instance import ServiceInstance
    from .service_instance import ServiceInstanceParam as ServiceInstanceParam
    from .service_instance_version_sets import ServiceInstanceVersionSets
    from .service_instance_version_sets import ServiceInstanceVersionSetsParam as ServiceInstanceVersionSetsParam
    from .service_user_info import ServiceUserInfo
    from .service_user_info import ServiceUserInfoParam as ServiceUserInfoParam
    from .sign_in_with_api_key_response import SignInWithApiKeyResponse
    from .sign_in_with_api_key_response import SignInWithApiKeyResponseParam as SignInWithApiKeyResponseParam
    from .sign_in_with_email_request import SignInWithEmailRequest
    from .sign_in_with_email_request import SignInWithEmailRequestParam as SignInWithEmailRequestParam
    from .simulation_conversation_invocation_source import SimulationConversationInvocationSource
    from .simulation_conversation_invocation_source import (
        SimulationConversationInvocationSourceParam as SimulationConversationInvocationSourceParam,
    )
    from .simulation_evaluation_source import SimulationEvaluationSource
    from .simulation_evaluation_source import SimulationEvaluationSourceParam as SimulationEvaluationSourceParam
    from .simulation_persona_instance import SimulationPersonaInstance
    from .simulation_persona_instance import SimulationPersonaInstanceParam as SimulationPersonaInstanceParam
    from .simulation_persona_instance_tags import SimulationPersonaInstanceTags
    from .simulation_persona_instance_tags import (
        SimulationPersonaInstanceTagsParam as SimulationPersonaInstanceTagsParam,
    )
    from .simulation_persona_user_info import SimulationPersonaUserInfo
    from .simulation_persona_user_info import SimulationPersonaUserInfoParam as SimulationPersonaUserInfoParam
    from .simulation_persona_version import SimulationPersonaVersion
    from .simulation_persona_version import SimulationPersonaVersionParam as SimulationPersonaVersionParam
    from .simulation_persona_version_nonsensitive_user_variables import (
        SimulationPersonaVersionNonsensitiveUserVariables,
    )
    from .simulation_persona_version_nonsensitive_user_variables import (
        SimulationPersonaVersionNonsensitiveUserVariablesParam as SimulationPersonaVersionNonsensitiveUserVariablesParam,
    )
    from .simulation_persona_version_sensitive_user_variables import SimulationPersonaVersionSensitiveUserVariables
    from .simulation_persona_version_sensitive_user_variables import (
        SimulationPersonaVersionSensitiveUserVariablesParam as SimulationPersonaVersionSensitiveUserVariablesParam,
    )
    from .simulation_persona_version_user_info import SimulationPersonaVersionUserInfo
    from .simulation_persona_version_user_info import (
        SimulationPersonaVersionUserInfoParam as SimulationPersonaVersionUserInfoParam,
    )
    from .simulation_scenario_instance import SimulationScenarioInstance
    from .simulation_scenario_instance import SimulationScenarioInstanceParam as SimulationScenarioInstanceParam
    from .simulation_scenario_instance_tags import SimulationScenarioInstanceTags
    from .simulation_scenario_instance_tags import (
        SimulationScenarioInstanceTagsParam as SimulationScenarioInstanceTagsParam,
    )
    from .simulation_scenario_user_info import SimulationScenarioUserInfo
    from .simulation_scenario_user_info import SimulationScenarioUserInfoParam as SimulationScenarioUserInfoParam
    from .simulation_scenario_version import SimulationScenarioVersion
    from .simulation_scenario_version import SimulationScenarioVersionParam as SimulationScenarioVersionParam
    from .simulation_scenario_version_user_info import SimulationScenarioVersionUserInfo
    from .simulation_scenario_version_user_info import (
        SimulationScenarioVersionUserInfoParam as SimulationScenarioVersionUserInfoParam,
    )
    from .simulation_unit_test import SimulationUnitTest
    from .simulation_unit_test import SimulationUnitTestParam as SimulationUnitTestParam
    from .simulation_unit_test_instance import SimulationUnitTestInstance
    from .simulation_unit_test_instance import SimulationUnitTestInstanceParam as SimulationUnitTestInstanceParam
    from .simulation_unit_test_set import SimulationUnitTestSet
    from .simulation_unit_test_set import SimulationUnitTestSetParam as SimulationUnitTestSetParam
    from .simulation_unit_test_set_instance import SimulationUnitTestSetInstance
    from .simulation_unit_test_set_instance import (
        SimulationUnitTestSetInstanceParam as SimulationUnitTestSetInstanceParam,
    )
    from .simulation_unit_test_set_run_instance import SimulationUnitTestSetRunInstance
    from .simulation_unit_test_set_run_instance import (
        SimulationUnitTestSetRunInstanceParam as SimulationUnitTestSetRunInstanceParam,
    )
    from .simulation_unit_test_set_run_user_info import SimulationUnitTestSetRunUserInfo
    from .simulation_unit_test_set_run_user_info import (
        SimulationUnitTestSetRunUserInfoParam as SimulationUnitTestSetRunUserInfoParam,
    )
    from .simulation_unit_test_set_user_info import SimulationUnitTestSetUserInfo
    from .simulation_unit_test_set_user_info import (
        SimulationUnitTestSetUserInfoParam as SimulationUnitTestSetUserInfoParam,
    )
    from .simulation_unit_test_user_info import SimulationUnitTestUserInfo
    from .simulation_unit_test_user_info import SimulationUnitTestUserInfoParam as SimulationUnitTestUserInfoParam
    from .state_machine_instance import StateMachineInstance
    from .state_machine_instance import StateMachineInstanceParam as StateMachineInstanceParam
    from .state_transition_invocation_metadata import StateTransitionInvocationMetadata
    from .state_transition_invocation_metadata import (
        StateTransitionInvocationMetadataParam as StateTransitionInvocationMetadataParam,
    )
    from .submit_sql_query_request import SubmitSqlQueryRequest
    from .submit_sql_query_request import SubmitSqlQueryRequestParam as SubmitSqlQueryRequestParam
    from .submit_sql_query_response import SubmitSqlQueryResponse
    from .submit_sql_query_response import SubmitSqlQueryResponseParam as SubmitSqlQueryResponseParam
    from .succeeded_invocation_result import SucceededInvocationResult
    from .succeeded_invocation_result import SucceededInvocationResultParam as SucceededInvocationResultParam
    from .succeeded_invocation_status import SucceededInvocationStatus
    from .succeeded_invocation_status import SucceededInvocationStatusParam as SucceededInvocationStatusParam
    from .success_criterion_output import SuccessCriterionOutput
    from .success_criterion_output import SuccessCriterionOutputParam as SuccessCriterionOutputParam
    from .tag import Tag
    from .tag import TagParam as TagParam
    from .temporary_permission_grant import TemporaryPermissionGrant
    from .temporary_permission_grant import TemporaryPermissionGrantParam as TemporaryPermissionGrantParam
    from .temporary_permission_grant_tags import TemporaryPermissionGrantTags
    from .temporary_permission_grant_tags import TemporaryPermissionGrantTagsParam as TemporaryPermissionGrantTagsParam
    from .temporary_permission_grant_user_info import TemporaryPermissionGrantUserInfo
    from .temporary_permission_grant_user_info import (
        TemporaryPermissionGrantUserInfoParam as TemporaryPermissionGrantUserInfoParam,
    )
    from .test_tool_request import TestToolRequest
    from .test_tool_request import TestToolRequestParam as TestToolRequestParam
    from .test_tool_request_required_envvars import TestToolRequestRequiredEnvvars
    from .test_tool_request_required_envvars import (
        TestToolRequestRequiredEnvvarsParam as TestToolRequestRequiredEnvvarsParam,
    )
    from .test_tool_request_required_secret_envvars import TestToolRequestRequiredSecretEnvvars
    from .test_tool_request_required_secret_envvars import (
        TestToolRequestRequiredSecretEnvvarsParam as TestToolRequestRequiredSecretEnvvarsParam,
    )
    from .test_tool_response import TestToolResponse
    from .test_tool_response import TestToolResponseParam as TestToolResponseParam
    from .tool_call_ended_event import ToolCallEndedEvent
    from .tool_call_ended_event import ToolCallEndedEventParam as ToolCallEndedEventParam
    from .tool_call_ended_event_input_parameters import ToolCallEndedEventInputParameters
    from .tool_call_ended_event_input_parameters import (
        ToolCallEndedEventInputParametersParam as ToolCallEndedEventInputParametersParam,
    )
    from .tool_call_log import ToolCallLog
    from .tool_call_log import ToolCallLogParam as ToolCallLogParam
    from .tool_call_log_input import ToolCallLogInput
    from .tool_call_log_input import ToolCallLogInputParam as ToolCallLogInputParam
    from .tool_call_started_event import ToolCallStartedEvent
    from .tool_call_started_event import ToolCallStartedEventParam as ToolCallStartedEventParam
    from .tool_call_started_event_input_params import ToolCallStartedEventInputParams
    from .tool_call_started_event_input_params import (
        ToolCallStartedEventInputParamsParam as ToolCallStartedEventInputParamsParam,
    )
    from .tool_call_state_input import ToolCallStateInput
    from .tool_call_state_input import ToolCallStateInputParam as ToolCallStateInputParam
    from .tool_call_state_invocation_metadata import ToolCallStateInvocationMetadata
    from .tool_call_state_invocation_metadata import (
        ToolCallStateInvocationMetadataParam as ToolCallStateInvocationMetadataParam,
    )
    from .tool_call_state_output import ToolCallStateOutput
    from .tool_call_state_output import ToolCallStateOutputParam as ToolCallStateOutputParam
    from .tool_call_state_transition_log import ToolCallStateTransitionLog
    from .tool_call_state_transition_log import ToolCallStateTransitionLogParam as ToolCallStateTransitionLogParam
    from .tool_instance import ToolInstance
    from .tool_instance import ToolInstanceParam as ToolInstanceParam
    from .tool_invocation_instance import ToolInvocationInstance
    from .tool_invocation_instance import ToolInvocationInstanceParam as ToolInvocationInstanceParam
    from .tool_invocation_instance_inputs import ToolInvocationInstanceInputs
    from .tool_invocation_instance_inputs import ToolInvocationInstanceInputsParam as ToolInvocationInstanceInputsParam
    from .tool_user_info import ToolUserInfo
    from .tool_user_info import ToolUserInfoParam as ToolUserInfoParam
    from .tool_version_instance import ToolVersionInstance
    from .tool_version_instance import ToolVersionInstanceParam as ToolVersionInstanceParam
    from .tool_version_instance_input_schema import ToolVersionInstanceInputSchema
    from .tool_version_instance_input_schema import (
        ToolVersionInstanceInputSchemaParam as ToolVersionInstanceInputSchemaParam,
    )
    from .tool_version_user_info import ToolVersionUserInfo
    from .tool_version_user_info import ToolVersionUserInfoParam as ToolVersionUserInfoParam
    from .unit_test_run_descriptor_input import UnitTestRunDescriptorInput
    from .unit_test_run_descriptor_input import UnitTestRunDescriptorInputParam as UnitTestRunDescriptorInputParam
    from .unit_test_run_descriptor_output import UnitTestRunDescriptorOutput
    from .unit_test_run_descriptor_output import UnitTestRunDescriptorOutputParam as UnitTestRunDescriptorOutputParam
    from .unit_test_run_result import UnitTestRunResult
    from .unit_test_run_result import UnitTestRunResultParam as UnitTestRunResultParam
    from .unit_test_run_result_metric_evaluation_result import UnitTestRunResultMetricEvaluationResult
    from .unit_test_run_result_metric_evaluation_result import (
        UnitTestRunResultMetricEvaluationResultParam as UnitTestRunResultMetricEvaluationResultParam,
    )
    from .unit_test_run_spec import UnitTestRunSpec
    from .unit_test_run_spec import UnitTestRunSpecParam as UnitTestRunSpecParam
    from .unit_test_run_spec_llm_model_preferences import UnitTestRunSpecLlmModelPreferences
    from .unit_test_run_spec_llm_model_preferences import (
        UnitTestRunSpecLlmModelPreferencesParam as UnitTestRunSpecLlmModelPreferencesParam,
    )
    from .update_dynamic_behavior_set_request import UpdateDynamicBehaviorSetRequest
    from .update_dynamic_behavior_set_request import (
        UpdateDynamicBehaviorSetRequestParam as UpdateDynamicBehaviorSetRequestParam,
    )
    from .update_dynamic_behavior_set_request_tags_type_0 import UpdateDynamicBehaviorSetRequestTagsType0
    from .update_dynamic_behavior_set_request_tags_type_0 import (
        UpdateDynamicBehaviorSetRequestTagsType0Param as UpdateDynamicBehaviorSetRequestTagsType0Param,
    )
    from .update_metric_request import UpdateMetricRequest
    from .update_metric_request import UpdateMetricRequestParam as UpdateMetricRequestParam
    from .update_metric_request_tags_type_0 import UpdateMetricRequestTagsType0
    from .update_metric_request_tags_type_0 import (
        UpdateMetricRequestTagsType0Param as UpdateMetricRequestTagsType0Param,
    )
    from .update_request import UpdateRequest
    from .update_request import UpdateRequestParam as UpdateRequestParam
    from .update_service_request import UpdateServiceRequest
    from .update_service_request import UpdateServiceRequestParam as UpdateServiceRequestParam
    from .update_service_request_tags_type_0 import UpdateServiceRequestTagsType0
    from .update_service_request_tags_type_0 import (
        UpdateServiceRequestTagsType0Param as UpdateServiceRequestTagsType0Param,
    )
    from .update_simulation_persona_request import UpdateSimulationPersonaRequest
    from .update_simulation_persona_request import (
        UpdateSimulationPersonaRequestParam as UpdateSimulationPersonaRequestParam,
    )
    from .update_simulation_persona_request_tags_type_0 import UpdateSimulationPersonaRequestTagsType0
    from .update_simulation_persona_request_tags_type_0 import (
        UpdateSimulationPersonaRequestTagsType0Param as UpdateSimulationPersonaRequestTagsType0Param,
    )
    from .update_simulation_scenario_request import UpdateSimulationScenarioRequest
    from .update_simulation_scenario_request import (
        UpdateSimulationScenarioRequestParam as UpdateSimulationScenarioRequestParam,
    )
    from .update_simulation_scenario_request_tags_type_0 import UpdateSimulationScenarioRequestTagsType0
    from .update_simulation_scenario_request_tags_type_0 import (
        UpdateSimulationScenarioRequestTagsType0Param as UpdateSimulationScenarioRequestTagsType0Param,
    )
    from .update_simulation_unit_test_request import UpdateSimulationUnitTestRequest
    from .update_simulation_unit_test_request import (
        UpdateSimulationUnitTestRequestParam as UpdateSimulationUnitTestRequestParam,
    )
    from .update_simulation_unit_test_request_success_criterion import UpdateSimulationUnitTestRequestSuccessCriterion
    from .update_simulation_unit_test_request_success_criterion import (
        UpdateSimulationUnitTestRequestSuccessCriterionParam as UpdateSimulationUnitTestRequestSuccessCriterionParam,
    )
    from .update_simulation_unit_test_request_tags_type_0 import UpdateSimulationUnitTestRequestTagsType0
    from .update_simulation_unit_test_request_tags_type_0 import (
        UpdateSimulationUnitTestRequestTagsType0Param as UpdateSimulationUnitTestRequestTagsType0Param,
    )
    from .update_simulation_unit_test_set_request import UpdateSimulationUnitTestSetRequest
    from .update_simulation_unit_test_set_request import (
        UpdateSimulationUnitTestSetRequestParam as UpdateSimulationUnitTestSetRequestParam,
    )
    from .update_simulation_unit_test_set_request_tags_type_0 import UpdateSimulationUnitTestSetRequestTagsType0
    from .update_simulation_unit_test_set_request_tags_type_0 import (
        UpdateSimulationUnitTestSetRequestTagsType0Param as UpdateSimulationUnitTestSetRequestTagsType0Param,
    )
    from .update_user_info_request import UpdateUserInfoRequest
    from .update_user_info_request import UpdateUserInfoRequestParam as UpdateUserInfoRequestParam
    from .update_webhook_destination_request import UpdateWebhookDestinationRequest
    from .update_webhook_destination_request import (
        UpdateWebhookDestinationRequestParam as UpdateWebhookDestinationRequestParam,
    )
    from .upsert_request import UpsertRequest
    from .upsert_request import UpsertRequestParam as UpsertRequestParam
    from .upsert_service_version_set_request import UpsertServiceVersionSetRequest
    from .upsert_service_version_set_request import (
        UpsertServiceVersionSetRequestParam as UpsertServiceVersionSetRequestParam,
    )
    from .user_dimension_input import UserDimensionInput
    from .user_dimension_input import UserDimensionInputParam as UserDimensionInputParam
    from .user_dimension_output import UserDimensionOutput
    from .user_dimension_output import UserDimensionOutputParam as UserDimensionOutputParam
    from .user_instance import UserInstance
    from .user_instance import UserInstanceParam as UserInstanceParam
    from .user_instance_nonsensitive_variables import UserInstanceNonsensitiveVariables
    from .user_instance_nonsensitive_variables import (
        UserInstanceNonsensitiveVariablesParam as UserInstanceNonsensitiveVariablesParam,
    )
    from .user_message_available_event import UserMessageAvailableEvent
    from .user_message_available_event import UserMessageAvailableEventParam as UserMessageAvailableEventParam
    from .user_model import UserModel
    from .user_model import UserModelParam as UserModelParam
    from .user_stats import UserStats
    from .user_stats import UserStatsParam as UserStatsParam
    from .validation_error import ValidationError
    from .validation_error import ValidationErrorParam as ValidationErrorParam
    from .validation_error_ctx import ValidationErrorCtx
    from .validation_error_ctx import ValidationErrorCtxParam as ValidationErrorCtxParam
    from .verb import Verb
    from .version import Version
    from .version import VersionParam as VersionParam
    from .version_set_info import VersionSetInfo
    from .version_set_info import VersionSetInfoParam as VersionSetInfoParam
    from .version_set_info_llm_model_preferences import VersionSetInfoLlmModelPreferences
    from .version_set_info_llm_model_preferences import (
        VersionSetInfoLlmModelPreferencesParam as VersionSetInfoLlmModelPreferencesParam,
    )
    from .version_set_input import VersionSetInput
    from .version_set_input import VersionSetInputParam as VersionSetInputParam
    from .version_set_input_llm_model_preferences import VersionSetInputLlmModelPreferences
    from .version_set_input_llm_model_preferences import (
        VersionSetInputLlmModelPreferencesParam as VersionSetInputLlmModelPreferencesParam,
    )
    from .version_set_output import VersionSetOutput
    from .version_set_output import VersionSetOutputParam as VersionSetOutputParam
    from .version_set_output_llm_model_preferences import VersionSetOutputLlmModelPreferences
    from .version_set_output_llm_model_preferences import (
        VersionSetOutputLlmModelPreferencesParam as VersionSetOutputLlmModelPreferencesParam,
    )
    from .voice_config import VoiceConfig
    from .voice_config import VoiceConfigParam as VoiceConfigParam
    from .voice_config_instance import VoiceConfigInstance
    from .voice_config_instance import VoiceConfigInstanceParam as VoiceConfigInstanceParam
    from .webhook_delivery_instance import WebhookDeliveryInstance
    from .webhook_delivery_instance import WebhookDeliveryInstanceParam as WebhookDeliveryInstanceParam
    from .webhook_delivery_instance_webhook_content import WebhookDeliveryInstanceWebhookContent
    from .webhook_delivery_instance_webhook_content import (
        WebhookDeliveryInstanceWebhookContentParam as WebhookDeliveryInstanceWebhookContentParam,
    )
    from .webhook_delivery_status import WebhookDeliveryStatus
    from .webhook_destination import WebhookDestination
    from .webhook_destination import WebhookDestinationParam as WebhookDestinationParam
    from .webhook_type import WebhookType
    from .working_memory import WorkingMemory
    from .working_memory import WorkingMemoryParam as WorkingMemoryParam

#: model name -> the module under this package that defines it
_MODULES = {
    "ActionStateInput": ".action_state_input",
    "ActionStateOutput": ".action_state_output",
    "ActionStateTransitionLog": ".action_state_transition_log",
    "ActionTooLongEvent": ".action_too_long_event",
    "AgentUserInfo": ".agent_user_info",
    "AnnotationStateInput": ".annotation_state_input",
    "AnnotationStateOutput": ".annotation_state_output",
    "AnnotationStateTransitionLog": ".annotation_state_transition_log",
    "APIKeyInstance": ".api_key_instance",
    "APIKeyUserInfo": ".api_key_user_info",
    "AssignRoleRequest": ".assign_role_request",
    "AssignRoleResponse": ".assign_role_response",
    "BooleanMetricSuccessCriterion": ".boolean_metric_success_criterion",
    "BooleanMetricValue": ".boolean_metric_value",
    "CategoricalMetricSuccessCriterionInput": ".categorical_metric_success_criterion_input",
    "CategoricalMetricSuccessCriterionOutput": ".categorical_metric_success_criterion_output",
    "CategoricalMetricValueInput": ".categorical_metric_value_input",
    "CategoricalMetricValueOutput": ".categorical_metric_value_output",
    "ChangeToolCandidatesActionOutput": ".change_tool_candidates_action_output",
    "ChangeToolCandidatesActionToolCallSpec": ".change_tool_candidates_action_tool_call_spec",
    "CheckIfActiveMemoryNeededAgentActionEvent": ".check_if_active_memory_needed_agent_action_event",
    "Column": ".column",
    "ConversationCreatedEvent": ".conversation_created_event",
    "ConversationInstance": ".conversation_instance",
    "ConversationInstanceTags": ".conversation_instance_tags",
    "CreateAgentRequest": ".create_agent_request",
    "CreateAgentResponse": ".create_agent_response",
    "CreateAgentVersionRequest": ".create_agent_version_request",
    "CreateAgentVersionResponse": ".create_agent_version_response",
    "CreateApiKeyRequest": ".create_api_key_request",
    "CreateApiKeyResponse": ".create_api_key_response",
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
    "CreateDynamicBehaviorSetVersionRequest": ".create_dynamic_behavior_set_version_request",
    "CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction": ".create_dynamic_behavior_set_version_request_change_tool_candidates_action",
    "CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec": ".create_dynamic_behavior_set_version_request_change_tool_candidates_action_tool_call_spec",
    "CreateDynamicBehaviorSetVersionResponse": ".create_dynamic_behavior_set_version_response",
    "CreateInvitedUserRequest": ".create_invited_user_request",
    "CreateInvitedUserRequestNonsensitiveUserVariables": ".create_invited_user_request_nonsensitive_user_variables",
    "CreateInvitedUserRequestPreferences": ".create_invited_user_request_preferences",
    "CreateInvitedUserRequestSensitiveUserVariables": ".create_invited_user_request_sensitive_user_variables",
    "CreateInvitedUserResponse": ".create_invited_user_response",
    "CreateMetricRequest": ".create_metric_request",
    "CreateMetricRequestTags": ".create_metric_request_tags",
    "CreateMetricResponse": ".create_metric_response",
    "CreateOrganizationRequest": ".create_organization_request",
    "CreateOrganizationRequestPreferences": ".create_organization_request_preferences",
    "CreateOrganizationResponse": ".create_organization_response",
    "CreateRoleRequest": ".create_role_request",
    "CreateRoleResponse": ".create_role_response",
    "CreateServiceHierarchicalStateMachineRequest": ".create_service_hierarchical_state_machine_request",
    "CreateServiceHierarchicalStateMachineResponse": ".create_service_hierarchical_state_machine_response",
    "CreateServiceHierarchicalStateMachineVersionRequest": ".create_service_hierarchical_state_machine_version_request",
    "CreateServiceHierarchicalStateMachineVersionRequestReferences": ".create_service_hierarchical_state_machine_version_request_references",
    "CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec": ".create_service_hierarchical_state_machine_version_request_tool_call_spec",
    "CreateServiceHierarchicalStateMachineVersionResponse": ".create_service_hierarchical_state_machine_version_response",
    "CreateServiceRequest": ".create_service_request",
    "CreateServiceRequestTags": ".create_service_request_tags",
    "CreateServiceResponse": ".create_service_response",
    "CreateSimulationPersonaRequest": ".create_simulation_persona_request",
    "CreateSimulationPersonaRequestInitialVersion": ".create_simulation_persona_request_initial_version",
    "CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables": ".create_simulation_persona_request_initial_version_nonsensitive_user_variables",
    "CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables": ".create_simulation_persona_request_initial_version_sensitive_user_variables",
    "CreateSimulationPersonaRequestTags": ".create_simulation_persona_request_tags",
    "CreateSimulationPersonaResponse": ".create_simulation_persona_response",
    "CreateSimulationPersonaVersionRequest": ".create_simulation_persona_version_request",
    "CreateSimulationPersonaVersionRequestNonsensitiveUserVariables": ".create_simulation_persona_version_request_nonsensitive_user_variables",
    "CreateSimulationPersonaVersionRequestSensitiveUserVariables": ".create_simulation_persona_version_request_sensitive_user_variables",
    "CreateSimulationPersonaVersionResponse": ".create_simulation_persona_version_response",
    "CreateSimulationScenarioRequest": ".create_simulation_scenario_request",
    "CreateSimulationScenarioRequestInitialVersion": ".create_simulation_scenario_request_initial_version",
    "CreateSimulationScenarioRequestTags": ".create_simulation_scenario_request_tags",
    "CreateSimulationScenarioResponse": ".create_simulation_scenario_response",
    "CreateSimulationScenarioVersionRequest": ".create_simulation_scenario_version_request",
    "CreateSimulationScenarioVersionResponse": ".create_simulation_scenario_version_response",
    "CreateSimulationUnitTestRequest": ".create_simulation_unit_test_request",
    "CreateSimulationUnitTestRequestSuccessCriterion": ".create_simulation_unit_test_request_success_criterion",
    "CreateSimulationUnitTestRequestTags": ".create_simulation_unit_test_request_tags",
    "CreateSimulationUnitTestResponse": ".create_simulation_unit_test_response",
    "CreateSimulationUnitTestSetRequest": ".create_simulation_unit_test_set_request",
    "CreateSimulationUnitTestSetRequestTags": ".create_simulation_unit_test_set_request_tags",
    "CreateSimulationUnitTestSetResponse": ".create_simulation_unit_test_set_response",
    "CreateSimulationUnitTestSetRunRequest": ".create_simulation_unit_test_set_run_request",
    "CreateSimulationUnitTestSetRunResponse": ".create_simulation_unit_test_set_run_response",
    "CreateTemporaryPermissionGrantRequest": ".create_temporary_permission_grant_request",
    "CreateTemporaryPermissionGrantRequestTags": ".create_temporary_permission_grant_request_tags",
    "CreateTemporaryPermissionGrantResponse": ".create_temporary_permission_grant_response",
    "CreateToolRequest": ".create_tool_request",
    "CreateToolRequestTags": ".create_tool_request_tags",
    "CreateToolResponse": ".create_tool_response",
    "CreateWebhookDestinationRequest": ".create_webhook_destination_request",
    "CreateWebhookDestinationResponse": ".create_webhook_destination_response",
    "CurrentAgentActionEvent": ".current_agent_action_event",
    "DecisionStateInput": ".decision_state_input",
    "DecisionStateOutput": ".decision_state_output",
    "DecisionStateTransitionLog": ".decision_state_transition_log",
    "DeleteApiKeyResponse": ".delete_api_key_response",
    "DeliveryAttempt": ".delivery_attempt",
    "DynamicBehaviorInvocation": ".dynamic_behavior_invocation",
    "DynamicBehaviorSetInstance": ".dynamic_behavior_set_instance",
    "DynamicBehaviorSetInstanceTags": ".dynamic_behavior_set_instance_tags",
    "DynamicBehaviorSetUserInfo": ".dynamic_behavior_set_user_info",
    "DynamicBehaviorSetVersion": ".dynamic_behavior_set_version",
    "DynamicBehaviorSetVersionUserInfo": ".dynamic_behavior_set_version_user_info",
    "EndSessionEvent": ".end_session_event",
    "EngageUserDynamicBehaviorOverrideEvent": ".engage_user_dynamic_behavior_override_event",
    "EngageUserInvocationMetadata": ".engage_user_invocation_metadata",
    "EngageUserMessageFragmentGeneratedEvent": ".engage_user_message_fragment_generated_event",
    "EqualCondition": ".equal_condition",
    "ErrorEvent": ".error_event",
    "EvaluateMetricsRequest": ".evaluate_metrics_request",
    "EvaluateMetricsResponse": ".evaluate_metrics_response",
    "EvaluationSourceType": ".evaluation_source_type",
    "ExitConditionInput": ".exit_condition_input",
    "ExitConditionOutput": ".exit_condition_output",
    "ExtractActiveMemoriesAgentActionEvent": ".extract_active_memories_agent_action_event",
    "FailedInvocationResult": ".failed_invocation_result",
    "FailedInvocationStatus": ".failed_invocation_status",
    "Format": ".format_",
    "FrontendView": ".frontend_view",
    "GenerateConversationStarterRequest": ".generate_conversation_starter_request",
    "GenerateConversationStarterResponse": ".generate_conversation_starter_response",
    "GenerateToolParamsDesignatedToolCallParamsGeneratedEvent": ".generate_tool_params_designated_tool_call_params_generated_event",
    "GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams": ".generate_tool_params_designated_tool_call_params_generated_event_tool_call_params",
    "GenerateToolParamsDesignatedToolRetrievedEvent": ".generate_tool_params_designated_tool_retrieved_event",
    "GetAgentVersionsResponse": ".get_agent_versions_response",
    "GetAgentVersionsResponseAgentInstance": ".get_agent_versions_response_agent_instance",
    "GetAgentsResponse": ".get_agents_response",
    "GetAgentsResponseAgentInstance": ".get_agents_response_agent_instance",
    "GetApiKeysResponse": ".get_api_keys_response",
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
    "GetModelsResponse": ".get_models_response",
    "GetOrganizationResponse": ".get_organization_response",
    "GetRolesResponse": ".get_roles_response",
    "GetServiceHierarchicalStateMachineVersionsResponse": ".get_service_hierarchical_state_machine_versions_response",
    "GetServiceHierarchicalStateMachinesResponse": ".get_service_hierarchical_state_machines_response",
    "GetServicesResponse": ".get_services_response",
    "GetServicesResponseFilterValues": ".get_services_response_filter_values",
    "GetSimulationPersonaVersionsResponse": ".get_simulation_persona_versions_response",
    "GetSimulationPersonasResponse": ".get_simulation_personas_response",
    "GetSimulationPersonasResponseFilterValues": ".get_simulation_personas_response_filter_values",
    "GetSimulationScenarioVersionsResponse": ".get_simulation_scenario_versions_response",
    "GetSimulationScenariosResponse": ".get_simulation_scenarios_response",
    "GetSimulationScenariosResponseFilterValues": ".get_simulation_scenarios_response_filter_values",
    "GetSimulationUnitTestSetRunArtifactsResponse": ".get_simulation_unit_test_set_run_artifacts_response",
    "GetSimulationUnitTestSetRunsResponse": ".get_simulation_unit_test_set_runs_response",
    "GetSimulationUnitTestSetRunsResponseFilterValues": ".get_simulation_unit_test_set_runs_response_filter_values",
    "GetSimulationUnitTestSetsResponse": ".get_simulation_unit_test_sets_response",
    "GetSimulationUnitTestSetsResponseFilterValues": ".get_simulation_unit_test_sets_response_filter_values",
    "GetSimulationUnitTestsResponse": ".get_simulation_unit_tests_response",
    "GetSimulationUnitTestsResponseFilterValues": ".get_simulation_unit_tests_response_filter_values",
    "GetTemporaryPermissionGrantsResponse": ".get_temporary_permission_grants_response",
    "GetToolInvocationsInvocationSourceTypeItem": ".get_tool_invocations_invocation_source_type_item",
    "GetToolInvocationsResponse": ".get_tool_invocations_response",
    "GetToolVersionsResponse": ".get_tool_versions_response",
    "GetToolVersionsResponseFilterValues": ".get_tool_versions_response_filter_values",
    "GetToolsResponse": ".get_tools_response",
    "GetToolsResponseFilterValues": ".get_tools_response_filter_values",
    "GetUserDimensionsResponse": ".get_user_dimensions_response",
    "GetUserModelResponse": ".get_user_model_response",
    "GetUsersResponse": ".get_users_response",
    "GetWebhookDeliveriesResponse": ".get_webhook_deliveries_response",
    "GetWebhookDestinationsResponse": ".get_webhook_destinations_response",
    "HTTPValidationError": ".http_validation_error",
    "IdentityInput": ".identity_input",
    "IdentityOutput": ".identity_output",
    "InCondition": ".in_condition",
    "InitialMessageType": ".initial_message_type",
    "InjectInstructionActionInput": ".inject_instruction_action_input",
    "InjectInstructionActionOutput": ".inject_instruction_action_output",
    "Input": ".input_",
    "InputInputParameters": ".input_input_parameters",
    "InputInvocationMode": ".input_invocation_mode",
    "InputNonsensitiveUserVariables": ".input_nonsensitive_user_variables",
    "InputSensitiveUserVariables": ".input_sensitive_user_variables",
    "InsertRequest": ".insert_request",
    "InteractWithConversationRequest": ".interact_with_conversation_request",
    "InteractWithConversationRequestFormat": ".interact_with_conversation_request_format",
    "InteractWithConversationRequestInitialMessageType": ".interact_with_conversation_request_initial_message_type",
    "InteractWithConversationResponseFormat": ".interact_with_conversation_response_format",
    "InteractionCompleteEvent": ".interaction_complete_event",
    "InvokeToolVersionRequest": ".invoke_tool_version_request",
    "InvokeToolVersionResponse": ".invoke_tool_version_response",
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
    "Model": ".model",
    "ModelParamsModelSchema": ".model_params_model_schema",
    "ModifyOrganizationRequest": ".modify_organization_request",
    "ModifyOrganizationRequestPreferences": ".modify_organization_request_preferences",
    "ModifyRoleRequest": ".modify_role_request",
    "ModifyRoleResponse": ".modify_role_response",
    "ModifyTagsOfConversationRequest": ".modify_tags_of_conversation_request",
    "ModifyTagsOfConversationRequestUpdates": ".modify_tags_of_conversation_request_updates",
    "ModifyToolEnvvarsRequest": ".modify_tool_envvars_request",
    "ModifyToolEnvvarsRequestDeleteRequest": ".modify_tool_envvars_request_delete_request",
    "ModifyToolRequest": ".modify_tool_request",
    "ModifyToolRequestTagsType0": ".modify_tool_request_tags_type_0",
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
    "NotEqualCondition": ".not_equal_condition",
    "NotSet": ".not_set",
    "NumericalMetricSuccessCriterion": ".numerical_metric_success_criterion",
    "NumericalMetricValue": ".numerical_metric_value",
    "PCMUserMessageAudioConfig": ".pcm_user_message_audio_config",
    "PCMUserMessageAudioConfigSampleWidth": ".pcm_user_message_audio_config_sample_width",
    "PermissionGrantInput": ".permission_grant_input",
    "PermissionGrantInputConditions": ".permission_grant_input_conditions",
    "PermissionGrantInstance": ".permission_grant_instance",
    "PermissionGrantInstanceConditions": ".permission_grant_instance_conditions",
    "PermissionGrantOutput": ".permission_grant_output",
    "PermissionGrantOutputConditions": ".permission_grant_output_conditions",
    "PostAnalysisType": ".post_analysis_type",
    "PostSessionEvaluationSource": ".post_session_evaluation_source",
    "PreferencesOutput": ".preferences_output",
    "Prompt": ".prompt",
    "PublishToolVersionRequest": ".publish_tool_version_request",
    "PublishToolVersionRequestBumpType": ".publish_tool_version_request_bump_type",
    "PublishToolVersionResponse": ".publish_tool_version_response",
    "RecallStateInput": ".recall_state_input",
    "RecallStateOutput": ".recall_state_output",
    "RecallStateTransitionLog": ".recall_state_transition_log",
    "RecommendResponsesForInteractionRequest": ".recommend_responses_for_interaction_request",
    "RecommendResponsesForInteractionResponse": ".recommend_responses_for_interaction_response",
    "ReflectionStateInput": ".reflection_state_input",
    "ReflectionStateOutput": ".reflection_state_output",
    "ReflectionStateTransitionLog": ".reflection_state_transition_log",
    "RegularConversationInvocationSource": ".regular_conversation_invocation_source",
    "RelationshipToDeveloperInput": ".relationship_to_developer_input",
    "RelationshipToDeveloperOutput": ".relationship_to_developer_output",
    "ResultPersistence": ".result_persistence",
    "RetrieveMessageSourceResponse": ".retrieve_message_source_response",
    "RoleInstance": ".role_instance",
    "RotateWebhookDestinationSecretResponse": ".rotate_webhook_destination_secret_response",
    "SearchDynamicBehaviorSetsResponse": ".search_dynamic_behavior_sets_response",
    "SearchMetricsResponse": ".search_metrics_response",
    "SearchSimulationPersonasResponse": ".search_simulation_personas_response",
    "SearchSimulationScenariosResponse": ".search_simulation_scenarios_response",
    "SearchSimulationUnitTestSetResponse": ".search_simulation_unit_test_set_response",
    "SearchSimulationUnitTestsResponse": ".search_simulation_unit_tests_response",
    "SearchToolInvocationsInvocationSourceTypeItem": ".search_tool_invocations_invocation_source_type_item",
    "SearchToolInvocationsQueryAgainstItem": ".search_tool_invocations_query_against_item",
    "SearchToolInvocationsResponse": ".search_tool_invocations_response",
    "SearchUsersResponse": ".search_users_response",
    "SelectDynamicBehaviorCompletedEvent": ".select_dynamic_behavior_completed_event",
    "SelectDynamicBehaviorRelevanceRetrievalCompletedEvent": ".select_dynamic_behavior_relevance_retrieval_completed_event",
    "SelectDynamicBehaviorVectorGeneratedEvent": ".select_dynamic_behavior_vector_generated_event",
    "ServiceHierarchicalStateMachineInstance": ".service_hierarchical_state_machine_instance",
    "ServiceHierarchicalStateMachineInstanceReferences": ".service_hierarchical_state_machine_instance_references",
    "ServiceHierarchicalStateMachineToolCallSpec": ".service_hierarchical_state_machine_tool_call_spec",
    "ServiceHierarchicalStateMachineUserInfo": ".service_hierarchical_state_machine_user_info",
    "ServiceInstance": ".service_instance",
    "ServiceInstanceVersionSets": ".service_instance_version_sets",
    "ServiceUserInfo": ".service_user_info",
    "SignInWithApiKeyResponse": ".sign_in_with_api_key_response",
    "SignInWithEmailRequest": ".sign_in_with_email_request",
    "SimulationConversationInvocationSource": ".simulation_conversation_invocation_source",
    "SimulationEvaluationSource": ".simulation_evaluation_source",
    "SimulationPersonaInstance": ".simulation_persona_instance",
    "SimulationPersonaInstanceTags": ".simulation_persona_instance_tags",
    "SimulationPersonaUserInfo": ".simulation_persona_user_info",
    "SimulationPersonaVersion": ".simulation_persona_version",
    "SimulationPersonaVersionNonsensitiveUserVariables": ".simulation_persona_version_nonsensitive_user_variables",
    "SimulationPersonaVersionSensitiveUserVariables": ".simulation_persona_version_sensitive_user_variables",
    "SimulationPersonaVersionUserInfo": ".simulation_persona_version_user_info",
    "SimulationScenarioInstance": ".simulation_scenario_instance",
    "SimulationScenarioInstanceTags": ".simulation_scenario_instance_tags",
    "SimulationScenarioUserInfo": ".simulation_scenario_user_info",
    "SimulationScenarioVersion": ".simulation_scenario_version",
    "SimulationScenarioVersionUserInfo": ".simulation_scenario_version_user_info",
    "SimulationUnitTest": ".simulation_unit_test",
    "SimulationUnitTestInstance": ".simulation_unit_test_instance",
    "SimulationUnitTestSet": ".simulation_unit_test_set",
    "SimulationUnitTestSetInstance": ".simulation_unit_test_set_instance",
    "SimulationUnitTestSetRunInstance": ".simulation_unit_test_set_run_instance",
    "SimulationUnitTestSetRunUserInfo": ".simulation_unit_test_set_run_user_info",
    "SimulationUnitTestSetUserInfo": ".simulation_unit_test_set_user_info",
    "SimulationUnitTestUserInfo": ".simulation_unit_test_user_info",
    "StateMachineInstance": ".state_machine_instance",
    "StateTransitionInvocationMetadata": ".state_transition_invocation_metadata",
    "SubmitSqlQueryRequest": ".submit_sql_query_request",
    "SubmitSqlQueryResponse": ".submit_sql_query_response",
    "SucceededInvocationResult": ".succeeded_invocation_result",
    "SucceededInvocationStatus": ".succeeded_invocation_status",
    "SuccessCriterionOutput": ".success_criterion_output",
    "Tag": ".tag",
    "TemporaryPermissionGrant": ".temporary_permission_grant",
    "TemporaryPermissionGrantTags": ".temporary_permission_grant_tags",
    "TemporaryPermissionGrantUserInfo": ".temporary_permission_grant_user_info",
    "TestToolRequest": ".test_tool_request",
    "TestToolRequestRequiredEnvvars": ".test_tool_request_required_envvars",
    "TestToolRequestRequiredSecretEnvvars": ".test_tool_request_required_secret_envvars",
    "TestToolResponse": ".test_tool_response",
    "ToolCallEndedEvent": ".tool_call_ended_event",
    "ToolCallEndedEventInputParameters": ".tool_call_ended_event_input_parameters",
    "ToolCallLog": ".tool_call_log",
    "ToolCallLogInput": ".tool_call_log_input",
    "ToolCallStartedEvent": ".tool_call_started_event",
    "ToolCallStartedEventInputParams": ".tool_call_started_event_input_params",
    "ToolCallStateInput": ".tool_call_state_input",
    "ToolCallStateInvocationMetadata": ".tool_call_state_invocation_metadata",
    "ToolCallStateOutput": ".tool_call_state_output",
    "ToolCallStateTransitionLog": ".tool_call_state_transition_log",
    "ToolInstance": ".tool_instance",
    "ToolInvocationInstance": ".tool_invocation_instance",
    "ToolInvocationInstanceInputs": ".tool_invocation_instance_inputs",
    "ToolUserInfo": ".tool_user_info",
    "ToolVersionInstance": ".tool_version_instance",
    "ToolVersionInstanceInputSchema": ".tool_version_instance_input_schema",
    "ToolVersionUserInfo": ".tool_version_user_info",
    "UnitTestRunDescriptorInput": ".unit_test_run_descriptor_input",
    "UnitTestRunDescriptorOutput": ".unit_test_run_descriptor_output",
    "UnitTestRunResult": ".unit_test_run_result",
    "UnitTestRunResultMetricEvaluationResult": ".unit_test_run_result_metric_evaluation_result",
    "UnitTestRunSpec": ".unit_test_run_spec",
    "UnitTestRunSpecLlmModelPreferences": ".unit_test_run_spec_llm_model_preferences",
    "UpdateDynamicBehaviorSetRequest": ".update_dynamic_behavior_set_request",
    "UpdateDynamicBehaviorSetRequestTagsType0": ".update_dynamic_behavior_set_request_tags_type_0",
    "UpdateMetricRequest": ".update_metric_request",
    "UpdateMetricRequestTagsType0": ".update_metric_request_tags_type_0",
    "UpdateRequest": ".update_request",
    "UpdateServiceRequest": ".update_service_request",
    "UpdateServiceRequestTagsType0": ".update_service_request_tags_type_0",
    "UpdateSimulationPersonaRequest": ".update_simulation_persona_request",
    "UpdateSimulationPersonaRequestTagsType0": ".update_simulation_persona_request_tags_type_0",
    "UpdateSimulationScenarioRequest": ".update_simulation_scenario_request",
    "UpdateSimulationScenarioRequestTagsType0": ".update_simulation_scenario_request_tags_type_0",
    "UpdateSimulationUnitTestRequest": ".update_simulation_unit_test_request",
    "UpdateSimulationUnitTestRequestSuccessCriterion": ".update_simulation_unit_test_request_success_criterion",
    "UpdateSimulationUnitTestRequestTagsType0": ".update_simulation_unit_test_request_tags_type_0",
    "UpdateSimulationUnitTestSetRequest": ".update_simulation_unit_test_set_request",
    "UpdateSimulationUnitTestSetRequestTagsType0": ".update_simulation_unit_test_set_request_tags_type_0",
    "UpdateUserInfoRequest": ".update_user_info_request",
    "UpdateWebhookDestinationRequest": ".update_webhook_destination_request",
    "UpsertRequest": ".upsert_request",
    "UpsertServiceVersionSetRequest": ".upsert_service_version_set_request",
    "UserDimensionInput": ".user_dimension_input",
    "UserDimensionOutput": ".user_dimension_output",
    "UserInstance": ".user_instance",
    "UserInstanceNonsensitiveVariables": ".user_instance_nonsensitive_variables",
    "UserMessageAvailableEvent": ".user_message_available_event",
    "UserModel": ".user_model",
    "UserStats": ".user_stats",
    "ValidationError": ".validation_error",
    "ValidationErrorCtx": ".validation_error_ctx",
    "Verb": ".verb",
    "Version": ".version",
    "VersionSetInfo": ".version_set_info",
    "VersionSetInfoLlmModelPreferences": ".version_set_info_llm_model_preferences",
    "VersionSetInput": ".version_set_input",
    "VersionSetInputLlmModelPreferences": ".version_set_input_llm_model_preferences",
    "VersionSetOutput": ".version_set_output",
    "VersionSetOutputLlmModelPreferences": ".version_set_output_llm_model_preferences",
    "VoiceConfig": ".voice_config",
    "VoiceConfigInstance": ".voice_config_instance",
    "WebhookDeliveryInstance": ".webhook_delivery_instance",
    "WebhookDeliveryInstanceWebhookContent": ".webhook_delivery_instance_webhook_content",
    "WebhookDeliveryStatus": ".webhook_delivery_status",
    "WebhookDestination": ".webhook_destination",
    "WebhookType": ".webhook_type",
    "WorkingMemory": ".working_memory",
}

__all__ = (
    "ActionStateInput",
    "ActionStateOutput",
    "ActionStateTransitionLog",
    "ActionTooLongEvent",
    "AgentUserInfo",
    "AnnotationStateInput",
    "AnnotationStateOutput",
    "AnnotationStateTransitionLog",
    "APIKeyInstance",
    "APIKeyUserInfo",
    "AssignRoleRequest",
    "AssignRoleResponse",
    "BooleanMetricSuccessCriterion",
    "BooleanMetricValue",
    "CategoricalMetricSuccessCriterionInput",
    "CategoricalMetricSuccessCriterionOutput",
    "CategoricalMetricValueInput",
    "CategoricalMetricValueOutput",
    "ChangeToolCandidatesActionOutput",
    "ChangeToolCandidatesActionToolCallSpec",
    "CheckIfActiveMemoryNeededAgentActionEvent",
    "Column",
    "ConversationCreatedEvent",
    "ConversationInstance",
    "ConversationInstanceTags",
    "CreateAgentRequest",
    "CreateAgentResponse",
    "CreateAgentVersionRequest",
    "CreateAgentVersionResponse",
    "CreateApiKeyRequest",
    "CreateApiKeyResponse",
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
    "CreateDynamicBehaviorSetVersionRequest",
    "CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction",
    "CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionToolCallSpec",
    "CreateDynamicBehaviorSetVersionResponse",
    "CreateInvitedUserRequest",
    "CreateInvitedUserRequestNonsensitiveUserVariables",
    "CreateInvitedUserRequestPreferences",
    "CreateInvitedUserRequestSensitiveUserVariables",
    "CreateInvitedUserResponse",
    "CreateMetricRequest",
    "CreateMetricRequestTags",
    "CreateMetricResponse",
    "CreateOrganizationRequest",
    "CreateOrganizationRequestPreferences",
    "CreateOrganizationResponse",
    "CreateRoleRequest",
    "CreateRoleResponse",
    "CreateServiceHierarchicalStateMachineRequest",
    "CreateServiceHierarchicalStateMachineResponse",
    "CreateServiceHierarchicalStateMachineVersionRequest",
    "CreateServiceHierarchicalStateMachineVersionRequestReferences",
    "CreateServiceHierarchicalStateMachineVersionRequestToolCallSpec",
    "CreateServiceHierarchicalStateMachineVersionResponse",
    "CreateServiceRequest",
    "CreateServiceRequestTags",
    "CreateServiceResponse",
    "CreateSimulationPersonaRequest",
    "CreateSimulationPersonaRequestInitialVersion",
    "CreateSimulationPersonaRequestInitialVersionNonsensitiveUserVariables",
    "CreateSimulationPersonaRequestInitialVersionSensitiveUserVariables",
    "CreateSimulationPersonaRequestTags",
    "CreateSimulationPersonaResponse",
    "CreateSimulationPersonaVersionRequest",
    "CreateSimulationPersonaVersionRequestNonsensitiveUserVariables",
    "CreateSimulationPersonaVersionRequestSensitiveUserVariables",
    "CreateSimulationPersonaVersionResponse",
    "CreateSimulationScenarioRequest",
    "CreateSimulationScenarioRequestInitialVersion",
    "CreateSimulationScenarioRequestTags",
    "CreateSimulationScenarioResponse",
    "CreateSimulationScenarioVersionRequest",
    "CreateSimulationScenarioVersionResponse",
    "CreateSimulationUnitTestRequest",
    "CreateSimulationUnitTestRequestSuccessCriterion",
    "CreateSimulationUnitTestRequestTags",
    "CreateSimulationUnitTestResponse",
    "CreateSimulationUnitTestSetRequest",
    "CreateSimulationUnitTestSetRequestTags",
    "CreateSimulationUnitTestSetResponse",
    "CreateSimulationUnitTestSetRunRequest",
    "CreateSimulationUnitTestSetRunResponse",
    "CreateTemporaryPermissionGrantRequest",
    "CreateTemporaryPermissionGrantRequestTags",
    "CreateTemporaryPermissionGrantResponse",
    "CreateToolRequest",
    "CreateToolRequestTags",
    "CreateToolResponse",
    "CreateWebhookDestinationRequest",
    "CreateWebhookDestinationResponse",
    "CurrentAgentActionEvent",
    "DecisionStateInput",
    "DecisionStateOutput",
    "DecisionStateTransitionLog",
    "DeleteApiKeyResponse",
    "DeliveryAttempt",
    "DynamicBehaviorInvocation",
    "DynamicBehaviorSetInstance",
    "DynamicBehaviorSetInstanceTags",
    "DynamicBehaviorSetUserInfo",
    "DynamicBehaviorSetVersion",
    "DynamicBehaviorSetVersionUserInfo",
    "EndSessionEvent",
    "EngageUserDynamicBehaviorOverrideEvent",
    "EngageUserInvocationMetadata",
    "EngageUserMessageFragmentGeneratedEvent",
    "EqualCondition",
    "ErrorEvent",
    "EvaluateMetricsRequest",
    "EvaluateMetricsResponse",
    "EvaluationSourceType",
    "ExitConditionInput",
    "ExitConditionOutput",
    "ExtractActiveMemoriesAgentActionEvent",
    "FailedInvocationResult",
    "FailedInvocationStatus",
    "Format",
    "FrontendView",
    "GenerateConversationStarterRequest",
    "GenerateConversationStarterResponse",
    "GenerateToolParamsDesignatedToolCallParamsGeneratedEvent",
    "GenerateToolParamsDesignatedToolCallParamsGeneratedEventToolCallParams",
    "GenerateToolParamsDesignatedToolRetrievedEvent",
    "GetAgentsResponse",
    "GetAgentsResponseAgentInstance",
    "GetAgentVersionsResponse",
    "GetAgentVersionsResponseAgentInstance",
    "GetApiKeysResponse",
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
    "GetModelsResponse",
    "GetOrganizationResponse",
    "GetRolesResponse",
    "GetServiceHierarchicalStateMachinesResponse",
    "GetServiceHierarchicalStateMachineVersionsResponse",
    "GetServicesResponse",
    "GetServicesResponseFilterValues",
    "GetSimulationPersonasResponse",
    "GetSimulationPersonasResponseFilterValues",
    "GetSimulationPersonaVersionsResponse",
    "GetSimulationScenariosResponse",
    "GetSimulationScenariosResponseFilterValues",
    "GetSimulationScenarioVersionsResponse",
    "GetSimulationUnitTestSetRunArtifactsResponse",
    "GetSimulationUnitTestSetRunsResponse",
    "GetSimulationUnitTestSetRunsResponseFilterValues",
    "GetSimulationUnitTestSetsResponse",
    "GetSimulationUnitTestSetsResponseFilterValues",
    "GetSimulationUnitTestsResponse",
    "GetSimulationUnitTestsResponseFilterValues",
    "GetTemporaryPermissionGrantsResponse",
    "GetToolInvocationsInvocationSourceTypeItem",
    "GetToolInvocationsResponse",
    "GetToolsResponse",
    "GetToolsResponseFilterValues",
    "GetToolVersionsResponse",
    "GetToolVersionsResponseFilterValues",
    "GetUserDimensionsResponse",
    "GetUserModelResponse",
    "GetUsersResponse",
    "GetWebhookDeliveriesResponse",
    "GetWebhookDestinationsResponse",
    "HTTPValidationError",
    "IdentityInput",
    "IdentityOutput",
    "InCondition",
    "InitialMessageType",
    "InjectInstructionActionInput",
    "InjectInstructionActionOutput",
    "Input",
    "InputInputParameters",
    "InputInvocationMode",
    "InputNonsensitiveUserVariables",
    "InputSensitiveUserVariables",
    "InsertRequest",
    "InteractionCompleteEvent",
    "InteractWithConversationRequest",
    "InteractWithConversationRequestFormat",
    "InteractWithConversationRequestInitialMessageType",
    "InteractWithConversationResponseFormat",
    "InvokeToolVersionRequest",
    "InvokeToolVersionResponse",
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
    "Model",
    "ModelParamsModelSchema",
    "ModifyOrganizationRequest",
    "ModifyOrganizationRequestPreferences",
    "ModifyRoleRequest",
    "ModifyRoleResponse",
    "ModifyTagsOfConversationRequest",
    "ModifyTagsOfConversationRequestUpdates",
    "ModifyToolEnvvarsRequest",
    "ModifyToolEnvvarsRequestDeleteRequest",
    "ModifyToolRequest",
    "ModifyToolRequestTagsType0",
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
    "NotEqualCondition",
    "NotSet",
    "NumericalMetricSuccessCriterion",
    "NumericalMetricValue",
    "PCMUserMessageAudioConfig",
    "PCMUserMessageAudioConfigSampleWidth",
    "PermissionGrantInput",
    "PermissionGrantInputConditions",
    "PermissionGrantInstance",
    "PermissionGrantInstanceConditions",
    "PermissionGrantOutput",
    "PermissionGrantOutputConditions",
    "PostAnalysisType",
    "PostSessionEvaluationSource",
    "PreferencesOutput",
    "Prompt",
    "PublishToolVersionRequest",
    "PublishToolVersionRequestBumpType",
    "PublishToolVersionResponse",
    "RecallStateInput",
    "RecallStateOutput",
    "RecallStateTransitionLog",
    "RecommendResponsesForInteractionRequest",
    "RecommendResponsesForInteractionResponse",
    "ReflectionStateInput",
    "ReflectionStateOutput",
    "ReflectionStateTransitionLog",
    "RegularConversationInvocationSource",
    "RelationshipToDeveloperInput",
    "RelationshipToDeveloperOutput",
    "ResultPersistence",
    "RetrieveMessageSourceResponse",
    "RoleInstance",
    "RotateWebhookDestinationSecretResponse",
    "SearchDynamicBehaviorSetsResponse",
    "SearchMetricsResponse",
    "SearchSimulationPersonasResponse",
    "SearchSimulationScenariosResponse",
    "SearchSimulationUnitTestSetResponse",
    "SearchSimulationUnitTestsResponse",
    "SearchToolInvocationsInvocationSourceTypeItem",
    "SearchToolInvocationsQueryAgainstItem",
    "SearchToolInvocationsResponse",
    "SearchUsersResponse",
    "SelectDynamicBehaviorCompletedEvent",
    "SelectDynamicBehaviorRelevanceRetrievalCompletedEvent",
    "SelectDynamicBehaviorVectorGeneratedEvent",
    "ServiceHierarchicalStateMachineInstance",
    "ServiceHierarchicalStateMachineInstanceReferences",
    "ServiceHierarchicalStateMachineToolCallSpec",
    "ServiceHierarchicalStateMachineUserInfo",
    "ServiceInstance",
    "ServiceInstanceVersionSets",
    "ServiceUserInfo",
    "SignInWithApiKeyResponse",
    "SignInWithEmailRequest",
    "SimulationConversationInvocationSource",
    "SimulationEvaluationSource",
    "SimulationPersonaInstance",
    "SimulationPersonaInstanceTags",
    "SimulationPersonaUserInfo",
    "SimulationPersonaVersion",
    "SimulationPersonaVersionNonsensitiveUserVariables",
    "SimulationPersonaVersionSensitiveUserVariables",
    "SimulationPersonaVersionUserInfo",
    "SimulationScenarioInstance",
    "SimulationScenarioInstanceTags",
    "SimulationScenarioUserInfo",
    "SimulationScenarioVersion",
    "SimulationScenarioVersionUserInfo",
    "SimulationUnitTest",
    "SimulationUnitTestInstance",
    "SimulationUnitTestSet",
    "SimulationUnitTestSetInstance",
    "SimulationUnitTestSetRunInstance",
    "SimulationUnitTestSetRunUserInfo",
    "SimulationUnitTestSetUserInfo",
    "SimulationUnitTestUserInfo",
    "StateMachineInstance",
    "StateTransitionInvocationMetadata",
    "SubmitSqlQueryRequest",
    "SubmitSqlQueryResponse",
    "SucceededInvocationResult",
    "SucceededInvocationStatus",
    "SuccessCriterionOutput",
    "Tag",
    "TemporaryPermissionGrant",
    "TemporaryPermissionGrantTags",
    "TemporaryPermissionGrantUserInfo",
    "TestToolRequest",
    "TestToolRequestRequiredEnvvars",
    "TestToolRequestRequiredSecretEnvvars",
    "TestToolResponse",
    "ToolCallEndedEvent",
    "ToolCallEndedEventInputParameters",
    "ToolCallLog",
    "ToolCallLogInput",
    "ToolCallStartedEvent",
    "ToolCallStartedEventInputParams",
    "ToolCallStateInput",
    "ToolCallStateInvocationMetadata",
    "ToolCallStateOutput",
    "ToolCallStateTransitionLog",
    "ToolInstance",
    "ToolInvocationInstance",
    "ToolInvocationInstanceInputs",
    "ToolUserInfo",
    "ToolVersionInstance",
    "ToolVersionInstanceInputSchema",
    "ToolVersionUserInfo",
    "UnitTestRunDescriptorInput",
    "UnitTestRunDescriptorOutput",
    "UnitTestRunResult",
    "UnitTestRunResultMetricEvaluationResult",
    "UnitTestRunSpec",
    "UnitTestRunSpecLlmModelPreferences",
    "UpdateDynamicBehaviorSetRequest",
    "UpdateDynamicBehaviorSetRequestTagsType0",
    "UpdateMetricRequest",
    "UpdateMetricRequestTagsType0",
    "UpdateRequest",
    "UpdateServiceRequest",
    "UpdateServiceRequestTagsType0",
    "UpdateSimulationPersonaRequest",
    "UpdateSimulationPersonaRequestTagsType0",
    "UpdateSimulationScenarioRequest",
    "UpdateSimulationScenarioRequestTagsType0",
    "UpdateSimulationUnitTestRequest",
    "UpdateSimulationUnitTestRequestSuccessCriterion",
    "UpdateSimulationUnitTestRequestTagsType0",
    "UpdateSimulationUnitTestSetRequest",
    "UpdateSimulationUnitTestSetRequestTagsType0",
    "UpdateUserInfoRequest",
    "UpdateWebhookDestinationRequest",
    "UpsertRequest",
    "UpsertServiceVersionSetRequest",
    "UserDimensionInput",
    "UserDimensionOutput",
    "UserInstance",
    "UserInstanceNonsensitiveVariables",
    "UserMessageAvailableEvent",
    "UserModel",
    "UserStats",
    "ValidationError",
    "ValidationErrorCtx",
    "Verb",
    "Version",
    "VersionSetInfo",
    "VersionSetInfoLlmModelPreferences",
    "VersionSetInput",
    "VersionSetInputLlmModelPreferences",
    "VersionSetOutput",
    "VersionSetOutputLlmModelPreferences",
    "VoiceConfig",
    "VoiceConfigInstance",
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
        if name.endswith(("Param", "ParamDict")) and name.rsplit("Param", 1)[0] in _MODULES:
            raise AttributeError(
                f"{name} is a type for type checkers only (a TypedDict of the mapping that stands for "
                f"{name.rsplit('Param', 1)[0]}): import it under `if typing.TYPE_CHECKING:`"
            )
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
