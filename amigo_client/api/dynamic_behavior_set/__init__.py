"""``client.dynamic_behavior_set``: the 8 operations tagged dynamic_behavior_set.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.dynamic_behavior_set.<operation>`` is that operation's generated module
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
    from ...models.create_dynamic_behavior_set_request import (
        CreateDynamicBehaviorSetRequest,
        CreateDynamicBehaviorSetRequestParam,
    )
    from ...models.create_dynamic_behavior_set_request_initial_version import (
        CreateDynamicBehaviorSetRequestInitialVersion,
        CreateDynamicBehaviorSetRequestInitialVersionParam,
    )
    from ...models.create_dynamic_behavior_set_request_tags import (
        CreateDynamicBehaviorSetRequestTags,
        CreateDynamicBehaviorSetRequestTagsParam,
    )
    from ...models.create_dynamic_behavior_set_response import CreateDynamicBehaviorSetResponse
    from ...models.create_dynamic_behavior_set_version_request import (
        CreateDynamicBehaviorSetVersionRequest,
        CreateDynamicBehaviorSetVersionRequestParam,
    )
    from ...models.create_dynamic_behavior_set_version_request_change_tool_candidates_action import (
        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction,
        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionParam,
    )
    from ...models.create_dynamic_behavior_set_version_response import CreateDynamicBehaviorSetVersionResponse
    from ...models.dynamic_behavior_invocation import DynamicBehaviorInvocation
    from ...models.dynamic_behavior_set_instance import DynamicBehaviorSetInstance
    from ...models.dynamic_behavior_set_version import DynamicBehaviorSetVersion
    from ...models.get_dynamic_behavior_invocations_response import GetDynamicBehaviorInvocationsResponse
    from ...models.get_dynamic_behavior_set_versions_response import GetDynamicBehaviorSetVersionsResponse
    from ...models.get_dynamic_behavior_sets_response import GetDynamicBehaviorSetsResponse
    from ...models.inject_instruction_action_input import (
        InjectInstructionActionInput,
        InjectInstructionActionInputParam,
    )
    from ...models.search_dynamic_behavior_sets_response import SearchDynamicBehaviorSetsResponse
    from ...models.update_dynamic_behavior_set_request import (
        UpdateDynamicBehaviorSetRequest,
        UpdateDynamicBehaviorSetRequestParam,
    )
    from ...models.update_dynamic_behavior_set_request_tags_type_0 import (
        UpdateDynamicBehaviorSetRequestTagsType0,
        UpdateDynamicBehaviorSetRequestTagsType0Param,
    )

__all__ = ["INDEX", "OPERATIONS", "DynamicBehaviorSetResource", "DynamicBehaviorSetResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "create_dynamic_behavior_set",
    "create_dynamic_behavior_set_version",
    "delete_dynamic_behavior_instruction",
    "get_dynamic_behavior_invocations",
    "get_dynamic_behavior_set_versions",
    "get_dynamic_behavior_sets",
    "search_dynamic_behavior_sets",
    "update_dynamic_behavior_set",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("create_dynamic_behavior_set", "POST", "/dynamic_behavior_set/", "Create a dynamic behavior set"),
    (
        "create_dynamic_behavior_set_version",
        "POST",
        "/dynamic_behavior_set/{dynamic_behavior_set_id}/version/",
        "Add a version to a dynamic behavior set",
    ),
    (
        "delete_dynamic_behavior_instruction",
        "DELETE",
        "/dynamic_behavior_set/{dynamic_behavior_set_id}/",
        "Delete a dynamic behavior set",
    ),
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
    (
        "update_dynamic_behavior_set",
        "POST",
        "/dynamic_behavior_set/{dynamic_behavior_set_id}/",
        "Update a dynamic behavior set",
    ),
)


class DynamicBehaviorSetResource(Resource):
    """The operations tagged dynamic_behavior_set: ``client.dynamic_behavior_set.<operation>(...)``.

    Methods: ``create_dynamic_behavior_set``, ``create_dynamic_behavior_set_version``, ``delete_dynamic_behavior_instruction``, ``get_dynamic_behavior_invocations``, ``get_dynamic_behavior_set_versions``, ``get_dynamic_behavior_sets``, ``search_dynamic_behavior_sets``, ``update_dynamic_behavior_set``.
    """

    __slots__ = ()

    @overload
    def create_dynamic_behavior_set(
        self,
        *,
        body: CreateDynamicBehaviorSetRequest | CreateDynamicBehaviorSetRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDynamicBehaviorSetResponse: ...

    @overload
    def create_dynamic_behavior_set(
        self,
        *,
        name: str,
        tags: Union[Mapping[str, Union[str, None]], CreateDynamicBehaviorSetRequestTags] = ...,
        applied_to_services: List[str],
        initial_version: Union[
            CreateDynamicBehaviorSetRequestInitialVersionParam, CreateDynamicBehaviorSetRequestInitialVersion
        ],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDynamicBehaviorSetResponse: ...

    def create_dynamic_behavior_set(
        self,
        *,
        body: CreateDynamicBehaviorSetRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateDynamicBehaviorSetResponse:
        """Create a dynamic behavior set

        Creates a dynamic behavior set together with its first version.

        ``POST /dynamic_behavior_set/``.

        Body: ``body=CreateDynamicBehaviorSetRequest(...)``, or its fields as keyword arguments:
            name (str): Name of the set.
            tags (CreateDynamicBehaviorSetRequestTags): Key/value labels; keys and values may hold only
                letters, digits, underscores and spaces.
            applied_to_services (list[str]): IDs of the services the set applies to.
            initial_version (CreateDynamicBehaviorSetRequestInitialVersion): Settings of the first version
                of a new set.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateDynamicBehaviorSetResponse

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

        from . import create_dynamic_behavior_set as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateDynamicBehaviorSetRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_dynamic_behavior_set_version(
        self,
        dynamic_behavior_set_id: str,
        *,
        body: CreateDynamicBehaviorSetVersionRequest | CreateDynamicBehaviorSetVersionRequestParam,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDynamicBehaviorSetVersionResponse: ...

    @overload
    def create_dynamic_behavior_set_version(
        self,
        dynamic_behavior_set_id: str,
        *,
        conversation_triggers: List[str],
        actions: Sequence[
            Union[
                Union[InjectInstructionActionInputParam, InjectInstructionActionInput],
                Union[
                    CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionParam,
                    CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction,
                ],
            ]
        ],
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateDynamicBehaviorSetVersionResponse: ...

    def create_dynamic_behavior_set_version(
        self,
        dynamic_behavior_set_id: str,
        *,
        body: CreateDynamicBehaviorSetVersionRequest | Mapping[str, Any] | Unset = UNSET,
        version: int | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateDynamicBehaviorSetVersionResponse:
        """Add a version to a dynamic behavior set

        Stores new triggers and actions for a dynamic behavior set as its next version. Pass
        `version` to fail with 400 unless the next version number is exactly that one, which
        protects against two writers racing. Requires
        `DynamicBehaviorInstruction:UpdateDynamicBehaviorInstruction` on the set. Limited to 200
        calls a minute. Returns the new version number.

        ``POST /dynamic_behavior_set/{dynamic_behavior_set_id}/version/``.

        Args:
            dynamic_behavior_set_id (str): ID of the set that gets the new version.
            version (int | Unset): Expected number of the new version; the call fails if the next number
                differs.

        Body: ``body=CreateDynamicBehaviorSetVersionRequest(...)``, or its fields as keyword arguments:
            conversation_triggers (list[str]): Descriptions of conversation situations that activate the
                set.
            actions (list[CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction |
                InjectInstructionActionInput]): What happens when the set activates.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateDynamicBehaviorSetVersionResponse

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

        from . import create_dynamic_behavior_set_version as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "dynamic_behavior_set_id": dynamic_behavior_set_id,
                "version": version,
            },
            body,
            fields,
            model="CreateDynamicBehaviorSetVersionRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_dynamic_behavior_instruction(
        self,
        dynamic_behavior_set_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a dynamic behavior set

        Removes a dynamic behavior set (the upstream operation name still says "instruction").
        Requires `DynamicBehaviorInstruction:DeleteDynamicBehaviorInstruction` on the set. Limited
        to 500 calls a minute.

        ``DELETE /dynamic_behavior_set/{dynamic_behavior_set_id}/``.

        Args:
            dynamic_behavior_set_id (str): ID of the set to delete.

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

        from . import delete_dynamic_behavior_instruction as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "dynamic_behavior_set_id": dynamic_behavior_set_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_dynamic_behavior_invocations(
        self,
        dynamic_behavior_set_id: str,
        *,
        limit: int | Unset = 30,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetDynamicBehaviorInvocationsResponse, DynamicBehaviorInvocation]:
        """List dynamic behavior invocations

        Returns a page of the times a dynamic behavior set was triggered in conversations.

        ``GET /dynamic_behavior_set/{dynamic_behavior_set_id}/invocation/``.

        Args:
            dynamic_behavior_set_id (str): ID of the dynamic behavior set.
            limit (int | Unset): Largest number of invocations to return in one page. Default: 30.
            continuation_token (int | Unset): Token from the previous page's response, used to fetch the
                next page. Default: 0.
            sort_by (list[str] | Unset): Sort fields (only `invoked_at`), prefixed with `+` (ascending) or
                `-` (descending).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetDynamicBehaviorInvocationsResponse, DynamicBehaviorInvocation]: iterate it for every item of every page; .data is the GetDynamicBehaviorInvocationsResponse.

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

        from . import get_dynamic_behavior_invocations as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "dynamic_behavior_set_id": dynamic_behavior_set_id,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="dynamic_behavior_invocations",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_dynamic_behavior_set_versions(
        self,
        dynamic_behavior_set_id: str,
        *,
        version: str | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetDynamicBehaviorSetVersionsResponse, DynamicBehaviorSetVersion]:
        """List dynamic behavior set versions

        Returns a page of the versions of one dynamic behavior set.

        ``GET /dynamic_behavior_set/{dynamic_behavior_set_id}/version/``.

        Args:
            dynamic_behavior_set_id (str): ID of the dynamic behavior set.
            version (str | Unset): A version number, `latest`, or an inclusive range such as `2-5` or
                `1-latest`.
            limit (int | Unset): Largest number of versions to return in one page. Default: 10.
            continuation_token (int | Unset): Token from the previous page's response, used to fetch the
                next page. Default: 0.
            sort_by (list[str] | Unset): Sort fields (only `version`), prefixed with `+` (ascending) or `-`
                (descending).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetDynamicBehaviorSetVersionsResponse, DynamicBehaviorSetVersion]: iterate it for every item of every page; .data is the GetDynamicBehaviorSetVersionsResponse.

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

        from . import get_dynamic_behavior_set_versions as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "dynamic_behavior_set_id": dynamic_behavior_set_id,
                "version": version,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="dynamic_behavior_set_versions",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_dynamic_behavior_sets(
        self,
        *,
        id: list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        is_active: bool | Unset = UNSET,
        applied_to_service: list[str] | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetDynamicBehaviorSetsResponse, DynamicBehaviorSetInstance]:
        """List dynamic behavior sets

        Returns a page of the organization's dynamic behavior sets, optionally filtered and sorted.

        ``GET /dynamic_behavior_set/``.

        Args:
            id (list[str] | Unset): Only return the sets with these IDs.
            limit (int | Unset): Largest number of sets to return in one page. Default: 50.
            continuation_token (int | Unset): Token from the previous page's response, used to fetch the
                next page. Default: 0.
            is_active (bool | Unset): Only return sets that are (or are not) active.
            applied_to_service (list[str] | Unset): Only return sets applied to any of these service IDs.
            creator (list[str] | Unset): Only return sets made by these creators, each written as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written as `key:value`; a `*` value matches any value and
                an empty value matches a null one.
            sort_by (list[str] | Unset): Sort fields, each prefixed with `+` (ascending) or `-`
                (descending); later fields break ties.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetDynamicBehaviorSetsResponse, DynamicBehaviorSetInstance]: iterate it for every item of every page; .data is the GetDynamicBehaviorSetsResponse.

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

        from . import get_dynamic_behavior_sets as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "limit": limit,
                "continuation_token": continuation_token,
                "is_active": is_active,
                "applied_to_service": applied_to_service,
                "creator": creator,
                "tag": tag,
                "sort_by": sort_by,
            },
            items="dynamic_behavior_sets",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_dynamic_behavior_sets(
        self,
        *,
        query: str,
        is_active: bool | Unset = UNSET,
        applied_to_service: list[str] | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchDynamicBehaviorSetsResponse:
        """Search dynamic behavior sets

        Full-text search over set names and the triggers of each set's latest version.

        ``GET /dynamic_behavior_set/search``.

        Args:
            query (str): The search terms.
            is_active (bool | Unset): Only return sets that are (or are not) active.
            applied_to_service (list[str] | Unset): Only return sets applied to any of these service IDs.
            creator (list[str] | Unset): Only return sets made by these creators, each written as
                `org_id,user_id`.
            tag (list[str] | Unset): Tag filters written as `key:value`; a `*` value matches any value and
                an empty value matches a null one.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SearchDynamicBehaviorSetsResponse

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

        from . import search_dynamic_behavior_sets as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "query": query,
                "is_active": is_active,
                "applied_to_service": applied_to_service,
                "creator": creator,
                "tag": tag,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_dynamic_behavior_set(
        self,
        dynamic_behavior_set_id: str,
        *,
        body: UpdateDynamicBehaviorSetRequest | UpdateDynamicBehaviorSetRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_dynamic_behavior_set(
        self,
        dynamic_behavior_set_id: str,
        *,
        name: Union[str, None] | Unset = ...,
        tags: Union[Union[Mapping[str, Union[str, None]], UpdateDynamicBehaviorSetRequestTagsType0], None]
        | Unset = ...,
        applied_to_services: Union[List[str], None] | Unset = ...,
        is_active: Union[bool, None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_dynamic_behavior_set(
        self,
        dynamic_behavior_set_id: str,
        *,
        body: UpdateDynamicBehaviorSetRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Update a dynamic behavior set

        Changes the name, tags, services or active flag of a dynamic behavior set; fields left out
        keep their value. Its triggers and actions change only through a new version
        (`create-dynamic-behavior-set-version`). Requires
        `DynamicBehaviorInstruction:UpdateDynamicBehaviorInstruction` on the set. Limited to 500
        calls a minute. Returns no body.

        ``POST /dynamic_behavior_set/{dynamic_behavior_set_id}/``.

        Args:
            dynamic_behavior_set_id (str): ID of the set to change.

        Body: ``body=UpdateDynamicBehaviorSetRequest(...)``, or its fields as keyword arguments:
            name (None | str | Unset): New name of the set.
            tags (None | Unset | UpdateDynamicBehaviorSetRequestTagsType0): New tags; keys and values hold
                letters, digits, underscores and spaces only.
            applied_to_services (list[str] | None | Unset): New list of IDs of the services the set applies
                to.
            is_active (bool | None | Unset): Turn the set on (true) or off (false).

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

        from . import update_dynamic_behavior_set as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "dynamic_behavior_set_id": dynamic_behavior_set_id,
            },
            body,
            fields,
            model="UpdateDynamicBehaviorSetRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class DynamicBehaviorSetResourceWithRawResponse(RawResource):
        """``client.with_raw_response.dynamic_behavior_set``: the same methods, returning a RawResponse."""

        @overload
        def create_dynamic_behavior_set(
            self,
            *,
            body: CreateDynamicBehaviorSetRequest | CreateDynamicBehaviorSetRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateDynamicBehaviorSetResponse]: ...

        @overload
        def create_dynamic_behavior_set(
            self,
            *,
            name: str,
            tags: Union[Mapping[str, Union[str, None]], CreateDynamicBehaviorSetRequestTags] = ...,
            applied_to_services: List[str],
            initial_version: Union[
                CreateDynamicBehaviorSetRequestInitialVersionParam, CreateDynamicBehaviorSetRequestInitialVersion
            ],
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateDynamicBehaviorSetResponse]: ...

        def create_dynamic_behavior_set(
            self,
            *,
            body: CreateDynamicBehaviorSetRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateDynamicBehaviorSetResponse]: ...

        @overload
        def create_dynamic_behavior_set_version(
            self,
            dynamic_behavior_set_id: str,
            *,
            body: CreateDynamicBehaviorSetVersionRequest | CreateDynamicBehaviorSetVersionRequestParam,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateDynamicBehaviorSetVersionResponse]: ...

        @overload
        def create_dynamic_behavior_set_version(
            self,
            dynamic_behavior_set_id: str,
            *,
            conversation_triggers: List[str],
            actions: Sequence[
                Union[
                    Union[InjectInstructionActionInputParam, InjectInstructionActionInput],
                    Union[
                        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesActionParam,
                        CreateDynamicBehaviorSetVersionRequestChangeToolCandidatesAction,
                    ],
                ]
            ],
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateDynamicBehaviorSetVersionResponse]: ...

        def create_dynamic_behavior_set_version(
            self,
            dynamic_behavior_set_id: str,
            *,
            body: CreateDynamicBehaviorSetVersionRequest | Mapping[str, Any] | Unset = UNSET,
            version: int | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateDynamicBehaviorSetVersionResponse]: ...

        def delete_dynamic_behavior_instruction(
            self,
            dynamic_behavior_set_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def get_dynamic_behavior_invocations(
            self,
            dynamic_behavior_set_id: str,
            *,
            limit: int | Unset = 30,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetDynamicBehaviorInvocationsResponse, DynamicBehaviorInvocation]]: ...

        def get_dynamic_behavior_set_versions(
            self,
            dynamic_behavior_set_id: str,
            *,
            version: str | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetDynamicBehaviorSetVersionsResponse, DynamicBehaviorSetVersion]]: ...

        def get_dynamic_behavior_sets(
            self,
            *,
            id: list[str] | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            is_active: bool | Unset = UNSET,
            applied_to_service: list[str] | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetDynamicBehaviorSetsResponse, DynamicBehaviorSetInstance]]: ...

        def search_dynamic_behavior_sets(
            self,
            *,
            query: str,
            is_active: bool | Unset = UNSET,
            applied_to_service: list[str] | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SearchDynamicBehaviorSetsResponse]: ...

        @overload
        def update_dynamic_behavior_set(
            self,
            dynamic_behavior_set_id: str,
            *,
            body: UpdateDynamicBehaviorSetRequest | UpdateDynamicBehaviorSetRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_dynamic_behavior_set(
            self,
            dynamic_behavior_set_id: str,
            *,
            name: Union[str, None] | Unset = ...,
            tags: Union[Union[Mapping[str, Union[str, None]], UpdateDynamicBehaviorSetRequestTagsType0], None]
            | Unset = ...,
            applied_to_services: Union[List[str], None] | Unset = ...,
            is_active: Union[bool, None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_dynamic_behavior_set(
            self,
            dynamic_behavior_set_id: str,
            *,
            body: UpdateDynamicBehaviorSetRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...


else:

    class DynamicBehaviorSetResourceWithRawResponse(RawResource, DynamicBehaviorSetResource):
        """``client.with_raw_response.dynamic_behavior_set``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
