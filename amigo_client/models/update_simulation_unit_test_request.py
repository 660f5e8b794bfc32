from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, located

T = TypeVar("T", bound="UpdateSimulationUnitTestRequest")


@_attrs_define
class UpdateSimulationUnitTestRequest:
    """Changes to a unit test; null fields keep their current value.

    Attributes:
        description (None | str | Unset): New explanation of what the unit test checks.
        service_id (None | str | Unset): Service to test from now on.
        service_version_set_name (None | str | Unset): Version set of the service to test from now on.
        persona_id (None | str | Unset): Persona to use from now on.
        scenario_id (None | str | Unset): Scenario to use from now on.
        max_interactions (int | None | Unset): New interaction budget; reaching it makes the unit test fail.
        success_criterions (list[UpdateSimulationUnitTestRequestSuccessCriterion] | None | Unset): Replacement list of
            pass conditions.
        run_count (int | None | Unset): How many simulated conversations to hold each time this unit test runs.
        tags (None | Unset | UpdateSimulationUnitTestRequestTagsType0): Replacement labels, as a key-to-value map.
    """

    description: None | str | Unset = UNSET
    service_id: None | str | Unset = UNSET
    service_version_set_name: None | str | Unset = UNSET
    persona_id: None | str | Unset = UNSET
    scenario_id: None | str | Unset = UNSET
    max_interactions: int | None | Unset = UNSET
    success_criterions: list[UpdateSimulationUnitTestRequestSuccessCriterion] | None | Unset = UNSET
    run_count: int | None | Unset = UNSET
    tags: None | Unset | UpdateSimulationUnitTestRequestTagsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        service_id: None | str | Unset
        if isinstance(self.service_id, Unset):
            service_id = UNSET
        else:
            service_id = self.service_id

        service_version_set_name: None | str | Unset
        if isinstance(self.service_version_set_name, Unset):
            service_version_set_name = UNSET
        else:
            service_version_set_name = self.service_version_set_name

        persona_id: None | str | Unset
        if isinstance(self.persona_id, Unset):
            persona_id = UNSET
        else:
            persona_id = self.persona_id

        scenario_id: None | str | Unset
        if isinstance(self.scenario_id, Unset):
            scenario_id = UNSET
        else:
            scenario_id = self.scenario_id

        max_interactions: int | None | Unset
        if isinstance(self.max_interactions, Unset):
            max_interactions = UNSET
        else:
            max_interactions = self.max_interactions

        success_criterions: list[dict[str, Any]] | None | Unset
        if isinstance(self.success_criterions, Unset):
            success_criterions = UNSET
        elif isinstance(self.success_criterions, list):
            success_criterions = []
            for success_criterions_type_0_item_data in self.success_criterions:
                success_criterions_type_0_item = success_criterions_type_0_item_data.to_dict()
                success_criterions.append(success_criterions_type_0_item)

        else:
            success_criterions = self.success_criterions

        run_count: int | None | Unset
        if isinstance(self.run_count, Unset):
            run_count = UNSET
        else:
            run_count = self.run_count

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, UpdateSimulationUnitTestRequestTagsType0):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if service_version_set_name is not UNSET:
            field_dict["service_version_set_name"] = service_version_set_name
        if persona_id is not UNSET:
            field_dict["persona_id"] = persona_id
        if scenario_id is not UNSET:
            field_dict["scenario_id"] = scenario_id
        if max_interactions is not UNSET:
            field_dict["max_interactions"] = max_interactions
        if success_criterions is not UNSET:
            field_dict["success_criterions"] = success_criterions
        if run_count is not UNSET:
            field_dict["run_count"] = run_count
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UpdateSimulationUnitTestRequest takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_service_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        service_id = _parse_service_id(d.pop("service_id", UNSET))

        def _parse_service_version_set_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        service_version_set_name = _parse_service_version_set_name(d.pop("service_version_set_name", UNSET))

        def _parse_persona_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        persona_id = _parse_persona_id(d.pop("persona_id", UNSET))

        def _parse_scenario_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("None | str | Unset", data)

        scenario_id = _parse_scenario_id(d.pop("scenario_id", UNSET))

        def _parse_max_interactions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("int | None | Unset", data)

        max_interactions = _parse_max_interactions(d.pop("max_interactions", UNSET))

        _success_criterions_value = d.pop("success_criterions", UNSET)
        try:

            def _parse_success_criterions(
                data: object,
            ) -> list[UpdateSimulationUnitTestRequestSuccessCriterion] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, list):
                    try:
                        success_criterions_type_0: list[UpdateSimulationUnitTestRequestSuccessCriterion] = []
                        _success_criterions_type_0 = data
                        for success_criterions_type_0_item_data in _success_criterions_type_0:
                            try:
                                success_criterions_type_0_item = (
                                    UpdateSimulationUnitTestRequestSuccessCriterion.from_dict(
                                        success_criterions_type_0_item_data
                                    )
                                )

                            except (KeyError, TypeError, ValueError, AttributeError) as error:
                                located(error, len(success_criterions_type_0))
                                raise
                            success_criterions_type_0.append(success_criterions_type_0_item)

                        return success_criterions_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("list[UpdateSimulationUnitTestRequestSuccessCriterion] | None | Unset", data)

            success_criterions = _parse_success_criterions(_success_criterions_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "success_criterions")
            raise

        def _parse_run_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            return cast("int | None | Unset", data)

        run_count = _parse_run_count(d.pop("run_count", UNSET))

        _tags_value = d.pop("tags", UNSET)
        try:

            def _parse_tags(data: object) -> None | Unset | UpdateSimulationUnitTestRequestTagsType0:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                failure: Exception | None = None
                if isinstance(data, dict):
                    try:
                        tags_type_0 = UpdateSimulationUnitTestRequestTagsType0.from_dict(data)

                        return tags_type_0
                    except (TypeError, ValueError, AttributeError, KeyError) as error:
                        failure = error
                if failure is not None:
                    raise failure
                return cast("None | Unset | UpdateSimulationUnitTestRequestTagsType0", data)

            tags = _parse_tags(_tags_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "tags")
            raise

        update_simulation_unit_test_request = cls(
            description=description,
            service_id=service_id,
            service_version_set_name=service_version_set_name,
            persona_id=persona_id,
            scenario_id=scenario_id,
            max_interactions=max_interactions,
            success_criterions=success_criterions,
            run_count=run_count,
            tags=tags,
        )

        update_simulation_unit_test_request.additional_properties = d
        return update_simulation_unit_test_request

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
from ..models.update_simulation_unit_test_request_success_criterion import (
    UpdateSimulationUnitTestRequestSuccessCriterion,
)
from ..models.update_simulation_unit_test_request_tags_type_0 import UpdateSimulationUnitTestRequestTagsType0

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import TypedDict

    from .update_simulation_unit_test_request_success_criterion import (
        UpdateSimulationUnitTestRequestSuccessCriterionParam,
    )

    UpdateSimulationUnitTestRequestParam = TypedDict(
        "UpdateSimulationUnitTestRequestParam",
        {
            "description": Union[str, None],
            "service_id": Union[str, None],
            "service_version_set_name": Union[str, None],
            "persona_id": Union[str, None],
            "scenario_id": Union[str, None],
            "max_interactions": Union[int, None],
            "success_criterions": Union[
                Sequence[
                    Union[
                        UpdateSimulationUnitTestRequestSuccessCriterionParam,
                        UpdateSimulationUnitTestRequestSuccessCriterion,
                    ]
                ],
                None,
            ],
            "run_count": Union[int, None],
            "tags": Union[Union[Mapping[str, Union[str, None]], UpdateSimulationUnitTestRequestTagsType0], None],
        },
        total=False,
    )
