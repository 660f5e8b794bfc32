from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

T = TypeVar("T", bound="SimulationScenarioInstance")


@_attrs_define
class SimulationScenarioInstance:
    """A simulation scenario as listed.

    Attributes:
        id (str): ID of the scenario.
        name (str): Name of the scenario.
        tags (SimulationScenarioInstanceTags): Tags as key-value pairs; a tag may have no value.
        is_deleted (bool): Whether the scenario has been deleted.
        created_at (datetime.datetime): When the scenario was created.
        creator (SimulationScenarioUserInfo): Identifies a user by organization and user ID.
        updated_at (datetime.datetime): When the scenario last changed.
        updated_by (SimulationScenarioUserInfo): Identifies a user by organization and user ID.
    """

    id: str
    name: str
    tags: SimulationScenarioInstanceTags
    is_deleted: bool
    created_at: datetime.datetime
    creator: SimulationScenarioUserInfo
    updated_at: datetime.datetime
    updated_by: SimulationScenarioUserInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tags = self.tags.to_dict()

        is_deleted = self.is_deleted

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
                "tags": tags,
                "is_deleted": is_deleted,
                "created_at": created_at,
                "creator": creator,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        tags = SimulationScenarioInstanceTags.from_dict(d.pop("tags"))

        is_deleted = d.pop("is_deleted")

        created_at = isoparse(d.pop("created_at"))

        creator = SimulationScenarioUserInfo.from_dict(d.pop("creator"))

        updated_at = isoparse(d.pop("updated_at"))

        updated_by = SimulationScenarioUserInfo.from_dict(d.pop("updated_by"))

        simulation_scenario_instance = cls(
            id=id,
            name=name,
            tags=tags,
            is_deleted=is_deleted,
            created_at=created_at,
            creator=creator,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        simulation_scenario_instance.additional_properties = d
        return simulation_scenario_instance

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
from ..models.simulation_scenario_instance_tags import SimulationScenarioInstanceTags
from ..models.simulation_scenario_user_info import SimulationScenarioUserInfo
