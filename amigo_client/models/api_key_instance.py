from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

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
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"APIKeyInstance takes a mapping of its fields, not {type(src_dict).__name__}") from None
        field_id = d.pop("_id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        name = _parse_name(d.pop("name"))

        org_id = d.pop("org_id")

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _updated_at_value = d.pop("updated_at")
        try:
            updated_at = isoparse(_updated_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_at")
            raise

        key_id = d.pop("key_id")

        _expires_at_value = d.pop("expires_at")
        try:
            expires_at = isoparse(_expires_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "expires_at")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = APIKeyUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

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

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .api_key_user_info import APIKeyUserInfoParam

    APIKeyInstanceParam = TypedDict(
        "APIKeyInstanceParam",
        {
            "_id": Required[str],
            "name": Required[Union[str, None]],
            "org_id": Required[str],
            "created_at": Required[datetime.datetime],
            "updated_at": Required[datetime.datetime],
            "key_id": Required[str],
            "expires_at": Required[datetime.datetime],
            "creator": Required[Union[APIKeyUserInfoParam, APIKeyUserInfo]],
            "role_id": Required[str],
        },
        total=False,
    )
