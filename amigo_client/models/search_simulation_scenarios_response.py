from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="SearchSimulationScenariosResponse")


@_attrs_define
class SearchSimulationScenariosResponse:
    """Scenarios matching a search, best match first.

    Attributes:
        simulation_scenarios (list[SimulationScenarioInstance]): The matching scenarios.
    """

    simulation_scenarios: list[SimulationScenarioInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_scenarios = []
        for simulation_scenarios_item_data in self.simulation_scenarios:
            simulation_scenarios_item = simulation_scenarios_item_data.to_dict()
            simulation_scenarios.append(simulation_scenarios_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_scenarios": simulation_scenarios,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SearchSimulationScenariosResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _simulation_scenarios_value = d.pop("simulation_scenarios")
        try:
            simulation_scenarios: list[SimulationScenarioInstance] = []
            _simulation_scenarios = _simulation_scenarios_value
            for simulation_scenarios_item_data in _simulation_scenarios:
                try:
                    simulation_scenarios_item = SimulationScenarioInstance.from_dict(simulation_scenarios_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(simulation_scenarios))
                    raise
                simulation_scenarios.append(simulation_scenarios_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "simulation_scenarios")
            raise

        search_simulation_scenarios_response = cls(
            simulation_scenarios=simulation_scenarios,
        )

        search_simulation_scenarios_response.additional_properties = d
        return search_simulation_scenarios_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["simulation_scenarios"])

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
from ..models.simulation_scenario_instance import SimulationScenarioInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_scenario_instance import SimulationScenarioInstanceParam

    SearchSimulationScenariosResponseParam = TypedDict(
        "SearchSimulationScenariosResponseParam",
        {
            "simulation_scenarios": Required[
                Sequence[Union[SimulationScenarioInstanceParam, SimulationScenarioInstance]]
            ],
        },
        total=False,
    )
