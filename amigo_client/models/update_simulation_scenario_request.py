from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="UpdateSimulationScenarioRequest")


@_attrs_define
class UpdateSimulationScenarioRequest:
    """Body for changing a simulation scenario's metadata.

    Attributes:
        tags (None | Unset | UpdateSimulationScenarioRequestTagsType0): New labels for the scenario; keys and values use
            letters, digits, underscores and spaces.
    """

    tags: None | Unset | UpdateSimulationScenarioRequestTagsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateSimulationScenarioRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpdateSimulationScenarioRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _tags_value = d.pop("tags", UNSET)
        try:

            def _parse_tags(data: object) -> None | Unset | UpdateSimulationScenarioRequestTagsType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        tags_type_0 = UpdateSimulationScenarioRequestTagsType0.from_dict(data)

                        return tags_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | Unset | UpdateSimulationScenarioRequestTagsType0", data)

            tags = _parse_tags(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        update_simulation_scenario_request = cls(
            tags=tags,
        )

        update_simulation_scenario_request.additional_properties = d
        return update_simulation_scenario_request

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
from ..models.update_simulation_scenario_request_tags_type_0 import UpdateSimulationScenarioRequestTagsType0

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Union

    from typing_extensions import TypedDict

    UpdateSimulationScenarioRequestParam = TypedDict(
        "UpdateSimulationScenarioRequestParam",
        {
            "tags": Union[Union[Mapping[str, Union[str, None]], UpdateSimulationScenarioRequestTagsType0], None],
        },
        total=False,
    )
