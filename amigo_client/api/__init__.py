"""The operations of ``openapi.yaml``, one package per tag (each imported on first use).

``client.<tag>.<operation>(...)`` calls an operation through an
:class:`~amigo_client.AmigoClient`; ``amigo_client.api.<tag>.<operation>`` is its generated
module, and ``operation("<operationId>")`` finds that module whatever its tag.
``RESOURCES`` (built on first use from each tag's ``INDEX``) lists every tag's
operations with their HTTP method, path and summary: tag -> ((operation, method, path, summary), ...).
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._client import AmigoClient
    from .admin import AdminResource, AdminResourceWithRawResponse
    from .conversation import ConversationResource, ConversationResourceWithRawResponse
    from .dynamic_behavior_set import DynamicBehaviorSetResource, DynamicBehaviorSetResourceWithRawResponse
    from .metric import MetricResource, MetricResourceWithRawResponse
    from .organization import OrganizationResource, OrganizationResourceWithRawResponse
    from .role import RoleResource, RoleResourceWithRawResponse
    from .service import ServiceResource, ServiceResourceWithRawResponse
    from .simulation import SimulationResource, SimulationResourceWithRawResponse
    from .tool import ToolResource, ToolResourceWithRawResponse
    from .user import UserResource, UserResourceWithRawResponse
    from .webhook_destination import WebhookDestinationResource, WebhookDestinationResourceWithRawResponse

__all__ = ["NEEDED_OPERATIONS", "RESOURCES", "Resources", "RawResources", "operation"]

#: The operations the hand-written modules of this package call, by operationId, through
#: operation(). `make spec-update` refuses an upstream document without any of them
#: (spectools/guard.py reads this list; tests/test_spec_safety.py checks that it names every
#: operation("...") call in overrides/).
NEEDED_OPERATIONS = (
    "create-conversation",
    "finish-conversation",
    "interact-with-conversation",
    "sign-in-with-api-key",
)

#: RESOURCES: tag -> ((operation, HTTP method, path, summary), ...); see the module docstring.
RESOURCES: dict[str, tuple[tuple[str, str, str, str], ...]]

#: tag -> the name of its resource class in amigo_client.api.<tag>
_CLASSES = {
    "admin": "AdminResource",
    "conversation": "ConversationResource",
    "dynamic_behavior_set": "DynamicBehaviorSetResource",
    "metric": "MetricResource",
    "organization": "OrganizationResource",
    "role": "RoleResource",
    "service": "ServiceResource",
    "simulation": "SimulationResource",
    "tool": "ToolResource",
    "user": "UserResource",
    "webhook_destination": "WebhookDestinationResource",
}

#: Each operation's Python name (its operationId in snake_case, the name of its module and
#: method) -> its tag. `make spec-update` refuses a document in which two operations share one.
_OPERATIONS = {
    "access_git_interface_get": "tool",
    "access_git_interface_post": "tool",
    "assign_role": "role",
    "cancel_simulation_unit_test_set_run": "simulation",
    "create_agent": "organization",
    "create_agent_version": "organization",
    "create_api_key": "organization",
    "create_conversation": "conversation",
    "create_dynamic_behavior_set": "dynamic_behavior_set",
    "create_dynamic_behavior_set_version": "dynamic_behavior_set",
    "create_invited_user": "user",
    "create_metric": "metric",
    "create_organization": "organization",
    "create_role": "role",
    "create_service": "service",
    "create_service_hierarchical_state_machine": "organization",
    "create_service_hierarchical_state_machine_version": "organization",
    "create_simulation_persona": "simulation",
    "create_simulation_persona_version": "simulation",
    "create_simulation_scenario": "simulation",
    "create_simulation_scenario_version": "simulation",
    "create_simulation_unit_test": "simulation",
    "create_simulation_unit_test_set": "simulation",
    "create_simulation_unit_test_set_run": "simulation",
    "create_temporary_permission_grant": "role",
    "create_tool": "tool",
    "create_webhook_destination": "webhook_destination",
    "delete_agent": "organization",
    "delete_api_key": "organization",
    "delete_dynamic_behavior_instruction": "dynamic_behavior_set",
    "delete_metric": "metric",
    "delete_organization": "organization",
    "delete_service_hierarchical_state_machine": "organization",
    "delete_service_version_set": "service",
    "delete_simulation_persona": "simulation",
    "delete_simulation_scenario": "simulation",
    "delete_simulation_unit_test": "simulation",
    "delete_simulation_unit_test_set": "simulation",
    "delete_user": "user",
    "delete_webhook_destination": "webhook_destination",
    "deprecate_tool": "tool",
    "deprecate_tool_version": "tool",
    "evaluate_metrics": "metric",
    "finish_conversation": "conversation",
    "generate_conversation_starter": "conversation",
    "get_agent_versions": "organization",
    "get_agents": "organization",
    "get_api_keys": "organization",
    "get_conversation_messages": "conversation",
    "get_conversations": "conversation",
    "get_dynamic_behavior_invocations": "dynamic_behavior_set",
    "get_dynamic_behavior_set_versions": "dynamic_behavior_set",
    "get_dynamic_behavior_sets": "dynamic_behavior_set",
    "get_interaction_insights": "conversation",
    "get_memories": "user",
    "get_metric_evaluation_results": "metric",
    "get_metrics": "metric",
    "get_models": "admin",
    "get_organization": "organization",
    "get_prompt_logs": "admin",
    "get_roles": "role",
    "get_service_hierarchical_state_machine_versions": "organization",
    "get_service_hierarchical_state_machines": "organization",
    "get_services": "service",
    "get_simulation_persona_versions": "simulation",
    "get_simulation_personas": "simulation",
    "get_simulation_scenario_versions": "simulation",
    "get_simulation_scenarios": "simulation",
    "get_simulation_unit_test_set_run_artifacts": "simulation",
    "get_simulation_unit_test_set_runs": "simulation",
    "get_simulation_unit_test_sets": "simulation",
    "get_simulation_unit_tests": "simulation",
    "get_temporary_permission_grants": "role",
    "get_tool_invocations": "tool",
    "get_tool_scaffold_release": "tool",
    "get_tool_versions": "tool",
    "get_tools": "tool",
    "get_user_dimensions": "organization",
    "get_user_model": "user",
    "get_users": "user",
    "get_webhook_deliveries": "webhook_destination",
    "get_webhook_destinations": "webhook_destination",
    "interact_with_conversation": "conversation",
    "invoke_tool_version": "tool",
    "modify_organization": "organization",
    "modify_role": "role",
    "modify_tags_of_conversation": "conversation",
    "modify_tool": "tool",
    "modify_tool_envvars": "tool",
    "modify_user_variables": "user",
    "publish_tool_version": "tool",
    "recommend_responses_for_interaction": "conversation",
    "retrieve_message_source": "conversation",
    "rotate_webhook_destination_secret": "webhook_destination",
    "search_dynamic_behavior_sets": "dynamic_behavior_set",
    "search_metrics": "metric",
    "search_simulation_personas": "simulation",
    "search_simulation_scenarios": "simulation",
    "search_simulation_unit_test_sets": "simulation",
    "search_simulation_unit_tests": "simulation",
    "search_tool_invocations": "tool",
    "search_users": "user",
    "sign_in_with_api_key": "user",
    "sign_in_with_email": "user",
    "submit_sql_query": "admin",
    "test_tool": "tool",
    "update_dynamic_behavior_set": "dynamic_behavior_set",
    "update_metric": "metric",
    "update_service": "service",
    "update_simulation_persona": "simulation",
    "update_simulation_scenario": "simulation",
    "update_simulation_unit_test": "simulation",
    "update_simulation_unit_test_set": "simulation",
    "update_user_info": "user",
    "update_webhook_destination": "webhook_destination",
    "upsert_service_version_set": "service",
}


def operation(operation_id: str) -> ModuleType:
    """The generated module of an operation (``_get_kwargs``, ``_parse_response``, ``sync``), by
    its operationId (``"create-conversation"``) or its Python name (``"create_conversation"``),
    whatever tag it is under: ``client.call(operation("get-services"), limit=5)``."""
    name = operation_id.replace("-", "_") if isinstance(operation_id, str) else ""
    tag = _OPERATIONS.get(name)
    if tag is None:
        from .._errors import ConfigurationError

        raise ConfigurationError(
            f"no operation {operation_id!r} in this amigo_client (the openapi.yaml it was generated from "
            "does not describe it)"
        )
    return importlib.import_module(f".{tag}.{name}", __name__)


def _namespace(owner: Any, client: Any, tag: str, suffix: str = "") -> Any:
    """The resource object of ``tag`` for ``client``, made on first use and kept on ``owner``."""
    cache: dict[str, Any] = owner.__dict__.setdefault("_resources", {})
    key = tag + suffix
    found = cache.get(key)
    if found is None:
        module = importlib.import_module(f".{tag}", __name__)
        found = cache[key] = getattr(module, _CLASSES[tag] + suffix)(client)
    return found


class Resources:
    """The resource namespaces, one per tag: ``client.<tag>`` (created on first use)."""

    __slots__ = ()

    @property
    def admin(self) -> AdminResource:
        """3 operations: get_models, get_prompt_logs, submit_sql_query."""
        found: AdminResource = _namespace(self, self, "admin")
        return found

    @property
    def conversation(self) -> ConversationResource:
        """10 operations: create_conversation, finish_conversation, generate_conversation_starter, get_conversation_messages, get_conversations, get_interaction_insights, interact_with_conversation, modify_tags_of_conversation, recommend_responses_for_interaction, retrieve_message_source."""
        found: ConversationResource = _namespace(self, self, "conversation")
        return found

    @property
    def dynamic_behavior_set(self) -> DynamicBehaviorSetResource:
        """8 operations: create_dynamic_behavior_set, create_dynamic_behavior_set_version, delete_dynamic_behavior_instruction, get_dynamic_behavior_invocations, get_dynamic_behavior_set_versions, get_dynamic_behavior_sets, search_dynamic_behavior_sets, update_dynamic_behavior_set."""
        found: DynamicBehaviorSetResource = _namespace(self, self, "dynamic_behavior_set")
        return found

    @property
    def metric(self) -> MetricResource:
        """7 operations: create_metric, delete_metric, evaluate_metrics, get_metric_evaluation_results, get_metrics, search_metrics, update_metric."""
        found: MetricResource = _namespace(self, self, "metric")
        return found

    @property
    def organization(self) -> OrganizationResource:
        """18 operations: create_agent, create_agent_version, create_api_key, create_organization, create_service_hierarchical_state_machine, create_service_hierarchical_state_machine_version, delete_agent, delete_api_key, delete_organization, delete_service_hierarchical_state_machine, get_agent_versions, get_agents, get_api_keys, get_organization, get_service_hierarchical_state_machine_versions, get_service_hierarchical_state_machines, get_user_dimensions, modify_organization."""
        found: OrganizationResource = _namespace(self, self, "organization")
        return found

    @property
    def role(self) -> RoleResource:
        """6 operations: assign_role, create_role, create_temporary_permission_grant, get_roles, get_temporary_permission_grants, modify_role."""
        found: RoleResource = _namespace(self, self, "role")
        return found

    @property
    def service(self) -> ServiceResource:
        """5 operations: create_service, delete_service_version_set, get_services, update_service, upsert_service_version_set."""
        found: ServiceResource = _namespace(self, self, "service")
        return found

    @property
    def simulation(self) -> SimulationResource:
        """28 operations: cancel_simulation_unit_test_set_run, create_simulation_persona, create_simulation_persona_version, create_simulation_scenario, create_simulation_scenario_version, create_simulation_unit_test, create_simulation_unit_test_set, create_simulation_unit_test_set_run, delete_simulation_persona, delete_simulation_scenario, delete_simulation_unit_test, delete_simulation_unit_test_set, get_simulation_persona_versions, get_simulation_personas, get_simulation_scenario_versions, get_simulation_scenarios, get_simulation_unit_test_set_run_artifacts, get_simulation_unit_test_set_runs, get_simulation_unit_test_sets, get_simulation_unit_tests, search_simulation_personas, search_simulation_scenarios, search_simulation_unit_test_sets, search_simulation_unit_tests, update_simulation_persona, update_simulation_scenario, update_simulation_unit_test, update_simulation_unit_test_set."""
        found: SimulationResource = _namespace(self, self, "simulation")
        return found

    @property
    def tool(self) -> ToolResource:
        """15 operations: access_git_interface_get, access_git_interface_post, create_tool, deprecate_tool, deprecate_tool_version, get_tool_invocations, get_tool_scaffold_release, get_tool_versions, get_tools, invoke_tool_version, modify_tool, modify_tool_envvars, publish_tool_version, search_tool_invocations, test_tool."""
        found: ToolResource = _namespace(self, self, "tool")
        return found

    @property
    def user(self) -> UserResource:
        """10 operations: create_invited_user, delete_user, get_memories, get_user_model, get_users, modify_user_variables, search_users, sign_in_with_api_key, sign_in_with_email, update_user_info."""
        found: UserResource = _namespace(self, self, "user")
        return found

    @property
    def webhook_destination(self) -> WebhookDestinationResource:
        """6 operations: create_webhook_destination, delete_webhook_destination, get_webhook_deliveries, get_webhook_destinations, rotate_webhook_destination_secret, update_webhook_destination."""
        found: WebhookDestinationResource = _namespace(self, self, "webhook_destination")
        return found


class RawResources:
    """``client.with_raw_response``: the same namespaces, whose methods return a RawResponse
    (status, headers, request id, retries, ``parse()``) instead of the parsed answer."""

    def __init__(self, client: AmigoClient) -> None:
        self._client = client

    @property
    def admin(self) -> AdminResourceWithRawResponse:
        """admin, returning a RawResponse from each method."""
        found: AdminResourceWithRawResponse = _namespace(self, self._client, "admin", "WithRawResponse")
        return found

    @property
    def conversation(self) -> ConversationResourceWithRawResponse:
        """conversation, returning a RawResponse from each method."""
        found: ConversationResourceWithRawResponse = _namespace(self, self._client, "conversation", "WithRawResponse")
        return found

    @property
    def dynamic_behavior_set(self) -> DynamicBehaviorSetResourceWithRawResponse:
        """dynamic_behavior_set, returning a RawResponse from each method."""
        found: DynamicBehaviorSetResourceWithRawResponse = _namespace(
            self, self._client, "dynamic_behavior_set", "WithRawResponse"
        )
        return found

    @property
    def metric(self) -> MetricResourceWithRawResponse:
        """metric, returning a RawResponse from each method."""
        found: MetricResourceWithRawResponse = _namespace(self, self._client, "metric", "WithRawResponse")
        return found

    @property
    def organization(self) -> OrganizationResourceWithRawResponse:
        """organization, returning a RawResponse from each method."""
        found: OrganizationResourceWithRawResponse = _namespace(self, self._client, "organization", "WithRawResponse")
        return found

    @property
    def role(self) -> RoleResourceWithRawResponse:
        """role, returning a RawResponse from each method."""
        found: RoleResourceWithRawResponse = _namespace(self, self._client, "role", "WithRawResponse")
        return found

    @property
    def service(self) -> ServiceResourceWithRawResponse:
        """service, returning a RawResponse from each method."""
        found: ServiceResourceWithRawResponse = _namespace(self, self._client, "service", "WithRawResponse")
        return found

    @property
    def simulation(self) -> SimulationResourceWithRawResponse:
        """simulation, returning a RawResponse from each method."""
        found: SimulationResourceWithRawResponse = _namespace(self, self._client, "simulation", "WithRawResponse")
        return found

    @property
    def tool(self) -> ToolResourceWithRawResponse:
        """tool, returning a RawResponse from each method."""
        found: ToolResourceWithRawResponse = _namespace(self, self._client, "tool", "WithRawResponse")
        return found

    @property
    def user(self) -> UserResourceWithRawResponse:
        """user, returning a RawResponse from each method."""
        found: UserResourceWithRawResponse = _namespace(self, self._client, "user", "WithRawResponse")
        return found

    @property
    def webhook_destination(self) -> WebhookDestinationResourceWithRawResponse:
        """webhook_destination, returning a RawResponse from each method."""
        found: WebhookDestinationResourceWithRawResponse = _namespace(
            self, self._client, "webhook_destination", "WithRawResponse"
        )
        return found


def __getattr__(name: str) -> Any:
    if name in _CLASSES:
        return importlib.import_module(f".{name}", __name__)
    if name == "RESOURCES":
        # Not a literal here: this module is imported with every client, the index only for
        # docs and tools, so its size must not grow the import of the package.
        index = {tag: importlib.import_module(f".{tag}", __name__).INDEX for tag in _CLASSES}
        globals()["RESOURCES"] = index
        return index
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its tags are {', '.join(_CLASSES)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_CLASSES) | {"RESOURCES"})
