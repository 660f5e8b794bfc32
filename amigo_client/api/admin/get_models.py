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

from ...models.get_models_response import GetModelsResponse


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/get_models/",
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetModelsResponse | None:
    if response.status_code == 200:
        response_200 = GetModelsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast("Any", None)
        return response_401

    if response.status_code == 403:
        response_403 = cast("Any", None)
        return response_403

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
) -> Response[Any | GetModelsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Response[Any | GetModelsResponse]:
    """List available LLMs

     Returns the language models the platform currently offers, each with a schema of
    the parameters it accepts. Requires `Admin:GetModels`. Limited to 20 calls a minute.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | GetModelsResponse]
    """

    kwargs = _get_kwargs()

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Any | GetModelsResponse | None:
    """List available LLMs

     Returns the language models the platform currently offers, each with a schema of
    the parameters it accepts. Requires `Admin:GetModels`. Limited to 20 calls a minute.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | GetModelsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed
