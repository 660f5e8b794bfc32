from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateServiceHierarchicalStateMachineVersionRequestReferences")


@_attrs_define
class CreateServiceHierarchicalStateMachineVersionRequestReferences:
    """Other state machines this one can jump into, keyed by the name used in `next_state`, each given by ID and version."""

    additional_properties: dict[str, list[int | str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item: int | str
                additional_property_item = additional_property_item_data
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateServiceHierarchicalStateMachineVersionRequestReferences takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        create_service_hierarchical_state_machine_version_request_references = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property: list[int | str] = []
            _additional_property = prop_dict
            for additional_property_item_data in _additional_property:
                try:

                    def _parse_additional_property_item(data: object) -> int | str:

                        return cast("int | str", data)

                    additional_property_item = _parse_additional_property_item(additional_property_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(additional_property))
                    raise
                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        create_service_hierarchical_state_machine_version_request_references.additional_properties = (
            additional_properties
        )
        return create_service_hierarchical_state_machine_version_request_references

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

    def __getitem__(self, key: str) -> list[int | str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[int | str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    CreateServiceHierarchicalStateMachineVersionRequestReferencesParam = Mapping[str, List[Union[str, int]]]
