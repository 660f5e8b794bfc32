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

from ...models.get_conversation_messages_response import GetConversationMessagesResponse
from ...models.message_type import MessageType
from ...types import Unset


def _get_kwargs(
    conversation_id: str,
    *,
    id: list[str] | Unset = UNSET,
    message_type: list[MessageType] | Unset = UNSET,
    interaction_id: list[str] | Unset = UNSET,
    limit: int | Unset = 500,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    json_message_type: list[str] | Unset = UNSET
    if not isinstance(message_type, Unset):
        json_message_type = []
        for message_type_item_data in message_type:
            message_type_item: str = message_type_item_data
            json_message_type.append(message_type_item)

    params["message_type"] = json_message_type

    json_interaction_id: list[str] | Unset = UNSET
    if not isinstance(interaction_id, Unset):
        json_interaction_id = interaction_id

    params["interaction_id"] = json_interaction_id

    params["limit"] = limit

    params["continuation_token"] = continuation_token

    json_sort_by: list[str] | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sort_by"] = json_sort_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/"
        + _segment(conversation_id, "conversation_id", "get_conversation_messages", pattern="^[a-f0-9]{24}$")
        + "/messages/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetConversationMessagesResponse | None:
    if response.status_code == 200:
        response_200 = GetConversationMessagesResponse.from_dict(response.json())

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
) -> Response[Any | GetConversationMessagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    message_type: list[MessageType] | Unset = UNSET,
    interaction_id: list[str] | Unset = UNSET,
    limit: int | Unset = 500,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Response[Any | GetConversationMessagesResponse]:
    """List messages of a conversation

     Returns a page of the messages in a conversation, optionally filtered.

    Args:
        conversation_id (str): ID of the conversation.
        id (list[str] | Unset): Only messages with these IDs.
        message_type (list[MessageType] | Unset): Kinds of messages to include.
        interaction_id (list[str] | Unset): Only messages belonging to these interactions.
        limit (int | Unset): Maximum number of messages in the page (500 at most). Default: 500.
        continuation_token (int | Unset): Token from the previous page to fetch the next one.
            Default: 0.
        sort_by (list[str] | Unset): Sort fields (`interaction_id`, `created_at`), prefixed with
            `+` for ascending or `-` for descending; later fields break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetConversationMessagesResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        id=id,
        message_type=message_type,
        interaction_id=interaction_id,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    id: list[str] | Unset = UNSET,
    message_type: list[MessageType] | Unset = UNSET,
    interaction_id: list[str] | Unset = UNSET,
    limit: int | Unset = 500,
    continuation_token: int | Unset = 0,
    sort_by: list[str] | Unset = UNSET,
) -> Any | GetConversationMessagesResponse | None:
    """List messages of a conversation

     Returns a page of the messages in a conversation, optionally filtered.

    Args:
        conversation_id (str): ID of the conversation.
        id (list[str] | Unset): Only messages with these IDs.
        message_type (list[MessageType] | Unset): Kinds of messages to include.
        interaction_id (list[str] | Unset): Only messages belonging to these interactions.
        limit (int | Unset): Maximum number of messages in the page (500 at most). Default: 500.
        continuation_token (int | Unset): Token from the previous page to fetch the next one.
            Default: 0.
        sort_by (list[str] | Unset): Sort fields (`interaction_id`, `created_at`), prefixed with
            `+` for ascending or `-` for descending; later fields break ties.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetConversationMessagesResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        id=id,
        message_type=message_type,
        interaction_id=interaction_id,
        limit=limit,
        continuation_token=continuation_token,
        sort_by=sort_by,
    ).parsed
