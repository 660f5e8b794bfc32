from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="SearchSimulationPersonasResponse")


@_attrs_define
class SearchSimulationPersonasResponse:
    """Personas matching a search, best match first.

    Attributes:
        simulation_personas (list[SimulationPersonaInstance]): The matching personas.
    """

    simulation_personas: list[SimulationPersonaInstance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_personas = []
        for simulation_personas_item_data in self.simulation_personas:
            simulation_personas_item = simulation_personas_item_data.to_dict()
            simulation_personas.append(simulation_personas_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_personas": simulation_personas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SearchSimulationPersonasResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _simulation_personas_value = d.pop("simulation_personas")
        try:
            simulation_personas: list[SimulationPersonaInstance] = []
            _simulation_personas = _simulation_personas_value
            for simulation_personas_item_data in _simulation_personas:
                try:
                    simulation_personas_item = SimulationPersonaInstance.from_dict(simulation_personas_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(simulation_personas))
                    raise
                simulation_personas.append(simulation_personas_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "simulation_personas")
            raise

        search_simulation_personas_response = cls(
            simulation_personas=simulation_personas,
        )

        search_simulation_personas_response.additional_properties = d
        return search_simulation_personas_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["simulation_personas"])

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
from ..models.simulation_persona_instance import SimulationPersonaInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_persona_instance import SimulationPersonaInstanceParam

    SearchSimulationPersonasResponseParam = TypedDict(
        "SearchSimulationPersonasResponseParam",
        {
            "simulation_personas": Required[Sequence[Union[SimulationPersonaInstanceParam, SimulationPersonaInstance]]],
        },
        total=False,
    )
