from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetSimulationPersonaVersionsResponse")


@_attrs_define
class GetSimulationPersonaVersionsResponse:
    """One page of simulation persona versions.

    Attributes:
        simulation_persona_versions (list[SimulationPersonaVersion]): The versions in this page.
        has_more (bool): True when another page can be fetched.
        continuation_token (Any | None): Pass as `continuation_token` to fetch the next page.
    """

    simulation_persona_versions: list[SimulationPersonaVersion]
    has_more: bool
    continuation_token: Any | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_persona_versions = []
        for simulation_persona_versions_item_data in self.simulation_persona_versions:
            simulation_persona_versions_item = simulation_persona_versions_item_data.to_dict()
            simulation_persona_versions.append(simulation_persona_versions_item)

        has_more = self.has_more

        continuation_token: Any | None
        continuation_token = self.continuation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_persona_versions": simulation_persona_versions,
                "has_more": has_more,
                "continuation_token": continuation_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"GetSimulationPersonaVersionsResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _simulation_persona_versions_value = d.pop("simulation_persona_versions")
        try:
            simulation_persona_versions: list[SimulationPersonaVersion] = []
            _simulation_persona_versions = _simulation_persona_versions_value
            for simulation_persona_versions_item_data in _simulation_persona_versions:
                try:
                    simulation_persona_versions_item = SimulationPersonaVersion.from_dict(
                        simulation_persona_versions_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(simulation_persona_versions))
                    raise
                simulation_persona_versions.append(simulation_persona_versions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "simulation_persona_versions")
            raise

        has_more = d.pop("has_more")

        def _parse_continuation_token(data: object) -> Any | None:
            if data is None:
                return data

            return cast("Any | None", data)

        continuation_token = _parse_continuation_token(d.pop("continuation_token"))

        get_simulation_persona_versions_response = cls(
            simulation_persona_versions=simulation_persona_versions,
            has_more=has_more,
            continuation_token=continuation_token,
        )

        get_simulation_persona_versions_response.additional_properties = d
        return get_simulation_persona_versions_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["simulation_persona_versions"])

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
from ..models.simulation_persona_version import SimulationPersonaVersion

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_persona_version import SimulationPersonaVersionParam

    GetSimulationPersonaVersionsResponseParam = TypedDict(
        "GetSimulationPersonaVersionsResponseParam",
        {
            "simulation_persona_versions": Required[
                Sequence[Union[SimulationPersonaVersionParam, SimulationPersonaVersion]]
            ],
            "has_more": Required[bool],
            "continuation_token": Required[Union[Any, None]],
        },
        total=False,
    )
