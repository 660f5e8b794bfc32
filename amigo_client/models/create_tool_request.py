from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateToolRequest")


@_attrs_define
class CreateToolRequest:
    """Body for creating a tool.

    Attributes:
        name (str): Identifier-like name of the tool (lower-case letters, digits, underscores); unique among tools that
            are not deprecated.
        description (str): What the tool does; this text is what the model is told about the tool.
        tags (CreateToolRequestTags): Labels for the tool; keys and values use letters, digits, underscores and spaces.
    """

    name: str
    description: str
    tags: CreateToolRequestTags = _attrs_field(factory=lambda: CreateToolRequestTags())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"CreateToolRequest takes a mapping of its fields, not {type(src_dict).__name__}") from None
        name = d.pop("name")

        description = d.pop("description")

        _tags_value = d.pop("tags")
        try:
            tags = CreateToolRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        create_tool_request = cls(
            name=name,
            description=description,
            tags=tags,
        )

        create_tool_request.additional_properties = d
        return create_tool_request

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
from ..models.create_tool_request_tags import CreateToolRequestTags

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    CreateToolRequestParam = TypedDict(
        "CreateToolRequestParam",
        {
            "name": Required[str],
            "description": Required[str],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateToolRequestTags]],
        },
        total=False,
    )
