from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

import httpx

from ... import errors
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.sign_in_with_api_key_response import SignInWithApiKeyResponse


def _get_kwargs(
    *,
    x_api_key: str,
    x_api_key_id: str,
    x_user_id: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-api-key"] = x_api_key

    headers["x-api-key-id"] = x_api_key_id

    headers["x-user-id"] = x_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/signin_with_api_key",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | SignInWithApiKeyResponse | None:
    if response.status_code == 200:
        response_200 = SignInWithApiKeyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

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
) -> Response[Any | SignInWithApiKeyResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    x_api_key: str,
    x_api_key_id: str,
    x_user_id: str,
) -> Response[Any | SignInWithApiKeyResponse]:
    """Exchange an API key for a bearer token

     Signs in as the given user using an organization API key and returns a short-lived token to send as
    the bearer credential on later calls.

    Args:
        x_api_key (str): The API key secret.
        x_api_key_id (str): The API key identifier.
        x_user_id (str): The user to act as.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | SignInWithApiKeyResponse]
    """

    kwargs = _get_kwargs(
        x_api_key=x_api_key,
        x_api_key_id=x_api_key_id,
        x_user_id=x_user_id,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    x_api_key: str,
    x_api_key_id: str,
    x_user_id: str,
) -> Any | SignInWithApiKeyResponse | None:
    """Exchange an API key for a bearer token

     Signs in as the given user using an organization API key and returns a short-lived token to send as
    the bearer credential on later calls.

    Args:
        x_api_key (str): The API key secret.
        x_api_key_id (str): The API key identifier.
        x_user_id (str): The user to act as.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | SignInWithApiKeyResponse
    """

    return sync_detailed(
        client=client,
        x_api_key=x_api_key,
        x_api_key_id=x_api_key_id,
        x_user_id=x_user_id,
    ).parsed
