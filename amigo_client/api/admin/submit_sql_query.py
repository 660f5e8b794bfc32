from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.submit_sql_query_request import SubmitSqlQueryRequest
from ...models.submit_sql_query_response import SubmitSqlQueryResponse


def _get_kwargs(
    *,
    body: SubmitSqlQueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/admin/sql_query",
    }

    body = _model_body(body, SubmitSqlQueryRequest, "submit_sql_query")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | SubmitSqlQueryResponse | None:
    if response.status_code == 200:
        response_200 = SubmitSqlQueryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast("Any", None)
        return response_400

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

    if response.status_code == 403:
        response_403 = cast("Any", None)
        return response_403

    if response.status_code == 404:
        response_404 = cast("Any", None)
        return response_404

    if response.status_code == 408:
        response_408 = cast("Any", None)
        return response_408

    if response.status_code == 422:
        response_422 = cast("Any", None)
        return response_422

    if response.status_code == 429:
        response_429 = cast("Any", None)
        return response_429

    if response.status_code == 503:
        response_503 = cast("Any", None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | SubmitSqlQueryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: SubmitSqlQueryRequest,
) -> Response[Any | SubmitSqlQueryResponse]:
    """Run a read-only SQL query

     Runs one read-only SQL query over the organization's data in Amigo's databases and returns
    the rows with their column names and types. Results are capped at 1000 rows (`truncated`
    says when rows were cut) and a query may run for at most 30 seconds. Only callers with
    more privileges than `DefaultAdministratorRole` may use it. Limited to 6 calls a minute.

    Args:
        body (SubmitSqlQueryRequest): Parameters of `submit-sql-query`.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | SubmitSqlQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: SubmitSqlQueryRequest,
) -> Any | SubmitSqlQueryResponse | None:
    """Run a read-only SQL query

     Runs one read-only SQL query over the organization's data in Amigo's databases and returns
    the rows with their column names and types. Results are capped at 1000 rows (`truncated`
    says when rows were cut) and a query may run for at most 30 seconds. Only callers with
    more privileges than `DefaultAdministratorRole` may use it. Limited to 6 calls a minute.

    Args:
        body (SubmitSqlQueryRequest): Parameters of `submit-sql-query`.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | SubmitSqlQueryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed
