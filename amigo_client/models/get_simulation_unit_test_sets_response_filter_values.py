from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetSimulationUnitTestSetsResponseFilterValues")


@_attrs_define
class GetSimulationUnitTestSetsResponseFilterValues:
    """Distinct filter values across all matching unit test sets.

    Attributes:
        creators (list[SimulationUnitTestSetUserInfo]): Everyone who created a unit test set matching the filters.
        unit_test_ids (list[str]): Unit tests referenced by the sets.
        tags (list[str]): Tag keys in use.
    """

    creators: list[SimulationUnitTestSetUserInfo]
    unit_test_ids: list[str]
    tags: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creators = []
        for creators_item_data in self.creators:
            creators_item = creators_item_data.to_dict()
            creators.append(creators_item)

        unit_test_ids = self.unit_test_ids

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creators": creators,
                "unit_test_ids": unit_test_ids,
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
                f"GetSimulationUnitTestSetsResponseFilterValues takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _creators_value = d.pop("creators")
        try:
            creators: list[SimulationUnitTestSetUserInfo] = []
            _creators = _creators_value
            for creators_item_data in _creators:
                try:
                    creators_item = SimulationUnitTestSetUserInfo.from_dict(creators_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(creators))
                    raise
                creators.append(creators_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creators")
            raise

        unit_test_ids = cast("list[str]", d.pop("unit_test_ids"))

        tags = cast("list[str]", d.pop("tags"))

        get_simulation_unit_test_sets_response_filter_values = cls(
            creators=creators,
            unit_test_ids=unit_test_ids,
            tags=tags,
        )

        get_simulation_unit_test_sets_response_filter_values.additional_properties = d
        return get_simulation_unit_test_sets_response_filter_values

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["creators", "unit_test_ids", "tags"])

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
from ..models.simulation_unit_test_set_user_info import SimulationUnitTestSetUserInfo

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_unit_test_set_user_info import SimulationUnitTestSetUserInfoParam

    GetSimulationUnitTestSetsResponseFilterValuesParam = TypedDict(
        "GetSimulationUnitTestSetsResponseFilterValuesParam",
        {
            "creators": Required[Sequence[Union[SimulationUnitTestSetUserInfoParam, SimulationUnitTestSetUserInfo]]],
            "unit_test_ids": Required[List[str]],
            "tags": Required[List[str]],
        },
        total=False,
    )
