from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

T = TypeVar("T", bound="APIKeyInstance")


@_attrs_define
class APIKeyInstance:
    """Metadata of one API key; the secret is never included.

    Attributes:
        field_id (str): Database ID of the key record.
        name (None | str): Label of the key, if one was given.
        org_id (str): ID of the organization.
        created_at (datetime.datetime): When the key was created (UTC).
        updated_at (datetime.datetime): When the key record last changed (UTC).
        key_id (str): ID of the key as used when signing in (a UUID, not the database ID).
        expires_at (datetime.datetime): When the key stops working (UTC).
        creator (APIKeyUserInfo): The user who created an API key.
        role_id (str): ID of the role that holds for this key.
    """

    field_id: str
    name: None | str
    org_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    key_id: str
    expires_at: datetime.datetime
    creator: APIKeyUserInfo
    role_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name: None | str
        name = self.name

        org_id = self.org_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        key_id = self.key_id

        expires_at = self.expires_at.isoformat()

        creator = self.creator.to_dict()

        role_id = self.role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "org_id": org_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "key_id": key_id,
                "expires_at": expires_at,
                "creator": creator,
                "role_id": role_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        org_id = d.pop("org_id")

        created_at = isoparse(d.pop("created_at"))

        updated_at = isoparse(d.pop("updated_at"))

        key_id = d.pop("key_id")

        expires_at = isoparse(d.pop("expires_at"))

        creator = APIKeyUserInfo.from_dict(d.pop("creator"))

        role_id = d.pop("role_id")

        api_key_instance = cls(
            field_id=field_id,
            name=name,
            org_id=org_id,
            created_at=created_at,
            updated_at=updated_at,
            key_id=key_id,
            expires_at=expires_at,
            creator=creator,
            role_id=role_id,
        )

        api_key_instance.additional_properties = d
        return api_key_instance

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
from ..models.api_key_user_info import APIKeyUserInfo
