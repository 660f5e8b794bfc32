from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="ServiceInstanceVersionSets")


@_attrs_define
class ServiceInstanceVersionSets:
    """Version sets of the service, keyed by name."""

    additional_properties: dict[str, VersionSetOutput] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"ServiceInstanceVersionSets takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        service_instance_version_sets = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = VersionSetOutput.from_dict(prop_dict)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, prop_name)
                raise
            additional_properties[prop_name] = additional_property

        service_instance_version_sets.additional_properties = additional_properties
        return service_instance_version_sets

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

    def __getitem__(self, key: str) -> VersionSetOutput:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: VersionSetOutput) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, so that models referring to each other import in either order.
# ruff: noqa: E402
from ..models.version_set_output import VersionSetOutput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from .version_set_output import VersionSetOutputParam

    ServiceInstanceVersionSetsParam = Mapping[str, Union[VersionSetOutputParam, VersionSetOutput]]
