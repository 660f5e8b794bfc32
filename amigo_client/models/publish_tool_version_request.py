from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.publish_tool_version_request_bump_type import (
    PublishToolVersionRequestBumpType,
    check_publish_tool_version_request_bump_type,
)

T = TypeVar("T", bound="PublishToolVersionRequest")


@_attrs_define
class PublishToolVersionRequest:
    """Body for publishing a tool version.

    Attributes:
        project_path (str): Directory of the tool repository that holds the project's `pyproject.toml`.
        bump_type (PublishToolVersionRequestBumpType): Which part of the version number to raise; `major` for the first
            version of a tool.
    """

    project_path: str
    bump_type: PublishToolVersionRequestBumpType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_path = self.project_path

        bump_type: str = self.bump_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_path": project_path,
                "bump_type": bump_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"PublishToolVersionRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        project_path = d.pop("project_path")

        bump_type = check_publish_tool_version_request_bump_type(d.pop("bump_type"))

        publish_tool_version_request = cls(
            project_path=project_path,
            bump_type=bump_type,
        )

        publish_tool_version_request.additional_properties = d
        return publish_tool_version_request

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
    from typing import Any, Mapping

    from typing_extensions import Required, TypedDict

    PublishToolVersionRequestParam = TypedDict(
        "PublishToolVersionRequestParam",
        {
            "project_path": Required[str],
            "bump_type": Required[PublishToolVersionRequestBumpType],
        },
        total=False,
    )
