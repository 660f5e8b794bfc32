from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frontend_view import FrontendView, check_frontend_view
from ..types import located

T = TypeVar("T", bound="CreateRoleRequest")


@_attrs_define
class CreateRoleRequest:
    """Parameters of a new role.

    Attributes:
        role_name (str): Name of the role, at most 256 characters.
        description (str): What the role is for.
        permission_grants (list[PermissionGrantInput]): The permissions the role gives.
        frontend_view (FrontendView): Which frontend a role's users see, `client` or `admin`.
    """

    role_name: str
    description: str
    permission_grants: list[PermissionGrantInput]
    frontend_view: FrontendView
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_name = self.role_name

        description = self.description

        permission_grants = []
        for permission_grants_item_data in self.permission_grants:
            permission_grants_item = permission_grants_item_data.to_dict()
            permission_grants.append(permission_grants_item)

        frontend_view: str = self.frontend_view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role_name": role_name,
                "description": description,
                "permission_grants": permission_grants,
                "frontend_view": frontend_view,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"CreateRoleRequest takes a mapping of its fields, not {type(src_dict).__name__}") from None
        role_name = d.pop("role_name")

        description = d.pop("description")

        _permission_grants_value = d.pop("permission_grants")
        try:
            permission_grants: list[PermissionGrantInput] = []
            _permission_grants = _permission_grants_value
            for permission_grants_item_data in _permission_grants:
                try:
                    permission_grants_item = PermissionGrantInput.from_dict(permission_grants_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(permission_grants))
                    raise
                permission_grants.append(permission_grants_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "permission_grants")
            raise

        frontend_view = check_frontend_view(d.pop("frontend_view"))

        create_role_request = cls(
            role_name=role_name,
            description=description,
            permission_grants=permission_grants,
            frontend_view=frontend_view,
        )

        create_role_request.additional_properties = d
        return create_role_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["permission_grants"])

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.permission_grant_input import PermissionGrantInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .permission_grant_input import PermissionGrantInputParam

    CreateRoleRequestParam = TypedDict(
        "CreateRoleRequestParam",
        {
            "role_name": Required[str],
            "description": Required[str],
            "permission_grants": Required[Sequence[Union[PermissionGrantInputParam, PermissionGrantInput]]],
            "frontend_view": Required[FrontendView],
        },
        total=False,
    )
