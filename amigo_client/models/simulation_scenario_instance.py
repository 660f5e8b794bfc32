from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

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
    is_deleted: bool
    created_at: datetime.datetime
    creator: SimulationScenarioUserInfo
    updated_at: datetime.datetime
    updated_by: SimulationScenarioUserInfo
    tags: SimulationScenarioInstanceTags = _attrs_field(factory=lambda: SimulationScenarioInstanceTags())
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
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SimulationScenarioInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        name = d.pop("name")

        _tags_value = d.pop("tags")
        try:
            tags = SimulationScenarioInstanceTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        is_deleted = d.pop("is_deleted")

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = SimulationScenarioUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _updated_at_value = d.pop("updated_at")
        try:
            updated_at = isoparse(_updated_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_at")
            raise

        _updated_by_value = d.pop("updated_by")
        try:
            updated_by = SimulationScenarioUserInfo.from_dict(_updated_by_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_by")
            raise

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

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .simulation_scenario_user_info import SimulationScenarioUserInfoParam

    SimulationScenarioInstanceParam = TypedDict(
        "SimulationScenarioInstanceParam",
        {
            "id": Required[str],
            "name": Required[str],
            "tags": Required[Union[Mapping[str, Union[str, None]], SimulationScenarioInstanceTags]],
            "is_deleted": Required[bool],
            "created_at": Required[datetime.datetime],
            "creator": Required[Union[SimulationScenarioUserInfoParam, SimulationScenarioUserInfo]],
            "updated_at": Required[datetime.datetime],
            "updated_by": Required[Union[SimulationScenarioUserInfoParam, SimulationScenarioUserInfo]],
        },
        total=False,
    )
