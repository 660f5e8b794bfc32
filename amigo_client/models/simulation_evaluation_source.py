from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SimulationEvaluationSource")


@_attrs_define
class SimulationEvaluationSource:
    """Evaluation run as part of a simulation unit test.

    Attributes:
        simulation_unit_test_set_run_id (str): ID of the unit test set run.
        unit_test_id (str): ID of the unit test.
        run_index (int): Which repetition of the unit test produced the result.
        references (list[str]): Messages the result was based on.
        type_ (Literal['simulation'] | Unset): Always `simulation`. Default: 'simulation'.
    """

    simulation_unit_test_set_run_id: str
    unit_test_id: str
    run_index: int
    references: list[str]
    type_: Literal["simulation"] | Unset = "simulation"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_unit_test_set_run_id = self.simulation_unit_test_set_run_id

        unit_test_id = self.unit_test_id

        run_index = self.run_index

        references = self.references

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_unit_test_set_run_id": simulation_unit_test_set_run_id,
                "unit_test_id": unit_test_id,
                "run_index": run_index,
                "references": references,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SimulationEvaluationSource takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        simulation_unit_test_set_run_id = d.pop("simulation_unit_test_set_run_id")

        unit_test_id = d.pop("unit_test_id")

        run_index = d.pop("run_index")

        references = cast("list[str]", d.pop("references"))

        type_ = cast("Literal['simulation'] | Unset", d.pop("type", UNSET))
        if type_ != "simulation" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'simulation', got '{type_}'")

        simulation_evaluation_source = cls(
            simulation_unit_test_set_run_id=simulation_unit_test_set_run_id,
            unit_test_id=unit_test_id,
            run_index=run_index,
            references=references,
            type_=type_,
        )

        simulation_evaluation_source.additional_properties = d
        return simulation_evaluation_source

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["references"])

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Literal, Mapping

    from typing_extensions import Required, TypedDict

    SimulationEvaluationSourceParam = TypedDict(
        "SimulationEvaluationSourceParam",
        {
            "simulation_unit_test_set_run_id": Required[str],
            "unit_test_id": Required[str],
            "run_index": Required[int],
            "references": Required[List[str]],
            "type": Literal["simulation"],
        },
        total=False,
    )
