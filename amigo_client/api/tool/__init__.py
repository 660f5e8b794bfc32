"""``client.tool``: the 15 operations tagged tool.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.tool.<operation>`` is that operation's generated module
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
    from ...models.create_tool_request import CreateToolRequest, CreateToolRequestParam
    from ...models.create_tool_request_tags import CreateToolRequestTags, CreateToolRequestTagsParam
    from ...models.create_tool_response import CreateToolResponse
    from ...models.failed_invocation_result import FailedInvocationResult
    from ...models.get_tool_invocations_invocation_source_type_item import (
        GetToolInvocationsInvocationSourceTypeItem,
        check_get_tool_invocations_invocation_source_type_item,
    )
    from ...models.get_tool_invocations_response import GetToolInvocationsResponse
    from ...models.get_tool_versions_response import GetToolVersionsResponse
    from ...models.get_tools_response import GetToolsResponse
    from ...models.http_validation_error import HTTPValidationError
    from ...models.input_ import Input, InputParam
    from ...models.insert_request import InsertRequest, InsertRequestParam
    from ...models.invoke_tool_version_request import InvokeToolVersionRequest, InvokeToolVersionRequestParam
    from ...models.invoke_tool_version_response import InvokeToolVersionResponse
    from ...models.modify_tool_envvars_request import ModifyToolEnvvarsRequest, ModifyToolEnvvarsRequestParam
    from ...models.modify_tool_envvars_request_delete_request import (
        ModifyToolEnvvarsRequestDeleteRequest,
        ModifyToolEnvvarsRequestDeleteRequestParam,
    )
    from ...models.modify_tool_request import ModifyToolRequest, ModifyToolRequestParam
    from ...models.modify_tool_request_tags_type_0 import ModifyToolRequestTagsType0, ModifyToolRequestTagsType0Param
    from ...models.publish_tool_version_request import PublishToolVersionRequest, PublishToolVersionRequestParam
    from ...models.publish_tool_version_request_bump_type import (
        PublishToolVersionRequestBumpType,
        check_publish_tool_version_request_bump_type,
    )
    from ...models.publish_tool_version_response import PublishToolVersionResponse
    from ...models.search_tool_invocations_invocation_source_type_item import (
        SearchToolInvocationsInvocationSourceTypeItem,
        check_search_tool_invocations_invocation_source_type_item,
    )
    from ...models.search_tool_invocations_query_against_item import (
        SearchToolInvocationsQueryAgainstItem,
        check_search_tool_invocations_query_against_item,
    )
    from ...models.search_tool_invocations_response import SearchToolInvocationsResponse
    from ...models.succeeded_invocation_result import SucceededInvocationResult
    from ...models.test_tool_request import TestToolRequest, TestToolRequestParam
    from ...models.test_tool_request_required_envvars import (
        TestToolRequestRequiredEnvvars,
        TestToolRequestRequiredEnvvarsParam,
    )
    from ...models.test_tool_request_required_secret_envvars import (
        TestToolRequestRequiredSecretEnvvars,
        TestToolRequestRequiredSecretEnvvarsParam,
    )
    from ...models.test_tool_response import TestToolResponse
    from ...models.tool_instance import ToolInstance
    from ...models.tool_invocation_instance import ToolInvocationInstance
    from ...models.tool_version_instance import ToolVersionInstance
    from ...models.update_request import UpdateRequest, UpdateRequestParam
    from ...models.validation_error import ValidationError

__all__ = ["INDEX", "OPERATIONS", "ToolResource", "ToolResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "access_git_interface_get",
    "access_git_interface_post",
    "create_tool",
    "deprecate_tool",
    "deprecate_tool_version",
    "get_tool_invocations",
    "get_tool_scaffold_release",
    "get_tool_versions",
    "get_tools",
    "invoke_tool_version",
    "modify_tool",
    "modify_tool_envvars",
    "publish_tool_version",
    "search_tool_invocations",
    "test_tool",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("access_git_interface_get", "GET", "/tool/git/{git_path}", "Git endpoint of the tool repository (GET)"),
    ("access_git_interface_post", "POST", "/tool/git/{git_path}", "Git endpoint of the tool repository (POST)"),
    ("create_tool", "POST", "/tool/", "Create a tool"),
    ("deprecate_tool", "DELETE", "/tool/{tool_id}", "Deprecate a tool"),
    ("deprecate_tool_version", "DELETE", "/tool/{tool_id}/version/{versions}", "Deprecate versions of a tool"),
    ("get_tool_invocations", "GET", "/tool/invocation", "List tool invocations"),
    ("get_tool_scaffold_release", "GET", "/tool/amigo_tool_scaffold.tar.gz", "Download the tool scaffold"),
    ("get_tool_versions", "GET", "/tool/{tool_id}/version", "List versions of a tool"),
    ("get_tools", "GET", "/tool/", "List tools"),
    ("invoke_tool_version", "POST", "/tool/{tool_id}/version/{version}/invoke", "Run a tool version"),
    ("modify_tool", "POST", "/tool/{tool_id}", "Change a tool's description or tags"),
    ("modify_tool_envvars", "POST", "/tool/{tool_id}/envvar", "Edit a tool's environment variables"),
    ("publish_tool_version", "POST", "/tool/{tool_id}/version", "Build and publish a tool version"),
    ("search_tool_invocations", "GET", "/tool/invocation/search", "Search tool invocations"),
    ("test_tool", "POST", "/tool/test", "Try out tool code from a branch"),
)


class ToolResource(Resource):
    """The operations tagged tool: ``client.tool.<operation>(...)``.

    Methods: ``access_git_interface_get``, ``access_git_interface_post``, ``create_tool``, ``deprecate_tool``, ``deprecate_tool_version``, ``get_tool_invocations``, ``get_tool_scaffold_release``, ``get_tool_versions``, ``get_tools``, ``invoke_tool_version``, ``modify_tool``, ``modify_tool_envvars``, ``publish_tool_version``, ``search_tool_invocations``, ``test_tool``.
    """

    __slots__ = ()

    def access_git_interface_get(
        self,
        git_path: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Git endpoint of the tool repository (GET)

        One half of the Git smart-HTTP interface to the organization's tool repository; the other
        half is `access-git-interface-post`. These are not meant to be called by hand: give Git the
        base URL followed by `/tool/git` as a remote, send the bearer token with it (for example
        through Git's `http.extraHeader` setting), and Git issues the GET and POST requests it
        needs for cloning, fetching and pushing, using protocol version 2. Needs `Tool:AccessRepo`.

        ``GET /tool/git/{git_path}``.

        Args:
            git_path (str): The repository path Git asks for, such as `info/refs`.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            UnprocessableEntityError: 422.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import access_git_interface_get as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "git_path": git_path,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def access_git_interface_post(
        self,
        git_path: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Git endpoint of the tool repository (POST)

        The POST half of the Git smart-HTTP interface to the organization's tool repository (see
        `access-git-interface-get`); Git sends its upload-pack and receive-pack requests here when
        fetching and pushing. Point Git at the base URL followed by `/tool/git` rather than
        calling this directly. Needs `Tool:AccessRepo`.

        ``POST /tool/git/{git_path}``.

        Args:
            git_path (str): The repository path Git posts to, such as `git-upload-pack`.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            UnprocessableEntityError: 422.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import access_git_interface_post as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "git_path": git_path,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_tool(
        self,
        *,
        body: CreateToolRequest | CreateToolRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateToolResponse: ...

    @overload
    def create_tool(
        self,
        *,
        name: str,
        description: str,
        tags: Union[Mapping[str, Union[str, None]], CreateToolRequestTags] = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateToolResponse: ...

    def create_tool(
        self,
        *,
        body: CreateToolRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateToolResponse:
        """Create a tool

        Registers a tool: a named piece of code from the organization's tool repository that agents
        can call. The new tool has no versions, so nothing can use it until a first version is
        published with `publish-tool-version`. The name must be unique among the tools that are not
        deprecated, so repeating a successful call gives 409 instead of a second tool. Returns the
        ID of the tool. Needs `Tool:CreateTool`; limited to 20 calls a minute.

        ``POST /tool/``.

        Body: ``body=CreateToolRequest(...)``, or its fields as keyword arguments:
            name (str): Identifier-like name of the tool (lower-case letters, digits, underscores); unique
                among tools that are not deprecated.
            description (str): What the tool does; this text is what the model is told about the tool.
            tags (CreateToolRequestTags): Labels for the tool; keys and values use letters, digits,
                underscores and spaces.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateToolResponse

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

        from . import create_tool as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateToolRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def deprecate_tool(
        self,
        tool_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Deprecate a tool

        Retires a tool together with all of its versions, so that it is no longer used. The call
        returns before the change has reached every part of the system; allow about a minute for
        that. A 409 means another operation on the tool is still running. Needs `Tool:DeleteTool`
        on the tool; limited to 20 calls a minute.

        ``DELETE /tool/{tool_id}``.

        Args:
            tool_id (str): The tool to retire.

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

        from . import deprecate_tool as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "tool_id": tool_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def deprecate_tool_version(
        self,
        tool_id: str,
        versions: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Deprecate versions of a tool

        Retires every version of a tool that satisfies a version specifier written the way Python
        packaging writes them (for example `==1.4.2` or `<2`). Retired versions cannot be invoked
        and are skipped when a version constraint is resolved. Needs `Tool:ModifyTool` on the tool; limited
        to 20
        calls a minute.

        ``DELETE /tool/{tool_id}/version/{versions}``.

        Args:
            tool_id (str): The tool whose versions are retired.
            versions (str): Python-packaging version specifier; every version it matches is deprecated.

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

        from . import deprecate_tool_version as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "tool_id": tool_id,
                "versions": versions,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_tool_invocations(
        self,
        *,
        tool_id: list[str] | Unset = UNSET,
        version: list[str] | Unset = UNSET,
        invocation_source_type: list[GetToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
        conversation_id: list[str] | Unset = UNSET,
        simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
        succeeded: bool | Unset = UNSET,
        limit: int | Unset = 100,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetToolInvocationsResponse, ToolInvocationInstance]:
        """List tool invocations

        Returns one page of recorded tool calls, from real conversations and from simulations, with
        their inputs, source, outcome and duration. `tool_id` and `version` are paired by position:
        give both lists with the same length, one version specifier per tool (400 otherwise). Which
        calls the caller sees depends on `Conversation:GetInteractionInsights` (calls from real
        conversations) and `Simulation:GetSimulationUnitTestSetRun` (calls from simulations).
        Limited to 50 calls a minute.

        ``GET /tool/invocation``.

        Args:
            tool_id (list[str] | Unset): Only return calls of these tools.
            version (list[str] | Unset): One version specifier for each entry of `tool_id`, at the same
                position.
            invocation_source_type (list[GetToolInvocationsInvocationSourceTypeItem] | Unset): Only return
                calls made from these kinds of source.
            conversation_id (list[str] | Unset): Only return calls made in these conversations (real
                conversations only).
            simulation_unit_test_set_run_id (list[str] | Unset): Only return calls made during these unit
                test set runs (simulations only).
            succeeded (bool | Unset): Filter on whether the call succeeded.
            limit (int | Unset): Largest number of calls in the page. Default: 100.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.
            sort_by (list[str] | Unset): Sort keys (`tool_id`, `created_at`, `invocation_source.type`,
                `invocation_status.succeeded`, `version.major`, `version.minor`, `version.patch`), prefixed with
                `+` for ascending or `-` for descending.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetToolInvocationsResponse, ToolInvocationInstance]: iterate it for every item of every page; .data is the GetToolInvocationsResponse.

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

        from . import get_tool_invocations as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "tool_id": tool_id,
                "version": version,
                "invocation_source_type": invocation_source_type,
                "conversation_id": conversation_id,
                "simulation_unit_test_set_run_id": simulation_unit_test_set_run_id,
                "succeeded": succeeded,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="tool_invocations",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_tool_scaffold_release(
        self,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BinaryResponse:
        """Download the tool scaffold

        Downloads the newest release of the Amigo tool scaffold as a gzip-compressed tar archive
        (`amigo_tool_scaffold.tar.gz`): the project skeleton that tools are built on. Each tool
        version records which scaffold commit it was built with. Limited to 50 calls a minute.

        ``GET /tool/amigo_tool_scaffold.tar.gz``.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            BinaryResponse: the file (``write_to(path)``, ``iter_bytes()``, ``read()``, ``filename``); use it in a ``with`` block.

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

        from . import get_tool_scaffold_release as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            binary=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_tool_versions(
        self,
        tool_id: str,
        *,
        deprecated: bool | Unset = UNSET,
        versions: str | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        creator: list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetToolVersionsResponse, ToolVersionInstance]:
        """List versions of a tool

        Returns one page of a tool's versions with their build details, input schema and the
        environment variables each one needs. The first page also lists the users who created
        versions, for building filters. Limited to 50 calls a minute.

        ``GET /tool/{tool_id}/version``.

        Args:
            tool_id (str): The tool whose versions are wanted.
            deprecated (bool | Unset): Filter on whether the version has been deprecated.
            versions (str | Unset): Only return versions that satisfy this version specifier.
            sort_by (list[str] | Unset): Sort keys (`created_at`, `version.major`, `version.minor`,
                `version.patch`, `deprecated`), prefixed with `+` for ascending or `-` for descending.
            creator (list[str] | Unset): Only return versions made by these users, each given as
                `org_id,user_id`.
            limit (int | Unset): Largest number of versions in the page. Default: 50.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetToolVersionsResponse, ToolVersionInstance]: iterate it for every item of every page; .data is the GetToolVersionsResponse.

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

        from . import get_tool_versions as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "tool_id": tool_id,
                "deprecated": deprecated,
                "versions": versions,
                "sort_by": sort_by,
                "creator": creator,
                "limit": limit,
                "continuation_token": continuation_token,
            },
            items="tool_versions",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_tools(
        self,
        *,
        id: list[str] | Unset = UNSET,
        deprecated: bool | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetToolsResponse, ToolInstance]:
        """List tools

        Returns one page of the organization's tools, each with the environment variables its
        versions use. The first page also reports which tags occur, for building filters.
        Limited to 50 calls a minute.

        ``GET /tool/``.

        Args:
            id (list[str] | Unset): Only return the tools with these IDs.
            deprecated (bool | Unset): Filter on whether the tool has been deprecated.
            sort_by (list[str] | Unset): Sort keys (`name`, `deprecated`), prefixed with `+` for ascending
                or `-` for descending; later keys break ties.
            tag (list[str] | Unset): Tag filters written `key:value`; `*` as value matches any value, an
                empty value matches a null one.
            limit (int | Unset): Largest number of tools in the page. Default: 10.
            continuation_token (int | Unset): Token from the previous page, to fetch the next one. Default:
                0.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetToolsResponse, ToolInstance]: iterate it for every item of every page; .data is the GetToolsResponse.

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

        from . import get_tools as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "deprecated": deprecated,
                "sort_by": sort_by,
                "tag": tag,
                "limit": limit,
                "continuation_token": continuation_token,
            },
            items="tools",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def invoke_tool_version(
        self,
        tool_id: str,
        version: str,
        *,
        body: InvokeToolVersionRequest | InvokeToolVersionRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InvokeToolVersionResponse: ...

    @overload
    def invoke_tool_version(
        self,
        tool_id: str,
        version: str,
        *,
        inputs: Sequence[Union[InputParam, Input]],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> InvokeToolVersionResponse: ...

    def invoke_tool_version(
        self,
        tool_id: str,
        version: str,
        *,
        body: InvokeToolVersionRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> InvokeToolVersionResponse:
        """Run a tool version

        Calls one published version of a tool directly, with between one and ten sets of input
        parameters, and returns a result for each: the output and duration, or the exception the
        tool raised. Useful for checking a version outside a conversation. The tool's code runs
        for every call, so any side effects it has happen again on a repeat. Needs `Tool:InvokeTool`
        on the tool; limited to 10 calls a minute.

        ``POST /tool/{tool_id}/version/{version}/invoke``.

        Args:
            tool_id (str): The tool to run.
            version (str): Which published version runs.

        Body: ``body=InvokeToolVersionRequest(...)``, or its fields as keyword arguments:
            inputs (list[Input]): One to ten input sets; the tool runs once for each.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            InvokeToolVersionResponse

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

        from . import invoke_tool_version as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "tool_id": tool_id,
                "version": version,
            },
            body,
            fields,
            model="InvokeToolVersionRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def modify_tool(
        self,
        tool_id: str,
        *,
        body: ModifyToolRequest | ModifyToolRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def modify_tool(
        self,
        tool_id: str,
        *,
        description: Union[str, None] | Unset = ...,
        tags: Union[Union[Mapping[str, Union[str, None]], ModifyToolRequestTagsType0], None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def modify_tool(
        self,
        tool_id: str,
        *,
        body: ModifyToolRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Change a tool's description or tags

        Updates the description and/or tags of a tool; a field sent as null keeps its current
        value. The description matters beyond display: it is what the model is told about the tool.
        Code and environment variables are changed elsewhere (`publish-tool-version`,
        `modify-tool-envvars`). Answers 204 with no body. Needs `Tool:ModifyTool` on the tool;
        limited to 20 calls a minute.

        ``POST /tool/{tool_id}``.

        Args:
            tool_id (str): The tool to change.

        Body: ``body=ModifyToolRequest(...)``, or its fields as keyword arguments:
            description (None | str | Unset): New description of the tool, as the model will see it.
            tags (ModifyToolRequestTagsType0 | None | Unset): Replacement labels; keys and values use
                letters, digits, underscores and spaces.

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

        from . import modify_tool as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "tool_id": tool_id,
            },
            body,
            fields,
            model="ModifyToolRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def modify_tool_envvars(
        self,
        tool_id: str,
        *,
        body: ModifyToolEnvvarsRequest | ModifyToolEnvvarsRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def modify_tool_envvars(
        self,
        tool_id: str,
        *,
        inserts: Sequence[Union[InsertRequestParam, InsertRequest]] | Unset = ...,
        updates: Sequence[Union[UpdateRequestParam, UpdateRequest]] | Unset = ...,
        deletes: Sequence[Union[ModifyToolEnvvarsRequestDeleteRequestParam, ModifyToolEnvvarsRequestDeleteRequest]]
        | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def modify_tool_envvars(
        self,
        tool_id: str,
        *,
        body: ModifyToolEnvvarsRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Edit a tool's environment variables

        Adds, changes and removes environment variables of a tool in one request. A version that
        needs a variable can only be published once the tool has it, and a variable that a
        non-deprecated version still needs cannot be removed. Each variable is marked secret or not
        when it is added. Answers 204 with no body. Needs `Tool:ModifyTool` on the tool; limited to
        20 calls a minute.

        ``POST /tool/{tool_id}/envvar``.

        Args:
            tool_id (str): The tool whose variables change.

        Body: ``body=ModifyToolEnvvarsRequest(...)``, or its fields as keyword arguments:
            inserts (list[InsertRequest] | Unset): Variables to add; their names must not be in use.
            updates (list[UpdateRequest] | Unset): Existing variables to give new values.
            deletes (list[ModifyToolEnvvarsRequestDeleteRequest] | Unset): Existing variables to remove.

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

        from . import modify_tool_envvars as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "tool_id": tool_id,
            },
            body,
            fields,
            model="ModifyToolEnvvarsRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def publish_tool_version(
        self,
        tool_id: str,
        *,
        body: PublishToolVersionRequest | PublishToolVersionRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PublishToolVersionResponse: ...

    @overload
    def publish_tool_version(
        self,
        tool_id: str,
        *,
        project_path: str,
        bump_type: PublishToolVersionRequestBumpType,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> PublishToolVersionResponse: ...

    def publish_tool_version(
        self,
        tool_id: str,
        *,
        body: PublishToolVersionRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> PublishToolVersionResponse:
        """Build and publish a tool version

        Builds the project found in a directory of the tool repository and makes it the tool's next
        version, its number raised by a major, minor or patch step (use `major` for the very first
        version). The version can be used as soon as the call returns. The build takes roughly one
        to five minutes, so give this request a long timeout. Each successful call publishes another
        version, so do not repeat it blindly; a 409 means a related operation is still running. At
        most three versions of a tool can be active at once. Returns the new version number. Needs
        `Tool:ModifyTool` on the tool; limited to 10 calls a minute.

        ``POST /tool/{tool_id}/version``.

        Args:
            tool_id (str): The tool that gets the new version.

        Body: ``body=PublishToolVersionRequest(...)``, or its fields as keyword arguments:
            project_path (str): Directory of the tool repository that holds the project's `pyproject.toml`.
            bump_type (PublishToolVersionRequestBumpType): Which part of the version number to raise;
                `major` for the first version of a tool.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            PublishToolVersionResponse

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

        from . import publish_tool_version as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "tool_id": tool_id,
            },
            body,
            fields,
            model="PublishToolVersionRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_tool_invocations(
        self,
        *,
        query: str,
        query_against: list[SearchToolInvocationsQueryAgainstItem],
        tool_id: list[str] | Unset = UNSET,
        invocation_source_type: list[SearchToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
        conversation_id: list[str] | Unset = UNSET,
        simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
        succeeded: bool | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchToolInvocationsResponse:
        """Search tool invocations

        Full-text search over recorded tool calls: the words in `query` are looked for in the
        fields named by `query_against` (the output, or the exception message, type or stack trace),
        with the same source and outcome filters as `get-tool-invocations`. All hits come back in
        one response, without paging. Limited to 50 calls a minute.

        ``GET /tool/invocation/search``.

        Args:
            query (str): Words to look for.
            query_against (list[SearchToolInvocationsQueryAgainstItem]): The fields to search in; at least
                one.
            tool_id (list[str] | Unset): Only return calls of these tools.
            invocation_source_type (list[SearchToolInvocationsInvocationSourceTypeItem] | Unset): Only
                return calls made from these kinds of source.
            conversation_id (list[str] | Unset): Only return calls made in these conversations (real
                conversations only).
            simulation_unit_test_set_run_id (list[str] | Unset): Only return calls made during these unit
                test set runs (simulations only).
            succeeded (bool | Unset): Filter on whether the call succeeded.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SearchToolInvocationsResponse

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

        from . import search_tool_invocations as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "query": query,
                "query_against": query_against,
                "tool_id": tool_id,
                "invocation_source_type": invocation_source_type,
                "conversation_id": conversation_id,
                "simulation_unit_test_set_run_id": simulation_unit_test_set_run_id,
                "succeeded": succeeded,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def test_tool(
        self,
        *,
        body: TestToolRequest | TestToolRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TestToolResponse: ...

    @overload
    def test_tool(
        self,
        *,
        inputs: Sequence[Union[InputParam, Input]],
        commit_branch: str,
        project_path: str,
        required_envvars: Union[Mapping[str, str], TestToolRequestRequiredEnvvars] = ...,
        required_secret_envvars: Union[Mapping[str, str], TestToolRequestRequiredSecretEnvvars] = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> TestToolResponse: ...

    def test_tool(
        self,
        *,
        body: TestToolRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> TestToolResponse:
        """Try out tool code from a branch

        Builds the tool project at the head of a branch of the tool repository and runs it with the
        given inputs, without publishing anything. Use it to try code before `publish-tool-version`.
        Environment variables are passed in the request instead of being read from a tool. Returns
        a result for each input. Strictly limited: one call a minute.

        ``POST /tool/test``.

        Body: ``body=TestToolRequest(...)``, or its fields as keyword arguments:
            inputs (list[Input]): One to ten input sets; the code runs once for each.
            commit_branch (str): Branch of the tool repository whose latest commit is built.
            project_path (str): Directory of the tool repository that holds the project's `pyproject.toml`.
            required_envvars (TestToolRequestRequiredEnvvars): Plain environment variables (name to value)
                to run the code with.
            required_secret_envvars (TestToolRequestRequiredSecretEnvvars): Secret environment variables
                (name to value) to run the code with.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            TestToolResponse

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

        from . import test_tool as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="TestToolRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class ToolResourceWithRawResponse(RawResource):
        """``client.with_raw_response.tool``: the same methods, returning a RawResponse."""

        def access_git_interface_get(
            self,
            git_path: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def access_git_interface_post(
            self,
            git_path: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def create_tool(
            self,
            *,
            body: CreateToolRequest | CreateToolRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateToolResponse]: ...

        @overload
        def create_tool(
            self,
            *,
            name: str,
            description: str,
            tags: Union[Mapping[str, Union[str, None]], CreateToolRequestTags] = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateToolResponse]: ...

        def create_tool(
            self,
            *,
            body: CreateToolRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateToolResponse]: ...

        def deprecate_tool(
            self,
            tool_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def deprecate_tool_version(
            self,
            tool_id: str,
            versions: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def get_tool_invocations(
            self,
            *,
            tool_id: list[str] | Unset = UNSET,
            version: list[str] | Unset = UNSET,
            invocation_source_type: list[GetToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
            conversation_id: list[str] | Unset = UNSET,
            simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
            succeeded: bool | Unset = UNSET,
            limit: int | Unset = 100,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetToolInvocationsResponse, ToolInvocationInstance]]: ...

        def get_tool_scaffold_release(
            self,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[BinaryResponse]: ...

        def get_tool_versions(
            self,
            tool_id: str,
            *,
            deprecated: bool | Unset = UNSET,
            versions: str | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            creator: list[str] | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetToolVersionsResponse, ToolVersionInstance]]: ...

        def get_tools(
            self,
            *,
            id: list[str] | Unset = UNSET,
            deprecated: bool | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetToolsResponse, ToolInstance]]: ...

        @overload
        def invoke_tool_version(
            self,
            tool_id: str,
            version: str,
            *,
            body: InvokeToolVersionRequest | InvokeToolVersionRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[InvokeToolVersionResponse]: ...

        @overload
        def invoke_tool_version(
            self,
            tool_id: str,
            version: str,
            *,
            inputs: Sequence[Union[InputParam, Input]],
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[InvokeToolVersionResponse]: ...

        def invoke_tool_version(
            self,
            tool_id: str,
            version: str,
            *,
            body: InvokeToolVersionRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[InvokeToolVersionResponse]: ...

        @overload
        def modify_tool(
            self,
            tool_id: str,
            *,
            body: ModifyToolRequest | ModifyToolRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def modify_tool(
            self,
            tool_id: str,
            *,
            description: Union[str, None] | Unset = ...,
            tags: Union[Union[Mapping[str, Union[str, None]], ModifyToolRequestTagsType0], None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def modify_tool(
            self,
            tool_id: str,
            *,
            body: ModifyToolRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        @overload
        def modify_tool_envvars(
            self,
            tool_id: str,
            *,
            body: ModifyToolEnvvarsRequest | ModifyToolEnvvarsRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def modify_tool_envvars(
            self,
            tool_id: str,
            *,
            inserts: Sequence[Union[InsertRequestParam, InsertRequest]] | Unset = ...,
            updates: Sequence[Union[UpdateRequestParam, UpdateRequest]] | Unset = ...,
            deletes: Sequence[Union[ModifyToolEnvvarsRequestDeleteRequestParam, ModifyToolEnvvarsRequestDeleteRequest]]
            | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def modify_tool_envvars(
            self,
            tool_id: str,
            *,
            body: ModifyToolEnvvarsRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        @overload
        def publish_tool_version(
            self,
            tool_id: str,
            *,
            body: PublishToolVersionRequest | PublishToolVersionRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[PublishToolVersionResponse]: ...

        @overload
        def publish_tool_version(
            self,
            tool_id: str,
            *,
            project_path: str,
            bump_type: PublishToolVersionRequestBumpType,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[PublishToolVersionResponse]: ...

        def publish_tool_version(
            self,
            tool_id: str,
            *,
            body: PublishToolVersionRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[PublishToolVersionResponse]: ...

        def search_tool_invocations(
            self,
            *,
            query: str,
            query_against: list[SearchToolInvocationsQueryAgainstItem],
            tool_id: list[str] | Unset = UNSET,
            invocation_source_type: list[SearchToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
            conversation_id: list[str] | Unset = UNSET,
            simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
            succeeded: bool | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SearchToolInvocationsResponse]: ...

        @overload
        def test_tool(
            self,
            *,
            body: TestToolRequest | TestToolRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[TestToolResponse]: ...

        @overload
        def test_tool(
            self,
            *,
            inputs: Sequence[Union[InputParam, Input]],
            commit_branch: str,
            project_path: str,
            required_envvars: Union[Mapping[str, str], TestToolRequestRequiredEnvvars] = ...,
            required_secret_envvars: Union[Mapping[str, str], TestToolRequestRequiredSecretEnvvars] = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[TestToolResponse]: ...

        def test_tool(
            self,
            *,
            body: TestToolRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[TestToolResponse]: ...


else:

    class ToolResourceWithRawResponse(RawResource, ToolResource):
        """``client.with_raw_response.tool``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
