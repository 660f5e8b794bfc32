from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateDynamicBehaviorSetRequest")


@_attrs_define
class CreateDynamicBehaviorSetRequest:
    """A new dynamic behavior set and its first version.

    Attributes:
        name (str): Name of the set.
        tags (CreateDynamicBehaviorSetRequestTags): Key/value labels; keys and values may hold only letters, digits,
            underscores and spaces.
        applied_to_services (list[str]): IDs of the services the set applies to.
        initial_version (CreateDynamicBehaviorSetRequestInitialVersion): Settings of the first version of a new set.
    """

    name: str
    applied_to_services: list[str]
    initial_version: CreateDynamicBehaviorSetRequestInitialVersion
    tags: CreateDynamicBehaviorSetRequestTags = _attrs_field(factory=lambda: CreateDynamicBehaviorSetRequestTags())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags = self.tags.to_dict()

        applied_to_services = self.applied_to_services

        initial_version = self.initial_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tags": tags,
                "applied_to_services": applied_to_services,
                "initial_version": initial_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateDynamicBehaviorSetRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        name = d.pop("name")

        _tags_value = d.pop("tags")
        try:
            tags = CreateDynamicBehaviorSetRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        applied_to_services = cast("list[str]", d.pop("applied_to_services"))

        _initial_version_value = d.pop("initial_version")
        try:
            initial_version = CreateDynamicBehaviorSetRequestInitialVersion.from_dict(_initial_version_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "initial_version")
            raise

        create_dynamic_behavior_set_request = cls(
            name=name,
            tags=tags,
            applied_to_services=applied_to_services,
            initial_version=initial_version,
        )

        create_dynamic_behavior_set_request.additional_properties = d
        return create_dynamic_behavior_set_request

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
from ..models.create_dynamic_behavior_set_request_initial_version import CreateDynamicBehaviorSetRequestInitialVersion
from ..models.create_dynamic_behavior_set_request_tags import CreateDynamicBehaviorSetRequestTags

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .create_dynamic_behavior_set_request_initial_version import CreateDynamicBehaviorSetRequestInitialVersionParam

    CreateDynamicBehaviorSetRequestParam = TypedDict(
        "CreateDynamicBehaviorSetRequestParam",
        {
            "name": Required[str],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateDynamicBehaviorSetRequestTags]],
            "applied_to_services": Required[List[str]],
            "initial_version": Required[
                Union[CreateDynamicBehaviorSetRequestInitialVersionParam, CreateDynamicBehaviorSetRequestInitialVersion]
            ],
        },
        total=False,
    )
