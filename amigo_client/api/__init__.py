"""The operations of ``openapi.yaml``, one package per tag (each imported on first use).

``client.<tag>.<operation>(...)`` calls an operation through an
:class:`~amigo_client.AmigoClient`; ``amigo_client.api.<tag>.<operation>`` is its generated
module. ``RESOURCES`` (built on first use from each tag's ``INDEX``) lists every tag's
operations with their HTTP method, path and summary: tag -> ((operation, method, path, summary), ...).
"""

from __future__ import annotations

import importlib
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

__all__ = ["RESOURCES", "Resources", "RawResources"]

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
        return _namespace(self, self, "admin")  # type: ignore[no-any-return]

    @property
    def conversation(self) -> ConversationResource:
        """10 operations: create_conversation, finish_conversation, generate_conversation_starter, get_conversation_messages, get_conversations, get_interaction_insights, interact_with_conversation, modify_tags_of_conversation, recommend_responses_for_interaction, retrieve_message_source."""
        return _namespace(self, self, "conversation")  # type: ignore[no-any-return]

    @property
    def dynamic_behavior_set(self) -> DynamicBehaviorSetResource:
        """8 operations: create_dynamic_behavior_set, create_dynamic_behavior_set_version, delete_dynamic_behavior_instruction, get_dynamic_behavior_invocations, get_dynamic_behavior_set_versions, get_dynamic_behavior_sets, search_dynamic_behavior_sets, update_dynamic_behavior_set."""
        return _namespace(self, self, "dynamic_behavior_set")  # type: ignore[no-any-return]

    @property
    def metric(self) -> MetricResource:
        """7 operations: create_metric, delete_metric, evaluate_metrics, get_metric_evaluation_results, get_metrics, search_metrics, update_metric."""
        return _namespace(self, self, "metric")  # type: ignore[no-any-return]

    @property
    def organization(self) -> OrganizationResource:
        """18 operations: create_agent, create_agent_version, create_api_key, create_organization, create_service_hierarchical_state_machine, create_service_hierarchical_state_machine_version, delete_agent, delete_api_key, delete_organization, delete_service_hierarchical_state_machine, get_agent_versions, get_agents, get_api_keys, get_organization, get_service_hierarchical_state_machine_versions, get_service_hierarchical_state_machines, get_user_dimensions, modify_organization."""
        return _namespace(self, self, "organization")  # type: ignore[no-any-return]

    @property
    def role(self) -> RoleResource:
        """6 operations: assign_role, create_role, create_temporary_permission_grant, get_roles, get_temporary_permission_grants, modify_role."""
        return _namespace(self, self, "role")  # type: ignore[no-any-return]

    @property
    def service(self) -> ServiceResource:
        """5 operations: create_service, delete_service_version_set, get_services, update_service, upsert_service_version_set."""
        return _namespace(self, self, "service")  # type: ignore[no-any-return]

    @property
    def simulation(self) -> SimulationResource:
        """28 operations: cancel_simulation_unit_test_set_run, create_simulation_persona, create_simulation_persona_version, create_simulation_scenario, create_simulation_scenario_version, create_simulation_unit_test, create_simulation_unit_test_set, create_simulation_unit_test_set_run, delete_simulation_persona, delete_simulation_scenario, delete_simulation_unit_test, delete_simulation_unit_test_set, get_simulation_persona_versions, get_simulation_personas, get_simulation_scenario_versions, get_simulation_scenarios, get_simulation_unit_test_set_run_artifacts, get_simulation_unit_test_set_runs, get_simulation_unit_test_sets, get_simulation_unit_tests, search_simulation_personas, search_simulation_scenarios, search_simulation_unit_test_sets, search_simulation_unit_tests, update_simulation_persona, update_simulation_scenario, update_simulation_unit_test, update_simulation_unit_test_set."""
        return _namespace(self, self, "simulation")  # type: ignore[no-any-return]

    @property
    def tool(self) -> ToolResource:
        """15 operations: access_git_interface_get, access_git_interface_post, create_tool, deprecate_tool, deprecate_tool_version, get_tool_invocations, get_tool_scaffold_release, get_tool_versions, get_tools, invoke_tool_version, modify_tool, modify_tool_envvars, publish_tool_version, search_tool_invocations, test_tool."""
        return _namespace(self, self, "tool")  # type: ignore[no-any-return]

    @property
    def user(self) -> UserResource:
        """10 operations: create_invited_user, delete_user, get_memories, get_user_model, get_users, modify_user_variables, search_users, sign_in_with_api_key, sign_in_with_email, update_user_info."""
        return _namespace(self, self, "user")  # type: ignore[no-any-return]

    @property
    def webhook_destination(self) -> WebhookDestinationResource:
        """6 operations: create_webhook_destination, delete_webhook_destination, get_webhook_deliveries, get_webhook_destinations, rotate_webhook_destination_secret, update_webhook_destination."""
        return _namespace(self, self, "webhook_destination")  # type: ignore[no-any-return]


class RawResources:
    """``client.with_raw_response``: the same namespaces, whose methods return a RawResponse
    (status, headers, request id, retries, ``parse()``) instead of the parsed answer."""

    def __init__(self, client: AmigoClient) -> None:
        self._client = client

    @property
    def admin(self) -> AdminResourceWithRawResponse:
        """admin, returning a RawResponse from each method."""
        return _namespace(self, self._client, "admin", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def conversation(self) -> ConversationResourceWithRawResponse:
        """conversation, returning a RawResponse from each method."""
        return _namespace(self, self._client, "conversation", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def dynamic_behavior_set(self) -> DynamicBehaviorSetResourceWithRawResponse:
        """dynamic_behavior_set, returning a RawResponse from each method."""
        return _namespace(self, self._client, "dynamic_behavior_set", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def metric(self) -> MetricResourceWithRawResponse:
        """metric, returning a RawResponse from each method."""
        return _namespace(self, self._client, "metric", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def organization(self) -> OrganizationResourceWithRawResponse:
        """organization, returning a RawResponse from each method."""
        return _namespace(self, self._client, "organization", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def role(self) -> RoleResourceWithRawResponse:
        """role, returning a RawResponse from each method."""
        return _namespace(self, self._client, "role", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def service(self) -> ServiceResourceWithRawResponse:
        """service, returning a RawResponse from each method."""
        return _namespace(self, self._client, "service", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def simulation(self) -> SimulationResourceWithRawResponse:
        """simulation, returning a RawResponse from each method."""
        return _namespace(self, self._client, "simulation", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def tool(self) -> ToolResourceWithRawResponse:
        """tool, returning a RawResponse from each method."""
        return _namespace(self, self._client, "tool", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def user(self) -> UserResourceWithRawResponse:
        """user, returning a RawResponse from each method."""
        return _namespace(self, self._client, "user", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def webhook_destination(self) -> WebhookDestinationResourceWithRawResponse:
        """webhook_destination, returning a RawResponse from each method."""
        return _namespace(self, self._client, "webhook_destination", "WithRawResponse")  # type: ignore[no-any-return]


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
