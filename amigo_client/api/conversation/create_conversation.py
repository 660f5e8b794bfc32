from __future__ import annotations

import json
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.create_conversation_request import CreateConversationRequest
from ...models.create_conversation_response_format import (
    CreateConversationResponseFormat,
)
from ...types import Unset


def _get_kwargs(
    *,
    body: CreateConversationRequest,
    response_format: CreateConversationResponseFormat,
    current_agent_action_type: str | Unset = "^.*$",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_response_format: str = response_format
    params["response_format"] = (
        json.dumps(json_response_format, separators=(",", ":"))
        if isinstance(json_response_format, dict)
        else json_response_format
    )
    params["current_agent_action_type"] = current_agent_action_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/",
        "params": params,
    }

    body = _model_body(body, CreateConversationRequest, "create_conversation")
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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

    if response.status_code == 409:
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
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: CreateConversationRequest,
    response_format: CreateConversationResponseFormat,
    current_agent_action_type: str | Unset = "^.*$",
) -> Response[Any]:
    """Start a new conversation

     Opens a conversation with a service's agent and streams its first interaction back as newline-
    delimited JSON events until the server closes the connection.

    Args:
        response_format (CreateConversationResponseFormat): Whether the agent replies as text or
            as voice.
        current_agent_action_type (str | Unset): Regular expression selecting which agent action
            events are streamed; all by default, `^$` streams none. Default: '^.*$'.
        body (CreateConversationRequest): Parameters of a new conversation.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
        response_format=response_format,
        current_agent_action_type=current_agent_action_type,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)
