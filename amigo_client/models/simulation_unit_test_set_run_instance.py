from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import located

T = TypeVar("T", bound="SimulationUnitTestSetRunInstance")


@_attrs_define
class SimulationUnitTestSetRunInstance:
    """A run of a unit test set, with its progress and results.

    Attributes:
        org_id (str): ID of the organization.
        id (str): ID of the run.
        is_completed (bool): Whether the run has finished.
        simulation_unit_test_set_id (str): The set this run executes.
        failed_metrics (bool): True once any unit test run has failed a metric, even if others are still going.
        errored (bool): Whether the run hit an error.
        artifacts_generated (bool): True when the run's artifacts can be downloaded.
        unit_test_run_specs (list[UnitTestRunSpec]): What each unit test runs against; empty without the permission to
            read the set.
        unit_test_run_results (list[None | UnitTestRunResult]): Result per unit test (null while pending); empty without
            the permission to read the set.
        created_at (datetime.datetime): When the run was started.
        creator (SimulationUnitTestSetRunUserInfo): Identifies a user by organization and user ID.
    """

    org_id: str
    id: str
    is_completed: bool
    simulation_unit_test_set_id: str
    failed_metrics: bool
    errored: bool
    artifacts_generated: bool
    unit_test_run_specs: list[UnitTestRunSpec]
    unit_test_run_results: list[None | UnitTestRunResult]
    created_at: datetime.datetime
    creator: SimulationUnitTestSetRunUserInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        id = self.id

        is_completed = self.is_completed

        simulation_unit_test_set_id = self.simulation_unit_test_set_id

        failed_metrics = self.failed_metrics

        errored = self.errored

        artifacts_generated = self.artifacts_generated

        unit_test_run_specs = []
        for unit_test_run_specs_item_data in self.unit_test_run_specs:
            unit_test_run_specs_item = unit_test_run_specs_item_data.to_dict()
            unit_test_run_specs.append(unit_test_run_specs_item)

        unit_test_run_results = []
        for unit_test_run_results_item_data in self.unit_test_run_results:
            unit_test_run_results_item: dict[str, Any] | None
            if isinstance(unit_test_run_results_item_data, UnitTestRunResult):
                unit_test_run_results_item = unit_test_run_results_item_data.to_dict()
            else:
                unit_test_run_results_item = unit_test_run_results_item_data
            unit_test_run_results.append(unit_test_run_results_item)

        created_at = self.created_at.isoformat()

        creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "id": id,
                "is_completed": is_completed,
                "simulation_unit_test_set_id": simulation_unit_test_set_id,
                "failed_metrics": failed_metrics,
                "errored": errored,
                "artifacts_generated": artifacts_generated,
                "unit_test_run_specs": unit_test_run_specs,
                "unit_test_run_results": unit_test_run_results,
                "created_at": created_at,
                "creator": creator,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"SimulationUnitTestSetRunInstance takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        org_id = d.pop("org_id")

        id = d.pop("id")

        is_completed = d.pop("is_completed")

        simulation_unit_test_set_id = d.pop("simulation_unit_test_set_id")

        failed_metrics = d.pop("failed_metrics")

        errored = d.pop("errored")

        artifacts_generated = d.pop("artifacts_generated")

        _unit_test_run_specs_value = d.pop("unit_test_run_specs")
        try:
            unit_test_run_specs: list[UnitTestRunSpec] = []
            _unit_test_run_specs = _unit_test_run_specs_value
            for unit_test_run_specs_item_data in _unit_test_run_specs:
                try:
                    unit_test_run_specs_item = UnitTestRunSpec.from_dict(unit_test_run_specs_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(unit_test_run_specs))
                    raise
                unit_test_run_specs.append(unit_test_run_specs_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "unit_test_run_specs")
            raise

        _unit_test_run_results_value = d.pop("unit_test_run_results")
        try:
            unit_test_run_results: list[None | UnitTestRunResult] = []
            _unit_test_run_results = _unit_test_run_results_value
            for unit_test_run_results_item_data in _unit_test_run_results:
                try:

                    def _parse_unit_test_run_results_item(data: object) -> None | UnitTestRunResult:
                        if data is None:
                            return data

                        failure: Exception | None = None
                        if isinstance(data, dict):
                            try:
                                unit_test_run_results_item_type_0 = UnitTestRunResult.from_dict(data)

                                return unit_test_run_results_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError) as error:
                                failure = error
                        if failure is not None:
                            raise failure
                        return cast("None | UnitTestRunResult", data)

                    unit_test_run_results_item = _parse_unit_test_run_results_item(unit_test_run_results_item_data)

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(unit_test_run_results))
                    raise
                unit_test_run_results.append(unit_test_run_results_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "unit_test_run_results")
            raise

        _created_at_value = d.pop("created_at")
        try:
            created_at = isoparse(_created_at_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "created_at")
            raise

        _creator_value = d.pop("creator")
        try:
            creator = SimulationUnitTestSetRunUserInfo.from_dict(_creator_value)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "creator")
            raise

        simulation_unit_test_set_run_instance = cls(
            org_id=org_id,
            id=id,
            is_completed=is_completed,
            simulation_unit_test_set_id=simulation_unit_test_set_id,
            failed_metrics=failed_metrics,
            errored=errored,
            artifacts_generated=artifacts_generated,
            unit_test_run_specs=unit_test_run_specs,
            unit_test_run_results=unit_test_run_results,
            created_at=created_at,
            creator=creator,
        )

        simulation_unit_test_set_run_instance.additional_properties = d
        return simulation_unit_test_set_run_instance

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["unit_test_run_specs", "unit_test_run_results"])

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
from ..models.simulation_unit_test_set_run_user_info import SimulationUnitTestSetRunUserInfo
from ..models.unit_test_run_result import UnitTestRunResult
from ..models.unit_test_run_spec import UnitTestRunSpec

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    import datetime
    from typing import Any, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .simulation_unit_test_set_run_user_info import SimulationUnitTestSetRunUserInfoParam
    from .unit_test_run_result import UnitTestRunResultParam
    from .unit_test_run_spec import UnitTestRunSpecParam

    SimulationUnitTestSetRunInstanceParam = TypedDict(
        "SimulationUnitTestSetRunInstanceParam",
        {
            "org_id": Required[str],
            "id": Required[str],
            "is_completed": Required[bool],
            "simulation_unit_test_set_id": Required[str],
            "failed_metrics": Required[bool],
            "errored": Required[bool],
            "artifacts_generated": Required[bool],
            "unit_test_run_specs": Required[Sequence[Union[UnitTestRunSpecParam, UnitTestRunSpec]]],
            "unit_test_run_results": Required[Sequence[Union[Union[UnitTestRunResultParam, UnitTestRunResult], None]]],
            "created_at": Required[datetime.datetime],
            "creator": Required[Union[SimulationUnitTestSetRunUserInfoParam, SimulationUnitTestSetRunUserInfo]],
        },
        total=False,
    )
