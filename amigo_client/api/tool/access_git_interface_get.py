from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ..._resource import path_segment as _segment
from ..._resource import send as _send
from ...client import AuthenticatedClient, Client
from ...types import Response

if TYPE_CHECKING:
    from ..._client import AmigoClient

from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    git_path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tool/git/" + _segment(git_path, "git_path", "access_git_interface_get"),
    }

    return _kwargs


def _parse_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AmigoClient | AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    git_path: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Response[Any | HTTPValidationError]:
    """Git endpoint of the tool repository (GET)

     One half of the Git smart-HTTP interface to the organization's tool repository; the other
    half is `access-git-interface-post`. These are not meant to be called by hand: give Git the
    base URL followed by `/tool/git` as a remote, send the bearer token with it (for example
    through Git's `http.extraHeader` setting), and Git issues the GET and POST requests it
    needs for cloning, fetching and pushing, using protocol version 2. Needs `Tool:AccessRepo`.

    Args:
        git_path (str): The repository path Git asks for, such as `info/refs`.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        git_path=git_path,
    )

    response = _send(client, kwargs)

    return _build_response(client=client, response=response)


def sync(
    git_path: str,
    *,
    client: AmigoClient | AuthenticatedClient | Client,
) -> Any | HTTPValidationError | None:
    """Git endpoint of the tool repository (GET)

     One half of the Git smart-HTTP interface to the organization's tool repository; the other
    half is `access-git-interface-post`. These are not meant to be called by hand: give Git the
    base URL followed by `/tool/git` as a remote, send the bearer token with it (for example
    through Git's `http.extraHeader` setting), and Git issues the GET and POST requests it
    needs for cloning, fetching and pushing, using protocol version 2. Needs `Tool:AccessRepo`.

    Args:
        git_path (str): The repository path Git asks for, such as `info/refs`.

    Raises:
        APIStatusError: a non-2xx answer, as its subclass by status (amigo_client.AmigoError).
        APIConnectionError: no HTTP answer (APITimeoutError: it timed out).

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        git_path=git_path,
        client=client,
    ).parsed
