"""``client.admin``: the 3 operations tagged admin.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.admin.<operation>`` is that operation's generated module
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
    from ...models.column import Column
    from ...models.get_models_response import GetModelsResponse
    from ...models.model import Model
    from ...models.submit_sql_query_request import SubmitSqlQueryRequest, SubmitSqlQueryRequestParam
    from ...models.submit_sql_query_response import SubmitSqlQueryResponse

__all__ = ["INDEX", "OPERATIONS", "AdminResource", "AdminResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "get_models",
    "get_prompt_logs",
    "submit_sql_query",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("get_models", "GET", "/admin/get_models/", "List available LLMs"),
    ("get_prompt_logs", "GET", "/admin/get_prompt_logs/", "Download prompt logs"),
    ("submit_sql_query", "POST", "/admin/sql_query", "Run a read-only SQL query"),
)


class AdminResource(Resource):
    """The operations tagged admin: ``client.admin.<operation>(...)``.

    Methods: ``get_models``, ``get_prompt_logs``, ``submit_sql_query``.
    """

    __slots__ = ()

    def get_models(
        self,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetModelsResponse:
        """List available LLMs

        Returns the language models the platform currently offers, each with a schema of
        the parameters it accepts. Requires `Admin:GetModels`. Limited to 20 calls a minute.

        ``GET /admin/get_models/``.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetModelsResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_models as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_prompt_logs(
        self,
        *,
        prompt_log_prefix: str,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BinaryResponse:
        """Download prompt logs

        Streams a zip archive of the rendered prompts whose log key starts with
        `prompt_log_prefix`, covering the last 30 days; the prefix may match at most 1000 logs.
        Each log gives up to two files: `{log_key}-system` (the system prompt) and
        `{log_key}-history` (the history prompts, separated by `---` lines).

        Permissions are checked per log: a log the caller may not read, or one that fails to
        render, is replaced by a `{log_key}-error` file explaining why. If the whole export breaks
        off, the stream just ends and the bytes received are not a valid zip file, so check the
        archive before using it. Limited to 20 calls a minute.

        ``GET /admin/get_prompt_logs/``.

        Args:
            prompt_log_prefix (str): Start of the log keys to export.

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

        from . import get_prompt_logs as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "prompt_log_prefix": prompt_log_prefix,
            },
            binary=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def submit_sql_query(
        self,
        *,
        body: SubmitSqlQueryRequest | SubmitSqlQueryRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SubmitSqlQueryResponse: ...

    @overload
    def submit_sql_query(
        self,
        *,
        sql_query: str,
        async_query: bool,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SubmitSqlQueryResponse: ...

    def submit_sql_query(
        self,
        *,
        body: SubmitSqlQueryRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> SubmitSqlQueryResponse:
        """Run a read-only SQL query

        Runs one read-only SQL query over the organization's data in Amigo's databases and returns
        the rows with their column names and types. Results are capped at 1000 rows (`truncated`
        says when rows were cut) and a query may run for at most 30 seconds. Only callers with
        more privileges than `DefaultAdministratorRole` may use it. Limited to 6 calls a minute.

        ``POST /admin/sql_query``.

        Body: ``body=SubmitSqlQueryRequest(...)``, or its fields as keyword arguments:
            sql_query (str): The SQL text to run.
            async_query (bool): Must be false; the result comes back in this response (at most 1000 rows, at
                most 30 seconds of run time).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SubmitSqlQueryResponse

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            APIStatusError: 408.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import submit_sql_query as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="SubmitSqlQueryRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class AdminResourceWithRawResponse(RawResource):
        """``client.with_raw_response.admin``: the same methods, returning a RawResponse."""

        def get_models(
            self,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetModelsResponse]: ...

        def get_prompt_logs(
            self,
            *,
            prompt_log_prefix: str,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[BinaryResponse]: ...

        @overload
        def submit_sql_query(
            self,
            *,
            body: SubmitSqlQueryRequest | SubmitSqlQueryRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SubmitSqlQueryResponse]: ...

        @overload
        def submit_sql_query(
            self,
            *,
            sql_query: str,
            async_query: bool,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SubmitSqlQueryResponse]: ...

        def submit_sql_query(
            self,
            *,
            body: SubmitSqlQueryRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[SubmitSqlQueryResponse]: ...


else:

    class AdminResourceWithRawResponse(RawResource, AdminResource):
        """``client.with_raw_response.admin``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
