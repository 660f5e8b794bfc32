from typing import Literal

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
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERB_VALUES!r}")
