"""``client.simulation``: the 28 operations tagged simulation.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.simulation.<operation>`` is that operation's generated module
(``_get_kwargs``, ``_parse_response``, ``sync``), imported on first use.
"""

# ruff: noqa: F401 (the TYPE_CHECKING block names every model the operations import; some are unused here)
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Mapping, overload

from ..._resource import RawResource, Resource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import List, Sequence, Union, cast

    from ..._binary import BinaryResponse
    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.create_simulation_persona_request import (
        CreateSimulationPersonaRequest,
        CreateSimulationPersonaRequestParam,
    )
    from ...models.create_simulation_persona_request_initial_version import (
        CreateSimulationPersonaRequestInitialVersion,
        CreateSimulationPersonaRequestInitialVersionParam,
    )
    from ...models.create_simulation_persona_request_tags import (
        CreateSimulationPersonaRequestTags,
        CreateSimulationPersonaRequestTagsParam,
    )
    from ...models.create_simulation_persona_response import CreateSimulationPersonaResponse
    from ...models.create_simulation_persona_version_request import (
        CreateSimulationPersonaVersionRequest,
        CreateSimulationPersonaVersionRequestParam,
    )
    from ...models.create_simulation_persona_version_request_nonsensitive_user_variables import (
        CreateSimulationPersonaVersionRequestNonsensitiveUserVariables,
        CreateSimulationPersonaVersionRequestNonsensitiveUserVariablesParam,
    )
    from ...models.create_simulation_persona_version_request_sensitive_user_variables import (
        CreateSimulationPersonaVersionRequestSensitiveUserVariables,
        CreateSimulationPersonaVersionRequestSensitiveUserVariablesParam,
    )
    from ...models.create_simulation_persona_version_response import CreateSimulationPersonaVersionResponse
    from ...models.create_simulation_scenario_request import (
        CreateSimulationScenarioRequest,
        CreateSimulationScenarioRequestParam,
    )
    from ...models.create_simulation_scenario_request_initial_version import (
        CreateSimulationScenarioRequestInitialVersion,
        CreateSimulationScenarioRequestInitialVersionParam,
    )
    from ...models.create_simulation_scenario_request_tags import (
        CreateSimulationScenarioRequestTags,
        CreateSimulationScenarioRequestTagsParam,
    )
    from ...models.create_simulation_scenario_response import CreateSimulationScenarioResponse
    from ...models.create_simulation_scenario_version_request import (
        CreateSimulationScenarioVersionRequest,
        CreateSimulationScenarioVersionRequestParam,
    )
    from ...models.create_simulation_scenario_version_response import CreateSimulationScenarioVersionResponse
    from ...models.create_simulation_unit_test_request import (
        CreateSimulationUnitTestRequest,
        CreateSimulationUnitTestRequestParam,
    )
    from ...models.create_simulation_unit_test_request_success_criterion import (
        CreateSimulationUnitTestRequestSuccessCriterion,
        CreateSimulationUnitTestRequestSuccessCriterionParam,
    )
    from ...models.create_simulation_unit_test_request_tags import (
        CreateSimulationUnitTestRequestTags,
        CreateSimulationUnitTestRequestTagsParam,
    )
    from ...models.create_simulation_unit_test_response import CreateSimulationUnitTestResponse
    from ...models.create_simulation_unit_test_set_request import (
        CreateSimulationUnitTestSetRequest,
        CreateSimulationUnitTestSetRequestParam,
    )
    from ...models.create_simulation_unit_test_set_request_tags import (
        CreateSimulationUnitTestSetRequestTags,
        CreateSimulationUnitTestSetRequestTagsParam,
    )
    from ...models.create_simulation_unit_test_set_response import CreateSimulationUnitTestSetResponse
    from ...models.create_simulation_unit_test_set_run_request import (
        CreateSimulationUnitTestSetRunRequest,
        CreateSimulationUnitTestSetRunRequestParam,
    )
    from ...models.create_simulation_unit_test_set_run_response import CreateSimulationUnitTestSetRunResponse
    from ...models.get_simulation_persona_versions_response import GetSimulationPersonaVersionsResponse
    from ...models.get_simulation_personas_response import GetSimulationPersonasResponse
    from ...models.get_simulation_scenario_versions_response import GetSimulationScenarioVersionsResponse
    from ...models.get_simulation_scenarios_response import GetSimulationScenariosResponse
    from ...models.get_simulation_unit_test_set_run_artifacts_response import (
        GetSimulationUnitTestSetRunArtifactsResponse,
    )
    from ...models.get_simulation_unit_test_set_runs_response import GetSimulationUnitTestSetRunsResponse
    from ...models.get_simulation_unit_test_sets_response import GetSimulationUnitTestSetsResponse
    from ...models.get_simulation_unit_tests_response import GetSimulationUnitTestsResponse
    from ...models.initial_message_type import InitialMessageType, check_initial_message_type
    from ...models.not_set import NotSet, NotSetParam
    from ...models.search_simulation_personas_response import SearchSimulationPersonasResponse
    from ...models.search_simulation_scenarios_response import SearchSimulationScenariosResponse
    from ...models.search_simulation_unit_test_set_response import SearchSimulationUnitTestSetResponse
    from ...models.search_simulation_unit_tests_response import SearchSimulationUnitTestsResponse
    from ...models.simulation_persona_instance import SimulationPersonaInstance
    from ...models.simulation_persona_version import SimulationPersonaVersion
    from ...models.simulation_scenario_instance import SimulationScenarioInstance
    from ...models.simulation_scenario_version import SimulationScenarioVersion
    from ...models.simulation_unit_test import SimulationUnitTest
    from ...models.simulation_unit_test_instance import SimulationUnitTestInstance
    from ...models.simulation_unit_test_set import SimulationUnitTestSet
    from ...models.simulation_unit_test_set_instance import SimulationUnitTestSetInstance
    from ...models.simulation_unit_test_set_run_instance import SimulationUnitTestSetRunInstance
    from ...models.unit_test_run_descriptor_input import UnitTestRunDescriptorInput, UnitTestRunDescriptorInputParam
    from ...models.update_simulation_persona_request import (
        UpdateSimulationPersonaRequest,
        UpdateSimulationPersonaRequestParam,
    )
    from ...models.update_simulation_persona_request_tags_type_0 import (
        UpdateSimulationPersonaRequestTagsType0,
        UpdateSimulationPersonaRequestTagsType0Param,
    )
    from ...models.update_simulation_scenario_request import (
        UpdateSimulationScenarioRequest,
        UpdateSimulationScenarioRequestParam,
    )
    from ...models.update_simulation_scenario_request_tags_type_0 import (
        UpdateSimulationScenarioRequestTagsType0,
        UpdateSimulationScenarioRequestTagsType0Param,
    )
    from ...models.update_simulation_unit_test_request import (
        UpdateSimulationUnitTestRequest,
        UpdateSimulationUnitTestRequestParam,
    )
    from ...models.update_simulation_unit_test_request_success_criterion import (
        UpdateSimulationUnitTestRequestSuccessCriterion,
        UpdateSimulationUnitTestRequestSuccessCriterionParam,
    )
    from ...models.update_simulation_unit_test_request_tags_type_0 import (
        UpdateSimulationUnitTestRequestTagsType0,
        UpdateSimulationUnitTestRequestTagsType0Param,
    )
    from ...models.update_simulation_unit_test_set_request import (
        UpdateSimulationUnitTestSetRequest,
        UpdateSimulationUnitTestSetRequestParam,
    )
    from ...models.update_simulation_unit_test_set_request_tags_type_0 import (
        UpdateSimulationUnitTestSetRequestTagsType0,
        UpdateSimulationUnitTestSetRequestTagsType0Param,
    )

__all__ = ["INDEX", "OPERATIONS", "SimulationResource", "SimulationResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "cancel_simulation_unit_test_set_run",
    "create_simulation_persona",
    "create_simulation_persona_version",
    "create_simulation_scenario",
    "create_simulation_scenario_version",
    "create_simulation_unit_test",
    "create_simulation_unit_test_set",
    "create_simulation_unit_test_set_run",
    "delete_simulation_persona",
    "delete_simulation_scenario",
    "delete_simulation_unit_test",
    "delete_simulation_unit_test_set",
    "get_simulation_persona_versions",
    "get_simulation_personas",
    "get_simulation_scenario_versions",
    "get_simulation_scenarios",
    "get_simulation_unit_test_set_run_artifacts",
    "get_simulation_unit_test_set_runs",
    "get_simulation_unit_test_sets",
    "get_simulation_unit_tests",
    "search_simulation_personas",
    "search_simulation_scenarios",
    "search_simulation_unit_test_sets",
    "search_simulation_unit_tests",
    "update_simulation_persona",
    "update_simulation_scenario",
    "update_simulation_unit_test",
    "update_simulation_unit_test_set",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    (
        "cancel_simulation_unit_test_set_run",
        "DELETE",
        "/simulation/unit_test_set_run/{simulation_unit_test_set_run_id}/",
        "Cancel a simulation unit test set run",
    ),
    ("create_simulation_persona", "POST", "/simulation/persona/", "Create a simulation persona"),
    (
        "create_simulation_persona_version",
        "POST",
        "/simulation/persona/{simulation_persona_id}/version/",
        "Add a version to a simulation persona",
    ),
    ("create_simulation_scenario", "POST", "/simulation/scenario/", "Create a simulation scenario"),
    (
        "create_simulation_scenario_version",
        "POST",
        "/simulation/scenario/{simulation_scenario_id}/version/",
        "Add a version to a simulation scenario",
    ),
    ("create_simulation_unit_test", "POST", "/simulation/unit_test/", "Create a simulation unit test"),
    ("create_simulation_unit_test_set", "POST", "/simulation/unit_test_set/", "Create a simulation unit test set"),
    (
        "create_simulation_unit_test_set_run",
        "POST",
        "/simulation/unit_test_set_run/",
        "Start a simulation unit test set run",
    ),
    (
        "delete_simulation_persona",
        "DELETE",
        "/simulation/persona/{simulation_persona_id}/",
        "Delete a simulation persona",
    ),
    (
        "delete_simulation_scenario",
        "DELETE",
        "/simulation/scenario/{simulation_scenario_id}/",
        "Delete a simulation scenario",
    ),
    (
        "delete_simulation_unit_test",
        "DELETE",
        "/simulation/unit_test/{simulation_unit_test_id}/",
        "Delete a simulation unit test",
    ),
    (
        "delete_simulation_unit_test_set",
        "DELETE",
        "/simulation/unit_test_set/{simulation_unit_test_set_id}",
        "Delete a simulation unit test set",
    ),
    (
        "get_simulation_persona_versions",
        "GET",
        "/simulation/persona/{simulation_persona_id}/version/",
        "List versions of a simulation persona",
    ),
    ("get_simulation_personas", "GET", "/simulation/persona/", "List simulation personas"),
    (
        "get_simulation_scenario_versions",
        "GET",
        "/simulation/scenario/{simulation_scenario_id}/version/",
        "List versions of a simulation scenario",
    ),
    ("get_simulation_scenarios", "GET", "/simulation/scenario/", "List simulation scenarios"),
    (
        "get_simulation_unit_test_set_run_artifacts",
        "GET",
        "/simulation/unit_test_set_run/{simulation_unit_test_set_run_id}/artifacts/",
        "Fetch what a simulation unit test set run produced",
    ),
    (
        "get_simulation_unit_test_set_runs",
        "GET",
        "/simulation/unit_test_set_run/",
        "List simulation unit test set runs",
    ),
    ("get_simulation_unit_test_sets", "GET", "/simulation/unit_test_set/", "List simulation unit test sets"),
    ("get_simulation_unit_tests", "GET", "/simulation/unit_test/", "List simulation unit tests"),
    ("search_simulation_personas", "GET", "/simulation/persona/search", "Search simulation personas"),
    ("search_simulation_scenarios", "GET", "/simulation/scenario/search", "Search simulation scenarios"),
    (
        "search_simulation_unit_test_sets",
        "GET",
        "/simulation/unit_test_set/search/",
        "Search simulation unit test sets",
    ),
    ("search_simulation_unit_tests", "GET", "/simulation/unit_test/search/", "Search simulation unit tests"),
    (
        "update_simulation_persona",
        "POST",
        "/simulation/persona/{simulation_persona_id}/",
        "Change a simulation persona's tags",
    ),
    (
        "update_simulation_scenario",
        "POST",
        "/simulation/scenario/{simulation_scenario_id}/",
        "Change a simulation scenario's tags",
    ),
    (
        "update_simulation_unit_test",
        "POST",
        "/simulation/unit_test/{simulation_unit_test_id}/",
        "Update a simulation unit test",
    ),
    (
        "update_simulation_unit_test_set",
        "POST",
        "/simulation/unit_test_set/{simulation_unit_test_set_id}",
        "Update a simulation unit test set",
    ),
)


class SimulationResource(Resource):
    """The operations tagged simulation: ``client.simulation.<operation>(...)``.

    Methods: ``cancel_simulation_unit_test_set_run``, ``create_simulation_persona``, ``create_simulation_persona_version``, ``create_simulation_scenario``, ``create_simulation_scenario_version``, ``create_simulation_unit_test``, ``create_simulation_unit_test_set``, ``create_simulation_unit_test_set_run``, ``delete_simulation_persona``, ``delete_simulation_scenario``, ``delete_simulation_unit_test``, ``delete_simulation_unit_test_set``, ``get_simulation_persona_versions``, ``get_simulation_personas``, ``get_simulation_scenario_versions``, ``get_simulation_scenarios``, ``get_simulation_unit_test_set_run_artifacts``, ``get_simulation_unit_test_set_runs``, ``get_simulation_unit_test_sets``, ``get_simulation_unit_tests``, ``search_simulation_personas``, ``search_simulation_scenarios``, ``search_simulation_unit_test_sets``, ``search_simulation_unit_tests``, ``update_simulation_persona``, ``update_simulation_scenario``, ``update_simulation_unit_test``, ``update_simulation_unit_test_set``.
    """

    __slots__ = ()

    def cancel_simulation_unit_test_set_run(
        self,
        simulation_unit_test_set_run_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Cancel a simulation unit test set run

        Stops a unit test set run that is still in progress.

        ``DELETE /simulation/unit_test_set_run/{simulation_unit_test_set_run_id}/``.

        Args:
            simulation_unit_test_set_run_id (str): The run to cancel.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

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

        from . import cancel_simulation_unit_test_set_run as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_unit_test_set_run_id": simulation_unit_test_set_run_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_simulation_persona(
        self,
        *,
        body: CreateSimulationPersonaRequest | CreateSimulationPersonaRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationPersonaResponse: ...

    @overload
    def create_simulation_persona(
        self,
        *,
        name: str,
        role: str,
        tags: Union[Mapping[str, Union[str, None]], CreateSimulationPersonaRequestTags] = ...,
        initial_version: Union[
            CreateSimulationPersonaRequestInitialVersionParam, CreateSimulationPersonaRequestInitialVersion
        ],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationPersonaResponse: ...

    def create_simulation_persona(
        self,
        *,
        body: CreateSimulationPersonaRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateSimulationPersonaResponse:
        """Create a simulation persona

        Creates a simulated user persona together with its first version.

        ``POST /simulation/persona/``.

        Body: ``body=CreateSimulationPersonaRequest(...)``, or its fields as keyword arguments:
            name (str): Display name of the persona.
            role (str): The part the persona plays, e.g. a kind of patient or customer.
            tags (CreateSimulationPersonaRequestTags): Labels for the persona; keys and values use letters,
                digits, underscores and spaces.
            initial_version (CreateSimulationPersonaRequestInitialVersion): Content of the first version of
                a new persona.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateSimulationPersonaResponse

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

        from . import create_simulation_persona as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateSimulationPersonaRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_simulation_persona_version(
        self,
        simulation_persona_id: str,
        *,
        body: CreateSimulationPersonaVersionRequest | CreateSimulationPersonaVersionRequestParam,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationPersonaVersionResponse: ...

    @overload
    def create_simulation_persona_version(
        self,
        simulation_persona_id: str,
        *,
        background: str,
        user_models: List[str],
        nonsensitive_user_variables: Union[
            Mapping[str, str], CreateSimulationPersonaVersionRequestNonsensitiveUserVariables
        ] = ...,
        sensitive_user_variables: Union[
            Mapping[str, str], CreateSimulationPersonaVersionRequestSensitiveUserVariables
        ] = ...,
        preferred_language: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
        timezone: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationPersonaVersionResponse: ...

    def create_simulation_persona_version(
        self,
        simulation_persona_id: str,
        *,
        body: CreateSimulationPersonaVersionRequest | Mapping[str, Any] | Unset = UNSET,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateSimulationPersonaVersionResponse:
        """Add a version to a simulation persona

        Stores new content for a persona (background, user models, user variables, language and
        time zone) as its next version; older versions remain readable. Each call adds a version, so
        a blind repeat creates a duplicate. To make the call safe against a repeat or a concurrent
        writer, pass the number you expect in `version`: the server then refuses (400) unless it is
        exactly the next number. Returns the number given to the new version. Needs
        `Simulation:ModifySimulationPersona` on the persona; limited to 100 calls a minute.

        ``POST /simulation/persona/{simulation_persona_id}/version/``.

        Args:
            simulation_persona_id (str): The persona that gets the new version.
            version (int | Unset): Optional guard; the number you expect the new version to get. A mismatch
                is rejected.

        Body: ``body=CreateSimulationPersonaVersionRequest(...)``, or its fields as keyword arguments:
            background (str): Who the simulated user is and how they behave, in free text.
            user_models (list[str]): User model entries attached to the persona, one text each.
            nonsensitive_user_variables (CreateSimulationPersonaVersionRequestNonsensitiveUserVariables):
                Ordinary user variables (name to value) that tools receive when the persona is simulated.
            sensitive_user_variables (CreateSimulationPersonaVersionRequestSensitiveUserVariables):
                Variables (name to value) that tools receive as sensitive ones. They are stored without
                encryption, unlike those of real users, so put only test or staging data here.
            preferred_language (None | NotSet | str | Unset): ISO 639-3 code of the language the persona
                speaks. When unset the organization's preferred
                language applies, and failing that the agent's language.
            timezone (None | NotSet | str | Unset): IANA time zone of the persona. When unset the
                organization's default time zone applies, and
                failing that UTC.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateSimulationPersonaVersionResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_simulation_persona_version as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_persona_id": simulation_persona_id,
                "version": version,
            },
            body,
            fields,
            model="CreateSimulationPersonaVersionRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_simulation_scenario(
        self,
        *,
        body: CreateSimulationScenarioRequest | CreateSimulationScenarioRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationScenarioResponse: ...

    @overload
    def create_simulation_scenario(
        self,
        *,
        name: str,
        tags: Union[Mapping[str, Union[str, None]], CreateSimulationScenarioRequestTags] = ...,
        initial_version: Union[
            CreateSimulationScenarioRequestInitialVersionParam, CreateSimulationScenarioRequestInitialVersion
        ],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationScenarioResponse: ...

    def create_simulation_scenario(
        self,
        *,
        body: CreateSimulationScenarioRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateSimulationScenarioResponse:
        """Create a simulation scenario

        Creates a simulation scenario together with its first version.

        ``POST /simulation/scenario/``.

        Body: ``body=CreateSimulationScenarioRequest(...)``, or its fields as keyword arguments:
            name (str): Display name of the scenario.
            tags (CreateSimulationScenarioRequestTags): Labels for the scenario; keys and values use
                letters, digits, underscores and spaces.
            initial_version (CreateSimulationScenarioRequestInitialVersion): Content of the first version of
                a new scenario.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateSimulationScenarioResponse

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

        from . import create_simulation_scenario as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateSimulationScenarioRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_simulation_scenario_version(
        self,
        simulation_scenario_id: str,
        *,
        body: CreateSimulationScenarioVersionRequest | CreateSimulationScenarioVersionRequestParam,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationScenarioVersionResponse: ...

    @overload
    def create_simulation_scenario_version(
        self,
        simulation_scenario_id: str,
        *,
        objective: str,
        instructions: str,
        initial_message_type: InitialMessageType,
        conversation_starts_at: Union[datetime.datetime, None],
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationScenarioVersionResponse: ...

    def create_simulation_scenario_version(
        self,
        simulation_scenario_id: str,
        *,
        body: CreateSimulationScenarioVersionRequest | Mapping[str, Any] | Unset = UNSET,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateSimulationScenarioVersionResponse:
        """Add a version to a simulation scenario

        Stores a new objective, instructions and start settings for a scenario as its next version;
        older versions remain readable. Each call adds a version, so a blind repeat creates a
        duplicate; pass the expected number in `version` and the server refuses (400) unless it is
        exactly the next one. Returns the number given to the new version. Needs
        `Simulation:ModifySimulationScenario` on the scenario; limited to 500 calls a minute.

        ``POST /simulation/scenario/{simulation_scenario_id}/version/``.

        Args:
            simulation_scenario_id (str): The scenario that gets the new version.
            version (int | Unset): Optional guard; the number you expect the new version to get. A mismatch
                is rejected.

        Body: ``body=CreateSimulationScenarioVersionRequest(...)``, or its fields as keyword arguments:
            objective (str): What the simulated user is trying to achieve in the conversation.
            instructions (str): How the simulated user should act to pursue the objective.
            initial_message_type (InitialMessageType): How a conversation is opened.
            conversation_starts_at (datetime.datetime | None): UTC moment the simulated conversation
                pretends to begin at; null means the server's current time.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateSimulationScenarioVersionResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_simulation_scenario_version as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_scenario_id": simulation_scenario_id,
                "version": version,
            },
            body,
            fields,
            model="CreateSimulationScenarioVersionRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_simulation_unit_test(
        self,
        *,
        body: CreateSimulationUnitTestRequest | CreateSimulationUnitTestRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationUnitTestResponse: ...

    @overload
    def create_simulation_unit_test(
        self,
        *,
        name: str,
        description: str,
        service_id: str,
        service_version_set_name: str,
        persona_id: str,
        scenario_id: str,
        max_interactions: int,
        success_criterions: Sequence[
            Union[CreateSimulationUnitTestRequestSuccessCriterionParam, CreateSimulationUnitTestRequestSuccessCriterion]
        ],
        tags: Union[Mapping[str, Union[str, None]], CreateSimulationUnitTestRequestTags] = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationUnitTestResponse: ...

    def create_simulation_unit_test(
        self,
        *,
        body: CreateSimulationUnitTestRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateSimulationUnitTestResponse:
        """Create a simulation unit test

        Defines a unit test: a simulated user (a persona) follows a scenario against one version set
        of a service, within a budget of `max_interactions` interactions, and the outcome is judged
        by success criteria, each tied to a metric. Run unit tests by grouping them in a unit test
        set and starting a run of the set. The metric and the criterion must be of the same kind
        (numerical, boolean or categorical), otherwise the call fails with 400. Names are unique, so
        repeating a successful call gives 409 rather than a second test. Returns the new ID. Needs
        `Simulation:CreateSimulationUnitTest`; limited to 500 calls a minute.

        ``POST /simulation/unit_test/``.

        Body: ``body=CreateSimulationUnitTestRequest(...)``, or its fields as keyword arguments:
            name (str): Display name of the unit test; must not clash with another unit test.
            description (str): Free-text explanation of what the unit test checks.
            service_id (str): Service whose agent is tested.
            service_version_set_name (str): Version set of that service to test (for example `release`).
            persona_id (str): Persona the simulated user plays.
            scenario_id (str): Scenario the simulated user follows.
            max_interactions (int): Interaction budget; a conversation that reaches it makes the unit test
                fail.
            success_criterions (list[CreateSimulationUnitTestRequestSuccessCriterion]): Conditions on metric
                results that decide whether the test passes.
            tags (CreateSimulationUnitTestRequestTags): Labels for the unit test, as a key-to-value map.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateSimulationUnitTestResponse

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

        from . import create_simulation_unit_test as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateSimulationUnitTestRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_simulation_unit_test_set(
        self,
        *,
        body: CreateSimulationUnitTestSetRequest | CreateSimulationUnitTestSetRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationUnitTestSetResponse: ...

    @overload
    def create_simulation_unit_test_set(
        self,
        *,
        name: str,
        description: Union[str, None],
        unit_test_runs: Sequence[Union[UnitTestRunDescriptorInputParam, UnitTestRunDescriptorInput]],
        tags: Union[Mapping[str, Union[str, None]], CreateSimulationUnitTestSetRequestTags] = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationUnitTestSetResponse: ...

    def create_simulation_unit_test_set(
        self,
        *,
        body: CreateSimulationUnitTestSetRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateSimulationUnitTestSetResponse:
        """Create a simulation unit test set

        Groups unit tests, each with a run count, into a set that can be run together.

        ``POST /simulation/unit_test_set/``.

        Body: ``body=CreateSimulationUnitTestSetRequest(...)``, or its fields as keyword arguments:
            name (str): Display name of the set.
            description (None | str): Optional free-text explanation of the set.
            unit_test_runs (list[UnitTestRunDescriptorInput]): The unit tests in the set and how often to
                run each.
            tags (CreateSimulationUnitTestSetRequestTags): Labels for the set.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateSimulationUnitTestSetResponse

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

        from . import create_simulation_unit_test_set as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateSimulationUnitTestSetRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_simulation_unit_test_set_run(
        self,
        *,
        body: CreateSimulationUnitTestSetRunRequest | CreateSimulationUnitTestSetRunRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationUnitTestSetRunResponse: ...

    @overload
    def create_simulation_unit_test_set_run(
        self,
        *,
        simulation_unit_test_set_id: str,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationUnitTestSetRunResponse: ...

    def create_simulation_unit_test_set_run(
        self,
        *,
        body: CreateSimulationUnitTestSetRunRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateSimulationUnitTestSetRunResponse:
        """Start a simulation unit test set run

        Starts running every unit test of a set; the run proceeds in the background.

        ``POST /simulation/unit_test_set_run/``.

        Body: ``body=CreateSimulationUnitTestSetRunRequest(...)``, or its fields as keyword arguments:
            simulation_unit_test_set_id (str): The unit test set to run.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateSimulationUnitTestSetRunResponse

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

        from . import create_simulation_unit_test_set_run as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateSimulationUnitTestSetRunRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_simulation_persona(
        self,
        simulation_persona_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a simulation persona

        Marks a persona as deleted. It is kept, so runs and other records that already point at it
        stay valid, but it can no longer be picked for new simulations. A persona that some unit
        test still uses cannot be deleted (400): point those unit tests at another persona, or
        delete them, first. Needs
        `Simulation:DeleteSimulationPersona` on the persona; limited to 100 calls a minute.

        ``DELETE /simulation/persona/{simulation_persona_id}/``.

        Args:
            simulation_persona_id (str): The persona to delete.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_simulation_persona as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_persona_id": simulation_persona_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_simulation_scenario(
        self,
        simulation_scenario_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a simulation scenario

        Marks a scenario as deleted. It is kept, so anything that already refers to it stays valid,
        but new simulations can no longer use it. A scenario that some unit test still uses cannot be
        deleted (400); move or delete those unit tests first. Needs
        `Simulation:DeleteSimulationScenario` on the scenario; limited to 500 calls a minute.

        ``DELETE /simulation/scenario/{simulation_scenario_id}/``.

        Args:
            simulation_scenario_id (str): The scenario to delete.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_simulation_scenario as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_scenario_id": simulation_scenario_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_simulation_unit_test(
        self,
        simulation_unit_test_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a simulation unit test

        Marks a unit test as deleted. Records that refer to it stay valid and runs already scheduled
        still go ahead, but no new run can include it. While any unit test set lists it the call
        fails with 400; take it out of those sets first. Needs
        `Simulation:DeleteSimulationUnitTest` on the unit test; limited to 500 calls a minute.

        ``DELETE /simulation/unit_test/{simulation_unit_test_id}/``.

        Args:
            simulation_unit_test_id (str): The unit test to delete.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_simulation_unit_test as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_unit_test_id": simulation_unit_test_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_simulation_unit_test_set(
        self,
        simulation_unit_test_set_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a simulation unit test set

        Deletes a unit test set. The unit tests it grouped are not affected. Needs
        `Simulation:DeleteSimulationUnitTestSet` on the set; limited to 50 calls a minute.

        ``DELETE /simulation/unit_test_set/{simulation_unit_test_set_id}``.

        Args:
            simulation_unit_test_set_id (str): The unit test set to delete.

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

        from . import delete_simulation_unit_test_set as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_unit_test_set_id": simulation_unit_test_set_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_simulation_persona_versions(
        self,
        simulation_persona_id: str,
        *,
        version: str | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetSimulationPersonaVersionsResponse, SimulationPersonaVersion]:
        """List versions of a simulation persona

        Returns one page of a persona's versions, each with its full content. Use `version` to fetch
        a single version or a range, and `continuation_token` to walk through longer histories. Needs
        `Simulation:GetSimulationPersona` on the persona; limited to 50 calls a minute.

        ``GET /simulation/persona/{simulation_persona_id}/version/``.

        Args:
            simulation_persona_id (str): The persona whose versions are wanted.
            version (str | Unset): Which versions to return, as a number (`3`), `latest`, or an inclusive
                range such as `2-4` or `3-latest`; all when left out.
            limit (int | Unset): Largest number of versions in the page. Default: 10.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.
            sort_by (list[str] | Unset): Sort keys (only `version`), prefixed with `+` for ascending or `-`
                for descending.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetSimulationPersonaVersionsResponse, SimulationPersonaVersion]: iterate it for every item of every page; .data is the GetSimulationPersonaVersionsResponse.

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

        from . import get_simulation_persona_versions as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_persona_id": simulation_persona_id,
                "version": version,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="simulation_persona_versions",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_simulation_personas(
        self,
        *,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        is_deleted: bool | Unset = UNSET,
        role: list[str] | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetSimulationPersonasResponse, SimulationPersonaInstance]:
        """List simulation personas

        Returns one page of simulation personas matching the filters.

        ``GET /simulation/persona/``.

        Args:
            id (list[str] | Unset): Only return the personas with these IDs.
            limit (int | Unset): Largest number of personas in the page. Default: 50.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.
            is_deleted (bool | Unset): Filter on whether the persona has been deleted.
            role (list[str] | Unset): Only return personas having one of these roles.
            creator (list[str] | Unset): Only return personas made by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.
            sort_by (list[str] | Unset): Sort keys (`updated_at`), prefixed with `+` for ascending or `-`
                for descending.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetSimulationPersonasResponse, SimulationPersonaInstance]: iterate it for every item of every page; .data is the GetSimulationPersonasResponse.

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

        from . import get_simulation_personas as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
                "is_deleted": is_deleted,
                "role": role,
                "creator": creator,
                "tag": tag,
                "sort_by": sort_by,
            },
            items="simulation_personas",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_simulation_scenario_versions(
        self,
        simulation_scenario_id: str,
        *,
        version: str | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetSimulationScenarioVersionsResponse, SimulationScenarioVersion]:
        """List versions of a simulation scenario

        Returns one page of a scenario's versions with their full content. Use `version` to pick a
        single version or a range, and `continuation_token` to page through the rest. Needs
        `Simulation:GetSimulationScenario` on the scenario; limited to 500 calls a minute.

        ``GET /simulation/scenario/{simulation_scenario_id}/version/``.

        Args:
            simulation_scenario_id (str): The scenario whose versions are wanted.
            version (str | Unset): Which versions to return, as a number (`3`), `latest`, or an inclusive
                range such as `2-4` or `3-latest`; all when left out.
            limit (int | Unset): Largest number of versions in the page. Default: 10.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.
            sort_by (list[str] | Unset): Sort keys (only `version`), prefixed with `+` for ascending or `-`
                for descending.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetSimulationScenarioVersionsResponse, SimulationScenarioVersion]: iterate it for every item of every page; .data is the GetSimulationScenarioVersionsResponse.

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

        from . import get_simulation_scenario_versions as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_scenario_id": simulation_scenario_id,
                "version": version,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="simulation_scenario_versions",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_simulation_scenarios(
        self,
        *,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        is_deleted: bool | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetSimulationScenariosResponse, SimulationScenarioInstance]:
        """List simulation scenarios

        Returns one page of simulation scenarios matching the filters.

        ``GET /simulation/scenario/``.

        Args:
            id (list[str] | Unset): Only return the scenarios with these IDs.
            limit (int | Unset): Largest number of scenarios in the page. Default: 50.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.
            is_deleted (bool | Unset): Filter on whether the scenario has been deleted.
            creator (list[str] | Unset): Only return scenarios made by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.
            sort_by (list[str] | Unset): Sort keys (`updated_at`), prefixed with `+` for ascending or `-`
                for descending.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetSimulationScenariosResponse, SimulationScenarioInstance]: iterate it for every item of every page; .data is the GetSimulationScenariosResponse.

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

        from . import get_simulation_scenarios as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
                "is_deleted": is_deleted,
                "creator": creator,
                "tag": tag,
                "sort_by": sort_by,
            },
            items="simulation_scenarios",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_simulation_unit_test_set_run_artifacts(
        self,
        simulation_unit_test_set_run_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetSimulationUnitTestSetRunArtifactsResponse:
        """Fetch what a simulation unit test set run produced

        Returns a short-lived download link for the files a finished run produced.

        ``GET /simulation/unit_test_set_run/{simulation_unit_test_set_run_id}/artifacts/``.

        Args:
            simulation_unit_test_set_run_id (str): The run whose artifacts are wanted.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetSimulationUnitTestSetRunArtifactsResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_simulation_unit_test_set_run_artifacts as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_unit_test_set_run_id": simulation_unit_test_set_run_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_simulation_unit_test_set_runs(
        self,
        *,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        creator: list[str] | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        simulation_unit_test_set_id: list[str] | Unset = UNSET,
        is_completed: bool | Unset = UNSET,
        failed_metrics: bool | Unset = UNSET,
        errored: bool | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetSimulationUnitTestSetRunsResponse, SimulationUnitTestSetRunInstance]:
        """List simulation unit test set runs

        Returns one page of unit test set runs matching the filters.

        ``GET /simulation/unit_test_set_run/``.

        Args:
            id (list[str] | Unset): Only return the runs with these IDs.
            limit (int | Unset): Largest number of runs in the page. Default: 50.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.
            creator (list[str] | Unset): Only return runs started by these users, each given as
                `org_id,user_id`.
            sort_by (list[str] | Unset): Sort keys (`created_at`).
            simulation_unit_test_set_id (list[str] | Unset): Only return runs of these unit test sets.
            is_completed (bool | Unset): Filter on whether the run has finished.
            failed_metrics (bool | Unset): Filter on whether some metric has failed; can be true while the
                run is still going.
            errored (bool | Unset): Filter on whether the run hit an error.
            created_after (datetime.datetime | Unset): Only return runs created at or after this instant.
            created_before (datetime.datetime | Unset): Only return runs created at or before this instant.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetSimulationUnitTestSetRunsResponse, SimulationUnitTestSetRunInstance]: iterate it for every item of every page; .data is the GetSimulationUnitTestSetRunsResponse.

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

        from . import get_simulation_unit_test_set_runs as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
                "creator": creator,
                "sort_by": sort_by,
                "simulation_unit_test_set_id": simulation_unit_test_set_id,
                "is_completed": is_completed,
                "failed_metrics": failed_metrics,
                "errored": errored,
                "created_after": created_after,
                "created_before": created_before,
            },
            items="simulation_unit_test_set_runs",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_simulation_unit_test_sets(
        self,
        *,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 20,
        continuation_token: int | Unset = 0,
        is_deleted: bool | Unset = UNSET,
        unit_test_id: list[str] | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetSimulationUnitTestSetsResponse, SimulationUnitTestSetInstance]:
        """List simulation unit test sets

        Returns one page of unit test sets matching the filters.

        ``GET /simulation/unit_test_set/``.

        Args:
            id (list[str] | Unset): Only return the unit test sets with these IDs.
            limit (int | Unset): Largest number of unit test sets in the page. Default: 20.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.
            is_deleted (bool | Unset): True for deleted unit test sets only, false for live ones.
            unit_test_id (list[str] | Unset): Only return sets containing one of these unit tests.
            creator (list[str] | Unset): Only return sets made by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.
            sort_by (list[str] | Unset): Sort keys, prefixed with `+` for ascending or `-` for descending.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetSimulationUnitTestSetsResponse, SimulationUnitTestSetInstance]: iterate it for every item of every page; .data is the GetSimulationUnitTestSetsResponse.

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

        from . import get_simulation_unit_test_sets as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
                "is_deleted": is_deleted,
                "unit_test_id": unit_test_id,
                "creator": creator,
                "tag": tag,
                "sort_by": sort_by,
            },
            items="simulation_unit_test_sets",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_simulation_unit_tests(
        self,
        *,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        is_deleted: bool | Unset = UNSET,
        service_id: list[str] | Unset = UNSET,
        persona_id: list[str] | Unset = UNSET,
        scenario_id: list[str] | Unset = UNSET,
        metric_id: list[str] | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetSimulationUnitTestsResponse, SimulationUnitTestInstance]:
        """List simulation unit tests

        Returns one page of unit tests matching the filters. Unit tests the caller has no
        `Simulation:GetSimulationUnitTest` permission for are left out. The first page also carries
        the values the dynamic filters can take. Limited to 200 calls a minute.

        ``GET /simulation/unit_test/``.

        Args:
            id (list[str] | Unset): Only return the unit tests with these IDs.
            limit (int | Unset): Largest number of unit tests in the page. Default: 50.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.
            is_deleted (bool | Unset): Filter on whether the unit test has been deleted.
            service_id (list[str] | Unset): Only return unit tests that run against one of these services.
            persona_id (list[str] | Unset): Only return unit tests played by one of these personas.
            scenario_id (list[str] | Unset): Only return unit tests built on one of these scenarios.
            metric_id (list[str] | Unset): Only return unit tests judged by one of these metrics.
            creator (list[str] | Unset): Only return unit tests made by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.
            sort_by (list[str] | Unset): Sort keys (`updated_at`), prefixed with `+` for ascending or `-`
                for descending.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetSimulationUnitTestsResponse, SimulationUnitTestInstance]: iterate it for every item of every page; .data is the GetSimulationUnitTestsResponse.

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

        from . import get_simulation_unit_tests as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
                "is_deleted": is_deleted,
                "service_id": service_id,
                "persona_id": persona_id,
                "scenario_id": scenario_id,
                "metric_id": metric_id,
                "creator": creator,
                "tag": tag,
                "sort_by": sort_by,
            },
            items="simulation_unit_tests",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_simulation_personas(
        self,
        *,
        query: str,
        role: list[str] | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchSimulationPersonasResponse:
        """Search simulation personas

        Full-text search over persona names and the background text of each persona's latest
        version, optionally narrowed by role, creator and tags. Gives back up to 50 personas, most
        relevant first, in a single response without paging. Personas the caller has no
        `Simulation:GetSimulationPersona` permission for are silently left out. Limited to 50 calls a
        minute.

        ``GET /simulation/persona/search``.

        Args:
            query (str): Words to look for in persona names and latest-version backgrounds.
            role (list[str] | Unset): Only return personas having one of these roles.
            creator (list[str] | Unset): Only return personas made by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SearchSimulationPersonasResponse

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

        from . import search_simulation_personas as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "query": query,
                "role": role,
                "creator": creator,
                "tag": tag,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_simulation_scenarios(
        self,
        *,
        query: str,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchSimulationScenariosResponse:
        """Search simulation scenarios

        Full-text search over scenario names, optionally narrowed by creator and tags. Gives back up
        to 50 scenarios, most relevant first, in a single response without paging. Scenarios the
        caller has no `Simulation:GetSimulationScenario` permission for are silently left out.
        Limited to 50 calls a minute.

        ``GET /simulation/scenario/search``.

        Args:
            query (str): Words to look for in scenario names.
            creator (list[str] | Unset): Only return scenarios made by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SearchSimulationScenariosResponse

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

        from . import search_simulation_scenarios as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "query": query,
                "creator": creator,
                "tag": tag,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_simulation_unit_test_sets(
        self,
        *,
        query: str,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        unit_test_id: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchSimulationUnitTestSetResponse:
        """Search simulation unit test sets

        Full-text search for unit test sets by name or description, narrowed by the optional
        filters. All hits come back in one response, without paging; sets the caller has no
        `Simulation:GetSimulationUnitTestSet` permission for are left out. Limited to 50 calls a
        minute.

        ``GET /simulation/unit_test_set/search/``.

        Args:
            query (str): Words to look for in set names and descriptions.
            creator (list[str] | Unset): Only return sets made by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.
            unit_test_id (list[str] | Unset): Only return sets containing one of these unit tests.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SearchSimulationUnitTestSetResponse

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

        from . import search_simulation_unit_test_sets as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "query": query,
                "creator": creator,
                "tag": tag,
                "unit_test_id": unit_test_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_simulation_unit_tests(
        self,
        *,
        query: str,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        service_id: list[str] | Unset = UNSET,
        persona_id: list[str] | Unset = UNSET,
        scenario_id: list[str] | Unset = UNSET,
        metric_id: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchSimulationUnitTestsResponse:
        """Search simulation unit tests

        Full-text search for unit tests by name (and description), narrowed by the optional
        filters. All hits come back in one response, without paging; unit tests the caller has no
        `Simulation:GetSimulationUnitTest` permission for are left out. Limited to 50 calls a minute.

        ``GET /simulation/unit_test/search/``.

        Args:
            query (str): Words to look for in unit test names.
            creator (list[str] | Unset): Only return unit tests made by these users, each given as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.
            service_id (list[str] | Unset): Only return unit tests that run against one of these services.
            persona_id (list[str] | Unset): Only return unit tests played by one of these personas.
            scenario_id (list[str] | Unset): Only return unit tests built on one of these scenarios.
            metric_id (list[str] | Unset): Only return unit tests judged by one of these metrics.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SearchSimulationUnitTestsResponse

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

        from . import search_simulation_unit_tests as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "query": query,
                "creator": creator,
                "tag": tag,
                "service_id": service_id,
                "persona_id": persona_id,
                "scenario_id": scenario_id,
                "metric_id": metric_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_simulation_persona(
        self,
        simulation_persona_id: str,
        *,
        body: UpdateSimulationPersonaRequest | UpdateSimulationPersonaRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_simulation_persona(
        self,
        simulation_persona_id: str,
        *,
        tags: Union[Union[Mapping[str, Union[str, None]], UpdateSimulationPersonaRequestTagsType0], None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_simulation_persona(
        self,
        simulation_persona_id: str,
        *,
        body: UpdateSimulationPersonaRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Change a simulation persona's tags

        Edits the metadata of a persona, which at present means its tags. What the persona says and
        knows (background, user models, variables) lives in its versions and is changed by adding a
        version with `create-simulation-persona-version`. Answers 204 with no body. Needs
        `Simulation:ModifySimulationPersona` on the persona; limited to 100 calls a minute.

        ``POST /simulation/persona/{simulation_persona_id}/``.

        Args:
            simulation_persona_id (str): The persona to change.

        Body: ``body=UpdateSimulationPersonaRequest(...)``, or its fields as keyword arguments:
            tags (None | Unset | UpdateSimulationPersonaRequestTagsType0): New labels for the persona; keys
                and values use letters, digits, underscores and spaces.

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

        from . import update_simulation_persona as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_persona_id": simulation_persona_id,
            },
            body,
            fields,
            model="UpdateSimulationPersonaRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_simulation_scenario(
        self,
        simulation_scenario_id: str,
        *,
        body: UpdateSimulationScenarioRequest | UpdateSimulationScenarioRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_simulation_scenario(
        self,
        simulation_scenario_id: str,
        *,
        tags: Union[Union[Mapping[str, Union[str, None]], UpdateSimulationScenarioRequestTagsType0], None]
        | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_simulation_scenario(
        self,
        simulation_scenario_id: str,
        *,
        body: UpdateSimulationScenarioRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Change a simulation scenario's tags

        Edits the metadata of a scenario, which at present means its tags. The objective,
        instructions and start settings are versioned; change them by adding a version with
        `create-simulation-scenario-version`. Answers 204 with no body. Needs
        `Simulation:ModifySimulationScenario` on the scenario; limited to 500 calls a minute.

        ``POST /simulation/scenario/{simulation_scenario_id}/``.

        Args:
            simulation_scenario_id (str): The scenario to change.

        Body: ``body=UpdateSimulationScenarioRequest(...)``, or its fields as keyword arguments:
            tags (None | Unset | UpdateSimulationScenarioRequestTagsType0): New labels for the scenario;
                keys and values use letters, digits, underscores and spaces.

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

        from . import update_simulation_scenario as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_scenario_id": simulation_scenario_id,
            },
            body,
            fields,
            model="UpdateSimulationScenarioRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_simulation_unit_test(
        self,
        simulation_unit_test_id: str,
        *,
        body: UpdateSimulationUnitTestRequest | UpdateSimulationUnitTestRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_simulation_unit_test(
        self,
        simulation_unit_test_id: str,
        *,
        description: Union[str, None] | Unset = ...,
        service_id: Union[str, None] | Unset = ...,
        service_version_set_name: Union[str, None] | Unset = ...,
        persona_id: Union[str, None] | Unset = ...,
        scenario_id: Union[str, None] | Unset = ...,
        max_interactions: Union[int, None] | Unset = ...,
        success_criterions: Union[
            Sequence[
                Union[
                    UpdateSimulationUnitTestRequestSuccessCriterionParam,
                    UpdateSimulationUnitTestRequestSuccessCriterion,
                ]
            ],
            None,
        ]
        | Unset = ...,
        run_count: Union[int, None] | Unset = ...,
        tags: Union[Union[Mapping[str, Union[str, None]], UpdateSimulationUnitTestRequestTagsType0], None]
        | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_simulation_unit_test(
        self,
        simulation_unit_test_id: str,
        *,
        body: UpdateSimulationUnitTestRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Update a simulation unit test

        Changes the fields of a unit test that are given in the body; fields left null keep their
        current value. A list given for `success_criterions` replaces the whole list, and the same
        rule as on creation applies: each criterion must match its metric's kind (400 otherwise).
        Answers 204 with no body. Needs `Simulation:ModifySimulationUnitTest` on the unit test;
        limited to 500 calls a minute.

        ``POST /simulation/unit_test/{simulation_unit_test_id}/``.

        Args:
            simulation_unit_test_id (str): The unit test to change.

        Body: ``body=UpdateSimulationUnitTestRequest(...)``, or its fields as keyword arguments:
            description (None | str | Unset): New explanation of what the unit test checks.
            service_id (None | str | Unset): Service to test from now on.
            service_version_set_name (None | str | Unset): Version set of the service to test from now on.
            persona_id (None | str | Unset): Persona to use from now on.
            scenario_id (None | str | Unset): Scenario to use from now on.
            max_interactions (int | None | Unset): New interaction budget; reaching it makes the unit test
                fail.
            success_criterions (list[UpdateSimulationUnitTestRequestSuccessCriterion] | None | Unset):
                Replacement list of pass conditions.
            run_count (int | None | Unset): How many simulated conversations to hold each time this unit
                test runs.
            tags (None | Unset | UpdateSimulationUnitTestRequestTagsType0): Replacement labels, as a key-to-
                value map.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import update_simulation_unit_test as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_unit_test_id": simulation_unit_test_id,
            },
            body,
            fields,
            model="UpdateSimulationUnitTestRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_simulation_unit_test_set(
        self,
        simulation_unit_test_set_id: str,
        *,
        body: UpdateSimulationUnitTestSetRequest | UpdateSimulationUnitTestSetRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_simulation_unit_test_set(
        self,
        simulation_unit_test_set_id: str,
        *,
        name: Union[str, None] | Unset = ...,
        description: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
        unit_test_runs: Union[Sequence[Union[UnitTestRunDescriptorInputParam, UnitTestRunDescriptorInput]], None]
        | Unset = ...,
        tags: Union[Union[Mapping[str, Union[str, None]], UpdateSimulationUnitTestSetRequestTagsType0], None]
        | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_simulation_unit_test_set(
        self,
        simulation_unit_test_set_id: str,
        *,
        body: UpdateSimulationUnitTestSetRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Update a simulation unit test set

        Changes the name, description, tags or unit test list of a set. Null fields keep their
        current value; for `description`, leave it out (or send `{}`) to keep it and send null to
        clear it. A given `unit_test_runs` list replaces the old one. Set names are unique (409 on a
        clash). Answers 204 with no body. Needs `Simulation:ModifySimulationUnitTestSet` on the set;
        limited to 50 calls a minute.

        ``POST /simulation/unit_test_set/{simulation_unit_test_set_id}``.

        Args:
            simulation_unit_test_set_id (str): The unit test set to change.

        Body: ``body=UpdateSimulationUnitTestSetRequest(...)``, or its fields as keyword arguments:
            name (None | str | Unset): New display name; must not clash with another set.
            description (None | NotSet | str | Unset): New explanation of the set. Leave it out or send `{}`
                to keep the current one; null clears it.
            unit_test_runs (list[UnitTestRunDescriptorInput] | None | Unset): Replacement list of unit tests
                in the set, each with how often to run it.
            tags (None | Unset | UpdateSimulationUnitTestSetRequestTagsType0): Replacement labels, as a key-
                to-value map.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

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

        from . import update_simulation_unit_test_set as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "simulation_unit_test_set_id": simulation_unit_test_set_id,
            },
            body,
            fields,
            model="UpdateSimulationUnitTestSetRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class SimulationResourceWithRawResponse(RawResource):
        """``client.with_raw_response.simulation``: the same methods, returning a RawResponse."""

        def cancel_simulation_unit_test_set_run(
            self,
            simulation_unit_test_set_run_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def create_simulation_persona(
            self,
            *,
            body: CreateSimulationPersonaRequest | CreateSimulationPersonaRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationPersonaResponse]: ...

        @overload
        def create_simulation_persona(
            self,
            *,
            name: str,
            role: str,
            tags: Union[Mapping[str, Union[str, None]], CreateSimulationPersonaRequestTags] = ...,
            initial_version: Union[
                CreateSimulationPersonaRequestInitialVersionParam, CreateSimulationPersonaRequestInitialVersion
            ],
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationPersonaResponse]: ...

        def create_simulation_persona(
            self,
            *,
            body: CreateSimulationPersonaRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateSimulationPersonaResponse]: ...

        @overload
        def create_simulation_persona_version(
            self,
            simulation_persona_id: str,
            *,
            body: CreateSimulationPersonaVersionRequest | CreateSimulationPersonaVersionRequestParam,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationPersonaVersionResponse]: ...

        @overload
        def create_simulation_persona_version(
            self,
            simulation_persona_id: str,
            *,
            background: str,
            user_models: List[str],
            nonsensitive_user_variables: Union[
                Mapping[str, str], CreateSimulationPersonaVersionRequestNonsensitiveUserVariables
            ] = ...,
            sensitive_user_variables: Union[
                Mapping[str, str], CreateSimulationPersonaVersionRequestSensitiveUserVariables
            ] = ...,
            preferred_language: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
            timezone: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationPersonaVersionResponse]: ...

        def create_simulation_persona_version(
            self,
            simulation_persona_id: str,
            *,
            body: CreateSimulationPersonaVersionRequest | Mapping[str, Any] | Unset = UNSET,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateSimulationPersonaVersionResponse]: ...

        @overload
        def create_simulation_scenario(
            self,
            *,
            body: CreateSimulationScenarioRequest | CreateSimulationScenarioRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationScenarioResponse]: ...

        @overload
        def create_simulation_scenario(
            self,
            *,
            name: str,
            tags: Union[Mapping[str, Union[str, None]], CreateSimulationScenarioRequestTags] = ...,
            initial_version: Union[
                CreateSimulationScenarioRequestInitialVersionParam, CreateSimulationScenarioRequestInitialVersion
            ],
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationScenarioResponse]: ...

        def create_simulation_scenario(
            self,
            *,
            body: CreateSimulationScenarioRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateSimulationScenarioResponse]: ...

        @overload
        def create_simulation_scenario_version(
            self,
            simulation_scenario_id: str,
            *,
            body: CreateSimulationScenarioVersionRequest | CreateSimulationScenarioVersionRequestParam,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationScenarioVersionResponse]: ...

        @overload
        def create_simulation_scenario_version(
            self,
            simulation_scenario_id: str,
            *,
            objective: str,
            instructions: str,
            initial_message_type: InitialMessageType,
            conversation_starts_at: Union[datetime.datetime, None],
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationScenarioVersionResponse]: ...

        def create_simulation_scenario_version(
            self,
            simulation_scenario_id: str,
            *,
            body: CreateSimulationScenarioVersionRequest | Mapping[str, Any] | Unset = UNSET,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateSimulationScenarioVersionResponse]: ...

        @overload
        def create_simulation_unit_test(
            self,
            *,
            body: CreateSimulationUnitTestRequest | CreateSimulationUnitTestRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationUnitTestResponse]: ...

        @overload
        def create_simulation_unit_test(
            self,
            *,
            name: str,
            description: str,
            service_id: str,
            service_version_set_name: str,
            persona_id: str,
            scenario_id: str,
            max_interactions: int,
            success_criterions: Sequence[
                Union[
                    CreateSimulationUnitTestRequestSuccessCriterionParam,
                    CreateSimulationUnitTestRequestSuccessCriterion,
                ]
            ],
            tags: Union[Mapping[str, Union[str, None]], CreateSimulationUnitTestRequestTags] = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationUnitTestResponse]: ...

        def create_simulation_unit_test(
            self,
            *,
            body: CreateSimulationUnitTestRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateSimulationUnitTestResponse]: ...

        @overload
        def create_simulation_unit_test_set(
            self,
            *,
            body: CreateSimulationUnitTestSetRequest | CreateSimulationUnitTestSetRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationUnitTestSetResponse]: ...

        @overload
        def create_simulation_unit_test_set(
            self,
            *,
            name: str,
            description: Union[str, None],
            unit_test_runs: Sequence[Union[UnitTestRunDescriptorInputParam, UnitTestRunDescriptorInput]],
            tags: Union[Mapping[str, Union[str, None]], CreateSimulationUnitTestSetRequestTags] = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationUnitTestSetResponse]: ...

        def create_simulation_unit_test_set(
            self,
            *,
            body: CreateSimulationUnitTestSetRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateSimulationUnitTestSetResponse]: ...

        @overload
        def create_simulation_unit_test_set_run(
            self,
            *,
            body: CreateSimulationUnitTestSetRunRequest | CreateSimulationUnitTestSetRunRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationUnitTestSetRunResponse]: ...

        @overload
        def create_simulation_unit_test_set_run(
            self,
            *,
            simulation_unit_test_set_id: str,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationUnitTestSetRunResponse]: ...

        def create_simulation_unit_test_set_run(
            self,
            *,
            body: CreateSimulationUnitTestSetRunRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateSimulationUnitTestSetRunResponse]: ...

        def delete_simulation_persona(
            self,
            simulation_persona_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def delete_simulation_scenario(
            self,
            simulation_scenario_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def delete_simulation_unit_test(
            self,
            simulation_unit_test_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def delete_simulation_unit_test_set(
            self,
            simulation_unit_test_set_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def get_simulation_persona_versions(
            self,
            simulation_persona_id: str,
            *,
            version: str | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetSimulationPersonaVersionsResponse, SimulationPersonaVersion]]: ...

        def get_simulation_personas(
            self,
            *,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            is_deleted: bool | Unset = UNSET,
            role: list[str] | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetSimulationPersonasResponse, SimulationPersonaInstance]]: ...

        def get_simulation_scenario_versions(
            self,
            simulation_scenario_id: str,
            *,
            version: str | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetSimulationScenarioVersionsResponse, SimulationScenarioVersion]]: ...

        def get_simulation_scenarios(
            self,
            *,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            is_deleted: bool | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetSimulationScenariosResponse, SimulationScenarioInstance]]: ...

        def get_simulation_unit_test_set_run_artifacts(
            self,
            simulation_unit_test_set_run_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetSimulationUnitTestSetRunArtifactsResponse]: ...

        def get_simulation_unit_test_set_runs(
            self,
            *,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            creator: list[str] | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            simulation_unit_test_set_id: list[str] | Unset = UNSET,
            is_completed: bool | Unset = UNSET,
            failed_metrics: bool | Unset = UNSET,
            errored: bool | Unset = UNSET,
            created_after: datetime.datetime | Unset = UNSET,
            created_before: datetime.datetime | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetSimulationUnitTestSetRunsResponse, SimulationUnitTestSetRunInstance]]: ...

        def get_simulation_unit_test_sets(
            self,
            *,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 20,
            continuation_token: int | Unset = 0,
            is_deleted: bool | Unset = UNSET,
            unit_test_id: list[str] | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetSimulationUnitTestSetsResponse, SimulationUnitTestSetInstance]]: ...

        def get_simulation_unit_tests(
            self,
            *,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            is_deleted: bool | Unset = UNSET,
            service_id: list[str] | Unset = UNSET,
            persona_id: list[str] | Unset = UNSET,
            scenario_id: list[str] | Unset = UNSET,
            metric_id: list[str] | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetSimulationUnitTestsResponse, SimulationUnitTestInstance]]: ...

        def search_simulation_personas(
            self,
            *,
            query: str,
            role: list[str] | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SearchSimulationPersonasResponse]: ...

        def search_simulation_scenarios(
            self,
            *,
            query: str,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SearchSimulationScenariosResponse]: ...

        def search_simulation_unit_test_sets(
            self,
            *,
            query: str,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            unit_test_id: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SearchSimulationUnitTestSetResponse]: ...

        def search_simulation_unit_tests(
            self,
            *,
            query: str,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            service_id: list[str] | Unset = UNSET,
            persona_id: list[str] | Unset = UNSET,
            scenario_id: list[str] | Unset = UNSET,
            metric_id: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SearchSimulationUnitTestsResponse]: ...

        @overload
        def update_simulation_persona(
            self,
            simulation_persona_id: str,
            *,
            body: UpdateSimulationPersonaRequest | UpdateSimulationPersonaRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_simulation_persona(
            self,
            simulation_persona_id: str,
            *,
            tags: Union[Union[Mapping[str, Union[str, None]], UpdateSimulationPersonaRequestTagsType0], None]
            | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_simulation_persona(
            self,
            simulation_persona_id: str,
            *,
            body: UpdateSimulationPersonaRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        @overload
        def update_simulation_scenario(
            self,
            simulation_scenario_id: str,
            *,
            body: UpdateSimulationScenarioRequest | UpdateSimulationScenarioRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_simulation_scenario(
            self,
            simulation_scenario_id: str,
            *,
            tags: Union[Union[Mapping[str, Union[str, None]], UpdateSimulationScenarioRequestTagsType0], None]
            | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_simulation_scenario(
            self,
            simulation_scenario_id: str,
            *,
            body: UpdateSimulationScenarioRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        @overload
        def update_simulation_unit_test(
            self,
            simulation_unit_test_id: str,
            *,
            body: UpdateSimulationUnitTestRequest | UpdateSimulationUnitTestRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_simulation_unit_test(
            self,
            simulation_unit_test_id: str,
            *,
            description: Union[str, None] | Unset = ...,
            service_id: Union[str, None] | Unset = ...,
            service_version_set_name: Union[str, None] | Unset = ...,
            persona_id: Union[str, None] | Unset = ...,
            scenario_id: Union[str, None] | Unset = ...,
            max_interactions: Union[int, None] | Unset = ...,
            success_criterions: Union[
                Sequence[
                    Union[
                        UpdateSimulationUnitTestRequestSuccessCriterionParam,
                        UpdateSimulationUnitTestRequestSuccessCriterion,
                    ]
                ],
                None,
            ]
            | Unset = ...,
            run_count: Union[int, None] | Unset = ...,
            tags: Union[Union[Mapping[str, Union[str, None]], UpdateSimulationUnitTestRequestTagsType0], None]
            | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_simulation_unit_test(
            self,
            simulation_unit_test_id: str,
            *,
            body: UpdateSimulationUnitTestRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        @overload
        def update_simulation_unit_test_set(
            self,
            simulation_unit_test_set_id: str,
            *,
            body: UpdateSimulationUnitTestSetRequest | UpdateSimulationUnitTestSetRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_simulation_unit_test_set(
            self,
            simulation_unit_test_set_id: str,
            *,
            name: Union[str, None] | Unset = ...,
            description: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
            unit_test_runs: Union[Sequence[Union[UnitTestRunDescriptorInputParam, UnitTestRunDescriptorInput]], None]
            | Unset = ...,
            tags: Union[Union[Mapping[str, Union[str, None]], UpdateSimulationUnitTestSetRequestTagsType0], None]
            | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_simulation_unit_test_set(
            self,
            simulation_unit_test_set_id: str,
            *,
            body: UpdateSimulationUnitTestSetRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...


else:

    class SimulationResourceWithRawResponse(RawResource, SimulationResource):
        """``client.with_raw_response.simulation``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
