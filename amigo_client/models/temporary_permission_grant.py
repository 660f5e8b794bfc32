from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="TemporaryPermissionGrant")


@_attrs_define
class TemporaryPermissionGrant:
    """A time-limited extra permission for one user, on top of what their role allows.

    Attributes:
        field_id (str): ID of the grant.
        org_id (str): ID of the organization.
        user_id (str): ID of the user who holds the grant.
        expires_at (datetime.datetime): When the grant ends.
        permission_grant (PermissionGrantOutput): A permission with the conditions under which it applies.
        justification (str): Why the grant was made.
        creator (TemporaryPermissionGrantUserInfo): The user who made a temporary permission grant.
        tags (TemporaryPermissionGrantTags): Tags of the grant.
        created_at (datetime.datetime | Unset): When the grant was created.
        updated_at (datetime.datetime | Unset): When the grant last changed.
    """

    field_id: str
    org_id: str
    user_id: str
    expires_at: datetime.datetime
    permission_grant: PermissionGrantOutput
    justification: str
    creator: TemporaryPermissionGrantUserInfo
    tags: TemporaryPermissionGrantTags = _attrs_field(factory=lambda: TemporaryPermissionGrantTags())
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        org_id = self.org_id

        user_id = self.user_id

        expires_at = self.expires_at.isoformat()

        permission_grant = self.permission_grant.to_dict()

        justification = self.justification

        creator = self.creator.to_dict()

        tags = self.tags.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "org_id": org_id,
                "user_id": user_id,
                "expires_at": expires_at,
                "permission_grant": permission_grant,
                "justification": justification,
                "creator": creator,
                "tags": tags,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"TemporaryPermissionGrant takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        field_id = d.pop("_id")

        org_id = d.pop("org_id")

        user_id = d.pop("user_id")

        _expires_at_value = d.pop("expires_at")
        try:
            expires_at = isoparse(_expires_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "expires_at")
            raise

        _permission_grant_value = d.pop("permission_grant")
        try:
            permission_grant = PermissionGrantOutput.from_dict(_permission_grant_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "permission_grant")
            raise

        justification = d.pop("justification")

        _creator_value = d.pop("creator")
        try:
            creator = TemporaryPermissionGrantUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _tags_value = d.pop("tags")
        try:
            tags = TemporaryPermissionGrantTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _created_at_value = d.pop("created_at", UNSET)
        try:
            _created_at = _created_at_value
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = isoparse(_created_at)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _updated_at_value = d.pop("updated_at", UNSET)
        try:
            _updated_at = _updated_at_value
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = isoparse(_updated_at)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_at")
            raise

        temporary_permission_grant = cls(
            field_id=field_id,
            org_id=org_id,
            user_id=user_id,
            expires_at=expires_at,
            permission_grant=permission_grant,
            justification=justification,
            creator=creator,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        temporary_permission_grant.additional_properties = d
        return temporary_permission_grant

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
from ..models.permission_grant_output import PermissionGrantOutput
from ..models.temporary_permission_grant_tags import TemporaryPermissionGrantTags
from ..models.temporary_permission_grant_user_info import TemporaryPermissionGrantUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .permission_grant_output import PermissionGrantOutputParam
    from .temporary_permission_grant_user_info import TemporaryPermissionGrantUserInfoParam

    TemporaryPermissionGrantParam = TypedDict(
        "TemporaryPermissionGrantParam",
        {
            "_id": Required[str],
            "org_id": Required[str],
            "user_id": Required[str],
            "expires_at": Required[datetime.datetime],
            "permission_grant": Required[Union[PermissionGrantOutputParam, PermissionGrantOutput]],
            "justification": Required[str],
            "creator": Required[Union[TemporaryPermissionGrantUserInfoParam, TemporaryPermissionGrantUserInfo]],
            "tags": Required[Union[Mapping[str, Union[str, None]], TemporaryPermissionGrantTags]],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
