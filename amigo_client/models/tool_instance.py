from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ToolInstance")


@_attrs_define
class ToolInstance:
    """A tool as listed.

    Attributes:
        id (str): ID of the tool.
        org_id (str): Organization the tool belongs to.
        name (str): Name of the tool.
        description (str): What the tool does, as the model is told.
        deprecated (bool): True once the tool has been deprecated; a deprecated tool cannot be used.
        envvars (list[str]): Names of the plain environment variables that some version of the tool uses.
        secret_envvars (list[str]): Names of the secret (stored encrypted) environment variables that some version of
            the tool uses.
        tags (list[Tag]): Labels attached to the tool.
        creator (ToolUserInfo): A user, named by organization and user ID.
        updated_by (ToolUserInfo): A user, named by organization and user ID.
        created_at (datetime.datetime | Unset): When the tool was created.
        updated_at (datetime.datetime | Unset): When the tool last changed.
    """

    id: str
    org_id: str
    name: str
    description: str
    deprecated: bool
    envvars: list[str]
    secret_envvars: list[str]
    tags: list[Tag]
    creator: ToolUserInfo
    updated_by: ToolUserInfo
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        name = self.name

        description = self.description

        deprecated = self.deprecated

        envvars = self.envvars

        secret_envvars = self.secret_envvars

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        creator = self.creator.to_dict()

        updated_by = self.updated_by.to_dict()

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
                "id": id,
                "org_id": org_id,
                "name": name,
                "description": description,
                "deprecated": deprecated,
                "envvars": envvars,
                "secret_envvars": secret_envvars,
                "tags": tags,
                "creator": creator,
                "updated_by": updated_by,
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
            raise TypeError(f"ToolInstance takes a mapping of its fields, not {type(src_dict).__name__}") from None
        id = d.pop("id")

        org_id = d.pop("org_id")

        name = d.pop("name")

        description = d.pop("description")

        deprecated = d.pop("deprecated")

        envvars = cast("list[str]", d.pop("envvars"))

        secret_envvars = cast("list[str]", d.pop("secret_envvars"))

        _tags_value = d.pop("tags")
        try:
            tags: list[Tag] = []
            _tags = _tags_value
            for tags_item_data in _tags:
                try:
                    tags_item = Tag.from_dict(tags_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tags))
                    raise
                tags.append(tags_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = ToolUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _updated_by_value = d.pop("updated_by")
        try:
            updated_by = ToolUserInfo.from_dict(_updated_by_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_by")
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

        tool_instance = cls(
            id=id,
            org_id=org_id,
            name=name,
            description=description,
            deprecated=deprecated,
            envvars=envvars,
            secret_envvars=secret_envvars,
            tags=tags,
            creator=creator,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        tool_instance.additional_properties = d
        return tool_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["envvars", "secret_envvars", "tags"])

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
from ..models.tag import Tag
from ..models.tool_user_info import ToolUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .tag import TagParam
    from .tool_user_info import ToolUserInfoParam

    ToolInstanceParam = TypedDict(
        "ToolInstanceParam",
        {
            "id": Required[str],
            "org_id": Required[str],
            "name": Required[str],
            "description": Required[str],
            "deprecated": Required[bool],
            "envvars": Required[List[str]],
            "secret_envvars": Required[List[str]],
            "tags": Required[Sequence[Union[TagParam, Tag]]],
            "creator": Required[Union[ToolUserInfoParam, ToolUserInfo]],
            "updated_by": Required[Union[ToolUserInfoParam, ToolUserInfo]],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
