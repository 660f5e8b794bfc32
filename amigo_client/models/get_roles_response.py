from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetRolesResponse")


@_attrs_define
class GetRolesResponse:
    """Answer to `get-roles`.

    Attributes:
        roles (list[RoleInstance]): The organization's roles.
    """

    roles: list[RoleInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"GetRolesResponse takes a mapping of its fields, not {type(src_dict).__name__}") from None
        _roles_value = d.pop("roles")
        try:
            roles: list[RoleInstance] = []
            _roles = _roles_value
            for roles_item_data in _roles:
                try:
                    roles_item = RoleInstance.from_dict(roles_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(roles))
                    raise
                roles.append(roles_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "roles")
            raise

        get_roles_response = cls(
            roles=roles,
        )

        get_roles_response.additional_properties = d
        return get_roles_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["roles"])

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
from ..models.role_instance import RoleInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .role_instance import RoleInstanceParam

    GetRolesResponseParam = TypedDict(
        "GetRolesResponseParam",
        {
            "roles": Required[Sequence[Union[RoleInstanceParam, RoleInstance]]],
        },
        total=False,
    )
