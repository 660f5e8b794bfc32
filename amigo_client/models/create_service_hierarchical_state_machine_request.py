from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateServiceHierarchicalStateMachineRequest")


@_attrs_define
class CreateServiceHierarchicalStateMachineRequest:
    """Parameters of a new state machine.

    Attributes:
        state_machine_name (str): Name of the state machine, unique in the organization.
    """

    state_machine_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state_machine_name = self.state_machine_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state_machine_name": state_machine_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state_machine_name = d.pop("state_machine_name")

        create_service_hierarchical_state_machine_request = cls(
            state_machine_name=state_machine_name,
        )

        create_service_hierarchical_state_machine_request.additional_properties = d
        return create_service_hierarchical_state_machine_request

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
