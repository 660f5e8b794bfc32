"""``client.user``: the 10 operations tagged user.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.user.<operation>`` is that operation's generated module
(``_get_kwargs``, ``_parse_response``, ``sync``), imported on first use.
"""

# ruff: noqa: F401 (the TYPE_CHECKING block names every model the operations import; some are unused here)
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Mapping, overload

from ..._resource import RawResource, Resource
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from typing import List, Sequence, Union, cast

    from ..._binary import BinaryResponse
    from ..._resource import Page, RawResponse, Timeout
    from ..._streaming import EventStream
    from ...models.create_invited_user_request import CreateInvitedUserRequest, CreateInvitedUserRequestParam
    from ...models.create_invited_user_request_nonsensitive_user_variables import (
        CreateInvitedUserRequestNonsensitiveUserVariables,
        CreateInvitedUserRequestNonsensitiveUserVariablesParam,
    )
    from ...models.create_invited_user_request_preferences import (
        CreateInvitedUserRequestPreferences,
        CreateInvitedUserRequestPreferencesParam,
    )
    from ...models.create_invited_user_request_sensitive_user_variables import (
        CreateInvitedUserRequestSensitiveUserVariables,
        CreateInvitedUserRequestSensitiveUserVariablesParam,
    )
    from ...models.create_invited_user_response import CreateInvitedUserResponse
    from ...models.get_memories_response import GetMemoriesResponse
    from ...models.get_user_model_response import GetUserModelResponse
    from ...models.get_users_response import GetUsersResponse
    from ...models.memory_instance import MemoryInstance
    from ...models.modify_user_variables_request import ModifyUserVariablesRequest, ModifyUserVariablesRequestParam
    from ...models.modify_user_variables_request_delete_request import (
        ModifyUserVariablesRequestDeleteRequest,
        ModifyUserVariablesRequestDeleteRequestParam,
    )
    from ...models.not_set import NotSet, NotSetParam
    from ...models.search_users_response import SearchUsersResponse
    from ...models.sign_in_with_api_key_response import SignInWithApiKeyResponse
    from ...models.sign_in_with_email_request import SignInWithEmailRequest, SignInWithEmailRequestParam
    from ...models.update_user_info_request import UpdateUserInfoRequest, UpdateUserInfoRequestParam
    from ...models.upsert_request import UpsertRequest, UpsertRequestParam
    from ...models.user_instance import UserInstance
    from ...models.user_model import UserModel

__all__ = ["INDEX", "OPERATIONS", "UserResource", "UserResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "create_invited_user",
    "delete_user",
    "get_memories",
    "get_user_model",
    "get_users",
    "modify_user_variables",
    "search_users",
    "sign_in_with_api_key",
    "sign_in_with_email",
    "update_user_info",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("create_invited_user", "POST", "/user/", "Invite a new user"),
    ("delete_user", "DELETE", "/user/{requested_user_id}", "Delete a user"),
    ("get_memories", "GET", "/user/{user_id}/memory", "List a user's memories"),
    ("get_user_model", "GET", "/user/{user_id}/user_model", "Get a user's model"),
    ("get_users", "GET", "/user/", "List users"),
    ("modify_user_variables", "POST", "/user/{requested_user_id}/variable", "Change a user's variables"),
    ("search_users", "GET", "/user/search/", "Search users"),
    ("sign_in_with_api_key", "POST", "/user/signin_with_api_key", "Exchange an API key for a bearer token"),
    ("sign_in_with_email", "POST", "/user/signin", "Email a sign-in link"),
    ("update_user_info", "POST", "/user/{requested_user_id}", "Update a user"),
)


class UserResource(Resource):
    """The operations tagged user: ``client.user.<operation>(...)``.

    Methods: ``create_invited_user``, ``delete_user``, ``get_memories``, ``get_user_model``, ``get_users``, ``modify_user_variables``, ``search_users``, ``sign_in_with_api_key``, ``sign_in_with_email``, ``update_user_info``.
    """

    __slots__ = ()

    @overload
    def create_invited_user(
        self,
        *,
        body: CreateInvitedUserRequest | CreateInvitedUserRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateInvitedUserResponse: ...

    @overload
    def create_invited_user(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        role_name: str,
        login_link: Union[str, None] | Unset = ...,
        nonsensitive_user_variables: Union[Mapping[str, str], CreateInvitedUserRequestNonsensitiveUserVariables]
        | Unset = ...,
        sensitive_user_variables: Union[Mapping[str, str], CreateInvitedUserRequestSensitiveUserVariables]
        | Unset = ...,
        user_preferences: Union[
            Union[CreateInvitedUserRequestPreferencesParam, CreateInvitedUserRequestPreferences], None
        ]
        | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateInvitedUserResponse: ...

    def create_invited_user(
        self,
        *,
        body: CreateInvitedUserRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateInvitedUserResponse:
        """Invite a new user

        Creates a user in the organization with the given role and optionally emails them a login link.

        ``POST /user/``.

        Body: ``body=CreateInvitedUserRequest(...)``, or its fields as keyword arguments:
            first_name (str): Given name.
            last_name (str): Family name.
            email (str): Email address, unique within the organization.
            role_name (str): Name of the role to grant the user.
            login_link (None | str | Unset): If given, a login link pointing here is emailed to the user.
            nonsensitive_user_variables (CreateInvitedUserRequestNonsensitiveUserVariables | Unset): Plain
                variables passed to tools when they run for this user.
            sensitive_user_variables (CreateInvitedUserRequestSensitiveUserVariables | Unset): Secret
                variables passed to tools when they run for this user.
            user_preferences (CreateInvitedUserRequestPreferences | None | Unset): Initial preferences; when
                absent the organization defaults apply.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateInvitedUserResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import create_invited_user as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateInvitedUserRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_user(
        self,
        requested_user_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a user

        Removes a user from the organization.

        ``DELETE /user/{requested_user_id}``.

        Args:
            requested_user_id (str): The user to delete.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import delete_user as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "requested_user_id": requested_user_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_memories(
        self,
        user_id: str,
        *,
        id: list[str] | Unset = UNSET,
        conversation_id: list[str] | Unset = UNSET,
        limit: int | Unset = 50,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetMemoriesResponse, MemoryInstance]:
        """List a user's memories

        Lists memories recorded for a user, optionally filtered by memory or conversation, one page at a
        time.

        ``GET /user/{user_id}/memory``.

        Args:
            user_id (str): The user whose memories to list.
            id (list[str] | Unset): Only return memories with these IDs.
            conversation_id (list[str] | Unset): Only return memories from these conversations.
            limit (int | Unset): Page size. Default: 50.
            continuation_token (int | Unset): Token returned by the previous page, to fetch the next one.
                Default: 0.
            sort_by (list[str] | Unset): Sort keys, each prefixed with `+` (ascending) or `-` (descending).
                Allowed keys: conversation_id, created_at.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetMemoriesResponse, MemoryInstance]: iterate it for every item of every page; .data is the GetMemoriesResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_memories as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "user_id": user_id,
                "id": id,
                "conversation_id": conversation_id,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="memories",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_user_model(
        self,
        user_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetUserModelResponse:
        """Get a user's model

        Returns the latest user models built for a user plus their additional context.

        ``GET /user/{user_id}/user_model``.

        Args:
            user_id (str): The user whose models to fetch.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetUserModelResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_user_model as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "user_id": user_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_users(
        self,
        *,
        user_id: list[str] | Unset = UNSET,
        email: list[str] | Unset = UNSET,
        limit: int | Unset = 100,
        continuation_token: int | Unset = 0,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetUsersResponse, UserInstance]:
        """List users

        Lists users of the organization, optionally filtered by ID or email, one page at a time.

        ``GET /user/``.

        Args:
            user_id (list[str] | Unset): Only return users with these IDs.
            email (list[str] | Unset): Only return users with these email addresses.
            limit (int | Unset): Page size. Default: 100.
            continuation_token (int | Unset): Token returned by the previous page, to fetch the next one.
                Default: 0.
            sort_by (list[str] | Unset): Sort keys, each prefixed with `+` (ascending) or `-` (descending).
                Allowed keys: first_name, last_name, email, user_stats.num_conversations,
                user_stats.num_messages, user_stats.last_message_time.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetUsersResponse, UserInstance]: iterate it for every item of every page; .data is the GetUsersResponse.

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import get_users as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "user_id": user_id,
                "email": email,
                "limit": limit,
                "continuation_token": continuation_token,
                "sort_by": sort_by,
            },
            items="users",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def modify_user_variables(
        self,
        requested_user_id: str,
        *,
        body: ModifyUserVariablesRequest | ModifyUserVariablesRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def modify_user_variables(
        self,
        requested_user_id: str,
        *,
        upserts: Sequence[Union[UpsertRequestParam, UpsertRequest]] | Unset = ...,
        deletes: Sequence[Union[ModifyUserVariablesRequestDeleteRequestParam, ModifyUserVariablesRequestDeleteRequest]]
        | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def modify_user_variables(
        self,
        requested_user_id: str,
        *,
        body: ModifyUserVariablesRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Change a user's variables

        Creates, overwrites or removes a user's tool variables in one call.

        ``POST /user/{requested_user_id}/variable``.

        Args:
            requested_user_id (str): The user whose variables to change.

        Body: ``body=ModifyUserVariablesRequest(...)``, or its fields as keyword arguments:
            upserts (list[UpsertRequest] | Unset): Variables to create or overwrite.
            deletes (list[ModifyUserVariablesRequestDeleteRequest] | Unset): Variables to remove.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            BadRequestError: 400.
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import modify_user_variables as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "requested_user_id": requested_user_id,
            },
            body,
            fields,
            model="ModifyUserVariablesRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def search_users(
        self,
        *,
        query: str,
        user_id: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchUsersResponse:
        """Search users

        Looks users up by a piece of text matched against their names and email addresses.

        ``GET /user/search/``.

        Args:
            query (str): Text to look for in user names and emails.
            user_id (list[str] | Unset): Restrict the search to these user IDs.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SearchUsersResponse

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import search_users as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "query": query,
                "user_id": user_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def sign_in_with_api_key(
        self,
        *,
        x_api_key: str,
        x_api_key_id: str,
        x_user_id: str,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SignInWithApiKeyResponse:
        """Exchange an API key for a bearer token

        Signs in as the given user using an organization API key and returns a short-lived token to send as
        the bearer credential on later calls.

        ``POST /user/signin_with_api_key``.

        Args:
            x_api_key (str): The API key secret.
            x_api_key_id (str): The API key identifier.
            x_user_id (str): The user to act as.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            SignInWithApiKeyResponse

        Raises:
            AuthenticationError: 401.
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import sign_in_with_api_key as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "x_api_key": x_api_key,
                "x_api_key_id": x_api_key_id,
                "x_user_id": x_user_id,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def sign_in_with_email(
        self,
        *,
        body: SignInWithEmailRequest | SignInWithEmailRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def sign_in_with_email(
        self,
        *,
        redirect_link: str,
        email: str,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def sign_in_with_email(
        self,
        *,
        body: SignInWithEmailRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Email a sign-in link

        Emails a sign-in link to a user; following it signs the user in and opens `redirect_link`.
        The call needs no credentials. It succeeds in the same way when no user has that address,
        so its answer tells nothing about which addresses have accounts.

        ``POST /user/signin``.

        Body: ``body=SignInWithEmailRequest(...)``, or its fields as keyword arguments:
            redirect_link (str): Amigo platform address the user lands on after following the emailed link.
            email (str): Address of an existing, verified user of the organization.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            NotFoundError: 404.
            UnprocessableEntityError: 422.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import sign_in_with_email as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="SignInWithEmailRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def update_user_info(
        self,
        requested_user_id: str,
        *,
        body: UpdateUserInfoRequest | UpdateUserInfoRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    @overload
    def update_user_info(
        self,
        requested_user_id: str,
        *,
        first_name: Union[str, None] | Unset = ...,
        last_name: Union[str, None] | Unset = ...,
        enable_response_recommendation: Union[bool, None] | Unset = ...,
        preferred_language: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
        timezone: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
        conversations_visible_to_admins: Union[bool, None] | Unset = ...,
        user_model_visible_to_admins: Union[bool, None] | Unset = ...,
        additional_context: Union[List[str], None] | Unset = ...,
        audio_keyterms: Union[List[str], None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> None: ...

    def update_user_info(
        self,
        requested_user_id: str,
        *,
        body: UpdateUserInfoRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Update a user

        Changes a user's name and preferences; fields left out are kept as they are.

        ``POST /user/{requested_user_id}``.

        Args:
            requested_user_id (str): The user to update.

        Body: ``body=UpdateUserInfoRequest(...)``, or its fields as keyword arguments:
            first_name (None | str | Unset): New given name; null keeps the current one.
            last_name (None | str | Unset): New family name; null keeps the current one.
            enable_response_recommendation (bool | None | Unset): New reply-suggestion setting; null keeps
                the current one.
            preferred_language (None | NotSet | str | Unset): New preferred language as an ISO 639-3 code.
                Null clears it (agent default is used); omit it or send an empty object to keep the current
                value.
            timezone (None | NotSet | str | Unset): New IANA time zone; when unset the organization's time
                zone applies.
            conversations_visible_to_admins (bool | None | Unset): New conversation visibility setting; null
                keeps the current one.
            user_model_visible_to_admins (bool | None | Unset): New user-model visibility setting; null
                keeps the current one.
            additional_context (list[str] | None | Unset): Replacement list of extra context about the user;
                null keeps the current one.
            audio_keyterms (list[str] | None | Unset): Replacement list of transcription key terms; null
                keeps the current one.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            None

        Raises:
            AuthenticationError: 401.
            PermissionDeniedError: 403.
            NotFoundError: 404.
            ConflictError: 409.
            UnprocessableEntityError: 422.
            RateLimitError: 429.
            InternalServerError: 503.
            APIConnectionError: no HTTP answer (APITimeoutError: it timed out).
            ConfigurationError: an argument the request cannot be built from.
        """

        from . import update_user_info as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "requested_user_id": requested_user_id,
            },
            body,
            fields,
            model="UpdateUserInfoRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class UserResourceWithRawResponse(RawResource):
        """``client.with_raw_response.user``: the same methods, returning a RawResponse."""

        @overload
        def create_invited_user(
            self,
            *,
            body: CreateInvitedUserRequest | CreateInvitedUserRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateInvitedUserResponse]: ...

        @overload
        def create_invited_user(
            self,
            *,
            first_name: str,
            last_name: str,
            email: str,
            role_name: str,
            login_link: Union[str, None] | Unset = ...,
            nonsensitive_user_variables: Union[Mapping[str, str], CreateInvitedUserRequestNonsensitiveUserVariables]
            | Unset = ...,
            sensitive_user_variables: Union[Mapping[str, str], CreateInvitedUserRequestSensitiveUserVariables]
            | Unset = ...,
            user_preferences: Union[
                Union[CreateInvitedUserRequestPreferencesParam, CreateInvitedUserRequestPreferences], None
            ]
            | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateInvitedUserResponse]: ...

        def create_invited_user(
            self,
            *,
            body: CreateInvitedUserRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateInvitedUserResponse]: ...

        def delete_user(
            self,
            requested_user_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def get_memories(
            self,
            user_id: str,
            *,
            id: list[str] | Unset = UNSET,
            conversation_id: list[str] | Unset = UNSET,
            limit: int | Unset = 50,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetMemoriesResponse, MemoryInstance]]: ...

        def get_user_model(
            self,
            user_id: str,
            *,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetUserModelResponse]: ...

        def get_users(
            self,
            *,
            user_id: list[str] | Unset = UNSET,
            email: list[str] | Unset = UNSET,
            limit: int | Unset = 100,
            continuation_token: int | Unset = 0,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetUsersResponse, UserInstance]]: ...

        @overload
        def modify_user_variables(
            self,
            requested_user_id: str,
            *,
            body: ModifyUserVariablesRequest | ModifyUserVariablesRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def modify_user_variables(
            self,
            requested_user_id: str,
            *,
            upserts: Sequence[Union[UpsertRequestParam, UpsertRequest]] | Unset = ...,
            deletes: Sequence[
                Union[ModifyUserVariablesRequestDeleteRequestParam, ModifyUserVariablesRequestDeleteRequest]
            ]
            | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def modify_user_variables(
            self,
            requested_user_id: str,
            *,
            body: ModifyUserVariablesRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        def search_users(
            self,
            *,
            query: str,
            user_id: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SearchUsersResponse]: ...

        def sign_in_with_api_key(
            self,
            *,
            x_api_key: str,
            x_api_key_id: str,
            x_user_id: str,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[SignInWithApiKeyResponse]: ...

        @overload
        def sign_in_with_email(
            self,
            *,
            body: SignInWithEmailRequest | SignInWithEmailRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def sign_in_with_email(
            self,
            *,
            redirect_link: str,
            email: str,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def sign_in_with_email(
            self,
            *,
            body: SignInWithEmailRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...

        @overload
        def update_user_info(
            self,
            requested_user_id: str,
            *,
            body: UpdateUserInfoRequest | UpdateUserInfoRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        @overload
        def update_user_info(
            self,
            requested_user_id: str,
            *,
            first_name: Union[str, None] | Unset = ...,
            last_name: Union[str, None] | Unset = ...,
            enable_response_recommendation: Union[bool, None] | Unset = ...,
            preferred_language: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
            timezone: Union[str, Union[Mapping[str, Any], NotSet], None] | Unset = ...,
            conversations_visible_to_admins: Union[bool, None] | Unset = ...,
            user_model_visible_to_admins: Union[bool, None] | Unset = ...,
            additional_context: Union[List[str], None] | Unset = ...,
            audio_keyterms: Union[List[str], None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[None]: ...

        def update_user_info(
            self,
            requested_user_id: str,
            *,
            body: UpdateUserInfoRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[None]: ...


else:

    class UserResourceWithRawResponse(RawResource, UserResource):
        """``client.with_raw_response.user``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
