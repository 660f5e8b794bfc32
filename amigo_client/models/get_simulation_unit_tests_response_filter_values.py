from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetSimulationUnitTestsResponseFilterValues")


@_attrs_define
class GetSimulationUnitTestsResponseFilterValues:
    """The values the dynamic filters of the unit test list can take right now.

    Attributes:
        creators (list[SimulationUnitTestUserInfo]): Users who created matching unit tests.
        tags (list[str]): Tag keys used by matching unit tests.
        service_ids (list[str]): Services that matching unit tests run against.
        persona_ids (list[str]): Personas used by matching unit tests.
        scenario_ids (list[str]): Scenarios used by matching unit tests.
        metric_ids (list[str]): Metrics used by matching unit tests.
    """

    creators: list[SimulationUnitTestUserInfo]
    tags: list[str]
    service_ids: list[str]
    persona_ids: list[str]
    scenario_ids: list[str]
    metric_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creators = []
        for creators_item_data in self.creators:
            creators_item = creators_item_data.to_dict()
            creators.append(creators_item)

        tags = self.tags

        service_ids = self.service_ids

        persona_ids = self.persona_ids

        scenario_ids = self.scenario_ids

        metric_ids = self.metric_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creators": creators,
                "tags": tags,
                "service_ids": service_ids,
                "persona_ids": persona_ids,
                "scenario_ids": scenario_ids,
                "metric_ids": metric_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetSimulationUnitTestsResponseFilterValues takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _creators_value = d.pop("creators")
        try:
            creators: list[SimulationUnitTestUserInfo] = []
            _creators = _creators_value
            for creators_item_data in _creators:
                try:
                    creators_item = SimulationUnitTestUserInfo.from_dict(creators_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(creators))
                    raise
                creators.append(creators_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creators")
            raise

        tags = cast("list[str]", d.pop("tags"))

        service_ids = cast("list[str]", d.pop("service_ids"))

        persona_ids = cast("list[str]", d.pop("persona_ids"))

        scenario_ids = cast("list[str]", d.pop("scenario_ids"))

        metric_ids = cast("list[str]", d.pop("metric_ids"))

        get_simulation_unit_tests_response_filter_values = cls(
            creators=creators,
            tags=tags,
            service_ids=service_ids,
            persona_ids=persona_ids,
            scenario_ids=scenario_ids,
            metric_ids=metric_ids,
        )

        get_simulation_unit_tests_response_filter_values.additional_properties = d
        return get_simulation_unit_tests_response_filter_values

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["creators", "tags", "service_ids", "persona_ids", "scenario_ids", "metric_ids"])

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

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_unit_test_user_info import SimulationUnitTestUserInfoParam

    GetSimulationUnitTestsResponseFilterValuesParam = TypedDict(
        "GetSimulationUnitTestsResponseFilterValuesParam",
        {
            "creators": Required[Sequence[Union[SimulationUnitTestUserInfoParam, SimulationUnitTestUserInfo]]],
            "tags": Required[List[str]],
            "service_ids": Required[List[str]],
            "persona_ids": Required[List[str]],
            "scenario_ids": Required[List[str]],
            "metric_ids": Required[List[str]],
        },
        total=False,
    )
