from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="UpdateDynamicBehaviorSetRequest")


@_attrs_define
class UpdateDynamicBehaviorSetRequest:
    """Dynamic behavior set fields to change; a field left out or null keeps its value.

    Attributes:
        name (None | str | Unset): New name of the set.
        tags (None | Unset | UpdateDynamicBehaviorSetRequestTagsType0): New tags; keys and values hold letters, digits,
            underscores and spaces only.
        applied_to_services (list[str] | None | Unset): New list of IDs of the services the set applies to.
        is_active (bool | None | Unset): Turn the set on (true) or off (false).
    """

    name: None | str | Unset = UNSET
    tags: None | Unset | UpdateDynamicBehaviorSetRequestTagsType0 = UNSET
    applied_to_services: list[str] | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateDynamicBehaviorSetRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        applied_to_services: list[str] | None | Unset
        if isinstance(self.applied_to_services, Unset):
            applied_to_services = UNSET
        elif isinstance(self.applied_to_services, list):
            applied_to_services = self.applied_to_services

        else:
            applied_to_services = self.applied_to_services

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if applied_to_services is not UNSET:
            field_dict["applied_to_services"] = applied_to_services
        if is_active is not UNSET:
            field_dict["is_active"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpdateDynamicBehaviorSetRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        _tags_value = d.pop("tags", UNSET)
        try:

            def _parse_tags(data: object) -> None | Unset | UpdateDynamicBehaviorSetRequestTagsType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        tags_type_0 = UpdateDynamicBehaviorSetRequestTagsType0.from_dict(data)

                        return tags_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | Unset | UpdateDynamicBehaviorSetRequestTagsType0", data)

            tags = _parse_tags(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        def _parse_applied_to_services(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            failure: Exception | None = None
            if isinstance(data, list):
                try:
                    applied_to_services_type_0 = cast("list[str]", data)

                    return applied_to_services_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    failure = error
            if failure is not None:
                raise failure
            return cast("list[str] | None | Unset", data)

        applied_to_services = _parse_applied_to_services(d.pop("applied_to_services", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("bool | None | Unset", data)

        is_active = _parse_is_active(d.pop("is_active", UNSET))

        update_dynamic_behavior_set_request = cls(
            name=name,
            tags=tags,
            applied_to_services=applied_to_services,
            is_active=is_active,
        )

        update_dynamic_behavior_set_request.additional_properties = d
        return update_dynamic_behavior_set_request

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
from ..models.update_dynamic_behavior_set_request_tags_type_0 import UpdateDynamicBehaviorSetRequestTagsType0

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import TypedDict

    UpdateDynamicBehaviorSetRequestParam = TypedDict(
        "UpdateDynamicBehaviorSetRequestParam",
        {
            "name": Union[str, None],
            "tags": Union[Union[Mapping[str, Union[str, None]], UpdateDynamicBehaviorSetRequestTagsType0], None],
            "applied_to_services": Union[List[str], None],
            "is_active": Union[bool, None],
        },
        total=False,
    )
