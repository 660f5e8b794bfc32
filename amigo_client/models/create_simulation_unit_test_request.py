from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="CreateSimulationUnitTestRequest")


@_attrs_define
class CreateSimulationUnitTestRequest:
    """Body for creating a simulation unit test.

    Attributes:
        name (str): Display name of the unit test; must not clash with another unit test.
        description (str): Free-text explanation of what the unit test checks.
        service_id (str): Service whose agent is tested.
        service_version_set_name (str): Version set of that service to test (for example `release`).
        persona_id (str): Persona the simulated user plays.
        scenario_id (str): Scenario the simulated user follows.
        max_interactions (int): Interaction budget; a conversation that reaches it makes the unit test fail.
        success_criterions (list[CreateSimulationUnitTestRequestSuccessCriterion]): Conditions on metric results that
            decide whether the test passes.
        tags (CreateSimulationUnitTestRequestTags): Labels for the unit test, as a key-to-value map.
    """

    name: str
    description: str
    service_id: str
    service_version_set_name: str
    persona_id: str
    scenario_id: str
    max_interactions: int
    success_criterions: list[CreateSimulationUnitTestRequestSuccessCriterion]
    tags: CreateSimulationUnitTestRequestTags = _attrs_field(factory=lambda: CreateSimulationUnitTestRequestTags())
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        service_id = self.service_id

        service_version_set_name = self.service_version_set_name

        persona_id = self.persona_id

        scenario_id = self.scenario_id

        max_interactions = self.max_interactions

        success_criterions = []
        for success_criterions_item_data in self.success_criterions:
            success_criterions_item = success_criterions_item_data.to_dict()
            success_criterions.append(success_criterions_item)

        tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "service_id": service_id,
                "service_version_set_name": service_version_set_name,
                "persona_id": persona_id,
                "scenario_id": scenario_id,
                "max_interactions": max_interactions,
                "success_criterions": success_criterions,
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
                f"CreateSimulationUnitTestRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        name = d.pop("name")

        description = d.pop("description")

        service_id = d.pop("service_id")

        service_version_set_name = d.pop("service_version_set_name")

        persona_id = d.pop("persona_id")

        scenario_id = d.pop("scenario_id")

        max_interactions = d.pop("max_interactions")

        _success_criterions_value = d.pop("success_criterions")
        try:
            success_criterions: list[CreateSimulationUnitTestRequestSuccessCriterion] = []
            _success_criterions = _success_criterions_value
            for success_criterions_item_data in _success_criterions:
                try:
                    success_criterions_item = CreateSimulationUnitTestRequestSuccessCriterion.from_dict(
                        success_criterions_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(success_criterions))
                    raise
                success_criterions.append(success_criterions_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "success_criterions")
            raise

        _tags_value = d.pop("tags")
        try:
            tags = CreateSimulationUnitTestRequestTags.from_dict(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        create_simulation_unit_test_request = cls(
            name=name,
            description=description,
            service_id=service_id,
            service_version_set_name=service_version_set_name,
            persona_id=persona_id,
            scenario_id=scenario_id,
            max_interactions=max_interactions,
            success_criterions=success_criterions,
            tags=tags,
        )

        create_simulation_unit_test_request.additional_properties = d
        return create_simulation_unit_test_request

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["success_criterions"])

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
from ..models.create_simulation_unit_test_request_success_criterion import (
    CreateSimulationUnitTestRequestSuccessCriterion,
)
from ..models.create_simulation_unit_test_request_tags import CreateSimulationUnitTestRequestTags

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .create_simulation_unit_test_request_success_criterion import (
        CreateSimulationUnitTestRequestSuccessCriterionParam,
    )

    CreateSimulationUnitTestRequestParam = TypedDict(
        "CreateSimulationUnitTestRequestParam",
        {
            "name": Required[str],
            "description": Required[str],
            "service_id": Required[str],
            "service_version_set_name": Required[str],
            "persona_id": Required[str],
            "scenario_id": Required[str],
            "max_interactions": Required[int],
            "success_criterions": Required[
                Sequence[
                    Union[
                        CreateSimulationUnitTestRequestSuccessCriterionParam,
                        CreateSimulationUnitTestRequestSuccessCriterion,
                    ]
                ]
            ],
            "tags": Required[Union[Mapping[str, Union[str, None]], CreateSimulationUnitTestRequestTags]],
        },
        total=False,
    )
