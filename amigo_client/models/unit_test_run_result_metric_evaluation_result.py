from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import located

T = TypeVar("T", bound="UnitTestRunResultMetricEvaluationResult")


@_attrs_define
class UnitTestRunResultMetricEvaluationResult:
    """Evaluations of one metric across the runs.

    Attributes:
        metric_id (str): ID of the evaluated metric.
        results (list[list[bool | str]]): Pairs of (evaluation result ID, passed).
    """

    metric_id: str
    results: list[list[bool | str]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        results = []
        for results_item_data in self.results:
            results_item = []
            for results_item_item_data in results_item_data:
                results_item_item: bool | str
                results_item_item = results_item_item_data
                results_item.append(results_item_item)

            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"UnitTestRunResultMetricEvaluationResult takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        metric_id = d.pop("metric_id")

        results: list[list[bool | str]] = []
        _results = d.pop("results")
        for results_item_data in _results:
            try:
                results_item: list[bool | str] = []
                _results_item = results_item_data
                for results_item_item_data in _results_item:
                    try:

                        def _parse_results_item_item(data: object) -> bool | str:

                            return cast("bool | str", data)

                        results_item_item = _parse_results_item_item(results_item_item_data)

                    except (KeyError, TypeError, ValueError, AttributeError) as error:
                        located(error, len(results_item))
                        raise
                    results_item.append(results_item_item)

            except (KeyError, TypeError, ValueError, AttributeError) as error:
                located(error, len(results))
                raise
            results.append(results_item)

        unit_test_run_result_metric_evaluation_result = cls(
            metric_id=metric_id,
            results=results,
        )

        unit_test_run_result_metric_evaluation_result.additional_properties = d
        return unit_test_run_result_metric_evaluation_result

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["results"])

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


if TYPE_CHECKING:
    # How this model is given as a plain mapping, for type checkers only (nothing here runs).
    from typing import Any, List, Mapping, Union

    from typing_extensions import Required, TypedDict

    UnitTestRunResultMetricEvaluationResultParam = TypedDict(
        "UnitTestRunResultMetricEvaluationResultParam",
        {
            "metric_id": Required[str],
            "results": Required[List[List[Union[str, bool]]]],
        },
        total=False,
    )
