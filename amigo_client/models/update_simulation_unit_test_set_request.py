from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="UpdateSimulationUnitTestSetRequest")


@_attrs_define
class UpdateSimulationUnitTestSetRequest:
    """Changes to a unit test set; null fields keep their current value, except as noted for `description`.

    Attributes:
        name (None | str | Unset): New display name; must not clash with another set.
        description (None | NotSet | str | Unset): New explanation of the set. Leave it out or send `{}` to keep the
            current one; null clears it.
        unit_test_runs (list[UnitTestRunDescriptorInput] | None | Unset): Replacement list of unit tests in the set,
            each with how often to run it.
        tags (None | Unset | UpdateSimulationUnitTestSetRequestTagsType0): Replacement labels, as a key-to-value map.
    """

    name: None | str | Unset = UNSET
    description: None | NotSet | str | Unset = UNSET
    unit_test_runs: list[UnitTestRunDescriptorInput] | None | Unset = UNSET
    tags: None | Unset | UpdateSimulationUnitTestSetRequestTagsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: dict[str, Any] | None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, NotSet):
            description = self.description.to_dict()
        else:
            description = self.description

        unit_test_runs: list[dict[str, Any]] | None | Unset
        if isinstance(self.unit_test_runs, Unset):
            unit_test_runs = UNSET
        elif isinstance(self.unit_test_runs, list):
            unit_test_runs = []
            for unit_test_runs_type_0_item_data in self.unit_test_runs:
                unit_test_runs_type_0_item = unit_test_runs_type_0_item_data.to_dict()
                unit_test_runs.append(unit_test_runs_type_0_item)

        else:
            unit_test_runs = self.unit_test_runs

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateSimulationUnitTestSetRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if unit_test_runs is not UNSET:
            field_dict["unit_test_runs"] = unit_test_runs
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpdateSimulationUnitTestSetRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        _description_value = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | NotSet | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        description_type_1 = NotSet.from_dict(data)

                        return description_type_1
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None and not isinstance(data, (str,)):
                    raise failure
                return cast("None | NotSet | str | Unset", data)

            description = _parse_description(_description_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "description")
            raise

        _unit_test_runs_value = d.pop("unit_test_runs", UNSET)
        try:

            def _parse_unit_test_runs(data: object) -> list[UnitTestRunDescriptorInput] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, list):
                    try:
                        unit_test_runs_type_0: list[UnitTestRunDescriptorInput] = []
                        _unit_test_runs_type_0 = data
                        for unit_test_runs_type_0_item_data in _unit_test_runs_type_0:
                            try:
                                unit_test_runs_type_0_item = UnitTestRunDescriptorInput.from_dict(
                                    unit_test_runs_type_0_item_data
                                )

                            except (KeyError, TypeError, ValueError, AttributeError) as error:
                                located(error, len(unit_test_runs_type_0))
                                raise
                            unit_test_runs_type_0.append(unit_test_runs_type_0_item)

                        return unit_test_runs_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("list[UnitTestRunDescriptorInput] | None | Unset", data)

            unit_test_runs = _parse_unit_test_runs(_unit_test_runs_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "unit_test_runs")
            raise

        _tags_value = d.pop("tags", UNSET)
        try:

            def _parse_tags(data: object) -> None | Unset | UpdateSimulationUnitTestSetRequestTagsType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        tags_type_0 = UpdateSimulationUnitTestSetRequestTagsType0.from_dict(data)

                        return tags_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | Unset | UpdateSimulationUnitTestSetRequestTagsType0", data)

            tags = _parse_tags(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        update_simulation_unit_test_set_request = cls(
            name=name,
            description=description,
            unit_test_runs=unit_test_runs,
            tags=tags,
        )

        update_simulation_unit_test_set_request.additional_properties = d
        return update_simulation_unit_test_set_request

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
from ..models.not_set import NotSet
from ..models.unit_test_run_descriptor_input import UnitTestRunDescriptorInput
from ..models.update_simulation_unit_test_set_request_tags_type_0 import UpdateSimulationUnitTestSetRequestTagsType0

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import TypedDict

    from .unit_test_run_descriptor_input import UnitTestRunDescriptorInputParam

    UpdateSimulationUnitTestSetRequestParam = TypedDict(
        "UpdateSimulationUnitTestSetRequestParam",
        {
            "name": Union[str, None],
            "description": Union[str, Union[Mapping[str, Any], NotSet], None],
            "unit_test_runs": Union[Sequence[Union[UnitTestRunDescriptorInputParam, UnitTestRunDescriptorInput]], None],
            "tags": Union[Union[Mapping[str, Union[str, None]], UpdateSimulationUnitTestSetRequestTagsType0], None],
        },
        total=False,
    )
