from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.frontend_view import FrontendView, check_frontend_view
from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ModifyRoleRequest")


@_attrs_define
class ModifyRoleRequest:
    """Role fields to change; a field left out keeps its value.

    Attributes:
        description (None | str | Unset): New description; changed in place.
        permission_grants (list[PermissionGrantInput] | None | Unset): New permission grants; immutable, so changing
            them replaces the role (see `modify-role`).
        frontend_view (FrontendView | None | Unset): New frontend view; immutable, so changing it replaces the role (see
            `modify-role`).
    """

    description: None | str | Unset = UNSET
    permission_grants: list[PermissionGrantInput] | None | Unset = UNSET
    frontend_view: FrontendView | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        permission_grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.permission_grants, Unset):
            permission_grants = UNSET
        elif isinstance(self.permission_grants, list):
            permission_grants = []
            for permission_grants_type_0_item_data in self.permission_grants:
                permission_grants_type_0_item = permission_grants_type_0_item_data.to_dict()
                permission_grants.append(permission_grants_type_0_item)

        else:
            permission_grants = self.permission_grants

        frontend_view: None | str | Unset
        if isinstance(self.frontend_view, Unset):
            frontend_view = UNSET
        elif isinstance(self.frontend_view, str):
            frontend_view = self.frontend_view
        else:
            frontend_view = self.frontend_view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if permission_grants is not UNSET:
            field_dict["permission_grants"] = permission_grants
        if frontend_view is not UNSET:
            field_dict["frontend_view"] = frontend_view

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"ModifyRoleRequest takes a mapping of its fields, not {type(src_dict).__name__}") from None

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        _permission_grants_value = d.pop("permission_grants", UNSET)
        try:

            def _parse_permission_grants(data: object) -> list[PermissionGrantInput] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, list):
                    try:
                        permission_grants_type_0: list[PermissionGrantInput] = []
                        _permission_grants_type_0 = data
                        for permission_grants_type_0_item_data in _permission_grants_type_0:
                            try:
                                permission_grants_type_0_item = PermissionGrantInput.from_dict(
                                    permission_grants_type_0_item_data
                                )

                            except (KeyError, TypeError, ValueError, AttributeError) as error:
                                located(error, len(permission_grants_type_0))
                                raise
                            permission_grants_type_0.append(permission_grants_type_0_item)

                        return permission_grants_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("list[PermissionGrantInput] | None | Unset", data)

            permission_grants = _parse_permission_grants(_permission_grants_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "permission_grants")
            raise

        def _parse_frontend_view(data: object) -> FrontendView | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, str):
                try:
                    frontend_view_type_0 = check_frontend_view(data)

                    return frontend_view_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("FrontendView | None | Unset", data)

        frontend_view = _parse_frontend_view(d.pop("frontend_view", UNSET))

        modify_role_request = cls(
            description=description,
            permission_grants=permission_grants,
            frontend_view=frontend_view,
        )

        modify_role_request.additional_properties = d
        return modify_role_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, [])

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

    from typing_extensions import TypedDict

    from .permission_grant_input import PermissionGrantInputParam

    ModifyRoleRequestParam = TypedDict(
        "ModifyRoleRequestParam",
        {
            "description": Union[str, None],
            "permission_grants": Union[Sequence[Union[PermissionGrantInputParam, PermissionGrantInput]], None],
            "frontend_view": Union[FrontendView, None],
        },
        total=False,
    )
