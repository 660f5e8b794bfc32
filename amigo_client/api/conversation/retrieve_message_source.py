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

from ...models.retrieve_message_source_response import RetrieveMessageSourceResponse
from ...types import Unset


def _get_kwargs(
    conversation_id: str,
    message_id: str,
    *,
    long_lived: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["long_lived"] = long_lived

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/"
        + _segment(conversation_id, "conversation_id", "retrieve_message_source", pattern="^[a-f0-9]{24}$")
        + "/messages/"
        + _segment(message_id, "message_id", "retrieve_message_source", pattern="^[a-f0-9]{24}$")
        + "/source",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | RetrieveMessageSourceResponse | None:
    if response.status_code == 200:
        response_200 = RetrieveMessageSourceResponse.from_dict(response.json())

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
) -> Response[Any | RetrieveMessageSourceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    long_lived: bool | Unset = False,
) -> Response[Any | RetrieveMessageSourceResponse]:
    """Get the original media of a message

     Gives access to the raw source of a message that was not sent as text (e.g. audio).

    Args:
        conversation_id (str): ID of the conversation.
        message_id (str): ID of the message.
        long_lived (bool | Unset): Ask for a URL valid for 12 hours instead of a short-lived one;
            prefer false. Default: False.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | RetrieveMessageSourceResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        message_id=message_id,
        long_lived=long_lived,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    message_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    long_lived: bool | Unset = False,
) -> Any | RetrieveMessageSourceResponse | None:
    """Get the original media of a message

     Gives access to the raw source of a message that was not sent as text (e.g. audio).

    Args:
        conversation_id (str): ID of the conversation.
        message_id (str): ID of the message.
        long_lived (bool | Unset): Ask for a URL valid for 12 hours instead of a short-lived one;
            prefer false. Default: False.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | RetrieveMessageSourceResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        message_id=message_id,
        client=client,
        long_lived=long_lived,
    ).parsed
