from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateSimulationUnitTestSetRequest")


@_attrs_define
class CreateSimulationUnitTestSetRequest:
    """Body for creating a unit test set.

    Attributes:
        name (str): Display name of the set.
        description (None | str): Optional free-text explanation of the set.
        unit_test_runs (list[UnitTestRunDescriptorInput]): The unit tests in the set and how often to run each.
        tags (CreateSimulationUnitTestSetRequestTags): Labels for the set.
    """

    name: str
    description: None | str
    unit_test_runs: list[UnitTestRunDescriptorInput]
    tags: CreateSimulationUnitTestSetRequestTags = _attrs_field(
        factory=lambda: CreateSimulationUnitTestSetRequestTags()
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str
        description = self.description

        unit_test_runs = []
        for unit_test_runs_item_data in self.unit_test_runs:
            unit_test_runs_item = unit_test_runs_item_data.to_dict()
            unit_test_runs.append(unit_test_runs_item)

        tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "unit_test_runs": unit_test_runs,
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
                f"CreateSimulationUnitTestSetRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data

            return cast("None | str", data)

        description = _parse_description(d.pop("description"))

        _unit_test_runs_value = d.pop("unit_test_runs")
        try:
            unit_test_runs: list[UnitTestRunDescriptorInput] = []
            _unit_test_runs = _unit_test_runs_value
            for unit_test_runs_item_data in _unit_test_runs:
                try:
                    unit_test_runs_item = UnitTestRunDescriptorInput.from_dict(unit_test_runs_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(unit_test_runs))
                    raise
                unit_test_runs.append(unit_test_runs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "unit_test_runs")
            raise

        _tags_value = d.pop("tags")
        try:
            tags = CreateSimulationUnitTestSetRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        create_simulation_unit_test_set_request = cls(
            name=name,
            description=description,
            unit_test_runs=unit_test_runs,
            tags=tags,
        )

        create_simulation_unit_test_set_request.additional_properties = d
        return create_simulation_unit_test_set_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["unit_test_runs"])

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
from ..models.create_simulation_unit_test_set_request_tags import CreateSimulationUnitTestSetRequestTags
from ..models.unit_test_run_descriptor_input import UnitTestRunDescriptorInput

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .unit_test_run_descriptor_input import UnitTestRunDescriptorInputParam

    CreateSimulationUnitTestSetRequestParam = TypedDict(
        "CreateSimulationUnitTestSetRequestParam",
        {
            "name": Required[str],
            "description": Required[Union[str, None]],
            "unit_test_runs": Required[Sequence[Union[UnitTestRunDescriptorInputParam, UnitTestRunDescriptorInput]]],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateSimulationUnitTestSetRequestTags]],
        },
        total=False,
    )
