from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="UnitTestRunResult")


@_attrs_define
class UnitTestRunResult:
    """Outcome of all runs of one unit test.

    Attributes:
        unit_test_id (str): ID of the unit test these results are for.
        metric_evaluation_results (list[UnitTestRunResultMetricEvaluationResult]): One entry per evaluated metric; empty
            without the permission to read unit tests.
        run_errors (list[None | str]): Error of each run, null where the run succeeded.
    """

    unit_test_id: str
    metric_evaluation_results: list[UnitTestRunResultMetricEvaluationResult]
    run_errors: list[None | str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_test_id = self.unit_test_id

        metric_evaluation_results = []
        for metric_evaluation_results_item_data in self.metric_evaluation_results:
            metric_evaluation_results_item = metric_evaluation_results_item_data.to_dict()
            metric_evaluation_results.append(metric_evaluation_results_item)

        run_errors = []
        for run_errors_item_data in self.run_errors:
            run_errors_item: None | str
            run_errors_item = run_errors_item_data
            run_errors.append(run_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit_test_id": unit_test_id,
                "metric_evaluation_results": metric_evaluation_results,
                "run_errors": run_errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(f"UnitTestRunResult takes a mapping of its fields, not {type(src_dict).__name__}") from None
        unit_test_id = d.pop("unit_test_id")

        _metric_evaluation_results_value = d.pop("metric_evaluation_results")
        try:
            metric_evaluation_results: list[UnitTestRunResultMetricEvaluationResult] = []
            _metric_evaluation_results = _metric_evaluation_results_value
            for metric_evaluation_results_item_data in _metric_evaluation_results:
                try:
                    metric_evaluation_results_item = UnitTestRunResultMetricEvaluationResult.from_dict(
                        metric_evaluation_results_item_data
                    )

                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    located(error, len(metric_evaluation_results))
                    raise
                metric_evaluation_results.append(metric_evaluation_results_item)

        except (KeyError, TypeError, ValueError, AttributeError) as error:
            located(error, "metric_evaluation_results")
            raise

        run_errors: list[None | str] = []
        _run_errors = d.pop("run_errors")
        for run_errors_item_data in _run_errors:
            try:

                def _parse_run_errors_item(data: object) -> None | str:
                    if data is None:
                        return data

                    return cast("None | str", data)

                run_errors_item = _parse_run_errors_item(run_errors_item_data)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(run_errors))
                raise
            run_errors.append(run_errors_item)

        unit_test_run_result = cls(
            unit_test_id=unit_test_id,
            metric_evaluation_results=metric_evaluation_results,
            run_errors=run_errors,
        )

        unit_test_run_result.additional_properties = d
        return unit_test_run_result

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["metric_evaluation_results", "run_errors"])

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
from ..models.unit_test_run_result_metric_evaluation_result import UnitTestRunResultMetricEvaluationResult

if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Sequence, Union

    from typing_extensions import Required, TypedDict

    from .unit_test_run_result_metric_evaluation_result import UnitTestRunResultMetricEvaluationResultParam

    UnitTestRunResultParam = TypedDict(
        "UnitTestRunResultParam",
        {
            "unit_test_id": Required[str],
            "metric_evaluation_results": Required[
                Sequence[Union[UnitTestRunResultMetricEvaluationResultParam, UnitTestRunResultMetricEvaluationResult]]
            ],
            "run_errors": Required[List[Union[str, None]]],
        },
        total=False,
    )
