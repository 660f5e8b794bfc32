from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateSimulationScenarioRequest")


@_attrs_define
class CreateSimulationScenarioRequest:
    """Body for creating a simulation scenario.

    Attributes:
        name (str): Display name of the scenario.
        tags (CreateSimulationScenarioRequestTags): Labels for the scenario; keys and values use letters, digits,
            underscores and spaces.
        initial_version (CreateSimulationScenarioRequestInitialVersion): Content of the first version of a new scenario.
    """

    name: str
    initial_version: CreateSimulationScenarioRequestInitialVersion
    tags: CreateSimulationScenarioRequestTags = _attrs_field(factory=lambda: CreateSimulationScenarioRequestTags())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags = self.tags.to_dict()

        initial_version = self.initial_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tags": tags,
                "initial_version": initial_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"CreateSimulationScenarioRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        name = d.pop("name")

        _tags_value = d.pop("tags")
        try:
            tags = CreateSimulationScenarioRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        _initial_version_value = d.pop("initial_version")
        try:
            initial_version = CreateSimulationScenarioRequestInitialVersion.from_dict(_initial_version_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "initial_version")
            raise

        create_simulation_scenario_request = cls(
            name=name,
            tags=tags,
            initial_version=initial_version,
        )

        create_simulation_scenario_request.additional_properties = d
        return create_simulation_scenario_request

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
from ..models.create_simulation_scenario_request_initial_version import CreateSimulationScenarioRequestInitialVersion
from ..models.create_simulation_scenario_request_tags import CreateSimulationScenarioRequestTags

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import Required, TypedDict

    from .create_simulation_scenario_request_initial_version import CreateSimulationScenarioRequestInitialVersionParam

    CreateSimulationScenarioRequestParam = TypedDict(
        "CreateSimulationScenarioRequestParam",
        {
            "name": Required[str],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateSimulationScenarioRequestTags]],
            "initial_version": Required[
                Union[CreateSimulationScenarioRequestInitialVersionParam, CreateSimulationScenarioRequestInitialVersion]
            ],
        },
        total=False,
    )
