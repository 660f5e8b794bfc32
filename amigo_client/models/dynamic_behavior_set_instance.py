from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="DynamicBehaviorSetInstance")


@_attrs_define
class DynamicBehaviorSetInstance:
    """A dynamic behavior set.

    Attributes:
        id (str): ID of the dynamic behavior set.
        name (str): Name of the set.
        is_active (bool): Whether the set is in use.
        applied_to_services (list[str]): IDs of the services that use this set.
        tags (DynamicBehaviorSetInstanceTags): Tags as key-value pairs; a tag may have no value.
        created_at (datetime.datetime): When the set was created.
        creator (DynamicBehaviorSetUserInfo): Identifies a user who created or changed a dynamic behavior set.
        updated_at (datetime.datetime): When the set last changed.
        updated_by (DynamicBehaviorSetUserInfo): Identifies a user who created or changed a dynamic behavior set.
    """

    id: str
    name: str
    is_active: bool
    applied_to_services: list[str]
    created_at: datetime.datetime
    creator: DynamicBehaviorSetUserInfo
    updated_at: datetime.datetime
    updated_by: DynamicBehaviorSetUserInfo
    tags: DynamicBehaviorSetInstanceTags = _attrs_field(factory=lambda: DynamicBehaviorSetInstanceTags())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_active = self.is_active

        applied_to_services = self.applied_to_services

        tags = self.tags.to_dict()

        created_at = self.created_at.isoformat()

        creator = self.creator.to_dict()

        updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "is_active": is_active,
                "applied_to_services": applied_to_services,
                "tags": tags,
                "created_at": created_at,
                "creator": creator,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"DynamicBehaviorSetInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        name = d.pop("name")

        is_active = d.pop("is_active")

        applied_to_services = cast("list[str]", d.pop("applied_to_services"))

        _tags_value = d.pop("tags")
        try:
            tags = DynamicBehaviorSetInstanceTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = DynamicBehaviorSetUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _updated_at_value = d.pop("updated_at")
        try:
            updated_at = isoparse(_updated_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_at")
            raise

        _updated_by_value = d.pop("updated_by")
        try:
            updated_by = DynamicBehaviorSetUserInfo.from_dict(_updated_by_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_by")
            raise

        dynamic_behavior_set_instance = cls(
            id=id,
            name=name,
            is_active=is_active,
            applied_to_services=applied_to_services,
            tags=tags,
            created_at=created_at,
            creator=creator,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        dynamic_behavior_set_instance.additional_properties = d
        return dynamic_behavior_set_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["applied_to_services"])

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
from ..models.dynamic_behavior_set_instance_tags import DynamicBehaviorSetInstanceTags
from ..models.dynamic_behavior_set_user_info import DynamicBehaviorSetUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .dynamic_behavior_set_user_info import DynamicBehaviorSetUserInfoParam

    DynamicBehaviorSetInstanceParam = TypedDict(
        "DynamicBehaviorSetInstanceParam",
        {
            "id": Required[str],
            "name": Required[str],
            "is_active": Required[bool],
            "applied_to_services": Required[List[str]],
            "tags": Required[Union[Mapping[str, Union[str, None]], DynamicBehaviorSetInstanceTags]],
            "created_at": Required[datetime.datetime],
            "creator": Required[Union[DynamicBehaviorSetUserInfoParam, DynamicBehaviorSetUserInfo]],
            "updated_at": Required[datetime.datetime],
            "updated_by": Required[Union[DynamicBehaviorSetUserInfoParam, DynamicBehaviorSetUserInfo]],
        },
        total=False,
    )
