from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="CreateTemporaryPermissionGrantResponse")


@_attrs_define
class CreateTemporaryPermissionGrantResponse:
    """Answer to `create-temporary-permission-grant`.

    Attributes:
        temporary_permission_grant_id (str): ID of the new grant.
        expires_at (datetime.datetime): When the grant ends (UTC).
    """

    temporary_permission_grant_id: str
    expires_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temporary_permission_grant_id = self.temporary_permission_grant_id

        expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "temporary_permission_grant_id": temporary_permission_grant_id,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateTemporaryPermissionGrantResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        temporary_permission_grant_id = d.pop("temporary_permission_grant_id")

        _expires_at_value = d.pop("expires_at")
        try:
            expires_at = isoparse(_expires_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "expires_at")
            raise

        create_temporary_permission_grant_response = cls(
            temporary_permission_grant_id=temporary_permission_grant_id,
            expires_at=expires_at,
        )

        create_temporary_permission_grant_response.additional_properties = d
        return create_temporary_permission_grant_response

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping

    from typing_extensions import Required, TypedDict

    CreateTemporaryPermissionGrantResponseParam = TypedDict(
        "CreateTemporaryPermissionGrantResponseParam",
        {
            "temporary_permission_grant_id": Required[str],
            "expires_at": Required[datetime.datetime],
        },
        total=False,
    )
