from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="ToolVersionInstance")


@_attrs_define
class ToolVersionInstance:
    """One published version of a tool.

    Attributes:
        id (str): ID of the version record.
        org_id (str): Organization the tool belongs to.
        tool_id (str): The tool this version belongs to.
        version (Version): A version number made of major, minor and patch parts.
        required_envvars (list[str]): Names of the plain environment variables this version needs.
        required_secret_envvars (list[str]): Names of the secret environment variables this version needs.
        input_schema (ToolVersionInstanceInputSchema): JSON Schema that the input parameters of a call must satisfy.
        tool_commit_hash (str): Commit of the tool repository the version was built from.
        amigo_scaffold_commit_hash (str): Commit of the Amigo tool scaffold the version was built with.
        project_directory (str): Directory of the tool repository that holds the project.
        lambda_version (int): Lambda function version that runs this tool version.
        creator (ToolVersionUserInfo): A user, named by organization and user ID.
        updated_by (ToolVersionUserInfo): A user, named by organization and user ID.
        deprecated (bool): True once the version is deprecated; it then cannot run and is ignored when versions are
            resolved.
        created_at (datetime.datetime | Unset): When the version was published.
        updated_at (datetime.datetime | Unset): When the version record last changed.
    """

    id: str
    org_id: str
    tool_id: str
    version: Version
    required_envvars: list[str]
    required_secret_envvars: list[str]
    tool_commit_hash: str
    amigo_scaffold_commit_hash: str
    project_directory: str
    lambda_version: int
    creator: ToolVersionUserInfo
    updated_by: ToolVersionUserInfo
    deprecated: bool
    input_schema: ToolVersionInstanceInputSchema = _attrs_field(factory=lambda: ToolVersionInstanceInputSchema())
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        tool_id = self.tool_id

        version = self.version.to_dict()

        required_envvars = self.required_envvars

        required_secret_envvars = self.required_secret_envvars

        input_schema = self.input_schema.to_dict()

        tool_commit_hash = self.tool_commit_hash

        amigo_scaffold_commit_hash = self.amigo_scaffold_commit_hash

        project_directory = self.project_directory

        lambda_version = self.lambda_version

        creator = self.creator.to_dict()

        updated_by = self.updated_by.to_dict()

        deprecated = self.deprecated

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
                "tool_id": tool_id,
                "version": version,
                "required_envvars": required_envvars,
                "required_secret_envvars": required_secret_envvars,
                "input_schema": input_schema,
                "tool_commit_hash": tool_commit_hash,
                "amigo_scaffold_commit_hash": amigo_scaffold_commit_hash,
                "project_directory": project_directory,
                "lambda_version": lambda_version,
                "creator": creator,
                "updated_by": updated_by,
                "deprecated": deprecated,
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
                f"ToolVersionInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        org_id = d.pop("org_id")

        tool_id = d.pop("tool_id")

        _version_value = d.pop("version")
        try:
            version = Version.from_dict(_version_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "version")
            raise

        required_envvars = cast("list[str]", d.pop("required_envvars"))

        required_secret_envvars = cast("list[str]", d.pop("required_secret_envvars"))

        _input_schema_value = d.pop("input_schema")
        try:
            input_schema = ToolVersionInstanceInputSchema.from_dict(_input_schema_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "input_schema")
            raise

        tool_commit_hash = d.pop("tool_commit_hash")

        amigo_scaffold_commit_hash = d.pop("amigo_scaffold_commit_hash")

        project_directory = d.pop("project_directory")

        lambda_version = d.pop("lambda_version")

        _creator_value = d.pop("creator")
        try:
            creator = ToolVersionUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _updated_by_value = d.pop("updated_by")
        try:
            updated_by = ToolVersionUserInfo.from_dict(_updated_by_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_by")
            raise

        deprecated = d.pop("deprecated")

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

        tool_version_instance = cls(
            id=id,
            org_id=org_id,
            tool_id=tool_id,
            version=version,
            required_envvars=required_envvars,
            required_secret_envvars=required_secret_envvars,
            input_schema=input_schema,
            tool_commit_hash=tool_commit_hash,
            amigo_scaffold_commit_hash=amigo_scaffold_commit_hash,
            project_directory=project_directory,
            lambda_version=lambda_version,
            creator=creator,
            updated_by=updated_by,
            deprecated=deprecated,
            created_at=created_at,
            updated_at=updated_at,
        )

        tool_version_instance.additional_properties = d
        return tool_version_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["required_envvars", "required_secret_envvars"])

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
from ..models.tool_version_instance_input_schema import ToolVersionInstanceInputSchema
from ..models.tool_version_user_info import ToolVersionUserInfo
from ..models.version import Version

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .tool_version_user_info import ToolVersionUserInfoParam
    from .version import VersionParam

    ToolVersionInstanceParam = TypedDict(
        "ToolVersionInstanceParam",
        {
            "id": Required[str],
            "org_id": Required[str],
            "tool_id": Required[str],
            "version": Required[Union[VersionParam, Version]],
            "required_envvars": Required[List[str]],
            "required_secret_envvars": Required[List[str]],
            "input_schema": Required[Union[Mapping[str, Any], ToolVersionInstanceInputSchema]],
            "tool_commit_hash": Required[str],
            "amigo_scaffold_commit_hash": Required[str],
            "project_directory": Required[str],
            "lambda_version": Required[int],
            "creator": Required[Union[ToolVersionUserInfoParam, ToolVersionUserInfo]],
            "updated_by": Required[Union[ToolVersionUserInfoParam, ToolVersionUserInfo]],
            "deprecated": Required[bool],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
