from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetSimulationScenariosResponseFilterValues")


@_attrs_define
class GetSimulationScenariosResponseFilterValues:
    """Distinct filter values across all matching scenarios.

    Attributes:
        creators (list[SimulationScenarioUserInfo]): Everyone who created a scenario matching the filters.
        tags (list[str]): Tag keys in use.
    """

    creators: list[SimulationScenarioUserInfo]
    tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creators = []
        for creators_item_data in self.creators:
            creators_item = creators_item_data.to_dict()
            creators.append(creators_item)

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creators": creators,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetSimulationScenariosResponseFilterValues takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _creators_value = d.pop("creators")
        try:
            creators: list[SimulationScenarioUserInfo] = []
            _creators = _creators_value
            for creators_item_data in _creators:
                try:
                    creators_item = SimulationScenarioUserInfo.from_dict(creators_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(creators))
                    raise
                creators.append(creators_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creators")
            raise

        tags = cast("list[str]", d.pop("tags"))

        get_simulation_scenarios_response_filter_values = cls(
            creators=creators,
            tags=tags,
        )

        get_simulation_scenarios_response_filter_values.additional_properties = d
        return get_simulation_scenarios_response_filter_values

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["creators", "tags"])

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
from ..models.simulation_scenario_user_info import SimulationScenarioUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_scenario_user_info import SimulationScenarioUserInfoParam

    GetSimulationScenariosResponseFilterValuesParam = TypedDict(
        "GetSimulationScenariosResponseFilterValuesParam",
        {
            "creators": Required[Sequence[Union[SimulationScenarioUserInfoParam, SimulationScenarioUserInfo]]],
            "tags": Required[List[str]],
        },
        total=False,
    )
