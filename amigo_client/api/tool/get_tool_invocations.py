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

from ...models.get_tool_invocations_invocation_source_type_item import GetToolInvocationsInvocationSourceTypeItem
from ...models.get_tool_invocations_response import GetToolInvocationsResponse
from ...types import Unset


def _get_kwargs(
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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tool_id: list[str] | Unset = UNSET
    if not isinstance(tool_id, Unset):
        json_tool_id = tool_id

    params["tool_id"] = json_tool_id

    json_version: list[str] | Unset = UNSET
    if not isinstance(version, Unset):
        json_version = version

    params["version"] = json_version

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

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/invocation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetToolInvocationsResponse | None:
    if response.status_code == 200:
        response_200 = GetToolInvocationsResponse.from_dict(response.json())

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
) -> Response[Any | GetToolInvocationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    tool_id: list[str] | Unset = UNSET,
    version: list[str] | Unset = UNSET,
    invocation_source_type: list[GetToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
    succeeded: bool | Unset = UNSET,
    limit: int | Unset = 100,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetToolInvocationsResponse]:
    """List tool invocations

     Returns one page of recorded tool calls, from real conversations and from simulations, with
    their inputs, source, outcome and duration. `tool_id` and `version` are paired by position:
    give both lists with the same length, one version specifier per tool (400 otherwise). Which
    calls the caller sees depends on `Conversation:GetInteractionInsights` (calls from real
    conversations) and `Simulation:GetSimulationUnitTestSetRun` (calls from simulations).
    Limited to 50 calls a minute.

    Args:
        tool_id (list[str] | Unset): Only return calls of these tools.
        version (list[str] | Unset): One version specifier for each entry of `tool_id`, at the
            same position.
        invocation_source_type (list[GetToolInvocationsInvocationSourceTypeItem] | Unset): Only
            return calls made from these kinds of source.
        conversation_id (list[str] | Unset): Only return calls made in these conversations (real
            conversations only).
        simulation_unit_test_set_run_id (list[str] | Unset): Only return calls made during these
            unit test set runs (simulations only).
        succeeded (bool | Unset): Filter on whether the call succeeded.
        limit (int | Unset): Largest number of calls in the page. Default: 100.
        continuation_token (int | Unset): Token from the previous page, to fetch the next one.
            Default: 0.
        sort_by (list[str] | Unset): Sort keys (`tool_id`, `created_at`, `invocation_source.type`,
            `invocation_status.succeeded`, `version.major`, `version.minor`, `version.patch`),
            prefixed with `+` for ascending or `-` for descending.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetToolInvocationsResponse]
    """

    kwargs = _get_kwargs(
        tool_id=tool_id,
        version=version,
        invocation_source_type=invocation_source_type,
        conversation_id=conversation_id,
        simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
        succeeded=succeeded,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    tool_id: list[str] | Unset = UNSET,
    version: list[str] | Unset = UNSET,
    invocation_source_type: list[GetToolInvocationsInvocationSourceTypeItem] | Unset = UNSET,
    conversation_id: list[str] | Unset = UNSET,
    simulation_unit_test_set_run_id: list[str] | Unset = UNSET,
    succeeded: bool | Unset = UNSET,
    limit: int | Unset = 100,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetToolInvocationsResponse | None:
    """List tool invocations

     Returns one page of recorded tool calls, from real conversations and from simulations, with
    their inputs, source, outcome and duration. `tool_id` and `version` are paired by position:
    give both lists with the same length, one version specifier per tool (400 otherwise). Which
    calls the caller sees depends on `Conversation:GetInteractionInsights` (calls from real
    conversations) and `Simulation:GetSimulationUnitTestSetRun` (calls from simulations).
    Limited to 50 calls a minute.

    Args:
        tool_id (list[str] | Unset): Only return calls of these tools.
        version (list[str] | Unset): One version specifier for each entry of `tool_id`, at the
            same position.
        invocation_source_type (list[GetToolInvocationsInvocationSourceTypeItem] | Unset): Only
            return calls made from these kinds of source.
        conversation_id (list[str] | Unset): Only return calls made in these conversations (real
            conversations only).
        simulation_unit_test_set_run_id (list[str] | Unset): Only return calls made during these
            unit test set runs (simulations only).
        succeeded (bool | Unset): Filter on whether the call succeeded.
        limit (int | Unset): Largest number of calls in the page. Default: 100.
        continuation_token (int | Unset): Token from the previous page, to fetch the next one.
            Default: 0.
        sort_by (list[str] | Unset): Sort keys (`tool_id`, `created_at`, `invocation_source.type`,
            `invocation_status.succeeded`, `version.major`, `version.minor`, `version.patch`),
            prefixed with `+` for ascending or `-` for descending.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetToolInvocationsResponse
    """

    return sync_detailed(
        client=client,
        tool_id=tool_id,
        version=version,
        invocation_source_type=invocation_source_type,
        conversation_id=conversation_id,
        simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
        succeeded=succeeded,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    ).parsed
