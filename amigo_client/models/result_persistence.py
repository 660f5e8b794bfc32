from __future__ import annotations

from typing import Literal, cast

ResultPersistence = Literal["ephemeral", "persisted", "persisted-preferred"]

RESULT_PERSISTENCE_VALUES: set[ResultPersistence] = {
    "ephemeral",
    "persisted",
    "persisted-preferred",
}


def check_result_persistence(value: str) -> ResultPersistence:
    if value in RESULT_PERSISTENCE_VALUES:
        return cast("ResultPersistence", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESULT_PERSISTENCE_VALUES!r}")
