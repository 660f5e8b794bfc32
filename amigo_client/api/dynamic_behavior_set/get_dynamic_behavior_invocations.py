from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.get_dynamic_behavior_invocations_response import GetDynamicBehaviorInvocationsResponse
from ...types import Unset


def _get_kwargs(
    dynamic_behavior_set_id: str,
    *,
    limit: int | Unset = 30,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dynamic_behavior_set/"
        + _segment(
            dynamic_behavior_set_id,
            "dynamic_behavior_set_id",
            "get_dynamic_behavior_invocations",
            pattern="^[a-f0-9]{24}$",
        )
        + "/invocation/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetDynamicBehaviorInvocationsResponse | None:
    if response.status_code == 200:
        response_200 = GetDynamicBehaviorInvocationsResponse.from_dict(response.json())

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
) -> Response[Any | GetDynamicBehaviorInvocationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dynamic_behavior_set_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    limit: int | Unset = 30,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetDynamicBehaviorInvocationsResponse]:
    """List dynamic behavior invocations

     Returns a page of the times a dynamic behavior set was triggered in conversations.

    Args:
        dynamic_behavior_set_id (str): ID of the dynamic behavior set.
        limit (int | Unset): Largest number of invocations to return in one page. Default: 30.
        continuation_token (int | Unset): Token from the previous page's response, used to fetch
            the next page. Default: 0.
        sort_by (list[str] | Unset): Sort fields (only `invoked_at`), prefixed with `+`
            (ascending) or `-` (descending).

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetDynamicBehaviorInvocationsResponse]
    """

    kwargs = _get_kwargs(
        dynamic_behavior_set_id=dynamic_behavior_set_id,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    dynamic_behavior_set_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    limit: int | Unset = 30,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetDynamicBehaviorInvocationsResponse | None:
    """List dynamic behavior invocations

     Returns a page of the times a dynamic behavior set was triggered in conversations.

    Args:
        dynamic_behavior_set_id (str): ID of the dynamic behavior set.
        limit (int | Unset): Largest number of invocations to return in one page. Default: 30.
        continuation_token (int | Unset): Token from the previous page's response, used to fetch
            the next page. Default: 0.
        sort_by (list[str] | Unset): Sort fields (only `invoked_at`), prefixed with `+`
            (ascending) or `-` (descending).

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetDynamicBehaviorInvocationsResponse
    """

    return sync_detailed(
        dynamic_behavior_set_id=dynamic_behavior_set_id,
        client=client,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    ).parsed
