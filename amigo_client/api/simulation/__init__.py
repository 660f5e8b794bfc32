"""``client.simulation``: the 10 operations tagged simulation.

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
    from typing import cast

    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.create_simulation_persona_request import CreateSimulationPersonaRequest
    from ...models.create_simulation_persona_request_initial_version import CreateSimulationPersonaRequestInitialVersion
    from ...models.create_simulation_persona_request_tags import CreateSimulationPersonaRequestTags
    from ...models.create_simulation_persona_response import CreateSimulationPersonaResponse
    from ...models.create_simulation_scenario_request import CreateSimulationScenarioRequest
    from ...models.create_simulation_scenario_request_initial_version import (
        CreateSimulationScenarioRequestInitialVersion,
    )
    from ...models.create_simulation_scenario_request_tags import CreateSimulationScenarioRequestTags
    from ...models.create_simulation_scenario_response import CreateSimulationScenarioResponse
    from ...models.create_simulation_unit_test_set_request import CreateSimulationUnitTestSetRequest
    from ...models.create_simulation_unit_test_set_request_tags import CreateSimulationUnitTestSetRequestTags
    from ...models.create_simulation_unit_test_set_response import CreateSimulationUnitTestSetResponse
    from ...models.create_simulation_unit_test_set_run_request import CreateSimulationUnitTestSetRunRequest
    from ...models.create_simulation_unit_test_set_run_response import CreateSimulationUnitTestSetRunResponse
    from ...models.get_simulation_personas_response import GetSimulationPersonasResponse
    from ...models.get_simulation_scenarios_response import GetSimulationScenariosResponse
    from ...models.get_simulation_unit_test_set_run_artifacts_response import (
        GetSimulationUnitTestSetRunArtifactsResponse,
    )
    from ...models.get_simulation_unit_test_set_runs_response import GetSimulationUnitTestSetRunsResponse
    from ...models.get_simulation_unit_test_sets_response import GetSimulationUnitTestSetsResponse
    from ...models.simulation_persona_instance import SimulationPersonaInstance
    from ...models.simulation_scenario_instance import SimulationScenarioInstance
    from ...models.simulation_unit_test_set_instance import SimulationUnitTestSetInstance
    from ...models.simulation_unit_test_set_run_instance import SimulationUnitTestSetRunInstance
    from ...models.unit_test_run_descriptor_input import UnitTestRunDescriptorInput

__all__ = ["INDEX", "OPERATIONS", "SimulationResource", "SimulationResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "cancel_simulation_unit_test_set_run",
    "create_simulation_persona",
    "create_simulation_scenario",
    "create_simulation_unit_test_set",
    "create_simulation_unit_test_set_run",
    "get_simulation_personas",
    "get_simulation_scenarios",
    "get_simulation_unit_test_set_run_artifacts",
    "get_simulation_unit_test_set_runs",
    "get_simulation_unit_test_sets",
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
)


class SimulationResource(Resource):
    """The operations tagged simulation: ``client.simulation.<operation>(...)``.

    Methods: ``cancel_simulation_unit_test_set_run``, ``create_simulation_persona``, ``create_simulation_scenario``, ``create_simulation_unit_test_set``, ``create_simulation_unit_test_set_run``, ``get_simulation_personas``, ``get_simulation_scenarios``, ``get_simulation_unit_test_set_run_artifacts``, ``get_simulation_unit_test_set_runs``, ``get_simulation_unit_test_sets``.
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
            simulation_unit_test_set_run_id (str):

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
        body: CreateSimulationPersonaRequest,
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
        tags: CreateSimulationPersonaRequestTags,
        initial_version: CreateSimulationPersonaRequestInitialVersion,
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
    def create_simulation_scenario(
        self,
        *,
        body: CreateSimulationScenarioRequest,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationScenarioResponse: ...

    @overload
    def create_simulation_scenario(
        self,
        *,
        name: str,
        tags: CreateSimulationScenarioRequestTags,
        initial_version: CreateSimulationScenarioRequestInitialVersion,
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
    def create_simulation_unit_test_set(
        self,
        *,
        body: CreateSimulationUnitTestSetRequest,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateSimulationUnitTestSetResponse: ...

    @overload
    def create_simulation_unit_test_set(
        self,
        *,
        name: str,
        description: None | str,
        unit_test_runs: list[UnitTestRunDescriptorInput],
        tags: CreateSimulationUnitTestSetRequestTags,
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
        body: CreateSimulationUnitTestSetRunRequest,
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
            id (list[str] | Unset):
            limit (int | Unset):  Default: 50.
            continuation_token (int | Unset):  Default: 0.
            is_deleted (bool | Unset):
            role (list[str] | Unset):
            creator (list[str] | Unset):
            tag (list[str] | Unset):
            sort_by (list[str] | Unset):

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
            id (list[str] | Unset):
            limit (int | Unset):  Default: 50.
            continuation_token (int | Unset):  Default: 0.
            is_deleted (bool | Unset):
            creator (list[str] | Unset):
            tag (list[str] | Unset):
            sort_by (list[str] | Unset):

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
        """Get the artifacts of a simulation unit test set run

        Returns a short-lived download link for the files a finished run produced.

        ``GET /simulation/unit_test_set_run/{simulation_unit_test_set_run_id}/artifacts/``.

        Args:
            simulation_unit_test_set_run_id (str):

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
            id (list[str] | Unset):
            limit (int | Unset):  Default: 50.
            continuation_token (int | Unset):  Default: 0.
            creator (list[str] | Unset):
            sort_by (list[str] | Unset):
            simulation_unit_test_set_id (list[str] | Unset):
            is_completed (bool | Unset):
            failed_metrics (bool | Unset):
            errored (bool | Unset):
            created_after (datetime.datetime | Unset):
            created_before (datetime.datetime | Unset):

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
            id (list[str] | Unset):
            limit (int | Unset):  Default: 20.
            continuation_token (int | Unset):  Default: 0.
            is_deleted (bool | Unset):
            unit_test_id (list[str] | Unset):
            creator (list[str] | Unset):
            tag (list[str] | Unset):
            sort_by (list[str] | Unset):

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
            body: CreateSimulationPersonaRequest,
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
            tags: CreateSimulationPersonaRequestTags,
            initial_version: CreateSimulationPersonaRequestInitialVersion,
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
        def create_simulation_scenario(
            self,
            *,
            body: CreateSimulationScenarioRequest,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationScenarioResponse]: ...

        @overload
        def create_simulation_scenario(
            self,
            *,
            name: str,
            tags: CreateSimulationScenarioRequestTags,
            initial_version: CreateSimulationScenarioRequestInitialVersion,
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
        def create_simulation_unit_test_set(
            self,
            *,
            body: CreateSimulationUnitTestSetRequest,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateSimulationUnitTestSetResponse]: ...

        @overload
        def create_simulation_unit_test_set(
            self,
            *,
            name: str,
            description: None | str,
            unit_test_runs: list[UnitTestRunDescriptorInput],
            tags: CreateSimulationUnitTestSetRequestTags,
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
            body: CreateSimulationUnitTestSetRunRequest,
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
