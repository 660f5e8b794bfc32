from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MetricAgentMetricEvaluationResult")


@_attrs_define
class MetricAgentMetricEvaluationResult:
    """The computed value of one metric.

    Attributes:
        metric_id (str): Metric ID.
        name (str): Metric name.
        value (bool | float | None | str): Computed value.
        references (list[str]): Messages the value was based on.
        justification (str): Why this value was chosen.
    """

    metric_id: str
    name: str
    value: bool | float | None | str
    references: list[str]
    justification: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        name = self.name

        value: bool | float | None | str
        value = self.value

        references = self.references

        justification = self.justification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_id": metric_id,
                "name": name,
                "value": value,
                "references": references,
                "justification": justification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
        except (TypeError, ValueError):
            raise TypeError(
                f"MetricAgentMetricEvaluationResult takes a mapping of its fields, not {type(src_dict).__name__}"
            ) from None
        metric_id = d.pop("metric_id")

        name = d.pop("name")

        def _parse_value(data: object) -> bool | float | None | str:
            if data is None:
                return data

            return cast("bool | float | None | str", data)

        value = _parse_value(d.pop("value"))

        references = cast("list[str]", d.pop("references"))

        justification = d.pop("justification")

        metric_agent_metric_evaluation_result = cls(
            metric_id=metric_id,
            name=name,
            value=value,
            references=references,
            justification=justification,
        )

        metric_agent_metric_evaluation_result.additional_properties = d
        return metric_agent_metric_evaluation_result

    if not TYPE_CHECKING:
        # A model is one object, not a list (only a Page iterates). Without this, a model with
        # additional properties would be iterated through __getitem__(0) and raise KeyError: 0.
        # Hidden from type checkers, so mypy still reports `for x in model`.
        def __iter__(self):
            from .._resource import not_a_page

            raise not_a_page(self, ["references"])

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

    MetricAgentMetricEvaluationResultParam = TypedDict(
        "MetricAgentMetricEvaluationResultParam",
        {
            "metric_id": Required[str],
            "name": Required[str],
            "value": Required[Union[float, bool, str, None]],
            "references": Required[List[str]],
            "justification": Required[str],
        },
        total=False,
    )
