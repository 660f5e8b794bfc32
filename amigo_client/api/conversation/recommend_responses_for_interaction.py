from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import model_body as _model_body
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.recommend_responses_for_interaction_request import RecommendResponsesForInteractionRequest
from ...models.recommend_responses_for_interaction_response import RecommendResponsesForInteractionResponse
from ...types import Unset


def _get_kwargs(
    conversation_id: str,
    interaction_id: str,
    *,
    body: RecommendResponsesForInteractionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/"
        + _segment(conversation_id, "conversation_id", "recommend_responses_for_interaction", pattern="^[a-f0-9]{24}$")
        + "/interaction/"
        + _segment(interaction_id, "interaction_id", "recommend_responses_for_interaction", pattern="^[a-f0-9]{24}$")
        + "/recommend_responses",
    }

    body = _model_body(body, RecommendResponsesForInteractionRequest, "recommend_responses_for_interaction")

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | RecommendResponsesForInteractionResponse | None:
    if response.status_code == 200:
        response_200 = RecommendResponsesForInteractionResponse.from_dict(response.json())

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
) -> Response[Any | RecommendResponsesForInteractionResponse]:
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
    body: RecommendResponsesForInteractionRequest | Unset = UNSET,
) -> Response[Any | RecommendResponsesForInteractionResponse]:
    """Suggest user replies

     Generates candidate replies the user could send after the latest completed interaction, e.g. when
    the user has gone quiet.

    Args:
        conversation_id (str): ID of the conversation.
        interaction_id (str): ID of the latest interaction of the conversation.
        body (RecommendResponsesForInteractionRequest | Unset): Options for generating suggested
            replies.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | RecommendResponsesForInteractionResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        interaction_id=interaction_id,
        body=body,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    interaction_id: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    body: RecommendResponsesForInteractionRequest | Unset = UNSET,
) -> Any | RecommendResponsesForInteractionResponse | None:
    """Suggest user replies

     Generates candidate replies the user could send after the latest completed interaction, e.g. when
    the user has gone quiet.

    Args:
        conversation_id (str): ID of the conversation.
        interaction_id (str): ID of the latest interaction of the conversation.
        body (RecommendResponsesForInteractionRequest | Unset): Options for generating suggested
            replies.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | RecommendResponsesForInteractionResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        interaction_id=interaction_id,
        client=client,
        body=body,
    ).parsed
