from __future__ import annotations

import json
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.interact_with_conversation_request import InteractWithConversationRequest
from ...models.interact_with_conversation_request_format import (
    InteractWithConversationRequestFormat,
)
from ...models.interact_with_conversation_response_format import (
    InteractWithConversationResponseFormat,
)
from ...models.mp3_user_message_audio_config import MP3UserMessageAudioConfig
from ...models.pcm_user_message_audio_config import PCMUserMessageAudioConfig
from ...types import Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: InteractWithConversationRequest,
    request_format: InteractWithConversationRequestFormat,
    response_format: InteractWithConversationResponseFormat,
    current_agent_action_type: str | Unset = "^.*$",
    request_audio_config: MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_request_format: str = request_format
    params["request_format"] = (
        json.dumps(json_request_format, separators=(",", ":"))
        if isinstance(json_request_format, dict)
        else json_request_format
    )
    json_response_format: str = response_format
    params["response_format"] = (
        json.dumps(json_response_format, separators=(",", ":"))
        if isinstance(json_response_format, dict)
        else json_response_format
    )
    params["current_agent_action_type"] = current_agent_action_type

    json_request_audio_config: dict[str, Any] | Unset
    if isinstance(request_audio_config, Unset):
        json_request_audio_config = UNSET
    elif isinstance(request_audio_config, MP3UserMessageAudioConfig):
        json_request_audio_config = request_audio_config.to_dict()
    else:
        json_request_audio_config = request_audio_config.to_dict()

    params["request_audio_config"] = (
        json.dumps(json_request_audio_config, separators=(",", ":"))
        if isinstance(json_request_audio_config, dict)
        else json_request_audio_config
    )

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/"
        + _segment(conversation_id, "conversation_id", "interact_with_conversation", pattern="^[a-f0-9]{24}$")
        + "/interact",
        "params": params,
    }

    body = _model_body(body, InteractWithConversationRequest, "interact_with_conversation")
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 400:
        return None

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
        return None

    if response.status_code == 408:
        return None

    if response.status_code == 409:
        return None

    if response.status_code == 415:
        return None

    if response.status_code == 422:
        return None

    if response.status_code == 429:
        return None

    if response.status_code == 503:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
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
    body: InteractWithConversationRequest,
    request_format: InteractWithConversationRequestFormat,
    response_format: InteractWithConversationResponseFormat,
    current_agent_action_type: str | Unset = "^.*$",
    request_audio_config: MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset = UNSET,
) -> Response[Any]:
    """Send a message to a conversation

     Sends the user's next message (text or audio), or an external event or a skip, and streams the
    agent's reply as NDJSON events. A 200 status is sent before the stream starts, so failures arrive as
    an `error` event inside the stream.

    Args:
        conversation_id (str): ID of the conversation.
        request_format (InteractWithConversationRequestFormat): Whether the message being sent is
            text or voice.
        response_format (InteractWithConversationResponseFormat): Whether the agent replies as
            text or as voice.
        current_agent_action_type (str | Unset): Regular expression selecting which agent action
            events are streamed; all by default, `^$` streams none. Default: '^.*$'.
        request_audio_config (MP3UserMessageAudioConfig | PCMUserMessageAudioConfig | Unset):
            Encoding of an uploaded voice message.
        body (InteractWithConversationRequest): Multipart form for one interaction. It merges
            three variants that the server checks exactly: `user-message` and `external-event` need a
            non-empty `recorded_message`, while `skip` needs an empty `recorded_message` and no
            external events.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        request_format=request_format,
        response_format=response_format,
        current_agent_action_type=current_agent_action_type,
        request_audio_config=request_audio_config,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
