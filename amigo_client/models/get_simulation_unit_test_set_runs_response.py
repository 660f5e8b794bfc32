from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetSimulationUnitTestSetRunsResponse")


@_attrs_define
class GetSimulationUnitTestSetRunsResponse:
    """One page of unit test set runs.

    Attributes:
        simulation_unit_test_set_runs (list[SimulationUnitTestSetRunInstance]): The runs in this page.
        has_more (bool): True when another page can be fetched.
        continuation_token (int | None): Pass as `continuation_token` to fetch the next page.
        filter_values (GetSimulationUnitTestSetRunsResponseFilterValues | None): Values available for the dynamic
            filters; only sent with the first page.
    """

    simulation_unit_test_set_runs: list[SimulationUnitTestSetRunInstance]
    has_more: bool
    continuation_token: int | None
    filter_values: GetSimulationUnitTestSetRunsResponseFilterValues | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_unit_test_set_runs = []
        for simulation_unit_test_set_runs_item_data in self.simulation_unit_test_set_runs:
            simulation_unit_test_set_runs_item = simulation_unit_test_set_runs_item_data.to_dict()
            simulation_unit_test_set_runs.append(simulation_unit_test_set_runs_item)

        has_more = self.has_more

        continuation_token: int | None
        continuation_token = self.continuation_token

        filter_values: dict[str, Any] | None
        if isinstance(self.filter_values, GetSimulationUnitTestSetRunsResponseFilterValues):
            filter_values = self.filter_values.to_dict()
        else:
            filter_values = self.filter_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_unit_test_set_runs": simulation_unit_test_set_runs,
                "has_more": has_more,
                "continuation_token": continuation_token,
                "filter_values": filter_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetSimulationUnitTestSetRunsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _simulation_unit_test_set_runs_value = d.pop("simulation_unit_test_set_runs")
        try:
            simulation_unit_test_set_runs: list[SimulationUnitTestSetRunInstance] = []
            _simulation_unit_test_set_runs = _simulation_unit_test_set_runs_value
            for simulation_unit_test_set_runs_item_data in _simulation_unit_test_set_runs:
                try:
                    simulation_unit_test_set_runs_item = SimulationUnitTestSetRunInstance.from_dict(
                        simulation_unit_test_set_runs_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(simulation_unit_test_set_runs))
                    raise
                simulation_unit_test_set_runs.append(simulation_unit_test_set_runs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "simulation_unit_test_set_runs")
            raise

        has_more = d.pop("has_more")

        def _parse_continuation_token(data: object) -> int | None:
            if data is None:
                return data

            return cast("int | None", data)

        continuation_token = _parse_continuation_token(d.pop("continuation_token"))

        _filter_values_value = d.pop("filter_values")
        try:

            def _parse_filter_values(data: object) -> GetSimulationUnitTestSetRunsResponseFilterValues | None:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        filter_values_type_0 = GetSimulationUnitTestSetRunsResponseFilterValues.from_dict(data)

                        return filter_values_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("GetSimulationUnitTestSetRunsResponseFilterValues | None", data)

            filter_values = _parse_filter_values(_filter_values_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "filter_values")
            raise

        get_simulation_unit_test_set_runs_response = cls(
            simulation_unit_test_set_runs=simulation_unit_test_set_runs,
            has_more=has_more,
            continuation_token=continuation_token,
            filter_values=filter_values,
        )

        get_simulation_unit_test_set_runs_response.additional_properties = d
        return get_simulation_unit_test_set_runs_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["simulation_unit_test_set_runs"])

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
from ..models.get_simulation_unit_test_set_runs_response_filter_values import (
    GetSimulationUnitTestSetRunsResponseFilterValues,
)
from ..models.simulation_unit_test_set_run_instance import SimulationUnitTestSetRunInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .get_simulation_unit_test_set_runs_response_filter_values import (
        GetSimulationUnitTestSetRunsResponseFilterValuesParam,
    )
    from .simulation_unit_test_set_run_instance import SimulationUnitTestSetRunInstanceParam

    GetSimulationUnitTestSetRunsResponseParam = TypedDict(
        "GetSimulationUnitTestSetRunsResponseParam",
        {
            "simulation_unit_test_set_runs": Required[
                Sequence[Union[SimulationUnitTestSetRunInstanceParam, SimulationUnitTestSetRunInstance]]
            ],
            "has_more": Required[bool],
            "continuation_token": Required[Union[int, None]],
            "filter_values": Required[
                Union[
                    Union[
                        GetSimulationUnitTestSetRunsResponseFilterValuesParam,
                        GetSimulationUnitTestSetRunsResponseFilterValues,
                    ],
                    None,
                ]
            ],
        },
        total=False,
    )
