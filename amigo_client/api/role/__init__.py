"""``client.role``: the 6 operations tagged role.

Each method is one operation of ``openapi.yaml``, named after its module here (the operationId
in snake_case); ``amigo_client.api.role.<operation>`` is that operation's generated module
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
    from ...models.assign_role_request import AssignRoleRequest, AssignRoleRequestParam
    from ...models.assign_role_response import AssignRoleResponse
    from ...models.create_role_request import CreateRoleRequest, CreateRoleRequestParam
    from ...models.create_role_response import CreateRoleResponse
    from ...models.create_temporary_permission_grant_request import (
        CreateTemporaryPermissionGrantRequest,
        CreateTemporaryPermissionGrantRequestParam,
    )
    from ...models.create_temporary_permission_grant_request_tags import (
        CreateTemporaryPermissionGrantRequestTags,
        CreateTemporaryPermissionGrantRequestTagsParam,
    )
    from ...models.create_temporary_permission_grant_response import CreateTemporaryPermissionGrantResponse
    from ...models.frontend_view import FrontendView, check_frontend_view
    from ...models.get_roles_response import GetRolesResponse
    from ...models.get_temporary_permission_grants_response import GetTemporaryPermissionGrantsResponse
    from ...models.modify_role_request import ModifyRoleRequest, ModifyRoleRequestParam
    from ...models.modify_role_response import ModifyRoleResponse
    from ...models.permission_grant_input import PermissionGrantInput, PermissionGrantInputParam
    from ...models.permission_grant_instance import PermissionGrantInstance, PermissionGrantInstanceParam
    from ...models.role_instance import RoleInstance
    from ...models.temporary_permission_grant import TemporaryPermissionGrant

__all__ = ["INDEX", "OPERATIONS", "RoleResource", "RoleResourceWithRawResponse"]

#: The operation modules of this tag, imported on first use.
OPERATIONS = (
    "assign_role",
    "create_role",
    "create_temporary_permission_grant",
    "get_roles",
    "get_temporary_permission_grants",
    "modify_role",
)

#: (operation, HTTP method, path, summary) of each operation (amigo_client.api.RESOURCES, the README index).
INDEX = (
    ("assign_role", "POST", "/role/{role_name}/assign", "Assign a role to a user"),
    ("create_role", "POST", "/role/", "Create a role"),
    (
        "create_temporary_permission_grant",
        "POST",
        "/role/temporary_permission_grant/",
        "Grant a user a temporary permission",
    ),
    ("get_roles", "GET", "/role/", "List roles"),
    (
        "get_temporary_permission_grants",
        "GET",
        "/role/temporary_permission_grants/",
        "List temporary permission grants",
    ),
    ("modify_role", "POST", "/role/{role_name}", "Modify a role"),
)


class RoleResource(Resource):
    """The operations tagged role: ``client.role.<operation>(...)``.

    Methods: ``assign_role``, ``create_role``, ``create_temporary_permission_grant``, ``get_roles``, ``get_temporary_permission_grants``, ``modify_role``.
    """

    __slots__ = ()

    @overload
    def assign_role(
        self,
        role_name: str,
        *,
        body: AssignRoleRequest | AssignRoleRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssignRoleResponse: ...

    @overload
    def assign_role(
        self,
        role_name: str,
        *,
        user_id: str,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssignRoleResponse: ...

    def assign_role(
        self,
        role_name: str,
        *,
        body: AssignRoleRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> AssignRoleResponse:
        """Assign a role to a user

        Gives a user the named role. The caller must hold more privileges than that role.
        Limited to 1000 calls a minute. Returns the ID of the assigned role.

        ``POST /role/{role_name}/assign``.

        Args:
            role_name (str): Name of the role to give.

        Body: ``body=AssignRoleRequest(...)``, or its fields as keyword arguments:
            user_id (str): ID of the user who gets the role.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            AssignRoleResponse

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

        from . import assign_role as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "role_name": role_name,
            },
            body,
            fields,
            model="AssignRoleRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_role(
        self,
        *,
        body: CreateRoleRequest | CreateRoleRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateRoleResponse: ...

    @overload
    def create_role(
        self,
        *,
        role_name: str,
        description: str,
        permission_grants: Sequence[Union[PermissionGrantInputParam, PermissionGrantInput]],
        frontend_view: FrontendView,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateRoleResponse: ...

    def create_role(
        self,
        *,
        body: CreateRoleRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateRoleResponse:
        """Create a role

        Defines a new role: a named set of permission grants and the frontend view its users get.
        Requires `Role:CreateRole`. Limited to 20 calls a minute. Returns the role's ID.

        ``POST /role/``.

        Body: ``body=CreateRoleRequest(...)``, or its fields as keyword arguments:
            role_name (str): Name of the role, at most 256 characters.
            description (str): What the role is for.
            permission_grants (list[PermissionGrantInput]): The permissions the role gives.
            frontend_view (FrontendView): Which frontend a role's users see, `client` or `admin`.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateRoleResponse

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

        from . import create_role as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateRoleRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def create_temporary_permission_grant(
        self,
        *,
        body: CreateTemporaryPermissionGrantRequest | CreateTemporaryPermissionGrantRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateTemporaryPermissionGrantResponse: ...

    @overload
    def create_temporary_permission_grant(
        self,
        *,
        user_id: str,
        duration: str,
        permission_grant: Union[PermissionGrantInstanceParam, PermissionGrantInstance],
        tags: Union[Mapping[str, Union[str, None]], CreateTemporaryPermissionGrantRequestTags] = ...,
        justification: str,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateTemporaryPermissionGrantResponse: ...

    def create_temporary_permission_grant(
        self,
        *,
        body: CreateTemporaryPermissionGrantRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> CreateTemporaryPermissionGrantResponse:
        """Grant a user a temporary permission

        Gives one user an extra permission on top of their role, lasting for `duration`. Comparisons of
        privilege between a user and another entity (for example,
        whether the user may assign a role) keep using roles only and ignore such grants.
        Requires `Role:CreateTemporaryPermissionGrant`. Limited to 100 calls a minute. Returns the
        grant's ID and expiry time; each call creates a new grant.

        ``POST /role/temporary_permission_grant/``.

        Body: ``body=CreateTemporaryPermissionGrantRequest(...)``, or its fields as keyword arguments:
            user_id (str): ID of the user who gets the permission.
            duration (str): How long the grant lasts, as an ISO 8601 duration.
            permission_grant (PermissionGrantInstance): A permission with the conditions under which it
                applies, as sent in a temporary grant.
            tags (CreateTemporaryPermissionGrantRequestTags): Tags of the grant; keys and values hold
                letters, digits, underscores and spaces only.
            justification (str): Why the grant is needed.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            CreateTemporaryPermissionGrantResponse

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

        from . import create_temporary_permission_grant as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {},
            body,
            fields,
            model="CreateTemporaryPermissionGrantRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_roles(
        self,
        *,
        return_permission_grants: bool | Unset = False,
        id: list[str] | Unset = UNSET,
        name: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetRolesResponse:
        """List roles

        Lists the organization's roles, optionally only some of them by ID or name. Permission
        grants are left out unless `return_permission_grants` is true. Only roles on which the
        caller holds `Role:GetRole` appear. Limited to 20 calls a minute.

        ``GET /role/``.

        Args:
            return_permission_grants (bool | Unset): Include each role's permission grants. Default: False.
            id (list[str] | Unset): Keep only roles with these IDs.
            name (list[str] | Unset): Keep only roles with these names.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            GetRolesResponse

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

        from . import get_roles as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "return_permission_grants": return_permission_grants,
                "id": id,
                "name": name,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_temporary_permission_grants(
        self,
        *,
        id: list[str] | Unset = UNSET,
        user_id: list[str] | Unset = UNSET,
        permission_grant_name: str | Unset = UNSET,
        is_expired: bool | Unset = UNSET,
        limit: int | Unset = 10,
        continuation_token: int | Unset = 0,
        creator: list[str] | Unset = UNSET,
        tag: list[str] | Unset = UNSET,
        sort_by: list[str] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Page[GetTemporaryPermissionGrantsResponse, TemporaryPermissionGrant]:
        """List temporary permission grants

        Searches temporary permission grants by ID, user, permission, creator, tags or expiry, one
        page at a time. Only grants on which the caller holds `Role:GetTemporaryPermissionGrant`
        appear. Follow `continuation_token` while `has_more` is true. Limited to 100 calls a minute.

        ``GET /role/temporary_permission_grants/``.

        Args:
            id (list[str] | Unset): Keep only grants with these IDs.
            user_id (list[str] | Unset): Keep only grants given to these users.
            permission_grant_name (str | Unset): Keep only grants of this permission.
            is_expired (bool | Unset): True for expired grants only, false for grants still in force; both
                when omitted.
            limit (int | Unset): Largest number of grants in one page. Default: 10.
            continuation_token (int | Unset): The `continuation_token` of the previous page, to fetch the
                next one. Default: 0.
            creator (list[str] | Unset): Keep only grants made by these creators.
            tag (list[str] | Unset): Tag filters written `key:value`; `key:*` matches any value of that key,
                `key:` matches a null value.
            sort_by (list[str] | Unset): Sort keys, each prefixed with `+` (ascending) or `-` (descending);
                later keys break ties. Accepted: `expires_at`, `user_id`, `permission_grant.permission_name`.

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            Page[GetTemporaryPermissionGrantsResponse, TemporaryPermissionGrant]: iterate it for every item of every page; .data is the GetTemporaryPermissionGrantsResponse.

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

        from . import get_temporary_permission_grants as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "id": id,
                "user_id": user_id,
                "permission_grant_name": permission_grant_name,
                "is_expired": is_expired,
                "limit": limit,
                "continuation_token": continuation_token,
                "creator": creator,
                "tag": tag,
                "sort_by": sort_by,
            },
            items="temporary_permission_grants",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    @overload
    def modify_role(
        self,
        role_name: str,
        *,
        body: ModifyRoleRequest | ModifyRoleRequestParam,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ModifyRoleResponse: ...

    @overload
    def modify_role(
        self,
        role_name: str,
        *,
        description: Union[str, None] | Unset = ...,
        permission_grants: Union[Sequence[Union[PermissionGrantInputParam, PermissionGrantInput]], None] | Unset = ...,
        frontend_view: Union[FrontendView, None] | Unset = ...,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ModifyRoleResponse: ...

    def modify_role(
        self,
        role_name: str,
        *,
        body: ModifyRoleRequest | Mapping[str, Any] | Unset = UNSET,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> ModifyRoleResponse:
        """Modify a role

        Changes a role. A change of the description is made in place. A change of an immutable
        field (`permission_grants`, `frontend_view`) instead creates a new role with the same name,
        moves every user and API key of the old role onto it, and lets the old role record expire
        a day later; the caller may then need more privileges than the resulting role. Requires
        `Role:ModifyRole`. Limited to 10 calls a minute. Returns the ID of the role now in force.

        ``POST /role/{role_name}``.

        Args:
            role_name (str): Name of the role to change.

        Body: ``body=ModifyRoleRequest(...)``, or its fields as keyword arguments:
            description (None | str | Unset): New description; changed in place.
            permission_grants (list[PermissionGrantInput] | None | Unset): New permission grants; immutable,
                so changing them replaces the role (see `modify-role`).
            frontend_view (FrontendView | None | Unset): New frontend view; immutable, so changing it
                replaces the role (see `modify-role`).

        Options: ``timeout`` (seconds or httpx.Timeout), ``extra_headers``, ``extra_query``.

        Returns:
            ModifyRoleResponse

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

        from . import modify_role as _op

        return self._request(  # type: ignore[no-any-return]
            _op,
            {
                "role_name": role_name,
            },
            body,
            fields,
            model="ModifyRoleRequest",
            required=True,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


if TYPE_CHECKING:

    class RoleResourceWithRawResponse(RawResource):
        """``client.with_raw_response.role``: the same methods, returning a RawResponse."""

        @overload
        def assign_role(
            self,
            role_name: str,
            *,
            body: AssignRoleRequest | AssignRoleRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[AssignRoleResponse]: ...

        @overload
        def assign_role(
            self,
            role_name: str,
            *,
            user_id: str,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[AssignRoleResponse]: ...

        def assign_role(
            self,
            role_name: str,
            *,
            body: AssignRoleRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[AssignRoleResponse]: ...

        @overload
        def create_role(
            self,
            *,
            body: CreateRoleRequest | CreateRoleRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateRoleResponse]: ...

        @overload
        def create_role(
            self,
            *,
            role_name: str,
            description: str,
            permission_grants: Sequence[Union[PermissionGrantInputParam, PermissionGrantInput]],
            frontend_view: FrontendView,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateRoleResponse]: ...

        def create_role(
            self,
            *,
            body: CreateRoleRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateRoleResponse]: ...

        @overload
        def create_temporary_permission_grant(
            self,
            *,
            body: CreateTemporaryPermissionGrantRequest | CreateTemporaryPermissionGrantRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateTemporaryPermissionGrantResponse]: ...

        @overload
        def create_temporary_permission_grant(
            self,
            *,
            user_id: str,
            duration: str,
            permission_grant: Union[PermissionGrantInstanceParam, PermissionGrantInstance],
            tags: Union[Mapping[str, Union[str, None]], CreateTemporaryPermissionGrantRequestTags] = ...,
            justification: str,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[CreateTemporaryPermissionGrantResponse]: ...

        def create_temporary_permission_grant(
            self,
            *,
            body: CreateTemporaryPermissionGrantRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[CreateTemporaryPermissionGrantResponse]: ...

        def get_roles(
            self,
            *,
            return_permission_grants: bool | Unset = False,
            id: list[str] | Unset = UNSET,
            name: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[GetRolesResponse]: ...

        def get_temporary_permission_grants(
            self,
            *,
            id: list[str] | Unset = UNSET,
            user_id: list[str] | Unset = UNSET,
            permission_grant_name: str | Unset = UNSET,
            is_expired: bool | Unset = UNSET,
            limit: int | Unset = 10,
            continuation_token: int | Unset = 0,
            creator: list[str] | Unset = UNSET,
            tag: list[str] | Unset = UNSET,
            sort_by: list[str] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[Page[GetTemporaryPermissionGrantsResponse, TemporaryPermissionGrant]]: ...

        @overload
        def modify_role(
            self,
            role_name: str,
            *,
            body: ModifyRoleRequest | ModifyRoleRequestParam,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[ModifyRoleResponse]: ...

        @overload
        def modify_role(
            self,
            role_name: str,
            *,
            description: Union[str, None] | Unset = ...,
            permission_grants: Union[Sequence[Union[PermissionGrantInputParam, PermissionGrantInput]], None]
            | Unset = ...,
            frontend_view: Union[FrontendView, None] | Unset = ...,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
        ) -> RawResponse[ModifyRoleResponse]: ...

        def modify_role(
            self,
            role_name: str,
            *,
            body: ModifyRoleRequest | Mapping[str, Any] | Unset = UNSET,
            timeout: Timeout = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, Any] | None = None,
            **fields: Any,
        ) -> RawResponse[ModifyRoleResponse]: ...


else:

    class RoleResourceWithRawResponse(RawResource, RoleResource):
        """``client.with_raw_response.role``: the same methods, returning a RawResponse."""

        __slots__ = ()


def __getattr__(name: str) -> Any:
    if name in OPERATIONS:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}; its operations are {', '.join(OPERATIONS)}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(OPERATIONS))
