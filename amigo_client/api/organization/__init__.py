"""``client.organization``: the 18 operations tagged organization.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.organization.<operation>`` is that operation's generated module
(``_get_kwargs``, ``_parse_response``, ``sync``), imported on first use.
"""

# ruff: noqa: F401 (the TYPE_CHECKING block names every model the operations import; some are unused here)
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Mapping, overload

from ..._resource import RawResource, Resource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import List, Sequence, Union, cast

    from ..._binary import BinaryResponse
    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.action_state_input import ActionStateInput, ActionStateInputParam
    from ...models.annotation_state_input import AnnotationStateInput, AnnotationStateInputParam
    from ...models.api_key_instance import APIKeyInstance
    from ...models.create_agent_request import CreateAgentRequest, CreateAgentRequestParam
    from ...models.create_agent_response import CreateAgentResponse
    from ...models.create_agent_version_request import CreateAgentVersionRequest, CreateAgentVersionRequestParam
    from ...models.create_agent_version_response import CreateAgentVersionResponse
    from ...models.create_api_key_request import CreateApiKeyRequest, CreateApiKeyRequestParam
    from ...models.create_api_key_response import CreateApiKeyResponse
    from ...models.create_organization_request import CreateOrganizationRequest, CreateOrganizationRequestParam
    from ...models.create_organization_request_preferences import (
        CreateOrganizationRequestPreferences,
        CreateOrganizationRequestPreferencesParam,
    )
    from ...models.create_organization_response import CreateOrganizationResponse
    from ...models.create_service_hierarchical_state_machine_request import (
        CreateServiceHierarchicalStateMachineRequest,
        CreateServiceHierarchicalStateMachineRequestParam,
    )
    from ...models.create_service_hierarchical_state_machine_response import (
        CreateServiceHierarchicalStateMachineResponse,
    )
    from ...models.create_service_hierarchical_state_machine_version_request import (
        CreateServiceHierarchicalStateMachineVersionRequest,
        CreateServiceHierarchicalStateMachineVersionRequestParam,
    )
    from ...models.create_service_hierarchical_state_machine_version_request_references import (
        CreateServiceHierarchicalStateMachineVersionRequestReferences,
        CreateServiceHierarchicalStateMachineVersionRequestReferencesParam,
    )
    from ...models.create_service_hierarchical_state_machine_version_response import (
        CreateServiceHierarchicalStateMachineVersionResponse,
    )
    from ...models.decision_state_input import DecisionStateInput, DecisionStateInputParam
    from ...models.delete_api_key_response import DeleteApiKeyResponse
    from ...models.get_agent_versions_response import GetAgentVersionsResponse
    from ...models.get_agent_versions_response_agent_instance import GetAgentVersionsResponseAgentInstance
    from ...models.get_agents_response import GetAgentsResponse
    from ...models.get_agents_response_agent_instance import GetAgentsResponseAgentInstance
    from ...models.get_api_keys_response import GetApiKeysResponse
    from ...models.get_organization_response import GetOrganizationResponse
    from ...models.get_service_hierarchical_state_machine_versions_response import (
        GetServiceHierarchicalStateMachineVersionsResponse,
    )
    from ...models.get_service_hierarchical_state_machines_response import GetServiceHierarchicalStateMachinesResponse
    from ...models.get_user_dimensions_response import GetUserDimensionsResponse
    from ...models.identity_input import IdentityInput, IdentityInputParam
    from ...models.modify_organization_request import ModifyOrganizationRequest, ModifyOrganizationRequestParam
    from ...models.modify_organization_request_preferences import (
        ModifyOrganizationRequestPreferences,
        ModifyOrganizationRequestPreferencesParam,
    )
    from ...models.recall_state_input import RecallStateInput, RecallStateInputParam
    from ...models.reflection_state_input import ReflectionStateInput, ReflectionStateInputParam
    from ...models.service_hierarchical_state_machine_instance import ServiceHierarchicalStateMachineInstance
    from ...models.state_machine_instance import StateMachineInstance
    from ...models.tool_call_state_input import ToolCallStateInput, ToolCallStateInputParam
    from ...models.user_dimension_input import UserDimensionInput, UserDimensionInputParam
    from ...models.user_dimension_output import UserDimensionOutput
    from ...models.voice_config import VoiceConfig, VoiceConfigParam

__all__ = ["INDEX", "OPERATIONS", "OrganizationResource", "OrganizationResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "create_agent",
    "create_agent_version",
    "create_api_key",
    "create_organization",
    "create_service_hierarchical_state_machine",
    "create_service_hierarchical_state_machine_version",
    "delete_agent",
    "delete_api_key",
    "delete_organization",
    "delete_service_hierarchical_state_machine",
    "get_agent_versions",
    "get_agents",
    "get_api_keys",
    "get_organization",
    "get_service_hierarchical_state_machine_versions",
    "get_service_hierarchical_state_machines",
    "get_user_dimensions",
    "modify_organization",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("create_agent", "POST", "/organization/agent", "Create an agent"),
    ("create_agent_version", "POST", "/organization/agent/{agent_id}/", "Create an agent version"),
    ("create_api_key", "POST", "/organization/api_key/", "Create an API key"),
    ("create_organization", "PUT", "/organization/", "Create an organization"),
    (
        "create_service_hierarchical_state_machine",
        "POST",
        "/organization/service_hierarchical_state_machine",
        "Create a hierarchical state machine",
    ),
    (
        "create_service_hierarchical_state_machine_version",
        "POST",
        "/organization/service_hierarchical_state_machine/{service_hierarchical_state_machine_id}/",
        "Add a version to a hierarchical state machine",
    ),
    ("delete_agent", "DELETE", "/organization/agent/{agent_id}/", "Delete an agent"),
    ("delete_api_key", "DELETE", "/organization/api_key/{api_key_id}/", "Delete an API key"),
    ("delete_organization", "DELETE", "/organization/", "Delete an organization"),
    (
        "delete_service_hierarchical_state_machine",
        "DELETE",
        "/organization/service_hierarchical_state_machine/{state_machine_id}/",
        "Retire a hierarchical state machine",
    ),
    ("get_agent_versions", "GET", "/organization/agent/{agent_id}/version", "List versions of an agent"),
    ("get_agents", "GET", "/organization/agent", "List agents"),
    ("get_api_keys", "GET", "/organization/api_key/", "List API keys"),
    ("get_organization", "GET", "/organization/", "Get the organization"),
    (
        "get_service_hierarchical_state_machine_versions",
        "GET",
        "/organization/service_hierarchical_state_machine/{service_hierarchical_state_machine_id}/version",
        "List versions of a service hierarchical state machine",
    ),
    (
        "get_service_hierarchical_state_machines",
        "GET",
        "/organization/service_hierarchical_state_machine",
        "List service hierarchical state machines",
    ),
    ("get_user_dimensions", "GET", "/organization/user_dimensions/", "List user dimensions"),
    ("modify_organization", "POST", "/organization/", "Modify an organization"),
)


class OrganizationResource(Resource):
    """The operations tagged organization: ``client.organization.<operation>(...)``.

    Methods: ``create_agent``, ``create_agent_version``, ``create_api_key``, ``create_organization``, ``create_service_hierarchical_state_machine``, ``create_service_hierarchical_state_machine_version``, ``delete_agent``, ``delete_api_key``, ``delete_organization``, ``delete_service_hierarchical_state_machine``, ``get_agent_versions``, ``get_agents``, ``get_api_keys``, ``get_organization``, ``get_service_hierarchical_state_machine_versions``, ``get_service_hierarchical_state_machines``, ``get_user_dimensions``, ``modify_organization``.
    """

    __slots__ = ()

    @overload
    def create_agent(
        self,
        *,
        body: CreateAgentRequest | CreateAgentRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateAgentResponse: ...

    @overload
    def create_agent(
        self,
        *,
        agent_name: str,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateAgentResponse: ...

    def create_agent(
        self,
        *,
        body: CreateAgentRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateAgentResponse:
        """Create an agent

        Registers a new, empty agent under a name. The agent has no version yet, so a service
        cannot use it until you add one with `create-agent-version`. Requires
        `Organization:CreateAgent`. Limited to 10 calls a minute. Returns the agent's ID.

        ``POST /organization/agent``.

        Body: ``body=CreateAgentRequest(...)``, or its fields as keyword arguments:
            agent_name (str): Name of the agent, unique in the organization.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateAgentResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_agent as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateAgentRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_agent_version(
        self,
        agent_id: str,
        *,
        body: CreateAgentVersionRequest | CreateAgentVersionRequestParam,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateAgentVersionResponse: ...

    @overload
    def create_agent_version(
        self,
        agent_id: str,
        *,
        initials: Union[str, None] | Unset = ...,
        identity: Union[Union[IdentityInputParam, IdentityInput], None] | Unset = ...,
        background: Union[str, None] | Unset = ...,
        behaviors: Union[List[str], None] | Unset = ...,
        communication_patterns: Union[List[str], None] | Unset = ...,
        voice_config: Union[Union[VoiceConfigParam, VoiceConfig], None] | Unset = ...,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateAgentVersionResponse: ...

    def create_agent_version(
        self,
        agent_id: str,
        *,
        body: CreateAgentVersionRequest | Mapping[str, Any] | Unset = UNSET,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateAgentVersionResponse:
        """Create an agent version

        Adds a version to an agent. For an agent without versions, every field of the body is
        needed; afterwards, send only what changes and the rest is carried over from the latest
        version. Pass `version` to make the call fail with 409 unless it would create exactly
        that version number, which protects against two writers racing. Requires
        `Organization:CreateAgentVersion`. Limited to 10 calls a minute. Returns the new version's
        ID, number and creation time.

        ``POST /organization/agent/{agent_id}/``.

        Args:
            agent_id (str): ID of the agent that gets the new version.
            version (int | Unset): Expected number of the new version; the call fails if the next number
                differs.

        Body: ``body=CreateAgentVersionRequest(...)``, or its fields as keyword arguments:
            initials (None | str | Unset): Initials shown for the agent.
            identity (IdentityInput | None | Unset): Who the agent is and how it sees its relation to its
                maker.
            background (None | str | Unset): Backstory of the agent.
            behaviors (list[str] | None | Unset): Rules of conduct the agent sticks to.
            communication_patterns (list[str] | None | Unset): Examples and notes describing how the agent
                talks.
            voice_config (None | Unset | VoiceConfig): Voice the agent speaks with; null leaves it
                unchanged.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateAgentVersionResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_agent_version as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "agent_id": agent_id,
                "version": version,
            },
            body,
            fields,
            model="CreateAgentVersionRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest | CreateApiKeyRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateApiKeyResponse: ...

    @overload
    def create_api_key(
        self,
        *,
        name: Union[str, None],
        duration: str,
        role_name: str | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateApiKeyResponse: ...

    def create_api_key(
        self,
        *,
        body: CreateApiKeyRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateApiKeyResponse:
        """Create an API key

        Issues an API key for the organization. With the key, a backend obtains short-lived access
        tokens for the organization's users (see `sign-in-with-api-key`). The key lives for the
        requested duration and cannot be extended. The secret is shown in this response only and
        never again: store it safely right away. An organization holds at most 20 keys.

        Requires `Organization:CreateAPIKey` and more privileges than the role the key is bound to.
        Limited to 5 calls a minute. Not idempotent: each call issues another key.

        ``POST /organization/api_key/``.

        Body: ``body=CreateApiKeyRequest(...)``, or its fields as keyword arguments:
            name (None | str): Optional label that helps people recognise the key.
            duration (str): Lifetime of the key as an ISO 8601 duration (for example `P30D`), from 1 to 90
                days.
            role_name (str | Unset): Role bound to the key; the key can only sign in users whose role grants
                less than this one. Default: 'DefaultAdministratorRole'.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateApiKeyResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_api_key as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateApiKeyRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_organization(
        self,
        *,
        body: CreateOrganizationRequest | CreateOrganizationRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateOrganizationResponse: ...

    @overload
    def create_organization(
        self,
        *,
        org_name: str,
        title: str,
        main_description: str,
        sub_description: str,
        user_dimensions: Sequence[Union[UserDimensionInputParam, UserDimensionInput]],
        logo: str,
        square_logo: str,
        favicon: str,
        signup_page_headshot: str,
        onboarding_instructions: List[str],
        azure_devops_team_name: str,
        default_user_preferences: Union[CreateOrganizationRequestPreferencesParam, CreateOrganizationRequestPreferences]
        | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateOrganizationResponse: ...

    def create_organization(
        self,
        *,
        body: CreateOrganizationRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateOrganizationResponse:
        """Create an organization

        Provisions a brand-new organization and everything it needs to run: its database records,
        the four default roles (`DefaultUserRole`, `DefaultAdministratorRole`,
        `DefaultAmigoAdministratorRole`, `DefaultSuperAdministratorRole`), an `admin@amigo.ai`
        super user holding the super-administrator role, an identity tenant for its users, and the
        `{org_id}.amigo.ai` web address of its frontend.

        Platform operators use this; ordinary SDK users never need it. The server also requires
        an `x-mongo-cluster-name` header on this call.
        The caller needs `Organization:CreateOrganization`, `Role:CreateRole`, `User:InviteUser`
        and privileges at least equal to `DefaultSuperAdministratorRole`. Limited to 5 calls a
        minute. Returns the new organization's ID.

        ``PUT /organization/``.

        Body: ``body=CreateOrganizationRequest(...)``, or its fields as keyword arguments:
            org_name (str): Display name of the organization.
            title (str): Short marketing line shown for the organization.
            main_description (str): Text on the login page of the organization's frontend that presents what
                it offers.
            sub_description (str): Smaller secondary text shown under `main_description`.
            user_dimensions (list[UserDimensionInput]): The user dimensions the organization starts with.
            logo (str): Wide logo (PNG, 5:2, at least 400x160 pixels) used on the frontend and in messages
                sent to users.
            square_logo (str): Square logo (PNG, at least 40x40 pixels).
            favicon (str): Browser icon of the frontend (square ICO, at least 40x40 pixels).
            signup_page_headshot (str): Portrait of the organization's main persona for the signup page
                (PNG, at least 292x400 pixels, ratio 0.73); a stock image is used when empty.
            onboarding_instructions (list[str]): Markdown pages of the onboarding flow, one entry per page.
            azure_devops_team_name (str): Azure DevOps team that holds the organization's tool source code;
                created when missing, and shared by all organizations naming the same team.
            default_user_preferences (CreateOrganizationRequestPreferences | Unset): Default preferences for
                the users of a new organization.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateOrganizationResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_organization as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateOrganizationRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_service_hierarchical_state_machine(
        self,
        *,
        body: CreateServiceHierarchicalStateMachineRequest | CreateServiceHierarchicalStateMachineRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateServiceHierarchicalStateMachineResponse: ...

    @overload
    def create_service_hierarchical_state_machine(
        self,
        *,
        state_machine_name: str,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateServiceHierarchicalStateMachineResponse: ...

    def create_service_hierarchical_state_machine(
        self,
        *,
        body: CreateServiceHierarchicalStateMachineRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateServiceHierarchicalStateMachineResponse:
        """Create a hierarchical state machine

        Registers a new, empty state machine under a name. It has no version yet, so no service can
        run it until you add one with `create-service-hierarchical-state-machine-version`. Requires
        `Organization:CreateServiceHierarchicalStateMachine`. Limited to 10 calls a minute. Returns
        the state machine's ID.

        ``POST /organization/service_hierarchical_state_machine``.

        Body: ``body=CreateServiceHierarchicalStateMachineRequest(...)``, or its fields as keyword arguments:
            state_machine_name (str): Name of the state machine, unique in the organization.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateServiceHierarchicalStateMachineResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_service_hierarchical_state_machine as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateServiceHierarchicalStateMachineRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_service_hierarchical_state_machine_version(
        self,
        service_hierarchical_state_machine_id: str,
        *,
        body: CreateServiceHierarchicalStateMachineVersionRequest
        | CreateServiceHierarchicalStateMachineVersionRequestParam,
        version: int | Unset = UNSET,
        dry_run: bool | Unset = False,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateServiceHierarchicalStateMachineVersionResponse | None: ...

    @overload
    def create_service_hierarchical_state_machine_version(
        self,
        service_hierarchical_state_machine_id: str,
        *,
        description: str,
        states: Sequence[
            Union[
                Union[ActionStateInputParam, ActionStateInput],
                Union[DecisionStateInputParam, DecisionStateInput],
                Union[RecallStateInputParam, RecallStateInput],
                Union[AnnotationStateInputParam, AnnotationStateInput],
                Union[ReflectionStateInputParam, ReflectionStateInput],
                Union[ToolCallStateInputParam, ToolCallStateInput],
            ]
        ],
        new_user_initial_state: str,
        returning_user_initial_state: str,
        terminal_state: str,
        references: Union[
            Mapping[str, List[Union[str, int]]], CreateServiceHierarchicalStateMachineVersionRequestReferences
        ] = ...,
        global_intra_state_navigation_guidelines: List[str],
        global_action_guidelines: List[str],
        global_boundary_constraints: List[str],
        version: int | Unset = UNSET,
        dry_run: bool | Unset = False,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateServiceHierarchicalStateMachineVersionResponse | None: ...

    def create_service_hierarchical_state_machine_version(
        self,
        service_hierarchical_state_machine_id: str,
        *,
        body: CreateServiceHierarchicalStateMachineVersionRequest | Mapping[str, Any] | Unset = UNSET,
        version: int | Unset = UNSET,
        dry_run: bool | Unset = False,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateServiceHierarchicalStateMachineVersionResponse | None:
        """Add a version to a hierarchical state machine

        Stores a complete new version of a state machine: its states, the initial states for new
        and returning users, the terminal state, references to other state machines and the global
        guidelines. The server checks the graph, among others: every action state has at least one
        action; a `next_state` names another state of this machine, or is a pair of
        `reference.state` in a referenced machine and the state of this machine to come back to;
        the terminal state has one action and no exit conditions.

        Set `dry_run` to only validate the body: nothing is stored and the 201 answer has an empty
        body. Pass `version` to fail with 409 unless the next version number is exactly that one.
        Requires `Organization:CreateServiceHierarchicalStateMachineVersion`. Limited to 10 calls
        a minute.

        ``POST /organization/service_hierarchical_state_machine/{service_hierarchical_state_machine_id}/``.

        Args:
            service_hierarchical_state_machine_id (str): ID of the state machine that gets the new version.
            version (int | Unset): Expected number of the new version; the call fails if the next number
                differs.
            dry_run (bool | Unset): When true, only validate the body and store nothing. Default: False.

        Body: ``body=CreateServiceHierarchicalStateMachineVersionRequest(...)``, or its fields as keyword arguments:
            description (str): What the state machine is for.
            states (list[ActionStateInput | AnnotationStateInput | DecisionStateInput | RecallStateInput |
                ReflectionStateInput | ToolCallStateInput]): All states that belong to this machine.
            new_user_initial_state (str): State where a first-time user's session begins; an action state of
                this machine.
            returning_user_initial_state (str): State where a returning user's session begins; an action
                state of this machine.
            terminal_state (str): State a session ends in; an action state of this machine.
            references (CreateServiceHierarchicalStateMachineVersionRequestReferences): Other state machines
                this one can jump into, keyed by the name used in `next_state`, each given by ID and version.
            global_intra_state_navigation_guidelines (list[str]): Navigation guidelines added to every
                action state's `intra_state_navigation_guidelines`.
            global_action_guidelines (list[str]): Conduct guidelines added to every action state's
                `action_guidelines`.
            global_boundary_constraints (list[str]): Things the agent must not do, added to every action
                state's `boundary_constraints`.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateServiceHierarchicalStateMachineVersionResponse | None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_service_hierarchical_state_machine_version as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "service_hierarchical_state_machine_id": service_hierarchical_state_machine_id,
                "version": version,
                "dry_run": dry_run,
            },
            body,
            fields,
            model="CreateServiceHierarchicalStateMachineVersionRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_agent(
        self,
        agent_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an agent

        Retires an agent. Nothing is erased: the agent and its versions are only marked deprecated,
        which stops services that are new or inactive from adopting it. The call fails while an
        active service still uses the agent; conversations already running with it are not
        affected. Requires `Organization:DeleteAgent`. Limited to 10 calls a minute.

        ``DELETE /organization/agent/{agent_id}/``.

        Args:
            agent_id (str): ID of the agent to retire.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_agent as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "agent_id": agent_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_api_key(
        self,
        api_key_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DeleteApiKeyResponse:
        """Delete an API key

        Revokes an API key, so it can no longer be exchanged for access tokens. Requires
        `Organization:DeleteAPIKey`. Limited to 10 calls a minute. Returns the ID of the revoked key.

        ``DELETE /organization/api_key/{api_key_id}/``.

        Args:
            api_key_id (str): ID of the key to revoke.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            DeleteApiKeyResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_api_key as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "api_key_id": api_key_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_organization(
        self,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an organization

        Erases the current organization and all of its data; some analytics data disappears later,
        in the background. This is irreversible.

        The deletion is not a transaction: a failure part-way leaves the completed steps in place,
        so repeat the call until it succeeds (it is safe to repeat). From the first call on the
        organization counts as deleted, and later calls against it can fail even if the deletion
        did not finish. Requires `Organization:DeleteOrganization`. Limited to 5 calls a minute.

        ``DELETE /organization/``.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_organization as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_service_hierarchical_state_machine(
        self,
        state_machine_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Retire a hierarchical state machine

        Retires a state machine. Nothing is erased: it and its versions are only marked deprecated,
        which stops services that are new or inactive from adopting it. The call fails while an
        active service still uses it; running conversations, and versions of other state machines
        that refer to it, keep working. Requires
        `Organization:DeleteServiceHierarchicalStateMachine`. Limited to 10 calls a minute.

        ``DELETE /organization/service_hierarchical_state_machine/{state_machine_id}/``.

        Args:
            state_machine_id (str): ID of the state machine to retire.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_service_hierarchical_state_machine as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "state_machine_id": state_machine_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_agent_versions(
        self,
        agent_id: str,
        *,
        version: str | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetAgentVersionsResponse, GetAgentVersionsResponseAgentInstance]:
        """List versions of an agent

        Returns versions of one agent, with their full persona, one page at a time. Select one
        version, `latest`, or an inclusive range such as `2-5` with `version`; follow
        `continuation_token` while `has_more` is true. Requires `Organization:GetAgent` on the agent.
        Limited to 20 calls a minute.

        ``GET /organization/agent/{agent_id}/version``.

        Args:
            agent_id (str): ID of the agent.
            version (str | Unset): Which versions to return: a number, `latest`, or an inclusive range `low-
                high`.
            limit (int | Unset): Largest number of versions in one page. Default: 10.
            continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch the
                next one. Default: 0.
            sort_by (list[str] | Unset): Sort keys; only `version` is accepted, prefixed with `+`
                (ascending) or `-` (descending).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetAgentVersionsResponse, GetAgentVersionsResponseAgentInstance]: iterate it for every item of every page; .data is the GetAgentVersionsResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_agent_versions as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "agent_id": agent_id,
                "version": version,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="agent_versions",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_agents(
        self,
        *,
        deprecated: bool | Unset = UNSET,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetAgentsResponse, GetAgentsResponseAgentInstance]:
        """List agents

        Lists the organization's agents with their latest version number, one page at a time.
        Only agents on which the caller holds `Organization:GetAgent` appear. Follow
        `continuation_token` while `has_more` is true to read every page. Limited to 20 calls a
        minute.

        ``GET /organization/agent``.

        Args:
            deprecated (bool | Unset): Keep only deprecated agents (true) or only active ones (false); both
                when omitted.
            id (list[str] | Unset): Keep only agents with these IDs.
            limit (int | Unset): Largest number of agents in one page. Default: 10.
            continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch the
                next one. Default: 0.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetAgentsResponse, GetAgentsResponseAgentInstance]: iterate it for every item of every page; .data is the GetAgentsResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_agents as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "deprecated": deprecated,
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
            },
            items="agents",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_api_keys(
        self,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetApiKeysResponse:
        """List API keys

        Lists the organization's API keys with their metadata (never the secrets). Only keys on which
        the caller holds `Organization:GetAPIKey` appear. Limited to 10 calls a minute.

        ``GET /organization/api_key/``.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetApiKeysResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_api_keys as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_organization(
        self,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetOrganizationResponse:
        """Get the organization

        Returns the public profile and default user preferences of the organization.

        ``GET /organization/``.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetOrganizationResponse

        Raises:
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_organization as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_service_hierarchical_state_machine_versions(
        self,
        service_hierarchical_state_machine_id: str,
        *,
        version: str | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetServiceHierarchicalStateMachineVersionsResponse, ServiceHierarchicalStateMachineInstance]:
        """List versions of a service hierarchical state machine

        Returns versions of one state machine with their full definition, one page at a time.
        Select one version, `latest`, or an inclusive range such as `2-5` with `version`; follow
        `continuation_token` while `has_more` is true. Requires
        `Organization:GetServiceHierarchicalStateMachine` on the state machine. Limited to 20 calls
        a minute.

        ``GET /organization/service_hierarchical_state_machine/{service_hierarchical_state_machine_id}/version``.

        Args:
            service_hierarchical_state_machine_id (str): ID of the state machine.
            version (str | Unset): Which versions to return: a number, `latest`, or an inclusive range `low-
                high`.
            limit (int | Unset): Largest number of versions in one page. Default: 10.
            continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch the
                next one. Default: 0.
            sort_by (list[str] | Unset): Sort keys; only `version` is accepted, prefixed with `+`
                (ascending) or `-` (descending).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetServiceHierarchicalStateMachineVersionsResponse, ServiceHierarchicalStateMachineInstance]: iterate it for every item of every page; .data is the GetServiceHierarchicalStateMachineVersionsResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_service_hierarchical_state_machine_versions as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "service_hierarchical_state_machine_id": service_hierarchical_state_machine_id,
                "version": version,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="state_machine_versions",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_service_hierarchical_state_machines(
        self,
        *,
        deprecated: bool | Unset = UNSET,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetServiceHierarchicalStateMachinesResponse, StateMachineInstance]:
        """List service hierarchical state machines

        Lists the organization's state machines with their latest version number, one page at a
        time. Only those on which the caller holds
        `Organization:GetServiceHierarchicalStateMachine` appear. Follow `continuation_token` while
        `has_more` is true. Limited to 20 calls a minute.

        ``GET /organization/service_hierarchical_state_machine``.

        Args:
            deprecated (bool | Unset): Keep only deprecated state machines (true) or only active ones
                (false); both when omitted.
            id (list[str] | Unset): Keep only state machines with these IDs.
            limit (int | Unset): Largest number of state machines in one page. Default: 50.
            continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch the
                next one. Default: 0.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetServiceHierarchicalStateMachinesResponse, StateMachineInstance]: iterate it for every item of every page; .data is the GetServiceHierarchicalStateMachinesResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_service_hierarchical_state_machines as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "deprecated": deprecated,
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
            },
            items="service_hierarchical_state_machines",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_user_dimensions(
        self,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUserDimensionsResponse:
        """List user dimensions

        Returns the user dimensions defined for the organization: the aspects along which the
        platform describes its users. Requires `Organization:GetOrganizationDetails`. Limited to 20
        calls a minute.

        ``GET /organization/user_dimensions/``.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetUserDimensionsResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_user_dimensions as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def modify_organization(
        self,
        *,
        body: ModifyOrganizationRequest | ModifyOrganizationRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def modify_organization(
        self,
        *,
        title: Union[str, None] | Unset = ...,
        main_description: Union[str, None] | Unset = ...,
        sub_description: Union[str, None] | Unset = ...,
        logo: Union[str, None] | Unset = ...,
        square_logo: Union[str, None] | Unset = ...,
        favicon: Union[str, None] | Unset = ...,
        signup_page_headshot: Union[str, None] | Unset = ...,
        user_dimensions: Union[Sequence[Union[UserDimensionInputParam, UserDimensionInput]], None] | Unset = ...,
        default_user_preferences: Union[
            Union[ModifyOrganizationRequestPreferencesParam, ModifyOrganizationRequestPreferences], None
        ]
        | Unset = ...,
        onboarding_instructions: Union[List[str], None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def modify_organization(
        self,
        *,
        body: ModifyOrganizationRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Modify an organization

        Changes the branding, texts, user dimensions or default user preferences of the current
        organization. Only the fields you send are changed; a field left out or set to null keeps
        its value. Requires `Organization:ModifyOrganization`. Limited to 10 calls a minute.
        Returns no body.

        ``POST /organization/``.

        Body: ``body=ModifyOrganizationRequest(...)``, or its fields as keyword arguments:
            title (None | str | Unset): New marketing line.
            main_description (None | str | Unset): New text for the login page of the organization's
                frontend.
            sub_description (None | str | Unset): New secondary text shown under `main_description`.
            logo (None | str | Unset): New wide logo (PNG, 5:2, at least 400x160 pixels, base64).
            square_logo (None | str | Unset): New square logo (PNG, at least 40x40 pixels, base64).
            favicon (None | str | Unset): New browser icon (square ICO, at least 40x40 pixels, base64).
            signup_page_headshot (None | str | Unset): New signup-page portrait (PNG, at least 292x400
                pixels, ratio 0.73, base64).
            user_dimensions (list[UserDimensionInput] | None | Unset): New list of user dimensions,
                replacing the current one.
            default_user_preferences (ModifyOrganizationRequestPreferences | None | Unset): New default
                preferences for the organization's users.
            onboarding_instructions (list[str] | None | Unset): New Markdown onboarding pages, one entry per
                page.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import modify_organization as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="ModifyOrganizationRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class OrganizationResourceWithRawResponse(RawResource):
        """``client.with_raw_response.organization``: the same methods, returning a RawResponse."""

        @overload
        def create_agent(
            self,
            *,
            body: CreateAgentRequest | CreateAgentRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateAgentResponse]: ...

        @overload
        def create_agent(
            self,
            *,
            agent_name: str,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateAgentResponse]: ...

        def create_agent(
            self,
            *,
            body: CreateAgentRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateAgentResponse]: ...

        @overload
        def create_agent_version(
            self,
            agent_id: str,
            *,
            body: CreateAgentVersionRequest | CreateAgentVersionRequestParam,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateAgentVersionResponse]: ...

        @overload
        def create_agent_version(
            self,
            agent_id: str,
            *,
            initials: Union[str, None] | Unset = ...,
            identity: Union[Union[IdentityInputParam, IdentityInput], None] | Unset = ...,
            background: Union[str, None] | Unset = ...,
            behaviors: Union[List[str], None] | Unset = ...,
            communication_patterns: Union[List[str], None] | Unset = ...,
            voice_config: Union[Union[VoiceConfigParam, VoiceConfig], None] | Unset = ...,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateAgentVersionResponse]: ...

        def create_agent_version(
            self,
            agent_id: str,
            *,
            body: CreateAgentVersionRequest | Mapping[str, Any] | Unset = UNSET,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateAgentVersionResponse]: ...

        @overload
        def create_api_key(
            self,
            *,
            body: CreateApiKeyRequest | CreateApiKeyRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateApiKeyResponse]: ...

        @overload
        def create_api_key(
            self,
            *,
            name: Union[str, None],
            duration: str,
            role_name: str | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateApiKeyResponse]: ...

        def create_api_key(
            self,
            *,
            body: CreateApiKeyRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateApiKeyResponse]: ...

        @overload
        def create_organization(
            self,
            *,
            body: CreateOrganizationRequest | CreateOrganizationRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateOrganizationResponse]: ...

        @overload
        def create_organization(
            self,
            *,
            org_name: str,
            title: str,
            main_description: str,
            sub_description: str,
            user_dimensions: Sequence[Union[UserDimensionInputParam, UserDimensionInput]],
            logo: str,
            square_logo: str,
            favicon: str,
            signup_page_headshot: str,
            onboarding_instructions: List[str],
            azure_devops_team_name: str,
            default_user_preferences: Union[
                CreateOrganizationRequestPreferencesParam, CreateOrganizationRequestPreferences
            ]
            | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateOrganizationResponse]: ...

        def create_organization(
            self,
            *,
            body: CreateOrganizationRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateOrganizationResponse]: ...

        @overload
        def create_service_hierarchical_state_machine(
            self,
            *,
            body: CreateServiceHierarchicalStateMachineRequest | CreateServiceHierarchicalStateMachineRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateServiceHierarchicalStateMachineResponse]: ...

        @overload
        def create_service_hierarchical_state_machine(
            self,
            *,
            state_machine_name: str,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateServiceHierarchicalStateMachineResponse]: ...

        def create_service_hierarchical_state_machine(
            self,
            *,
            body: CreateServiceHierarchicalStateMachineRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateServiceHierarchicalStateMachineResponse]: ...

        @overload
        def create_service_hierarchical_state_machine_version(
            self,
            service_hierarchical_state_machine_id: str,
            *,
            body: CreateServiceHierarchicalStateMachineVersionRequest
            | CreateServiceHierarchicalStateMachineVersionRequestParam,
            version: int | Unset = UNSET,
            dry_run: bool | Unset = False,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateServiceHierarchicalStateMachineVersionResponse | None]: ...

        @overload
        def create_service_hierarchical_state_machine_version(
            self,
            service_hierarchical_state_machine_id: str,
            *,
            description: str,
            states: Sequence[
                Union[
                    Union[ActionStateInputParam, ActionStateInput],
                    Union[DecisionStateInputParam, DecisionStateInput],
                    Union[RecallStateInputParam, RecallStateInput],
                    Union[AnnotationStateInputParam, AnnotationStateInput],
                    Union[ReflectionStateInputParam, ReflectionStateInput],
                    Union[ToolCallStateInputParam, ToolCallStateInput],
                ]
            ],
            new_user_initial_state: str,
            returning_user_initial_state: str,
            terminal_state: str,
            references: Union[
                Mapping[str, List[Union[str, int]]], CreateServiceHierarchicalStateMachineVersionRequestReferences
            ] = ...,
            global_intra_state_navigation_guidelines: List[str],
            global_action_guidelines: List[str],
            global_boundary_constraints: List[str],
            version: int | Unset = UNSET,
            dry_run: bool | Unset = False,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateServiceHierarchicalStateMachineVersionResponse | None]: ...

        def create_service_hierarchical_state_machine_version(
            self,
            service_hierarchical_state_machine_id: str,
            *,
            body: CreateServiceHierarchicalStateMachineVersionRequest | Mapping[str, Any] | Unset = UNSET,
            version: int | Unset = UNSET,
            dry_run: bool | Unset = False,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateServiceHierarchicalStateMachineVersionResponse | None]: ...

        def delete_agent(
            self,
            agent_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def delete_api_key(
            self,
            api_key_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[DeleteApiKeyResponse]: ...

        def delete_organization(
            self,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def delete_service_hierarchical_state_machine(
            self,
            state_machine_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def get_agent_versions(
            self,
            agent_id: str,
            *,
            version: str | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetAgentVersionsResponse, GetAgentVersionsResponseAgentInstance]]: ...

        def get_agents(
            self,
            *,
            deprecated: bool | Unset = UNSET,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetAgentsResponse, GetAgentsResponseAgentInstance]]: ...

        def get_api_keys(
            self,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetApiKeysResponse]: ...

        def get_organization(
            self,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetOrganizationResponse]: ...

        def get_service_hierarchical_state_machine_versions(
            self,
            service_hierarchical_state_machine_id: str,
            *,
            version: str | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[
            Page[GetServiceHierarchicalStateMachineVersionsResponse, ServiceHierarchicalStateMachineInstance]
        ]: ...

        def get_service_hierarchical_state_machines(
            self,
            *,
            deprecated: bool | Unset = UNSET,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetServiceHierarchicalStateMachinesResponse, StateMachineInstance]]: ...

        def get_user_dimensions(
            self,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetUserDimensionsResponse]: ...

        @overload
        def modify_organization(
            self,
            *,
            body: ModifyOrganizationRequest | ModifyOrganizationRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def modify_organization(
            self,
            *,
            title: Union[str, None] | Unset = ...,
            main_description: Union[str, None] | Unset = ...,
            sub_description: Union[str, None] | Unset = ...,
            logo: Union[str, None] | Unset = ...,
            square_logo: Union[str, None] | Unset = ...,
            favicon: Union[str, None] | Unset = ...,
            signup_page_headshot: Union[str, None] | Unset = ...,
            user_dimensions: Union[Sequence[Union[UserDimensionInputParam, UserDimensionInput]], None] | Unset = ...,
            default_user_preferences: Union[
                Union[ModifyOrganizationRequestPreferencesParam, ModifyOrganizationRequestPreferences], None
            ]
            | Unset = ...,
            onboarding_instructions: Union[List[str], None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def modify_organization(
            self,
            *,
            body: ModifyOrganizationRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...


else:

    class OrganizationResourceWithRawResponse(RawResource, OrganizationResource):
        """``client.with_raw_response.organization``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
