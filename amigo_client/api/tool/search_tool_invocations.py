from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.search_tool_invocations_invocation_source_type_item import SearchToolInvocationsInvocationSourceTypeItem
from ...models.search_tool_invocations_query_against_item import SearchToolInvocationsQueryAgainstItem
from ...models.search_tool_invocations_response import SearchToolInvocationsResponse
from ...types import Unset


def _get_kwargs(
    *,
    query: str,
    query_against: list[SearchToolInvocationsQueryAgainstItem],
    tool_id: list[str] | Unset = UNSET,
    invocation_source_type: list[SearchToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
    succeeded: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    json_query_against = []
    for query_against_item_data in query_against:
        query_against_item: str = query_against_item_data
        json_query_against.append(query_against_item)

    params["query_against"] = json_query_against

    json_tool_id: list[str] | Unset = UNSET
    if not isinstance(tool_id, Unset):
        json_tool_id = tool_id

    params["tool_id"] = json_tool_id

    json_invocation_source_type: list[str] | Unset = UNSET
    if not isinstance(invocation_source_type, Unset):
        json_invocation_source_type = []
        for invocation_source_type_item_data in invocation_source_type:
            invocation_source_type_item: str = invocation_source_type_item_data
            json_invocation_source_type.append(invocation_source_type_item)

    params["invocation_source_type"] = json_invocation_source_type

    json_conversation_id: list[str] | Unset = UNSET
    if not isinstance(conversation_id, Unset):
        json_conversation_id = conversation_id

    params["conversation_id"] = json_conversation_id

    json_simulation_unit_test_set_run_id: list[str] | Unset = UNSET
    if not isinstance(simulation_unit_test_set_run_id, Unset):
        json_simulation_unit_test_set_run_id = simulation_unit_test_set_run_id

    params["simulation_unit_test_set_run_id"] = json_simulation_unit_test_set_run_id

    params["succeeded"] = succeeded

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/invocation/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | SearchToolInvocationsResponse | None:
    if response.status_code == 200:
        response_200 = SearchToolInvocationsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

    if response.status_code == 403:
        response_403 = cast("Any", None)
        return response_403

    if response.status_code == 404:
        response_404 = cast("Any", None)
        return response_404

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
) -> Response[Any | SearchToolInvocationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    query: str,
    query_against: list[SearchToolInvocationsQueryAgainstItem],
    tool_id: list[str] | Unset = UNSET,
    invocation_source_type: list[SearchToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
    succeeded: bool | Unset = UNSET,
) -> Response[Any | SearchToolInvocationsResponse]:
    """Search tool invocations

     Full-text search over recorded tool calls: the words in `query` are looked for in the
    fields named by `query_against` (the output, or the exception message, type or stack trace),
    with the same source and outcome filters as `get-tool-invocations`. All hits come back in
    one response, without paging. Limited to 50 calls a minute.

    Args:
        query (str): Words to look for.
        query_against (list[SearchToolInvocationsQueryAgainstItem]): The fields to search in; at
            least one.
        tool_id (list[str] | Unset): Only return calls of these tools.
        invocation_source_type (list[SearchToolInvocationsInvocationSourceTypeItem] | Unset): Only
            return calls made from these kinds of source.
        conversation_id (list[str] | Unset): Only return calls made in these conversations (real
            conversations only).
        simulation_unit_test_set_run_id (list[str] | Unset): Only return calls made during these
            unit test set runs (simulations only).
        succeeded (bool | Unset): Filter on whether the call succeeded.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | SearchToolInvocationsResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        query_against=query_against,
        tool_id=tool_id,
        invocation_source_type=invocation_source_type,
        conversation_id=conversation_id,
        simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
        succeeded=succeeded,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    query: str,
    query_against: list[SearchToolInvocationsQueryAgainstItem],
    tool_id: list[str] | Unset = UNSET,
    invocation_source_type: list[SearchToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
    succeeded: bool | Unset = UNSET,
) -> Any | SearchToolInvocationsResponse | None:
    """Search tool invocations

     Full-text search over recorded tool calls: the words in `query` are looked for in the
    fields named by `query_against` (the output, or the exception message, type or stack trace),
    with the same source and outcome filters as `get-tool-invocations`. All hits come back in
    one response, without paging. Limited to 50 calls a minute.

    Args:
        query (str): Words to look for.
        query_against (list[SearchToolInvocationsQueryAgainstItem]): The fields to search in; at
            least one.
        tool_id (list[str] | Unset): Only return calls of these tools.
        invocation_source_type (list[SearchToolInvocationsInvocationSourceTypeItem] | Unset): Only
            return calls made from these kinds of source.
        conversation_id (list[str] | Unset): Only return calls made in these conversations (real
            conversations only).
        simulation_unit_test_set_run_id (list[str] | Unset): Only return calls made during these
            unit test set runs (simulations only).
        succeeded (bool | Unset): Filter on whether the call succeeded.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | SearchToolInvocationsResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        query_against=query_against,
        tool_id=tool_id,
        invocation_source_type=invocation_source_type,
        conversation_id=conversation_id,
        simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
        succeeded=succeeded,
    ).parsed
