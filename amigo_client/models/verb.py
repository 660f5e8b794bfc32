from __future__ import annotations

from typing import Literal, cast

Verb = Literal["!=", "<", "<=", "==", ">", ">="]

VERB_VALUES: set[Verb] = {
    "!=",
    "<",
    "<=",
    "==",
    ">",
    ">=",
}


def check_verb(value: str) -> Verb:
    if value in VERB_VALUES:
        return cast("Verb", value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERB_VALUES!r}")
