from __future__ import annotations

from typing import Literal, cast

InputInvocationMode = Literal["conversation-simulation", "regular"]

INPUT_INVOCATION_MODE_VALUES: set[InputInvocationMode] = {
    "conversation-simulation",
    "regular",
}


def check_input_invocation_mode(value: str) -> InputInvocationMode:
    if value in INPUT_INVOCATION_MODE_VALUES:
        return cast("InputInvocationMode", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_INVOCATION_MODE_VALUES!r}")
