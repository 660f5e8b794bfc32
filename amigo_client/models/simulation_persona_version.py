from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="SimulationPersonaVersion")


@_attrs_define
class SimulationPersonaVersion:
    """One stored version of a simulation persona, with its full content.

    Attributes:
        field_id (str): ID of this version record.
        org_id (str): Organization the persona belongs to.
        simulation_persona_id (str): The persona this version belongs to.
        version (int): Number of this version; the first is 1 and each new version counts up.
        background (str): Who the simulated user is and how they behave, in free text.
        preferred_language (None | str): ISO 639-3 code of the persona's language; null means the agent's language is
            used.
        timezone (None | str): IANA time zone of the persona; null means UTC.
        user_models (list[str]): User model entries attached to the persona, one text each.
        nonsensitive_user_variables (SimulationPersonaVersionNonsensitiveUserVariables): Ordinary user variables passed
            to tools during simulations.
        creator (SimulationPersonaVersionUserInfo): A user, named by organization and user ID.
        created_at (datetime.datetime | Unset): When this version was stored.
        updated_at (datetime.datetime | Unset): When this version record last changed.
        sensitive_user_variables (SimulationPersonaVersionSensitiveUserVariables | Unset): Sensitive user variables
            passed to tools; stored unencrypted, so test data only.
    """

    field_id: str
    org_id: str
    simulation_persona_id: str
    version: int
    background: str
    preferred_language: None | str
    timezone: None | str
    user_models: list[str]
    creator: SimulationPersonaVersionUserInfo
    nonsensitive_user_variables: SimulationPersonaVersionNonsensitiveUserVariables = _attrs_field(
        factory=lambda: SimulationPersonaVersionNonsensitiveUserVariables()
    )
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    sensitive_user_variables: SimulationPersonaVersionSensitiveUserVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        org_id = self.org_id

        simulation_persona_id = self.simulation_persona_id

        version = self.version

        background = self.background

        preferred_language: None | str
        preferred_language = self.preferred_language

        timezone: None | str
        timezone = self.timezone

        user_models = self.user_models

        nonsensitive_user_variables = self.nonsensitive_user_variables.to_dict()

        creator = self.creator.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        sensitive_user_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sensitive_user_variables, Unset):
            sensitive_user_variables = self.sensitive_user_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "org_id": org_id,
                "simulation_persona_id": simulation_persona_id,
                "version": version,
                "background": background,
                "preferred_language": preferred_language,
                "timezone": timezone,
                "user_models": user_models,
                "nonsensitive_user_variables": nonsensitive_user_variables,
                "creator": creator,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if sensitive_user_variables is not UNSET:
            field_dict["sensitive_user_variables"] = sensitive_user_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SimulationPersonaVersion takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        field_id = d.pop("_id")

        org_id = d.pop("org_id")

        simulation_persona_id = d.pop("simulation_persona_id")

        version = d.pop("version")

        background = d.pop("background")

        def _parse_preferred_language(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        preferred_language = _parse_preferred_language(d.pop("preferred_language"))

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        timezone = _parse_timezone(d.pop("timezone"))

        user_models = cast("list[str]", d.pop("user_models"))

        _nonsensitive_user_variables_value = d.pop("nonsensitive_user_variables")
        try:
            nonsensitive_user_variables = SimulationPersonaVersionNonsensitiveUserVariables.from_dict(
                _nonsensitive_user_variables_value
            )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "nonsensitive_user_variables")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = SimulationPersonaVersionUserInfo.from_dict(_creator_value)

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

        _sensitive_user_variables_value = d.pop("sensitive_user_variables", UNSET)
        try:
            _sensitive_user_variables = _sensitive_user_variables_value
            sensitive_user_variables: SimulationPersonaVersionSensitiveUserVariables | Unset
            if isinstance(_sensitive_user_variables, Unset):
                sensitive_user_variables = UNSET
            else:
                sensitive_user_variables = SimulationPersonaVersionSensitiveUserVariables.from_dict(
                    _sensitive_user_variables
                )

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "sensitive_user_variables")
            raise

        simulation_persona_version = cls(
            field_id=field_id,
            org_id=org_id,
            simulation_persona_id=simulation_persona_id,
            version=version,
            background=background,
            preferred_language=preferred_language,
            timezone=timezone,
            user_models=user_models,
            nonsensitive_user_variables=nonsensitive_user_variables,
            creator=creator,
            created_at=created_at,
            updated_at=updated_at,
            sensitive_user_variables=sensitive_user_variables,
        )

        simulation_persona_version.additional_properties = d
        return simulation_persona_version

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["user_models"])

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
from ..models.simulation_persona_version_nonsensitive_user_variables import (
    SimulationPersonaVersionNonsensitiveUserVariables,
)
from ..models.simulation_persona_version_sensitive_user_variables import SimulationPersonaVersionSensitiveUserVariables
from ..models.simulation_persona_version_user_info import SimulationPersonaVersionUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .simulation_persona_version_user_info import SimulationPersonaVersionUserInfoParam

    SimulationPersonaVersionParam = TypedDict(
        "SimulationPersonaVersionParam",
        {
            "_id": Required[str],
            "org_id": Required[str],
            "simulation_persona_id": Required[str],
            "version": Required[int],
            "background": Required[str],
            "preferred_language": Required[Union[str, None]],
            "timezone": Required[Union[str, None]],
            "user_models": Required[List[str]],
            "nonsensitive_user_variables": Required[
                Union[Mapping[str, str], SimulationPersonaVersionNonsensitiveUserVariables]
            ],
            "creator": Required[Union[SimulationPersonaVersionUserInfoParam, SimulationPersonaVersionUserInfo]],
            "created_at": datetime.datetime,
            "updated_at": datetime.datetime,
            "sensitive_user_variables": Union[Mapping[str, str], SimulationPersonaVersionSensitiveUserVariables],
        },
        total=False,
    )
