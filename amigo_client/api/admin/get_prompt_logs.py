from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response

if TYPE_CHECKING:
    from ..._client import AmigoClient


from ..._binary import BinaryResponse


def _get_kwargs(
    *,
    prompt_log_prefix: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["prompt_log_prefix"] = prompt_log_prefix

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/admin/get_prompt_logs/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> BinaryResponse | None:
    if response.status_code == 200:
        return BinaryResponse(response, "get_prompt_logs")

    if response.status_code == 401:
        return None

    if response.status_code == 403:
        return None

    if response.status_code == 404:
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


def _build_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Response[BinaryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    prompt_log_prefix: str,
) -> Response[BinaryResponse]:
    """Download prompt logs

     Streams a zip archive of the rendered prompts whose log key starts with
    `prompt_log_prefix`, covering the last 30 days; the prefix may match at most 1000 logs.
    Each log gives up to two files: `{log_key}-system` (the system prompt) and
    `{log_key}-history` (the history prompts, separated by `---` lines).

    Permissions are checked per log: a log the caller may not read, or one that fails to
    render, is replaced by a `{log_key}-error` file explaining why. If the whole export breaks
    off, the stream just ends and the bytes received are not a valid zip file, so check the
    archive before using it. Limited to 20 calls a minute.

    Args:
        prompt_log_prefix (str): Start of the log keys to export.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[BinaryResponse]
    """

    kwargs = _get_kwargs(
        prompt_log_prefix=prompt_log_prefix,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AmigoClient | AuthenticatedClient | Client,
    prompt_log_prefix: str,
) -> BinaryResponse | None:
    """Download prompt logs

     Streams a zip archive of the rendered prompts whose log key starts with
    `prompt_log_prefix`, covering the last 30 days; the prefix may match at most 1000 logs.
    Each log gives up to two files: `{log_key}-system` (the system prompt) and
    `{log_key}-history` (the history prompts, separated by `---` lines).

    Permissions are checked per log: a log the caller may not read, or one that fails to
    render, is replaced by a `{log_key}-error` file explaining why. If the whole export breaks
    off, the stream just ends and the bytes received are not a valid zip file, so check the
    archive before using it. Limited to 20 calls a minute.

    Args:
        prompt_log_prefix (str): Start of the log keys to export.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        BinaryResponse
    """

    return sync_detailed(
        client=client,
        prompt_log_prefix=prompt_log_prefix,
    ).parsed
