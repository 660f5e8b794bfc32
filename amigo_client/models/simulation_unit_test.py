from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="SimulationUnitTest")


@_attrs_define
class SimulationUnitTest:
    """A simulation unit test as a search returns it.

    Attributes:
        field_id (str): ID of the unit test.
        org_id (str): Organization the unit test belongs to.
        name (str): Display name.
        description (str): What the unit test checks.
        service_id (str): Service whose agent is tested.
        service_version_set_name (str): Version set of that service that is tested.
        persona_id (str): Persona the simulated user plays.
        scenario_id (str): Scenario the simulated user follows.
        max_interactions (int): Interaction budget; reaching it makes the unit test fail.
        success_criterions (list[SuccessCriterionOutput]): Conditions on metric results that decide whether the test
            passes.
        is_deleted (bool): True once the unit test has been deleted.
        tags (list[Tag]): Labels attached to the unit test.
        creator (SimulationUnitTestUserInfo): A user, named by organization and user ID.
        updated_by (SimulationUnitTestUserInfo): A user, named by organization and user ID.
        created_at (datetime.datetime | Unset): When the unit test was created.
        updated_at (datetime.datetime | Unset): When the unit test last changed.
    """

    field_id: str
    org_id: str
    name: str
    description: str
    service_id: str
    service_version_set_name: str
    persona_id: str
    scenario_id: str
    max_interactions: int
    success_criterions: list[SuccessCriterionOutput]
    is_deleted: bool
    tags: list[Tag]
    creator: SimulationUnitTestUserInfo
    updated_by: SimulationUnitTestUserInfo
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        org_id = self.org_id

        name = self.name

        description = self.description

        service_id = self.service_id

        service_version_set_name = self.service_version_set_name

        persona_id = self.persona_id

        scenario_id = self.scenario_id

        max_interactions = self.max_interactions

        success_criterions = []
        for success_criterions_item_data in self.success_criterions:
            success_criterions_item = success_criterions_item_data.to_dict()
            success_criterions.append(success_criterions_item)

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
                "_id": field_id,
                "org_id": org_id,
                "name": name,
                "description": description,
                "service_id": service_id,
                "service_version_set_name": service_version_set_name,
                "persona_id": persona_id,
                "scenario_id": scenario_id,
                "max_interactions": max_interactions,
                "success_criterions": success_criterions,
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
                f"SimulationUnitTest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        field_id = d.pop("_id")

        org_id = d.pop("org_id")

        name = d.pop("name")

        description = d.pop("description")

        service_id = d.pop("service_id")

        service_version_set_name = d.pop("service_version_set_name")

        persona_id = d.pop("persona_id")

        scenario_id = d.pop("scenario_id")

        max_interactions = d.pop("max_interactions")

        _success_criterions_value = d.pop("success_criterions")
        try:
            success_criterions: list[SuccessCriterionOutput] = []
            _success_criterions = _success_criterions_value
            for success_criterions_item_data in _success_criterions:
                try:
                    success_criterions_item = SuccessCriterionOutput.from_dict(success_criterions_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(success_criterions))
                    raise
                success_criterions.append(success_criterions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "success_criterions")
            raise

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
            creator = SimulationUnitTestUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        _updated_by_value = d.pop("updated_by")
        try:
            updated_by = SimulationUnitTestUserInfo.from_dict(_updated_by_value)

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

        simulation_unit_test = cls(
            field_id=field_id,
            org_id=org_id,
            name=name,
            description=description,
            service_id=service_id,
            service_version_set_name=service_version_set_name,
            persona_id=persona_id,
            scenario_id=scenario_id,
            max_interactions=max_interactions,
            success_criterions=success_criterions,
            is_deleted=is_deleted,
            tags=tags,
            creator=creator,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
        )

        simulation_unit_test.additional_properties = d
        return simulation_unit_test

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["success_criterions", "tags"])

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
from ..models.simulation_unit_test_user_info import SimulationUnitTestUserInfo
from ..models.success_criterion_output import SuccessCriterionOutput
from ..models.tag import Tag

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_unit_test_user_info import SimulationUnitTestUserInfoParam
    from .success_criterion_output import SuccessCriterionOutputParam
    from .tag import TagParam

    SimulationUnitTestParam = TypedDict(
        "SimulationUnitTestParam",
        {
            "_id": Required[str],
            "org_id": Required[str],
            "name": Required[str],
            "description": Required[str],
            "service_id": Required[str],
            "service_version_set_name": Required[str],
            "persona_id": Required[str],
            "scenario_id": Required[str],
            "max_interactions": Required[int],
            "success_criterions": Required[Sequence[Union[SuccessCriterionOutputParam, SuccessCriterionOutput]]],
            "is_deleted": Required[bool],
            "tags": Required[Sequence[Union[TagParam, Tag]]],
            "creator": Required[Union[SimulationUnitTestUserInfoParam, SimulationUnitTestUserInfo]],
            "updated_by": Required[Union[SimulationUnitTestUserInfoParam, SimulationUnitTestUserInfo]],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
