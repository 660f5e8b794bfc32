from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="SearchSimulationUnitTestSetResponse")


@_attrs_define
class SearchSimulationUnitTestSetResponse:
    """Unit test sets matching a search.

    Attributes:
        simulation_unit_test_sets (list[SimulationUnitTestSet]): The matching sets.
    """

    simulation_unit_test_sets: list[SimulationUnitTestSet]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_unit_test_sets = []
        for simulation_unit_test_sets_item_data in self.simulation_unit_test_sets:
            simulation_unit_test_sets_item = simulation_unit_test_sets_item_data.to_dict()
            simulation_unit_test_sets.append(simulation_unit_test_sets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_unit_test_sets": simulation_unit_test_sets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SearchSimulationUnitTestSetResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _simulation_unit_test_sets_value = d.pop("simulation_unit_test_sets")
        try:
            simulation_unit_test_sets: list[SimulationUnitTestSet] = []
            _simulation_unit_test_sets = _simulation_unit_test_sets_value
            for simulation_unit_test_sets_item_data in _simulation_unit_test_sets:
                try:
                    simulation_unit_test_sets_item = SimulationUnitTestSet.from_dict(
                        simulation_unit_test_sets_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(simulation_unit_test_sets))
                    raise
                simulation_unit_test_sets.append(simulation_unit_test_sets_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "simulation_unit_test_sets")
            raise

        search_simulation_unit_test_set_response = cls(
            simulation_unit_test_sets=simulation_unit_test_sets,
        )

        search_simulation_unit_test_set_response.additional_properties = d
        return search_simulation_unit_test_set_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["simulation_unit_test_sets"])

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
from ..models.simulation_unit_test_set import SimulationUnitTestSet

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_unit_test_set import SimulationUnitTestSetParam

    SearchSimulationUnitTestSetResponseParam = TypedDict(
        "SearchSimulationUnitTestSetResponseParam",
        {
            "simulation_unit_test_sets": Required[Sequence[Union[SimulationUnitTestSetParam, SimulationUnitTestSet]]],
        },
        total=False,
    )
