from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..models.initial_message_type import InitialMessageType, check_initial_message_type
from ..types import UNSET, Unset, located

T = TypeVar("T", bound="SimulationScenarioVersion")


@_attrs_define
class SimulationScenarioVersion:
    """One stored version of a simulation scenario, with its full content.

    Attributes:
        field_id (str): ID of this version record.
        org_id (str): Organization the scenario belongs to.
        simulation_scenario_id (str): The scenario this version belongs to.
        version (int): Number of this version; the first is 1 and each new version counts up.
        objective (str): What the simulated user is trying to achieve.
        instructions (str): How the simulated user should act to pursue the objective.
        initial_message_type (InitialMessageType): How a conversation is opened.
        conversation_starts_at (datetime.datetime | None): UTC moment the simulated conversation pretends to begin at;
            null means the time of the run.
        creator (SimulationScenarioVersionUserInfo): A user, named by organization and user ID.
        created_at (datetime.datetime | Unset): When this version was stored.
        updated_at (datetime.datetime | Unset): When this version record last changed.
    """

    field_id: str
    org_id: str
    simulation_scenario_id: str
    version: int
    objective: str
    instructions: str
    initial_message_type: InitialMessageType
    conversation_starts_at: datetime.datetime | None
    creator: SimulationScenarioVersionUserInfo
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        org_id = self.org_id

        simulation_scenario_id = self.simulation_scenario_id

        version = self.version

        objective = self.objective

        instructions = self.instructions

        initial_message_type: str = self.initial_message_type

        conversation_starts_at: None | str
        if isinstance(self.conversation_starts_at, datetime.datetime):
            conversation_starts_at = self.conversation_starts_at.isoformat()
        else:
            conversation_starts_at = self.conversation_starts_at

        creator = self.creator.to_dict()

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
                "simulation_scenario_id": simulation_scenario_id,
                "version": version,
                "objective": objective,
                "instructions": instructions,
                "initial_message_type": initial_message_type,
                "conversation_starts_at": conversation_starts_at,
                "creator": creator,
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
                f"SimulationScenarioVersion takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        field_id = d.pop("_id")

        org_id = d.pop("org_id")

        simulation_scenario_id = d.pop("simulation_scenario_id")

        version = d.pop("version")

        objective = d.pop("objective")

        instructions = d.pop("instructions")

        initial_message_type = check_initial_message_type(d.pop("initial_message_type"))

        _conversation_starts_at_value = d.pop("conversation_starts_at")
        try:

            def _parse_conversation_starts_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, str):
                    try:
                        conversation_starts_at_type_0 = isoparse(data)

                        return conversation_starts_at_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("datetime.datetime | None", data)

            conversation_starts_at = _parse_conversation_starts_at(_conversation_starts_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "conversation_starts_at")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = SimulationScenarioVersionUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
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

        simulation_scenario_version = cls(
            field_id=field_id,
            org_id=org_id,
            simulation_scenario_id=simulation_scenario_id,
            version=version,
            objective=objective,
            instructions=instructions,
            initial_message_type=initial_message_type,
            conversation_starts_at=conversation_starts_at,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
        )

        simulation_scenario_version.additional_properties = d
        return simulation_scenario_version

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
from ..models.simulation_scenario_version_user_info import SimulationScenarioVersionUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .simulation_scenario_version_user_info import SimulationScenarioVersionUserInfoParam

    SimulationScenarioVersionParam = TypedDict(
        "SimulationScenarioVersionParam",
        {
            "_id": Required[str],
            "org_id": Required[str],
            "simulation_scenario_id": Required[str],
            "version": Required[int],
            "objective": Required[str],
            "instructions": Required[str],
            "initial_message_type": Required[InitialMessageType],
            "conversation_starts_at": Required[Union[datetime.datetime, None]],
            "creator": Required[Union[SimulationScenarioVersionUserInfoParam, SimulationScenarioVersionUserInfo]],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
        },
        total=False,
    )
