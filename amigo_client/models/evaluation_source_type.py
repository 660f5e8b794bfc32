from __future__ import annotations

from typing import Literal, cast

EvaluationSourceType = Literal["manual", "post-session", "simulation"]

EVALUATION_SOURCE_TYPE_VALUES: set[EvaluationSourceType] = {
    "manual",
    "post-session",
    "simulation",
}


def check_evaluation_source_type(value: str) -> EvaluationSourceType:
    if value in EVALUATION_SOURCE_TYPE_VALUES:
        return cast("EvaluationSourceType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVALUATION_SOURCE_TYPE_VALUES!r}")
