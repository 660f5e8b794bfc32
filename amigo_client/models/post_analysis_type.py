from __future__ import annotations

from typing import Literal, cast

PostAnalysisType = Literal["compute-metrics", "extract-memories", "generate-user-models"]

POST_ANALYSIS_TYPE_VALUES: set[PostAnalysisType] = {
    "compute-metrics",
    "extract-memories",
    "generate-user-models",
}


def check_post_analysis_type(value: str) -> PostAnalysisType:
    if value in POST_ANALYSIS_TYPE_VALUES:
        return cast("PostAnalysisType", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POST_ANALYSIS_TYPE_VALUES!r}")
