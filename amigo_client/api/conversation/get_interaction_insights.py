from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.get_interaction_insights_response import GetInteractionInsightsResponse


def _get_kwargs(
    conversation_id: str,
    interaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/"
        + _segment(conversation_id, "conversation_id", "get_interaction_insights", pattern="^[a-f0-9]{24}$")
        + "/interaction/"
        + _segment(interaction_id, "interaction_id", "get_interaction_insights", pattern="^[a-f0-9]{24}$")
        + "/insights",
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetInteractionInsightsResponse | None:
    if response.status_code == 200:
        response_200 = GetInteractionInsightsResponse.from_dict(response.json())

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
) -> Response[Any | GetInteractionInsightsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    interaction_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Response[Any | GetInteractionInsightsResponse]:
    """Inspect an interaction

     Returns how the agent produced its reply in one interaction: state transitions, memories,
    reflections and tool calls.

    Args:
        conversation_id (str): ID of the conversation.
        interaction_id (str): ID of the interaction.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetInteractionInsightsResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        interaction_id=interaction_id,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    interaction_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Any | GetInteractionInsightsResponse | None:
    """Inspect an interaction

     Returns how the agent produced its reply in one interaction: state transitions, memories,
    reflections and tool calls.

    Args:
        conversation_id (str): ID of the conversation.
        interaction_id (str): ID of the interaction.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetInteractionInsightsResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        interaction_id=interaction_id,
        client=client,
    ).parsed
