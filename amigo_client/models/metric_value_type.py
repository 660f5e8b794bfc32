from __future__ import annotations

from typing import Literal, cast

MetricValueType = Literal["boolean", "categorical", "numerical"]

METRIC_VALUE_TYPE_VALUES: set[MetricValueType] = {
    "boolean",
    "categorical",
    "numerical",
}


def check_metric_value_type(value: str) -> MetricValueType:
    if value in METRIC_VALUE_TYPE_VALUES:
        return cast("MetricValueType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METRIC_VALUE_TYPE_VALUES!r}")
