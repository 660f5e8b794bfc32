from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="GetSimulationPersonasResponse")


@_attrs_define
class GetSimulationPersonasResponse:
    """One page of simulation personas.

    Attributes:
        simulation_personas (list[SimulationPersonaInstance]): The personas in this page.
        has_more (bool): True when another page can be fetched.
        continuation_token (Any | None): Pass as `continuation_token` to fetch the next page.
        filter_values (GetSimulationPersonasResponseFilterValues | None): Values available for the dynamic filters; only
            sent with the first page.
    """

    simulation_personas: list[SimulationPersonaInstance]
    has_more: bool
    continuation_token: Any | None
    filter_values: GetSimulationPersonasResponseFilterValues | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        simulation_personas = []
        for simulation_personas_item_data in self.simulation_personas:
            simulation_personas_item = simulation_personas_item_data.to_dict()
            simulation_personas.append(simulation_personas_item)

        has_more = self.has_more

        continuation_token: Any | None
        continuation_token = self.continuation_token

        filter_values: dict[str, Any] | None
        if isinstance(self.filter_values, GetSimulationPersonasResponseFilterValues):
            filter_values = self.filter_values.to_dict()
        else:
            filter_values = self.filter_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "simulation_personas": simulation_personas,
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
                f"GetSimulationPersonasResponse takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        _simulation_personas_value = d.pop("simulation_personas")
        try:
            simulation_personas: list[SimulationPersonaInstance] = []
            _simulation_personas = _simulation_personas_value
            for simulation_personas_item_data in _simulation_personas:
                try:
                    simulation_personas_item = SimulationPersonaInstance.from_dict(simulation_personas_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(simulation_personas))
                    raise
                simulation_personas.append(simulation_personas_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "simulation_personas")
            raise

        has_more = d.pop("has_more")

        def _parse_continuation_token(data: object) -> Any | None:
            if data is None:
                return data

            return cast("Any | None", data)

        continuation_token = _parse_continuation_token(d.pop("continuation_token"))

        _filter_values_value = d.pop("filter_values")
        try:

            def _parse_filter_values(data: object) -> GetSimulationPersonasResponseFilterValues | None:
                if data is None:
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        filter_values_type_0 = GetSimulationPersonasResponseFilterValues.from_dict(data)

                        return filter_values_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("GetSimulationPersonasResponseFilterValues | None", data)

            filter_values = _parse_filter_values(_filter_values_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "filter_values")
            raise

        get_simulation_personas_response = cls(
            simulation_personas=simulation_personas,
            has_more=has_more,
            continuation_token=continuation_token,
            filter_values=filter_values,
        )

        get_simulation_personas_response.additional_properties = d
        return get_simulation_personas_response

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["simulation_personas"])

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
from ..models.get_simulation_personas_response_filter_values import GetSimulationPersonasResponseFilterValues
from ..models.simulation_persona_instance import SimulationPersonaInstance

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .get_simulation_personas_response_filter_values import GetSimulationPersonasResponseFilterValuesParam
    from .simulation_persona_instance import SimulationPersonaInstanceParam

    GetSimulationPersonasResponseParam = TypedDict(
        "GetSimulationPersonasResponseParam",
        {
            "simulation_personas": Required[Sequence[Union[SimulationPersonaInstanceParam, SimulationPersonaInstance]]],
            "has_more": Required[bool],
            "continuation_token": Required[Union[Any, None]],
            "filter_values": Required[
                Union[
                    Union[GetSimulationPersonasResponseFilterValuesParam, GetSimulationPersonasResponseFilterValues],
                    None,
                ]
            ],
        },
        total=False,
    )
