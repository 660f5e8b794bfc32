from typing import Literal

EvaluationSourceType = Literal["manual", "post-session", "simulation"]

EVALUATION_SOURCE_TYPE_VALUES: set[EvaluationSourceType] = {
    "manual",
    "post-session",
    "simulation",
}


def check_evaluation_source_type(value: str) -> EvaluationSourceType:
    if value in EVALUATION_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EVALUATION_SOURCE_TYPE_VALUES!r}")
