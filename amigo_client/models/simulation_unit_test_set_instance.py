from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="SimulationUnitTestSetInstance")


@_attrs_define
class SimulationUnitTestSetInstance:
    """A unit test set as listed.

    Attributes:
        id (str): ID of the unit test set.
        org_id (str): ID of the organization.
        name (str): Name of the set.
        description (None | str): Free-text notes about the set; may be null.
        unit_test_runs (list[UnitTestRunDescriptorOutput]): The unit tests in the set, each with how many times it runs.
        last_triggered_run_id (None | str): The most recent run started for this set, if any.
        is_deleted (bool): Whether the set has been deleted.
        tags (list[Tag]): Tags of the set.
        creator (SimulationUnitTestSetUserInfo): Identifies a user by organization and user ID.
        updated_by (SimulationUnitTestSetUserInfo): Identifies a user by organization and user ID.
        created_at (datetime.datetime | Unset): When the set was created.
        updated_at (datetime.datetime | Unset): When the set last changed.
    """

    id: str
    org_id: str
    name: str
    description: None | str
    unit_test_runs: list[UnitTestRunDescriptorOutput]
    last_triggered_run_id: None | str
    is_deleted: bool
    tags: list[Tag]
    creator: SimulationUnitTestSetUserInfo
    updated_by: SimulationUnitTestSetUserInfo
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        org_id = self.org_id

        name = self.name

        description: None | str
        description = self.description

        unit_test_runs = []
        for unit_test_runs_item_data in self.unit_test_runs:
            unit_test_runs_item = unit_test_runs_item_data.to_dict()
            unit_test_runs.append(unit_test_runs_item)

        last_triggered_run_id: None | str
        last_triggered_run_id = self.last_triggered_run_id

        is_deleted = self.is_deleted

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        creator = self.creator.to_dict()

        updated_by = self.updated_by.to_dict()

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
                "name": name,
                "description": description,
                "unit_test_runs": unit_test_runs,
                "last_triggered_run_id": last_triggered_run_id,
                "is_deleted": is_deleted,
                "tags": tags,
                "creator": creator,
                "updated_by": updated_by,
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
                f"SimulationUnitTestSetInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        id = d.pop("id")

        org_id = d.pop("org_id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        description = _parse_description(d.pop("description"))

        _unit_test_runs_value = d.pop("unit_test_runs")
        try:
            unit_test_runs: list[UnitTestRunDescriptorOutput] = []
            _unit_test_runs = _unit_test_runs_value
            for unit_test_runs_item_data in _unit_test_runs:
                try:
                    unit_test_runs_item = UnitTestRunDescriptorOutput.from_dict(unit_test_runs_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(unit_test_runs))
                    raise
                unit_test_runs.append(unit_test_runs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "unit_test_runs")
            raise

        def _parse_last_triggered_run_id(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        last_triggered_run_id = _parse_last_triggered_run_id(d.pop("last_triggered_run_id"))

        is_deleted = d.pop("is_deleted")

        _tags_value = d.pop("tags")
        try:
            tags: list[Tag] = []
            _tags = _tags_value
            for tags_item_data in _tags:
                try:
                    tags_item = Tag.from_dict(tags_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(tags))
                    raise
                tags.append(tags_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = SimulationUnitTestSetUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _updated_by_value = d.pop("updated_by")
        try:
            updated_by = SimulationUnitTestSetUserInfo.from_dict(_updated_by_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "updated_by")
            raise

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

        simulation_unit_test_set_instance = cls(
            id=id,
            org_id=org_id,
            name=name,
            description=description,
            unit_test_runs=unit_test_runs,
            last_triggered_run_id=last_triggered_run_id,
            is_deleted=is_deleted,
            tags=tags,
            creator=creator,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        simulation_unit_test_set_instance.additional_properties = d
        return simulation_unit_test_set_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["unit_test_runs", "tags"])

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
from ..models.simulation_unit_test_set_user_info import SimulationUnitTestSetUserInfo
from ..models.tag import Tag
from ..models.unit_test_run_descriptor_output import UnitTestRunDescriptorOutput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_unit_test_set_user_info import SimulationUnitTestSetUserInfoParam
    from .tag import TagParam
    from .unit_test_run_descriptor_output import UnitTestRunDescriptorOutputParam

    SimulationUnitTestSetInstanceParam = TypedDict(
        "SimulationUnitTestSetInstanceParam",
        {
            "id": Required[str],
            "org_id": Required[str],
            "name": Required[str],
            "description": Required[Union[str, None]],
            "unit_test_runs": Required[Sequence[Union[UnitTestRunDescriptorOutputParam, UnitTestRunDescriptorOutput]]],
            "last_triggered_run_id": Required[Union[str, None]],
            "is_deleted": Required[bool],
            "tags": Required[Sequence[Union[TagParam, Tag]]],
            "creator": Required[Union[SimulationUnitTestSetUserInfoParam, SimulationUnitTestSetUserInfo]],
            "updated_by": Required[Union[SimulationUnitTestSetUserInfoParam, SimulationUnitTestSetUserInfo]],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
