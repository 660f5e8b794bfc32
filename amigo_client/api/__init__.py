"""The operations of ``openapi.yaml``, one package per tag (each imported on first use).

``client.<tag>.<operation>(...)`` calls an operation through an
:class:`~amigo_client.AmigoClient`; ``amigo_client.api.<tag>.<operation>`` is its generated
module. :data:`RESOURCES` lists every tag's operations with their summaries.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._client import AmigoClient
    from .conversation import ConversationResource, ConversationResourceWithRawResponse
    from .dynamic_behavior_set import DynamicBehaviorSetResource, DynamicBehaviorSetResourceWithRawResponse
    from .metric import MetricResource, MetricResourceWithRawResponse
    from .organization import OrganizationResource, OrganizationResourceWithRawResponse
    from .service import ServiceResource, ServiceResourceWithRawResponse
    from .simulation import SimulationResource, SimulationResourceWithRawResponse
    from .user import UserResource, UserResourceWithRawResponse
    from .webhook_destination import WebhookDestinationResource, WebhookDestinationResourceWithRawResponse

__all__ = ["RESOURCES", "Resources", "RawResources"]

#: tag -> ((operation, method, path, summary), ...), sorted by operation.
RESOURCES: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "conversation": (
        ("create_conversation", "POST", "/conversation/", "Start a new conversation"),
        ("finish_conversation", "POST", "/conversation/{conversation_id}/finish/", "Finish a conversation"),
        (
            "generate_conversation_starter",
            "POST",
            "/conversation/conversation_starter",
            "Generate conversation starters",
        ),
        (
            "get_conversation_messages",
            "GET",
            "/conversation/{conversation_id}/messages/",
            "List messages of a conversation",
        ),
        ("get_conversations", "GET", "/conversation/", "List conversations"),
        (
            "get_interaction_insights",
            "GET",
            "/conversation/{conversation_id}/interaction/{interaction_id}/insights",
            "Inspect an interaction",
        ),
        (
            "interact_with_conversation",
            "POST",
            "/conversation/{conversation_id}/interact",
            "Send a message to a conversation",
        ),
        ("modify_tags_of_conversation", "POST", "/conversation/{conversation_id}/tags/", "Update conversation tags"),
        (
            "recommend_responses_for_interaction",
            "POST",
            "/conversation/{conversation_id}/interaction/{interaction_id}/recommend_responses",
            "Suggest user replies",
        ),
        (
            "retrieve_message_source",
            "GET",
            "/conversation/{conversation_id}/messages/{message_id}/source",
            "Get the original media of a message",
        ),
    ),
    "dynamic_behavior_set": (
        ("create_dynamic_behavior_set", "POST", "/dynamic_behavior_set/", "Create a dynamic behavior set"),
        (
            "get_dynamic_behavior_invocations",
            "GET",
            "/dynamic_behavior_set/{dynamic_behavior_set_id}/invocation/",
            "List dynamic behavior invocations",
        ),
        (
            "get_dynamic_behavior_set_versions",
            "GET",
            "/dynamic_behavior_set/{dynamic_behavior_set_id}/version/",
            "List dynamic behavior set versions",
        ),
        ("get_dynamic_behavior_sets", "GET", "/dynamic_behavior_set/", "List dynamic behavior sets"),
        ("search_dynamic_behavior_sets", "GET", "/dynamic_behavior_set/search", "Search dynamic behavior sets"),
    ),
    "metric": (
        ("create_metric", "POST", "/metric/", "Create a metric"),
        ("evaluate_metrics", "POST", "/metric/evaluate", "Evaluate metrics"),
        ("get_metric_evaluation_results", "GET", "/metric/metric_evaluation_result", "List metric evaluation results"),
        ("get_metrics", "GET", "/metric/", "List metrics"),
        ("search_metrics", "GET", "/metric/search/", "Search metrics"),
    ),
    "organization": (("get_organization", "GET", "/organization/", "Get the organization"),),
    "service": (
        ("create_service", "POST", "/service/", "Create a service"),
        (
            "delete_service_version_set",
            "DELETE",
            "/service/{service_id}/version_sets/{version_set_name}/",
            "Delete a version set",
        ),
        ("get_services", "GET", "/service/", "List services"),
        ("update_service", "POST", "/service/{service_id}/", "Update a service"),
        (
            "upsert_service_version_set",
            "PUT",
            "/service/{service_id}/version_sets/{version_set_name}/",
            "Create or replace a version set",
        ),
    ),
    "simulation": (
        (
            "cancel_simulation_unit_test_set_run",
            "DELETE",
            "/simulation/unit_test_set_run/{simulation_unit_test_set_run_id}/",
            "Cancel a simulation unit test set run",
        ),
        ("create_simulation_persona", "POST", "/simulation/persona/", "Create a simulation persona"),
        ("create_simulation_scenario", "POST", "/simulation/scenario/", "Create a simulation scenario"),
        ("create_simulation_unit_test_set", "POST", "/simulation/unit_test_set/", "Create a simulation unit test set"),
        (
            "create_simulation_unit_test_set_run",
            "POST",
            "/simulation/unit_test_set_run/",
            "Start a simulation unit test set run",
        ),
        ("get_simulation_personas", "GET", "/simulation/persona/", "List simulation personas"),
        ("get_simulation_scenarios", "GET", "/simulation/scenario/", "List simulation scenarios"),
        (
            "get_simulation_unit_test_set_run_artifacts",
            "GET",
            "/simulation/unit_test_set_run/{simulation_unit_test_set_run_id}/artifacts/",
            "Get the artifacts of a simulation unit test set run",
        ),
        (
            "get_simulation_unit_test_set_runs",
            "GET",
            "/simulation/unit_test_set_run/",
            "List simulation unit test set runs",
        ),
        ("get_simulation_unit_test_sets", "GET", "/simulation/unit_test_set/", "List simulation unit test sets"),
    ),
    "user": (
        ("create_invited_user", "POST", "/user/", "Invite a new user"),
        ("delete_user", "DELETE", "/user/{requested_user_id}", "Delete a user"),
        ("get_memories", "GET", "/user/{user_id}/memory", "List a user's memories"),
        ("get_user_model", "GET", "/user/{user_id}/user_model", "Get a user's model"),
        ("get_users", "GET", "/user/", "List users"),
        ("modify_user_variables", "POST", "/user/{requested_user_id}/variable", "Change a user's variables"),
        ("search_users", "GET", "/user/search/", "Search users"),
        ("sign_in_with_api_key", "POST", "/user/signin_with_api_key", "Exchange an API key for a bearer token"),
        ("update_user_info", "POST", "/user/{requested_user_id}", "Update a user"),
    ),
    "webhook_destination": (
        ("create_webhook_destination", "POST", "/webhook_destination/", "Create a webhook destination"),
        (
            "delete_webhook_destination",
            "DELETE",
            "/webhook_destination/{webhook_destination_id}",
            "Delete a webhook destination",
        ),
        (
            "get_webhook_deliveries",
            "GET",
            "/webhook_destination/{webhook_destination_id}/delivery",
            "List webhook deliveries",
        ),
        ("get_webhook_destinations", "GET", "/webhook_destination/", "List webhook destinations"),
        (
            "rotate_webhook_destination_secret",
            "POST",
            "/webhook_destination/{webhook_destination_id}/rotate-secret",
            "Rotate a webhook destination secret",
        ),
        (
            "update_webhook_destination",
            "POST",
            "/webhook_destination/{webhook_destination_id}",
            "Update a webhook destination",
        ),
    ),
}

#: tag -> the name of its resource class in amigo_client.api.<tag>
_CLASSES = {
    "conversation": "ConversationResource",
    "dynamic_behavior_set": "DynamicBehaviorSetResource",
    "metric": "MetricResource",
    "organization": "OrganizationResource",
    "service": "ServiceResource",
    "simulation": "SimulationResource",
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
    def conversation(self) -> ConversationResource:
        """10 operations: create_conversation, finish_conversation, generate_conversation_starter, get_conversation_messages, get_conversations, get_interaction_insights, interact_with_conversation, modify_tags_of_conversation, recommend_responses_for_interaction, retrieve_message_source."""
        return _namespace(self, self, "conversation")  # type: ignore[no-any-return]

    @property
    def dynamic_behavior_set(self) -> DynamicBehaviorSetResource:
        """5 operations: create_dynamic_behavior_set, get_dynamic_behavior_invocations, get_dynamic_behavior_set_versions, get_dynamic_behavior_sets, search_dynamic_behavior_sets."""
        return _namespace(self, self, "dynamic_behavior_set")  # type: ignore[no-any-return]

    @property
    def metric(self) -> MetricResource:
        """5 operations: create_metric, evaluate_metrics, get_metric_evaluation_results, get_metrics, search_metrics."""
        return _namespace(self, self, "metric")  # type: ignore[no-any-return]

    @property
    def organization(self) -> OrganizationResource:
        """1 operations: get_organization."""
        return _namespace(self, self, "organization")  # type: ignore[no-any-return]

    @property
    def service(self) -> ServiceResource:
        """5 operations: create_service, delete_service_version_set, get_services, update_service, upsert_service_version_set."""
        return _namespace(self, self, "service")  # type: ignore[no-any-return]

    @property
    def simulation(self) -> SimulationResource:
        """10 operations: cancel_simulation_unit_test_set_run, create_simulation_persona, create_simulation_scenario, create_simulation_unit_test_set, create_simulation_unit_test_set_run, get_simulation_personas, get_simulation_scenarios, get_simulation_unit_test_set_run_artifacts, get_simulation_unit_test_set_runs, get_simulation_unit_test_sets."""
        return _namespace(self, self, "simulation")  # type: ignore[no-any-return]

    @property
    def user(self) -> UserResource:
        """9 operations: create_invited_user, delete_user, get_memories, get_user_model, get_users, modify_user_variables, search_users, sign_in_with_api_key, update_user_info."""
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
    def service(self) -> ServiceResourceWithRawResponse:
        """service, returning a RawResponse from each method."""
        return _namespace(self, self._client, "service", "WithRawResponse")  # type: ignore[no-any-return]

    @property
    def simulation(self) -> SimulationResourceWithRawResponse:
        """simulation, returning a RawResponse from each method."""
        return _namespace(self, self._client, "simulation", "WithRawResponse")  # type: ignore[no-any-return]

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
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its tags are {', '.join(_CLASSES)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_CLASSES))
